"""Candidates read by their own form: a Matcher match (``_interpret``, one reader per form),
the bare ends of ranges next to a full member (``_partials``), and the spaCy DATE entities
no pattern touched (``_fallback``). dateparser is called from here only, on a candidate's text."""
import datetime as dt
import functools
import re

from .grammar import (
    Cal, _day_of, _prefix, _valid_deictic, _valid_month_alone, _valid_weekday, _valid_year, _year_tok
)
from .lexicon import (
    _DAY, _DECADE, _DURATION_WORDS, _FY, _HQ_YEAR, _NUMERIC, _ORD_NUM, _TWO_DIGITS, _YEAR, _YEAR_MOD,
    _YEAR_RANGE
)
from .lexicon import day_in_words
from .values import _fmt, _value_from_unit


@functools.lru_cache(maxsize=4096)
def _dateparse(text, anchor_iso):
    """dateparser on one candidate text: (date, period, parts) or None. Cached on (text, anchor)."""
    data = _parser(anchor_iso).get_date_data(text)
    if not data or not data.date_obj:
        return None
    return data.date_obj.date(), data.period, tuple(data.parts or ())


@functools.lru_cache(maxsize=256)
def _parser(anchor_iso):
    """One dateparser parser per statement date: English, relative to that date (never "now")."""
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "current_period", "RETURN_AS_TIMEZONE_AWARE": False}
    if anchor_iso:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(anchor_iso)
    return DateDataParser(languages=["en"], settings=settings)


def _interpret(doc, label, start, end, lex, anchor):
    """A Cal for one Matcher match, or None when the words are not a date."""
    span = doc[start:end]
    toks = list(span)
    label = _form_of(label, toks)
    read = _READERS.get(label)
    if read is None:
        return None
    return read(doc, label, start, end, span, toks, lex, anchor)


def _form_of(label, toks):
    """The form a match is read as: a one-token SPECIAL match by the regular expression it
    matches; None when the words of a pattern fail its form (not a decade, a half or quarter,
    a century ordinal, an ISO month and day)."""
    if label == "SPECIAL":
        text = toks[0].text
        label = next((name for name, rx in (("FY", _FY), ("DECADE", _DECADE), ("NUMERIC", _NUMERIC),
                                             ("YEAR_MOD", _YEAR_MOD), ("YEAR_RANGE", _YEAR_RANGE))
                      if rx.match(text)), None)
    elif label == "DECADE" and not _DECADE.match(toks[-1].text):
        return None
    elif label == "HQ_YEAR" and not _HQ_YEAR.match(toks[0].text):
        return None
    elif label == "CENTURY" and toks[1].text[:1].isdigit() and not _ORD_NUM.match(toks[1].text):
        return None
    elif label == "ISO" and not (1 <= int(toks[2].text) <= 12 and 1 <= int(toks[4].text) <= 31):
        return None
    return label


def _read_full_date(doc, label, start, end, span, toks, lex, anchor):
    """A day with its month and year: "July 4, 2020", "4 July 2020"."""
    months = lex["months"]
    month = next(months[t.lower_] for t in toks if t.lower_ in months)
    day = next(_day_of(t) for t in toks if _DAY.match(t.text))
    return Cal(start, end, label, year=_year_tok(span), month=month, day=day, gran="day", year_explicit=True)


def _read_month_year(doc, label, start, end, span, toks, lex, anchor):
    """A month with its year: "July 2020", "July of 2020"."""
    months = lex["months"]
    month = months[toks[0].lower_]
    return Cal(start, end, label, year=_year_tok(span), month=month, gran="month", year_explicit=True)


def _read_month_day(doc, label, start, end, span, toks, lex, anchor):
    """A day and month without a year ("July 4", "4 July"); None for the modal "may" or a count before the day."""
    months = lex["months"]
    mtok = next(t for t in toks if t.lower_ in months)
    if mtok.tag_ == "MD":
        return None
    dtok = next(t for t in toks if _DAY.match(t.text))
    # "10 May" after a count ("the top 10 May ...") is rare; a day right before a noun is a count
    if label == "DM" and dtok.i > 0 and doc[dtok.i - 1].like_num:
        return None
    return Cal(start, end, label, month=months[mtok.lower_], day=_day_of(dtok), gran="day", needs_year=True)


def _read_month_alone(doc, label, start, end, span, toks, lex, anchor):
    """A month alone ("in March"); None when the word is a name or the verb "may"."""
    months = lex["months"]
    if not _valid_month_alone(doc, start, lex):
        return None
    return Cal(start, end, label, month=months[toks[0].lower_], gran="month", needs_year=True)


def _read_year(doc, label, start, end, span, toks, lex, anchor):
    """A bare year; None when the number is a count, money, an identifier or part of a name."""
    if not _valid_year(doc, start, lex):
        return None
    return Cal(start, end, label, year=int(toks[0].text), gran="year", year_explicit=True)


def _read_year_word(doc, label, start, end, span, toks, lex, anchor):
    """A year after "year": "the year 2020", "calendar year 2020"."""
    return Cal(start, end, label, year=_year_tok(span), gran="year", year_explicit=True)


def _read_fiscal_year(doc, label, start, end, span, toks, lex, anchor):
    """A fiscal year ("FY 2023", "fiscal year 2025", "FY2024") is the year."""
    m = _FY.match(toks[-1].text)
    digits = m and (m.group(1) or m.group(2))
    year = _year_tok(span) if not digits else int(digits) + (2000 if len(digits) == 2 else 0)
    return Cal(start, end, label, year=year, gran="year", year_explicit=True)


def _read_decade(doc, label, start, end, span, toks, lex, anchor):
    """A decade with its modifier: "the 2030s", "the mid-2020s"."""
    m = _DECADE.match(toks[-1].text)
    mod = {"mid": "MID", "early": "START", "late": "END"}.get((m.group(1) or "").lower())
    return Cal(start, end, label, year=int(m.group(2)) * 10, gran="decade", mod=mod, year_explicit=True)


def _read_century(doc, label, start, end, span, toks, lex, anchor):
    """A century ("the 21st century", "the twenty-first century"): TIMEX3 writes its first two digits."""
    words = [t.lower_ for t in toks[1:-1] if t.text != "-"]
    m = _ORD_NUM.match(words[0])
    if m:
        n = int(m.group(1))
    elif words[0] == "twenty":
        n = 20 + {"first": 1, "second": 2}[words[1]]
    else:
        n = lex["century_ordinals"][words[0]]
    return Cal(start, end, label, gran="century", value=f"{n - 1:02d}", year_explicit=True)


def _read_season_year(doc, label, start, end, span, toks, lex, anchor):
    """A season with its year: "fall 2025", "the summer of 2024"."""
    season = next(lex["seasons"][t.lower_] for t in toks if t.lower_ in lex["seasons"])
    return Cal(start, end, label, year=_year_tok(span), gran="season", part=season, year_explicit=True)


def _read_season_of_relative_year(doc, label, start, end, span, toks, lex, anchor):
    """The season of a year counted from the statement's: "the fall of next year"."""
    season = next(lex["seasons"][t.lower_] for t in toks if t.lower_ in lex["seasons"])
    year = anchor.year + lex["relative"][toks[-2].lower_] if anchor else None
    return Cal(start, end, label, year=year, gran="season", part=season, year_explicit=year is not None)


def _read_relative_season(doc, label, start, end, span, toks, lex, anchor):
    """A season counted from the statement's date ("next spring", "this past summer"); None after "the"."""
    season = lex["seasons"][toks[-1].lower_]
    if start > 0 and doc[start - 1].lower_ == "the":
        return None
    return Cal(start, end, label, gran="season", part=season, rel=_rel(toks, lex), needs_year=True)


def _read_the_season(doc, label, start, end, span, toks, lex, anchor):
    """A season with "the" ("in the fall"): only after a preposition or a modifier, not before a noun or name."""
    season_tok = toks[1]
    prev = doc[start - 1].lower_ if start > 0 else ""
    nxt = doc[end] if end < len(doc) else None
    if prev not in lex["season_prepositions"] and prev not in lex["adjective_mods"]:
        return None
    if nxt is not None and (nxt.lower_ == "of" or (nxt.is_alpha and nxt.text[:1].isupper())
                            or nxt.tag_.startswith("NN")):
        return None
    if season_tok.text[:1].isupper() and season_tok.tag_ in ("NNP", "NNPS") and nxt is not None \
            and nxt.tag_ in ("NNP", "NNPS"):
        return None
    return Cal(start, end, label, gran="season", part=lex["seasons"][season_tok.lower_], needs_year=True)


def _read_relative_unit(doc, label, start, end, span, toks, lex, anchor):
    """A unit counted from the statement's date ("next year", "this decade"); None after an article."""
    if start > 0 and doc[start - 1].lower_ in ("the", "a", "an"):
        return None
    unit = toks[1].lower_
    rel = lex["relative"][toks[0].lower_]
    return _relative_unit(start, end, label, unit, rel, anchor)


def _read_coming_unit(doc, label, start, end, span, toks, lex, anchor):
    """"the coming year", "the coming month": the next one from the statement's date (the plural,
    "in the coming years", is vague and no date)."""
    return _relative_unit(start, end, label, toks[-1].lower_, lex["coming_words"][toks[1].lower_], anchor)


def _read_month_of_relative_year(doc, label, start, end, span, toks, lex, anchor):
    """A month of a year counted from the statement's: "in January last year", "March of next year"."""
    year = anchor.year + lex["relative"][toks[-2].lower_] if anchor else None
    return Cal(start, end, label, year=year, month=lex["months"][toks[0].lower_], gran="month",
               year_explicit=year is not None)


def _read_day_of_relative_year(doc, label, start, end, span, toks, lex, anchor):
    """A day of a year counted from the statement's: "on 3 February this year", "May 5 last year"."""
    year = anchor.year + lex["relative"][toks[-2].lower_] if anchor else None
    month_tok = next(t for t in toks if t.lower_ in lex["months"])
    day_tok = next(t for t in toks if t.lower_ not in lex["months"])
    return Cal(start, end, label, year=year, month=lex["months"][month_tok.lower_], day=_day_of(day_tok),
               gran="day", year_explicit=year is not None)


def _read_daypart(doc, label, start, end, span, toks, lex, anchor):
    """"this morning", "this afternoon": the statement's own day."""
    return Cal(start, end, label, gran="day", value=anchor.isoformat() if anchor else None)


def _read_relative_month(doc, label, start, end, span, toks, lex, anchor):
    """A month counted from the statement's date ("next March", "this past May"); None after "the"."""
    months = lex["months"]
    if start > 0 and doc[start - 1].lower_ == "the":
        return None
    return Cal(start, end, label, month=months[toks[-1].lower_], gran="month", needs_year=True,
               rel=_rel(toks, lex))


def _read_relative_weekday(doc, label, start, end, span, toks, lex, anchor):
    """A weekday counted from the statement's date ("next Tuesday"); None after "the"."""
    if start > 0 and doc[start - 1].lower_ == "the":
        return None
    return Cal(start, end, label, weekday=lex["weekdays"][toks[-1].lower_], gran="day", rel=_rel(toks, lex))


def _read_the_unit(doc, label, start, end, span, toks, lex, anchor):
    """The statement's own period with "the" ("the end of the year"): only with a prefix."""
    s, mod, hq = _prefix(doc, start, lex)
    if s == start or toks[1].lower_ in ("week", "quarter") and hq:
        return None
    return _relative_unit(start, end, label, toks[1].lower_, 0, anchor)


def _read_deictic(doc, label, start, end, span, toks, lex, anchor):
    """A word that points at a day ("today", "yesterday"), valued from the statement's date."""
    anchor_iso = anchor.isoformat() if anchor else None
    if not _valid_deictic(doc, start, lex):
        return None
    value = None
    if anchor is not None:
        res = _dateparse(toks[0].lower_ if toks[0].lower_ != "tonight" else "today", anchor_iso)
        value = res[0].isoformat() if res else None
    return Cal(start, end, label, gran="day", value=value)


def _read_weekday(doc, label, start, end, span, toks, lex, anchor):
    """A weekday alone ("on Tuesday"), resolved later by the tense."""
    if not _valid_weekday(doc, start, lex):
        return None
    return Cal(start, end, label, weekday=lex["weekdays"][toks[0].lower_], gran="day")


def _read_ago(doc, label, start, end, span, toks, lex, anchor):
    """A time ago ("two years ago"); None after a vague quantifier ("nearly eight decades ago")."""
    anchor_iso = anchor.isoformat() if anchor else None
    count = toks[0].lower_
    n = lex["number_words"].get(count)
    if n is None:
        n = int(count) if count.isdigit() else None
    if n is None or (start > 0 and doc[start - 1].lower_ in lex["vague_quantifiers"]):
        return None
    unit = lex["ago_units"][toks[1].lower_]
    # "Five years ago today" is the day of an anniversary, not a year
    gran = "day" if toks[-1].lower_ == "today" else unit
    value = None
    if anchor is not None:
        res = _dateparse(f"{n} {unit}s ago", anchor_iso)
        if res:
            value = _value_from_unit(res[0], gran)
    return Cal(start, end, label, gran=gran, value=value)


def _read_half_or_quarter(doc, label, start, end, span, toks, lex, anchor):
    """A half or quarter of a year: "H1 2024", "Q3 2024", "2Q 2024"."""
    m = _HQ_YEAR.match(toks[0].text)
    kind = (m.group(1) or m.group(4)).upper()
    n = int(m.group(2) or m.group(3))
    if kind == "H" and n > 2:
        return None
    return Cal(start, end, label, year=_year_tok(span), gran="half" if kind == "H" else "quarter", part=n,
               year_explicit=True)


def _read_iso(doc, label, start, end, span, toks, lex, anchor):
    """An ISO date in five tokens ("2024-05-01" split at its hyphens)."""
    y, m, d = int(toks[0].text), int(toks[2].text), int(toks[4].text)
    return Cal(start, end, label, year=y, month=m, day=d, gran="day", year_explicit=True)


_DOTTED_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def _read_numeric(doc, label, start, end, span, toks, lex, anchor):
    """A numeric date ("11/30/2023") read by dateparser; None without a year. A dotted one
    ("04.07.2024") is day first: dots are the European, Russian and Asian way of writing a
    date, where the day leads; the U.S. month-first style uses slashes."""
    dotted = _DOTTED_DATE.match(toks[0].text)
    if dotted:
        d, m, y = (int(g) for g in dotted.groups())
        if 1 <= m <= 12 and 1 <= d <= 31:
            return Cal(start, end, label, year=y, month=m, day=d, gran="day", year_explicit=True)
        return None
    anchor_iso = anchor.isoformat() if anchor else None
    res = _dateparse(toks[0].text, anchor_iso)
    if not res or "year" not in res[2]:
        return None
    d = res[0]
    return Cal(start, end, label, year=d.year, month=d.month, day=d.day, gran="day", year_explicit=True)


def _read_year_range(doc, label, start, end, span, toks, lex, anchor):
    """A year range in one token ("2024–2026"): one span valued by its first year; None when it runs backwards."""
    m = _YEAR_RANGE.match(toks[0].text)
    first, second = int(m.group(1)), m.group(2)
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if last <= first:
        return None
    # one token, so one span: valued by its first year (see the module docstring)
    return Cal(start, end, label, year=first, gran="year", year_explicit=True)


def _read_year_mod(doc, label, start, end, span, toks, lex, anchor):
    """A year with its modifier in one token: "mid-2024", "early-2025"."""
    m = _YEAR_MOD.match(toks[0].text)
    mod = {"mid": "MID", "early": "START", "late": "END", "end": "END"}[m.group(1).lower()]
    return Cal(start, end, label, year=int(m.group(2)), gran="year", mod=mod, year_explicit=True)


def _read_word_day(doc, label, start, end, span, toks, lex, anchor):
    """A day in words before its month: "the twenty-first of May 2024", "the first of June"
    (the day of an agreement's signature, of a meeting); a year missing comes from the tense."""
    months = lex["months"]
    words = [t.text for t in toks if t.lower_ != "of" and t.lower_ not in months
             and not _YEAR.match(t.text) and t.text != ","]
    day = day_in_words("-".join(w for w in words if w != "-"))
    if day is None:
        return None
    month = next(months[t.lower_] for t in toks if t.lower_ in months)
    year = _year_tok(span)
    return Cal(start, end, label, year=year, month=month, day=day, gran="day", year_explicit=year is not None,
               needs_year=year is None)


def _read_part_decade(doc, label, start, end, span, toks, lex, anchor):
    """The statement's decade with its part ("by mid-decade", "late-decade")."""
    cal = _relative_unit(start, end, label, "decade", 0, anchor)
    cal.mod = lex["adjective_mods"][toks[0].lower_]
    return cal


_READERS = {
    "WORD_DMY": _read_word_day,
    "WORD_DM": _read_word_day,
    "PART_DECADE": _read_part_decade,
    "MDY": _read_full_date,
    "DMY": _read_full_date,
    "MY": _read_month_year,
    "MD": _read_month_day,
    "DM": _read_month_day,
    "M": _read_month_alone,
    "Y": _read_year,
    "YEAR_WORD": _read_year_word,
    "FY": _read_fiscal_year,
    "DECADE": _read_decade,
    "CENTURY": _read_century,
    "SEASON_Y": _read_season_year,
    "SEASON_REL": _read_season_of_relative_year,
    "REL_SEASON": _read_relative_season,
    "THE_SEASON": _read_the_season,
    "REL_UNIT": _read_relative_unit,
    "COMING_UNIT": _read_coming_unit,
    "MONTH_REL_YEAR": _read_month_of_relative_year,
    "DAY_REL_YEAR": _read_day_of_relative_year,
    "DAYPART": _read_daypart,
    "REL_MONTH": _read_relative_month,
    "REL_WEEKDAY": _read_relative_weekday,
    "THE_UNIT": _read_the_unit,
    "DEICTIC": _read_deictic,
    "W": _read_weekday,
    "AGO": _read_ago,
    "HQ_YEAR": _read_half_or_quarter,
    "ISO": _read_iso,
    "NUMERIC": _read_numeric,
    "YEAR_RANGE": _read_year_range,
    "YEAR_MOD": _read_year_mod,
}


def _rel(toks, lex):
    """this (0) / next (1) / last, "this past" (-1) of a relative month, season or weekday."""
    if len(toks) == 3 and toks[1].lower_ == "past":
        return -1
    return lex["relative"][toks[0].lower_]


def _relative_unit(start, end, label, unit, rel, anchor):
    """"this/next/last year|month|week|quarter|decade" against the statement's date."""
    cal = Cal(start, end, label, gran=unit)
    if anchor is None:
        return cal
    if unit in ("year", "month", "week"):
        word = {0: "this", 1: "next", -1: "last"}[rel]
        res = _dateparse(f"{word} {unit}", anchor.isoformat())
        if res:
            cal.value = _value_from_unit(res[0], unit)
            cal.year, cal.month = res[0].year, res[0].month
        cal.gran = unit
        if unit == "year":
            cal.year_explicit = True
    elif unit == "quarter":
        q = (anchor.month - 1) // 3 + rel
        year = anchor.year + (q // 4)
        cal.gran, cal.year, cal.part = "quarter", year, q % 4 + 1
        cal.value = _fmt("quarter", year, part=q % 4 + 1)
    elif unit == "decade":
        year = (anchor.year // 10 + rel) * 10
        cal.gran, cal.year = "decade", year
        cal.value = _fmt("decade", year)
    return cal


def _partials(doc, cands, lex):
    """The bare ends of ranges next to a full member: "July 15[-16, 2022]", "[24]-26 July", "2020-[23]"."""
    out = []
    connectors = set(lex["range_connectors"])
    for c in cands:
        if c.label == "MD":
            j = c.end
            if j + 1 < len(doc) and doc[j].lower_ in connectors and _DAY.match(doc[j + 1].text):
                k = j + 2
                year = None
                if k + 1 < len(doc) and doc[k].text == "," and _YEAR.match(doc[k + 1].text):
                    year, k = int(doc[k + 1].text), k + 2
                elif k < len(doc) and _YEAR.match(doc[k].text):
                    year, k = int(doc[k].text), k + 1
                elif k < len(doc) and (doc[k].tag_.startswith("NN") or doc[k].lower_ in lex["months"]):
                    continue
                out.append(Cal(j + 1, k, "PDAY", month=c.month, day=_day_of(doc[j + 1]), year=year,
                               gran="day", needs_year=year is None, year_explicit=year is not None))
        if c.label in ("DM", "DMY") and c.month is not None and doc[c.start].lower_ != "the":
            s = c.start
            if doc[s].lower_ in lex["weekdays"]:
                continue
            if s >= 2 and doc[s - 1].lower_ in connectors and _DAY.match(doc[s - 2].text) \
                    and not (s >= 3 and doc[s - 3].like_num):
                out.append(Cal(s - 2, s - 1, "PDAY", month=c.month, day=_day_of(doc[s - 2]), year=c.year,
                               gran="day", needs_year=c.year is None, year_explicit=c.year is not None))
        if c.label == "Y" and c.end + 1 < len(doc) and doc[c.end].text in ("-", "–", "/") \
                and _TWO_DIGITS.match(doc[c.end + 1].text) and not doc[c.end].whitespace_:
            year = c.year // 100 * 100 + int(doc[c.end + 1].text)
            if year > c.year and not (c.end + 2 < len(doc) and doc[c.end + 2].text in ("-", "/")):
                out.append(Cal(c.end + 1, c.end + 2, "PYEAR", year=year, gran="year", year_explicit=True))
    return out


def _fallback(doc, covered, cals, anchor):
    """spaCy DATE entities that no pattern touched: kept when dateparser reads a calendar date from them."""
    out = []
    taken = {i for c in cals for i in range(c.start, c.end)}
    for ent in doc.ents:
        if ent.label_ != "DATE" or any(i in covered or i in taken for i in range(ent.start, ent.end)):
            continue
        text = ent.text
        if not re.search(r"\d", text) or _DURATION_WORDS.search(text):
            continue
        res = _dateparse(text, anchor.isoformat() if anchor else None)
        if not res or "year" not in res[2] or "month" not in res[2]:
            continue
        d, _period, parts = res
        gran = "day" if "day" in parts else "month"
        out.append(Cal(ent.start, ent.end, "FALLBACK", year=d.year, month=d.month, day=d.day, gran=gran,
                       year_explicit=True))
    return out


def _cut_month(doc, i, lex):
    """(month, index of the month's last token) when ``doc[i]`` opens a month's name cut at a PDF's line
    end ("Decem- ber", "Septem-\\nber"), else None."""
    t = doc[i].text
    if len(t) < 3 or not t.endswith("-") or not t[0].isalpha() or not doc[i].whitespace_ and i + 1 < len(doc) \
            and not doc[i + 1].is_space:
        return None
    j = i + 1
    while j < len(doc) and doc[j].is_space:
        j += 1
    if j >= len(doc) or not doc[j].is_alpha or not doc[j].is_lower:
        return None
    word = (t[:-1] + doc[j].text).lower()
    month = lex["months"].get(word)
    return (month, j) if month is not None and len(word) >= 5 and "." not in word else None


def _cut_month_dates(doc, lex):
    """Full dates and months with a year whose month's name a PDF's line end cut ("8 Decem- ber 2010",
    "published in Decem- ber 2022", "Septem- ber 30, 2021"): the Matcher sees two words there."""
    out = []
    for i in range(len(doc) - 1):
        cut = _cut_month(doc, i, lex)
        if cut is None:
            continue
        month, j = cut
        k = j + 1
        day_after = None
        if k < len(doc) and _DAY.match(doc[k].text) and not _YEAR.match(doc[k].text):
            day_after, k = _day_of(doc[k]), k + 1
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k >= len(doc) or not _YEAR.match(doc[k].text):
            continue
        year = int(doc[k].text)
        start = i
        day = day_after
        if day is None and i > 0 and _DAY.match(doc[i - 1].text) and not _YEAR.match(doc[i - 1].text):
            day, start = _day_of(doc[i - 1]), i - 1
        if day is not None:
            out.append(Cal(start, k + 1, "DMY", year=year, month=month, day=day, gran="day", year_explicit=True))
        else:
            out.append(Cal(start, k + 1, "MY", year=year, month=month, gran="month", year_explicit=True))
    return out

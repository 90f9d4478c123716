"""Dates: temporal expressions with TIMEX3 values (issue 4, ANNOTATION.md section 3).

Method. Candidates come from a token ``Matcher`` built once per component
from the lexicon in ``models/dates.json`` (months, weekdays, seasons,
modifiers, relative words, the words that make a number a count or a name).
Each candidate is interpreted by its own pattern, so the granularity of the
value is what the text says ("2021" is ``2021``, "July 2020" is
``2020-07``), never a default filled in by a parser. dateparser, called on
the candidate text only (``languages=['en']``, ``RELATIVE_BASE`` = the
statement's date, cached), resolves the relative expressions ("last year",
"next month", "yesterday", "two weeks ago") and numeric formats
("11/30/2023"). spaCy ``DATE`` entities that no pattern touched go to it as
a last resort and are kept only when it reads a month and year from them.
The parse gives the tense that dates a month or day without a year.

Decisions (tests/test_dates.py has a test for each):

- Span: the preposition is left out ("in", "on", "by"); "the end of",
  "the first half of", "early", "late", "mid-", "later" are kept.
- Values: day ``2020-08-26``, month ``2020-07``, year ``2021``, half
  ``2015-H1``, quarter ``2024-Q3``, season ``2025-FA`` (SP, SU, FA, WI),
  ISO week ``2023-W20``, decade ``203`` ("the 2030s", "this decade"),
  century ``20`` ("the 21st century": TIMEX3 writes the first two digits of
  the century's years). ``mod`` is START ("early", "the beginning of"),
  MID ("mid-", "the middle of") or END ("late", "the end of"). Every date
  has ``timex_type`` DATE (durations and sets are not tagged).
- Two dates, not one range: "2016 or 2017", "between February 28 and
  March 3", "from 2020 – 2023", "2023-2024", "July 15-16, 2022" ("July 15"
  and "16, 2022") and "24-26 July" ("24" and "26 July"): spaCy splits a
  hyphen between digits, so each end is its own span. A member without a
  year or month borrows it from its partner ("May and September 2022").
  spaCy keeps an en or em dash between digits in one token ("2024–2026",
  "March 14–15, 2023"): spans follow tokens, so that is one date valued by
  its first member.
- A month or day without a year takes the year of an explicit date of the
  same sentence about the same event (same verb, or the noun it hangs on:
  "the 2013 Roadmap released in August"), else the statement's date and
  the tense of the governing verb: past (VBD, VBN) the latest such date not
  after the statement's date, future ("will", "to", "scheduled") the next
  one on or after it, otherwise the statement's year. Weekdays the same way
  (the nearest one when the tense says nothing). "today" is the statement's
  date; "this/next/last" count from it.
- Fiscal years ("FY 2023", "fiscal year 2025", "FY2024") are the year.
- Not dates: ordinals and editions, names with numbers (COVID-19,
  UNISPACE+50, ISEF2, G20, 5G/6G, "Vision 2030", "Resolution 2231": a year
  right after a capitalized word is part of a name), counts and money
  ("$2030", "2025 students", "up to 2000"), identifiers ("2024-030"),
  durations ("30 years", "the past four years", "the coming year",
  "five-year"), sets ("annually", "each year"), vague times ("decades",
  "recent", "the months and years ahead", "nearly eight decades ago") and
  the generic present ("challenges we face today", "the workplace of
  tomorrow").
- A date whose value cannot be resolved (no statement date, February 30)
  keeps its span with value None.

``statement_date(paragraphs)`` reads the statement's own date from the
dateline or header (meta paragraphs; title or heading paragraphs before
the first body paragraph; a dateline opening the first body paragraph,
"WASHINGTON (May 9, 2014) --"), else from the first full date in the first
body paragraphs that says when the meeting was held ("was held on March 3,
2018", "meet ... in Washington DC on 9 January 2014"), else from the
signature line of an agreement ("Signed at Tokyo on October 28, 2025");
None otherwise.
"""
import datetime as dt
import functools
import json
import re

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Span

from .core import extensions  # noqa: F401
from .core.extensions import text_of
from .core.config import models_path

# a day, or a day range spaCy keeps in one token ("14–15": en and em dashes are not split)
DAY_RE = r"^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:[–—](?:0?[1-9]|[12]\d|3[01]))?$"
YEAR_RE = r"^(?:1[89]\d\d|20\d\d|2100)$"
_DAY = re.compile(DAY_RE, re.I)
_YEAR = re.compile(YEAR_RE)
_ORD_NUM = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$", re.I)
_FY = re.compile(r"^[JC]?FY(\d{2}|\d{4})$|^CY(\d{2}|\d{4})$", re.I)
_DECADE = re.compile(r"^(?:(mid|early|late)-)?((?:1[89]|20)\d)0s$", re.I)
_YEAR_MOD = re.compile(r"^(mid|early|late|end)-((?:1[89]|20)\d\d)$", re.I)
_HQ_YEAR = re.compile(r"^(?:([HQ])([1-4])|([1-4])([HQ]))$", re.I)
_NUMERIC = re.compile(r"^(?:\d{1,2}/\d{1,2}/\d{4}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4})$")
_TWO_DIGITS = re.compile(r"^\d{2}$")
_YEAR_RANGE = re.compile(r"^((?:1[89]|20)\d\d)[–—]((?:1[89]|20)\d\d|\d\d)$")
# one Matcher predicate for the rare one-token forms (each regex predicate costs a call per token):
# FY2024, 2030s, mid-2020s, H1, Q3, 11/30/2023, mid-2024, 2024–2026
_SPECIAL = "(?i)" + "|".join(f"(?:{r.pattern})" for r in (_FY, _DECADE, _HQ_YEAR, _NUMERIC, _YEAR_MOD, _YEAR_RANGE))
_DURATION_WORDS = re.compile(
    r"\b(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|annual(?:ly)?|monthly|weekly|daily|"
    r"yearly|quarterly|ago|long|past|coming|ahead|next|previous|recent(?:ly)?|each|every|per)\b", re.I)

TIMEX_DATE = "DATE"
_ANY_DIGIT = re.compile(r"\d")


@functools.lru_cache(maxsize=None)
def lexicon():
    """The tagger's word lists (``models/dates.json``)."""
    return json.loads(models_path("dates.json").read_text(encoding="utf-8"))


# --------------------------------------------------------------------------
# values


def _fmt(gran, year, month=None, day=None, part=None):
    """A TIMEX3 value from its parts at the given granularity (None when the year is unknown)."""
    if year is None:
        return None
    if gran == "day":
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    if gran == "month":
        return f"{year:04d}-{month:02d}"
    if gran == "year":
        return f"{year:04d}"
    if gran == "half":
        return f"{year:04d}-H{part}"
    if gran == "quarter":
        return f"{year:04d}-Q{part}"
    if gran == "season":
        return f"{year:04d}-{part}"
    if gran == "decade":
        return f"{year // 10:03d}"
    raise ValueError(f"unknown granularity {gran!r}")


def _week_value(day):
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


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


def _resolve_month_day(month, day, anchor, tense, strict=False):
    """The year of a month (and day) without one: past -> latest not after the anchor, future -> next on or after."""
    if anchor is None:
        return None
    key = (month, day or 1)
    here = (anchor.month, anchor.day if day else 1)
    year = anchor.year
    if tense == "past":
        if key > here or (strict and key == here):
            year -= 1
    elif tense == "future":
        if key < here or (strict and key == here):
            year += 1
    return year


def _resolve_weekday(weekday, anchor, tense, rel=None):
    if anchor is None:
        return None
    delta = (weekday - anchor.weekday()) % 7  # days forward to the next such day (0: the anchor itself)
    back = (anchor.weekday() - weekday) % 7   # days back to the latest such day
    if rel == 1:
        return anchor + dt.timedelta(days=delta or 7)
    if rel == -1:
        return anchor - dt.timedelta(days=back or 7)
    if rel == 0:
        return anchor + dt.timedelta(days=weekday - anchor.weekday())
    if tense == "future":
        return anchor + dt.timedelta(days=delta)
    if tense == "past" or back <= delta:
        return anchor - dt.timedelta(days=back)
    return anchor + dt.timedelta(days=delta)


# --------------------------------------------------------------------------
# the parse: tense, sentences


def _parsed(doc):
    return doc.has_annotation("DEP")


def _verb_tense(verb, lex):
    """past / future / present for one verb from its tag and auxiliaries; None to look further up."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & set(lex["modal_future"]) or any(a.tag_ == "TO" for a in auxes):
        return "future"
    if verb.lemma_.lower() in lex["future_lemmas"] and verb.tag_ != "VBD" and not lowers & {"has", "have", "had",
                                                                                             "was", "were"}:
        return "future"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN":
        if lowers & {"is", "are", "am", "be", "being"}:
            return "present"
        if not auxes and verb.dep_ in ("advcl", "conj", "xcomp"):
            return None  # "followed by", "built and launched": the tense of the verb it hangs on
        return "past"
    if verb.tag_ == "VBG":
        if lowers & {"was", "were"}:
            return "past"
        if lowers & {"is", "are", "am"}:
            return "future"
        return None
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    return None


def governing_tense(span):
    """The tense of the verb that governs ``span`` in the parse (past, future, present or None)."""
    if not _parsed(span.doc):
        return None
    lex = lexicon()
    tok = span.root
    for _ in range(20):
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            tense = _verb_tense(tok, lex)
            if tense:
                return tense
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return None


def _governor(tok):
    """The first verb above a token in the parse (or the root)."""
    for _ in range(20):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _related(year_span, span):
    """Whether an explicit year speaks of the same event as a year-less date of its sentence: the same verb
    governs both ("In 2023, they met in March"), or the year modifies a noun the date hangs on ("the 2013
    Roadmap released in August")."""
    if not _parsed(span.doc):
        return True
    if _governor(year_span.root.head if year_span.root.dep_ != "ROOT" else year_span.root).i == \
            _governor(span.root.head if span.root.dep_ != "ROOT" else span.root).i:
        return True
    return year_span.root.head.i in {t.i for t in span.root.ancestors}


def _sentence_bounds(doc, i):
    if _parsed(doc):
        sent = doc[i].sent
        return sent.start, sent.end
    return 0, len(doc)


def _sentence_initial(doc, i):
    """True when token i opens its sentence or paragraph (opening quotes and dashes aside)."""
    j = i - 1
    while j >= 0 and (doc[j].is_quote or doc[j].text in ("-", "–", "—", "(", "•", "*")):
        j -= 1
    if j < 0:
        return True
    if doc[j].text in (".", "!", "?", ":", ";"):
        return True
    return _parsed(doc) and doc[j + 1].is_sent_start


# --------------------------------------------------------------------------
# candidates


class Cal:
    """One date under construction: token range, what the text says, and how to resolve what it does not."""

    __slots__ = ("start", "end", "label", "year", "month", "day", "gran", "part", "mod", "value",
                 "needs_year", "weekday", "rel", "year_explicit")

    def __init__(self, start, end, label, **kw):
        self.start, self.end, self.label = start, end, label
        self.year = self.month = self.day = self.part = self.mod = self.value = None
        self.weekday = self.rel = self.gran = None
        self.needs_year = self.year_explicit = False
        for k, v in kw.items():
            setattr(self, k, v)

    def __repr__(self):
        return f"Cal({self.label} {self.start}-{self.end} {self.gran} y={self.year} m={self.month} d={self.day})"


def build_matcher(vocab, lex):
    """The token patterns of the date grammar, one label per form."""
    months = sorted(lex["months"])
    M = {"LOWER": {"IN": months}}
    D = {"TEXT": {"REGEX": DAY_RE}}
    Y = {"TEXT": {"REGEX": YEAR_RE}}
    C = {"ORTH": ",", "OP": "?"}
    W = {"LOWER": {"IN": sorted(lex["weekdays"])}}
    S = {"LOWER": {"IN": sorted(lex["seasons"])}}
    REL = {"LOWER": {"IN": sorted(lex["relative"])}}
    UNIT = {"LOWER": {"IN": sorted(lex["relative_units"])}}
    SP = {"TEXT": {"REGEX": _SPECIAL}}
    THE = {"LOWER": "the"}
    OF = {"LOWER": "of"}
    num = {"LOWER": {"IN": sorted(lex["number_words"])}}
    ago_unit = {"LOWER": {"IN": sorted(lex["ago_units"])}}
    patterns = {
        "MDY": [[M, D, C, Y], [W, C, M, D, C, Y]],
        "DMY": [[D, M, C, Y], [W, C, D, M, C, Y], [THE, D, OF, M, C, Y], [D, OF, M, C, Y]],
        "MY": [[M, C, Y], [M, OF, Y]],
        "MD": [[M, D], [W, C, M, D]],
        "DM": [[D, M], [W, C, D, M], [THE, D, OF, M]],
        "M": [[M]],
        "Y": [[Y]],
        "YEAR_WORD": [[THE, {"LOWER": "year"}, Y], [{"LOWER": "year"}, Y],
                      [{"LOWER": "calendar"}, {"LOWER": "year"}, Y]],
        "FY": [[{"LOWER": "fiscal"}, {"LOWER": "year"}, Y], [{"LOWER": {"IN": ["fy", "jfy", "cy"]}}, Y]],
        "SPECIAL": [[SP]],
        "DECADE": [[THE, SP]],
        "CENTURY": [[THE, D, {"LOWER": "century"}],
                    [THE, {"LOWER": "twenty"}, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": ["first", "second"]}},
                     {"LOWER": "century"}],
                    [THE, {"LOWER": {"IN": ["nineteenth", "twentieth"]}}, {"LOWER": "century"}]],
        "SEASON_Y": [[S, C, Y], [S, OF, Y], [THE, S, OF, Y]],
        "SEASON_REL": [[S, OF, REL, {"LOWER": "year"}], [THE, S, OF, REL, {"LOWER": "year"}]],
        "REL_SEASON": [[REL, S], [REL, {"LOWER": "past"}, S]],
        "THE_SEASON": [[THE, S]],
        "REL_UNIT": [[REL, UNIT]],
        "REL_MONTH": [[REL, M], [REL, {"LOWER": "past"}, M]],
        "REL_WEEKDAY": [[REL, W], [REL, {"LOWER": "past"}, W]],
        "THE_UNIT": [[THE, UNIT]],
        "DEICTIC": [[{"LOWER": {"IN": sorted(lex["deictic"])}}]],
        "W": [[W]],
        "AGO": [[{"LIKE_NUM": True}, ago_unit, {"LOWER": "ago"}], [num, ago_unit, {"LOWER": "ago"}]],
        "HQ_YEAR": [[SP, Y]],
        "ISO": [[Y, {"ORTH": "-"}, {"SHAPE": "dd"}, {"ORTH": "-"}, {"SHAPE": "dd"}]],
    }
    matcher = Matcher(vocab)
    for label, pats in patterns.items():
        matcher.add(label, pats)
    return matcher


def _day_of(tok):
    m = re.match(r"^(\d{1,2})", tok.text)
    return int(m.group(1)) if m else None


def _year_tok(span):
    for t in span:
        if _YEAR.match(t.text):
            return int(t.text)
    return None


def _is_name_word(tok, lex):
    """A proper noun that makes a following number part of a name ("Vision 2030", "Resolution 2231")."""
    low = tok.lower_
    if low in lex["year_prefix_words"] or low in lex["months"] or low in lex["weekdays"] or low in lex["seasons"]:
        return False
    return tok.text[:1].isupper() and tok.is_alpha


def _valid_year(doc, i, lex):
    """A bare four-digit number is a year unless it is a count, money, an identifier or part of a name."""
    tok = doc[i]
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if prev is not None:
        if prev.lower_ in lex["year_count_prefixes"] or prev.text in lex["year_count_prefixes"]:
            return False
        if _is_name_word(prev, lex):
            # "Vision 2030", "IAC 2024 in Milan" are names; "the NASA 2024 budget" is a year of the budget
            if not (prev.text.isupper() and nxt is not None and nxt.is_lower and nxt.is_alpha
                    and nxt.tag_[:2] in ("NN", "JJ")):
                return False
        if prev.text in ("-", "–", "/") and i >= 2 and doc[i - 2].like_num and not _YEAR.match(doc[i - 2].text):
            return False
        if prev.lower_ == "than" and i >= 2 and doc[i - 2].lower_ in ("more", "fewer", "less"):
            return False
        counted = nxt is not None and nxt.tag_ in ("NN", "NNS", "NNPS", "JJ") and nxt.is_lower \
            and nxt.lower_ not in ("levels", "level")
        if counted and (i >= 2 and (doc[i - 2].lower_, prev.lower_) in (("up", "to"), ("at", "least"),
                                                                         ("at", "most"))
                        or prev.lower_ in lex["vague_quantifiers"]):
            return False  # "up to 2000 engineers", but "through at least 2030"
    if nxt is not None:
        if nxt.lower_ in lex["year_count_suffixes"]:
            return False
        if nxt.text in ("-", "–", "/", ".") and i + 2 < len(doc) and doc[i + 2].like_num:
            follow = doc[i + 2].text
            if not (_YEAR.match(follow) or _TWO_DIGITS.match(follow)):
                return False
        if nxt.text in (":", "."):
            if i + 2 < len(doc) and doc[i + 2].text.isdigit() and not doc[i + 1].whitespace_:
                return False
    if tok.tag_ and tok.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"):
        return False
    return True


def _valid_month_alone(doc, i, lex):
    tok = doc[i]
    if not tok.text[:1].isupper() or tok.tag_ in ("MD", "VB", "VBP", "VBZ", "VBD"):
        return False
    if tok.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "PRODUCT"):
        return False
    if i > 0 and _is_name_word(doc[i - 1], lex) and doc[i - 1].tag_ in ("NNP", "NNPS"):
        return False
    if tok.lower_ == "may":
        # the modal verb, or "May" as a name: require a date context word before it
        prev = doc[i - 1].lower_ if i > 0 else ""
        if prev not in ("in", "of", "since", "until", "till", "by", "from", "through", "during", "and", "or",
                        "early", "late", "mid", "-", "this", "last", "next", "before", "after", ",", "to"):
            return False
    return True


def _valid_weekday(doc, i, lex):
    if i > 0 and doc[i - 1].lower_ in lex["weekday_names"]:
        return False
    return doc[i].text[:1].isupper()


def _valid_deictic(doc, i, lex):
    """"today" that points at the statement's day, not the generic present ("the challenges we face today")."""
    tok = doc[i]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    prev = doc[i - 1] if i > 0 else None
    if nxt is not None and nxt.lower_ in ("'s", "’s"):
        return _parsed(doc) and tok.head.lower_ in lex["today_event_nouns"]
    if prev is not None and prev.lower_ == "of":
        return i >= 2 and doc[i - 2].lower_ == "as"
    if _sentence_initial(doc, i):
        return True
    if not _parsed(doc):
        return True
    if tok.dep_ == "conj" and tok.head.lower_ in lex["deictic"]:
        return _valid_deictic(doc, tok.head.i, lex)
    if tok.head.pos_ in ("NOUN", "PROPN", "ADJ") and tok.head.i != tok.i:
        return False  # "the world today", "more important today"
    tense = governing_tense(doc[i:i + 1])
    if tense == "present":
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        return verb.lemma_.lower() not in lex["generic_present_verbs"]
    return True


def _prefix(doc, start, lex):
    """Words before a calendar nucleus that belong to the date: (new start, mod, half/quarter (kind, n))."""
    i = start
    # "the first half of", "the second quarter of"
    if i >= 3 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in ("half", "quarter") \
            and doc[i - 3].lower_ in lex["ordinals"]:
        n = lex["ordinals"][doc[i - 3].lower_]
        kind = doc[i - 2].lower_
        if n == -1:
            n = 2 if kind == "half" else 4
        if not (kind == "half" and n > 2):
            s = i - 3
            if s >= 1 and doc[s - 1].lower_ == "the":
                s -= 1
            return s, None, (kind, n)
    # "the end of", "end of", "the beginning of"
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in lex["part_mods"]:
        s = i - 2
        if s >= 1 and doc[s - 1].lower_ in ("the", "very") :
            s -= 1
            if s >= 1 and doc[s - 1].lower_ == "the":
                s -= 1
        return s, lex["part_mods"][doc[i - 2].lower_], None
    # "year-end 2023"
    if i >= 3 and doc[i - 1].lower_ == "end" and doc[i - 2].text == "-" and doc[i - 3].lower_ == "year":
        return i - 3, "END", None
    # "mid-March", "early 2024", "late last year", "later this year"
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in lex["adjective_mods"] and not doc[i - 1].whitespace_:
        return i - 2, lex["adjective_mods"][doc[i - 2].lower_], None
    if i >= 1 and doc[i - 1].lower_ in lex["adjective_mods"]:
        return i - 1, lex["adjective_mods"][doc[i - 1].lower_], None
    return start, None, None


def _interpret(doc, label, start, end, lex, anchor):
    """A Cal for one Matcher match, or None when the words are not a date."""
    span = doc[start:end]
    toks = list(span)
    months = lex["months"]
    anchor_iso = anchor.isoformat() if anchor else None
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
    if label in ("MDY", "DMY"):
        month = next(months[t.lower_] for t in toks if t.lower_ in months)
        day = next(_day_of(t) for t in toks if _DAY.match(t.text))
        return Cal(start, end, label, year=_year_tok(span), month=month, day=day, gran="day", year_explicit=True)
    if label == "MY":
        month = months[toks[0].lower_]
        return Cal(start, end, label, year=_year_tok(span), month=month, gran="month", year_explicit=True)
    if label in ("MD", "DM"):
        mtok = next(t for t in toks if t.lower_ in months)
        if mtok.tag_ == "MD":
            return None
        dtok = next(t for t in toks if _DAY.match(t.text))
        # "10 May" after a count ("the top 10 May ...") is rare; a day right before a noun is a count
        if label == "DM" and dtok.i > 0 and doc[dtok.i - 1].like_num:
            return None
        return Cal(start, end, label, month=months[mtok.lower_], day=_day_of(dtok), gran="day", needs_year=True)
    if label == "M":
        if not _valid_month_alone(doc, start, lex):
            return None
        return Cal(start, end, label, month=months[toks[0].lower_], gran="month", needs_year=True)
    if label == "Y":
        if not _valid_year(doc, start, lex):
            return None
        return Cal(start, end, label, year=int(toks[0].text), gran="year", year_explicit=True)
    if label == "YEAR_WORD":
        return Cal(start, end, label, year=_year_tok(span), gran="year", year_explicit=True)
    if label == "FY":
        m = _FY.match(toks[-1].text)
        digits = m and (m.group(1) or m.group(2))
        year = _year_tok(span) if not digits else int(digits) + (2000 if len(digits) == 2 else 0)
        return Cal(start, end, label, year=year, gran="year", year_explicit=True)
    if label == "DECADE":
        m = _DECADE.match(toks[-1].text)
        mod = {"mid": "MID", "early": "START", "late": "END"}.get((m.group(1) or "").lower())
        return Cal(start, end, label, year=int(m.group(2)) * 10, gran="decade", mod=mod, year_explicit=True)
    if label == "CENTURY":
        words = [t.lower_ for t in toks[1:-1] if t.text != "-"]
        m = _ORD_NUM.match(words[0])
        if m:
            n = int(m.group(1))
        elif words[0] == "twenty":
            n = 20 + {"first": 1, "second": 2}[words[1]]
        else:
            n = lex["century_ordinals"][words[0]]
        return Cal(start, end, label, gran="century", value=f"{n - 1:02d}", year_explicit=True)
    if label == "SEASON_Y":
        season = next(lex["seasons"][t.lower_] for t in toks if t.lower_ in lex["seasons"])
        return Cal(start, end, label, year=_year_tok(span), gran="season", part=season, year_explicit=True)
    if label == "SEASON_REL":
        season = next(lex["seasons"][t.lower_] for t in toks if t.lower_ in lex["seasons"])
        year = anchor.year + lex["relative"][toks[-2].lower_] if anchor else None
        return Cal(start, end, label, year=year, gran="season", part=season, year_explicit=year is not None)
    if label == "REL_SEASON":
        season = lex["seasons"][toks[-1].lower_]
        if start > 0 and doc[start - 1].lower_ == "the":
            return None
        return Cal(start, end, label, gran="season", part=season, rel=_rel(toks, lex), needs_year=True)
    if label == "THE_SEASON":
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
    if label == "REL_UNIT":
        if start > 0 and doc[start - 1].lower_ in ("the", "a", "an"):
            return None
        unit = toks[1].lower_
        rel = lex["relative"][toks[0].lower_]
        return _relative_unit(start, end, label, unit, rel, anchor)
    if label == "REL_MONTH":
        if start > 0 and doc[start - 1].lower_ == "the":
            return None
        return Cal(start, end, label, month=months[toks[-1].lower_], gran="month", needs_year=True,
                   rel=_rel(toks, lex))
    if label == "REL_WEEKDAY":
        if start > 0 and doc[start - 1].lower_ == "the":
            return None
        return Cal(start, end, label, weekday=lex["weekdays"][toks[-1].lower_], gran="day", rel=_rel(toks, lex))
    if label == "THE_UNIT":
        s, mod, hq = _prefix(doc, start, lex)
        if s == start or toks[1].lower_ in ("week", "quarter") and hq:
            return None
        return _relative_unit(start, end, label, toks[1].lower_, 0, anchor)
    if label == "DEICTIC":
        if not _valid_deictic(doc, start, lex):
            return None
        value = None
        if anchor is not None:
            res = _dateparse(toks[0].lower_ if toks[0].lower_ != "tonight" else "today", anchor_iso)
            value = res[0].isoformat() if res else None
        return Cal(start, end, label, gran="day", value=value)
    if label == "W":
        if not _valid_weekday(doc, start, lex):
            return None
        return Cal(start, end, label, weekday=lex["weekdays"][toks[0].lower_], gran="day")
    if label == "AGO":
        count = toks[0].lower_
        n = lex["number_words"].get(count)
        if n is None:
            n = int(count) if count.isdigit() else None
        if n is None or (start > 0 and doc[start - 1].lower_ in lex["vague_quantifiers"]):
            return None
        unit = lex["ago_units"][toks[1].lower_]
        value = None
        if anchor is not None:
            res = _dateparse(f"{n} {unit}s ago", anchor_iso)
            if res:
                value = _value_from_unit(res[0], unit)
        return Cal(start, end, label, gran=unit, value=value)
    if label == "HQ_YEAR":
        m = _HQ_YEAR.match(toks[0].text)
        kind = (m.group(1) or m.group(4)).upper()
        n = int(m.group(2) or m.group(3))
        if kind == "H" and n > 2:
            return None
        return Cal(start, end, label, year=_year_tok(span), gran="half" if kind == "H" else "quarter", part=n,
                   year_explicit=True)
    if label == "ISO":
        y, m, d = int(toks[0].text), int(toks[2].text), int(toks[4].text)
        return Cal(start, end, label, year=y, month=m, day=d, gran="day", year_explicit=True)
    if label == "NUMERIC":
        res = _dateparse(toks[0].text, anchor_iso)
        if not res or "year" not in res[2]:
            return None
        d = res[0]
        return Cal(start, end, label, year=d.year, month=d.month, day=d.day, gran="day", year_explicit=True)
    if label == "YEAR_RANGE":
        m = _YEAR_RANGE.match(toks[0].text)
        first, second = int(m.group(1)), m.group(2)
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if last <= first:
            return None
        # one token, so one span: valued by its first year (see the module docstring)
        return Cal(start, end, label, year=first, gran="year", year_explicit=True)
    if label == "YEAR_MOD":
        m = _YEAR_MOD.match(toks[0].text)
        mod = {"mid": "MID", "early": "START", "late": "END", "end": "END"}[m.group(1).lower()]
        return Cal(start, end, label, year=int(m.group(2)), gran="year", mod=mod, year_explicit=True)
    return None


def _rel(toks, lex):
    """this (0) / next (1) / last, "this past" (-1) of a relative month, season or weekday."""
    if len(toks) == 3 and toks[1].lower_ == "past":
        return -1
    return lex["relative"][toks[0].lower_]


def _value_from_unit(day, unit):
    if unit == "year":
        return f"{day.year:04d}"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "week":
        return _week_value(day)
    return day.isoformat()


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


def _select(cands):
    """Longest candidates first, no overlaps, in document order."""
    chosen = []
    taken = set()
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if any(i in taken for i in range(c.start, c.end)):
            continue
        chosen.append(c)
        taken.update(range(c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


def _borrow(doc, cals, lex):
    """Members of a coordination or range share the year the text gives once ("May and September 2022")."""
    coord = set(lex["coordinators"]) | {"between", "from"}

    def linked(a, b):
        gap = doc[a.end:b.start]
        return len(gap) <= 3 and all(t.lower_ in coord for t in gap)

    for k in range(len(cals) - 2, -1, -1):
        a, b = cals[k], cals[k + 1]
        if a.needs_year and a.year is None and b.year is not None and b.gran in ("day", "month", "season") \
                and a.gran in ("day", "month", "season") and a.rel is None and linked(a, b):
            a.year, a.needs_year = b.year, False
    for k in range(1, len(cals)):
        a, b = cals[k - 1], cals[k]
        if b.needs_year and b.year is None and a.year is not None and a.gran == "day" and b.gran == "day" \
                and b.rel is None and linked(a, b):
            b.year, b.needs_year = a.year, False


def _resolve(doc, cals, anchor, lex):
    """Years (and weekdays) the text leaves to the statement's date, then the TIMEX3 values."""
    explicit = [c for c in cals if c.year_explicit and c.gran in ("day", "month", "year", "season")]
    for c in cals:
        span = doc[c.start:c.end]
        if c.weekday is not None and c.gran == "day" and c.month is None:
            tense = governing_tense(span)
            day = _resolve_weekday(c.weekday, anchor, tense, c.rel)
            c.value = day.isoformat() if day else None
            continue
        if c.needs_year and c.year is None:
            tense = governing_tense(span)
            month = c.month if c.month is not None else lex["season_start_month"].get(c.part, None)
            if c.rel is not None and anchor is not None:
                if c.rel == 0:
                    c.year = anchor.year
                else:
                    c.year = _resolve_month_day(month or 1, c.day, anchor, "future" if c.rel == 1 else "past",
                                                strict=True)
            else:
                lo, _hi = _sentence_bounds(doc, c.start)
                prior = [e for e in explicit if lo <= e.start < c.start and e.year is not None
                         and _related(doc[e.start:e.end], span)]
                year = None
                if prior and month is not None:
                    cand = prior[-1].year
                    when = dt.date(cand, month, c.day or 1) if _fmt("day", cand, month, c.day or 1) else None
                    if when is not None and (anchor is None or tense is None or tense == "present"
                                             or (tense == "past" and when <= anchor)
                                             or (tense == "future" and (when.year, when.month) >=
                                                 (anchor.year, anchor.month))):
                        year = cand
                if year is None and month is not None:
                    year = _resolve_month_day(month, c.day, anchor, tense)
                c.year = year
        if c.value is None and c.gran not in ("century",):
            if c.gran in ("week",):
                continue
            c.value = _fmt(c.gran, c.year, c.month, c.day, c.part)


def _apply_prefixes(doc, cals, lex, anchor):
    taken = set()
    for c in cals:
        taken.update(range(c.start, c.end))
    for c in cals:
        if c.label in ("PDAY", "PYEAR"):
            continue
        s, mod, hq = _prefix(doc, c.start, lex)
        if s == c.start or any(i in taken for i in range(s, c.start)):
            continue
        if hq:
            if c.gran != "year":
                continue
            c.gran, c.part = hq
            c.value = None
        elif mod is not None:
            c.mod = mod
        taken.update(range(s, c.start))
        c.start = s


def find_dates(doc, matcher, lex=None):
    """The dates of one paragraph Doc as Spans with value, mod and timex_type set."""
    lex = lex or lexicon()
    anchor = doc._.anchor
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    cands = []
    covered = set()
    for match_id, start, end in matcher(doc):
        label = doc.vocab.strings[match_id]
        covered.update(range(start, end))
        cal = _interpret(doc, label, start, end, lex, anchor)
        if cal is not None:
            cands.append(cal)
    cands += _partials(doc, cands, lex)
    cals = _select(cands)
    cals += _fallback(doc, covered, cals, anchor)
    cals.sort(key=lambda c: c.start)
    _apply_prefixes(doc, cals, lex, anchor)
    _borrow(doc, cals, lex)
    _resolve(doc, cals, anchor, lex)
    spans = []
    for c in cals:
        span = Span(doc, c.start, c.end, label="DATE")
        span._.value = c.value
        span._.mod = c.mod
        span._.timex_type = TIMEX_DATE
        spans.append(span)
    return spans


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


class DateTagger:
    """spaCy component: ``doc.spans["dates"]`` with ``value`` (TIMEX3), ``mod`` and ``timex_type``.

    Reads ``doc._.anchor`` (the statement's date) to resolve relative and
    year-less dates; the patterns are built once per component.
    """

    def __init__(self, nlp, name):
        self.name = name
        self.lex = lexicon()
        self.matcher = build_matcher(nlp.vocab, self.lex)
        self.words = date_words(self.lex)

    def __call__(self, doc):
        if may_hold_date(doc, self.words):
            doc.spans["dates"] = find_dates(doc, self.matcher, self.lex)
        else:
            doc.spans["dates"] = []
        return doc


def date_words(lex):
    """Every word that a date pattern can match without a digit (build_matcher)."""
    words = set()
    for key in ("months", "weekdays", "seasons", "relative", "relative_units", "deictic", "ago_units",
                "number_words", "century_ordinals"):
        words.update(w.lower() for w in lex[key])
    words.update(("year", "calendar", "fiscal", "fy", "jfy", "cy", "century", "ago", "twenty", "nineteenth",
                  "twentieth"))
    return frozenset(words)


def may_hold_date(doc, words):
    """A cheap test before the Matcher: every date pattern needs a digit or one of ``words``."""
    if _ANY_DIGIT.search(text_of(doc)):
        return True
    return any(t.lower_ in words for t in doc)


@Language.factory("date_tagger", assigns=["doc.spans"], requires=["doc.ents", "token.dep", "token.tag"])
def make_date_tagger(nlp, name):
    return DateTagger(nlp, name)


# --------------------------------------------------------------------------
# the statement's own date


@functools.lru_cache(maxsize=None)
def _month_names():
    """Month names and abbreviations without their dot, to their numbers."""
    return {k.rstrip("."): v for k, v in lexicon()["months"].items()} | {"mar": 3}


@functools.lru_cache(maxsize=None)
def _full_date_re():
    lex = lexicon()
    month = r"(?:" + "|".join(sorted(_month_names(), key=len, reverse=True)) + r")\.?"
    weekday = r"(?:(?:" + "|".join(sorted(lex["weekdays"])) + r"),?\s+)?"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    upto = r"(?:\s*[-–]\s*\d{1,2})?"  # "July 15-16, 2022" is dated by its first day
    mdy = weekday + rf"(?P<m1>{month})\s+(?P<d1>{day}){upto},?\s+(?P<y1>\d{{4}})"
    dmy = weekday + rf"(?P<d2>{day}){upto}\s+(?:of\s+)?(?P<m2>{month}),?\s+(?P<y2>\d{{4}})"
    iso = r"(?P<y3>\d{4})-(?P<m3>0[1-9]|1[0-2])-(?P<d3>0[1-9]|[12]\d|3[01])"
    return re.compile(rf"(?<![\w/])(?:{mdy}|{dmy}|{iso})(?!\w)", re.I)


def _full_dates(text):
    """(start, end, date) of every full date (day, month and year) in a text."""
    months = _month_names()
    out = []
    for m in _full_date_re().finditer(text):
        try:
            if m.group("y1"):
                y, mo, d = m.group("y1"), months[m.group("m1").lower().rstrip(".")], m.group("d1")
            elif m.group("y2"):
                y, mo, d = m.group("y2"), months[m.group("m2").lower().rstrip(".")], m.group("d2")
            else:
                y, mo, d = m.group("y3"), int(m.group("m3")), m.group("d3")
            out.append((m.start(), m.end(), dt.date(int(y), mo, int(re.match(r"\d+", d).group(0)))))
        except (ValueError, KeyError):
            continue
    return out


# a dateline opening the body: capitalized place words before the date, a dash or the end after it
_DATELINE_HEAD = re.compile(r"^[\s(\[]*(?:[A-Z][\w.'’-]*[\s,()\[\]]*)*(?:[-–—]+\s*)?$")
_DATELINE_TAIL = re.compile(r"^\s*[)\]]?\s*(?:[-–—:/|]|$)")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[A-Z\"“(])")


def statement_date(paragraphs):
    """The statement's own date from ``(kind, folded text)`` pairs (boilerplate left out), or None.

    The dateline or header first (meta paragraphs; title and heading
    paragraphs before the first body paragraph; a date opening the first body
    paragraph, "WASHINGTON, May 9, 2014 - ..."), else the first full date in
    the first body paragraphs that says when the meeting was held, else the
    signature line of an agreement ("Signed at Tokyo on October 28, 2025").
    """
    conf = lexicon()["statement_date"]
    header = True
    for kind, text in paragraphs:
        if kind == "body":
            header = False
        if kind == "meta" or (header and kind in ("title", "heading")):
            found = _full_dates(text)
            if found:
                return found[0][2]
    bodies = [text for kind, text in paragraphs if kind == "body"][:conf["body_paragraphs"]]
    if bodies:
        found = _full_dates(bodies[0])
        if found and found[0][0] <= 60 and _DATELINE_HEAD.match(bodies[0][:found[0][0]]) \
                and _DATELINE_TAIL.match(bodies[0][found[0][1]:]):
            return found[0][2]
    words = sorted(conf["meeting_words"], key=len, reverse=True)
    meeting = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
    not_own = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in conf["not_own_words"]) + r")\b", re.I)
    for text in bodies:
        for start, _end, day in _full_dates(text):
            lo = max(0, start - conf["window_chars"])
            before = text[lo:start]
            cuts = list(_SENTENCE_END.finditer(before))
            if cuts:
                before = before[cuts[-1].end():]
            clause = re.split(r"[;]", before)[-1]
            hit = list(meeting.finditer(clause))
            if not hit:
                continue
            if not_own.search(clause[max(0, hit[-1].start() - 40):]):
                continue
            return day
    # the signature line of an agreement is its dateline at the foot: "Signed at Tokyo on October 28, 2025"
    signature = re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in conf["signature_words"]) + r")\b", re.I)
    for kind, text in paragraphs:
        if kind != "title" and signature.match(text):
            found = _full_dates(text)
            if found and found[0][0] <= conf["signature_chars"]:
                return found[0][2]
    return None

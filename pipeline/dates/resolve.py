"""From candidates to dates: no overlaps, the words before a date that belong to it, years
shared by the members of a coordination, years and values resolved; ``find_dates`` runs
the steps on one paragraph Doc."""
import datetime as dt

from spacy.tokens import Span

from .grammar import _prefix
from .interpret import _cut_month_dates, _fallback, _interpret, _partials
from .lexicon import day_in_words, lexicon, TIMEX_DATE
from .syntax import governing_tense, _related, _sentence_bounds
from .values import _fmt, _resolve_month_day, _resolve_weekday


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


def _day_ordinal_prefix(doc, c, lex, taken):
    """An agreement's signature clause names the day in words before the month: "this thirteenth
    day of January, 2023", "the twenty-first day of May 2024", "the 5th day of June, 2024"."""
    i = c.start
    if c.gran != "month" or c.year is None or i < 3 or doc[i - 1].lower_ != "of" or doc[i - 2].lower_ != "day":
        return False
    s, day = i - 3, day_in_words(doc[i - 3].text)
    if day is not None and s >= 2 and doc[s - 1].text == "-":  # "twenty-first" split at its hyphen
        tens = day_in_words(f"{doc[s - 2].text}-{doc[s].text}")
        day, s = (tens, s - 2) if tens is not None else (day, s)
    value = _fmt("day", c.year, c.month, day) if day else None
    if value is None or any(k in taken for k in range(s, c.start)):
        return False
    c.gran, c.day, c.value, c.start = "day", day, value, s
    taken.update(range(s, i))
    return True


def _apply_prefixes(doc, cals, lex, anchor):
    taken = set()
    for c in cals:
        taken.update(range(c.start, c.end))
    for c in cals:
        if c.label in ("PDAY", "PYEAR"):
            continue
        if _day_ordinal_prefix(doc, c, lex, taken):
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
    cands += _cut_month_dates(doc, lex)
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

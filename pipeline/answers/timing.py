"""Deadlines (issue 13): each date gets sortable bounds and ``mod`` BEFORE; each commitment
its ``due`` and ``start``.

- A date gets ``earliest``/``latest`` (ISO days, ``pipeline/dates/bounds.py``) and, when
  "by", "before", "no later than", "not later than" or "prior to" precede it and it has no
  part modifier, ``mod`` BEFORE.
- A commitment's dates are every dated span inside its promised clause, relative clauses
  included ("which will hold its first meeting by June 2025"), the dates the commitments
  stage gave it, and a start date fronted in its sentence ("Beginning in 2026, ..."), except dates of past events
  (latest bound not after the statement's date) and dates in parentheses.
- ``start``: the earliest bound of a date after "from", "beginning (in)", "starting (in)",
  "as of"; ``due``: the latest bound of the commitment's last-ending other date; a start alone
  ("starting in September 2025", "beginning in 2026") sets no deadline, as the written gold
  reads it (28 of its 39 starts, the others with an end). "within the coming year" counts a
  year from the statement's day. Seasons end with their last whole month (dates/bounds.py).
"""
import datetime as dt
import re
from functools import lru_cache

from ..dates.bounds import bounds
from .lexicon import rules, words_pattern


@lru_cache(maxsize=8)
def _before_rx(words):
    """Words (a tuple) right before a date, "the" allowed between."""
    return re.compile(r"(?:" + words_pattern(words).pattern + r")\s+(?:the\s+)?$", re.IGNORECASE)


def annotate_dates(rec, raw):
    """Add ``earliest``, ``latest`` and ``mod`` BEFORE to the date records of a paragraph."""
    r = rules()
    before = _before_rx(tuple(r["before_words"]))
    for d in rec.get("dates", []):
        earliest, latest = bounds(d.get("value"), d.get("mod"), d.get("text"))
        d["earliest"], d["latest"] = earliest, latest
        left = raw[max(rec["start"], d["start"] - 25):d["start"]]
        if not d.get("mod") and before.search(left):
            d["mod"] = "BEFORE"


def _in_parentheses(raw, d, lo):
    left = raw.rfind("(", lo, d["start"])
    return left != -1 and raw.rfind(")", lo, d["start"]) < left and ")" in raw[d["end"]:d["end"] + 80]


def _fronted(raw, d, c, start_rx):
    """A date fronted in the commitment's sentence after a start word ("Beginning in 2026,
    the United States will ...")."""
    if d["end"] > c["start"] or c["start"] - d["end"] > 120:
        return False
    between = raw[d["end"]:c["start"]]
    if re.search(r"[.;:!?]\s", between):
        return False
    return bool(start_rx.search(raw[max(0, d["start"] - 25):d["start"]]))


def commitment_timing(c, rec, raw, anchor):
    """(due, start) of one commitment record, from the paragraph's annotated dates."""
    r = rules()
    start_rx = _before_rx(tuple(r["start_words"]))
    iso = anchor.isoformat() if anchor else None
    lo = c["start"]
    starts, ends = [], []
    for d in rec.get("dates", []):
        if not d.get("latest"):
            continue
        inside = c["start"] <= d["start"] and d["end"] <= c["end"]
        if not inside and not _fronted(raw, d, c, start_rx) and d.get("value") not in (c.get("dates") or []):
            continue
        if iso and d["latest"] <= iso:
            continue  # the time of a past event, or of the statement's own day
        if _in_parentheses(raw, d, lo):
            continue
        left = raw[max(rec["start"], d["start"] - 25):d["start"]]
        if _DURATION_BEFORE.search(left) and d.get("text", "").lower().startswith("the "):
            continue  # "within the coming year" (not "within this year"): a period counted from the statement's day
        if _names_plan(raw, d):
            continue
        if start_rx.search(left) or _opens_series(raw, d, rec["start"]):
            starts.append(d)
        else:
            ends.append(_deadline(raw, d, left))
    ends += _carried_dates(c, rec, iso)
    if not ends and anchor is not None:
        ends += _within(raw[c["start"]:c["end"]], anchor)
    start = min((d["earliest"] for d in starts), default=None)
    # a start alone ("starting in September 2025", "beginning in 2024", "from 2025") opens the
    # commitment and sets no deadline; a deadline said with "by" ("a work plan for 2024 by the
    # end of this year", "a strategy for 2025-2030 by the end of 2025") is the deadline, the
    # dates before it are the periods its object covers (those after it, of a clause joined
    # on: "by 2035 and ... during the 2030s", still count)
    first_by = min((d["start"] for d in ends if d.get("by") and "start" in d), default=None)
    kept = [d for d in ends if first_by is None or d.get("by") or d.get("start", first_by) >= first_by]
    due = max(d["latest"] for d in kept) if kept else None
    return due, start


_CLAUSE_BREAK = re.compile(r"[.;:!?]\s|,\s+(?:and|but|which|while)\b")


def _opens_series(raw, d, lo, width=100):
    """True when the date times the first of a series the commitment begins, said after
    ``series_start_words`` in the same clause ("..., starting with the Principals' Meeting in
    the second half of 2025"; "an annual dialogue, the first of which will take place in the
    spring of 2025"): the date opens the commitment, it is no deadline."""
    left = raw[max(lo, d["start"] - width):d["start"]]
    m = None
    for m in _series_rx().finditer(left):
        pass
    return m is not None and not _CLAUSE_BREAK.search(left[m.end():])


@lru_cache(maxsize=1)
def _series_rx():
    return words_pattern(tuple(rules()["series_start_words"]))


def _names_plan(raw, d):
    """True when a bare year is part of a plan's name ("the 2030 Agenda for Sustainable
    Development", "the 2050 Strategy for the Blue Pacific Continent": ``plan_name_nouns``):
    the year names the plan, it times no commitment."""
    if not re.fullmatch(r"\d{4}", d.get("text", "").strip()):
        return False
    nouns = "|".join(re.escape(n) for n in rules()["plan_name_nouns"])
    return bool(re.match(r"\s+(?:" + nouns + r")\b", raw[d["end"]:d["end"] + 30]))


def _deadline(raw, d, left):
    """The date as a deadline: marked ``by`` when a before word precedes it ("by June 2025",
    "no later than September 2024"); a date "before" or "prior to" a year or a month ends the
    day before it begins ("before 2030": 2029-12-31); "by the middle of next year" ends with
    the first half of that year (a part modifier MID, which the date's own bounds read as its
    middle third)."""
    r = rules()
    if not _before_rx(tuple(r["before_words"])).search(left):
        return d
    out = dict(d, by=True)
    if d.get("mod") == "MID":
        first_half = bounds(d.get("value"), "START", d.get("text"))[1]
        out["latest"] = first_half or d["latest"]
    elif d.get("mod") == "BEFORE" and _before_rx(tuple(r["exclusive_before_words"])).search(left) and d.get("earliest"):
        day = dt.date.fromisoformat(d["earliest"]) - dt.timedelta(days=1)
        out["latest"] = day.isoformat()
    return out


_DURATION_BEFORE = re.compile(r"\bwithin\s+$", re.IGNORECASE)


def _carried_dates(c, rec, iso):
    """Bounds of the commitment's dates that no date of its paragraph holds: a list item timed
    by its introduction ("intend to pursue the following objectives by 2031:" gives each item
    2031, due 2031-12-31)."""
    own = {d.get("value") for d in rec.get("dates", [])}
    out = []
    for value in c.get("dates") or []:
        if value in own:
            continue
        earliest, latest = bounds(value, None)
        if latest and not (iso and latest <= iso):
            out.append({"earliest": earliest, "latest": latest})
    return out


_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "eighteen": 18, "thirty": 30, "sixty": 60,
                 "ninety": 90}
_WITHIN = re.compile(r"\bwithin\s+(the\s+(?:next|coming)\s+)?(?:(\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")\s+)?"
                     r"(day|week|month|year)s?\b(?!\s+(?:of|after|from|following)\b)", re.IGNORECASE)


# "fund 500 scholarships over the next five years": a counted period from the statement's
# day, like "within five years" (a number needed: "over the coming years" counts none)
_OVER_NEXT = re.compile(r"\b(?:over|in|during)\s+(the\s+(?:next|coming)\s+)(\d{1,3}|" + "|".join(
    w for w in _NUMBER_WORDS if len(w) > 2) + r")\s+(day|week|month|year)s\b(?!\s+(?:of|after|from|following)\b)",
    re.IGNORECASE)


def _within(text, anchor):
    """A period counted from the statement's day ("will report to ministers within a year",
    "within the coming year",
    "to present to Congress, within 180 days, a plan"): the day it ends; the period of a
    later event ("within 90 days of the entry into force") is not counted from the statement."""
    m = _WITHIN.search(text) or _OVER_NEXT.search(text)
    if not m or not (m.group(1) or m.group(2)):
        return []
    # "within the coming year", "within the next month": one unit
    n = 1 if not m.group(2) else int(m.group(2)) if m.group(2).isdigit() else _NUMBER_WORDS[m.group(2).lower()]
    unit = m.group(3).lower()
    if unit in ("day", "week"):
        end = anchor + dt.timedelta(days=n * (7 if unit == "week" else 1))
    else:
        months = anchor.month - 1 + n * (12 if unit == "year" else 1)
        year, month = anchor.year + months // 12, months % 12 + 1
        day = anchor.day
        while True:
            try:
                end = dt.date(year, month, day)
                break
            except ValueError:
                day -= 1
    return [{"earliest": end.isoformat(), "latest": end.isoformat()}]

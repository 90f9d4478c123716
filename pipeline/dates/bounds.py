"""Sortable bounds of a TIMEX3 value: the first and last ISO day it can mean (issue 13).

``bounds("2015-H1")`` is ``("2015-01-01", "2015-06-30")``; ``bounds("203")`` (the
2030s) is ``("2030-01-01", "2039-12-31")``; ``bounds("20")`` (the 21st century) is
``("2000-01-01", "2099-12-31")``. A part modifier narrows a year, decade or century
to its first half (``START``: "early 2025" ends on 2025-06-30), its middle third
(``MID``) or its second half (``END``: "the end of 2025" is ``("2025-07-01",
"2025-12-31")``). Values that are no calendar period
(``PRESENT_REF``, ``None``) give ``(None, None)``. Seasons are meteorological, three
whole months of the northern hemisphere ("the autumn of 2023" ends on 2023-11-30, "spring
2024" runs from 2024-03-01 to 2024-05-31, winter 2025 from 2025-12-01 to 2026-02-28), as
the written set's annotators read them; a U.S. "fall" (the word, given as ``text``) runs to
the December solstice (2023-09-23 to 2023-12-21), as U.S. usage and the dev gold read it.
"""
import calendar
import datetime as dt
import re

# meteorological seasons of the northern hemisphere: (first month, last month); winter runs
# into the next year
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
# the U.S. "fall": from the September equinox to the December solstice
_FALL = ((9, 23), (12, 21))
_FALL_WORD = re.compile(r"\bfall\b", re.I)
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_PART = re.compile(r"^(\d{4})-([HQ])([1-4])$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEARS = re.compile(r"^(\d{2,4})$")


def _month_end(year, month):
    """The last day of ``month`` (13 and 14 are January and February of the next year)."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _period(value, text=None):
    """(first day, last day) of a value, or None."""
    m = _DAY.match(value)
    if m:
        try:
            day = dt.date(*map(int, m.groups()))
        except ValueError:
            return None
        return day, day
    m = _MONTH.match(value)
    if m:
        year, month = map(int, m.groups())
        return (dt.date(year, month, 1), _month_end(year, month)) if 1 <= month <= 12 else None
    m = _PART.match(value)
    if m:
        year, kind, n = int(m.group(1)), m.group(2), int(m.group(3))
        months = 6 if kind == "H" else 3
        if n > 12 // months:
            return None
        first = (n - 1) * months + 1
        return dt.date(year, first, 1), _month_end(year, first + months - 1)
    m = _SEASON.match(value)
    if m:
        year = int(m.group(1))
        if m.group(2) == "FA" and text and _FALL_WORD.search(text):
            return dt.date(year, *_FALL[0]), dt.date(year, *_FALL[1])
        first, last = _SEASONS[m.group(2)]
        return dt.date(year, first, 1), _month_end(year, last)
    m = _WEEK.match(value)
    if m:
        try:
            monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            return None
        return monday, monday + dt.timedelta(days=6)
    m = _YEARS.match(value)
    if m:
        digits = m.group(1)
        span = 10 ** (4 - len(digits))  # year 1, decade 10, century 100
        first = int(digits) * span
        if first < 1:
            return None
        return dt.date(first, 1, 1), dt.date(first + span - 1, 12, 31)
    return None


def _narrow(first, last, mod):
    """The first half, middle third or second half of a period longer than a month."""
    if mod not in ("START", "MID", "END") or (last - first).days < 60:
        return first, last
    if mod == "MID":
        third = ((last - first).days + 1) / 3
        return (first + dt.timedelta(days=round(third)), first + dt.timedelta(days=round(2 * third) - 1))
    if first.month == 1 and first.day == 1 and last.month == 12 and last.day == 31:
        half = dt.date(first.year + (last.year - first.year + 1) // 2, 1, 1)  # years split at a year
        if last.year == first.year:
            half = dt.date(first.year, 7, 1)
    else:
        half = first + dt.timedelta(days=((last - first).days + 1) // 2)
    return (first, half - dt.timedelta(days=1)) if mod == "START" else (half, last)


def bounds(value, mod=None, text=None):
    """(earliest, latest) ISO days of a TIMEX3 value, or (None, None); ``text``, the date's
    words, tells a U.S. "fall" from an autumn."""
    if not value or not isinstance(value, str):
        return None, None
    period = _period(value, text)
    if period is None:
        return None, None
    first, last = _narrow(*period, mod)
    return first.isoformat(), last.isoformat()

"""TIMEX3 values from their parts, and the years and weekdays a text leaves to the statement's date."""
import datetime as dt


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


def _value_from_unit(day, unit):
    if unit == "year":
        return f"{day.year:04d}"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "week":
        return _week_value(day)
    return day.isoformat()


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

"""Sortable bounds of TIMEX3 values (pipeline/dates/bounds.py, issue 13)."""
import pytest

from pipeline.dates.bounds import bounds


@pytest.mark.parametrize("value, mod, expected", [
    ("2015-H1", None, ("2015-01-01", "2015-06-30")),
    ("203", None, ("2030-01-01", "2039-12-31")),
    ("2024-02", None, ("2024-02-01", "2024-02-29")),
    ("2025-Q3", None, ("2025-07-01", "2025-09-30")),
    ("2025-WI", None, ("2025-12-22", "2026-03-19")),
    ("2023-FA", None, ("2023-09-23", "2023-12-21")),
    ("2020-08-26", None, ("2020-08-26", "2020-08-26")),
    ("2025", "START", ("2025-01-01", "2025-06-30")),
    ("202", "END", ("2025-01-01", "2029-12-31")),
    ("20", None, ("2000-01-01", "2099-12-31")),
])
def test_bounds_of_each_granularity(value, mod, expected):
    assert bounds(value, mod) == expected


@pytest.mark.parametrize("value", [None, "", "PRESENT_REF", "2025-06-31", "2025-H3"])
def test_bounds_of_no_calendar_period_are_none(value):
    assert bounds(value) == (None, None)

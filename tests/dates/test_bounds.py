"""Sortable bounds of TIMEX3 values (pipeline/dates/bounds.py, issue 13)."""
import pytest

from pipeline.dates.bounds import bounds


@pytest.mark.parametrize("value, mod, expected", [
    ("2015-H1", None, ("2015-01-01", "2015-06-30")),
    ("203", None, ("2030-01-01", "2039-12-31")),
    ("2024-02", None, ("2024-02-01", "2024-02-29")),
    ("2025-Q3", None, ("2025-07-01", "2025-09-30")),
    ("2025-WI", None, ("2025-12-01", "2026-02-28")),
    ("2023-WI", None, ("2023-12-01", "2024-02-29")),
    ("2023-FA", None, ("2023-09-01", "2023-11-30")),
    ("2024-SP", None, ("2024-03-01", "2024-05-31")),
    ("2025-SU", None, ("2025-06-01", "2025-08-31")),
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


def test_seasons_are_whole_months_but_a_us_fall_runs_to_the_solstice():
    # the written set's annotators: "the autumn" ends on November 30, "next spring" on May 31;
    # the dev gold: "in Fall of 2023" (U.S. usage) ends on the December solstice
    assert bounds("2023-FA", None, "the autumn of 2023") == ("2023-09-01", "2023-11-30")
    assert bounds("2023-FA", None, "Fall of 2023") == ("2023-09-23", "2023-12-21")
    assert bounds("2025-SP", None, "next spring") == ("2025-03-01", "2025-05-31")

"""Deadlines of commitments (issue 13, ``pipeline/answers/timing.py``): which date of a
promised clause is its deadline, and where it ends."""
import datetime as dt

from pipeline.answers import answer_statement


def _para(raw, dates=(), commitments=()):
    return {"kind": "body", "start": 0, "end": len(raw), "text": raw, "organizations": [],
            "dates": list(dates), "commitments": list(commitments)}


def _date(raw, text, value, mod=None):
    s = raw.index(text)
    d = {"text": text, "start": s, "end": s + len(text), "value": value}
    return {**d, "mod": mod} if mod else d


def _timing(raw, dates, anchor):
    rec = _para(raw, dates=dates, commitments=[{"text": raw, "start": 0, "end": len(raw), "actor": None}])
    answer_statement([rec], raw, anchor, {}, None)
    c = rec["commitments"][0]
    return c["due"], c["start_date"]


def test_a_by_deadline_wins_over_the_period_its_object_covers():
    # "a work plan for 2024 by the end of this year": the plan's period is no deadline
    raw = "NASA and the Department of State will circulate to signatories a draft work plan for 2024 by the end of this year;"
    dates = [_date(raw, "2024", "2024"), _date(raw, "the end of this year", "2023", "END")]
    assert _timing(raw, dates, dt.date(2023, 10, 2)) == ("2023-12-31", None)
    raw = "develop a joint work plan for 2024-2026 no later than September 2024;"
    dates = [_date(raw, "2024", "2024"), _date(raw, "2026", "2026"), _date(raw, "September 2024", "2024-09")]
    assert _timing(raw, dates, dt.date(2024, 3, 21)) == ("2024-09-30", None)


def test_before_a_year_ends_the_day_before_it():
    # "before 2030" excludes 2030; "by 2030" includes it
    raw = "China's space agency has said it plans to land Chinese astronauts on the lunar surface before 2030."
    assert _timing(raw, [_date(raw, "2030", "2030")], dt.date(2024, 4, 10)) == ("2029-12-31", None)
    raw = "The agency plans to land astronauts on the lunar surface by 2030."
    assert _timing(raw, [_date(raw, "2030", "2030")], dt.date(2024, 4, 10)) == ("2030-12-31", None)


def test_by_the_middle_of_next_year_ends_with_its_first_half():
    raw = "The Ministry also intends to submit a new space policy to the Government by the middle of next year."
    dates = [_date(raw, "the middle of next year", "2023", "MID")]
    assert _timing(raw, dates, dt.date(2022, 11, 23)) == ("2023-06-30", None)


def test_the_first_of_a_series_opens_the_commitment_and_sets_no_deadline():
    raw = ("The Office will coordinate Singapore's participation in the Accords' working groups, "
           "starting with the Principals' Meeting in the second half of 2025.")
    dates = [_date(raw, "the second half of 2025", "2025-H2")]
    assert _timing(raw, dates, dt.date(2025, 3, 28)) == (None, "2025-07-01")
    raw = ("hold an annual Nordic space dialogue between the national space authorities, the first of which "
           "will take place in Copenhagen in the spring of 2025.")
    dates = [_date(raw, "the spring of 2025", "2025-SP")]
    assert _timing(raw, dates, dt.date(2024, 6, 25)) == (None, "2025-03-01")


def test_a_year_naming_a_plan_sets_no_deadline():
    # "the 2030 Agenda", "the 2050 Strategy": the year is part of the plan's name
    raw = "Both organizations reaffirmed their commitment to the 2030 Agenda for Sustainable Development."
    assert _timing(raw, [_date(raw, "2030", "2030")], dt.date(2024, 3, 12)) == (None, None)
    raw = "Leaders reaffirmed their commitment to the 2050 Strategy for the Blue Pacific Continent."
    assert _timing(raw, [_date(raw, "2050", "2050")], dt.date(2024, 8, 30)) == (None, None)
    raw = "The partners will launch the satellite in 2030."
    assert _timing(raw, [_date(raw, "2030", "2030")], dt.date(2024, 8, 30)) == ("2030-12-31", None)


def test_over_the_next_five_years_counts_from_the_statements_day():
    raw = "The Ministry will also fund 500 scholarships in science and engineering over the next five years."
    assert _timing(raw, [], dt.date(2023, 10, 9)) == ("2028-10-09", None)
    raw = "MBRSC's engineers will work alongside NASA over the coming years to develop the airlock."
    assert _timing(raw, [], dt.date(2024, 1, 7)) == (None, None)


def test_a_date_of_a_clause_joined_after_a_by_deadline_still_counts():
    raw = "We will achieve a decarbonized power sector by 2035 and phase out coal power during the 2030s."
    dates = [_date(raw, "2035", "2035"), _date(raw, "the 2030s", "203")]
    assert _timing(raw, dates, dt.date(2024, 6, 14)) == ("2039-12-31", None)

"""Dates (pipeline/dates/): value forms, spans, not-a-date cases, the statement's date.

Each test pins the statement's date (the anchor) and uses sentences of the
genre. The real spaCy model is loaded once per module with only the date
component added, so these tests do not depend on the other taggers.
"""
import datetime as dt

import pytest
import spacy
from hypothesis import given, settings, strategies as st

from pipeline import dates
from pipeline.dates import interpret
from pipeline.core.config import model_name


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load(model_name())
    nlp.add_pipe("date_tagger", last=True)
    return nlp


def tag(nlp, text, anchor):
    doc = nlp.make_doc(text)
    doc._.anchor = dt.date.fromisoformat(anchor) if anchor else None
    doc._.kind = "body"
    doc._.context = {}
    return nlp(doc)


def found(nlp, text, anchor="2023-11-30"):
    """[(text, value)] of the dates in ``text``."""
    doc = tag(nlp, text, anchor)
    return [(s.text, s._.value) for s in doc.spans["dates"]]


def mods(nlp, text, anchor="2023-11-30"):
    doc = tag(nlp, text, anchor)
    return [(s.text, s._.value, s._.mod) for s in doc.spans["dates"]]


# ---------------------------------------------------------------- value forms

def test_full_date_month_first(nlp):
    assert found(nlp, "The Government of Japan held the Seventh Meeting in Tokyo, on August 26, 2020.",
                 "2020-08-26") == [("August 26, 2020", "2020-08-26")]


def test_full_date_day_first_with_comma(nlp):
    assert found(nlp, "3 March, 2018", "2018-03-03") == [("3 March, 2018", "2018-03-03")]


def test_full_date_with_weekday_and_abbreviated_month(nlp):
    assert found(nlp, "NASA Administrator Bill Nelson gives remarks during a town hall event, Tuesday, Dec. 12, 2023, "
                      "at NASA Headquarters.", "2023-12-13") == [("Tuesday, Dec. 12, 2023", "2023-12-12")]


def test_full_date_with_ordinal_day(nlp):
    assert found(nlp, "The forum was held on the 5th of June 2019 and on 3rd March 2018.") == [
        ("the 5th of June 2019", "2019-06-05"), ("3rd March 2018", "2018-03-03")]


def test_iso_and_numeric_dates(nlp):
    assert found(nlp, "The arrangement entered into force on 2023-11-30 and was amended on 12/01/2023.") == [
        ("2023-11-30", "2023-11-30"), ("12/01/2023", "2023-12-01")]


def test_month_year(nlp):
    assert found(nlp, "the Joint Exploration Declaration of Intent between MEXT and NASA signed in July 2020.",
                 "2020-08-26") == [("July 2020", "2020-07")]


def test_year_alone_has_year_granularity(nlp):
    assert found(nlp, "The next International Space Exploration Forum will be held in Europe by 2021.",
                 "2018-03-03") == [("2021", "2021")]


def test_year_before_a_noun_is_a_date(nlp):
    assert found(nlp, "the recommendations from the 2013 report of the United Nations Group of Governmental "
                      "Experts and the 1967 Outer Space Treaty", "2014-05-09") == [("2013", "2013"), ("1967", "1967")]


def test_year_after_an_acronym_modifying_a_noun(nlp):
    assert found(nlp, "the NASA 2024 budget request and support for the ISS through at least 2030") == [
        ("2024", "2024"), ("2030", "2030")]


def test_year_in_parentheses_after_resolution(nlp):
    assert found(nlp, "in accordance with UN Security Council Resolution 2216 (2015).") == [("2015", "2015")]


def test_fiscal_year_is_the_year(nlp):
    assert found(nlp, "PEPFAR in fiscal year 2023, since FY 2021, in FY2024 and since Fiscal Year (FY) 2015.") == [
        ("fiscal year 2023", "2023"), ("FY 2021", "2021"), ("FY2024", "2024"), ("2015", "2015")]


def test_the_year_2023(nlp):
    assert found(nlp, "2,023 Koreans and 2,023 Americans, symbolic of the year 2023.", "2023-04-26") == [
        ("the year 2023", "2023")]


def test_first_half_of_year(nlp):
    assert found(nlp, "Both sides concurred on holding the third meeting of the Dialogue in Tokyo in the first "
                      "half of 2015.", "2014-05-09") == [("the first half of 2015", "2015-H1")]


def test_second_half_of_next_year(nlp):
    assert found(nlp, "The launch is planned for the second half of next year.") == [
        ("the second half of next year", "2024-H2")]


def test_quarters(nlp):
    assert found(nlp, "The satellite was delivered in Q3 2024 and the review ends in the fourth quarter of this "
                      "year.", "2024-11-15") == [("Q3 2024", "2024-Q3"), ("the fourth quarter of this year", "2024-Q4")]


def test_seasons(nlp):
    assert found(nlp, "The two sides aim to negotiate the first tranche of a Bilateral Trade Agreement by fall "
                      "of 2025.", "2025-02-13") == [("fall of 2025", "2025-FA")]
    assert found(nlp, "The ministers will meet again in the spring.", "2023-11-30") == [("the spring", "2024-SP")]


def test_end_of_month_year_has_mod_end(nlp):
    assert mods(nlp, "to host SSA payloads on Japan's Quasi-Zenith Satellites to be launched by the end of "
                     "March 2024.", "2020-08-26") == [("the end of March 2024", "2024-03", "END")]


def test_early_late_mid(nlp):
    assert mods(nlp, "The ministerial will be held in early 2023, the agreement was signed in late 2023, and "
                     "deployment starts in mid-2024.", "2022-07-15") == [
        ("early 2023", "2023", "START"), ("late 2023", "2023", "END"), ("mid-2024", "2024", "MID")]


def test_end_of_this_year(nlp):
    assert mods(nlp, "We aim to conclude negotiations by the end of this year.", "2023-05-20") == [
        ("the end of this year", "2023", "END")]


def test_decades(nlp):
    assert mods(nlp, "a crewed landing in the 2030s and net zero by the end of the decade and action this "
                     "decade", "2023-07-27") == [
        ("the 2030s", "203", None), ("the end of the decade", "202", "END"), ("this decade", "202", None)]


def test_century_is_its_first_two_digits(nlp):
    assert found(nlp, "responsible exploration in the 21st century", "2024-01-24") == [("the 21st century", "20")]


# ------------------------------------------------------------- two dates

def test_two_years_joined_by_or(nlp):
    assert found(nlp, "the International Space Exploration Forum that will be hosted by Japan in 2016 or 2017.",
                 "2014-05-09") == [("2016", "2016"), ("2017", "2017")]


def test_between_two_days_without_year(nlp):
    assert found(nlp, "three side events were held between February 28 and March 3: Y-ISEF for Young "
                      "Professionals.", "2018-03-03") == [("February 28", "2018-02-28"), ("March 3", "2018-03-03")]


def test_year_ranges_are_two_dates(nlp):
    assert found(nlp, "providing over $18 million from 2020 – 2023 in its two Years of Sustainability "
                      "(2023-2024) and in 2020-23.") == [
        ("2020", "2020"), ("2023", "2023"), ("2023", "2023"), ("2024", "2024"), ("2020", "2020"), ("23", "2023")]


def test_day_ranges_are_two_dates(nlp):
    assert found(nlp, "President Biden conducted an official visit to the Kingdom of Saudi Arabia July 15-16, "
                      "2022.", "2022-07-15") == [("July 15", "2022-07-15"), ("16, 2022", "2022-07-16")]
    assert found(nlp, "the UN Food Systems Summit held in Rome on 24-26 July.", "2023-07-27") == [
        ("24", "2023-07-24"), ("26 July", "2023-07-26")]


def test_ranges_kept_in_one_token_are_one_date_valued_by_their_start(nlp):
    # spaCy does not split en dashes between digits, and spans follow tokens
    assert found(nlp, "The Joint Working Group met on March 14–15, 2023 in Tokyo under its 2024–2026 plan.",
                 "2023-03-15") == [("March 14–15, 2023", "2023-03-14"), ("2024–2026", "2024")]


def test_day_range_borrows_month_and_year(nlp):
    assert found(nlp, "The 62nd session of COPUOS was held in Vienna from 12 to 21 June 2019.", "2019-06-21") == [
        ("12", "2019-06-12"), ("21 June 2019", "2019-06-21")]


def test_coordinated_month_borrows_the_year(nlp):
    assert found(nlp, "cooperation as discussed during meetings in May and September 2022.", "2023-04-26") == [
        ("May", "2022-05"), ("September 2022", "2022-09")]


# ------------------------------------------------- year from the statement

def test_month_without_year_past_tense_is_last_such_month(nlp):
    assert found(nlp, "a strategic roadmap documented in the Global Exploration Roadmap released in August.",
                 "2014-01-09") == [("August", "2013-08")]


def test_month_without_year_takes_the_year_of_the_sentence(nlp):
    assert found(nlp, "the 2013 Global Exploration Roadmap released in August.", "2014-01-09") == [
        ("2013", "2013"), ("August", "2013-08")]


def test_day_without_year_on_the_statement_day(nlp):
    assert found(nlp, "government representatives from more than 30 countries met at the International Space "
                      "Exploration Forum (ISEF) in Washington DC on 9 January.", "2014-01-09") == [
        ("9 January", "2014-01-09")]


def test_month_without_year_future_tense_is_next_such_month(nlp):
    assert mods(nlp, "The U.S. Department of Agriculture will lead the first-ever trade mission to Angola in "
                     "early February.", "2023-11-30") == [("early February", "2024-02", "START")]


def test_month_without_year_past_meeting_before_statement(nlp):
    assert found(nlp, "As part of our shared efforts, in their September meeting, the Vice President welcomed "
                      "President Yoon's commitment.", "2023-04-25") == [("September", "2022-09")]


def test_month_without_year_ignores_the_year_of_another_event(nlp):
    assert found(nlp, "Established in 2020, the Accords were signed by Sweden on April 16.", "2024-11-15") == [
        ("2020", "2020"), ("April 16", "2024-04-16")]


def test_month_without_year_takes_the_year_of_its_verb(nlp):
    assert found(nlp, "In 2023, the parties held talks in March and again in October.", "2024-11-15") == [
        ("2023", "2023"), ("March", "2023-03"), ("October", "2023-10")]


def test_this_past_month(nlp):
    assert found(nlp, "The agency will build on the agreement it signed this past April.", "2024-01-24") == [
        ("this past April", "2023-04")]


def test_this_month_name(nlp):
    assert found(nlp, "Spain assumes the Presidency of the Council of the European Union this July.",
                 "2023-05-12") == [("this July", "2023-07")]


def test_relative_years(nlp):
    assert found(nlp, "The convening builds on the initiative begun last year.", "2014-05-09") == [
        ("last year", "2013")]
    assert found(nlp, "Italy's Presidency of the G7 next year and the Artemis Accords this year.",
                 "2023-07-27") == [("next year", "2024"), ("this year", "2023")]


def test_later_this_year_and_next_month(nlp):
    assert found(nlp, "The round will be held in Busan later this year and the talks next month.",
                 "2023-04-26") == [("later this year", "2023"), ("next month", "2023-05")]


def test_later_this_week_is_an_iso_week(nlp):
    assert found(nlp, "the Commercial Dialogue, which will convene in Detroit later this week.", "2023-05-20") == [
        ("later this week", "2023-W20")]


def test_years_ago(nlp):
    assert found(nlp, "following the announcement of our ISS extension one year ago.", "2022-11-17") == [
        ("one year ago", "2021")]


def test_today_is_the_statement_date(nlp):
    assert found(nlp, "Today, Vice President Kamala Harris was joined by President Yoon.", "2023-04-25") == [
        ("Today", "2023-04-25")]
    assert found(nlp, "The commitment announced today is the first initiative.", "2022-04-18") == [
        ("today", "2022-04-18")]
    assert found(nlp, "Belgium joins today as the 34th signatory.", "2024-01-24") == [("today", "2024-01-24")]
    assert found(nlp, "Today's announcement builds on yesterday's meeting.", "2024-01-24") == [
        ("Today", "2024-01-24"), ("yesterday", "2024-01-23")]


def test_weekday_past_is_the_latest_such_day(nlp):
    assert found(nlp, "During a ceremony in Brussels on Tuesday, Belgium became the 34th country to sign the "
                      "Artemis Accords.", "2024-01-24") == [("Tuesday", "2024-01-23")]


def test_weekday_on_the_statement_day(nlp):
    assert found(nlp, "A milestone was reached on Wednesday as Lithuania became the 40th nation.",
                 "2024-05-15") == [("Wednesday", "2024-05-15")]


def test_weekday_future(nlp):
    assert found(nlp, "Nelson will travel to Italy and Vatican City, followed by Saudi Arabia, beginning Friday.",
                 "2024-05-08") == [("Friday", "2024-05-10")]


def test_weekday_with_month_day(nlp):
    assert found(nlp, "On Tuesday, April 16, NASA welcomed Sweden.", "2024-04-16") == [
        ("Tuesday, April 16", "2024-04-16")]


def test_unresolvable_date_keeps_span_without_value(nlp):
    assert found(nlp, "The roadmap was released in August and updated last year.", None) == [
        ("August", None), ("last year", None)]


# ------------------------------------------------------------ not dates

@pytest.mark.parametrize("text", [
    "Representatives gathered in Tokyo for the 2nd International Space Exploration Forum (ISEF).",
    "held the Seventh Meeting of the Japan-U.S. Comprehensive Dialogue on Space",
    "the Global Exploration Roadmap (3rd Edition) was published",
])
def test_ordinals_and_editions_are_not_dates(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize("text", [
    "the response to COVID-19 and the UNISPACE+50 Action Team",
    "ISEF2 participating countries affirmed the shared goal",
    "the G20 Leaders' Summit and 5G/6G Open-RAN Cooperation",
    "The U.S. welcomed the Kingdom's Vision 2030, its blueprint for transformative economic reform.",
    "Vision 2030",
    "UN Security Council Resolution 2231 and Horizon 2020",
    "They met at IAC 2024 in Milan and support Agenda 2063.",
])
def test_names_with_numbers_are_not_dates(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Government representatives from 45 countries and 21 space agencies",
    "Microsoft's $900 million investment and $2030 in fees",
    "The program reached 2025 students.",
    "The project will employ up to 2000 engineers and at least 1900 scientists.",
    "Release 2024-030",
])
def test_counts_money_and_identifiers_are_not_dates(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize("text", [
    "As the two countries mark 30 years of diplomatic relations",
    "Over the past four years, the U.S. has invested in Angola.",
    "In the coming years, the U.S. will explore new opportunities.",
    "GRACE-C will extend a nearly 25-year legacy and decades of observations.",
    "During the day-long meeting, participants discussed exploration.",
    "the representatives participated in a whole day intensive discussion",
    "Highlights in the past year alone include the following.",
    "over the next five years and a ten-year Framework",
])
def test_durations_are_not_dates(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The data are released monthly and weekly.",
    "The exchange program meets annually and each year.",
])
def test_sets_are_not_dates(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize("text", [
    "to ensure the safe use of outer space for current and future generations",
    "Japan congratulated the United States on the recent successful test flight",
    "to address challenges that the international community faces today",
    "Space is more important today than ever, and the world today faces new threats.",
    "preparing for the challenges we face today and tomorrow",
    "preparing future generations for the workplace of tomorrow",
    "More countries are expected to sign the accords in the months and years ahead.",
])
def test_vague_times_are_not_dates(nlp, text):
    assert found(nlp, text) == []


def test_modal_may_and_names_are_not_months(nlp):
    assert found(nlp, "Prime Minister Theresa May said that tensions may rise.") == []


def test_weekday_in_a_holiday_name_is_not_a_date(nlp):
    assert found(nlp, "sales on Black Friday and Super Tuesday") == []


# ------------------------------------------------------------ invariants

PHRASES = ["on August 26, 2020", "in July 2020", "by 2021", "in the first half of 2015", "last year",
           "between February 28 and March 3", "in 2016 or 2017", "by the end of March 2024", "today",
           "45 countries", "the 2nd Forum", "in May and September 2022", "from 2020 – 2023", "on Tuesday"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(PHRASES), min_size=1, max_size=5))
def test_spans_are_ordered_non_overlapping_and_aligned(nlp, phrases):
    text = "The sides met " + ", and ".join(phrases) + "."
    doc = tag(nlp, text, "2020-08-26")
    spans = list(doc.spans["dates"])
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.start
    for s in spans:
        assert doc.text[s.start_char:s.end_char] == s.text
        assert s._.timex_type == "DATE"
        assert s.text.split()[0].lower() not in ("in", "on", "by", "from", "between")


def test_dateparser_is_called_on_candidates_only(nlp, monkeypatch):
    seen = []
    real = interpret._dateparse

    def spy(text, anchor_iso):
        seen.append(text)
        return real(text, anchor_iso)

    monkeypatch.setattr(interpret, "_dateparse", spy)  # its only callers live there
    text = ("Both sides reaffirmed their commitment to Artemis and the Gateway, and the United States welcomed "
            "Japan's effort to establish a new framework for satellite development last year.")
    assert found(nlp, text, "2021-03-01") == [("last year", "2020")]
    assert seen and all(len(t) <= len("last year") for t in seen)


# ------------------------------------------------------------ statement date

def test_statement_date_from_dateline():
    paras = [("title", "The 2nd International Space Exploration Forum"), ("meta", "Tokyo, Japan"),
             ("meta", "3 March, 2018"), ("title", "Joint Statement"),
             ("body", "Representatives from more than 40 nations gathered in Tokyo.")]
    assert dates.statement_date(paras) == dt.date(2018, 3, 3)


def test_statement_date_from_dateline_before_a_past_meeting():
    paras = [("title", "Joint Statement"), ("meta", "May 9, 2014"),
             ("body", "This follows the First Comprehensive Dialogue, held on March 11, 2013 in Tokyo, Japan.")]
    assert dates.statement_date(paras) == dt.date(2014, 5, 9)


def test_statement_date_from_meeting_was_held_on():
    paras = [("title", "Government representatives from 45 countries meet at the 2nd ISEF (ISEF2)"),
             ("body", "Upon invitation from the Japanese government, the 2nd International Space Exploration Forum "
                      "(ISEF2) Ministerial Meeting was held on March 3, 2018 in Tokyo, Japan, with representatives "
                      "from 45 countries.")]
    assert dates.statement_date(paras) == dt.date(2018, 3, 3)


def test_statement_date_from_meet_in_city_on_day():
    paras = [("title", "International Government Representatives meet to discuss Space Exploration"),
             ("body", "Government representatives from more than 30 countries meet at the International Space "
                      "Exploration Forum (ISEF) in Washington DC on 9 January 2014. (NASA)")]
    assert dates.statement_date(paras) == dt.date(2014, 1, 9)


def test_statement_date_from_dateline_opening_the_body():
    paras = [("body", "WASHINGTON, May 9, 2014 – The Governments of Japan and the United States held talks.")]
    assert dates.statement_date(paras) == dt.date(2014, 5, 9)


@pytest.mark.parametrize("text", [
    "WASHINGTON (May 9, 2014) -- The Governments of Japan and the United States held talks.",
    "Tokyo, Japan, 9 May 2014: Representatives gathered.",
    "May 9, 2014",
])
def test_statement_date_from_dateline_variants(text):
    assert dates.statement_date([("body", text)]) == dt.date(2014, 5, 9)


def test_statement_date_from_signature_line():
    paras = [("heading", "I. Purpose"), ("body", "The Participants intend to cooperate in space."),
             ("body", "Signed at Tokyo on October 28, 2025, in duplicate, in the English language.")]
    assert dates.statement_date(paras) == dt.date(2025, 10, 28)


def test_statement_date_ignores_dates_that_are_not_the_meeting():
    paras = [("body", "As the United States and Angola mark 30 years of diplomatic relations, our partnership "
                      "grew."),
             ("body", "On November 17, 2022, EXIM approved a final commitment for a solar project.")]
    assert dates.statement_date(paras) is None


def test_statement_date_ignores_a_future_meeting():
    paras = [("body", "The next meeting will be held on March 3, 2026 in Washington.")]
    assert dates.statement_date(paras) is None


def test_statement_date_none_without_a_date():
    paras = [("title", "NASA Welcomes Belgium as Newest Artemis Accords Signatory"),
             ("body", "During a ceremony in Brussels on Tuesday, Belgium became the 34th country to sign.")]
    assert dates.statement_date(paras) is None


def test_the_day_in_words_of_an_agreements_signature_clause(nlp):
    assert found(nlp, "DONE at Washington, this thirteenth day of January, 2023, in duplicate.") == [
        ("thirteenth day of January, 2023", "2023-01-13")]
    assert found(nlp, "Signed at Tokyo on the twenty-first day of May 2024.") == [
        ("twenty-first day of May 2024", "2024-05-21")]

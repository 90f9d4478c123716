"""The dates of a commitment: those that time its promised action (ANNOTATION 4, issue 13)."""
import datetime as dt

import pytest

from pipeline import commitments
from commitment_tagging import tag


def dates_of(nlp, text, anchor, words):
    """The dates of the commitment whose text holds ``words``."""
    found = [s for s in tag(nlp, text, anchor=anchor) if words in s.text]
    assert found, [s.text for s in tag(nlp, text, anchor=anchor)]
    return found[0]._.dates


@pytest.mark.parametrize("text, words, expected, anchor", [
    # a relative clause of what is still to happen, on the promised object
    ("Under the new memorandum, the two sides agreed to jointly develop the ETRSS-2 Earth observation satellite, "
     "which is to be launched by 2026.", "develop", ["2026"], dt.date(2025, 1, 21)),
    ("CONIDA plans to contract its successor, PeruSAT-2, which is to be placed in orbit by 2027.", "contract",
     ["2027"], dt.date(2024, 5, 30)),
    # the parser hangs the relative clause on the last noun of the object's phrase
    ("The two sides agreed that NASA and VNSC will sign an implementing arrangement on the use of the satellite "
     "data, which will be concluded no later than March 2024.", "sign", ["2024-03"], dt.date(2023, 9, 11)),
    # a purpose infinitive is part of the promised action
    ("We will work together to achieve positive outcomes at the Thirteenth WTO Ministerial Conference in Abu Dhabi "
     "in February 2024.", "work together", ["2024-02"], dt.date(2023, 11, 17)),
    # a schedule participle on the action's phrase
    ("Under the declaration, both countries will jointly develop and operate a first set of satellites, with a "
     "first launch planned for 2023 and the full constellation in orbit by 2025.", "develop", ["2023", "2025"],
     dt.date(2021, 10, 28)),
    ("Finland and the United States also agreed to start a dialogue on civil space cooperation, with a first "
     "meeting planned for next year.", "dialogue", ["2026"], dt.date(2025, 1, 21)),
    # a small clause with a noun for its head
    ("The agency aims to make Thailand a provider of geo-informatics services for the region by 2030.", "provider",
     ["2030"], dt.date(2025, 1, 21)),
])
def test_dates_that_time_the_promised_action(nlp, text, words, expected, anchor):
    assert sorted(dates_of(nlp, text, anchor, words)) == expected


def test_a_start_date_after_the_commitments_span(nlp):
    text = ("The United States committed to provide initial seed funding of $2 million for workforce training in "
            "semiconductors, beginning in 2024.")
    assert dates_of(nlp, text, dt.date(2023, 9, 11), "seed funding") == ["2024"]


def test_a_relative_clause_on_the_body_the_promise_is_directed_to_is_not_its_time(nlp):
    text = ("Both agencies reaffirmed their commitment to the African Space Agency (AfSA), whose headquarters in "
            "Cairo is to be inaugurated in April 2025.")
    assert dates_of(nlp, text, dt.date(2024, 3, 21), "reaffirmed") == []


def test_the_generic_present_of_a_purpose_clause_is_not_the_promises_time(nlp):
    text = "The Quad is committed to fostering future STEM innovators to build the foundations of tomorrow's successes today."
    assert dates_of(nlp, text, dt.date(2023, 5, 20), "committed") == []


def test_within_the_coming_year_is_a_duration_but_within_this_year_a_deadline(nlp):
    assert dates_of(nlp, "The Israel Space Agency intends to propose its first joint projects within the coming year.",
                    dt.date(2015, 10, 13), "propose") == []
    assert dates_of(nlp, "The ministry plans to set up a working group with KARI within this year.",
                    dt.date(2021, 5, 27), "working group") == ["2021"]


def list_dates(paragraph_docs, anchor, *paragraphs):
    docs = paragraph_docs(*paragraphs, anchor=anchor)
    commitments.resolve_document(docs)
    commitments.add_list_commitments(docs)
    return [list(s._.dates) for d in docs[1:] for s in d.spans["commitments"]]


def test_a_plans_period_is_not_a_list_items_deadline(paragraph_docs):
    got = list_dates(paragraph_docs, dt.date(2024, 3, 21), "The two agencies will:",
                     "- develop a joint work plan for 2024-2026 no later than September 2024;",
                     "- adopt the second phase of the Plan of Action, for the period 2022-2026.")
    assert got == [["2024-09"], []]


def test_a_list_items_relative_clause_of_another_actor_or_of_the_present_is_not_its_time(paragraph_docs):
    got = list_dates(paragraph_docs, dt.date(2023, 11, 9), "The Norwegian Space Agency will:",
                     "- complete the national licensing of launch activities under the new Space Act, which the "
                     "Government intends to present to the Storting in the spring of 2024;",
                     "- set up a satellite testing facility, which will open no later than the first half of 2027;",
                     "- present a joint working paper, which we intend to submit to the Conference in 2025.")
    # the Government's relative-clause promise is a commitment of its own, with its own date (the
    # first), beside the item's, which has none
    assert got == [["2024-SP"], [], ["2027-H1"], ["2025"]]


def test_a_date_of_an_earlier_year_is_background_not_the_time_of_the_promise(nlp):
    # what the promise is about ("adopted ... in 2021", "the Act of 2011") is dated before the
    # statement's year; a promised act is never due then
    text = ("Austria also reaffirmed its commitment to the Austrian Space Strategy 2030+, adopted by the Federal "
            "Government in 2021, and intends to present an amendment to the Austrian Outer Space Act of 2011 within "
            "two years.")
    assert dates_of(nlp, text, dt.date(2022, 11, 23), "reaffirmed") == []
    assert dates_of(nlp, text, dt.date(2022, 11, 23), "amendment") == []


def test_a_fronted_year_times_a_present_tense_intention(nlp):
    # a company's release opens the sentence with the year its plan is for: "In 2025, Arianespace
    # intends to perform up to ten launches"; a firm "agree" keeps its fronted date as the agreeing's
    anchor = dt.date(2024, 12, 5)
    spans = tag(nlp, "In 2025, Arianespace intends to perform up to ten launches with Ariane 6 and Vega-C, "
                "including missions for Galileo.", anchor=anchor)
    assert spans[0]._.dates == ["2025"]
    spans = tag(nlp, "Next year, the two agencies plan to launch a joint satellite.", anchor=anchor)
    assert spans[0]._.dates == ["2025"]


def test_a_fronted_date_of_a_firm_agreement_is_not_the_actions(nlp):
    # "This year, the two sides agree to ...": the year of the agreeing, not when the action is due
    spans = tag(nlp, "Next month, the two sides agree to establish a joint working group on space weather.",
                anchor=dt.date(2024, 12, 5))
    assert spans and spans[0]._.dates == []


def test_a_date_of_the_first_of_two_intended_actions_is_not_fronted_for_the_second(nlp):
    # "intends to submit a draft law ... by the end of 2025 and to establish a national body": the
    # date lies after the trigger, inside the first action; the second action has none
    spans = tag(nlp, "The Armenian side intends to submit a draft law on space activities to the National "
                "Assembly by the end of 2025 and to establish a national body responsible for space policy.",
                anchor=dt.date(2024, 6, 12))
    second = [s for s in spans if "establish" in s.text and "submit" not in s.text]
    assert second and second[0]._.dates == []

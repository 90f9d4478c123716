"""Commitment shapes of agency and company releases, treaty news and meeting summaries (issue 11,
the written statements of unseen publishers): subjects the parser misplaces, "it" for a party,
a text that binds the parties, duties taken on, quoted officials speaking for their body,
", and to" second actions, lettered list items.

Decisions pinned here (ANNOTATION.md 4):
- "it" is a party only when the sentence says which: the party that declares the clause
  ("NASA has said it intends to"), or the singular party subject of the coordinated clause
  before it when that clause has no singular object "it" could mean.
- A quoted "we" / "our teams" commits when the official speaks in specific terms: a promising
  verb ("we commit to") or a "will" whose action names the partner body ("We will work with
  NASA"); "together we will return to the Moon" is rhetoric (test_unseen_shapes.py).
- "X will do A ..., and to do B" (comma) promises B too: two commitments.
"""
import datetime as dt

import pytest

from commitment_tagging import tag


def test_subject_hung_on_the_verb_as_compound_is_the_actor(nlp):
    # the parser reads "DLR plans" as a noun phrase and leaves "plans" without a subject
    found = tag(nlp, "DLR plans to provide instruments for future robotic missions to the lunar surface, and "
                     "German researchers will take part in the analysis of the samples.")
    assert [(s._.actor, s._.strength) for s in found] == [("DLR", "intent")]
    assert found[0].text.startswith("DLR plans to provide instruments")


def test_principals_and_working_groups_are_parties(nlp):
    found = tag(nlp, "The CSpO principals will meet annually to review progress against these objectives, and "
                     "the working groups of the initiative will report to them on the implementation of Vision 2031.")
    assert [s._.actor for s in found] == ["The CSpO principals", "the working groups of the initiative"]


def test_lower_case_party_noun_opening_a_lettered_item_is_the_actor(nlp):
    # list items of meeting summaries start in lower case after "(c)"; the marker is no part of the actor
    found = tag(nlp, "(c) signatories with established space programs will explore ways to support capacity "
                     "building among newer signatories, including through training opportunities; and")
    assert [s._.actor for s in found] == ["signatories with established space programs"]


def test_list_letter_is_no_part_of_the_actor(nlp):
    found = tag(nlp, "(a) NASA and the Department of State will circulate to signatories a draft work plan by "
                     "the end of this year;")
    assert [s._.actor for s in found] == ["NASA and the Department of State"]


def test_it_in_a_that_clause_of_a_party_is_that_party(nlp):
    found = tag(nlp, "NASA has said it intends to return astronauts to the lunar surface with Artemis III no "
                     "earlier than September 2026, after a series of delays.")
    assert [(s._.actor, s._.strength, s._.dates) for s in found] == [("NASA", "intent", ["2026-09"])]


def test_it_in_a_clause_coordinated_with_a_party_subject_is_that_party(nlp):
    found = tag(nlp, "Together with the United Nations Office for Outer Space Affairs, CMSA selected nine projects "
                     "from 17 countries in June 2019, and it will continue to welcome foreign astronauts and "
                     "payload specialists to participate in its flight missions in the future.")
    assert [s._.actor for s in found] == ["CMSA"]


def test_it_after_a_singular_object_is_no_party(nlp):
    # "it" may be the rover: no commitment of NASA
    assert tag(nlp, "NASA launched the rover in 2020, and it will explore the Jezero crater for two years.") == []


def test_text_that_commits_the_parties_gives_them_as_actor(nlp):
    found = tag(nlp, "The treaty also establishes the legal framework for cooperation between the two countries, "
                     "and it commits both Governments to consult regularly on the implementation of their "
                     "respective contributions.")
    assert [(s._.actor, s._.action) for s in found] == [
        ("both Governments", "consult regularly on the implementation of their respective contributions")]


def test_party_that_will_be_responsible_for_a_task_commits(nlp):
    found = tag(nlp, "The Canadian Space Agency (CSA) will also be responsible for the maintenance and operation "
                     "of Canadarm3 for the duration of the Gateway program.")
    assert [s._.actor for s in found] == ["The Canadian Space Agency"]
    assert tag(nlp, "The mission will be responsible for a large share of the data.") == []


@pytest.mark.parametrize("text, actor", [
    ("\"By signing the Artemis Accords, we commit to the responsible use of space and we open new doors for "
     "our researchers,\" said State Secretary Thomas Dermine.", "we"),
    ("\"Joining the Accords opens a new chapter for our space programme. We will work with NASA and the other "
     "signatories to translate these principles into concrete projects,\" he said.", "We"),
    ("\u201cOur teams and our industrial partners will now work together with NASA to complete the development "
     "of the landing platform.\u201d", "Our teams and our industrial partners"),
])
def test_quoted_first_person_in_specific_terms_is_a_commitment(nlp, text, actor):
    assert [s._.actor for s in tag(nlp, text)] == [actor]


def test_quoted_first_person_rhetoric_is_no_commitment(nlp):
    assert tag(nlp, "\u201cTogether we will return to the Moon, this time to stay,\u201d said the Administrator.") == []


def test_comma_and_to_infinitive_under_will_is_a_second_commitment(nlp):
    found = tag(nlp, "He affirmed that the Commission will work with NASA and with the other signatories to "
                     "implement the principles of the Accords, and to build national capabilities in space science "
                     "and exploration.")
    assert [s.text for s in found] == [
        "the Commission will work with NASA and with the other signatories to implement the principles of the Accords",
        "to build national capabilities in space science and exploration"]
    assert {s._.actor for s in found} == {"the Commission"}


def test_and_to_without_comma_under_will_stays_one(nlp):
    found = tag(nlp, "The two agencies will work to develop and to test the new docking system.")
    assert len(found) == 1


@pytest.mark.parametrize("text, dates", [
    # a relative clause on the promised object says when it is delivered
    ("Australia will build a semi-autonomous rover that will travel to the Moon on a NASA mission as early as "
     "2026, under a landmark agreement.", ["2026"]),
    ("The two sides will establish a working group which will hold its first meeting by June 2025.", ["2025-06"]),
    # a passive infinitive after the promised event: its time
    ("The signatories will convene a second implementation workshop on safety zones, to be hosted by a "
     "signatory in Europe in the spring of 2024.", ["2024-SP"]),
    # a second "to" the parser hangs on the declaring verb of a commitment noun
    ("We reaffirm our commitment to the Green Alliance and to achieving net-zero greenhouse gas emissions by "
     "2050 at the latest.", ["2050"]),
])
def test_dates_of_the_promised_object_and_event_time_the_commitment(nlp, text, dates):
    assert [s._.dates for s in tag(nlp, text, anchor=dt.date(2021, 10, 14))] == [dates]


def test_a_past_relative_clause_does_not_time_the_commitment(nlp):
    found = tag(nlp, "The agencies will expand the program that began in 2015.")
    assert [s._.dates for s in found] == [[]]


def test_results_that_will_be_reported_are_a_promise_of_the_parties(nlp):
    # a passive of reporting promises an act of the parties, like "will be established"
    found = tag(nlp, "They agreed that the signatories will hold a workshop in the first half of 2024 to develop a "
                     "common understanding of safety zones, and that the results of the workshop will be reported "
                     "to the next principals' meeting.")
    assert [s._.actor for s in found] == ["They", None]
    assert found[1].text == "the results of the workshop will be reported to the next principals' meeting"

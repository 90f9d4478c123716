"""Commitment shapes of fact sheets, press releases and communiqués that the written set missed
(ANNOTATION.md 4), on the real sentence shapes.

Decisions pinned here:
- A list of promised actions goes on through items whose verb the tagger reads as an adjective or
  a noun ("select at least two CubeSats ...", "task the Centre with ..."): a lower-case word that
  heads the item and governs a direct object is a verb.
- A relative clause in which a party of its own promises to act on the noun it describes ("the new
  Space Act, which the Government intends to present to the Storting") is a commitment beside the
  one around it; "which we intend to submit" is the same party's and stays part of it, and "the
  reforms that India has undertaken" is a report.
- Renewing or extending a party's support ("reaffirmed its support for", "extend full support to")
  is a firm commitment; "reiterated their support for the United Nations" is a stance.
- A lower-case "co-" word is one token ("co-chairs", "co-organized"), so the clause around it parses.
"""
import pytest

from commitment_tagging import tag
from pipeline import commitments


def _list_tag(paragraph_docs, *paragraphs):
    docs = paragraph_docs(*paragraphs)
    commitments.resolve_document(docs)
    commitments.add_list_commitments(docs)
    return [[(s._.actor, s._.action, list(s._.dates)) for s in d.spans["commitments"]] for d in docs]


def test_list_items_with_verbs_read_as_adjective_or_noun(paragraph_docs):
    got = _list_tag(paragraph_docs, "Both agencies agreed to the following initial activities:",
                    "share data from JAXA's ALOS-2 radar satellite with MYSA for the monitoring of floods;",
                    "select at least two Malaysian CubeSats for deployment from Kibo by 2026 under KiboCUBE; and",
                    "organise annual training courses for MYSA engineers at the Tsukuba Space Center, starting in 2025.")
    assert [len(item) for item in got] == [0, 1, 1, 1]
    assert got[2][0][0] == "Both agencies" and got[2][0][2] == ["2026"]


def test_lettered_item_task_read_as_noun(paragraph_docs):
    got = _list_tag(paragraph_docs, "The Chairmanship will:",
                    "circulate a food-for-thought paper on space-related CSBMs to all participating States;",
                    "task the Conflict Prevention Centre (CPC) with compiling an overview of the notification "
                    "mechanisms of the OSCE;")
    assert [len(item) for item in got] == [0, 1, 1]


@pytest.mark.parametrize("text, actor, dates", [
    ("The Norwegian Space Agency will complete the national licensing of launch activities from Andøya under the "
     "new Space Act, which the Government intends to present to the Storting in the spring of 2024.",
     "the Government", ["2024-SP"]),
    ("Lithuania also reaffirmed its commitment to the work of the United Nations Committee on the Peaceful Uses of "
     "Outer Space (COPUOS), which Lithuania aims to join as a member by 2027.", "Lithuania", ["2027"]),
])
def test_relative_clause_promise_of_a_party_of_its_own(nlp, text, actor, dates):
    found = tag(nlp, text)
    assert len(found) == 2
    assert (found[1]._.actor, list(found[1]._.dates)) == (actor, dates)


@pytest.mark.parametrize("text", [
    "They welcomed the reforms that India has undertaken to open its space sector to private companies.",
    "The report describes the standards that operators plan to adopt.",
])
def test_relative_clause_report_or_description_is_none(nlp, text):
    assert tag(nlp, text) == []


def test_relative_clause_of_the_same_speaker_stays_one_commitment(nlp):
    found = tag(nlp, "We will present a joint working paper on the elements of a legally binding instrument, which "
                     "we intend to submit to the Conference no later than the first part of the 2024 session.")
    assert len(found) == 1


@pytest.mark.parametrize("text, actor, reaffirmed", [
    ("The United States reaffirmed its support for a strong, independent, prosperous and resilient Viet Nam, and "
     "for ASEAN centrality.", "The United States", True),
    ("The leaders reaffirmed their commitment to the Quad, and President Biden reaffirmed U.S. support for India's "
     "permanent membership in a reformed United Nations Security Council.", "President Biden", True),
    ("Brazil, India, China and South Africa extend full support to Russia for its BRICS Chairship in 2024.",
     "Brazil, India, China and South Africa", False),
])
def test_renewed_or_extended_support_commits(nlp, text, actor, reaffirmed):
    found = tag(nlp, text)
    assert (found[-1]._.actor, found[-1]._.strength, bool(found[-1]._.reaffirmed)) == (actor, "firm", reaffirmed)


def test_reiterated_support_for_a_body_is_a_stance(nlp):
    assert tag(nlp, "The leaders reiterated their support for the United Nations.") == []


@pytest.mark.parametrize("text, actor", [
    ("The co-chairs of each working group will prepare a work plan by the end of 2020.",
     "The co-chairs of each working group"),
    ("The session will be co-organized by the Vietnam Academy of Science and Technology (VAST), MEXT and JAXA.",
     "the Vietnam Academy of Science and Technology (VAST), MEXT and JAXA"),
    ("SWF will present the findings in Geneva on 20 June, and the authors plan to publish a short "
     "Spanish-language summary of the report this summer.", "the authors"),
])
def test_co_words_and_authors_as_parties(nlp, text, actor):
    assert actor in [s._.actor for s in tag(nlp, text)]


def test_press_service_reporting_a_party_promise(nlp):
    # the issuer's press office speaks for the release: what it reports the parties will do is
    # the release's own assertion; "the ministers noted that Japan will host" stays a third party's news
    found = tag(nlp, "The press service noted that RSC Energia, the prime contractor for the Russian segment, will "
                     "provide technical support for the training of the NASA astronaut on the Soyuz spacecraft systems.")
    assert [s._.actor for s in found] == ["RSC Energia"]
    assert tag(nlp, "The ministers noted that Japan will host the next meeting in 2025.") == []


def test_commitment_made_before_is_a_report(nlp):
    assert tag(nlp, "Each of our States has made a national commitment not to conduct destructive DA-ASAT missile "
                    "tests.") == []


def test_pledge_coordinated_with_renewed_commitments_is_one_renewal(nlp):
    found = tag(nlp, "We reaffirm those commitments and pledge to maintain them as a contribution to a legally and "
                     "politically binding norm of responsible behaviour in outer space.")
    assert len(found) == 1
    assert found[0].text.startswith("We reaffirm those commitments and pledge") and found[0]._.reaffirmed


def test_will_announce_a_thing_is_an_act(nlp):
    found = tag(nlp, "SWF will announce the dates and venue of the Summit in May.")
    assert [s._.actor for s in found] == ["SWF"]


def test_plan_after_a_renewed_commitment_with_content_is_new(nlp):
    found = tag(nlp, "KSA also reaffirmed its commitment to the African Space Agency, and plans to host a regional "
                     "workshop on satellite data next year.")
    assert [bool(s._.reaffirmed) for s in found] == [True, False]


def test_willing_to_is_an_intention_ready_to_is_not(nlp):
    found = tag(nlp, "\"China is willing to work with all countries and international organizations that share this "
                     "vision, and will open its future lunar missions to more international payloads,\" Bian said.")
    assert [(s._.actor, s._.strength) for s in found] == [("China", "intent"), ("China", "firm")]
    assert tag(nlp, "Kenya is ready to share what we have learned.") == []


def test_two_promises_joined_by_and_the_second_subject_read_as_an_object(nlp):
    # "X will V1 O and Y will V2": the parser hangs Y on O as a conjunct; Y is the second actor
    found = tag(nlp, "Under the arrangement, CNES will provide the camera and JAXA will integrate it on the rover.")
    assert [(s._.actor, s.text) for s in found] == [("CNES", "CNES will provide the camera"),
                                                   ("JAXA", "JAXA will integrate it on the rover")]


@pytest.mark.parametrize("text", [
    "We reaffirm our unwavering support for ASEAN centrality and unity.",
    "We reaffirm our support for the Pacific Quality Infrastructure Principles, which are an expression of Pacific "
    "voices on infrastructure.",
])
def test_renewed_support_for_a_value_is_a_stance(nlp, text):
    assert tag(nlp, text) == []

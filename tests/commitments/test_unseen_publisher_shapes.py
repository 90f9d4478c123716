"""Commitment shapes of the written set's w13/w14 publishers (issue 11: Saudi Space Agency,
TEM Finland, the CD, the IAF and COSPAR newsletters, the Nordic Council, MFAT, SSGI, MTCIT,
the OAS), on the real sentence shapes they missed.

Decisions pinned here (ANNOTATION.md 4):
- A scheduled event with no actor is a firm commitment, actor null ("The next ISEF will be held
  in Europe by 2021"): whatever "takes place" is an event, also under a name ("IAC 2025") or a
  plain noun ("The first cross flights"), and the commitment starts with what is scheduled.
- A text handed to a body ("The declaration will be presented to the Nordic Council") is an act
  of the parties; what a text does to itself ("This Agreement will be extended") is a provision.
- Taking on a role towards others ("Norway will be a reliable host", "We will be a reliable
  partner of the United States") promises the conduct; a rank ("aims to be a global leader")
  does not.
- A quoted official's "we" / "I" commits when the action says what the work is for, with an
  object ("we will use it to strengthen food security", "I will work with Ranking Member Cruz to
  bring it to the Senate floor") or names the body's own staff ("training our young
  scientists"); rhetoric ("we will return to the Moon, this time to stay") stays out.
- A list of promised actions goes on through items whose verb the tagger misreads ("double the
  number of grants", "revise, through the Panel ..., the Policy").
"""
import pytest

from commitment_tagging import tag
from pipeline import commitments


@pytest.mark.parametrize("text, start", [
    ("IAC 2025 will take place in Sydney, Australia, from 29 September to 3 October 2025.", "IAC 2025 will"),
    ("The 46th COSPAR Scientific Assembly will take place in Florence, Italy, from 1 August to 9 August 2026, "
     "hosted by the Italian Space Agency (ASI).", "The 46th COSPAR Scientific Assembly will"),
    ("The first cross flights will take place this autumn.", "The first cross flights will"),
])
def test_what_takes_place_is_a_scheduled_event_without_actor(nlp, text, start):
    found = tag(nlp, text)
    assert [s._.actor for s in found] == [None]
    assert found[0].text.startswith(start)


def test_declaration_presented_to_a_body_is_a_commitment(nlp):
    found = tag(nlp, "The declaration will be presented to the Nordic Council at its 76th Session in Reykjavik "
                     "in October 2024.")
    assert [(s._.actor, s._.dates) for s in found] == [(None, ["2024-10"])]
    assert tag(nlp, "This Agreement will be extended for five years.") == []


@pytest.mark.parametrize("text, actor", [
    ("Norway will be a reliable host for launches from European soil.", "Norway"),
    ("\u201cHungary is a space nation. We will be a reliable partner of the United States and of every nation "
     "that shares the principles of peaceful space activity.\u201d", "We"),
    ("\u201cBy joining the Artemis Accords, we are committing Singapore to be a trusted and responsible partner "
     "in space,\u201d said Minister Gan.", "we"),
])
def test_party_taking_on_a_role_commits(nlp, text, actor):
    assert [s._.actor for s in tag(nlp, text)] == [actor]


def test_party_aiming_at_a_rank_is_no_commitment(nlp):
    assert tag(nlp, "The Agency aims to be a global leader in space science.") == []


@pytest.mark.parametrize("text, action", [
    ("Hon. Aden Duale said: \"Kenya has moved from being a consumer of space data to a producer, and we will use "
     "it to strengthen food security and the management of our natural resources.\"",
     "use it to strengthen food security and the management of our natural resources"),
    ("The Undersecretary said: \u201cWe will build on this success to attract international launch companies to "
     "Duqm.\u201d", "build on this success to attract international launch companies to Duqm"),
    ("\"This bill keeps Artemis on track, and I will work with Ranking Member Cruz to bring it to the Senate floor "
     "before the end of the year.\"", "work with Ranking Member Cruz to bring it to the Senate floor before the "
                                      "end of the year"),
    ("\u201cWe aim to make Ethiopia a regional hub for satellite data, and we will give priority to training our "
     "young scientists.\u201d", "give priority to training our young scientists"),
])
def test_quoted_first_person_with_a_purpose_or_own_staff_is_a_commitment(nlp, text, action):
    assert action in [s._.action for s in tag(nlp, text)]


@pytest.mark.parametrize("text", [
    "\u201cTogether we will return to the Moon, this time to stay,\u201d said the Administrator.",
    "\u201cWe will continue to inspire the next generation of explorers,\u201d said the Administrator.",
])
def test_quoted_first_person_without_purpose_stays_rhetoric(nlp, text):
    assert tag(nlp, text) == []


def test_aspire_to_is_an_intent(nlp):
    found = tag(nlp, "We aspire to become a regional hub for satellite data by 2030.")
    assert [(s._.trigger, s._.strength) for s in found] == [("aspire to", "intent")]


def test_list_goes_on_through_misread_item_verbs(paragraph_docs):
    docs = paragraph_docs(
        "At the closing ceremony, IAF President Clay Mowry announced that the Federation will:",
        "double the number of Emerging Space Leaders grants to 100 a year, beginning in 2025;",
        "revise, through the Panel on Planetary Protection (PPP), the COSPAR Policy on Planetary Protection within "
        "two years;",
        "create a Technical Committee on Space Sustainability.")
    commitments.resolve_document(docs)
    commitments.add_list_commitments(docs)
    items = [s.text.split()[0].rstrip(",") for d in docs[1:] for s in d.spans["commitments"]]
    assert items == ["double", "revise", "create"]


def test_state_named_by_its_title_is_a_party(nlp):
    found = tag(nlp, "The Sultanate of Oman reaffirmed its commitment to the peaceful uses of outer space.")
    assert [(s._.actor, s._.reaffirmed) for s in found] == [("The Sultanate of Oman", True)]


def test_bodys_own_working_group_is_a_party(nlp):
    found = tag(nlp, "The Forum's Space Education working group aims to bring the Water Rocket Event to more "
                     "schools in 2025.")
    assert [s._.strength for s in found] == ["intent"]
    assert tag(nlp, "The mission's team will analyse the data.") == []


def test_commitment_of_named_parties_renewed_by_the_council(nlp):
    found = tag(nlp, "The Council reaffirms the commitment of the EU and its Member States to the prevention of an "
                     "arms race in outer space.")
    assert [(s._.actor, s._.reaffirmed) for s in found] == [("The Council", True)]
    assert tag(nlp, "The ministers emphasized the commitment of the Accords to transparency.") == []


def test_will_discuss_with_named_partners_is_a_commitment(nlp):
    found = tag(nlp, "The Minister stated that MEXT reaffirms its commitment to the International Space Station "
                     "through 2024 and will discuss its extension with the United States and the other ISS partners "
                     "next year.")
    assert [s._.action for s in found][1:] == [
        "discuss its extension with the United States and the other ISS partners next year"]
    assert tag(nlp, "The leaders will discuss space security at the summit.") == []


def test_verb_hung_on_the_declaring_verb_continues_the_reported_clause(nlp):
    found = tag(nlp, "Government officials said Japan will start negotiations with the United States on the details "
                     "of its contribution, and hopes to reach an agreement by the end of next year.")
    assert [(s._.actor, s._.strength) for s in found] == [("Japan", "firm"), ("Japan", "intent")]


def test_wire_story_pledge_with_a_trailing_told_attribution(nlp):
    # a news wire reports the terms of an agreement and ends the sentence with its source
    # ("..., Al-Kandari told KUNA after the signing ceremony"): "tell" declares like "say"
    spans = tag(nlp, "Under the MoU, the two sides will exchange Earth observation data for environmental and "
                "desert studies, cooperate in research on the effects of dust storms, and organize joint "
                "workshops for researchers, Al-Kandari told KUNA after the signing ceremony.")
    assert len(spans) >= 1 and spans[0].text.startswith("the two sides will exchange")

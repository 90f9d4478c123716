"""Commitment shapes that ministries, agencies and treaty texts use and the tuned sets show
rarely (issue 11): staff and groups acting for a named body, passive promises without an
actor, "shall" in legal texts, declared absence of intention, "will not become", readiness,
two actions under one "will".

Decisions pinned here (ANNOTATION.md 4):
- "MBRSC's engineers will work alongside NASA" names the body in a quote: a commitment,
  like "China will work with UNOOSA". "the rover's onboard laboratory" is part of a thing.
- "A joint working group will be established by the end of 2025", "The instruments will be
  provided at no cost to ISRO": promised acts said of their object; actor null.
- A treaty's "Any question ... shall be resolved through consultations between the Parties"
  is an obligation of the Parties; "This Agreement shall be automatically extended" and
  "shall be construed" are provisions about the text.
- "NATO has no intention to put weapons in space", "NATO will not become an autonomous space
  actor": negative promises, like "commits not to conduct".
- "X will A ..., and B ..." (comma before "and", each verb with its own object) is two promised
  action clauses; "will improve X and enhance Y" stays one (the annotators' reading).
"""
import datetime as dt

import pytest

from commitment_tagging import tag




def test_quoted_staff_of_a_named_body_is_a_commitment(nlp):
    found = tag(nlp, "Salem Humaid AlMarri said: \u201cMBRSC's engineers will work alongside NASA and its partners "
                     "over the coming years to develop, test and operate the airlock.\u201d")
    assert [s._.actor for s in found] == ["MBRSC's engineers"]


def test_group_led_by_a_party_is_a_party(nlp):
    found = tag(nlp, "European industry, led by Thales Alenia Space in Italy, will now build a new landing "
                     "platform, including the entry, descent and landing module.")
    assert [s._.actor for s in found] == ["Thales Alenia Space"]  # the party that leads the group


def test_part_of_a_thing_is_no_party(nlp):
    assert tag(nlp, "The samples will be analysed by the rover\u2019s onboard laboratory, searching for chemical "
                    "biosignatures.") == []


def test_named_initiative_of_a_party_commits(nlp):
    found = tag(nlp, "The Quad\u2019s Climate Information Services (CIS) Initiative commits to building capacity, "
                     "cooperation, and information-sharing mechanisms for climate data in the region.")
    assert len(found) == 1 and found[0]._.trigger == "commits to"
    # a document that "aims to" describes itself: no promise
    assert tag(nlp, "The Quad\u2019s Space Strategy aims to strengthen cooperation.") == []


@pytest.mark.parametrize("text, dates", [
    ("A joint working group on space debris will be established by the end of 2025.", ["2025"]),
    ("A steering committee will be established to oversee the implementation of the arrangement.", []),
    ("The instruments will be provided at no cost to ISRO.", []),
])
def test_passive_promise_without_an_actor(nlp, text, dates):
    found = tag(nlp, text)
    assert [(s._.actor, s._.dates) for s in found] == [(None, dates)]


def test_passive_future_of_another_verb_is_a_description(nlp):
    assert tag(nlp, "The satellite will be launched from Kourou.") == []


def test_shall_passive_of_a_legal_text_is_an_obligation_of_the_parties(nlp):
    found = tag(nlp, "Any question concerning the interpretation or application of this Agreement shall be "
                     "resolved through consultations between the Parties.")
    assert [s._.actor for s in found] == ["the Parties"]


@pytest.mark.parametrize("text", [
    "This Agreement shall be automatically extended for further periods of ten years.",
    "Any provision of this Agreement shall be construed in accordance with international law.",
])
def test_shall_passive_about_the_text_is_no_commitment(nlp, text):
    assert tag(nlp, text) == []


def test_declared_absence_of_intention_is_a_negative_promise(nlp):
    found = tag(nlp, "NATO has no intention to put weapons in space.")
    assert [(s._.actor, s._.strength) for s in found] == [("NATO", "intent")]
    assert tag(nlp, "NATO has a plan to modernize its headquarters.") == []


def test_will_not_become_is_a_negative_promise(nlp):
    found = tag(nlp, "NATO will not become an autonomous space actor.")
    assert [s._.actor for s in found] == ["NATO"]
    assert tag(nlp, "Space will become more congested.") == []


def test_readiness_is_a_declared_intention(nlp):
    found = tag(nlp, "The sides expressed their readiness to continue cooperation in the field of satellite "
                     "navigation.")
    assert [(s._.trigger, s._.strength) for s in found] == [("expressed their readiness to", "intent")]


def test_two_comma_coordinated_actions_under_one_will_are_two_commitments(nlp):
    found = tag(nlp, "They will intensify cooperation on early warning systems, ocean protection, and drought "
                     "resilience, and continue our strong collaboration on energy security.")
    assert [s._.action for s in found] == [
        "intensify cooperation on early warning systems, ocean protection, and drought resilience",
        "continue our strong collaboration on energy security"]
    assert [s._.trigger for s in found] == ["will", "will"]


def test_two_actions_without_a_comma_stay_one_commitment(nlp):
    found = tag(nlp, "The Alliance will improve the resilience of its space-dependent systems and enhance the "
                     "protection of NATO\u2019s space-related assets.")
    assert len(found) == 1
    assert len(tag(nlp, "The two agencies will develop and launch the satellite, and operate it.")) == 1


def test_commitment_noun_whose_infinitive_hangs_on_the_verb(nlp):
    found = tag(nlp, "We reaffirm our resolve to strengthen multilateralism.")
    assert [(s._.trigger, s._.reaffirmed) for s in found] == [("reaffirm our resolve to", True)]


def test_underlined_commitment(nlp):
    found = tag(nlp, "The leaders underlined their commitment to a free and open Indo-Pacific.")
    assert [s._.actor for s in found] == ["The leaders"]


def test_are_resolved_to(nlp):
    assert [s._.actor for s in tag(nlp, "We are resolved to deepen our cooperation on space.")] == ["We"]


@pytest.mark.parametrize("text", [
    "4. Further decides to consider the matter at its next session;",
    "3. Also decides that the Committee shall convene its next session in Vienna in June 2025;",
])
def test_operative_paragraph_after_an_adverb(nlp, text):
    found = tag(nlp, text)
    assert len(found) == 1 and found[0]._.trigger.startswith("decides")


@pytest.mark.parametrize("text", ["It was agreed to establish a joint working group.",
                                  "It was decided to hold the next meeting in 2025."])
def test_impersonal_passive_decision(nlp, text):
    found = tag(nlp, text)
    assert [s._.actor for s in found] == [None]
    assert tag(nlp, "The plan was agreed by the ministers in 2020.") == []


@pytest.mark.parametrize("text, dates", [("The next meeting is scheduled for 2025 in Tokyo.", ["2025"]),
                                         ("The next meeting of the Dialogue is planned for early 2025.", ["2025"])])
def test_meeting_scheduled_for_a_time(nlp, text, dates):
    found = tag(nlp, text)
    assert [(s._.actor, s._.dates) for s in found] == [(None, dates)]
    assert tag(nlp, "The budget is planned for research.") == []  # no meeting: no promise


def test_leaders_asking_their_own_officials(nlp):
    found = tag(nlp, "We ask our Sherpas to prepare a report on space cooperation by next year.")
    assert [(s._.actor, s._.dates) for s in found] == [("We", ["2025"])]
    assert tag(nlp, "We ask all States to refrain from destructive ASAT missile tests.") == []


def test_expressed_hope_to_is_an_intent(nlp):
    found = tag(nlp, "Japan expressed its hope to join the mission.")
    assert [(s._.actor, s._.strength) for s in found] == [("Japan", "intent")]


def tag_kind(nlp, text, kind):
    return [s.text for s in tag(nlp, text, anchor=dt.date(2020, 10, 13), kind=kind)]


def test_caption_is_tagged_like_body_text(nlp):
    assert len(tag_kind(nlp, "NASA Administrator Bill Nelson and ESA Director General Josef Aschbacher sign the "
                             "agreement; ESA will provide the landing platform.", "caption")) == 1


@pytest.mark.parametrize("text, trigger", [
    ("2.   Commit to strengthen regional cooperation in the sharing of space-derived data;", "Commit to"),
    ("6. Decide to convene the Fifth Ministerial Conference in 2026;", "Decide to"),
    ("4. Reaffirm our commitment to the peaceful uses of outer space;", "Reaffirm our commitment to"),
])
def test_numbered_operative_paragraph_in_the_first_person_of_a_declaration(nlp, text, trigger):
    found = tag(nlp, text)
    assert [(s._.actor, s._.trigger) for s in found] == [(None, trigger)]


def test_base_form_promise_verb_outside_a_numbered_paragraph_has_no_actor(nlp):
    assert tag(nlp, "Commit to strengthen regional cooperation.") == []


def test_second_verb_of_a_numbered_operative_paragraph(nlp):
    found = tag(nlp, "3. Resolve to build the capabilities of developing countries, and intend to double "
                     "the number of trained professionals by the end of 2026;")
    assert [s._.trigger for s in found] == ["Resolve to", "intend to"]


def test_that_clause_of_what_an_agreement_provides_is_a_commitment(nlp):
    found = tag(nlp, "The agreement provides that each side will bear its own costs of the flights.")
    assert [s._.actor for s in found] == ["each side"]


def test_agency_named_before_its_astronauts_is_a_party(nlp):
    found = tag(nlp, "Under the agreement, Roscosmos cosmonauts will fly on US crewed spacecraft.")
    assert [s._.actor for s in found] == ["Roscosmos cosmonauts"]


def test_subject_phrase_ends_before_its_verb(nlp):
    found = tag(nlp, "In 2023 the parties will continue the exchange: cosmonaut Andrey Fedyaev is to join the Crew-6 mission.")
    assert found[0]._.actor == "the parties"


def test_promise_in_an_under_which_clause_with_a_party_of_its_own(nlp):
    found = tag(nlp, "The summit also adopted a joint strategy, under which both governments agreed to improve "
                     "rail links between Lisbon and Madrid by the end of the decade.")
    assert [s._.actor for s in found] == ["both governments"]


# A communiqué renews an earlier summit's commitment naming the parties it binds in a "for" phrase
# before its infinitive (G7 Apulia 2024 on Carbis Bay 2021): "the commitment for our DFIs ... to
# invest" is the commitment to invest, renewed by the declaring subject.
def test_reaffirmed_commitment_for_named_parties_to_invest(nlp):
    found = tag(nlp, "We reaffirm the Carbis Bay commitment for our DFIs and multilateral partners to invest at least "
                     "USD 80 billion into the private sector in Africa, and we recognize the importance of directing "
                     "more investment to poorer and more fragile countries across the continent.")
    assert len(found) == 1
    assert found[0]._.action.startswith("invest at least USD 80 billion") and found[0]._.reaffirmed
    # a "for" phrase of purpose after the infinitive is no such shape
    assert not tag(nlp, "We reaffirm the importance of funding for our agencies to invest in research.")

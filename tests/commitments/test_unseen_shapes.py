"""Commitment shapes of publishers the seeds did not have (issue 11), on real sentence shapes
of the written set: quoted officials who name their body, coordinated "and will" clauses and
"and to" infinitives, capitalized short forms of a body, "agree to" + noun, self-reports.

Decisions pinned here (ANNOTATION.md 4):
- A quotation counts when it names the party that promises ("China will work with UNOOSA",
  said the Ambassador): an official speaks for the body. A pronoun ("we will explore the
  stars") or a person or thing ("Rosalind Franklin will drill") inside a quote does not.
- "X will A and will B", "X agreed to A and to B": one commitment per promised action clause.
  The content of a commitment noun ("their determination to A and to B") stays one.
"""
import datetime as dt

import pytest

from commitment_tagging import tag


@pytest.mark.parametrize("text, actor", [
    ("Ambassador Shi Zhongjun said: \u201cChina's space station belongs not only to China, but also to the "
     "world. China will work with UNOOSA and all interested countries to make full use of the station.\u201d",
     "China"),
    ("\u201cThe UAE will design the airlock module, and the first Emirati astronaut will travel to lunar orbit,\u201d "
     "His Highness said in a post on X.", "The UAE"),
    ("\u201cThe Commission will work with all Member States to make the Agency fully operational,\u201d he said.",
     "The Commission"),
])
def test_quoted_official_naming_the_body_is_a_commitment(nlp, text, actor):
    found = tag(nlp, text)
    assert [s._.actor for s in found][:1] == [actor]


@pytest.mark.parametrize("text", [
    "\u201cTogether, as a global coalition, we will explore the stars openly, responsibly, and in peace,\u201d "
    "said NASA Administrator Bill Nelson.",
    "\u201cRosalind Franklin will drill deeper into Mars than any rover before it,\u201d said the Administrator.",
])
def test_quote_without_a_named_body_is_no_commitment(nlp, text):
    assert [s.text for s in tag(nlp, text)] == []


def test_coordinated_will_clauses_are_two_commitments(nlp):
    found = tag(nlp, "The Sides will continue to deepen practical cooperation in trade, investment, energy, "
                     "transport and agriculture, and will work to increase the share of national currencies in "
                     "mutual settlements.")
    assert [s.text for s in found] == [
        "The Sides will continue to deepen practical cooperation in trade, investment, energy, transport and "
        "agriculture", "will work to increase the share of national currencies in mutual settlements"]
    assert {s._.actor for s in found} == {"The Sides"}


def test_will_clause_hung_on_an_infinitive_joins_the_will_clause_above(nlp):
    found = tag(nlp, "ESA and Axiom Space will establish a joint working group to identify specific areas of "
                     "cooperation and will report on its findings by the end of 2024.")
    assert [s._.action for s in found][1:] == ["report on its findings by the end of 2024"]
    assert found[1]._.actor == "ESA and Axiom Space" and found[1]._.dates == ["2024"]


def test_will_clause_inside_a_that_clause_stays_in_its_commitment(nlp):
    found = tag(nlp, "The Government of Japan will assure that the technology transferred under this Exchange of "
                     "Notes will be used solely for peaceful purposes, and will not be transferred to third "
                     "countries without the prior consent of the Government of the United States of America.")
    assert len(found) == 1 and found[0].text.endswith("United States of America")


def test_coordinated_infinitives_of_a_promising_verb_are_two_commitments(nlp):
    found = tag(nlp, "Allies agreed to update the policy as necessary to reflect the evolving space environment "
                     "and to report on progress at the next Summit in 2022.", anchor=dt.date(2022, 1, 17))
    assert [s.text for s in found] == [
        "Allies agreed to update the policy as necessary to reflect the evolving space environment",
        "to report on progress at the next Summit in 2022"]
    assert [s._.trigger for s in found] == ["agreed to", "agreed to"]
    assert found[1]._.actor == "Allies" and found[1]._.dates == ["2022"]


def test_coordinated_infinitive_after_an_adverb(nlp):
    found = tag(nlp, "The two parties also intend to assess the integration of European hardware, payloads and "
                     "commercial services on Axiom Station, and to jointly explore opportunities for European "
                     "industry.")
    assert [s._.action for s in found][1:] == ["jointly explore opportunities for European industry"]
    assert found[1]._.strength == "intent"


def test_capitalized_short_form_of_a_body_is_a_party(nlp):
    found = tag(nlp, "The Alliance will continue to consult closely with the European Union, including on space "
                     "security, in a spirit of full mutual openness and transparency.")
    assert [s._.actor for s in found] == ["The Alliance"]
    assert tag(nlp, "These next 70 years of the U.S.-ROK Alliance will be the brightest yet.") == []


def test_agree_to_a_noun_phrase(nlp):
    found = tag(nlp, "The Parties agree to a cross-waiver of liability to be broadly construed in order to "
                     "encourage participation in the exploration and use of outer space.")
    assert len(found) == 1 and "agree to a cross-waiver of liability" in found[0].text
    assert found[0]._.actor == "The Parties"
    assert tag(nlp, "Both sides agreed to the importance of the rule of law.") == []


def test_self_report_that_it_will(nlp):
    found = tag(nlp, "The United States noted that it will continue to provide close approach notifications to "
                     "satellite operators, including Chinese operators, to help avoid collisions in orbit.")
    assert len(found) == 1 and found[0]._.actor == "The United States"
    assert tag(nlp, "The United States noted that Japan would host the meeting.") == []


def test_coordinated_promise_verb_is_a_commitment_of_its_own(nlp):
    found = tag(nlp, "UNOOSA and CMSA will also continue to assess the three conditionally accepted projects and "
                     "plan to issue a second Announcement of Opportunity in the future.")
    assert [s._.trigger for s in found] == ["will", "plan to"]
    assert found[1]._.actor == "UNOOSA and CMSA" and found[1]._.strength == "intent"
    assert not found[1]._.reaffirmed  # "continue" renews the assessment, not the plan


def test_verb_that_disagrees_with_its_conjunct_is_no_promise_of_the_parties(nlp):
    found = tag(nlp, "Quad countries seek to establish a Memorandum of Cooperation (MOC) between the export "
                     "credit agencies of the Quad governments aims to strengthen collaboration for the promotion "
                     "of trade.")
    assert [s._.trigger for s in found] == ["seek to"]


def test_coordinated_will_clause_dates_itself_not_the_first_trigger(nlp):
    found = tag(nlp, "Quad partners commit to strengthen cooperation on commercial space activities and will "
                     "convene a commercial space business forum in 2023.", anchor=dt.date(2022, 5, 24))
    assert [(s._.trigger, s._.dates) for s in found] == [("commit to", []), ("will", ["2023"])]


def test_what_the_parser_hung_after_a_coordinated_will_clause_belongs_to_it(nlp):
    found = tag(nlp, "The Sides reaffirm their commitment to the early start of negotiations on a legally binding "
                     "multilateral instrument, and will continue to promote, in the United Nations, the "
                     "international initiative/political commitment on no first placement of weapons in outer "
                     "space.", anchor=dt.date(2023, 3, 21))
    assert [s._.trigger for s in found] == ["reaffirm their commitment to", "will"]
    assert "will continue" not in found[0].text


@pytest.mark.parametrize("text", [
    "Allied Defence Ministers agreed NATO\u2019s overarching Space Policy in June 2019.",
    "Allies retain jurisdiction and control over their space objects, and decide on their own whether to make "
    "them available to NATO.",
])
def test_no_promised_action(nlp, text):
    assert [s.text for s in tag(nlp, text)] == []


def test_named_meeting_will_be_held(nlp):
    found = tag(nlp, "The revised Radio Regulations will enter into force on 1 January 2025. WRC-27 will be held "
                     "in 2027.")
    held = [s for s in found if "WRC-27" in s.text]
    assert len(held) == 1 and held[0]._.actor is None and held[0]._.dates == ["2027"]


def test_teams_are_parties(nlp):
    found = tag(nlp, "The selected teams will work with CMSA and the China Academy of Space Technology over the "
                     "coming years to prepare their payloads for launch.")
    assert [s._.actor for s in found] == ["The selected teams"]


def test_pleased_to_announce_that_it_will(nlp):
    found = tag(nlp, "Canada is pleased to announce that it will contribute a robotic arm to the Gateway.")
    assert [s._.actor for s in found] == ["Canada"]


@pytest.mark.parametrize("text, trigger", [
    ("Decides to include in the provisional agenda of its seventy-ninth session the item entitled "
     "\u201cInternational cooperation in the peaceful uses of outer space\u201d.", "Decides to"),
    ("3. Decides that the Committee shall convene its next session in June 2025.", "Decides that"),
])
def test_operative_paragraph_of_a_resolution(nlp, text, trigger):
    found = tag(nlp, text)
    assert [(s._.trigger, s._.actor) for s in found] == [(trigger, None)]


def test_expressed_willingness_is_an_intent(nlp):
    found = tag(nlp, "Both Ministers expressed their willingness to further strengthen cooperation in satellite "
                     "navigation.")
    assert [(s._.actor, s._.strength) for s in found] == [("Both Ministers", "intent")]
    assert tag(nlp, "The United States welcomed Japan's willingness to host the meeting.") == []


def test_scheduled_meeting_is_a_commitment_without_actor(nlp):
    # a meeting the parties have scheduled, like "will be held" (ANNOTATION.md 4)
    found = tag(nlp, "The next meeting of the Dialogue is scheduled to take place in Washington in 2025.")
    assert [(s.text, s._.actor, s._.dates) for s in found] == [
        ("The next meeting of the Dialogue is scheduled to take place in Washington in 2025", None, ["2025"])]
    # a scheduled thing that is neither a meeting nor a project's step (a launch is one: see
    # test_a_scheduled_launch_is_a_commitment_with_no_actor) promises nothing
    assert tag(nlp, "The price increase is scheduled to take place in 2026.") == []


@pytest.mark.parametrize("text, scheduled", [
    ("The satellite will be procured through international competitive bidding, and its launch is scheduled "
     "for the second half of 2027.", True),
    ("The launch is now planned for the first quarter of 2026.", True),
    ("The budget is planned for the first quarter of 2026.", False),
])
def test_a_scheduled_launch_is_a_commitment_with_no_actor(nlp, text, scheduled):
    # a project's step set for a time, like a scheduled meeting ("is scheduled for 2025"), is
    # promised by no named party; a scheduled thing that is neither a meeting nor a step is not
    found = [s for s in tag(nlp, text, anchor=dt.date(2025, 7, 18)) if "schedul" in s._.trigger or "plan" in s._.trigger]
    assert bool(found) == scheduled
    if scheduled:
        assert found[0]._.actor is None


def test_a_numbered_operative_clause_reaffirming_its_commitment_is_a_commitment(nlp):
    # a resolution's operative paragraph opens with a capitalized third-person verb whose lemma
    # the tagger leaves as written ("reaffirms"); its commitment is the adopting body's, unnamed
    found = tag(nlp, "7.    Reaffirms its commitment to the exploration and use of outer space for peaceful "
                     "purposes;", anchor=dt.date(2025, 6, 22))
    assert [(s._.actor, s._.trigger, s._.strength, bool(s._.reaffirmed)) for s in found] == [
        (None, "Reaffirms its commitment to", "firm", True)]
    # an appeal to others opening the same way is still none
    assert tag(nlp, "8.    Invites Member States to contribute to the fund;", anchor=dt.date(2025, 6, 22)) == []

"""Commitments (pipeline/commitments/, ANNOTATION.md section 4) on real sentence shapes.

Each case is a sentence taken (or barely trimmed) from the seeds or the corpus
in raw/. The decisions on borderline cases are pinned here:

- Quotes of named individuals ("... we will explore the stars", said
  Nelson) are not commitments: the statement reports what someone said;
  the actor of "we" inside a quote is unclear and the promise is rhetoric.
  A quote that names the body that promises ("China will work with UNOOSA
  ...", said the Ambassador) is one (test_unseen_shapes.py).
- Reports of earlier acts are not commitments: past perfect ("had agreed")
  and a trigger dated before the statement ("In 2022, the United States
  committed to ..."). The plain past of a joint statement ("both sides
  committed to") is the statement's own commitment.
- "will" is a commitment only with a party as subject (organization,
  country, person, "we", "they", "both sides", "the Participants", ...) in
  a main clause, a coordinated one, or a that-clause of a declaring verb,
  and with an action verb ("will be the brightest yet" is not). Passive
  "will be held/hosted" counts for meetings (actor: the agent, else null).
  "would" counts only in a that-clause of a declaring verb with a party as
  subject ("Both sides confirmed that they would ..."); "this Dialogue
  would continue to ..." (a description) and conditionals do not.
- Expectations ("looking forward to"), "stand ready to", welcomed plans of
  third parties and descriptions ("which will continue to guide") are left
  out: they are optional in gold and often not promises.
- One commitment per trigger: "to expand X and to seek Y" is one.
"""
import datetime as dt
import json

import pytest


from pipeline import commitments
from pipeline.core.config import models_path
from pipeline.core.errors import PipelineError
from commitment_tagging import tag


def one(nlp, text, **kw):
    found = tag(nlp, text, **kw)
    assert len(found) == 1, [(s.text, s._.trigger) for s in found]
    return found[0]


# --------------------------------------------------------------------------- trigger families

FAMILIES = [
    # (sentence, anchor the span must contain, actor, trigger, strength, reaffirmed)
    ("In light of growing concern for threats to the stable use of outer space, both sides committed to "
     "enhance cooperation on SSA and mission assurance.",
     "committed to enhance cooperation on SSA and mission assurance", "both sides", "committed to", "firm", False),
    ("Vice President Kamala Harris announced that the United States commits not to conduct destructive, "
     "direct-ascent anti-satellite (ASAT) missile testing.",
     "commits not to conduct destructive", "the United States", "commits", "firm", False),
    ("Our countries are committed to halting and reversing environmental degradation.",
     "committed to halting and reversing environmental degradation", "Our countries", "committed to", "firm", False),
    ("In pursuing their individual and collective exploration objectives, the ISEF participants agreed to work "
     "to preserve and protect the outer space environment for widest benefit and use by future generations.",
     "agreed to work to preserve and protect the outer space environment", "the ISEF participants", "agreed to",
     "firm", False),
    ("Both sides decided to consult regularly on global energy markets in the near- and long-term.",
     "decided to consult regularly on global energy markets", "Both sides", "decided to", "firm", False),
    ("The leaders pledged to deepen cooperation in science and technology, including through the Artemis Accords.",
     "pledged to deepen cooperation in science and technology", "The leaders", "pledged to", "firm", False),
    ("We resolve to work with partners to support regional maritime security and uphold international law.",
     "resolve to work with partners", "We", "resolve to", "firm", False),
    ("We are determined to deepen cooperation on initiatives to be delivered in the coming year.",
     "determined to deepen cooperation", "We", "determined to", "firm", False),
    ("Recognizing that bilateral cooperation on space benefits both countries' national interests, the Participants "
     "intend to deepen cooperation and engage in dialogue on space security and space exploration.",
     "intend to deepen cooperation and engage in dialogue", "the Participants", "intend to", "intent", False),
    ("The Participants aim to strengthen cooperation to advance secure, resilient, and diversified energy systems.",
     "aim to strengthen cooperation", "The Participants", "aim to", "intent", False),
    ("Through this historic partnership, the United States and Saudi Arabia aim to strategically invest in "
     "projects that support digital connectivity.",
     "aim to strategically invest in projects", "the United States and Saudi Arabia", "aim to", "intent", False),
    ("Conflict in outer space is not inevitable, and the United States seeks to ensure outer space remains free "
     "from conflict.",
     "seeks to ensure outer space remains free from conflict", "the United States", "seeks to", "intent", False),
    ("The two countries hope to conclude negotiations on the agreement by the end of the year.",
     "hope to conclude negotiations", "The two countries", "hope to", "intent", False),
    ("Both sides look to encourage further space-related investments, and industrial collaboration.",
     "look to encourage further space-related investments", "Both sides", "look to", "intent", False),
    ("Both sides reaffirmed their commitment to Artemis, the U.S.-led international space exploration program.",
     "reaffirmed their commitment to Artemis", "Both sides", "reaffirmed their commitment to", "firm", True),
    ("At this meeting, both sides renewed their strong determination to expand bilateral cooperation in a variety "
     "of areas including space security and to seek opportunities for cooperation with third countries.",
     "renewed their strong determination to expand bilateral cooperation", "both sides",
     "renewed their strong determination to", "firm", True),
    ("Both sides affirmed their intention to make Japan-U.S. space cooperation action-oriented.",
     "affirmed their intention to make Japan-U.S. space cooperation action-oriented", "Both sides",
     "affirmed their intention to", "intent", False),
    ("Both sides discussed space security cooperation and confirmed their interest in implementing further "
     "bilateral cooperation in Space Situational Awareness (SSA) information sharing.",
     "confirmed their interest in implementing further bilateral cooperation", "Both sides",
     "confirmed their interest in", "intent", False),
    ("Both sides also re-affirmed their continued interest in collaboration on evaluating the operational and "
     "economic benefits from the use of space for Maritime Domain Awareness (MDA).",
     "re-affirmed their continued interest in collaboration", "Both sides",
     "re-affirmed their continued interest in", "intent", True),
    ("The United States and Italy share a mutual intent to enhance relations with Africa on the basis of a "
     "partnership among equals.",
     "share a mutual intent to enhance relations with Africa", "The United States and Italy",
     "share a mutual intent to", "intent", False),
    ("- USAID will provide approximately $1 million to assist the Angolan Ministry of Transportation to develop "
     "their planned Public-Private-Partnership Unit for transportation infrastructure.",
     "USAID will provide approximately $1 million", "USAID", "will", "firm", False),
    ("Under the agreement, Japan will provide a pressurized rover for lunar surface exploration.",
     "Japan will provide a pressurized rover", "Japan", "will", "firm", False),
    ("The United States, working with commercial industry, allies, and partners, will lead in the development "
     "of new measures that contribute to the safety and stability of space activities.",
     "will lead in the development of new measures", "The United States", "will", "firm", False),
    ("The United States and the United Arab Emirates remain committed to investing together in Africa.",
     "committed to investing together in Africa", "The United States and the United Arab Emirates",
     "committed to", "firm", True),
    ("The Presidents reaffirmed that both countries are committed to engaging in global civil nuclear "
     "cooperation.",
     "committed to engaging in global civil nuclear cooperation", "both countries", "committed to", "firm", True),
]


@pytest.mark.parametrize("text, anchor, actor, trigger, strength, reaffirmed", FAMILIES,
                         ids=[f[3] + ":" + f[1][:30] for f in FAMILIES])
def test_trigger_families(nlp, text, anchor, actor, trigger, strength, reaffirmed):
    span = one(nlp, text)
    assert anchor in span.text
    assert span._.actor == actor
    assert span._.trigger == trigger
    assert span._.strength == strength
    assert span._.reaffirmed is reaffirmed
    assert span._.action and span._.action in span.text
    assert span.text.endswith(span._.action)


def test_every_trigger_pattern_example_is_extracted(nlp):
    """The example of each line of models/commitment_triggers.jsonl is found, with its strength."""
    for entry in commitments.load_triggers():
        span = one(nlp, entry["example"] + ".")
        assert span._.strength == entry["strength"], entry["id"]


def test_concur_on_holding_a_meeting_with_its_date(nlp):
    # the seed's statement is of 2020-08-26: a date of an earlier year would be background
    span = one(nlp, "Both sides concurred on holding the Eighth meeting of the Dialogue in the United States in 2021.",
               anchor=dt.date(2020, 8, 26))
    assert span._.actor == "Both sides" and span._.trigger == "concurred on"
    assert span._.action == "holding the Eighth meeting of the Dialogue in the United States in 2021"
    assert span._.dates == ["2021"]


def test_passive_future_meeting_has_no_actor(nlp):
    span = one(nlp, "The next International Space Exploration Forum will be held in Europe by 2021.",
               anchor=dt.date(2014, 1, 9))
    assert span.text == "The next International Space Exploration Forum will be held in Europe by 2021"
    assert span._.actor is None and span._.strength == "firm" and span._.dates == ["2021"]


def test_passive_future_meeting_in_relative_clause_takes_the_agent(nlp):
    span = one(nlp, "Both sides are looking forward to the International Space Exploration Forum that will be "
                    "hosted by Japan in 2016 or 2017.", anchor=dt.date(2014, 1, 9))
    assert span.text == "will be hosted by Japan in 2016 or 2017"
    assert span._.actor == "Japan"
    assert span._.dates == ["2016", "2017"]


def test_dates_time_the_action_not_the_names_in_it(nlp):
    span = one(nlp, "The United States Coast Guard plans to deploy a US Coast Guard Cutter to the Pacific in early "
                    "2024, to provide an enduring humanitarian presence in the region.", anchor=dt.date(2023, 5, 20))
    assert span._.dates == ["2024"]
    span = one(nlp, "We are determined to deepen cooperation on initiatives building on our Joint Statement of "
                    "Collaboration on Quantum, signed in November 2021.")
    assert span._.dates == []


def test_organizations_named_in_the_action(nlp):
    span = one(nlp, "Both sides reaffirmed their commitment to cooperate with the Japan Aerospace Exploration "
                    "Agency (JAXA) on lunar exploration.")
    assert span._.organizations, span._.organizations
    assert all(isinstance(name, str) for name in span._.organizations)


# --------------------------------------------------------------------------- negative families

NEGATIVES = {
    "negated trigger": "Both sides did not agree to extend the arrangement.",
    "past perfect report": "The two countries had agreed to share data on orbital debris.",
    "dated earlier commitment": "In 2022, the United States committed to ending destructive ASAT testing.",
    "recent earlier commitment": "Peru is a founding partner of the initiative and recently agreed to increase "
                                 "cooperation with the United States on space.",
    "held": "Both sides held the Seventh Meeting of the Japan-U.S. Comprehensive Dialogue on Space in Tokyo.",
    "discussed": "Both sides also discussed other important issues regarding space utilization, such as space "
                 "resources.",
    "exchanged": "At the second meeting, both sides exchanged information on respective space policies.",
    "signed": "The U.S. Geological Survey and the Angolan Geological Institute signed a Memorandum of "
              "Understanding in November 2023.",
    "importance": "Both sides reaffirmed the importance of the rule of law in outer space.",
    "affirmed a fact": "The ISEF participants affirmed that space exploration is an important challenge to "
                       "explore new frontiers.",
    "would in reported speech": "Both sides reaffirmed that this Dialogue would continue to strengthen "
                                "cooperative relations between the two countries.",
    "welcomed": "Both sides welcomed the further development of a wide range of cooperative Artemis activities.",
    "welcomed a third party's intention": "The United States welcomes Japan's intention to extend its support of "
                                          "International Space Station operations through 2030.",
    "welcomed a third party's commitment": "The U.S. welcomed Saudi Arabia's commitment to support global oil "
                                           "markets balancing for sustained economic growth.",
    "noted": "They also noted that exploring the solar system is a common endeavor.",
    "recognized": "Both sides recognized the important role of the private sector in exploring the frontier of "
                  "outer space.",
    "acknowledged": "Both sides acknowledged the importance of the International Space Station.",
    "congratulated": "Japan congratulated the United States on the recent successful test flight of its new crew "
                     "vehicle.",
    "encouraged others": "They encouraged broadened participation in ISECG from additional space agencies.",
    "called on others": "The Vice President also called on other nations to make similar commitments.",
    "expectation": "The United States is looking forward to the next generation HTV-X cargo resupply missions.",
    "description with will": "The Gravity Recovery and Climate Experiment-Continuity mission will extend a "
                             "decades-long record of following shifting water masses.",
    "will in a relative clause": "Both sides confirmed the strategic importance of the Comprehensive Dialogue on "
                                 "Space which will continue to guide overall bilateral space cooperation policies.",
    "will with a state": "These next 70 years of the U.S.-ROK Alliance will be the brightest yet.",
    "will with unnamed parties": "Additional countries will sign the Artemis Accords in the future.",
    "welcomed announcement that ... will": "President Biden welcomed President Yoon's announcement that the ROK "
                                           "will host the fourth IPEF negotiating round in Busan later this year.",
    "conditional would": "If that were the case, Russia would not have vetoed this resolution.",
    "would after an acknowledgement": "The United States noted that Japan would host the meeting.",
    "question": "Will the United States commit to a moratorium on such tests?",
    "quote": "\u201cTogether, as a global coalition, we will explore the stars openly, responsibly, and in "
             "peace,\u201d said NASA Administrator Bill Nelson.",
    "negative subject": "Nothing in this MOU commits the Participants to the expenditure of funds.",
    "passive intention of a non-party": "Focus areas for collaboration are intended to include:",
    "aim of a thing": "These investments aim to diversify sourcing of critical minerals.",
    "statement of a state": "The two sides stressed their long-stated goal to end the war in Yemen.",
}


@pytest.mark.parametrize("text", list(NEGATIVES.values()), ids=list(NEGATIVES))
def test_negative_families(nlp, text):
    assert [s.text for s in tag(nlp, text)] == []


def test_only_body_paragraphs(nlp):
    text = "Both sides committed to enhance cooperation on SSA."
    assert tag(nlp, text, kind="heading") == []
    assert tag(nlp, text, kind="title") == []
    assert len(tag(nlp, text, kind="body")) == 1


def test_rejections_are_explained(nlp):
    doc = nlp.make_doc("Both sides did not agree to extend the arrangement.")
    doc._.kind, doc._.anchor, doc._.context = "body", None, {}
    doc = nlp(doc)
    assert len(doc.spans["commitments"]) == 0
    assert [why for _, _, why in doc.user_data[commitments.REJECTED_USER_DATA]] == ["negated trigger"]


# --------------------------------------------------------------------------- one per action

def test_coordinated_actions_under_one_trigger_are_one_commitment(nlp):
    span = one(nlp, "Both sides renewed their strong determination to expand bilateral cooperation in a variety "
                    "of areas and to seek opportunities for cooperation with third countries and in international "
                    "fora.")
    assert span.text.endswith("in international fora")


def test_relative_clause_inside_the_action_is_not_another_commitment(nlp):
    span = one(nlp, "Both sides reaffirmed their commitment to Artemis, the program through which the United "
                    "States and its partners will sustainably explore the Moon.")
    assert span._.trigger == "reaffirmed their commitment to"


def test_two_triggers_two_commitments(nlp):
    found = tag(nlp, "The United States and the ROK intend to provide resources for technical assistance and "
                     "will make efforts to secure related financial resources for these purposes.")
    assert [s._.trigger for s in found] == ["intend to", "will"]
    assert {s._.actor for s in found} == {"The United States and the ROK"}


def test_would_in_reported_speech_of_the_parties(nlp):
    span = one(nlp, "Both sides confirmed that they would continue to work together on space situational "
                    "awareness.")
    assert span._.trigger == "would" and span._.actor == "Both sides" and span._.strength == "firm"
    span = one(nlp, "Both sides reaffirmed that they will continue to cooperate closely on the Artemis program.")
    assert span._.reaffirmed and span._.actor == "Both sides"


def test_agreed_that_a_meeting_will_be_held_is_one_commitment_of_the_parties(nlp):
    span = one(nlp, "The ministers agreed that the third International Space Exploration Forum will be hosted by "
                    "the United States in 2021.", anchor=dt.date(2019, 3, 3))
    assert span._.actor == "The ministers" and span._.trigger == "agreed that"
    assert span._.dates == ["2021"]


def test_negative_promise_with_will_is_a_commitment(nlp):
    span = one(nlp, "The United States will not conduct destructive direct-ascent anti-satellite missile tests.")
    assert span._.action.startswith("not conduct")


# --------------------------------------------------------------------------- actors

def test_they_is_resolved_across_paragraphs(nlp):
    found = tag(nlp, "The leaders discussed the war in Gaza.",
                "They underscored their commitment to continue working together towards ending the conflict.")
    assert len(found) == 1 and found[0]._.actor == "The leaders"


def test_they_in_the_same_sentence(nlp):
    span = one(nlp, "The Presidents expressed their deep concern regarding the growing impact of climate change, "
                    "and they committed to galvanize global action to address the climate crisis.")
    assert span._.actor == "The Presidents"


def test_they_for_things_is_not_a_party(nlp):
    assert tag(nlp, "The spacecraft will fly at an altitude of roughly 300 miles.",
               "Together they will monitor monthly changes to the distribution of water on Earth.") == []


def test_subject_inherited_through_coordination(nlp):
    span = one(nlp, "Both sides acknowledged the ongoing efforts to create a safe and transparent environment "
                    "which facilitates exploration, science, and commercial activities in outer space and "
                    "reaffirmed the mutual commitment to finalize the legal framework for the Gateway cooperation "
                    "and accelerate discussions on the Artemis Accords.")
    assert span._.actor == "Both sides"
    assert span.text.startswith("reaffirmed the mutual commitment to finalize")
    assert span._.reaffirmed


def test_actor_without_apposition(nlp):
    span = one(nlp, "We, Prime Minister Albanese and President Biden, commit to working together on cyber "
                    "security capacity building.")
    assert span._.actor == "We"


def test_actor_is_the_owner_of_the_commitment(nlp):
    span = one(nlp, "President Biden strongly affirmed the United States\u2019 continued commitment to supporting "
                    "Saudi Arabia\u2019s security and territorial defense.")
    assert span._.actor == "the United States"
    assert span._.reaffirmed


def test_actor_after_an_as_phrase(nlp):
    span = one(nlp, "Lastly, as two of over 155 participants in the Global Methane Pledge, the U.S. and the UAE "
                    "will accelerate their respective domestic methane reductions.")
    assert span._.actor == "the U.S. and the UAE"


# --------------------------------------------------------------------------- data

def test_trigger_file_errors_name_the_line(tmp_path):
    bad = tmp_path / "triggers.jsonl"
    good = json.loads((models_path(commitments.TRIGGERS_FILE)).read_text().splitlines()[0])
    bad.write_text(json.dumps(good) + "\n" + json.dumps(dict(good, id="x", strength="strong")) + "\n")
    with pytest.raises(PipelineError, match=r"triggers.jsonl:2: strength 'strong' must be one of firm, intent"):
        commitments.load_triggers(str(bad))
    bad.write_text(json.dumps(dict(good, pattern=[{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": "@nope"}}])))
    with pytest.raises(PipelineError, match="unknown word list '@nope'|must include"):
        commitments.load_triggers(str(bad))


def test_passive_future_span_starts_at_its_subject(nlp):
    doc = nlp("Development and construction of the LRI system will be led by JPL, which is managed "
              "for NASA by Caltech in Pasadena.")
    spans = list(doc.spans["commitments"])
    assert len(spans) == 1
    assert spans[0].text.startswith("Development and construction of the LRI system will be led by JPL")
    assert spans[0]._.actor == "JPL"


def test_meeting_in_relative_clause_that_will_convene_is_a_commitment_without_actor(nlp):
    span = one(nlp, "We reaffirm our efforts to strengthen economic security, including via the "
                    "Australia-United States Strategic Commercial Dialogue, which will convene in Detroit "
                    "later this week.")
    assert span.text.startswith("will convene in Detroit")
    assert span._.actor is None and span._.strength == "firm"


def test_relative_clause_describing_a_mission_is_not_a_commitment(nlp):
    doc = nlp("NASA will lead the Earth System Observatory, a set of missions that will provide data "
              "on climate change.")
    assert [s.text.split()[0] for s in doc.spans["commitments"]] == ["NASA"]


def test_date_after_beginning_times_the_action_across_a_participle(nlp):
    spans = tag(nlp, "NASA Administrator Bill Nelson will travel to Italy and Vatican City, followed by "
                     "Saudi Arabia, beginning Thursday.", anchor=dt.date(2024, 5, 9))
    assert len(spans) == 1 and spans[0]._.dates == ["2024-05-09"]


def test_passive_committed_after_a_fronted_phrase(nlp):
    # a fronted phrase makes the parser read "committed" as an adjective, still the passive trigger
    span = one(nlp, "From cybersecurity to critical infrastructure to software, the Quad is committed to "
                    "advancing a secure and resilient cyber ecosystem.")
    assert span._.actor == "the Quad" and span._.strength == "firm"


def test_intend_for_someone_to_do_is_an_intent(nlp):
    # a for-to complement names who carries the action out; the promise is the subject's
    span = one(nlp, "Under the Compact, Australia and the United States intend for our private sectors, "
                    "resources, and industrial strength to drive innovation.")
    assert span._.actor == "Australia and the United States" and span._.strength == "intent"
    assert "to drive innovation" in span.text


def test_a_phrase_set_off_by_commas_between_trigger_and_action(nlp):
    span = one(nlp, "We commit, as members of the Group of Friends of UHC, to take global leadership to further "
                    "strengthen and reform the global health architecture.")
    assert span._.actor == "We" and "to take global leadership" in span.text


def test_plan_read_as_a_noun_after_each_is_still_the_verb(nlp):
    span = one(nlp, "Throughout this fall, Quad countries each plan to host campaigns to mark the annual Quad Cyber Challenge.")
    assert span._.actor == "Quad countries" and span._.strength == "intent"


def test_a_noun_plan_without_subject_is_no_commitment(nlp):
    assert tag(nlp, "We welcomed the plan to build a new station.") == []


def test_commitment_noun_attached_to_the_declaring_verb_as_a_conjunct(nlp):
    span = one(nlp, "We reiterate our condemnation of terrorist attacks including the 26/11 attacks in Mumbai, and our "
                    "commitment to pursuing designations by the UN Security Council 1267 Sanctions Committee.")
    assert "commitment to pursuing designations" in span.text and span._.reaffirmed


def test_remain_steadfast_in_our_commitment(nlp):
    span = one(nlp, "With six years left, we remain steadfast in our commitment to the full implementation of the "
                    "2030 Agenda for Sustainable Development.")
    assert span._.actor == "we" and span._.strength == "firm"


def test_actor_with_its_acronym_in_parentheses_keeps_the_closing_bracket(nlp):
    assert one(nlp, "The Department of Commerce (DOC) will lead the effort.")._.actor == "The Department of Commerce (DOC)"


@pytest.mark.parametrize("text, reaffirmed", [
    ("The three countries confirmed to continue close coordination on space security.", False),
    ("Both sides reaffirmed to promote cooperation in space exploration.", True),
    ("Both sides shared the view to further strengthen cooperation in space.", False),
])
def test_government_english_confirmed_to_and_shared_the_view_to(nlp, text, reaffirmed):
    # joint statements translated from Japanese and Korean say "confirmed to continue"
    span = one(nlp, text)
    assert span._.strength == "firm" and bool(span._.reaffirmed) == reaffirmed


@pytest.mark.parametrize("text", ["They confirmed the importance of cooperation.",
                                  "Both sides shared the view that cooperation is important."])
def test_confirmed_or_shared_view_without_an_infinitive_is_no_commitment(nlp, text):
    assert tag(nlp, text) == []


def test_affirming_a_right_of_others_to_act_is_no_commitment(nlp):
    text = ("For the second pillar, we will step up our efforts to prevent irregular migration. We affirm the "
            "sovereign right of states to control their borders, as well as their prerogative to govern migration "
            "within their jurisdiction, in conformity with international law.")
    assert [s._.trigger for s in tag(nlp, text)] == ["will"]

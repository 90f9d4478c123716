"""Shapes of the written set's missed commitments (issue 11): quoted officials who promise
work in specific terms, parties who ask their own working group to act, and "hopes to",
which the lemmatizer reads as "hop".

- A quoted "we" / "our team" commits when its "will" names the matter of the statement by a
  definite noun ("We will push ahead with the project"), the partners it works with ("we will
  keep working with our international partners"), or goes on with the work ("our team will
  continue to develop ..."); rhetoric ("we will explore the stars") stays out
  (test_unseen_shapes.py, test_release_shapes.py).
- "asked the working group established under the MOU to hold its first meeting" is a decision
  of the parties, like "asked our Sherpas to"; "asked all States to" is not.
"""
import datetime as dt

import pytest

from commitment_tagging import tag


@pytest.mark.parametrize("text, actor", [
    ("\"We have decided to join the challenge,\" Abe said at the meeting. \"We will push ahead with the project "
     "by harnessing Japan's technological strengths.\"", "We"),
    ("\"With this decision we are also sending a signal to operators around the world, and we will keep working "
     "with our international partners so that space remains safe and sustainable for all.\"", "we"),
    ("Salem AlMarri said: \"Working with the company allows us to focus on the rover, and our team will continue "
     "to develop the capabilities of Emirati scientists and engineers in lunar exploration.\"", "our team"),
])
def test_quoted_official_promising_specific_work_is_a_commitment(nlp, text, actor):
    assert actor in [s._.actor for s in tag(nlp, text)]


@pytest.mark.parametrize("text", [
    "\u201cTogether we will return to the Moon, this time to stay,\u201d said the Administrator.",
    "\u201cWe will continue to inspire the next generation of explorers,\u201d said the Administrator.",
])
def test_quoted_vision_without_specific_work_is_no_commitment(nlp, text):
    assert tag(nlp, text) == []


def test_asking_the_working_group_is_a_commitment(nlp):
    found = tag(nlp, "They asked the working group established under the MOU to hold its first meeting by "
                     "June 2023 and to present a preliminary list of joint activities.", anchor=dt.date(2023, 1, 10))
    assert found and found[0]._.actor == "They" and found[0]._.dates == ["2023-06"]
    assert tag(nlp, "The ministers asked all States to refrain from destructive missile tests.") == []


def test_hopes_to_is_an_intent(nlp):
    found = tag(nlp, "Officials said Japan hopes to reach an agreement with the United States by the end of next year.")
    assert [(s._.actor, s._.strength) for s in found] == [("Japan", "intent")]


def test_coordinated_reaffirmed_intention_is_a_second_commitment(nlp):
    # a declaring verb coordinated under "will" with a promise noun of its own is a promised
    # action clause of its own (ANNOTATION.md 4), not part of the first action
    found = tag(nlp, "The Member States will continue to implement the SCO Economic Development Strategy for the "
                     "period up to 2030 and reaffirm their intention to expand cooperation in trade, investment, "
                     "transport, energy and digital technologies.")
    assert [s._.trigger for s in found] == ["will", "reaffirm their intention to"]
    assert found[1]._.strength == "intent" and found[1].text.startswith("reaffirm their intention")


def test_it_as_subject_of_a_verb_only_a_party_does_is_the_actor(nlp):
    # "it" agrees, decides, intends or plans only as a party; a thing's "it aims to" stays out
    found = tag(nlp, "The Council stresses the need for a rapid response in case of a space-related incident. "
                     "It agrees to further develop the EU Space Threat Response Architecture.")
    assert [s._.actor for s in found] == ["It"]
    found = tag(nlp, "The Commission also directed the International Bureau to report within one year on the new "
                     "rule, and it plans to seek comment on further updates to its orbital debris rules.")
    assert [s._.actor for s in found] == ["The Commission", "it"]
    assert tag(nlp, "The mission was launched in 2020. It aims to study the Moon.") == []


def test_will_seek_to_is_an_intent(nlp):
    # "seek" declares an intention (ANNOTATION.md 4) also under "will"
    found = tag(nlp, "Korea will seek to expand cooperation with NASA in areas ranging from lunar exploration to "
                     "the development of new technology.")
    assert [(s._.trigger, s._.strength) for s in found] == [("will", "intent")]
    assert [s._.strength for s in tag(nlp, "NASA will provide the launch service.")] == ["firm"]


def test_participle_of_timing_dates_the_first_step(nlp):
    # "..., beginning with an event in 2023": the first step of the promised series is dated
    found = tag(nlp, "The two ministries will organize a series of events with start-ups and investors, "
                     "beginning with an event in the United States in 2023.", anchor=dt.date(2022, 9, 1))
    assert [s._.dates for s in found] == [["2023"]]


def test_will_seek_partners_to_do_is_firm(nlp):
    # seeking an object (partners to carry out the work) is the promised action itself
    found = tag(nlp, "The Agency will seek industry consortia to design and build the rover.")
    assert [s._.strength for s in found] == ["firm"]


def test_cover_note_transmittal_formula_is_no_commitment(nlp):
    # the Council of the EU's cover note: "Delegations will find in the annex ..." sends a text on
    assert tag(nlp, "Delegations will find in the annex the conclusions of the Council on the EU Space Strategy "
                    "for Security and Defence.") == []
    assert [s._.actor for s in tag(nlp, "The parties will find a solution through consultations.")] == ["The parties"]

"""Reports of past acts (pipeline/commitments/reports.py) on the real parse."""
from pipeline.commitments.reports import find_reports


def _triggers(paragraph_docs, text):
    return [trigger for _, trigger, _, _ in find_reports(paragraph_docs(text)[0])]


def test_a_meeting_that_was_held_is_a_report(paragraph_docs):
    assert _triggers(paragraph_docs, "The second Forum was held on March 3, 2018 in Tokyo.") == ["hold"]


def test_a_meeting_that_will_be_held_is_not_a_report(paragraph_docs):
    assert _triggers(paragraph_docs, "The next Forum will be held in Europe by 2021.") == []


def test_the_nth_country_to_sign_is_a_report(paragraph_docs):
    assert _triggers(paragraph_docs, "Türkiye is the 71st country to sign the Accords to date.") == ["sign"]


def test_a_welcomed_launch_is_a_report(paragraph_docs):
    assert _triggers(paragraph_docs, "We welcome the official launch of the Quad Fellowship.") == ["launch"]


def test_a_past_root_verb_tagged_as_participle_is_a_report(paragraph_docs):
    text = ("Representatives from more than 40 nations and intergovernmental organizations gathered in Tokyo, Japan, "
            "for the 2nd International Space Exploration Forum (ISEF) to advance international collaboration.")
    assert _triggers(paragraph_docs, text) == ["gather"]


def test_the_nth_country_to_sign_parsed_off_its_noun_is_a_report(paragraph_docs):
    text = "On Tuesday, April 16, NASA welcomed Sweden as the 38th country to sign the Artemis Accords."
    assert _triggers(paragraph_docs, text) == ["sign"]


def test_a_decision_to_join_is_a_report(paragraph_docs):
    # an accession reported as the decision taken, not as the signing itself
    text = ("A significant milestone in this partnership is Peru’s decision to join the Artemis Accords this year, "
            "committing to shared principles for responsible and sustainable space exploration.")
    assert _triggers(paragraph_docs, text) == ["join"]


def test_a_plan_to_join_is_not_a_report(paragraph_docs):
    assert _triggers(paragraph_docs, "More countries are expected to join the Artemis Accords.") == []


# Reported speech: after a reporting verb ("reaffirmed that ..."), a promise's "will" is backshifted to
# "would"; the clause still looks ahead. A "would" after other verbs, or a conditional, does not.
from pipeline.commitments.reports import find_prospects  # noqa: E402


def _prospects(paragraph_docs, text):
    return [trigger for _, trigger, _, _, _ in find_prospects(paragraph_docs(text)[0])]


def test_a_dialogue_reaffirmed_that_it_would_continue_is_a_prospect(paragraph_docs):
    text = ("Both sides reconfirmed the strategic value of the Comprehensive Dialogue on Space and reaffirmed that "
            "this Dialogue would continue to strengthen cooperative relations between the two countries.")
    assert _prospects(paragraph_docs, text) == ["would"]


def test_a_would_after_a_verb_of_noting_is_no_prospect(paragraph_docs):
    assert _prospects(paragraph_docs, "The ministers noted that this would be a challenge for the region.") == []


# A web page's inline link ends the parser's sentence at its closing bracket; the report keeps the
# rest of the sentence (what was launched, where and when).
def test_a_report_sentence_cut_by_an_inline_link_is_whole(paragraph_docs):
    text = ("The Quad successfully launched the inaugural [LINK: Quad Technology Business and Investment Forum "
            "Outcomes (amazonaws.com)] Quad Technology Business and Investment Forum in Sydney, Australia in "
            "December 2022. The forum laid the foundation for enhanced private-public collaboration.")
    found = find_reports(paragraph_docs(text)[0])
    assert found[0][0].text.endswith("in Sydney, Australia in December 2022.")
    assert found[0][1] == "launch" and found[0][2] == ["2022-12"]

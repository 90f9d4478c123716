"""Short forms of a body named in full in the same statement (ANNOTATION 2)."""
from org_linking import orgs


def test_the_committee_after_its_full_name(paragraph_docs):
    got = orgs(paragraph_docs, "The Committee on the Peaceful Uses of Outer Space adopted the guidelines.",
               "The Committee also noted the report.")
    assert ("Committee", ("Committee on the Peaceful Uses of Outer Space",)) in got


def test_the_working_group_after_its_full_name(paragraph_docs):
    got = orgs(paragraph_docs, "The Working Group on Space Resources met in Vienna. The Working Group will report in 2026.")
    assert ("Working Group", ("Working Group on Space Resources",)) in got


def test_company_by_its_first_word(paragraph_docs):
    got = orgs(paragraph_docs, "Planet Labs PBC will provide imagery. Planet has operated satellites since 2013.")
    assert ("Planet", ("Planet Labs PBC",)) in got


def test_two_bodies_with_one_head_leave_the_short_form_unlinked(paragraph_docs):
    got = orgs(paragraph_docs, "The Philippine Space Agency and the Japan Aerospace Exploration Agency signed. The Agency said more.")
    assert not any(text == "Agency" for text, _ in got)


def test_a_country_is_no_short_form_of_a_company(paragraph_docs):
    got = orgs(paragraph_docs, "Palau National Communications Corporation will modernize the network in Palau.")
    assert not any(text == "Palau" for text, _ in got)

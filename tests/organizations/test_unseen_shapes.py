"""Shapes of organization names met in statements of publishers not tuned on (ANNOTATION.md 2)."""
from org_linking import orgs


def test_registry_company_with_its_legal_form(paragraph_docs):
    # a registry company's short name followed by its legal form: one mention with the form
    got = orgs(paragraph_docs, "It operates satellites in cooperation with NigComSat Limited and partners.")
    assert ("NigComSat Limited", ("Nigerian Communications Satellite Limited",)) in got


def test_registry_company_with_abbreviated_corporation(paragraph_docs):
    got = orgs(paragraph_docs, "The rover is developed by JAXA together with Toyota Motor Corp and will launch in 2031.")
    assert ("Toyota Motor Corp", ("Toyota Motor Corporation",)) in got


def test_working_group_name_ending_in_outer_space(paragraph_docs):
    # "in Outer Space" is the domain of a body's descriptive name, not a place
    got = orgs(paragraph_docs, "The Subcommittee agreed that its Working Group on the Use of Nuclear Power Sources in "
               "Outer Space would promote the Framework.")
    assert any(text == "Working Group on the Use of Nuclear Power Sources in Outer Space" for text, _ in got)


def test_statistical_name_across_a_page_break_is_dropped(paragraph_docs):
    got = orgs(paragraph_docs, "the first step in a long partnership with\n\n- 1 -\n\x0cispace, inc. | Press Release\n\n"
               "the UAE as it expands its exploration.")
    assert not any("\n\n" in text for text, _ in got)


def test_international_astronautical_congress_is_an_event(paragraph_docs):
    got = orgs(paragraph_docs, "On the margins of the 74th International Astronautical Congress in Baku, NASA met.")
    assert not any("Congress" in text for text, _ in got)

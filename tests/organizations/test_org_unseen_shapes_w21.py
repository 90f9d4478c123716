"""Shapes of organization names met in the w21/w22 statements (publishers not tuned on, ANNOTATION.md 2)."""
from org_linking import orgs


def test_a_registry_body_then_of_the_united_nations_is_two_mentions(paragraph_docs):
    # a complete registry name followed by "of the" and its parent's registry name: two bodies
    got = orgs(paragraph_docs, "The agencies will coordinate their participation in the Committee on the Peaceful "
               "Uses of Outer Space of the United Nations.")
    assert ("Committee on the Peaceful Uses of Outer Space", ("Committee on the Peaceful Uses of Outer Space",)) in got
    assert ("United Nations", ("United Nations",)) in got


def test_an_organ_that_needs_its_parent_to_be_whole_stays_one_mention(paragraph_docs):
    got = orgs(paragraph_docs, "The Manama Declaration was issued by the Council of the League of Arab States.")
    assert [text for text, _ in got] == ["Council of the League of Arab States"]


def test_an_about_heading_is_no_part_of_the_name(paragraph_docs):
    # a press release's "About <Company>" section heading: "About" is no word of the name
    got = orgs(paragraph_docs, "About Israel Aerospace Industries")
    assert got == [("Israel Aerospace Industries", ("Israel Aerospace Industries",))]


def test_a_satellite_with_a_serial_number_is_no_body(paragraph_docs):
    # the model cuts "Advanced Land Observing" from "Advanced Land Observing Satellite-4"
    got = orgs(paragraph_docs, "Japan offered observation data of the Advanced Land Observing Satellite-4 "
               "\"DAICHI-4\" (ALOS-4) for disaster response in India.")
    assert not any(text.startswith("Advanced Land") for text, _ in got)


def test_the_first_of_two_names_before_a_modified_thing_noun_is_no_body(paragraph_docs):
    got = orgs(paragraph_docs, "IAI has built more than 25 satellites, including the Ofek and TecSAR observation "
               "satellites.")
    assert not any(text == "Ofek" for text, _ in got)


def test_a_place_before_a_date_in_a_caption_is_no_body(paragraph_docs):
    got = orgs(paragraph_docs, "Signing ceremony, Ulaanbaatar, 12 March 2025.")
    assert got == []


def test_a_first_name_cut_from_the_person_it_begins_is_no_body(paragraph_docs):
    got = orgs(paragraph_docs, "Mike Greenley, CEO of MDA Space (left), and Salem Humaid AlMarri, Director General "
               "of MBRSC, at the signing.")
    assert not any(text == "Salem" for text, _ in got)


def test_the_community_is_the_short_form_of_a_registry_community(paragraph_docs):
    got = orgs(paragraph_docs, "The Caribbean Community (CARICOM) met today. The Community agreed to expand food "
               "production.")
    assert ("Community", ("Caribbean Community",)) in got


def test_stock_exchanges_where_a_company_is_listed_are_bodies(paragraph_docs):
    got = orgs(paragraph_docs, "Eutelsat Communications is listed on Euronext Paris and on the London Stock Exchange.")
    assert ("Euronext Paris", ("Euronext Paris",)) in got
    assert ("London Stock Exchange", ("London Stock Exchange",)) in got


def test_a_regional_air_navigation_agency_and_its_acronym(paragraph_docs):
    got = orgs(paragraph_docs, "They took note of the work of the Agency for Air Navigation Safety in Africa and "
               "Madagascar (ASECNA) towards an EGNOS-based service.")
    name = ("Agency for Air Navigation Safety in Africa and Madagascar",)
    assert ("Agency for Air Navigation Safety in Africa and Madagascar", name) in got and ("ASECNA", name) in got

"""Organs of a body and the bodies acting on documents (ANNOTATION 2): a head followed by
'on' and a document's name, organs named after their parent's full name, acronym or alone,
a title in capitals giving its body's short forms, persons before 'and' in a list."""
from org_linking import orgs


def test_the_council_on_a_strategy_is_the_council_then_the_document(paragraph_docs):
    # "Council on the EU Space Strategy": the body, then the document its conclusions are on
    got = orgs(paragraph_docs, "Council of the European Union",
               "Delegations will find the conclusions of the Council on the EU Space Strategy for Security "
               "and Defence. The Council welcomes the Joint Communication.")
    assert not any(text.startswith("Council on") for text, _ in got)
    assert ("Council", ("Council of the European Union",)) in got


def test_a_committee_on_a_topic_keeps_its_name(paragraph_docs):
    got = orgs(paragraph_docs, "The Committee on Space Research held its assembly.")
    assert any(text == "Committee on Space Research" for text, _ in got)


def test_organ_after_parent_name_acronym_and_alone_is_one_body(paragraph_docs):
    got = orgs(paragraph_docs,
               "The Council of Heads of State of the Shanghai Cooperation Organisation (hereinafter \"the SCO\") "
               "held its regular meeting in Astana on 4 July 2024.",
               "The Council of Heads of State approved the report. The next meeting of the Council of Heads "
               "of State of the SCO will be held in 2025.")
    names = {n for text, n in got if text.startswith("Council of Heads")}
    assert names == {("Council of Heads of State of the Shanghai Cooperation Organisation",)}


def test_title_in_capitals_gives_the_short_form_of_its_body(paragraph_docs):
    got = orgs(paragraph_docs, "SHANGHAI COOPERATION ORGANISATION",
               "The Member States noted that the expansion of the Organisation reflects its growing role.")
    assert ("Organisation", ("Shanghai Cooperation Organisation",)) in got


def test_structure_with_defined_acronym_is_a_body(paragraph_docs):
    got = orgs(paragraph_docs, "The Member States will further improve the activities of the SCO Regional "
               "Anti-Terrorist Structure (RATS).")
    texts = [t for t, _ in got]
    assert "RATS" in texts and any(t.endswith("Regional Anti-Terrorist Structure") for t in texts)


def test_person_before_and_is_not_part_of_the_next_name(paragraph_docs):
    got = orgs(paragraph_docs, "National Aeronautics and Space Administration (NASA) Administrator Charles Bolden "
               "and Israel Space Agency (ISA) Director General Menachem Kidron signed a framework agreement.")
    assert any(text == "Israel Space Agency" for text, _ in got)
    assert not any("Bolden" in text for text, _ in got)


def test_name_cut_by_line_end_hyphenation_is_one_name(paragraph_docs):
    # PDF text: a word of the name hyphenated at the line end, the name goes on on the next line
    # (the tag stage folds the line break to a space)
    got = orgs(paragraph_docs, "The Council welcomes the establishment in 2023 of an EU Space Informa- "
               "tion Sharing and Analysis Centre (ISAC), which will bring together companies.")
    names = dict(got)
    assert names.get("EU Space Informa- tion Sharing and Analysis Centre") == \
        ("EU Space Information Sharing and Analysis Centre",)
    assert names.get("ISAC") == ("EU Space Information Sharing and Analysis Centre",)


def test_document_symbol_in_parentheses_is_no_acronym(paragraph_docs):
    # UN document symbols after a body's name: "[on the report of the First Committee (A/68/409)]"
    got = orgs(paragraph_docs, "Resolution adopted by the General Assembly on 5 December 2013 "
               "[on the report of the First Committee (A/68/409)]")
    assert not any(text == "A/68/409" for text, _ in got)


def test_name_after_the_noun_of_its_kind_is_a_thing(paragraph_docs):
    got = orgs(paragraph_docs, "Israel's first astronaut, Colonel Ilan Ramon, flew aboard the space shuttle "
               "Columbia on the STS-107 mission, and he was lost with his six crewmates when Columbia broke up.")
    assert not any(text == "Columbia" for text, _ in got)


def test_name_called_the_first_arrangement_is_no_body(paragraph_docs):
    got = orgs(paragraph_docs, "The Space Bridge is the first arrangement of its kind for the UK.")
    assert not any(text == "Space Bridge" for text, _ in got)


def test_class_of_bodies_with_its_country_is_no_body(paragraph_docs):
    got = orgs(paragraph_docs, "The Cooperating Agencies of Japan shall include the Japan Aerospace Exploration Agency.")
    assert not any(text.startswith("Cooperating Agencies") for text, _ in got)
    assert any(text == "Japan Aerospace Exploration Agency" for text, _ in got)


def test_name_cut_by_line_end_hyphenation_inside_its_object(paragraph_docs):
    got = orgs(paragraph_docs, "standards, including those published by the International Organization for Stand- "
               "ardization (ISO), the Consultative Committee for Space Data Systems.")
    names = dict(got)
    assert names.get("International Organization for Stand- ardization") == \
        ("International Organization for Standardization",)


def test_one_common_word_the_model_tags_is_no_body(paragraph_docs):
    # single capitalized words cut from names of documents and policies
    got = orgs(paragraph_docs, "The Dialogue was held in light of the Spirit of Camp David. We support ASEAN's Outlook "
               "on the Indo-Pacific. We note that Target 19 aims at mobilizing funds.")
    texts = {t for t, _ in got}
    assert not texts & {"Spirit", "Outlook", "Target"}

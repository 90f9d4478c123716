"""Where a body's name ends, and registry bodies named without a head word (ANNOTATION.md section 2)."""
from org_linking import orgs


def test_footnote_number_after_the_full_stop_of_a_name(paragraph_docs):
    # PDFs glue a footnote number to the punctuation after the name: "... the UK Space Agency.1 The Forum"
    got = orgs(paragraph_docs, "Its members include the Norwegian Space Agency and the UK Space Agency.1 The Forum "
               "will continue to meet.")
    assert ("UK Space Agency", ("UK Space Agency",)) in got


def test_footnote_number_after_a_comma_keeps_numbers_whole(nlp):
    # "Celestial Bodies,1": the mark goes; a number with a comma or a version number keeps its digits
    assert [t.text for t in nlp.make_doc("Other Celestial Bodies,1 and")] == ["Other", "Celestial", "Bodies", ",", "1", "and"]
    assert "1967,1" in [t.text for t in nlp.make_doc("signed in 1967,1 the Treaty")]
    assert "2.1" in [t.text for t in nlp.make_doc("version 2.1 of the standard")]


def test_subject_after_in_continues_a_committee_name(paragraph_docs):
    # "Committee on Participation in Union Programmes": capitalized words ending in a plural noun after
    # 'in' are the subject of the body's descriptive name
    got = orgs(paragraph_docs, "It will be formally adopted by the EU-UK Specialised Committee on Participation in "
               "Union Programmes in the coming months.")
    assert any(text == "EU-UK Specialised Committee on Participation in Union Programmes" for text, _ in got)


def test_place_or_member_states_after_in_end_the_name(paragraph_docs):
    # where a body meets or works is no part of its name
    got = orgs(paragraph_docs, "The Committee on Space Cooperation in Member States met, and the Council for "
               "Scientific Research in Japan reported.")
    texts = [text for text, _ in got]
    assert "Committee on Space Cooperation" in texts
    assert "Council for Scientific Research" in texts


def test_registry_company_with_a_country_is_its_subsidiary(paragraph_docs):
    # "Beyond Gravity Austria", "Thales Alenia Space UK": a national subsidiary, named by the whole,
    # with a name of its own (no false merge with the group)
    got = dict(orgs(paragraph_docs, "Austrian companies such as Beyond Gravity Austria supply insulation, and "
                    "Beyond Gravity builds structures."))
    assert got["Beyond Gravity Austria"] == ("Beyond Gravity Austria",)
    assert got["Beyond Gravity"] == ("Beyond Gravity",)


def test_registry_company_before_its_country_adjective_or_possessive_stays_the_group(paragraph_docs):
    got = orgs(paragraph_docs, "Airbus Germany's plant in Bremen builds the module.")
    assert ("Airbus", ("Airbus SE",)) in got


def test_registry_companies_and_institutes_without_a_head_word(paragraph_docs):
    # companies and short names of institutes a head word cannot find: general knowledge in the registry
    got = dict(orgs(paragraph_docs, "The sector is led by companies such as NanoAvionics, TTTech and Astrolight, "
                    "and by Kyutech and Skoltech."))
    assert got["NanoAvionics"] == ("NanoAvionics",)
    assert got["TTTech"] == ("TTTech Computertechnik AG",)
    assert got["Astrolight"] == ("Astrolight",)
    assert got["Kyutech"] == ("Kyushu Institute of Technology",)
    assert got["Skoltech"] == ("Skolkovo Institute of Science and Technology",)


def test_registry_observing_systems_and_ceos_working_groups_by_acronym(paragraph_docs):
    got = dict(orgs(paragraph_docs, "CEOS will work with GCOS and GOOS; WGClimate and WGISS will report."))
    assert got["GCOS"] == ("Global Climate Observing System",)
    assert got["GOOS"] == ("Global Ocean Observing System",)
    assert got["WGClimate"] == ("Joint CEOS-CGMS Working Group on Climate",)
    assert got["WGISS"] == ("CEOS Working Group on Information Systems and Services",)


def test_former_malaysian_space_bodies_merged_into_mysa(paragraph_docs):
    got = dict(orgs(paragraph_docs, "MYSA was established through the merger of the National Space Agency (ANGKASA) "
                    "and the Malaysian Remote Sensing Agency (MRSA)."))
    assert got["ANGKASA"] == ("National Space Agency (Malaysia)",)
    assert got["Malaysian Remote Sensing Agency"] == ("Malaysian Remote Sensing Agency",)


def test_short_form_of_a_body_named_by_acronym_and_in_full_in_a_skipped_block(paragraph_docs):
    # "ESPI will ... The Institute will ...": the full name is only in the "About ESPI" block the tagger
    # skips as boilerplate; the statement still names the body in full, so its short form cites it
    from pipeline import organizations
    body = "ESPI will follow the implementation closely. The Institute will publish a full report."
    docs = paragraph_docs(body)
    about = "About ESPI The European Space Policy Institute (ESPI) is an independent think tank."
    for d in docs:
        d._.context = dict(d._.context or {}, statement_text=body + "\n\n" + about)
    organizations.link_document(docs)
    organizations.link_short_forms(docs)
    got = [(s.text, tuple(s._.names)) for d in docs for s in d.spans["orgs"]]
    assert ("Institute", ("European Space Policy Institute",)) in got


def test_no_short_form_of_a_body_named_only_by_its_acronym(paragraph_docs):
    got = orgs(paragraph_docs, "ESPI will follow the implementation closely. The Institute will publish a report.")
    assert not any(text == "Institute" for text, _ in got)


def test_company_name_before_a_model_designation_is_the_product(paragraph_docs):
    # "GE F414 jet engines", "Airbus A400M": the maker's name is part of a product's name
    got = orgs(paragraph_docs, "The memorandum between General Electric and HAL covers the manufacture of GE F414 "
               "jet engines in India, and Airbus A400M aircraft will fly; SpaceX 20 launches; Airbus said so.")
    texts = [text for text, _ in got]
    assert "GE" not in texts and texts.count("Airbus") == 1
    assert "General Electric" in texts and "SpaceX" in texts


def test_short_form_before_on_and_a_document_it_acts_on(paragraph_docs):
    # "the conclusions of the Council on the EU Space Strategy": the Council, then the document it
    # adopts conclusions on; "the Committee on Space Research" stays a name of its own
    got = orgs(paragraph_docs, "The Council of the European Union adopted conclusions. Delegations will find in the "
               "annex the conclusions of the Council on the EU Space Strategy for Security and Defence.",
               "The Committee on the Peaceful Uses of Outer Space met. The Committee on Space Research also met.")
    assert ("Council", ("Council of the European Union",)) in got
    assert not any(text == "Committee" for text, _ in got)


def test_registry_eu_agencies_and_interpol(paragraph_docs):
    got = dict(orgs(paragraph_docs, "The Coalition works with UNODC, INTERPOL, EUROPOL and the European Union Agency "
                    "for Law Enforcement Cooperation, and with ECDC and Eurojust."))
    assert got["INTERPOL"] == ("International Criminal Police Organization",)
    assert got["EUROPOL"] == ("European Union Agency for Law Enforcement Cooperation",)
    assert got["European Union Agency for Law Enforcement Cooperation"] == got["EUROPOL"]
    assert got["ECDC"] == ("European Centre for Disease Prevention and Control",)
    assert got["Eurojust"] == ("European Union Agency for Criminal Justice Cooperation",)


def test_registry_agencies_by_their_names_in_their_own_language(paragraph_docs):
    # statements of non-English publishers name their agencies in the national language
    got = dict(orgs(paragraph_docs, "The Badan Riset dan Inovasi Nasional and the Polska Agencja Kosmiczna signed a "
                    "memorandum with the Agencia Espacial de Colombia."))
    assert got["Badan Riset dan Inovasi Nasional"] == ("National Research and Innovation Agency",)
    assert got["Polska Agencja Kosmiczna"] == ("Polish Space Agency",)
    assert got["Agencia Espacial de Colombia"] == ("Colombian Space Agency",)

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


def test_running_header_run_into_the_text_is_no_body(paragraph_docs):
    # a PDF page's running header joined into the paragraph: "... | Press Release the UAE"
    got = orgs(paragraph_docs, "it marks the first step in what we hope will be a long partnership with - 1 - "
               "ispace, inc. | Press Release the UAE as it expands its exploration of the solar system.")
    assert not any(text.startswith("Press Release") for text, _ in got)


def test_international_astronautical_congress_is_an_event(paragraph_docs):
    got = orgs(paragraph_docs, "On the margins of the 74th International Astronautical Congress in Baku, NASA met.")
    assert not any("Congress" in text for text, _ in got)


def test_acronym_in_parentheses_inside_a_registry_name(paragraph_docs):
    # "Long (ACR) Head": the acronym is written inside the name; one mention of the whole name
    got = orgs(paragraph_docs, "The Combined Space Operations (CSpO) Initiative today released CSpO Vision 2031.")
    assert ("Combined Space Operations (CSpO) Initiative", ("Combined Space Operations Initiative",)) in got
    assert sum(text == "CSpO" for text, _ in got) <= 1      # only the one in "CSpO Vision 2031", if any


def test_registry_name_with_a_hyphenated_lower_case_part(paragraph_docs):
    # British spelling "Co-operation": the lower-case part after the hyphen belongs to the name
    got = orgs(paragraph_docs, "the independent expert mission under the Organization for Security and Co-operation "
               "in Europe’s (OSCE) Moscow Mechanism")
    assert ("Organization for Security and Co-operation in Europe",
            ("Organization for Security and Co-operation in Europe",)) in got


def test_built_name_with_long_term(paragraph_docs):
    got = orgs(paragraph_docs, "Building on those efforts, the Working Group on the Long-term Sustainability of Outer "
               "Space Activities of the Scientific and Technical Subcommittee has developed guidelines.")
    assert any(text.startswith("Working Group on the Long-term Sustainability") for text, _ in got)


def test_coordinated_modifiers_after_a_list_closed_by_an_acronym(paragraph_docs):
    # "(IHR Review Committee) and Independent Oversight and Advisory Committee (IOAC)": one name after the list
    got = orgs(paragraph_docs, "the work of the International Health Regulations Review Committee (IHR Review "
               "Committee) and Independent Oversight and Advisory Committee (IOAC).")
    texts = [text for text, _ in got]
    assert "Independent Oversight and Advisory Committee" in texts
    assert "Independent Oversight and" not in texts


def test_heading_run_into_a_participle_clause_is_no_body(paragraph_docs):
    # a heading joined to the next line's "Appreciating ..." clause: no body
    got = orgs(paragraph_docs, "Unlocking the Promise of Fusion Energy Appreciating the potential for fusion "
               "technologies to deliver safe energy, the Participants intend to work together.")
    assert not any("Appreciating" in text for text, _ in got)


def test_grouping_prefix_is_part_of_the_body_name(paragraph_docs):
    # a grouping's name before a body's name is an adjective of the name, as "UN" is
    got = orgs(paragraph_docs, "We encourage the BRICS Joint Committee on Space Cooperation to expand the use of data.")
    assert any(text == "BRICS Joint Committee on Space Cooperation" for text, _ in got)


def test_intergovernmental_acronym_before_its_organ_is_part_of_the_name(paragraph_docs):
    # "IAEA Commission on Safety Standards": the organ's official name starts with its parent's acronym
    got = orgs(paragraph_docs, "In 2007, the Subcommittee and the IAEA Commission on Safety Standards agreed to "
               "establish a joint expert group.")
    texts = [text for text, _ in got]
    assert "IAEA Commission on Safety Standards" in texts and "IAEA" not in texts


def test_organ_named_later_without_its_parent_acronym(paragraph_docs):
    got = orgs(paragraph_docs, "In 2007, the Subcommittee and the IAEA Commission on Safety Standards agreed.",
               "The draft was endorsed by the Commission on Safety Standards in April 2009.")
    names = {text: n for text, n in got}
    assert names["Commission on Safety Standards"] == names["IAEA Commission on Safety Standards"]


def test_plural_head_names_a_class_of_bodies(paragraph_docs):
    # "Cooperating Agencies", "International Organisations": kinds of bodies, no named body
    got = orgs(paragraph_docs, "Each Party may designate additional Cooperating Agencies by diplomatic note, and "
               "work with International Organisations and the Scientific and Technical Subcommittee.")
    texts = [text for text, _ in got]
    assert "Cooperating Agencies" not in texts and "International Organisations" not in texts
    assert "Scientific and Technical Subcommittee" in texts


def test_registry_brand_written_in_lower_case(paragraph_docs):
    # a company that writes its own name in lower case ("ispace") is found as the registry spells it
    got = orgs(paragraph_docs, "The rover will fly on the lander built by ispace, which will also provide power.")
    assert ("ispace", ("ispace",)) in got


def test_lower_case_words_of_a_capitalized_registry_name_are_no_mention(paragraph_docs):
    got = orgs(paragraph_docs, "The european space agency officials and the national diet of the crew were discussed.")
    assert not any(text.lower() in ("european space agency", "national diet") for text, _ in got)


def test_a_body_on_a_program_ends_before_on(paragraph_docs):
    # "on the Gateway": the program the body works on is no part of its name
    got = orgs(paragraph_docs, "NASA will work with the Japan Aerospace Exploration Agency and the Canadian Space "
               "Agency on the Gateway and the lunar surface.")
    assert ("Canadian Space Agency", ("Canadian Space Agency",)) in got


def test_acronym_inside_a_document_symbol_is_no_mention(paragraph_docs):
    # a PDF running header "ESCAP/MCSASD/2022/L.1" names a document, not the Commission
    got = orgs(paragraph_docs, "ESCAP/MCSASD/2022/L.1 The Conference thanked ESCAP for its support.")
    assert sum(text == "ESCAP" for text, _ in got) == 1


def test_a_time_zone_is_no_body(paragraph_docs):
    got = orgs(paragraph_docs, "The signing took place at 10:00 a.m. U.S. Eastern Daylight Time (11:00 p.m. Japan Standard Time).")
    assert not any(text.endswith("Time") for text, _ in got)


def test_a_national_parliament_by_its_own_name(paragraph_docs):
    got = orgs(paragraph_docs, "The Norwegian Space Agency said the government intends to present a white paper "
               "to the Storting in the spring of 2024.")
    assert ("Storting", ("Storting",)) in got


def test_registry_name_continued_after_and(paragraph_docs):
    # a registry name ("Ministry of Transport") that a longer name continues after "and" with a word of a
    # program's head list ("Infrastructure"): the whole longer name is the mention
    got = orgs(paragraph_docs, "Türksat 6A was developed under the coordination of the Ministry of Transport and "
               "Infrastructure by Turkish Aerospace, ASELSAN, CTECH and the TÜBİTAK Space Technologies Research "
               "Institute.")
    texts = [text for text, _ in got]
    assert "Ministry of Transport and Infrastructure" in texts and "Ministry of Transport" not in texts
    assert "CTECH" in texts


def test_satellite_named_after_its_operator_is_no_mention(paragraph_docs):
    # an operator's name with a satellite's designation ("Türksat 6A") is the satellite
    got = orgs(paragraph_docs, "Türkiye launched its first domestically built communications satellite, Türksat 6A, "
               "in July this year.")
    assert not any(text == "Türksat" for text, _ in got)


def test_person_before_a_verb_of_speaking(paragraph_docs):
    got = orgs(paragraph_docs, "Ricardo Conde recalled that the two countries signed a memorandum in 2023.")
    assert got == []


def test_person_with_post_nominal_letters(paragraph_docs):
    got = orgs(paragraph_docs, "The Minister of State for Trade Promotion, Digital and Company Regulation, Dara "
               "Calleary TD, and the Chief Executive of the agency met.")
    assert not any("Calleary" in text for text, _ in got)


def test_two_places_after_at(paragraph_docs):
    got = orgs(paragraph_docs, "Operated from the ground stations at Gazipur and Betbunia, it now carries more "
               "than 40 channels.")
    assert got == []


def test_launchers_and_constellations_are_no_bodies(paragraph_docs):
    got = orgs(paragraph_docs, "Europe will buy launch services for Galileo and IRIS² from new providers once "
               "Neutron enters service.")
    assert got == []


def test_artist_s_impression_is_no_body(paragraph_docs):
    assert orgs(paragraph_docs, "Artist's impression of a Pléiades Neo satellite.") == []


def test_arab_league_specialized_organization(paragraph_docs):
    # a specialized organization named after its parent: one mention, not the Arab League and a rest
    got = orgs(paragraph_docs, "The members intend to seek the support of the Arab League Educational, Cultural "
               "and Scientific Organization (ALECSO) for the training programme.")
    assert got == [("Arab League Educational, Cultural and Scientific Organization",
                    ("Arab League Educational, Cultural and Scientific Organization",)),
                   ("ALECSO", ("Arab League Educational, Cultural and Scientific Organization",))]


def test_name_before_joint_venture(paragraph_docs):
    # "the <Name> joint venture": the joint venture, a company, is the mention (also a registry company's name)
    got = orgs(paragraph_docs, "Kazakh engineers trained at the Progress Rocket Space Centre in Samara and at the "
               "Baiterek joint venture. The Committee oversees the Ghalam joint venture with Airbus.")
    texts = [text for text, _ in got]
    assert "Baiterek joint venture" in texts and "Ghalam joint venture" in texts
    assert orgs(paragraph_docs, "They formed a French joint venture in 2020.") == []

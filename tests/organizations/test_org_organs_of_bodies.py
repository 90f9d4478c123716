"""Issue 11, organs of bodies and the short forms that cite them (ANNOTATION.md 2): an organ named
after its parent ("IAF General Assembly", "General Secretariat of the Organization of American
States"), the parent's acronym defined after the organ's name, a bare registry alias that the
statement's own organ owns, and "the Secretariat" of a forum's communiqué. Each test is named after
the case it pins down."""
from org_linking import orgs


def test_iaf_general_assembly_is_one_organ_not_the_un_general_assembly(paragraph_docs):
    got = orgs(paragraph_docs, "The committee will present its first recommendations to the IAF General Assembly.")
    assert ("IAF General Assembly", ("IAF General Assembly",)) in got
    assert not any(names == ("United Nations General Assembly",) for _, names in got)


def test_general_secretariat_of_the_oas_is_one_mention_and_oas_the_parents_acronym(paragraph_docs):
    got = orgs(paragraph_docs, "The General Secretariat of the Organization of American States (OAS) and the "
               "Latin American and Caribbean Space Agency signed a memorandum.",
               "The OAS will host the meeting.")
    assert ("General Secretariat of the Organization of American States",
            ("General Secretariat of the Organization of American States",)) in got
    assert ("OAS", ("Organization of American States",)) in got
    assert "Organization of American States" not in [text for text, _ in got]


def test_secretary_general_stays_a_title(paragraph_docs):
    got = orgs(paragraph_docs, "The Secretary General of the Organization of American States spoke.")
    assert not any(text.startswith("Secretary") or text.startswith("General") for text, _ in got)


def test_bare_general_assembly_is_the_oas_general_assembly_the_statement_names(paragraph_docs):
    got = orgs(paragraph_docs, "A plan will be presented to the General Assembly in 2024.",
               "It follows a resolution of the OAS General Assembly.")
    assert ("General Assembly", ("OAS General Assembly",)) in got


def test_general_assembly_stays_the_un_one_where_the_statement_names_it(paragraph_docs):
    got = orgs(paragraph_docs, "The United Nations General Assembly adopted the resolution.",
               "The General Assembly also noted the report of the OAS General Assembly.")
    assert ("General Assembly", ("United Nations General Assembly",)) in got


def test_nordic_council_is_not_the_nordic_council_of_ministers(paragraph_docs):
    got = orgs(paragraph_docs, "The Nordic Council of Ministers will finance a pre-study.",
               "The declaration will be presented to the Nordic Council at its 76th Session.")
    assert ("Nordic Council", ("Nordic Council",)) in got
    assert ("Nordic Council of Ministers", ("Nordic Council of Ministers",)) in got


def test_the_secretariat_of_a_forum_communique_is_the_forums_own(paragraph_docs):
    # SPREP is named twice (one naming with its acronym), the Forum and its Secretariat more often
    got = orgs(paragraph_docs, "Members of the Pacific Islands Forum met in Tonga.",
               "Leaders thanked the Pacific Islands Forum Secretariat for its work.",
               "Leaders welcomed the support of the Secretariat of the Pacific Regional Environment Programme "
               "(SPREP).",
               "They noted the work plan of SPREP.",
               "Leaders tasked the Secretariat to prepare a regional framework.")
    assert ("Secretariat", ("Pacific Islands Forum Secretariat",)) in got


def test_the_agency_on_a_tie_is_the_one_named_in_its_paragraph(paragraph_docs):
    got = orgs(paragraph_docs, "The National Space Science Agency (NSSA) and the UAE Space Agency signed a plan.",
               "NSSA will host the workshop and the UAE Space Agency will train the engineers.",
               "NSSA will also review the law. The Agency also aims to complete the draft of the space law.")
    assert ("Agency", ("National Space Science Agency",)) in got


def test_iac_with_an_edition_year_is_the_congress_not_the_canary_institute(paragraph_docs):
    got = orgs(paragraph_docs, "The 75th International Astronautical Congress (IAC 2024) closed today in Milan. "
               "IAC 2025 will take place in Sydney.")
    assert not any(names == ("Instituto de Astrofísica de Canarias",) for _, names in got)


def test_congress_in_a_capitals_heading_is_the_meeting_not_the_us_congress(paragraph_docs):
    got = orgs(paragraph_docs, "The International Astronautical Congress closed in Milan.", "NEXT CONGRESS",
               "It will take place in Sydney.")
    assert not any(names == ("United States Congress",) for _, names in got)


def test_person_quoted_after_said_is_no_body(paragraph_docs):
    got = orgs(paragraph_docs, '"The community is ready to act responsibly," said Mowry.')
    assert "Mowry" not in [text for text, _ in got]


def test_planet_after_and_is_no_body(paragraph_docs):
    got = orgs(paragraph_docs, "Finnish instruments take part in NASA and ESA missions to Mars and Mercury.")
    assert "Mercury" not in [text for text, _ in got]


def test_centre_cut_before_from_is_the_whole_name_its_acronym_defines(paragraph_docs):
    got = orgs(paragraph_docs, "COSPAR and the Centre for the Protection of the Dark and Quiet Sky from Satellite "
               "Constellation Interference (CPS) of the International Astronomical Union agreed. The CPS will help.")
    full = "Centre for the Protection of the Dark and Quiet Sky from Satellite Constellation Interference"
    # the registry knows the centre by this full name: its canonical name, also for "CPS" and "IAU CPS"
    name = "IAU " + full
    assert (full, (name,)) in got
    assert ("CPS", (name,)) in got


def test_council_of_ministers_for_a_field_with_a_hyphenated_acronym(paragraph_docs):
    got = orgs(paragraph_docs, "The Nordic Council of Ministers for Business, Energy and Regional Policy (MR-NER) is "
               "one of the configurations of the Nordic Council of Ministers. Nordic Innovation is an organisation "
               "under MR-NER.")
    full = "Nordic Council of Ministers for Business, Energy and Regional Policy"
    assert (full, (full,)) in got
    assert [n for t, n in got if t == "MR-NER"] == [(full,), (full,)]
    assert ("Nordic Council of Ministers", ("Nordic Council of Ministers",)) in got


def test_the_secretariat_after_an_acronym_named_secretariat(paragraph_docs):
    got = orgs(paragraph_docs, "COSPAR held the meeting of its Bureau at the COSPAR Secretariat in Paris. "
               "CNES has hosted the Secretariat in Paris since 1999.")
    assert ("Secretariat", ("COSPAR Secretariat",)) in got


def test_the_federation_after_the_international_astronautical_federation(paragraph_docs):
    got = orgs(paragraph_docs, "The International Astronautical Federation (IAF) closed the congress. The Office "
               "would continue its work with the Federation on capacity building.")
    assert ("Federation", ("International Astronautical Federation",)) in got


def test_assembly_integration_and_testing_center_is_one_name(paragraph_docs):
    got = orgs(paragraph_docs, "The satellite was tested at the Satellite Assembly, Integration and Testing Center in "
               "New Cairo. The agency aims to qualify the Assembly, Integration and Testing Center for customers.")
    full = "Satellite Assembly, Integration and Testing Center"
    assert (full, (full,)) in got
    assert ("Assembly, Integration and Testing Center", (full,)) in got
    assert "Satellite Assembly" not in [t for t, _ in got]


def test_continent_free_trade_area_cubesat_and_coordinated_satellites_are_no_bodies(paragraph_docs):
    got = orgs(paragraph_docs, "It covers illegal fishing across the Blue Pacific Continent. We will advance the "
               "Free Trade Area of the Asia-Pacific (FTAAP) agenda. They agreed on the use of the NanoDragon and "
               "MicroDragon satellite data. The CubeSat will measure space weather.")
    assert got == []


def test_region_code_in_an_address_is_no_body(paragraph_docs):
    got = orgs(paragraph_docs, "Obasanjo Space Centre, Umaru Musa Yar'adua Expressway, Lugbe, Abuja, FCT, Nigeria.")
    assert "FCT" not in [t for t, _ in got]


def test_registry_breadth_un_family_and_regional_bodies(paragraph_docs):
    got = orgs(paragraph_docs, "UNICEF, UNHCR, UNCTAD, IGAD, SAARC and the Council of Europe will cooperate.")
    names = {t: n for t, n in got}
    assert names["UNHCR"] == ("Office of the United Nations High Commissioner for Refugees",)
    assert names["IGAD"] == ("Intergovernmental Authority on Development",)
    assert names["Council of Europe"] == ("Council of Europe",)


def test_the_eu_named_often_does_not_count_for_an_eu_agency_whose_name_starts_with_it(paragraph_docs):
    # "European Union Agency for the Space Programme" is another body, no organ "European Union <Head>":
    # the many namings of the EU do not make it "the Agency" over the agency the statement is about
    got = orgs(paragraph_docs, "The African Space Agency (AfSA) hosted the first Africa-EU Space Dialogue.",
               "The European Union (EU) and the European Union Agency for the Space Programme (EUSPA) attended.",
               "The EU and the African Union welcomed the plan. The EU will support AfSA.",
               "The EU congratulated the Agency on its first work programme.")
    assert ("Agency", ("African Space Agency",)) in got

"""Statement parties from who a headline and a lead say act (pipeline/answers/subjects.py and
the owners and venues of parties._mentions): the co-subjects of a signing headline, the body
whose officials release a statement, a body's country or parent named in its description, a
digest's item heading and its own lead."""
from pipeline.answers.parties import statement_parties
from paragraph_records import records_of


def _with_kinds(records, kinds):
    for r in records:
        for o in r["organizations"]:
            o["kind"] = kinds.get(o["names"][0])
    return records


def test_the_co_subjects_of_a_signing_headline_are_the_sides_not_the_country_after_the_verb():
    # a company's release, its title run into the lead by the scraper: the sidecar's title
    # "A and B sign ... to bring ... to Nigeria" names the two sides before the verb
    meta = {"source": "https://www.telesat.com/press/"}
    title = "Telesat and NIGCOMSAT sign partnership to bring low Earth orbit services to Nigeria"
    assert statement_parties([], "", meta, title)[0] == ["Telesat", "Nigerian Communications Satellite Limited"]


def test_a_subtitle_naming_where_the_work_is_done_adds_no_country_to_a_co_signing_title():
    records, raw = records_of(
        ("title", "IAI and the Kenya Space Agency Sign a Memorandum of Understanding on Small Satellites",
         {"IAI": "Israel Aerospace Industries", "Kenya Space Agency": "Kenya Space Agency"}),
        ("title", "The agreement covers a data processing centre in Kenya and the training of Kenyan engineers", {}),
        ("body", "Israel Aerospace Industries (IAI) and the Kenya Space Agency (KSA), Kenya's national space agency, "
                 "signed a Memorandum of Understanding yesterday in Nairobi.",
         {"Israel Aerospace Industries": "Israel Aerospace Industries", "Kenya Space Agency": "Kenya Space Agency"}))
    meta = {"source": "https://www.iai.co.il/news"}
    assert statement_parties(records, raw, meta, None)[0] == ["Israel Aerospace Industries", "Kenya Space Agency"]


def test_a_co_signing_title_naming_a_country_is_left_to_the_country_rules():
    # "NASA and India Sign ...": a country signs by name, the subjects are not bodies only
    from pipeline.answers.subjects import co_subject_sides
    from pipeline.answers.parties import _mentions
    records, raw = records_of(("title", "NASA and India Sign Agreements on Earth Science",
                               {"NASA": "National Aeronautics and Space Administration"}))
    assert co_subject_sides(records, raw, None, _mentions) == []


def test_the_body_whose_officials_release_the_statement_is_its_party():
    # a legislature committee's page: its masthead is chrome; the lead says whose statement it is
    records, raw = records_of(
        ("title", "Cruz, Cantwell Statement on the Launch of Artemis II", {}),
        ("body", "WASHINGTON, D.C. – Today, Chairman Ted Cruz (R-TX) and Ranking Member Maria Cantwell (D-WA) of the "
                 "Senate Committee on Commerce, Science, and Transportation released the following statement on the "
                 "launch of the Artemis II mission.",
         {"Senate Committee on Commerce, Science, and Transportation": "Senate Committee on Commerce, Science, and Transportation"}))
    records = _with_kinds(records, {"Senate Committee on Commerce, Science, and Transportation": "legislature"})
    assert statement_parties(records, raw, {}, None)[0] == ["Senate Committee on Commerce, Science, and Transportation"]


def test_the_country_after_a_body_and_its_acronym_is_the_bodys_country_not_a_side():
    # "the Ministry ... (MDDIC) of Mongolia and the Korea AeroSpace Administration (KASA) of the
    # Republic of Korea signed": the bodies sign for the headline's two countries
    records, raw = records_of(
        ("title", "Mongolia and the Republic of Korea sign memorandum of understanding on space cooperation", {}),
        ("body", "Today in Ulaanbaatar, the Ministry of Digital Development, Innovation and Communications (MDDIC) of "
                 "Mongolia and the Korea AeroSpace Administration (KASA) of the Republic of Korea signed a Memorandum "
                 "of Understanding on cooperation in the field of space.",
         {"Ministry of Digital Development, Innovation and Communications": "Ministry of Digital Development, Innovation and Communications (Mongolia)",
          "MDDIC": "Ministry of Digital Development, Innovation and Communications (Mongolia)",
          "Korea AeroSpace Administration": "Korea AeroSpace Administration", "KASA": "Korea AeroSpace Administration"}))
    assert statement_parties(records, raw, {}, None)[0] == [
        "Ministry of Digital Development, Innovation and Communications (Mongolia)", "Korea AeroSpace Administration"]


def test_the_parent_a_letterhead_calls_the_issuer_an_organ_of_is_no_side():
    records, raw = records_of(
        ("title", "AFRICAN SPACE AGENCY An Organ of the African Union",
         {"AFRICAN SPACE AGENCY": "African Space Agency", "African Union": "African Union"}),
        ("title", "JOINT COMMUNIQUÉ First Africa–EU Space Dialogue", {"EU": "European Union"}))
    assert statement_parties(records, raw, {}, None)[0] == ["African Space Agency", "European Union"]


def test_a_digests_space_item_heading_and_its_own_lead_name_the_parties():
    # an e-mail digest: the masthead names its publisher (an organization and its secretariat,
    # one side); the item heading names the sides, the item's lead the bodies that agree
    records, raw = records_of(
        ("title", "CARICOM TODAY News and updates from the Caribbean Community Secretariat",
         {"CARICOM": "Caribbean Community", "Caribbean Community Secretariat": "CARICOM Secretariat"}),
        ("body", "Georgetown, 26 November 2024 - Ministers of Agriculture of the Caribbean Community met on Monday to "
                 "review the regional food import target.", {"Caribbean Community": "Caribbean Community"}),
        ("heading", "CARICOM AND INDIA AGREE ON A REGIONAL SATELLITE DATA CENTRE", {"CARICOM": "Caribbean Community"}),
        ("body", "Georgetown, Guyana, 25 November 2024 - The Secretariat of the Caribbean Community (CARICOM) and the "
                 "Indian Space Research Organisation (ISRO) have agreed on the main elements of a regional satellite "
                 "data centre.",
         {"Secretariat of the Caribbean Community": "CARICOM Secretariat", "CARICOM": "Caribbean Community",
          "Indian Space Research Organisation": "Indian Space Research Organisation"}))
    assert statement_parties(records, raw, {}, None)[0] == ["CARICOM Secretariat", "Indian Space Research Organisation"]


def test_a_slavic_compound_of_country_adjectives_in_a_title_names_the_two_sides():
    from pipeline.answers.headline import compound_mentions
    assert compound_mentions("Pierwsze polsko-amerykańskie konsultacje w sprawie współpracy kosmicznej") == ["PL", "US"]
    assert compound_mentions("Заседание российско-китайской подкомиссии по космосу") == ["RU", "CN"]
    assert compound_mentions("Українсько-американські консультації") == ["UA", "US"]
    # a compound whose parts are not all country adjectives names none
    assert compound_mentions("naukowo-techniczne konsultacje polsko-") == []
    assert compound_mentions("латиноамериканский форум") == []


def test_a_foreign_ministrys_page_in_polish_on_bilateral_consultations_has_the_two_countries():
    meta = {"source": "https://www.gov.pl/web/dyplomacja/konsultacje"}
    title = "Pierwsze polsko-amerykańskie konsultacje w sprawie współpracy w przestrzeni kosmicznej"
    assert statement_parties([], "", meta, title)[0] == ["PL", "US"]

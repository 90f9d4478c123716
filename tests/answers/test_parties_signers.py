"""Statement parties (pipeline/answers/parties.py): the publisher's own agency, the sides a
statement's lead names, venues and owners that are no sides, parents of subsidiaries."""
from pipeline.answers.parties import _without_parents, statement_parties
from paragraph_records import records_of

NASA = "National Aeronautics and Space Administration"


def _records(*paragraphs):
    return records_of(*paragraphs)


def test_the_publishing_agency_is_a_party_beside_its_country_of_the_sidecar():
    # an agency's release on its country's signature (DLR on Germany's): the agency speaks too
    meta = {"parties": ["Germany"], "source": "https://www.dlr.de/en/latest/news/2023/03/germany-signs-the-artemis-accords"}
    assert statement_parties([], "", meta, "Germany signs the Artemis Accords")[0] == ["DE", "German Aerospace Center"]


def test_a_ministry_announcing_its_countrys_signature_speaks_as_its_country():
    # a foreign ministry's release on its country's accession: the ministry is the government
    meta = {"source": "https://www.cancilleria.gov.co/newsroom/news/colombia-firma-acuerdos-artemis"}
    assert statement_parties([], "", meta, "Colombia firma los Acuerdos Artemis")[0] == ["CO"]


def test_the_leads_co_subjects_are_the_sides_when_the_headline_names_none():
    # a page whose title is the site's name; the lead says who announces
    records, raw = _records(("body", "VIENNA, 12 June (United Nations Information Service) - The United Nations Office "
                                     "for Outer Space Affairs (UNOOSA) and the China Manned Space Agency (CMSA) today "
                                     "announced the selection of nine projects.",
                             {"United Nations Office for Outer Space Affairs": "United Nations Office for Outer Space Affairs",
                              "China Manned Space Agency": "China Manned Space Agency"}))
    assert statement_parties(records, raw, {}, None)[0] == ["United Nations Office for Outer Space Affairs",
                                                            "China Manned Space Agency"]


def test_the_bodies_signing_for_the_headlines_countries_are_parties_too():
    records, raw = _records(
        ("title", "China and Pakistan Sign Agreement on Astronaut Selection and Training", {}),
        ("body", "On February 28, China and Pakistan signed in Islamabad the Agreement on the Selection and Training of "
                 "Pakistani Astronauts. The agreement was signed by representatives of the China Manned Space Agency "
                 "(CMSA) and the Pakistan Space and Upper Atmosphere Research Commission (SUPARCO) on behalf of the two "
                 "governments.",
         {"China Manned Space Agency": "China Manned Space Agency",
          "Pakistan Space and Upper Atmosphere Research Commission": "Pakistan Space and Upper Atmosphere Research Commission"}))
    assert statement_parties(records, raw, {}, None)[0] == [
        "CN", "PK", "China Manned Space Agency", "Pakistan Space and Upper Atmosphere Research Commission"]


def test_a_country_after_a_city_is_a_venue_and_co_chairs_are_the_sides():
    records, raw = _records(
        ("title", "Artemis Accords Principals' Meeting, Baku, Azerbaijan: Summary of the Co-Chairs", {}),
        ("body", "On 2 October 2023, on the margins of the 74th International Astronautical Congress in Baku, Azerbaijan, "
                 "the National Aeronautics and Space Administration (NASA) and the U.S. Department of State co-chaired the "
                 "second annual meeting of the principals of the signatories to the Artemis Accords.",
         {"National Aeronautics and Space Administration": NASA, "U.S. Department of State": "U.S. Department of State"}))
    assert statement_parties(records, raw, {}, None)[0] == [NASA, "U.S. Department of State"]


def test_a_country_owning_the_body_after_it_is_no_side_of_its_own():
    # "between NOAA and Taiwan's National Space Organization", hard-wrapped as in an e-mail
    records, raw = _records(("body", "COSMIC-2 is a partnership between NOAA and Taiwan's National Space Organization\n"
                                     "(NSPO), with support from the U.S. Air Force.",
                             {"NOAA": "National Oceanic and Atmospheric Administration",
                              "National Space Organization": "Taiwan Space Agency"}))
    assert statement_parties(records, raw, {}, None)[0] == ["National Oceanic and Atmospheric Administration",
                                                            "Taiwan Space Agency"]


def test_the_signatorys_own_body_named_by_the_lead_joins_it():
    # a wire item: "X, represented by its agency, signed ... with NASA": the agency, not NASA
    records, raw = _records(
        ("title", "Kingdom of Saudi Arabia Signs Artemis Accords", {}),
        ("body", "Jeddah, July 16, 2022, SPA -- The Kingdom of Saudi Arabia, represented by the Saudi Space Commission, "
                 "today signed the Artemis Accords with the United States National Aeronautics and Space Administration "
                 "(NASA), becoming the 21st country to sign.",
         {"Saudi Space Commission": "Saudi Space Agency", "National Aeronautics and Space Administration": NASA}))
    assert statement_parties(records, raw, {"source": "https://www.spa.gov.sa/w1759384"}, None)[0] == [
        "SA", "Saudi Space Agency"]


def test_a_forum_of_nations_brings_its_members():
    # a forum's declaration where its members speak: the members are the parties, not the forum
    records, raw = _records(("title", "Combined Space Operations Initiative Releases Vision 2031",
                             {"Combined Space Operations Initiative": "Combined Space Operations Initiative"}),
                            ("body", "We, the Combined Space Operations Initiative participants, recognize that space "
                             "is essential to our national security.", {}))
    assert statement_parties(records, raw, {}, None)[0] == ["AU", "CA", "FR", "DE", "NZ", "GB", "US"]


def test_the_member_states_of_a_forum_speak_as_its_members():
    # "Astana Declaration of the Council of Heads of State of the SCO ... The Member States will
    # continue ...", "... of the SCO will be held": the members speak, the forum owns a meeting
    sco = "Shanghai Cooperation Organisation"
    records, raw = _records(("title", "Astana Declaration of the Council of Heads of State of the Shanghai "
                             "Cooperation Organisation", {sco: sco}),
                            ("body", "The Member States will continue to strengthen the Organisation. The next "
                             "meeting of the Council of Heads of State of the SCO will be held in 2025.", {"SCO": sco}))
    assert statement_parties(records, raw, {}, None)[0] == ["KZ", "BY", "CN", "IN", "IR", "KG", "PK", "RU", "TJ", "UZ"]


def test_a_forum_that_pledges_itself_is_a_party_beside_its_members():
    # a fact sheet where the forum is the subject of its pledges ("The Quad is committed to ...")
    quad = "Quadrilateral Security Dialogue"
    records, raw = _records(("title", "Quad Leaders' Summit Fact Sheet", {"Quad": quad}),
                            ("body", "The Quad is committed to supporting the region's development.", {"Quad": quad}))
    assert statement_parties(records, raw, {}, None)[0] == [quad, "US", "AU", "JP", "IN"]


def test_a_parent_named_in_a_subsidiarys_name_is_no_party():
    subcommittee = "Scientific and Technical Subcommittee of the Committee on the Peaceful Uses of Outer Space"
    assert _without_parents([subcommittee, "Committee on the Peaceful Uses of Outer Space",
                             "International Atomic Energy Agency"]) == [subcommittee, "International Atomic Energy Agency"]


def test_a_capitalized_short_form_actor_is_the_party_it_shortens():
    # "the Agency will use the opportunities offered by the Accords" after "the National Space
    # Research and Development Agency (NASRDA)"; "The Subcommittee and the IAEA intend to ..."
    from pipeline.answers.actors import resolve_actor
    nasrda = "National Space Research and Development Agency"
    parties = ["NG", nasrda]
    c = {"actor": "the Agency"}
    rec = {"text": "the Agency will use the opportunities offered by the Accords"}
    assert resolve_actor(c, rec, {}, parties, None) == ([nasrda], "explicit")
    subcommittee = "Scientific and Technical Subcommittee of the Committee on the Peaceful Uses of Outer Space"
    surfaces = {"Subcommittee": ["Subcommittee"], "IAEA": ["International Atomic Energy Agency"]}
    c = {"actor": "The Subcommittee and the IAEA"}
    rec = {"text": "The Subcommittee and the IAEA intend to continue their cooperation"}
    assert resolve_actor(c, rec, surfaces, [subcommittee, "International Atomic Energy Agency"], None)[0] == [
        subcommittee, "International Atomic Energy Agency"]


def test_the_signatories_are_the_group_the_statement_names():
    # a co-chairs' summary of "the principals of the signatories to the Artemis Accords":
    # "The signatories will continue to share information" is the group's
    from pipeline.answers.actors import resolve_actor
    records = [{"text": "NASA and the U.S. Department of State co-chaired the second annual meeting of the principals "
                        "of the signatories to the Artemis Accords."}]
    c = {"actor": "The signatories"}
    rec = {"text": "The signatories will continue to share information on the Accords."}
    assert resolve_actor(c, rec, {}, [NASA], None, (), records) == (["Artemis Accords signatories"], "coreference")


def test_a_body_signing_an_agreement_with_another_body_gives_both_sides():
    # a company's release: "X Signs Agreement with Y to ...": not a country's accession
    # (the title's "Emirates" names Y's mission, no signer)
    text = "ispace Signs Agreement with the Mohammed Bin Rashid Space Centre to Carry the Emirates Lunar Mission's Rover"
    records, raw = _records(("title", text, {"Mohammed Bin Rashid Space Centre": "Mohammed bin Rashid Space Centre"}))
    assert statement_parties(records, raw, {}, None)[0] == ["ispace", "Mohammed bin Rashid Space Centre"]


def test_the_signers_a_ministry_announces_are_read_after_that():
    # "X announced that A and B of NASA signed": the signer after "that", a body of the
    # headline's country
    records, raw = _records(
        ("title", "Korea-U.S. sign Joint Statement of Intent to strengthen cooperation in space exploration", {}),
        ("body", 'The Ministry of Science and ICT (Minister Lee Jong-ho, hereinafter referred to as "MSIT") announced '
                 "that Minister Lee Jong-ho and Administrator Bill Nelson of the National Aeronautics and Space "
                 "Administration (NASA) signed a Joint Statement of Intent (JSI) on space exploration.",
         {"Ministry of Science and ICT": "Ministry of Science and ICT", "National Aeronautics and Space Administration": NASA}))
    assert statement_parties(records, raw, {}, None)[0] == ["KR", "US", NASA]


def test_the_committee_whose_report_a_resolution_adopts_is_no_party():
    # a resolution "adopted by the General Assembly [on the report of the First Committee
    # (A/68/409)]": the body authoring the report acted on is no side; nor is a preamble's
    # "relations between States, Mindful of ... the Committee ..." a list of sides
    unga, first = "United Nations General Assembly", "Disarmament and International Security Committee"
    copuos = "Committee on the Peaceful Uses of Outer Space"
    records, raw = _records(("title", "Resolution adopted by the General Assembly on 5 December 2013 [on the report of "
                             "the First Committee (A/68/409)]", {"General Assembly": unga, "First Committee": first,
                                                                "A/68/409": first}),
                            ("body", "Recognizing that such measures can contribute to friendly relations between States, "
                             "Mindful of the role of the Committee on the Peaceful Uses of Outer Space and of the "
                             "Conference on Disarmament.", {"Committee on the Peaceful Uses of Outer Space": copuos}))
    assert statement_parties(records, raw, {}, None)[0] == [unga]


def test_a_country_leading_the_program_joined_is_no_side():
    # a news agency's story on one country joining another's program ("U.S.-led"): the joiner
    # speaks; the program's leader is no side (the reporter neither)
    records, raw = _records(("title", "Japan to join U.S.-led lunar exploration project", {}))
    assert statement_parties(records, raw, {}, None)[0] == ["JP"]


def test_the_countries_signing_by_name_stay_beside_the_issuing_agency_of_the_source_line():
    # an agency's release whose "Source:" line joins the headline: the countries the title
    # says sign stay, the agency beside its own country (not in its place)
    cmsa, suparco = "China Manned Space Agency", "Pakistan Space and Upper Atmosphere Research Commission"
    records, raw = _records(
        ("title", "China and Pakistan Sign Agreement on Astronaut Selection and Training", {}),
        ("title", "Source: China Manned Space Agency Date: 2025-02-28", {cmsa: cmsa}),
        ("body", "The agreement was signed by representatives of the China Manned Space Agency and the Pakistan Space "
                 "and Upper Atmosphere Research Commission on behalf of the two governments.",
         {cmsa: cmsa, suparco: suparco}))
    assert statement_parties(records, raw, {}, None)[0] == ["CN", "PK", cmsa, suparco]


def test_the_bodies_signing_replace_the_countries_a_headline_names_as_its_theme():
    # a signing ceremony of agencies under a headline naming their countries as its theme
    uksa, asa = "UK Space Agency", "Australian Space Agency"
    records, raw = _records(
        ("title", "Building a Space Bridge between the UK and Australia", {}),
        ("body", "This morning the UK Space Agency, the Australian Space Agency and the trade departments signed the "
                 "UK-Australia Space Bridge Framework Arrangement.", {uksa: uksa, asa: asa}))
    assert statement_parties(records, raw, {}, None)[0] == [uksa, asa]


def test_a_resolution_in_another_language_is_its_parliaments():
    # a non-English page has no organization records: the body its headline names in its
    # own language is the party
    records, raw = _records(("title", "Résolution du Parlement européen du 12 septembre 2017 sur une stratégie "
                             "spatiale pour l'Europe", {}))
    assert statement_parties(records, raw, {}, None)[0] == ["European Parliament"]


def test_the_agencies_a_chinese_lead_says_sign_join_the_countries_of_the_headline():
    # "中俄签署...": the countries sign by name; the lead's agency heads sign for them
    records, raw = _records(("title", "中俄签署合作建设国际月球科研站谅解备忘录", {}),
                            ("body", "3月9日，经中俄两国政府批准，国家航天局局长张克俭与俄罗斯国家航天集团公司总经理罗戈津"
                                     "通过视频方式，共同签署了谅解备忘录。", {}))
    assert statement_parties(records, raw, {}, None)[0] == [
        "CN", "RU", "China National Space Administration", "State Space Corporation Roscosmos"]


def test_a_news_agency_reporting_a_ministry_gives_the_ministry_beside_its_country():
    # a wire story (no issuer of its own) on a country's accession: the reporter is no party,
    # the ministry whose announcement it reports speaks beside its country
    msit = "Ministry of Science and ICT"
    records, raw = _records(
        ("title", "S. Korea signs Artemis Accords, joins U.S.-led moon exploration project", {}),
        ("body", "SEOUL, May 27 (Yonhap) -- South Korea on Thursday signed the Artemis Accords, the science ministry said.", {}),
        ("body", "Minister Lim Hye-sook signed the accords in a ceremony held in Seoul, according to the Ministry of "
                 "Science and ICT.", {msit: msit}))
    assert statement_parties(records, raw, {"source": "https://en.yna.co.kr/view/AEN20210527007351320"}, None)[0] == [
        "KR", msit]


def test_an_agencys_own_release_is_the_agencys_alone_over_its_countrys_sidecar():
    # a launch of the agency's satellite: the country owns it, the agency speaks
    meta = {"parties": ["Kenya"], "source": "https://ksa.go.ke/press-releases/taifa-1-launch"}
    title = "Kenya's first operational Earth observation satellite, Taifa-1, successfully launched"
    assert statement_parties([], "", meta, title)[0] == ["Kenya Space Agency"]
    # a signing keeps the country beside its agency, in any language of the accession verbs
    meta = {"parties": ["Germany"], "source": "https://www.dlr.de/de/aktuelles/nachrichten"}
    assert statement_parties([], "", meta, "Deutschland unterzeichnet die Artemis Accords")[0] == [
        "DE", "German Aerospace Center"]


def test_a_legislature_committees_release_is_the_committees_not_its_countrys():
    meta = {"parties": ["United States"], "source": "https://www.commerce.senate.gov/2024/7/committee-approves"}
    title = "Committee Approves Bipartisan NASA Authorization Act of 2024"
    assert statement_parties([], "", meta, title)[0] == ["Senate Committee on Commerce, Science, and Transportation"]


def test_the_headlines_co_signing_bodies_replace_the_sidecars_countries():
    title = "NSSA, UAE Space Agency agree to develop second joint satellite"
    records, raw = _records(("title", title, {"NSSA": "National Space Science Agency",
                                              "UAE Space Agency": "UAE Space Agency"}))
    meta = {"parties": ["Bahrain", "United Arab Emirates"], "source": "https://www.bna.bh/en/story.aspx"}
    assert statement_parties(records, raw, meta, title)[0] == ["National Space Science Agency", "UAE Space Agency"]


def test_mext_site_is_the_ministrys_not_the_forum_it_once_hosted():
    # mext.go.jp is MEXT's own host (its acronym), not ISEF's, whose registry source sits on it
    from pipeline.answers.issuers import issuer
    assert issuer({"source": "https://www.mext.go.jp/en/news/artemis-accords-2020.htm"}) == (
        "Ministry of Education, Culture, Sports, Science and Technology")
    assert issuer({"source": "https://www.asi.it/en/news/x"}) == "Italian Space Agency"


def test_rijksoverheid_sidecar_country_in_the_pages_language_resolves_to_its_code():
    from pipeline.answers.parties import resolve_name
    assert [resolve_name(n) for n in ("Nederland", "Brasil", "Deutschland")] == ["NL", "BR", "DE"]
    assert statement_parties([], "", {"parties": ["Nederland"]}, "Nederland tekent Artemis Akkoorden")[0] == ["NL"]


def test_oas_sidecar_secretariat_the_registry_lacks_is_the_body_its_acronym_names():
    from pipeline.answers.parties import resolve_name
    assert resolve_name("OAS General Secretariat") == "Organization of American States"
    assert resolve_name("Some Unknown Body") == "Some Unknown Body"


_SSGI = "Space Science and Geospatial Institute"
_CNSA = "China National Space Administration"


def test_ssgi_headline_countries_give_way_to_the_bodies_the_lead_says_sign():
    # "Ethiopia and China agree ...": the countries are the short names of the bodies that sign
    records, raw = _records(
        ("title", "Ethiopia and China agree to build the ETRSS-2 satellite together", {}),
        ("body", "Addis Ababa, May 14, 2024 – The Space Science and Geospatial Institute (SSGI) and the China "
                 "National Space Administration (CNSA) today signed a memorandum of understanding.",
         {"Space Science and Geospatial Institute": _SSGI, "China National Space Administration": _CNSA}))
    assert statement_parties(records, raw, {}, None)[0] == [_SSGI, _CNSA]


def test_unoosa_headline_organization_gives_way_to_its_office_that_announces():
    # "United Nations and China agree ...": "The UNOOSA and the CMSA today announced"
    unoosa, cmsa = "United Nations Office for Outer Space Affairs", "China Manned Space Agency"
    records, raw = _records(
        ("title", "United Nations and China agree on experiments to be hosted on China's space station",
         {"United Nations": "United Nations"}),
        ("body", "VIENNA, 12 June - The United Nations Office for Outer Space Affairs (UNOOSA) and the China Manned "
                 "Space Agency (CMSA) today announced the selection of nine projects.",
         {"United Nations Office for Outer Space Affairs": unoosa, "China Manned Space Agency": cmsa}))
    assert statement_parties(records, raw, {}, None)[0] == [unoosa, cmsa]


def test_cnsa_bodies_signing_for_their_governments_keep_the_headlines_countries():
    # the lead says the bodies sign with the governments' approval: the countries stay sides
    records, raw = _records(
        ("title", "Ethiopia and China agree to build the ETRSS-2 satellite together", {}),
        ("body", "The Space Science and Geospatial Institute (SSGI) and the China National Space Administration "
                 "(CNSA) today signed, on behalf of their governments, a memorandum of understanding.",
         {"Space Science and Geospatial Institute": _SSGI, "China National Space Administration": _CNSA}))
    assert statement_parties(records, raw, {}, None)[0] == ["ET", "CN", _SSGI, _CNSA]


def test_unoda_joint_statement_delivered_on_behalf_of_states_without_a_sidecar_names_them():
    records, raw = _records(
        ("title", "JOINT STATEMENT ON RESPONSIBLE BEHAVIOURS IN OUTER SPACE", {}),
        ("title", "Delivered by Canada on behalf of Australia, Japan, New Zealand, Norway, the Republic\n      of Korea, "
                  "Switzerland, the United Kingdom, the United States and Canada", {}),
        ("body", "We reaffirm our commitment to the prevention of an arms race in outer space.", {}))
    assert statement_parties(records, raw, {}, None)[0] == ["CA", "AU", "JP", "NZ", "NO", "KR", "CH", "GB", "US"]


def test_sansa_on_behalf_of_one_country_before_other_words_is_no_list_of_states():
    from pipeline.answers.parties import delivered_on_behalf
    records, raw = _records(("body", "The South African National Space Agency (SANSA), on behalf of South Africa, today "
                                     "signed the Agreement together with the space agencies of Brazil, Russia, India "
                                     "and China.", {}))
    assert delivered_on_behalf(records, raw) == []
    records, raw = _records(("body", "The agreement was signed on behalf of the two governments.", {}))
    assert delivered_on_behalf(records, raw) == []

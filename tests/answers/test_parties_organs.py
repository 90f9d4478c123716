"""Bodies the registry lacks (pipeline/answers/organs.py), place lines and joint acts held
"with" a guest (pipeline/answers/parties.py, voices.py)."""
from pipeline.answers.actors import resolve_actor
from pipeline.answers.organs import organ_owner
from pipeline.answers.issuers import PARTY_KINDS
from pipeline.answers.parties import statement_parties
from paragraph_records import records_of

ISRO = "Indian Space Research Organisation"


def _with_kinds(records, kinds):
    for rec in records:
        for o in rec["organizations"]:
            o["kind"] = kinds.get(o["text"], "agency")
    return records


def test_a_council_organ_acts_for_its_organization_whether_or_not_the_registry_lists_it():
    # "The Council decided ..." on an observatory's page: its governing council acts for it, the
    # registry listing it as a council (SKAO Council) or not ("Council of the League of Arab
    # States"); a registry body of another kind named so (the Council of the European Union)
    # stays itself
    assert organ_owner("SKAO Council", PARTY_KINDS) == "SKA Observatory"
    assert organ_owner("Council of the League of Arab States", PARTY_KINDS) == "League of Arab States"
    assert organ_owner("Council of the European Union", PARTY_KINDS) is None
    # "the Subcommittee and the IAEA Commission on Safety Standards agreed": the agency's commission
    assert organ_owner("IAEA Commission on Safety Standards", PARTY_KINDS) == "International Atomic Energy Agency"
    records, _ = records_of(("body", "The SKAO Council decided to hold its next meeting in Cape Town.",
                             {"SKAO Council": "SKAO Council"}))
    c = {"text": "decided to hold its next meeting in Cape Town", "actor": "The SKAO Council"}
    assert resolve_actor(c, records[0], {"SKAO Council": ["SKAO Council"]}, ["SKA Observatory"], "SKA Observatory",
                         records=records)[0] == ["SKA Observatory"]


def test_las_manama_a_place_line_is_no_side_and_the_organ_in_the_title_is_its_organization():
    # a summit declaration: the issuing council's organization speaks; "Manama, Kingdom of
    # Bahrain, 16 May 2024" says where, not who
    records, raw = records_of(
        ("title", "Manama Declaration issued by the Council of the League of Arab States at the Summit Level",
         {"Council of the League of Arab States": "Council of the League of Arab States"}),
        ("title", "Manama, Kingdom of Bahrain, 16 May 2024", {}),
        ("body", "We, the leaders of the Arab States, meeting in Manama, declare the following:", {}))
    _with_kinds(records, {"Council of the League of Arab States": "council"})
    assert statement_parties(records, raw, {}, None)[0] == ["League of Arab States"]


def test_govtech_an_unknown_agency_signing_in_the_lead_is_the_side_for_its_country():
    # "Bhutan and India sign arrangement ...": the lead's signers stand for the headline's
    # countries, the registry's ISRO for India and the agency it lacks for Bhutan; a body
    # named "Government ..." says nothing of signing for governments
    records, raw = records_of(
        ("title", "Bhutan and India sign arrangement to upgrade Thimphu ground station", {}),
        ("body", "The Government Technology Agency (GovTech) and the Indian Space Research Organisation (ISRO) signed "
                 "an implementing arrangement today in Thimphu.",
         {"Government Technology Agency": "Government Technology Agency", "Indian Space Research Organisation": ISRO}))
    _with_kinds(records, {})
    assert statement_parties(records, raw, {}, None)[0] == ["Government Technology Agency", ISRO]


def test_an_unknown_office_in_a_title_is_no_party_by_itself():
    # a byline office or a news service the registry lacks, named in a title: no side
    records, raw = records_of(
        ("title", "Office of the Spokesman: Joint Statement of the United States and China", 
         {"Office of the Spokesman": "Office of the Spokesman"}))
    _with_kinds(records, {"Office of the Spokesman": "office"})
    assert statement_parties(records, raw, {}, None)[0] == ["US", "CN"]


def test_pm_transcript_a_joint_press_conference_with_a_guest_is_the_hosts_and_the_guests():
    # a head of government's transcript: the host's country and the visiting president's
    meta = {"source": "https://www.pm.gov.au/media/joint-press-conference"}
    records, raw = records_of(
        ("title", "Joint press conference with the President of the Republic of Korea", {}),
        ("body", "A short time ago, the President and I witnessed the signing of an arrangement between the "
                 "Australian Space Agency and the Korea AeroSpace Administration.",
         {"Australian Space Agency": "Australian Space Agency",
          "Korea AeroSpace Administration": "Korea AeroSpace Administration"}))
    assert statement_parties(records, raw, meta, None)[0] == ["AU", "KR"]


def test_koreaherald_a_head_of_states_namesake_introduced_as_a_bodys_head_speaks_for_the_body():
    # "Yoon said" after "Yoon Young-bin, head of the Korea AeroSpace Administration": the
    # agency head's quoted "we" is the agency's, not the namesake president's country
    kasa = "Korea AeroSpace Administration"
    records, _ = records_of(
        ("body", "Yoon Young-bin, head of the Korea AeroSpace Administration (KASA), signed the MOU in Paris.",
         {"Korea AeroSpace Administration": kasa}),
        ("body", "“Europe is a partner we cannot do without,” Yoon said. “We will make this cooperation visible.”", {}))
    c = {"text": "We will make this cooperation visible", "actor": "We"}
    parties = [kasa, "European Space Agency"]
    assert resolve_actor(c, records[1], {"Korea AeroSpace Administration": [kasa]}, parties, None,
                         records=records)[0] == [kasa]


def test_vn_espi_the_bodies_a_that_clause_names_are_the_actors():
    # "The two sides agreed that NASA and the VNSC, a body under VAST, will sign ...": the sides
    # decide, the bodies of the that-clause act
    nasa, vnsc, vast = "National Aeronautics and Space Administration", "Vietnam National Space Center", \
        "Vietnam Academy of Science and Technology"
    text = ("The two sides agreed that NASA and the Viet Nam National Space Center (VNSC), a body under VAST, will sign "
            "an implementing arrangement.")
    surfaces = {"NASA": [nasa], "Viet Nam National Space Center": [vnsc], "VNSC": [vnsc], "VAST": [vast]}
    records, _ = records_of(("body", text, {"NASA": nasa, "Viet Nam National Space Center": vnsc, "VAST": vast}))
    c = {"text": text, "actor": "The two sides"}
    assert resolve_actor(c, records[0], surfaces, ["US", "VN"], None, records=records)[0] == [nasa, vnsc]
    c = {"text": "The Council also decided that ESA will draft a Zero Debris Charter", "actor": "The Council"}
    assert resolve_actor(c, records[0], {"ESA": ["European Space Agency"]}, ["Council of the European Union"], None,
                         records=records)[0] == ["European Space Agency"]


def test_iss_mcb_the_bodies_meeting_as_a_board_are_the_sides_and_the_board_stands_for_them():
    # "The heads of the ISS partner agencies, NASA, ESA, JAXA, CSA and Roscosmos, met in Milan ...
    # as the ... Multilateral Coordination Board (MCB)": the agencies speak; "the Board will
    # review" is theirs
    from pipeline.answers import answer_statement
    mcb, nasa, esa, jaxa = ("International Space Station Multilateral Coordination Board",
                            "National Aeronautics and Space Administration", "European Space Agency",
                            "Japan Aerospace Exploration Agency")
    records, raw = records_of(
        ("title", "Joint Statement of the International Space Station Multilateral Coordination Board", {
            "International Space Station Multilateral Coordination Board": mcb}),
        ("body", "The heads of the partner agencies, NASA, ESA and JAXA, met in Milan on 15 October 2024, as the "
                 "Multilateral Coordination Board (MCB).",
         {"NASA": nasa, "ESA": esa, "JAXA": jaxa, "Multilateral Coordination Board": mcb}),
        ("body", "The Board will review the progress of the transition.", {"Board": mcb}))
    records[2]["commitments"] = [{"text": "The Board will review the progress of the transition", "actor": "The Board",
                                  "start": records[2]["start"], "end": records[2]["end"] - 1, "dates": []}]
    assert statement_parties(records, raw, {}, None)[0] == [nasa, esa, jaxa]
    assert answer_statement(records, raw, None, {}, None) == [nasa, esa, jaxa]
    assert records[2]["commitments"][0]["actor_names"] == [nasa, esa, jaxa]


def test_anadolu_the_ministry_of_a_wire_story_is_the_one_ministry_it_names():
    # a wire story of a country's launch (party: the country): "the ministry plans to ..." is
    # the one ministry the story names, not the country
    from pipeline.answers.actors import short_form_body
    moti = "Ministry of Transport and Infrastructure (Türkiye)"
    surfaces = {"Ministry of Transport and Infrastructure": [moti], "SpaceX": ["Space Exploration Technologies Corp."]}
    assert short_form_body("the ministry", ["TR"], surfaces) == moti
    assert short_form_body("the agency", ["TR"], surfaces) is None
    # beside a body party ("the CNSA will share ... The agency also intends to ..."), "the agency" is that party's
    esa = {"ESA": ["European Space Agency"], "CNSA": ["China National Space Administration"]}
    assert short_form_body("the agency", ["China National Space Administration"], esa) is None


def test_asal_an_acronym_after_an_elided_article_is_named():
    # a title in French or Italian: "entre l'ASAL et l'Agence spatiale ... (SANSA)", "dell'ESA"
    from pipeline.answers.issuers import registry_mentions
    title = "Signature d'un mémorandum d'entente entre l'ASAL et l'Agence spatiale nationale sud-africaine (SANSA)"
    assert registry_mentions(title) == ["Algerian Space Agency", "South African National Space Agency"]
    assert registry_mentions("Accordo dell'ESA") == ["European Space Agency"]


def test_unga_the_parent_beside_its_organ_is_no_party():
    # "United Nations" (the document's masthead) beside the "United Nations General Assembly"
    # whose resolution it is: the organ speaks; an office under the parent is no organ of it
    from pipeline.answers.organs import organ_of
    from pipeline.answers.parties import _without_parents
    assert _without_parents(["United Nations", "United Nations General Assembly"]) == ["United Nations General Assembly"]
    assert organ_of("United Nations", "United Nations Security Council")
    assert not organ_of("United Nations", "United Nations Office for Outer Space Affairs")

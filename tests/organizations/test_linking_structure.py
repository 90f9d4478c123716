"""Acronym long forms, footnote marks, parent acronyms and short forms (ANNOTATION.md section 2).

Each test is a real sentence shape from statements of publishers the corpus did not have.
"""
from org_linking import orgs


def test_alliance_with_a_defined_acronym_is_a_body_over_a_registry_prefix(paragraph_docs):
    # a membership body's name ("... Alliance", "... Network") defined with an acronym, starting
    # with a registry name ("Quad"): one body, its acronym linked to it
    got = orgs(paragraph_docs, "Quad Indo-Pacific Oceans Research Alliance (QIPORA)",
               "QIPORA is an ocean research alliance which will expand ocean research.")
    name = ("Quad Indo-Pacific Oceans Research Alliance",)
    assert ("Quad Indo-Pacific Oceans Research Alliance", name) in got
    assert got.count(("QIPORA", name)) == 2
    assert not any(text == "Quad" for text, _ in got)


def test_network_defined_with_acronym_then_used_with_the(paragraph_docs):
    got = orgs(paragraph_docs, "Quad Investors Network (QUIN)",
               "The QUIN, a network of investors and executives, will facilitate access to capital.")
    assert got.count(("QUIN", ("Quad Investors Network",))) == 2


def test_network_without_acronym_stays_no_body(paragraph_docs):
    got = orgs(paragraph_docs, "We welcome the work of the Blue Dot Network on quality infrastructure.")
    assert not any("Network" in text for text, _ in got)


def test_a_facility_network_with_acronym_is_no_body(paragraph_docs):
    got = orgs(paragraph_docs, "The spacecraft will be tracked by NASA's Deep Space Network (DSN). The DSN is ready.")
    assert [text for text, _ in got] == ["NASA"]


def test_consortium_long_form_links_its_acronym(paragraph_docs):
    got = orgs(paragraph_docs, "satellites so developed will be compatible with the system of the International "
                               "Telecommunications Satellite Consortium (INTELSAT).")
    names = {n for _, n in got}
    assert [t for t, _ in got] == ["International Telecommunications Satellite Consortium", "INTELSAT"]
    assert len(names) == 1


def test_footnote_number_glued_to_a_name(paragraph_docs):
    # "Cooperation1": a footnote mark is no part of the name
    got = orgs(paragraph_docs, "We encourage the BRICS Joint Committee on Space Cooperation1 to expand the use of "
                               "the constellation.")
    # the grouping's name before it is part of the name (filters prefix_acronyms)
    assert ("BRICS Joint Committee on Space Cooperation", ("BRICS Joint Committee on Space Cooperation",)) in got


def test_names_with_digits_keep_them(paragraph_docs):
    doc = paragraph_docs("The G20 and ISEF2 met on COVID19 and Sentinel-1.")[0]
    assert {"G20", "ISEF2", "COVID19"} <= {t.text for t in doc}


def test_parent_acronym_before_a_registered_center(paragraph_docs):
    got = orgs(paragraph_docs, "Minister Lee and NASA Administrator Bill Nelson sign Joint Statement of Intent at "
                               "NASA Goddard Space Flight Center on the occasion of the visit.")
    assert ("NASA", ("National Aeronautics and Space Administration",)) in got
    assert ("Goddard Space Flight Center", ("Goddard Space Flight Center",)) in got


def test_un_before_a_body_is_part_of_its_name(paragraph_docs):
    got = orgs(paragraph_docs, "Russia vetoed the UN Security Council resolution on outer space.")
    assert ("UN Security Council", ("United Nations Security Council",)) in got


def test_acronym_of_another_country_is_no_parent(paragraph_docs):
    # "JSC" (joint-stock company) is not the Johnson Space Center of another country
    got = orgs(paragraph_docs, "The contract went to JSC Russian Space Systems last year.")
    assert [t for t, _ in got] == ["JSC Russian Space Systems"]


def test_acronym_ending_a_longer_name_defined_in_parentheses(paragraph_docs):
    # "ACR (Long Form)" where ACR ends a registry name: the name stays whole
    got = orgs(paragraph_docs, "NASA and the German Space Agency at DLR (German Aerospace Center) have agreed to "
                               "jointly build a pair of spacecraft.")
    assert ("German Space Agency at DLR", ("German Space Agency at DLR",)) in got
    assert not any(text == "DLR" for text, _ in got)


def test_group_plus_is_another_group(paragraph_docs):
    got = orgs(paragraph_docs, "Germany plays a key role in the co-led G7+ Coordination Group for Ukraine Energy.")
    assert not any(text == "G7" for text, _ in got)


def test_bare_short_form_tagged_alone_links_to_the_full_name(paragraph_docs):
    # the head stage takes "Coordination Group" for a body of that name; after the full name it
    # is that body's short form
    got = orgs(paragraph_docs, "The International Space Exploration Coordination Group (ISECG) released the roadmap.",
               "The Coordination Group will meet again in 2025.")
    assert ("Coordination Group", ("International Space Exploration Coordination Group",)) in got


def test_title_before_a_forum_head_is_part_of_the_name(paragraph_docs):
    # a forum of people holding a title: "CEO Forum" is the body's name, not a title and a head
    got = orgs(paragraph_docs, "The two Presidents also committed to relaunch the U.S.-Brazil CEO Forum and to hold "
                               "its next meeting in 2019.")
    assert [t for t, _ in got] == ["U.S.-Brazil CEO Forum"]


def test_title_after_a_department_still_ends_it(paragraph_docs):
    got = orgs(paragraph_docs, "The Department of State Deputy Assistant Secretary spoke at the event.")
    assert [t for t, _ in got] == ["Department of State"]


def test_definition_followed_by_mission_names_a_mission(paragraph_docs):
    # "Long Form (ACR) small satellite mission": the acronym names a mission, not a body
    got = orgs(paragraph_docs, "NASA and the Brazilian Space Agency (AEB) will cooperate, including the joint "
                               "Scintillation Prediction Observations Research Task (SPORT) small satellite mission "
                               "to study space weather.")
    assert [t for t, _ in got] == ["NASA", "Brazilian Space Agency", "AEB"]


def test_registry_body_defined_before_mission_word_stays_a_body(paragraph_docs):
    got = orgs(paragraph_docs, "The Japan Aerospace Exploration Agency (JAXA) mission team met in Tokyo.")
    assert ("JAXA", ("Japan Aerospace Exploration Agency",)) in got


def test_two_bodies_sharing_an_acronym_are_not_merged(paragraph_docs):
    # an unknown body's long form with a registry body's acronym (the Iranian Space Agency's ISA)
    # keeps its own name when it does not spell the registry body
    got = orgs(paragraph_docs, "The Iranian Space Agency and the Innovation Support Association (ISA) signed a "
                               "memorandum. ISA will help start-ups.")
    assert ("Iranian Space Agency", ("Iranian Space Agency",)) in got
    assert got.count(("ISA", ("Innovation Support Association",))) == 2


def test_working_group_then_its_committee_are_two_names(paragraph_docs):
    # two names run together, a group's and a committee's: each ends at its own head
    got = orgs(paragraph_docs, "The Quad Space Working Group Extreme Precipitation Steering Committee has hosted two "
                               "workshops to strengthen capacity.")
    assert [t for t, _ in got] == ["Quad Space Working Group", "Extreme Precipitation Steering Committee"]


def test_one_name_with_an_inner_head_stays_whole(paragraph_docs):
    got = orgs(paragraph_docs, "The Air Force Research Laboratory and the National Security Council Secretariat met.")
    assert [t for t, _ in got] == ["Air Force Research Laboratory", "National Security Council Secretariat"]


def test_parent_acronym_in_the_official_name_stays(paragraph_docs):
    got = orgs(paragraph_docs, "Spectrum and orbit resources are finite, and the work of the ITU Radiocommunication "
                               "Bureau in recording assignments is essential.")
    assert [t for t, _ in got] == ["ITU Radiocommunication Bureau"]


def test_program_run_on_after_a_registry_body(paragraph_docs):
    # a body's program named right after it: the body is a mention, the program is none
    got = orgs(paragraph_docs, "The U.S. Department of Commerce Commercial Law Development Program has partnered "
                               "with Georgetown University.")
    assert ("U.S. Department of Commerce", ("U.S. Department of Commerce",)) in got
    assert not any("Program" in t for t, _ in got)


def test_sub_office_run_on_after_its_parent_takes_its_country(paragraph_docs):
    got = orgs(paragraph_docs, "The Department of Energy Office of Science and the Ministry of Foreign Affairs of "
                               "Japan met in Tokyo.")
    office = [n for t, n in got if t == "Office of Science"]
    assert office and "Japan" not in office[0][0]


def test_council_of_a_plural_title_is_a_body(paragraph_docs):
    # a plural title right after "of" names the body's members, part of the name
    got = orgs(paragraph_docs, "The Council of Ministers and the Committee of Permanent Representatives met.")
    assert [t for t, _ in got] == ["Council of Ministers", "Committee of Permanent Representatives"]


def test_assembly_of_heads_of_state_and_government(paragraph_docs):
    got = orgs(paragraph_docs, "The African Space Policy and Strategy was adopted by the Assembly of Heads of State "
                               "and Government in January 2016.")
    assert [t for t, _ in got] == ["Assembly of Heads of State and Government"]


def test_registry_body_of_the_secretariat(paragraph_docs):
    # UN resolutions: "the Office for Outer Space Affairs of the Secretariat" names the Office
    got = orgs(paragraph_docs, "Requests the Office for Outer Space Affairs of the Secretariat to continue its work.")
    assert got == [("Office for Outer Space Affairs", ("United Nations Office for Outer Space Affairs",))]


def test_model_org_ending_a_longer_proper_name_is_none(paragraph_docs):
    # the model tags "Franklin" of "Rosalind Franklin" (a rover named after a person)
    got = orgs(paragraph_docs, "“Rosalind Franklin will be the first rover able to drill two metres deep,” said ESA "
                               "Director General Josef Aschbacher.")
    assert [t for t, _ in got] == ["ESA"]

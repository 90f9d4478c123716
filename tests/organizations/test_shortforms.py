"""Short forms of a body named in full in the same statement (ANNOTATION 2)."""
from org_linking import orgs


def test_the_committee_after_its_full_name(paragraph_docs):
    got = orgs(paragraph_docs, "The Committee on the Peaceful Uses of Outer Space adopted the guidelines.",
               "The Committee also noted the report.")
    assert ("Committee", ("Committee on the Peaceful Uses of Outer Space",)) in got


def test_the_working_group_after_its_full_name(paragraph_docs):
    got = orgs(paragraph_docs, "The Working Group on Space Resources met in Vienna. The Working Group will report in 2026.")
    assert ("Working Group", ("Working Group on Space Resources",)) in got


def test_company_by_its_first_word(paragraph_docs):
    got = orgs(paragraph_docs, "Planet Labs PBC will provide imagery. Planet has operated satellites since 2013.")
    assert ("Planet", ("Planet Labs PBC",)) in got


def test_two_bodies_with_one_head_leave_the_short_form_unlinked(paragraph_docs):
    got = orgs(paragraph_docs, "The Philippine Space Agency and the Japan Aerospace Exploration Agency signed. The Agency said more.")
    assert not any(text == "Agency" for text, _ in got)


def test_a_country_is_no_short_form_of_a_company(paragraph_docs):
    got = orgs(paragraph_docs, "Palau National Communications Corporation will modernize the network in Palau.")
    assert not any(text == "Palau" for text, _ in got)


def test_the_subcommittee_after_a_name_with_coordinated_modifiers(paragraph_docs):
    # a head with "X and Y" modifiers before it still gives its short form
    got = orgs(paragraph_docs, "The Safety Framework is a joint product of the Scientific and Technical Subcommittee "
               "and the International Atomic Energy Agency.", "The draft was adopted by the Subcommittee in 2009.")
    names = dict(got)
    assert names.get("Subcommittee") == names.get("Scientific and Technical Subcommittee")


def test_the_agency_after_a_name_with_and(paragraph_docs):
    got = orgs(paragraph_docs, "The Director General of the National Space Research and Development Agency (NASRDA) "
               "attended.", "He said that the Agency will use the opportunities offered by the Accords.")
    assert ("Agency", ("National Space Research and Development Agency",)) in got


def test_the_committee_on_a_lower_case_word_is_a_short_form(paragraph_docs):
    # "the Committee on their activities": "on" starts no name when a lower-case word follows
    got = orgs(paragraph_docs, "They will brief the Committee on the Peaceful Uses of Outer Space (COPUOS).",
               "The signatories will continue to brief the Committee on their activities.")
    assert ("Committee", ("Committee on the Peaceful Uses of Outer Space",)) in got


def test_the_administration_is_no_short_form_of_nasa(paragraph_docs):
    # "the Administration" is the government of the day, not NASA
    got = orgs(paragraph_docs, "The National Aeronautics and Space Administration signed.",
               "The Administration released its space policy.")
    assert not any(text == "Administration" for text, _ in got)


def test_short_form_before_a_date_is_linked(paragraph_docs):
    # a dateline run into the text after "the Commission" is no part of a longer name
    got = orgs(paragraph_docs, "The Federal Communications Commission (FCC) adopted new rules.",
               "Action by the Commission September 29, 2022 by Second Report and Order.")
    assert ("Commission", ("Federal Communications Commission",)) in got


def test_bare_head_after_an_event_with_that_head_is_no_legislature(paragraph_docs):
    # "the Congress" after "the 66th International Astronautical Congress" is the event, not the U.S. Congress
    got = orgs(paragraph_docs, "The signing took place on the sidelines of the 66th International Astronautical "
               "Congress, the first time the Congress has met in Israel.")
    assert not any(text == "Congress" for text, _ in got)


def test_bare_congress_alone_stays_the_legislature(paragraph_docs):
    got = orgs(paragraph_docs, "The Congress passed the bill. The President thanked the U.S. Congress.")
    assert ("Congress", ("United States Congress",)) in got


def test_head_alone_before_a_noun_is_the_short_form(paragraph_docs):
    # EU style: "Council conclusions" after "Council of the European Union"
    got = orgs(paragraph_docs, "Council of the European Union", "Subject: EU Space Strategy - Council conclusions "
               "(14 November 2023)", "Delegations noted the Presidency Council report.")
    assert [t for t, _ in got].count("Council") == 1       # after a capitalized word: part of a longer name
    assert ("Council", ("Council of the European Union",)) in got


def test_the_agency_after_two_agencies_cites_the_one_named_most(paragraph_docs):
    # the body named most often before the short form (the issuer), not one quoted once
    got = orgs(paragraph_docs, "The National Space Science Agency (NSSA) and the UAE Space Agency signed a memorandum.",
               "The UAE Space Agency will train engineers.",
               "The NSSA said it will host a workshop. The Agency also aims to complete a space law.")
    assert ("Agency", ("National Space Science Agency",)) in got


def test_the_agency_before_any_agency_is_named_stays_unlinked(paragraph_docs):
    got = orgs(paragraph_docs, "The Agency will launch a call.",
               "The Philippine Space Agency and the Japan Aerospace Exploration Agency signed.",
               "The Philippine Space Agency will lead.")
    assert not any(text == "Agency" for text, _ in got)


def test_the_committee_after_two_committees_introduced_together_stays_unlinked(paragraph_docs):
    # named once each in one paragraph: no body is the statement's first, the short form stays unlinked
    # (introduced in different paragraphs, the first one is cited: test_org_unseen_publishers.py)
    got = orgs(paragraph_docs, "The Senate Committee on Commerce, Science, and Transportation and the House "
               "Committee on Science, Space, and Technology approved the bill.",
               "The Committee also plans to hold a hearing.")
    assert not any(text == "Committee" for text, _ in got)


def test_short_form_defined_in_quotes_after_the_name(paragraph_docs):
    # a company's release defines its short form: ("Rocket Lab" or "the Company")
    got = orgs(paragraph_docs, "Long Beach, California. June 5, 2024 – Rocket Lab (Nasdaq: RKLB) (“Rocket Lab” or "
               "“the Company”), a global leader in launch services, today announced a new agreement.",
               "The two companies will also explore launches on the Company’s reusable rocket.")
    assert ("Company", ("Rocket Lab Corporation",)) in got
    assert sum(text == "Company" for text, _ in got) == 2


def test_defined_short_form_that_is_a_word_of_the_name(paragraph_docs):
    # 'the Council of Heads of State of the Shanghai Cooperation Organisation (hereinafter "the SCO" or
    # "the Organisation")': the word of the name gives the usual short form, of the organisation
    got = orgs(paragraph_docs, 'At the invitation of the President, the Council of Heads of State of the Shanghai '
               'Cooperation Organisation (hereinafter "the SCO" or "the Organisation") held its regular meeting.',
               "The Member States noted that the expansion of the Organisation reflects its growing role.")
    assert ("Organisation", ("Shanghai Cooperation Organisation",)) in got
    assert ("Organisation", ("Council of Heads of State of the Shanghai Cooperation Organisation",)) not in got


def test_the_council_of_a_declaration_cites_the_body_its_title_names(paragraph_docs):
    # an issuer named in the title weighs more than a body the text names in passing: "the Council"
    # of the Manama Declaration is the League's Council, not the Security Council
    from pipeline import organizations
    docs = paragraph_docs("Manama Declaration issued by the Council of the League of Arab States at the Summit Level",
                          "We call for United Nations protection forces and call on the Security Council to assume its responsibilities.",
                          "We decide to hold the next session of the Council at the Summit Level in 2025.")
    docs[0]._.kind = "title"
    organizations.link_document(docs)
    organizations.link_short_forms(docs)
    got = [(s.text, tuple(s._.names)) for s in docs[2].spans["orgs"]]
    assert got == [("Council", ("Council of the League of Arab States",))]


def test_an_organ_named_by_a_possessive_and_its_later_short_form(paragraph_docs):
    # a body's organ named only as "its Bureau" in the sentence naming the body, then "The Bureau":
    # mentions of the organ, one canonical name built from the body's acronym
    got = orgs(paragraph_docs, "The Committee on Space Research (COSPAR) held the autumn meeting of its Bureau "
               "in Paris.", "The Bureau decided to hold four capacity-building workshops.")
    bureau = [names for text, names in got if text == "Bureau"]
    assert bureau == [("COSPAR Bureau",), ("COSPAR Bureau",)]


def test_a_possessive_before_a_longer_name_gives_no_organ(paragraph_docs):
    # "its Board of Directors" is a name of its own, not the bare organ head
    got = orgs(paragraph_docs, "The company and its Board of Directors approved the plan.")
    assert not any(text == "Board" for text, _ in got)


def test_the_organization_cites_the_body_its_own_paragraph_names(paragraph_docs):
    # the issuer names itself most often, but the paragraph of the short form names only its partner:
    # "the Organization" there is the partner (a national agency's release on an intergovernmental body)
    got = orgs(paragraph_docs, "The Space Research and Remote Sensing Organization (SPARRSO) and the Asia-Pacific "
               "Space Cooperation Organization (APSCO) signed a memorandum.",
               "SPARRSO will process the data. SPARRSO will train its staff.",
               "The Secretary-General of APSCO welcomed the active role of Bangladesh in the Organization.")
    assert ("Organization", ("Asia-Pacific Space Cooperation Organization",)) in got
    assert ("Organization", ("Space Research and Remote Sensing Organization",)) not in got

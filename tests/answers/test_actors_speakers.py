"""Actors and issuers of meeting coverage, agencies' releases and legislatures' pages (issue 13)."""
from pipeline.answers.actors import counted_countries, home_government, resolve_actor, speaker_country
from pipeline.answers.countries import find_countries
from pipeline.answers.parties import issuer, statement_issuer


def _rec(text):
    return {"kind": "body", "start": 0, "end": len(text), "text": text, "organizations": [],
            "countries": find_countries(text)}


def test_unsc_press_her_delegation_is_the_representatives_country_not_the_last_named():
    text = ("Speaking after the vote, the representative of the United States said that the Russian Federation "
            "had vetoed a text. Her delegation will work with Japan to bring the text before the General Assembly.")
    c = {"text": "Her delegation will work with Japan to bring the text before the General Assembly", "actor": "Her delegation"}
    assert speaker_country("Her delegation", c, _rec(text)) == "US"


def test_unsc_press_possessive_representative_and_his_country():
    text = "The Republic of Korea's representative said that her country reaffirms its commitment to the Treaty."
    c = {"text": "reaffirms its commitment to the Treaty", "actor": "her country"}
    assert speaker_country("her country", c, _rec(text)) == "KR"
    names, basis = resolve_actor(c, _rec(text), {}, ["United Nations Security Council"], None)
    assert names == ["KR"] and basis == "coreference"


def test_her_country_without_a_named_representative_is_left_to_the_parties():
    text = "The speaker said that her country reaffirms its commitment to the Treaty."
    assert speaker_country("her country", {"text": "reaffirms its commitment", "actor": "her country"}, _rec(text)) is None


def test_andoya_bare_government_is_the_issuing_agencys_country():
    assert home_government("The Government", ["Norwegian Space Agency"], "Norwegian Space Agency") == "NO"
    assert home_government("the government", ["TH", "Geo-Informatics and Space Technology Development Agency"], None) == "TH"
    assert home_government("the Government", ["JP", "US"], None) is None
    assert home_government("the Government of Japan", ["JP", "US"], None) is None


def test_andoya_the_two_countries_of_an_agency_release_are_its_country_and_the_one_named():
    text = "Norway and Germany signed a letter of intent in June 2022, and the two countries will continue the dialogue."
    assert counted_countries("the two countries", ["Norwegian Space Agency"], _rec(text)) == ["NO", "DE"]
    assert counted_countries("the two countries", ["NO", "DE"], _rec(text)) is None  # the parties already are two
    assert counted_countries("the two sides", ["Norwegian Space Agency"], _rec(text)) is None


def test_conida_both_countries_by_the_bodies_the_paragraph_names():
    text = "Both countries agreed to set up a joint working group between CONIDA and NASA."
    rec = _rec(text)
    rec["organizations"] = [
        {"text": "CONIDA", "start": text.index("CONIDA"), "end": text.index("CONIDA") + 6,
         "names": ["National Commission for Aerospace Research and Development"]},
        {"text": "NASA", "start": text.index("NASA"), "end": text.index("NASA") + 4,
         "names": ["National Aeronautics and Space Administration"]}]
    parties = ["PE", "National Commission for Aerospace Research and Development"]
    assert counted_countries("Both countries", parties, rec) == ["PE", "US"]


def test_conida_source_given_in_words_names_the_issuer():
    assert issuer({"source": "CONIDA News bulletin (e-mail), 31 May 2024"}) == \
        "National Commission for Aerospace Research and Development"
    assert issuer({"source": "a news bulletin, 31 May 2024"}) is None


def test_uk_parliament_written_statement_made_by_a_minister_speaks_for_the_government():
    meta = {"source": "https://questions-statements.parliament.uk/written-statements/detail/2023-09-07/hcws1012"}
    made_by = [{"kind": "body", "text": "Made by Michelle Donelan Conservative Secretary of State", "organizations": []}]
    assert statement_issuer(meta, made_by) == "GB"
    plain = [{"kind": "body", "text": "The Committee approved the bill.", "organizations": []}]
    assert statement_issuer(meta, plain) == "Parliament of the United Kingdom"


def test_mofa_vn_masthead_set_as_title_gives_way_to_the_joint_statement_heading():
    from pipeline.answers.parties import headline
    mast = "MINISTRY OF FOREIGN AFFAIRS OF VIET NAM"
    head = "Joint Leaders' Statement: Elevating United States-Viet Nam Relations to a Comprehensive Strategic Partnership"
    raw = mast + "\n\n" + head + "\n"
    records = [{"kind": "title", "start": 0, "end": len(mast), "text": mast,
                "organizations": [{"text": mast, "start": 0, "end": len(mast),
                                   "names": ["Ministry of Foreign Affairs (Viet Nam)"]}]},
               {"kind": "heading", "start": len(mast) + 2, "end": len(mast) + 2 + len(head), "text": head,
                "organizations": []}]
    text, ids = headline(records, raw, None)
    assert text == head and set(ids) == {"US", "VN"}
    # a title naming the statement's one side stays the headline when no joint heading follows
    text, ids = headline(records[:1], raw, None)
    assert text == mast


def test_wmo_lead_bodies_that_have_agreed_are_the_sides_not_the_forums_named_after_them():
    from pipeline.answers.parties import lead_signers
    text = ("Geneva, 12 June 2024 (WMO) - The World Meteorological Organization (WMO) and the Coordination Group "
            "for Meteorological Satellites (CGMS) have agreed to accelerate the use of satellite data, as part of "
            "the United Nations Early Warnings for All initiative.")

    def org(name, surface):
        at = text.index(surface)
        return {"text": surface, "start": at, "end": at + len(surface), "names": [name]}
    rec = {"kind": "body", "start": 0, "end": len(text), "text": text, "organizations": [
        org("World Meteorological Organization", "World Meteorological Organization"),
        org("Coordination Group for Meteorological Satellites", "Coordination Group for Meteorological Satellites"),
        org("United Nations", "United Nations")]}
    assert lead_signers([rec], text) == ["World Meteorological Organization",
                                         "Coordination Group for Meteorological Satellites"]


def test_rsa_ksa_agency_release_with_a_sidecar_of_countries_has_the_signing_agencies_as_sides():
    from pipeline.answers.parties import statement_parties
    title = "Rwanda and Kenya sign Memorandum of Understanding on space cooperation"
    lead = ("Kigali, 21 March 2024 – The Rwanda Space Agency (RSA) and the Kenya Space Agency (KSA) today signed "
            "a Memorandum of Understanding.")
    raw = title + "\n\n" + lead + "\n"
    base = len(title) + 2

    def org(name, surface):
        at = raw.index(surface)
        return {"text": surface, "start": at, "end": at + len(surface), "names": [name]}
    records = [{"kind": "title", "start": 0, "end": len(title), "text": title, "organizations": []},
               {"kind": "body", "start": base, "end": base + len(lead), "text": lead,
                "organizations": [org("Rwanda Space Agency", "Rwanda Space Agency"),
                                  org("Kenya Space Agency", "Kenya Space Agency")]}]
    meta = {"title": title, "source": "https://space.gov.rw/news/x", "parties": ["Rwanda", "Kenya"]}
    assert statement_parties(records, raw, meta, title) == (["Rwanda Space Agency", "Kenya Space Agency"], "sidecar")
    # a ministry's page of the same text keeps the sidecar's countries
    other = dict(meta, source="https://www.minict.gov.rw/news/x")
    assert set(statement_parties(records, raw, other, title)[0]) >= {"RW", "KE"}


def test_egsa_the_two_sides_of_an_agency_release_are_the_pair_its_sentence_names():
    from pipeline.answers.actors import paired_sides
    text = ("The two sides agreed to start the second phase of cooperation, and to hold the next meeting of the "
            "joint working group between EgSA and CNSA in Beijing in March 2024.")
    rec = _rec(text)
    rec["organizations"] = [
        {"text": "EgSA", "start": text.index("EgSA"), "end": text.index("EgSA") + 4, "names": ["Egyptian Space Agency"]},
        {"text": "CNSA", "start": text.index("CNSA"), "end": text.index("CNSA") + 4,
         "names": ["China National Space Administration"]}]
    c = {"text": "The two sides agreed to start the second phase of cooperation", "actor": "The two sides"}
    assert paired_sides("The two sides", c, rec, ["EG"]) == ["Egyptian Space Agency", "China National Space Administration"]
    assert paired_sides("The two sides", c, rec, ["EG", "CN"]) is None  # a joint statement's sides are its parties


def test_au_the_two_sides_after_a_pair_named_before_them():
    from pipeline.answers.actors import paired_sides
    text = "Japan and Brazil also reviewed progress. The two sides agreed to meet in Brussels later this year."
    c = {"text": "agreed to meet in Brussels later this year", "actor": "The two sides"}
    assert paired_sides("The two sides", c, _rec(text), ["Japan Aerospace Exploration Agency"]) == ["JP", "BR"]


def test_baku_signatories_with_established_programs_are_the_signatories_group():
    from pipeline.answers.actors import signatories_group
    records = [{"text": "The principals of the signatories to the Artemis Accords met in Baku."}]
    assert signatories_group("signatories with established space programs", records) == "Artemis Accords signatories"
    assert signatories_group("The signatories", records) == "Artemis Accords signatories"
    assert signatories_group("signatory States", records) is None


def test_brin_we_of_a_quote_after_said_that_is_the_subjects_body_not_the_reported_clauses():
    from pipeline.answers.actors import speaker_body
    text = ("Head of BRIN Laksana Tri Handoko said that the community had grown since the former National Institute "
            "of Aeronautics and Space (LAPAN) was integrated into BRIN in 2021. \"We are committed to opening our "
            "research infrastructure to partners,\" he said.")
    orgs = [{"text": "BRIN", "names": ["National Research and Innovation Agency"]},
            {"text": "National Institute of Aeronautics and Space", "names": ["National Institute of Aeronautics and Space"]},
            {"text": "LAPAN", "names": ["National Institute of Aeronautics and Space"]}]
    assert speaker_body({"text": text, "organizations": orgs}) == ["National Research and Innovation Agency"]


def test_bna_said_that_with_a_subject_naming_no_body_reads_the_reported_clause():
    from pipeline.answers.actors import speaker_body
    text = ("Al Amiri said that the UAE was proud of its partnership, adding that the UAE Space Agency intends to open "
            "its platform. \"We aim to make the Gulf a hub,\" she said.")
    orgs = [{"text": "UAE Space Agency", "names": ["UAE Space Agency"]}]
    assert speaker_body({"text": text, "organizations": orgs}) == ["UAE Space Agency"]


def test_esa_int_site_is_esas_not_its_centres_of_the_same_address():
    assert issuer({"source": "https://www.esa.int/Science_Exploration/x"}) == "European Space Agency"


def test_host_acronym_on_its_countrys_domain_names_a_body_the_registry_has_no_site_for():
    from pipeline.answers.issuers import _host_acronym
    assert _host_acronym(["conida", "gob", "pe"]) == "National Commission for Aerospace Research and Development"
    assert _host_acronym(["bna", "bh"]) is None  # BNA is Angola's bank, not Bahrain's news agency
    assert _host_acronym(["conida", "org"]) is None  # no country domain


def _quoted(text, quote, orgs=()):
    """(commitment, record) of a quoted commitment ``quote`` in ``text`` with organizations
    given as {surface: (canonical name, kind)}."""
    found = [{"text": t, "names": [n], "kind": k} for t, (n, k) in dict(orgs).items()]
    rec = {"kind": "body", "start": 0, "end": len(text), "text": text, "organizations": found,
           "countries": find_countries(text)}
    return {"text": quote, "actor": quote.split()[0]}, rec


_SSA = "Saudi Space Agency"
_NASA = "National Aeronautics and Space Administration"


def test_saudispace_quoted_we_after_said_dr_surname_is_the_body_of_the_names_first_mention():
    first = ("The agreement was signed at NASA Headquarters by H.E. Dr. Mohammed bin Saud Al-Tamimi, CEO of the Saudi "
             "Space Agency, and NASA Administrator Bill Nelson.")
    text = ("\u201cThis agreement is a milestone,\u201d said Dr. Al-Tamimi. \u201cWe will continue to build the "
            "capabilities of our young engineers.\u201d")
    c, rec = _quoted(text, "We will continue to build the capabilities of our young engineers")
    lead = _quoted(first, "x", {"Saudi Space Agency": (_SSA, "agency"), "NASA": (_NASA, "agency")})[1]
    assert resolve_actor(c, rec, {}, [_SSA, _NASA], None, records=[lead, rec]) == ([_SSA], "coreference")


def test_ssgi_quoted_we_of_a_surname_named_after_its_body_and_title():
    ssgi = "Space Science and Geospatial Institute"
    caption = "SSGI Director General Dr. Abdissa Yilma and the CNSA delegation exchange the signed memorandum."
    text = "\u201cSpace is a tool for our development,\u201d Dr. Abdissa said. \u201cWe aim to make Ethiopia a hub.\u201d"
    c, rec = _quoted(text, "We aim to make Ethiopia a hub")
    cap = _quoted(caption, "x", {"SSGI": (ssgi, "agency"), "CNSA": ("China National Space Administration", "agency")})[1]
    assert resolve_actor(c, rec, {}, [ssgi, "China National Space Administration"], None,
                         records=[rec, cap])[0] == [ssgi]


def test_iaf_speaker_tagged_as_an_unknown_body_is_found_by_his_title_not_as_a_body():
    iaf = "International Astronautical Federation"
    first = "At the closing ceremony, IAF President Clay Mowry announced the theme."
    text = "\u201cMilan has shown the way,\u201d said Mowry. \u201cWe intend to make sustainability part of every event.\u201d"
    c, rec = _quoted(text, "We intend to make sustainability part of every event", {"Mowry": ("Mowry", None)})
    lead = _quoted(first, "x", {"IAF": (iaf, "forum"), "Clay Mowry": ("Clay Mowry", None)})[1]
    assert resolve_actor(c, rec, {}, [iaf], None, records=[lead, rec])[0] == [iaf]


def test_usgs_the_subject_before_said_names_the_speakers_body_and_he_said_adds_none():
    ga = "Geoscience Australia"
    text = ("Geoscience Australia Chief Executive Officer Dr James Johnson said Landsat data had been received at "
            "Alice Springs since 1979. \"We will continue to work with the USGS,\" he said.")
    c, rec = _quoted(text, "We will continue to work with the USGS",
                     {"Geoscience Australia": (ga, "agency"), "USGS": ("United States Geological Survey", "agency")})
    assert resolve_actor(c, rec, {}, ["United States Geological Survey", ga], None, records=[rec])[0] == [ga]


def test_ispace_speaker_named_with_his_body_before_said_colon():
    mbrsc = "Mohammed bin Rashid Space Centre"
    text = ("Salem Humaid AlMarri, Director General of MBRSC, said: \"Working with ispace allows us to focus on the "
            "rover, and our team will continue to develop the capabilities of Emirati engineers.\"")
    c, rec = _quoted(text, "our team will continue to develop the capabilities of Emirati engineers",
                     {"MBRSC": (mbrsc, "agency"), "ispace": ("ispace", "company")})
    assert resolve_actor(c, rec, {}, ["ispace", mbrsc], None, records=[rec])[0] == [mbrsc]


def test_kyodo_head_of_government_before_said_is_his_country_not_the_body_of_the_meeting():
    text = ("\"We have decided to join the challenge proposed by our ally,\" Abe said at a meeting of the "
            "government's Strategic Headquarters for Space Policy.")
    c, rec = _quoted(text, "We have decided to join the challenge proposed by our ally",
                     {"Strategic Headquarters for Space Policy": ("Strategic Headquarters for Space Policy", "office")})
    assert resolve_actor(c, rec, {}, ["JP"], None, records=[rec])[0] == ["JP"]


def test_senate_a_surnames_later_mention_that_is_no_apposition_gives_no_body():
    committee = "Senate Committee on Commerce, Science, and Transportation"
    earlier = "I will work with Ranking Member Cruz to bring it to the Senate floor before the end of the year."
    text = "\"Space is a domain we cannot cede,\" said Ranking Member Cruz. \"We intend to keep working on the bill.\""
    c, rec = _quoted(text, "We intend to keep working on the bill")
    other = _quoted(earlier, "x", {"Senate": ("United States Senate", "legislature")})[1]
    assert resolve_actor(c, rec, {}, [committee], None, records=[other, rec])[0] == [committee]


def test_yonhap_lower_case_the_ministry_is_the_one_ministry_among_the_parties():
    msit = "Ministry of Science and ICT"
    c = {"text": "it plans to set up a working group", "actor": "The ministry"}
    rec = {"text": "The ministry said it plans to set up a working group.", "organizations": []}
    assert resolve_actor(c, rec, {}, ["KR", msit], None)[0] == [msit]
    assert resolve_actor(c, rec, {}, ["KR"], None)[0] == ["KR"]


def test_uksa_both_agencies_are_the_space_agencies_among_the_bodies_that_signed():
    parties = ["UK Space Agency", "Australian Space Agency", "Department for International Trade",
               "Australian Trade and Investment Commission"]
    c = {"text": "both agencies will report on progress to ministers", "actor": "both agencies"}
    rec = {"text": "The UK Space Agency will fund it, and both agencies will report on progress to ministers.",
           "organizations": []}
    assert resolve_actor(c, rec, {}, parties, None)[0] == ["UK Space Agency", "Australian Space Agency"]


def test_commerce_a_country_owning_the_body_after_it_is_no_second_actor():
    from pipeline.answers.actors import explicit_parties
    surfaces = {"U.S. Department of Commerce": ["U.S. Department of Commerce"],
                "Ministry of Commerce and Industry": ["Ministry of Commerce and Industry (India)"]}
    assert explicit_parties("the U.S. Department of Commerce and India's Ministry of Commerce and Industry",
                            surfaces) == ["U.S. Department of Commerce", "Ministry of Commerce and Industry (India)"]


def test_brin_a_body_owning_the_unit_after_it_is_no_second_actor():
    from pipeline.answers.actors import explicit_parties
    orpa = "Research Organization for Aeronautics and Space"
    surfaces = {"BRIN": ["National Research and Innovation Agency"], orpa: [orpa]}
    assert explicit_parties("BRIN's Research Organization for Aeronautics and Space", surfaces) == [orpa]
    assert explicit_parties("BRIN and the Research Organization for Aeronautics and Space", surfaces) == [
        "National Research and Innovation Agency", orpa]


def test_roscosmos_an_astronaut_of_a_body_is_no_namesake_in_the_persons_table():
    from pipeline.answers.actors import explicit_parties
    assert explicit_parties("NASA astronaut Frank Rubio", {"NASA": [_NASA]}) == [_NASA]
    assert explicit_parties("Secretary Rubio", {}) == ["US"]


def test_usembassy_il_a_country_adjective_and_government_before_agencies_is_no_side():
    from pipeline.answers.actors import explicit_parties
    surfaces = {"NASA": [_NASA], "ISA": ["Israel Space Agency"]}
    assert explicit_parties("NASA and ISA or other Israeli government agencies", surfaces) == [_NASA, "Israel Space Agency"]
    assert explicit_parties("the Israeli government", {}) == ["IL"]


def test_brin_the_two_agencies_of_a_forums_report_are_the_pair_named_before_them():
    brin, jaxa = "National Research and Innovation Agency", "Japan Aerospace Exploration Agency"
    text = ("On the sidelines of the session, BRIN and JAXA signed a Memorandum of Understanding. Under the MoU, the "
            "two agencies will conduct joint research on the use of radar data.")
    rec = {"text": text, "organizations": [{"text": "BRIN", "names": [brin]}, {"text": "JAXA", "names": [jaxa]}]}
    c = {"text": "the two agencies will conduct joint research on the use of radar data", "actor": "the two agencies"}
    assert resolve_actor(c, rec, {}, ["Asia-Pacific Regional Space Agency Forum"], None) == ([brin, jaxa], "coreference")


def test_baku_principals_are_the_signatories_group_of_the_accords():
    from pipeline.answers.actors import signatories_group
    records = [{"text": "NASA co-chaired the meeting of the principals of the signatories to the Artemis Accords."}]
    assert signatories_group("Principals", records) == "Artemis Accords signatories"


def test_cspo_principals_stand_for_the_forums_members():
    from pipeline.answers.actors import explicit_parties
    cspo = "Combined Space Operations Initiative"
    assert explicit_parties("The CSpO principals", {"CSpO": [cspo]}) == ["AU", "CA", "FR", "DE", "NZ", "GB", "US"]


def test_copuos_the_secretariat_is_the_office_that_serves_the_committee():
    c = {"text": "the Secretariat would prepare a note on that matter", "actor": "the Secretariat"}
    rec = {"text": "The Committee agreed that the Secretariat would prepare a note on that matter.", "organizations": []}
    assert resolve_actor(c, rec, {}, ["Committee on the Peaceful Uses of Outer Space"], None)[0] == [
        "United Nations Office for Outer Space Affairs"]


def test_andoya_the_company_is_the_last_company_named_before_it():
    text = ("Isar Aerospace plans to carry out the first launch of its Spectrum rocket from Andøya in 2024. The company "
            "has signed a long-term agreement with Andøya Space, and aims to reach a cadence of 20 launches a year.")
    rec = {"text": text, "organizations": [{"text": "Isar Aerospace", "names": ["Isar Aerospace"], "kind": "company"},
                                            {"text": "Andøya Space", "names": ["Andøya Space"], "kind": "company"}]}
    c = {"text": "aims to reach a cadence of 20 launches a year", "actor": "The company"}
    assert resolve_actor(c, rec, {}, ["Norwegian Space Agency"], "Norwegian Space Agency")[0] == ["Isar Aerospace"]


def test_heads_of_government_is_a_group_of_leaders_not_the_government_a_short_form_names():
    # the organization stage may take "Government" of "Heads of Government" for the short form
    # of a government named before ("The Government of India has offered ...")
    text = ("The Government of India has also offered to launch a small satellite. CARICOM Heads of Government will "
            "consider the offer at their next meeting.")
    c = {"text": "CARICOM Heads of Government will consider the offer at their next meeting",
         "actor": "CARICOM Heads of Government"}
    surfaces = {"Government of India": ["Government of India"], "Government": ["Government of India"],
                "CARICOM": ["Caribbean Community"]}
    names, _ = resolve_actor(c, _rec(text), surfaces, ["CARICOM Secretariat", "Indian Space Research Organisation"], None)
    assert names == ["Caribbean Community"]


def test_coordinated_short_forms_of_a_joint_actor_are_both_parties():
    # "The Organization and the Programme will report ...": the organization stage tagged one
    # short form only; each conjunct is the one party whose name ends in it
    text = "The Organization and the Programme will report on the implementation of this joint statement in 2027."
    c = {"text": "The Organization and the Programme will report on the implementation of this joint statement",
         "actor": "The Organization and the Programme"}
    parties = ["International Maritime Organization", "International Cospas-Sarsat Programme"]
    names, _ = resolve_actor(c, _rec(text), {"Organization": ["International Maritime Organization"]}, parties, None)
    assert names == parties


def test_a_that_clause_subject_naming_a_meeting_is_no_delegated_actor():
    # "agreed that the second Africa–EU Space Dialogue will be held": the Dialogue holds the EU's
    # name, the participants who agree are the actors
    from pipeline.answers.actors import delegated_subject
    surfaces = {"EU": ["European Union"], "NASA": ["National Aeronautics and Space Administration"]}
    c = {"text": "The Participants agreed that the second Africa–EU Space Dialogue will be held in Brussels in 2026"}
    assert delegated_subject(c, surfaces) is None
    c = {"text": "The two sides agreed that NASA and the EU will sign an implementing arrangement"}
    assert delegated_subject(c, surfaces) == ["National Aeronautics and Space Administration", "European Union"]

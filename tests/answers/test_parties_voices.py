"""Whose voice a statement is (issue 13): the issuer a byline names, a company's own release, the
speaker line of a statement at a meeting, an official signing for the issuer, and the quoted
"we" of a minister, of a body's official and of "he said"."""
from pipeline.answers.actors import resolve_actor
from pipeline.answers.headline import byline_issuer
from pipeline.answers.issuers import company_of_site, issuer
from pipeline.answers.parties import statement_parties
from paragraph_records import records_of

_UKSA = "UK Space Agency"
_DETE = "Department of Enterprise, Tourism and Employment (Ireland)"


def _records(*paragraphs):
    return records_of(*paragraphs, countries=True)


def _quoted(records, i, quote):
    """The commitment ``quote`` of record ``i``, its actor the quote's first word."""
    return {"text": quote, "actor": quote.split()[0]}, records[i]


def test_gov_ie_byline_naming_a_department_with_commas_in_its_name_is_the_issuer():
    # government pages: "From: Department of Enterprise, Trade and Employment" is one body,
    # not three parts split at the commas
    records = [{"kind": "boilerplate", "text": "From: Department of Enterprise, Trade and Employment", "organizations": []}]
    assert byline_issuer(records, {"department", "ministry"}) == _DETE


def test_gov_ie_minister_signing_a_memorandum_with_a_body_signs_for_the_issuer():
    # "Minister X signs ... with the UK Space Agency": the official signs for the page's
    # department; the "UK" of the agency's name is no country signing an accord
    records, raw = _records(
        ("title", "Minister Calleary signs space cooperation memorandum with the UK Space Agency", {_UKSA: _UKSA}),
        ("boilerplate", "From: Department of Enterprise, Trade and Employment", {}))
    assert statement_parties(records, raw, {}, None)[0] == [_DETE, _UKSA]


def test_gov_ie_quoted_we_of_a_minister_is_the_government_not_the_two_bodies():
    # a minister speaks for the government, not for the department and the agency that signed
    records, _ = _records(
        ("body", "On 20 June 2024, the Minister of State for Trade Promotion, Digital and Company Regulation, Dara "
                 "Calleary TD, and the Chief Executive of the UK Space Agency signed a memorandum.", {_UKSA: _UKSA}),
        ("body", "\u201cWe will use this Memorandum to open new markets for Irish companies,\u201d said Minister "
                 "Calleary.", {}))
    c, rec = _quoted(records, 1, "We will use this Memorandum to open new markets for Irish companies")
    assert resolve_actor(c, rec, {}, [_DETE, _UKSA], _DETE, records=records) == (["IE"], "coreference")


def test_anadolu_minister_named_earlier_by_title_speaks_for_the_wire_storys_country():
    # a wire story has no issuer: the minister's country is the statement's one country
    records, _ = _records(
        ("body", "Transport and Infrastructure Minister Abdulkadir Uralo\u011flu, who watched the launch at Cape "
                 "Canaveral, said the satellite will reach its orbital slot.", {}),
        ("body", "\u201cWith T\u00fcrksat 6A, we will offer our services to a much larger area,\u201d Uralo\u011flu "
                 "said.", {"T\u00fcrksat": "T\u00fcrksat"}))
    c, rec = _quoted(records, 1, "we will offer our services to a much larger area")
    assert resolve_actor(c, rec, {"T\u00fcrksat": ["T\u00fcrksat"]}, ["TR"], None, records=records)[0] == ["TR"]


def test_ksa_cabinet_secretary_after_an_honorific_is_a_minister_of_the_issuers_country():
    # "Hon. Aden Duale" ends no sentence; the KSA named later in the attribution is no country
    ksa = "Kenya Space Agency"
    records, _ = _records(
        ("body", "The Cabinet Secretary for Defence, Hon. Aden Duale, who watched the launch at the KSA offices in "
                 "Nairobi, said: \"Today marks a historic moment. Kenya has moved from being a consumer of space data "
                 "to a producer, and we will use it to strengthen food security.\"", {"KSA": ksa}))
    c, rec = _quoted(records, 0, "we will use it to strengthen food security")
    assert resolve_actor(c, rec, {"KSA": [ksa]}, [ksa], ksa, records=records)[0] == ["KE"]


def test_airbus_official_quoted_is_the_company_whatever_country_the_quote_makes_its_subject():
    airbus = "Airbus SE"
    records, _ = _records(
        ("body", "\u201cPoland has chosen sovereign access to space-based intelligence, and we are proud to support "
                 "this ambition. We will work hand in hand with Polish industry,\u201d said Jean-Marc Nasr, Head of "
                 "Space Systems at Airbus.", {"Airbus": airbus}))
    records[0]["organizations"][0]["kind"] = "company"
    c, rec = _quoted(records, 0, "We will work hand in hand with Polish industry")
    assert resolve_actor(c, rec, {"Airbus": [airbus]}, [airbus], airbus, records=records)[0] == [airbus]


def test_bernama_he_said_is_the_speaker_the_paragraph_before_names():
    # news agencies: "Kıraç said ..." then "“We intend ...,” he said"; the speaker's body from
    # his first mention, a title in lower case ("TUA president Yusuf Kıraç")
    mysa, tua = "Malaysian Space Agency", "Turkish Space Agency"
    records, _ = _records(
        ("body", "The MoU was signed by MYSA director-general Azlikamil Napiah and TUA president Yusuf K\u0131ra\u00e7.",
         {"MYSA": mysa, "TUA": tua}),
        ("body", "K\u0131ra\u00e7 said T\u00fcrkiye was keen to share its experience with Malaysia.", {}),
        ("body", "\u201cWe intend to work with MYSA on a joint Earth observation payload,\u201d he said.", {"MYSA": mysa}))
    c, rec = _quoted(records, 2, "We intend to work with MYSA on a joint Earth observation payload")
    assert resolve_actor(c, rec, {"MYSA": [mysa], "TUA": [tua]}, [mysa, tua], None, records=records)[0] == [tua]


def test_eeas_the_title_line_naming_the_speaker_not_the_session_it_is_delivered_at():
    eu, unga = "European Union", "United Nations General Assembly"
    records, raw = _records(
        ("title", "78th Session of the United Nations General Assembly First Committee", {"United Nations General Assembly": unga}),
        ("title", "Statement on behalf of the European Union", {"European Union": eu}))
    assert statement_parties(records, raw, {}, None)[0] == [eu]
    records, raw = _records(("title", "EU Statement \u2013 UN General Assembly 78th First Committee: Outer Space",
                             {"EU": eu, "UN General Assembly": unga}))
    assert statement_parties(records, raw, {}, None)[0] == [eu]


def test_airbus_company_site_is_the_issuer_and_its_release_on_a_customers_order_is_its_own():
    # "Poland orders two Airbus Earth observation satellites" on airbus.com: the customer
    # is no side; a news outlet's site is no issuer
    assert company_of_site("airbus.com") == "Airbus SE"
    assert issuer({"source": "https://www.airbus.com/en/newsroom/press-releases"}) == "Airbus SE"
    assert company_of_site("en.yna.co.kr") is None
    records, raw = _records(("title", "Poland orders two Airbus Earth observation satellites", {}))
    meta = {"source": "https://www.airbus.com/en/newsroom/press-releases"}
    assert statement_parties(records, raw, meta, None)[0] == ["Airbus SE"]


def test_rocketlab_a_deal_signed_with_another_company_has_both_sides():
    records, raw = _records(("title", "Rocket Lab Signs Multi-Launch Deal with iQPS for Eight More Electron Missions",
                             {"Rocket Lab": "Rocket Lab Corporation", "iQPS": "iQPS"}))
    for o in records[0]["organizations"]:
        o["kind"] = "company"
    assert statement_parties(records, raw, {"source": "https://www.rocketlabusa.com/updates/"}, None)[0] == \
        ["Rocket Lab Corporation", "iQPS"]


def test_bna_minister_who_chairs_an_agency_speaks_for_the_agency():
    # "the Chairwoman of the UAE Space Agency, Minister of State for Advanced Technology Sarah
    # bint Yousif Al Amiri": a title naming a body is the body's office, not a minister's voice
    uaesa = "UAE Space Agency"
    records, _ = _records(
        ("body", "The programme was signed by the Chairwoman of the UAE Space Agency, Minister of State for Advanced "
                 "Technology Sarah bint Yousif Al Amiri.", {uaesa: uaesa}),
        ("body", "Al Amiri said that the UAE was proud of its partnership with Bahrain. \"We aim to make the Gulf a hub "
                 "for space science,\" she said.", {}))
    c, rec = _quoted(records, 1, "We aim to make the Gulf a hub for space science")
    assert resolve_actor(c, rec, {uaesa: [uaesa]}, ["National Space Science Agency", uaesa], None,
                         records=records)[0] != ["AE"]


def test_ffg_a_member_states_subscription_keeps_the_country_beside_its_agency():
    ffg = "Austrian Research Promotion Agency"
    records, raw = _records(("title", "Austria subscribes around EUR 260 million to ESA programmes", {}),
                            ("body", "At the ESA Council at Ministerial Level, Austria subscribed EUR 260 million.", {}))
    meta = {"source": "https://www.ffg.at/en/news", "parties": ["Austria"]}
    assert statement_parties(records, raw, meta, None)[0] == ["AT", ffg]


def test_mofa_signature_block_names_the_sides_when_the_headline_names_one():
    # an agreement's text: the title names no side, the signature block at its end does
    from pipeline.answers.parties import _mentions
    from pipeline.answers.voices import signature_block
    records, raw = _records(
        ("title", "Framework Agreement for Cooperation in Space Exploration", {}),
        ("body", "The Parties shall cooperate in the exploration and use of outer space.", {}),
        ("body", "FOR THE GOVERNMENT OF JAPAN:          FOR THE GOVERNMENT OF THE UNITED STATES\n"
                 "                                      OF AMERICA:", {}))
    assert signature_block(records, raw, _mentions) == ["JP", "US"]
    assert statement_parties(records, raw, {}, None)[0] == ["JP", "US"]


def test_msit_a_centre_after_at_is_where_the_sides_sign_not_a_side():
    from pipeline.answers.parties import _mentions
    nasa, gsfc = "National Aeronautics and Space Administration", "Goddard Space Flight Center"
    text = "Minister Lee Jong-ho and NASA Administrator Bill Nelson sign Joint Statement of Intent at NASA Goddard Space Flight Center"
    records, raw = _records(("title", text, {"NASA Administrator": nasa, "Goddard Space Flight Center": gsfc}))
    found = _mentions(text, 0, records[0]["organizations"])
    assert nasa in found and gsfc not in found


def test_cnes_masthead_of_a_page_without_sidecar_is_the_party_of_last_resort():
    # a French page saved without its sidecar: the text names no party the stage can read,
    # the site's masthead "CNES - Centre national d'études spatiales" names the publisher
    from pipeline.answers.issuers import masthead_issuer
    records, raw = _records(
        ("boilerplate", "Aller au contenu principal", {}),
        ("boilerplate", "CNES - Centre national d\u2019\u00e9tudes spatiales", {}),
        ("title", "SWOT : lancement r\u00e9ussi pour le satellite franco-am\u00e9ricain d\u2019oc\u00e9anographie", {}))
    cnes = masthead_issuer(records)
    assert cnes and "Spatiales" in cnes
    assert statement_parties(records, raw, {}, None)[0] == [cnes]


def test_euspa_a_sidecar_name_with_its_country_in_parentheses_is_the_registry_body():
    from pipeline.answers.parties import resolve_name
    assert resolve_name("National Space Policy Secretariat (Japan)") == "National Space Policy Secretariat"


def test_icao_an_organizations_own_secretariat_acts_for_it():
    # "The ICAO Secretariat plans to set up a Space Operations Task Force": the organization
    # acts through its secretariat; a secretariat of a body that is no party stays itself
    from pipeline.answers.organs import secretariat_party
    icao, unoosa = "International Civil Aviation Organization", "United Nations Office for Outer Space Affairs"
    assert secretariat_party("ICAO Secretariat", [icao, unoosa]) == icao
    assert secretariat_party("CEOS Secretariat", [icao, unoosa]) is None
    records, _ = _records(("body", "The ICAO Secretariat plans to set up a Space Operations Task Force in 2024.",
                           {"ICAO Secretariat": "ICAO Secretariat"}))
    c = {"text": "plans to set up a Space Operations Task Force in 2024", "actor": "The ICAO Secretariat"}
    assert resolve_actor(c, records[0], {"ICAO Secretariat": ["ICAO Secretariat"]}, [icao, unoosa], icao,
                         records=records)[0] == [icao]


def test_rsa_ksa_a_country_the_quote_makes_its_subject_is_the_voice_when_it_is_the_speakers_own():
    ksa = "Kenya Space Agency"
    records, _ = _records(
        ("body", "The memorandum was signed by KSA Director General Brig. Hillary Kipkosgey.", {"KSA": ksa}),
        ("body", "\u201cKenya is ready to share what we have learned. We will also support Rwanda\u2019s bid,\u201d "
                 "said Kipkosgey.", {}))
    c, rec = _quoted(records, 1, "We will also support Rwanda\u2019s bid")
    assert resolve_actor(c, rec, {"KSA": [ksa]}, ["Rwanda Space Agency", ksa], "Rwanda Space Agency",
                         records=records)[0] == ["KE"]

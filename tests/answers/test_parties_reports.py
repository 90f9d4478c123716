"""Statement parties of news reprints and pages in other languages (issue 13)."""
from pipeline.answers.parties import statement_parties


def _records(lines, kinds, orgs_of=lambda line, at: []):
    raw = "\n".join(lines)
    records, at = [], 0
    for kind, line in zip(kinds, lines):
        records.append({"kind": kind, "start": at, "end": at + len(line), "text": line,
                        "organizations": orgs_of(line, at)})
        at += len(line) + 1
    return records, raw


def test_wire_reprint_reporting_a_countrys_agency_is_the_agencys():
    # a portal's reprint of a wire story (sidecar: the country) carries the announcement of
    # the country's space agency: "..., the China National Space Administration (CNSA) said"
    lines = ["China's Chang'e-7 to carry payloads from six countries",
             "WUHAN, April 25 (Xinhua) -- China's Chang'e-7 lunar probe will carry six scientific instruments "
             "from Egypt, Bahrain and Italy, the China National Space Administration (CNSA) said on Thursday."]

    def orgs_of(line, at):
        name = "China National Space Administration"
        i = line.find(name)
        return [{"text": name, "start": at + i, "end": at + i + len(name), "names": [name]}] if i >= 0 else []
    records, raw = _records(lines, ["title", "body"], orgs_of)
    meta = {"source": "english.www.gov.cn, News > Sci-tech (Xinhua reprint)", "parties": ["China"]}
    assert statement_parties(records, raw, meta, lines[0])[0] == ["China National Space Administration"]


def test_union_named_in_a_spanish_title_is_a_side():
    # "Chile y la Unión Europea lanzan ...": the organization stage tags English only; the
    # Union's name in the page's language makes it a side beside the country
    lines = ["Chile y la Unión Europea lanzan la Alianza Digital y el centro Copernicus para América Latina",
             "Chile y la Unión Europea acordaron impulsar la cooperación en observación de la Tierra."]
    records, raw = _records(lines, ["title", "body"])
    assert statement_parties(records, raw, {}, None)[0] == ["CL", "European Union"]


def test_government_named_by_its_country_stands_for_the_country():
    # the organization stage forms "Government of Malaysia" from the country's name; the
    # registry need not list it for it to be the country
    from pipeline.answers.lexicon import party_of_entry
    assert party_of_entry("Government of Malaysia") == "MY"
    assert party_of_entry("Government of the Republic (Estonia)") == "EE"
    assert party_of_entry("Government Accountability Office") == "Government Accountability Office"


def test_quoted_we_joined_to_a_named_subject_is_that_subject_not_the_next_listed_body():
    # "..., Chang Lih Kang, and officials of the Embassy of Japan": a list's next item is no
    # apposition giving the speaker's body; "The Government of Malaysia will ..., and we aim
    # to ...": the "we" of the second clause is the first clause's subject
    import datetime as dt
    from pipeline.answers import answer_statement
    lead = ("The MoC was witnessed by the Minister of Science, Technology and Innovation, Chang Lih Kang, "
            "and officials of the Embassy of Japan in Malaysia.")
    quote = ("\u201cThe Government of Malaysia will continue to invest in national space capabilities, and we aim "
             "to place a Malaysian-built satellite in orbit within two years,\u201d said YB Chang Lih Kang.")
    raw = lead + "\n" + quote
    e = lead.index("Embassy of Japan")
    g = quote.index("The Government")
    w = quote.index("we aim")
    base = len(lead) + 1
    first_end = quote.index(", and we")
    recs = [{"kind": "body", "start": 0, "end": len(lead), "text": lead, "dates": [], "commitments": [],
             "organizations": [{"text": "Embassy of Japan", "start": e, "end": e + 16, "names": ["Embassy of Japan"],
                                "kind": "office", "country": "JP"}]},
            {"kind": "body", "start": base, "end": len(raw), "text": quote, "dates": [],
             "organizations": [{"text": "Government of Malaysia", "start": base + g + 4, "end": base + g + 26,
                                "names": ["Government of Malaysia"], "kind": "government", "country": "MY"}],
             "commitments": [{"text": quote[g:first_end], "start": base + g, "end": base + first_end,
                              "actor": "The Government of Malaysia"},
                             {"text": quote[w:quote.index(",\u201d")], "start": base + w,
                              "end": base + quote.index(",\u201d"), "actor": "we"}]}]
    answer_statement(recs, raw, dt.date(2024, 7, 18), {"parties": ["Malaysia", "Japan"]}, None)
    assert [c["actor_names"] for c in recs[1]["commitments"]] == [["MY"], ["MY"]]


def test_agency_consulted_at_the_end_of_an_italian_lead_is_no_signer():
    # a page in another language has no organization records: a body its lead names in the
    # sentence's first words may be a signer, one named at its end ("d'intesa con ...") is not
    lines = ["Spazio: l'Italia firma gli Accordi Artemis per l'esplorazione della Luna",
             "Roma, 13 ottobre 2020 – L'Italia ha firmato oggi gli Accordi Artemis. Per l'Italia ha firmato il "
             "Sottosegretario alla Presidenza del Consiglio, Riccardo Fraccaro, d'intesa con il Ministero degli "
             "Affari Esteri e con l'Agenzia Spaziale Italiana (ASI)."]
    records, raw = _records(lines, ["title", "body"])
    assert statement_parties(records, raw, {}, None)[0] == ["IT"]
    from pipeline.answers.parties import lead_signers
    lines = ["Accordo firmato", "L'Agenzia Spaziale Italiana e la NASA hanno firmato oggi un accordo."]
    records, raw = _records(lines, ["title", "body"])
    assert lead_signers(records, raw) == ["Italian Space Agency"]


def test_lead_naming_an_organ_of_the_headlines_subject_gives_the_sides_not_the_object():
    # "African Union inaugurates the African Space Agency": the lead says the Commission and
    # Egypt inaugurated it; the agency after the headline's verb is the object, no side
    title = "African Union inaugurates the African Space Agency in Cairo"
    lead = ("Cairo, Egypt, 20 April 2025 – The African Union Commission (AUC) and the Government of the Arab "
            "Republic of Egypt today officially inaugurated the headquarters of the African Space Agency (AfSA).")
    names = {"African Union Commission": "African Union Commission", "African Space Agency": "African Space Agency",
             "Government of the Arab Republic of Egypt": "Government of the Arab Republic of Egypt",
             "African Union": "African Union"}

    def orgs_of(line, at):
        out, taken = [], []
        for text in sorted(names, key=len, reverse=True):
            i = line.find(text)
            if i >= 0 and not any(s <= i < e for s, e in taken):
                taken.append((i, i + len(text)))
                out.append({"text": text, "start": at + i, "end": at + i + len(text), "names": [names[text]]})
        return sorted(out, key=lambda o: o["start"])
    records, raw = _records([title, lead], ["title", "body"], orgs_of)
    meta = {"source": "https://au.int/en/pressreleases/20250420/african-union-inaugurates-african-space-agency-cairo"}
    assert statement_parties(records, raw, meta, title)[0] == ["African Union Commission", "EG"]


def test_quoted_we_after_a_country_subject_of_the_quote_is_that_country():
    # "Kenya is ready to share what we have learned. We will also support ...": the quote's
    # "we" is the nation its previous sentence makes the subject
    import datetime as dt
    from pipeline.answers import answer_statement
    text = ("Brig. Kipkosgey said the agreement builds on the launch of Taifa-1. \u201cKenya is ready to share what "
            "we have learned. We will also support Rwanda\u2019s bid to host the regional centre,\u201d he said.")
    w = text.index("We will")
    end = text.index(",\u201d")
    rec = {"kind": "body", "start": 0, "end": len(text), "text": text, "dates": [], "organizations": [],
           "commitments": [{"text": text[w:end], "start": w, "end": end, "actor": "We"}]}
    answer_statement([rec], text, dt.date(2024, 3, 21), {"parties": ["Rwanda Space Agency", "Kenya Space Agency"]}, None)
    assert rec["commitments"][0]["actor_names"] == ["KE"]


def test_publisher_host_spelling_an_acronym_on_a_generic_or_shared_domain():
    # an unseen publisher's site spells its acronym: on a generic domain of public bodies
    # ("eumetsat.int", "noaa.gov") it is that body; a site under a country's shared public
    # domain ("conida.gob.pe") is not the body listed on the shared domain itself ("gob.pe")
    from pipeline.answers.issuers import issuer
    assert issuer({"source": "https://www.eumetsat.int/news/x"}) == \
        "European Organisation for the Exploitation of Meteorological Satellites"
    assert issuer({"source": "https://www.noaa.gov/news-release/x"}) == "National Oceanic and Atmospheric Administration"
    assert issuer({"source": "https://www.conida.gob.pe/noticias/x"}) == \
        "National Commission for Aerospace Research and Development"
    assert issuer({"source": "https://news.example.com/x"}) is None


def test_space_agencies_named_in_the_pages_language_in_a_lead():
    # the organization stage tags English only: a German lead's subject named in German
    from pipeline.answers.parties import lead_signers
    lines = ["Raumfahrt: neue Zusammenarbeit",
             "Die Europäische Weltraumorganisation und Rymdstyrelsen haben heute ein Abkommen unterzeichnet."]
    records, raw = _records(lines, ["title", "body"])
    assert lead_signers(records, raw) == ["European Space Agency", "Swedish National Space Agency"]

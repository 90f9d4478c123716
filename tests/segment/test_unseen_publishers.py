"""Layouts of publishers never seen (issue 11), second batch: two-page PDF releases, news wires,
e-mail newsletters, agency datelines, treaty signature blocks, document databases. Each case is
a general shape, pinned down with a sentence of that shape."""
import pytest

from pipeline.core.textio import fold
from pipeline.segment import segment
from pipeline.segment.shapes import is_dash_dateline


def kinds(text, title=None):
    return [(p.kind, fold(text[p.start:p.end])) for p in segment(text, title=title)]


@pytest.mark.parametrize("line, why", [
    ("By Joey Roulette and Trevor Hunnicutt", "news-site byline"),
    ("(Reporting by Joey Roulette in Washington; Editing by Will Dunham)", "news-wire credit line"),
    ("Advertisement · Scroll to continue", "advertisement label"),
    ("Our Standards: The Thomson Reuters Trust Principles., opens new tab", "link line"),
    ("Do Not Sell or Share My Personal Information", "page chrome"),
    ("All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.",
     "market data notice"),
    ("Suggested Topics:", "related-article line"), ("Read Next", "related-article line"),
    ("Související články", "related-article line"), ("Associated links", "related-article line"),
    ("Having trouble viewing this email? View it as a Web page.", "e-mail newsletter chrome"),
    ("SUBSCRIBER SERVICES:", "e-mail newsletter chrome"),
    ("--SPA", "end or text marker"), ("22:42 LOCAL TIME 19:42 GMT", "date and time stamp"),
    ("Horario de atención: lunes a viernes de 7:00 a.m. a 5:00 p.m.", "office hours line"),
    ("Symbol of the Government of Canada / Symbole du gouvernement du Canada", "logo text"),
    ("Choose which Defense.gov products you want delivered to your inbox.", "subscribe / social line"),
    ("Report a problem or mistake on this page", "page feedback widget"),
    ("Search for related information by keyword: Space | Canadian Space Agency | Canada", "tag line"),
    ("Zdroj: NASA/Keegan Barber", "credit line"), ("Tisk", "page chrome (other languages)"),
    ("iii", "page number"), ("Usted está en: Inicio / Sala de Prensa / Noticias", "breadcrumb (other languages)"),
    ("ESA / Science & Exploration / Human and Robotic Exploration / Exploration", "navigation line"),
    ("Facebook Twitter LinkedIn Email Print", "share or follow buttons (a row of network names, often run together)"),
    ("Font size: [Large] [Medium] [Small]", "page chrome"),
    ("Japanese Politics and International Relations Database (The World and Japan Database) Top", "link line"),
])
def test_chrome_lines_of_unseen_publishers_are_boilerplate(line, why):
    text = f"The two agencies signed the agreement in Tokyo today.\n\n{line}\n"
    paras = segment(text)
    assert (paras[-1].kind, paras[-1].why) == ("boilerplate", why)


def test_a_postal_address_with_a_czech_street_word_is_boilerplate():
    text = ("Česká republika se dnes připojila k dohodám Artemis.\n\n"
            "Ministerstvo dopravy České republiky, nábř. Ludvíka Svobody 1222/12, 110 15 Praha 1\n")
    assert kinds(text)[-1][0] == "boilerplate"


def test_a_running_header_on_two_pages_by_their_page_numbers_is_boilerplate():
    # a three-page summary: its running header stands below the page numbers of pages 1 and 2 only
    text = ("ARTEMIS ACCORDS PRINCIPALS' MEETING\n\nPrincipals welcomed the eight nations that have signed\n"
            "the Accords since the first meeting.\n\n                    Page 1 of 3\n"
            "\fArtemis Accords Principals' Meeting, Baku – Summary of the Co-Chairs\n\n"
            "III. Space resources and multilateral engagement\n\n"
            "Principals exchanged views on the discussions of the Working Group and noted\n\n"
            "                    Page 2 of 3\n"
            "\fArtemis Accords Principals' Meeting, Baku – Summary of the Co-Chairs\n\n"
            "as an element of transparency toward all Member States.\n")
    got = kinds(text)
    assert ("boilerplate", "Artemis Accords Principals' Meeting, Baku – Summary of the Co-Chairs") in got
    assert ("body", "Principals exchanged views on the discussions of the Working Group and noted "
                    "Page 2 of 3 Artemis Accords Principals' Meeting, Baku – Summary of the Co-Chairs "
                    "as an element of transparency toward all Member States.") in got


def test_a_two_page_releases_footer_and_letterhead_inside_a_paragraph_are_its_omitted_furniture():
    footer = (" CORREO ELECTRÓNICO                       Paseo de la Castellana 162\n"
              " comunicacion@ciencia.gob.es              28046 MADRID\n")
    head = "MINISTERIO\nDE CIENCIA\nE INNOVACIÓN\nGabinete de Comunicación\n"
    text = (head + "\nNota de prensa\n\nLa Agencia Espacial Española coordinará la participación española en\n"
            "las actividades derivadas de los Acuerdos y trabajará con la NASA y con\n\n"
            "                                   1\n\n" + footer + "\n" + head +
            "\nel resto de firmantes en la identificación de oportunidades.\n\n"
            "                                   2\n\n" + footer)
    paras = segment(text)
    body = [p for p in paras if p.kind == "body"]
    assert len(body) == 1 and body[0].folded(text).endswith("con el resto de firmantes en la identificación de "
                                                            "oportunidades.")


def test_the_next_pages_own_header_above_a_lower_case_resumption_is_left_out():
    text = ("Belgium will set up a consultation platform with universities, research centres and industry in\n\n\n"
            "                                  1/2\n\nBELSPO - Press release - 23/01/2024\n\n"
            "order to identify opportunities for Belgian participation in lunar missions.\n")
    paras = segment(text)
    assert [p.kind for p in paras] == ["body"]
    assert paras[0].folded(text).endswith("industry in order to identify opportunities for Belgian participation in "
                                          "lunar missions.")


def test_a_site_footer_after_the_press_contact_stays_in_the_closing_block():
    text = ("Belgium today became a signatory of the Artemis Accords, the set of principles that frames the civil\n"
            "exploration of the Moon.\n\nPress contact\n\nFederal Science Policy Office (BELSPO)\n\nCommunication\n\n"
            "press@belspo.be - www.belspo.be\n\n"
            "Federal Science Policy Office - Belgian Science Policy Office - www.belspo.be 2/2\n")
    assert [k for k, _ in kinds(text)] == ["body"] + ["boilerplate"] * 5


@pytest.mark.parametrize("line, dateline", [
    ("Jeddah, July 16, 2022, SPA --", True), ("TOKYO, 3 March 2018 -", True),
    ("Jeddah, July 16, 2022", False), ("The talks ended on July 16, 2022 -", False),
])
def test_a_news_agency_dateline_ending_in_a_dash(line, dateline):
    assert is_dash_dateline(line) is dateline


def test_a_dateline_with_the_agencys_tag_and_a_dash_stands_above_the_lead():
    text = ("Kingdom of Saudi Arabia Signs Artemis Accords\nJeddah, July 16, 2022, SPA --\n"
            "The Kingdom of Saudi Arabia, represented by the Saudi Space Commission, today signed the Accords.\n"
            "NASA Administrator Bill Nelson welcomed the Kingdom to the Artemis Accords.\n--SPA\n"
            "22:42 LOCAL TIME 19:42 GMT\n")
    assert [k for k, _ in kinds(text)] == ["title", "meta", "body", "body", "boilerplate", "boilerplate"]


def test_a_label_line_does_not_run_into_a_headline_in_lower_case():
    text = ("For Immediate Release\n\nispace Signs Agreement with the Mohammed Bin Rashid Space Centre\n\n"
            "TOKYO, JAPAN – April 14, 2021 – ispace, inc. today announced that it has signed an agreement.\n")
    got = kinds(text)
    assert got[0][1] == "For Immediate Release"
    assert got[1] == ("title", "ispace Signs Agreement with the Mohammed Bin Rashid Space Centre")


def test_an_issuers_blurb_under_a_company_name_with_its_abbreviation_is_boilerplate_after_the_end_marker():
    lead = "ispace, inc. today announced that it has signed an agreement with the Mohammed Bin Rashid Space Centre. "
    text = (lead * 6 + "\n\n###\n\nAbout ispace, inc.\n\nispace is a global lunar exploration company with a vision: "
            "\"Expand our planet.\" For more information, visit: www.ispace-inc.com\n")
    assert [k for k, _ in kinds(text)] == ["body", "boilerplate", "boilerplate", "boilerplate"]


def test_an_issuers_mission_statement_after_the_text_is_boilerplate():
    lead = "Six satellites of the COSMIC-2 constellation lifted off today from Cape Canaveral, Florida. "
    text = (lead * 6 + "\n\nNOAA's mission is to understand and predict changes in the Earth's environment, and to "
            "conserve and manage our coastal and marine resources.\n")
    assert [k for k, _ in kinds(text)] == ["body", "boilerplate"]


def test_a_treaty_signature_block_from_its_party_line_is_one_paragraph():
    text = ("IN WITNESS WHEREOF, the undersigned have signed this Agreement.\n\n"
            "FOR THE GOVERNMENT OF JAPAN:          FOR THE GOVERNMENT OF THE UNITED STATES\n"
            "                                      OF AMERICA:\n"
            "林 芳正                               Antony J. Blinken\n")
    got = kinds(text)
    assert len(got) == 2 and got[1][1].startswith("FOR THE GOVERNMENT OF JAPAN:") \
        and got[1][1].endswith("Antony J. Blinken")


def test_a_document_databases_banner_above_its_bracketed_fields_is_boilerplate():
    text = ("\"The World and Japan\" Database (Project Leader: TANAKA Akihiko)\n"
            "Database of Japanese Politics and International Relations\n"
            "[Title] Exchange of Notes between Japan and the United States of America concerning Cooperation in Space\n"
            "[Place] Tokyo\n[Date] July 31, 1969\n[Full text]\nExcellency:\n"
            "I have the honor to refer to recent discussions between representatives of the Government of the United "
            "States of America and of the Government of Japan concerning cooperation in space activities.\n"
            "4. The Government of Japan will take appropriate measures to protect the proprietary rights of the United "
            "States Government agencies and industry in the technology and equipment transferred.\n")
    got = kinds(text)
    assert [k for k, _ in got[:2]] == ["boilerplate", "boilerplate"]
    assert got[2][0] == "title"


def test_a_pdf_footnote_below_its_rule_is_boilerplate():
    text = ("52.   We commend the New Development Bank (NDB) for its role in promoting infrastructure.\n\n"
            "      ______________________\n"
            "      1 The Joint Committee on Space Cooperation was established by the heads of the\n"
            "      space agencies of BRICS countries in August 2021.\n")
    got = kinds(text)
    assert got[-1][0] == "boilerplate" and got[-1][1].startswith("1 The Joint Committee")
    assert next(p for p in segment(text) if p.start == text.index("1 The")).why == "footnote"

"""Layouts of publishers never seen (issue 13): a publication's disclaimer on its authors' views, a
listed company's note on forward-looking statements, a news agency's subscription notice and
standard description, a news agency's sign-off tag of seven letters, a share row never run onto
the next line across a blank line, a brand's lower-case prefix that is no label run into a
dateline, a headline in capitals after a year that is no postal address, an issuer's own
"issued the following joint statement:" below its lead, and a headline set under a "Latest News"
label right above the lead. Each case is a general shape, pinned down with a line of that shape."""
import pytest

from pipeline.core.textio import fold
from pipeline.segment import segment
from pipeline.segment.shapes import _match, is_address_line, rules


def kinds(text):
    return [(p.kind, fold(text[p.start:p.end])) for p in segment(text)]


LEAD = ("The two agencies signed a memorandum of understanding today on cooperation in Earth observation, "
        "satellite navigation and the training of engineers, and agreed to meet again next year.\n\n")


@pytest.mark.parametrize("line, why", [
    ("The views expressed in this publication are the sole responsibility of the speakers and the "
     "rapporteurs. They do not necessarily reflect the views or opinions of the United Nations.",
     "publication front matter (citation, ISBN, disclaimer)"),
    ("The views expressed in this Brief are those of the author and do not necessarily reflect those of "
     "the Institute or its members.", "publication front matter (citation, ISBN, disclaimer)"),
    ("Forward-Looking Statements", "securities disclaimer (a listed company's note on forward-looking statements)"),
    ("This press release may contain forward-looking statements within the meaning of the Private Securities "
     "Litigation Reform Act of 1995.", "securities disclaimer (a listed company's note on forward-looking statements)"),
    ("Any forward-looking statement that we make in this press release speaks only as of the date of such "
     "statement.", "securities disclaimer (a listed company's note on forward-looking statements)"),
    ("Cautionary Statement Regarding Forward-Looking Statements",
     "securities disclaimer (a listed company's note on forward-looking statements)"),
    ("Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA "
     "News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.",
     "news agency's subscription notice"),
    ("Reuters, the news and media division of Thomson Reuters, is the world's largest multimedia news "
     "provider, reaching billions of people worldwide every day.", "news agency's standard description"),
    ("-- BERNAMA", "end or text marker"),
])
def test_chrome_of_unseen_publishers_by_rule(line, why):
    assert _match(rules()["paragraph"], fold(line)) == why


@pytest.mark.parametrize("line", [
    "The views of both sides on the draft guidelines were exchanged in a constructive atmosphere.",
    "The statements made by the delegations are summarized below.",
    "The agency is one of the world's largest providers of satellite data for weather forecasting.",
])
def test_statement_sentences_are_no_such_chrome(line):
    assert _match(rules()["paragraph"], fold(line)) is None


def test_a_news_agencys_seven_letter_sign_off_stands_alone():
    # a news agency signs off its story with its tag on its own line, below the last paragraph
    text = LEAD + "Also present were senior officials of the Ministry of Science, Technology and Innovation.\n-- BERNAMA\n"
    got = kinds(text)
    assert got[-2] == ("body", "Also present were senior officials of the Ministry of Science, Technology and Innovation.")
    assert got[-1] == ("boilerplate", "-- BERNAMA")


def test_a_share_row_does_not_run_on_across_a_blank_line():
    # a page's share row is no wrapped sentence: the related-news label below it is a line of its own,
    # though a wrapped file's width would fit its first word
    text = ("O Governo de Angola e a Roscosmos assinaram hoje um acordo de cooperação\n"
            "espacial para o lançamento do satélite de telecomunicações AngoSat-2 em\n"
            "Baikonur, e para a formação de engenheiros angolanos na operação do satélite.\n\n"
            "Partilhar: Facebook | Twitter | LinkedIn | WhatsApp\n\n"
            "Notícias relacionadas\n")
    got = kinds(text)
    assert got[-2] == ("boilerplate", "Partilhar: Facebook | Twitter | LinkedIn | WhatsApp")
    assert got[-1] == ("boilerplate", "Notícias relacionadas")


def test_a_brands_lower_case_prefix_is_no_label_run_into_a_dateline():
    # "Office of the SpokespersonWASHINGTON, D.C." is a label run into a dateline; "iQPS, a spin-off"
    # opens with a company's name
    text = LEAD + ("iQPS, a spin-off of research at Kyushu University in Fukuoka, operates synthetic aperture "
                   "radar satellites that can image the Earth's surface day and night.\n")
    assert kinds(text)[-1][1].startswith("iQPS, a spin-off")


def test_a_year_before_a_headline_in_capitals_is_no_postal_address():
    assert not is_address_line("2024 GLOBAL COUNTERSPACE CAPABILITIES REPORT RELEASED")
    assert is_address_line("28046 MADRID")
    assert is_address_line("1030 VIENNA AUSTRIA")


def test_the_issuers_own_lead_in_to_a_joint_statement_is_content():
    # a wire's lead-in opens the text it reprints ("WASHINGTON, May 2 -- The White House issued the
    # following joint statement on May 1, 2023:"); below the issuer's lead the same words are the issuer's
    wire = ("Targeted News Service\n\nWASHINGTON, May 2 -- The White House issued the following joint statement "
            "on May 1, 2023:\n\nJoint Statement of the Leaders\n\n" + LEAD)
    assert kinds(wire)[1][0] == "boilerplate"
    own = ("MANILA – The Philippines and the United States held the inaugural Civil Space Dialogue in Manila on "
           "26 March 2024, chaired by officials of both foreign ministries.\n\n"
           "The two delegations issued the following joint statement:\n\n" + LEAD)
    assert ("body", "The two delegations issued the following joint statement:") in kinds(own)


def test_a_headline_under_a_latest_news_label_right_above_the_lead_is_the_pages_own():
    text = ("Home | About Us | Divisions | Services | Projects | News | Downloads | Contact Us\n\n"
            "Latest News\n\n"
            "Sri Lanka’s first satellite Raavana-1 deployed into orbit\n\n"
            "Written by Administrator | Hits: 1204\n\n"
            "Colombo, 18 June 2019 – Raavana-1, the first satellite designed and built by Sri Lankan engineers, "
            "was deployed into orbit today from the International Space Station.\n\n" + LEAD +
            "Related News\n\nACCIMT hosts workshop on space weather\n\nNew ground station opened in Moratuwa\n")
    got = kinds(text)
    assert ("title", "Sri Lanka’s first satellite Raavana-1 deployed into orbit") in got
    assert ("boilerplate", "ACCIMT hosts workshop on space weather") in got


def test_a_paragraph_resumes_below_a_pages_footer_address_and_the_next_pages_header():
    # a PDF letter's footer gives the issuer's address above the page number; the next page's header,
    # met once, stands above the text resumed in lower case
    text = ("The two organizations will hold a joint symposium on space operations and airspace in 2025.\n\n"
            "About ICAO\n\n"
            "A specialized agency of the United Nations, ICAO was created in 1944 to promote\n"
            "the safe and orderly development of international civil aviation throughout the\n\n\n"
            "999 Robert-Bourassa Boulevard, Montréal, Quebec, Canada H3C 5H7 | Tel.: +1 514-954-8219 | www.icao.int\n"
            "                                                                 Page 1 of 2\f"
            "ICAO COM 06/24 – ICAO and UNOOSA to strengthen cooperation on space operations\n\n\n"
            "world. It sets the standards and regulations necessary for aviation safety.\n")
    paras = segment(text)
    got = [(p.kind, p.folded(text)) for p in paras]
    assert got[-1] == ("body", "A specialized agency of the United Nations, ICAO was created in 1944 to promote the "
                               "safe and orderly development of international civil aviation throughout the world. It "
                               "sets the standards and regulations necessary for aviation safety.")
    assert len(paras[-1].omitted) == 3


def test_a_short_question_is_a_menu_entry_or_a_heading():
    # "Qui sommes-nous ?" among a site's menu entries; "¿Qué es gob.mx?" above a portal's footer links
    text = ("Aller au contenu principal\n\nASES – Agence Sénégalaise d'Études Spatiales\n\n"
            "Accueil\nQui sommes-nous ?\nProgrammes\nActualités\nPartenariats\nContact\n\n"
            "Accueil » Actualités » Communiqués\n\n"
            "Lancement réussi de GAINDESAT-1A, premier satellite du Sénégal\n\n"
            "Dakar, le 16 août 2024\n\n"
            "L'Agence Sénégalaise d'Études Spatiales (ASES) a le plaisir d'annoncer le lancement réussi de "
            "GAINDESAT-1A, le premier satellite du Sénégal, depuis la base de Vandenberg en Californie.\n")
    got = kinds(text)
    assert ("boilerplate", "Qui sommes-nous ?") in got and ("boilerplate", "Partenariats") in got
    assert ("title", "Lancement réussi de GAINDESAT-1A, premier satellite du Sénégal") in got
    assert ("meta", "Dakar, le 16 août 2024") in got
    assert segment_kind("What's next?") == "heading"


def segment_kind(line):
    text = LEAD + line + "\n\n" + LEAD
    return [k for k, t in kinds(text) if t == line][0]


@pytest.mark.parametrize("line, why", [
    ("[USGS - science for a changing world]",
     "bracketed label or image text (a text-mode page's logo, image or category in brackets: "
     "'[USGS - science for a changing world]', '[Image: ...]')"),
    ("- Check against delivery -", "speech delivery note (a delivered statement's 'check against delivery')"),
    ("Check against delivery -", "speech delivery note (a delivered statement's 'check against delivery')"),
])
def test_more_chrome_by_rule(line, why):
    assert _match(rules()["paragraph"], fold(line)) == why


def test_a_bracketed_line_in_lower_case_is_the_documents_own():
    # a resolution's "[on the report of the First Committee (A/68/409)]" under its title
    assert _match(rules()["paragraph"], "[on the report of the First Committee (A/68/409)]") is None


@pytest.mark.parametrize("line, stamp", [
    ("Publicado em 12 de Outubro de 2022 | Por: Comunicação GGPEN | Visualizações: 3.127", True),
    ("Emre Aslan | 09.07.2024 - Update : 09.07.2024", True),
    ("Published on 3 May 2024", True),
    ("Washington - 12 March 2024", False),
    ("San Francisco, United States | 17 November 2023", False),
    ("12 March 2024", False),
])
def test_a_date_stamp_with_a_label_without_colon_or_a_second_stamp_after_a_dash(line, stamp):
    from pipeline.segment.shapes import is_labelled_stamp
    assert is_labelled_stamp(line) is stamp


def test_a_running_footer_ending_in_its_page_number_after_a_bar_is_page_furniture():
    # "OSSC 2024 Conference Report | 1", "| 2", "| 3": one footer whose page number changes; the next
    # page's header below it, and the paragraph resumed in lower case below both
    footer = "                                   OSSC 2024 Conference Report | {}"
    header = "\fUNIDIR – 2024 Outer Space Security Conference: Conference Report\n\n"
    text = ("Session 1: The evolving threat landscape\n\n"
            "3.   Speakers described the rapid growth of counterspace capabilities, from\n"
            "     jamming and spoofing of satellite signals to co-orbital systems able to\n"
            "     approach other satellites.\n\n" + footer.format(1) + header +
            "Session 2: Norms, rules and principles\n\n"
            "4.   Participants discussed the outcome of the open-ended working group on\n"
            "     reducing space threats through norms, rules and principles of responsible\n"
            "     behaviours, which ended its work in 2023 without a consensus report.\n\n"
            "6.   Industry speakers noted that commercial operators now own most of the\n"
            "     active satellites in orbit. Participants stressed the need for a structured\n"
            "     dialogue between States and companies on the protection of commercial\n\n" + footer.format(2) + header +
            "     space systems in armed conflict, a topic on which the International\n"
            "     Committee of the Red Cross presented its recent legal work.\n\n"
            "III. Way forward\n\n"
            "7.   UNIDIR will publish a compendium of the proposals made at the conference.\n\n" + footer.format(3) + "\n")
    got = [(p.kind, p.folded(text)) for p in segment(text)]
    assert ("boilerplate", "OSSC 2024 Conference Report | 1") in got
    assert ("boilerplate", "OSSC 2024 Conference Report | 3") in got
    joined = [t for k, t in got if t.startswith("6. Industry speakers")]
    assert joined and joined[0].endswith("presented its recent legal work.")


def test_a_note_wholly_in_brackets_stands_apart_from_the_line_above():
    text = ("Resolution adopted by the General Assembly on 5 December 2013\n\n"
            "[on the report of the First Committee (A/68/409)]\n\n"
            "68/50. Transparency and confidence-building measures in outer space activities\n\n"
            "The General Assembly,\n\nRecalling its resolutions on the prevention of an arms race in outer space,\n\n"
            "1. Calls upon all Member States to review and implement the proposed measures.\n\n"
            "60th plenary meeting\n")
    got = kinds(text)
    assert ("title", "[on the report of the First Committee (A/68/409)]") in got
    assert got[-1] == ("meta", "60th plenary meeting")


@pytest.mark.parametrize("line", [
    "Bagikan", "Cetak", "Chia sẻ", "Tulosta", "Nyomtatás", "Afdrukken", "Print this article", "Link copied",
    "Skip navigation", "Toggle navigation", "Open menu", "Sign in", "Select language", "Loading...",
    "Your browser does not support the video tag.", "← Back", "Go back", "Terug naar boven", "Beranda", "Trang chủ",
    "Listen to this article", "A A A", "Font size", "Photo gallery", "This page was last updated on 12 March 2024",
    "3 min read", "Reading time: 3 min", "More news", "View all news", "Editor's picks", "Baca juga:",
    "Leia mais", "Todos los derechos reservados", "Alle Rechte vorbehalten", "Tous droits réservés",
    "Términos y condiciones", "Categories: News", "Posted by admin", "Connect with us",
])
def test_chrome_lines_of_many_sites_and_languages_are_boilerplate_between_paragraphs(line):
    text = LEAD * 3 + line + "\n\n" + LEAD
    assert [k for k, t in kinds(text) if t == fold(line)] == ["boilerplate"]


@pytest.mark.parametrize("line", ["Further information", "Next steps", "Background", "Recommendations",
                                  "Space situational awareness"])
def test_a_statements_own_headings_are_no_such_chrome(line):
    text = LEAD * 3 + line + "\n\n" + LEAD
    assert [k for k, t in kinds(text) if t == line] == ["heading"]

"""The page's edges (issue 12, pipeline/segment/edges.py): a site's name above its breadcrumb when no
sidecar names the headline, and the footer's headings below the statement's last paragraph of
text. Each case is a general shape, pinned down with lines of that shape."""
import pytest

from pipeline.core.textio import fold
from pipeline.segment import segment


def kinds(text, title=None):
    return [(p.kind, fold(text[p.start:p.end])) for p in segment(text, (), title)]


def kind_of(text, line, title=None):
    return next(k for k, t in kinds(text, title) if t == line)


SITE_ABOVE_BREADCRUMB = """Vai al contenuto principale

Ministero degli Affari Esteri e della Cooperazione Internazionale

IT | EN

Home > Sala Stampa > Comunicati > 2020

Spazio: l'Italia firma gli Accordi Artemis per l'esplorazione della Luna

Roma, 13 ottobre 2020 – L'Italia ha firmato oggi gli Accordi Artemis, i principi di cooperazione
nell'esplorazione civile della Luna, di Marte, delle comete e degli asteroidi.
"""


def test_site_name_above_the_breadcrumb_is_chrome_without_a_sidecar_title():
    # a web page's name and banner stand above its breadcrumb, the headline below it
    assert kind_of(SITE_ABOVE_BREADCRUMB, "Ministero degli Affari Esteri e della Cooperazione Internazionale") \
        == "boilerplate"
    assert kind_of(SITE_ABOVE_BREADCRUMB,
                   "Spazio: l'Italia firma gli Accordi Artemis per l'esplorazione della Luna") == "title"


PDF_HEADER_BLOCK = """Council of the European Union

15343/23
COPS 520
PESC 1561
ESPACE 58

Subject: EU Space Strategy for Security and Defence

Delegations will find in the annex the Council conclusions on the EU Space Strategy for Security
and Defence, approved by the Council at its meeting held on 14 November 2023.
"""


def test_issuer_above_a_pdf_header_block_of_file_numbers_is_no_site_chrome():
    # a run of short file numbers has a menu's shape but is no web page's breadcrumb
    assert kind_of(PDF_HEADER_BLOCK, "Council of the European Union") != "boilerplate"


FOOTER_HEADINGS = """Bucharest, 24 February 2021. The Government approved today the memorandum on the signing of
the Artemis Accords by the Romanian Space Agency.

Biroul de presă al Guvernului
Tel.: 021 314 34 00 | presa@gov.ro

Distribuie: Facebook | Twitter | E-mail | Tipărește

Palatul Victoria, Piața Victoriei nr. 1, sector 1, București

GOVERNMENT LINKS

© 2021 Guvernul României | Politica de confidențialitate | Accesibilitate | Harta site-ului
"""


def test_headings_below_the_last_text_among_the_footers_chrome_are_the_footer():
    # a heading heads text below it: the press office's label, the address and a links heading
    # standing among the footer's contact, share and copyright lines head none
    got = dict((t, k) for k, t in kinds(FOOTER_HEADINGS))
    assert got["Biroul de presă al Guvernului"] == "boilerplate"
    assert got["Palatul Victoria, Piața Victoriei nr. 1, sector 1, București"] == "boilerplate"
    assert got["GOVERNMENT LINKS"] == "boilerplate"


SIGNATURE_AT_THE_END = """Done at Washington, in duplicate, in the English and Japanese languages, both texts being
equally authentic, on January 13, 2023.

FOR THE GOVERNMENT OF JAPAN:
Hayashi Yoshimasa

- 3 -
"""


def test_closing_signature_block_above_a_page_number_stays_content():
    # a signature block runs over several lines; a page number below it does not make it the footer
    assert kind_of(SIGNATURE_AT_THE_END, "FOR THE GOVERNMENT OF JAPAN: Hayashi Yoshimasa") != "boilerplate"


CLOSING_HEADING_WITHOUT_CHROME = """The two agencies will meet again in 2025 to review the implementation of the agreement.

Annex
"""


def test_closing_heading_without_chrome_after_the_text_stays_the_statements():
    assert kind_of(CLOSING_HEADING_WITHOUT_CHROME, "Annex") == "heading"


@pytest.mark.parametrize("line, why", [
    # a page's date stamp run together with its label, the issuer or a counter (NOTES-w15)
    ("Data: 13/10/2020", "date stamp with a label, byline or counter"),
    ("Publicat în: Informații de presă | 24.02.2021, 17:42", "date stamp with a label, byline or counter"),
    ("Agencia Espacial Mexicana | 09 de diciembre de 2021", "date stamp with a label, byline or counter"),
    ("Source: China Manned Space Agency   Date: 2025-02-28   Font size: [Large] [Medium] [Small]",
     "date stamp with a label, byline or counter"),
    # the English breadcrumb's label, an e-mail's browser link with its address, its footer's question
    ("You are here: Home / News & Events / Plenary 2023", "breadcrumb"),
    ("View this email in your browser <https://mailchi.mp/swfound/april-update-2024>", "e-mail newsletter chrome"),
    ("Want to change how you receive these emails? Update your preferences or unsubscribe from this list.",
     "e-mail newsletter chrome"),
    ("All content is in the public domain unless otherwise stated.", "site licence or official-site notice"),
    # a credit's label and the names it credits, however many, is no caption
    ("Photo: MFA / Embassy of Lithuania in the United States", "credit line"),
    ("Source: ESPI database", "credit line"),          # a figure's or table's source line
])
def test_stamps_credits_and_newsletter_lines_of_unseen_publishers_are_boilerplate(line, why):
    text = f"The two agencies signed the agreement in Addis Ababa today.\n\n{line}\n"
    paras = segment(text)
    assert (paras[-1].kind, paras[-1].why) == ("boilerplate", why)


@pytest.mark.parametrize("line", [
    "Legal Subcommittee: 15–26 April 2024",                 # a schedule's entry gives a span of days
    "•   Scientific and Technical Subcommittee: 29 January–9 February 2024",
    "Washington, DC: June 7, 2022",                         # a place before the colon: a dateline
    "San Francisco, United States | 17 November 2023",      # a place beside the bar: a dateline
    "Photo: The launch pads at Andøya Spaceport seen from the air, November 2023.",  # a caption describes
])
def test_schedule_entries_datelines_and_captions_are_no_stamps_or_credits(line):
    text = f"The two agencies signed the agreement in Addis Ababa today.\n\n{line}\n"
    assert segment(text)[-1].kind != "boilerplate"


LYNX_DUMP = """[10]Home > [11]News

Andøya Spaceport officially opened

The Norwegian Space Agency today welcomed the official opening of Andøya Spaceport.

[12]Photo: The launch pads at Andøya Spaceport seen from the air, November 2023.

Share: [13]Facebook [14]X [15]LinkedIn

Related articles

  * [17]Norway's first Space Act sent for consultation
  * [18]ESA Council meets in Seville
"""


def test_a_text_browsers_link_numbers_are_left_out_and_its_related_list_is_chrome():
    # a lynx or w3m dump numbers each link, glued to its first word; the headlines listed with
    # bullets under "Related articles" are links to other pages
    got = kinds(LYNX_DUMP)
    assert ("caption", "Photo: The launch pads at Andøya Spaceport seen from the air, November 2023.") in got
    assert ("boilerplate", "Norway's first Space Act sent for consultation") in got
    assert ("boilerplate", "ESA Council meets in Seville") in got


WRAPPED_AT_A_PDF_MARGIN = """Madrid, 30 de mayo de 2023. La ministra de Ciencia e Innovación, Diana
Morant, ha firmado hoy en la sede del Ministerio la adhesión de España a
los Acuerdos Artemis, en un acto en el que ha participado la embajadora
de los Estados Unidos en España, Julissa Reynoso, y el administrador
adjunto de la NASA para asuntos internacionales e interinstitucionales.
Con esta firma, España se convierte en el vigésimo quinto país en
suscribir unos principios comunes para la exploración civil y el uso
pacífico del espacio ultraterrestre.

Los Acuerdos Artemis, impulsados por la NASA y el Departamento de Estado
de los Estados Unidos en 2020, establecen un conjunto de principios no
vinculantes basados en el Tratado del Espacio Ultraterrestre de 1967,
como la exploración con fines pacíficos y la transparencia, además de
la interoperabilidad de los sistemas y la asistencia de emergencia a los
astronautas en el espacio, el registro de los objetos espaciales y la difusión de los datos científicos.
"""


def test_a_sentence_ending_on_a_line_as_full_as_its_paragraphs_first_is_wrapped():
    # a PDF's text wraps at its margin, short of the file's widest line: a sentence that ends on a
    # line as long as the paragraph's first runs on into the next line without a blank line
    got = [t for k, t in kinds(WRAPPED_AT_A_PDF_MARGIN) if k == "body"]
    assert got[0].startswith("Madrid, 30 de mayo") and got[0].endswith("del espacio ultraterrestre.")


FOOTER_TAGLINE = """ISRO will take over the CEOS Chair on 1 January 2024 and will host the 38th Plenary in India.

Tags: Plenary, Greenhouse Gases, CEOS-ARD, Early Warnings

Previous: CEOS at the Living Planet Symposium | Next: SIT Technical Workshop report

CEOS is the international coordination body for civil Earth observation satellite programmes.

Site map | Terms of use | Login
"""

CLOSING_SENTENCE_ABOVE_CONTACTS = """The two agencies signed the agreement in Addis Ababa today.

Photo credit: Kyutech / ACCIMT

The next meeting of the committee will be held in Tokyo in 2025.

Share: Facebook | X | LinkedIn
"""


def test_a_one_line_tagline_between_the_footers_rows_of_links_is_chrome():
    assert kind_of(FOOTER_TAGLINE, "CEOS is the international coordination body for civil Earth observation "
                                   "satellite programmes.") == "boilerplate"
    # a closing sentence below a credit line is the statement's, though a share row follows it
    assert kind_of(CLOSING_SENTENCE_ABOVE_CONTACTS,
                   "The next meeting of the committee will be held in Tokyo in 2025.") == "body"

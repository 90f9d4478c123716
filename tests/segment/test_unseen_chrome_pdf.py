"""Layouts of publishers never seen (issue 11), fourth batch: skip links, section labels and tag
lines in other languages, language-code switches, switchboard and street
lines of a footer, and the page furniture of UN, EU Council and OECD PDF text (job numbers,
barcodes, document symbols, bar page numbers, a publication's front matter). Each case is a
general shape, pinned down with a line of that shape."""
import pytest

from pipeline.core.textio import fold
from pipeline.segment import segment


def kinds(text):
    return [(p.kind, fold(text[p.start:p.end])) for p in segment(text)]


@pytest.mark.parametrize("line, why", [
    ("Vai al contenuto principale", "skip link (other languages)"),
    ("Saltar al contenido principal", "skip link (other languages)"),
    ("Comunicado", "site section label (other languages)"),
    ("Síguenos en", "follow-us line"),
    ("Tag: Spazio, Stati Uniti, Accordi Artemis", "tag line"),
    ("Related Issues: Space, NASA, Science", "tag line"),
    ("« Previous news | Next news »", "archive or mailing-list navigation"),
    ("About this website", "page chrome"),
    ("PT | EN", "language switch"), ("FR | EN | ES", "language switch"),
    ("For more information about NASA's international partnerships, visit www.nasa.gov/international", "link line"),
    ("A section-by-section summary of the bill is available here.", "link line"),
    ("13-45227 (E) 1/2", "UN document job number or barcode (page furniture)"),
    ("B22-00987 3", "UN document job number or barcode (page furniture)"),
    ("*B2200987*", "UN document job number or barcode (page furniture)"),
    ("Please recycle", "UN document job number or barcode (page furniture)"),
    ("15343/23 ML/ak 2", "EU Council document footer (page furniture)"),
    ("ANNEX RELEX.5 EN", "EU Council document footer (page furniture)"),
    ("| 3", "page number"), ("4 |", "page number"),
    ("Please cite this publication as:", "publication front matter (citation, ISBN, disclaimer)"),
    ("ISBN 978-92-64-71839-7 (print)", "publication front matter (citation, ISBN, disclaimer)"),
])
def test_chrome_lines_of_unseen_publishers_are_boilerplate(line, why):
    text = f"The two agencies signed the agreement in Tokyo today.\n\n{line}\n"
    paras = segment(text)
    assert (paras[-1].kind, paras[-1].why) == ("boilerplate", why)


@pytest.mark.parametrize("line", [
    "Comunicado Conjunto de los Presidentes",    # a joint communiqué's title is no section label
    "Building on 50 years of cooperation",
    "NASA/JPL/Caltech",                          # (a credit; no document symbol)
    "US | UK",                                   # no language codes
    "Article 12 | Settlement of disputes",
])
def test_headings_like_chrome_stay_content(line):
    text = f"{line}\n\nThe two agencies signed the agreement in Tokyo today.\n"
    assert kinds(text)[0][0] != "boilerplate"


def test_a_footers_switchboard_and_square_address_are_boilerplate():
    text = ("The two agencies signed the agreement in Rome today.\n\n"
            "Piazzale della Farnesina, 1 - 00135 Roma\n\nCentralino: +39 06 36911\n")
    assert [k for k, _ in kinds(text)][1:] == ["boilerplate", "boilerplate"]


def test_a_paragraph_resumes_after_a_un_page_footer_and_the_next_pages_symbol():
    text = ("     5. Request the Executive Secretary to continue to support members and\n"
            "associate members in the implementation of the Plan of Action, and to\n\n"
            "2                                                                B22-00987\n"
            "\f                                                  ESCAP/MCSASD/2022/L.1\n\n"
            "report on progress to the Commission at its eightieth session in 2024;\n")
    body = [t for k, t in kinds(text) if k != "boilerplate"]
    assert len(body) == 1 and body[0].endswith("in 2024;")


def test_a_document_symbol_alone_is_a_running_header_only_between_pages():
    # a release number at the head of a press release is the statement's own line
    text = "UNIS/OS/518\n\nThe two agencies signed the agreement in Vienna today.\n"
    assert kinds(text)[0][0] != "boilerplate"


def test_a_caption_keeps_the_credit_that_closes_its_line():
    # ANNOTATION 1: a paragraph that ends in a photo credit is a caption, its credit inside it
    text = ("The conference closed in Dubai today.\n\n"
            "Photo: Delegates at the closing plenary of WRC-23 in Dubai on 15 December 2023. Credit: ITU/D. Woldu\n")
    assert kinds(text)[1][0] == "caption" and kinds(text)[1][1].endswith("Credit: ITU/D. Woldu")

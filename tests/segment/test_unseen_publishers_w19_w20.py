"""Layouts of publishers never seen (issue 11), the w19/w20 batch: a web page whose paragraphs are
each one long line and whose only lines set one under the other are a list of related news (no
hard wrap), a section label above those headlines that looks like a signer's name, an elided
article before an acronym (no label run into the next line), a wire's end marker with its editors'
initials, a subscription notice, a transcript's section label and disclaimer, a government's
authorisation footer, a credit in parentheses, a bare advertisement label, a page label with its
category. Each case is a general shape, pinned down with a line of that shape."""
import pytest

from pipeline.core.textio import fold
from pipeline.segment import segment
from pipeline.segment.shapes import wrap_width
from pipeline.segment import lines


def kinds(text):
    return [(p.kind, fold(text[p.start:p.end])) for p in segment(text)]


LEAD = ("KUWAIT, Feb 3 (KUNA) -- The Kuwait Institute for Scientific Research (KISR) signed on Saturday a "
        "memorandum of understanding with the UAE Space Agency on cooperation in space science.")


def test_related_news_headlines_under_long_one_line_paragraphs_are_not_a_wrapped_paragraph():
    # the only lines set one under the other are the menu's and the related headlines', all short:
    # their length is no wrap width of a page whose paragraphs are each one long line
    text = (f"{LEAD}\n\nUnder the MoU, the two sides will exchange Earth observation data for environmental and "
            "desert studies, cooperate in research on the effects of dust storms, and organize joint workshops.\n\n"
            "The two sides reaffirmed their commitment to the joint satellite project of the Gulf Cooperation "
            "Council countries, which is led by the UAE and was announced in 2022.\n\n"
            "Related News\nKISR, KFAS discuss cooperation in scientific research\n"
            "UAE Space Agency launches \"Space Analytics and Solutions\" programme\n"
            "Kuwait University students build second satellite\n")
    assert wrap_width(lines(text)) is None
    got = kinds(text)
    assert [k for k, _ in got[-4:]] == ["boilerplate"] * 4
    assert got[-1][1] == "Kuwait University students build second satellite"


def test_a_related_news_label_is_no_signers_name_above_a_headline_led_by_a_title():
    text = (f"{LEAD}\n\nRelated News\n"
            "Minister of State Receives Phone Call from Italian Undersecretary of State\n"
            "Qatar Participates in Space Week Conference in Rome\n")
    got = kinds(text)
    assert ("boilerplate", "Minister of State Receives Phone Call from Italian Undersecretary of State") in got
    assert len(got) == 4


def test_an_elided_article_before_an_acronym_is_no_label_run_into_the_dateline():
    text = ("M. Azzedine Oussedik, Directeur général de l'ASAL, et M. Humbulani Mudau, Directeur général de "
            "la SANSA, lors de la signature du mémorandum d'entente, Alger, le 16 avril 2024.\n")
    assert len(kinds(text)) == 1


@pytest.mark.parametrize("line, why", [
    ("(end) fe.gb", "end marker"),
    ("KUNA services are available to subscribers only.", "news agency's subscription notice"),
    ("Transcript", "site section label"),
    ("E&OE TRANSCRIPT", "transcript disclaimer (a transcript's 'errors and omissions excepted' mark)"),
    ("E&OE - PROOF ONLY", "transcript disclaimer (a transcript's 'errors and omissions excepted' mark)"),
    ("Authorised by the Australian Government, Canberra.",
     "site authorisation line (the government's or party's 'Authorised by ..., Place' footer)"),
    ("(Courtesy of KASA)", "credit line"),
    ("Photo courtesy of NASA", "credit line"),
    ("AD", "advertisement label"),
    ("Related", "related-article line"),
    ("Press release | Governance", "navigation line"),
])
def test_chrome_lines_of_the_w19_w20_publishers_are_boilerplate(line, why):
    text = f"The two agencies signed the agreement in Canberra today.\n\n{line}\n"
    paras = segment(text)
    assert (paras[-1].kind, paras[-1].why) == ("boilerplate", why)


def test_headlines_under_a_bare_related_label_are_boilerplate():
    text = ("PRIME MINISTER: Australia stands with the Republic of Korea on this. Thank you very much, everyone.\n\n"
            "Related\nMedia release: Australia-Republic of Korea Leaders' Meeting\n"
            "Transcript: Press conference - Parliament House\n")
    assert [k for k, _ in kinds(text)] == ["body", "boilerplate", "boilerplate", "boilerplate"]


@pytest.mark.parametrize("line", [
    "Authorized by Congress in 2010, the program will fund two lunar landers.",
    "Advanced Data Systems",
    "Related Missions of the Agency and Its Partners Will Follow in 2026",
    "Press release on the Artemis Accords | NASA and ESA sign a new agreement on lunar science",
    "Ms. Jane Doe, Director, Office of Space Affairs",
])
def test_lines_like_the_w19_w20_chrome_stay_content(line):
    text = f"{line}\n\nThe two agencies signed the agreement in Canberra today.\n"
    assert kinds(text)[0][0] != "boilerplate"


def test_an_office_of_a_longer_name_stays_content():
    text = "Office of Space Commerce\n\nThe United States and Japan held the dialogue in Tokyo today.\n"
    assert kinds(text)[0][0] != "boilerplate"


@pytest.mark.parametrize("line, why", [
    # web-site vocabulary of pages of any publisher: related links, downloads, bylines, sign-in,
    # page fields, archive photos, end markers, font-size buttons, section labels
    ("More from NASA", "related-article line"),
    ("Continue reading", "related-article line"),
    ("Watch the video", "related-article line"),
    ("Download PDF (250 KB)", "attachment line"),
    ("Downloads", "attachment line"),
    ("Photo gallery", "attachment line"),
    ("Reporter: Kim Min-ji", "news-site byline"),
    ("Sign in / Register", "page chrome"),
    ("Join our mailing list", "page chrome"),
    ("Main content", "page chrome"),
    ("PDF version", "page metadata field"),
    ("News ID: 12345", "page metadata field"),
    ("Filed under: Space", "page metadata field"),
    ("File photo", "credit line"),
    ("ENDS", "end or text marker"),
    ("Ends.", "end or text marker"),
    ("A+ A-", "page chrome"),
    ("Speeches", "site section label"),
    ("By continuing to browse this site you agree to our use of cookies.", "page chrome"),
    ("I accept", "page chrome"),
    ("Load more", "page chrome"),
    ("Communications Department", "press office line (the issuer's press office signing off or heading its contacts)"),
    ("Spokesperson: Jane Doe", "press office line (the issuer's press office signing off or heading its contacts)"),
    ("View this email in your browser", "e-mail newsletter chrome"),
    ("Forward to a friend", "e-mail newsletter chrome"),
    ("UNCLASSIFIED", "page furniture (a classification marking, a translation note, a bare link number)"),
    ("Unofficial translation", "page furniture (a classification marking, a translation note, a bare link number)"),
])
def test_web_site_vocabulary_lines_are_boilerplate(line, why):
    text = f"The two agencies signed the agreement in Canberra today.\n\n{line}\n"
    paras = segment(text)
    assert (paras[-1].kind, paras[-1].why) == ("boilerplate", why)


@pytest.mark.parametrize("line", [
    "Statements of the Heads of Delegation",
    "Download speeds of the new satellite network will double.",
    "Register of Space Objects",
    "Like the United States, Japan will contribute a rover.",
    "Video conference of the ministers",
    "End of life disposal of satellites",
    "Filed applications will be reviewed by the Commission.",
    "Continue reading the full text of the agreement on the website of the ministry, where it is published.",
    "Next steps",
    "Communications Department of the Ministry will publish the report in 2025.",
    "Translation of the Agreement into the official languages",
])
def test_content_lines_that_share_the_web_site_words_stay_content(line):
    text = f"{line}\n\nThe two agencies signed the agreement in Canberra today.\n"
    assert kinds(text)[0][0] != "boilerplate"


def test_a_sites_name_above_its_menu_of_words_is_chrome_the_headline_below_is_not():
    # a news site's masthead, its menu one word a line, then the headline and the lead
    text = ("Gulf Today\n\nHome\n\nUAE\n\nBusiness\n\nWorld\n\nSports\n\n"
            "Mohammed announces UAE's participation in Lunar Gateway\n\n"
            "DUBAI: The UAE will provide the airlock of the Lunar Gateway under an agreement with NASA, "
            "the Mohammed Bin Rashid Space Centre said on Sunday.\n")
    got = kinds(text)
    assert got[0] == ("boilerplate", "Gulf Today")
    assert ("title", "Mohammed announces UAE's participation in Lunar Gateway") in got


def test_an_issuers_name_above_a_pdf_header_block_of_file_numbers_stays_content():
    text = ("Council of the\nEuropean Union\n\n15343/23\n\nCOPS 520\nPESC 1561\nCSDP/PSDC 826\nESPACE 58\n\n"
            "OUTCOME OF PROCEEDINGS\n\nEU Space Strategy for Security and Defence\n\n"
            "Delegations will find in the annex the conclusions of the Council on the EU Space Strategy for "
            "Security and Defence, approved by the Council at its meeting held on 14 November 2023.\n")
    assert kinds(text)[0][0] != "boilerplate"

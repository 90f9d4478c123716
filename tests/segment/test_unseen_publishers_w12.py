"""Layouts of publishers never seen (issue 11), the w11/w12 batch: a press office's sign-off and
the closing block after it, related press releases in other languages, a parliament's record
fields, cookie buttons, an "X (Twitter)" share button, an end marker in parentheses, a UN
press release's two-column page footer inside a paragraph, an editor's note under a rule,
a house number closing an address line, and a site menu with its name above it. Each case is a
general shape, pinned down with a line of that shape."""
import pytest

from pipeline.core.textio import fold
from pipeline.segment import segment


def kinds(text):
    return [(p.kind, fold(text[p.start:p.end])) for p in segment(text)]


@pytest.mark.parametrize("line, why", [
    ("Press service of the Aerospace Committee",
     "press office line (the issuer's press office signing off or heading its contacts)"),
    ("Press Office - CONIDA", "press office line (the issuer's press office signing off or heading its contacts)"),
    ("Pressevagt, Uddannelses- og Forskningsministeriet",
     "press office line (the issuer's press office signing off or heading its contacts)"),
    ("Related Press Releases", "related-article line"),
    ("Relaterede nyheder", "related-article line"),
    ("Kapcsolódó hírek", "related-article line"),
    ("(end of press release)", "end marker"),
    ("X (Twitter)", "share button"),
    ("Search...", "page chrome"),
    ("Accept", "cookie banner button"), ("More information", "cookie banner button"),
    ("Statement UIN HCWS1012", "parliament record fields (a written statement's number, date and other House)"),
    ("Statement made on 7 September 2023",
     "parliament record fields (a written statement's number, date and other House)"),
    ("This statement has also been made in the House of Lords",
     "parliament record fields (a written statement's number, date and other House)"),
    ("Made by Michelle Donelan", "news-site byline"),
    ("For information media. Not an official record.", "UN press release footer (page furniture)"),
    ("H-1027 Budapest, Bem rakpart 47.", "postal address"),
])
def test_chrome_lines_of_the_w12_publishers_are_boilerplate(line, why):
    text = f"The two agencies signed the agreement in Astana today.\n\n{line}\n"
    paras = segment(text)
    assert (paras[-1].kind, paras[-1].why) == ("boilerplate", why)


@pytest.mark.parametrize("line", [
    "Press freedom and the space sector",          # no press office
    "The Ministry will publish more information in 2025.",
    "Accept the invitation of the Government of Peru",
    "Made in Hungary: the HUNOR astronaut programme",
    "The agency will move to Bem rakpart in 2025.",  # a year closes a sentence, not an address
    "Golden Gate Declaration 2023",
])
def test_headings_like_the_w12_chrome_stay_content(line):
    text = f"{line}\n\nThe two agencies signed the agreement in Astana today.\n"
    assert kinds(text)[0][0] != "boilerplate"


def test_headlines_under_related_press_releases_are_boilerplate():
    text = ("Singapore signed the Artemis Accords today in Washington.\n\nRelated Press Releases\n"
            "OSTIn and CNES sign agreement on Earth observation research (12 Nov 2024)\n"
            "Singapore Space Technology Development Programme awards (05 Jun 2024)\n")
    assert [k for k, _ in kinds(text)] == ["body", "boilerplate", "boilerplate", "boilerplate"]


def test_a_press_office_line_opens_the_closing_block_of_an_email_bulletin():
    text = ("Peru signed the Artemis Accords today at NASA Headquarters in Washington, the first\n"
            "country of the region to do so this year, the agency said in a statement here.\n\n"
            "Press Office - CONIDA\nLuis Felipe Villaran 1069, San Isidro, Lima 27, Peru\n\n"
            "You are receiving this bulletin because you subscribed at www.conida.gob.pe. To\n"
            "unsubscribe, reply with \"LEAVE\" in the subject line.\n")
    assert [k for k, _ in kinds(text)] == ["body", "boilerplate", "boilerplate", "boilerplate"]


def test_unsc_press_release_paragraph_cut_by_a_two_column_footer_and_header_is_one():
    text = ("Speaking after the vote, the representative of the United States said that her\n"
            "delegation will work with Japan, and that the United States will continue to\n\n"
            "For information media. Not an official record.                       Page 1 of 2\n"
            "\f\n- 2 -                                                                  SC/15670\n\n"
            "press for transparency on any programme to develop a nuclear anti-satellite\n"
            "capability.\n\nThe representative of Japan said that Japan will host an event.\n")
    paras = [p for p in segment(text) if p.kind != "boilerplate"]
    assert [p.folded(text) for p in paras][0].endswith("will continue to press for transparency on any "
                                                       "programme to develop a nuclear anti-satellite capability.")
    assert len(paras) == 2


def test_an_editors_note_under_a_rule_is_boilerplate():
    text = ("9. We thank the United States for hosting APEC in 2023.\n\n  ________________________\n"
            "  Note: This document is an excerpt. Paragraphs 10 to 28 of the Declaration are not reproduced.\n")
    assert kinds(text)[-1][0] == "boilerplate"


def test_a_note_in_the_text_stays_content():
    text = "The Parties agreed as follows.\n\nNote: the working group will report by June 2025.\n"
    assert kinds(text)[-1][0] != "boilerplate"


def test_menu_below_the_sites_name_in_capitals_is_boilerplate():
    text = ("MINISTRY OF FOREIGN AFFAIRS OF VIET NAM\nHome\nAbout MOFA\nForeign Policy\n"
            "Consular Services\nOverseas Vietnamese\nSearch...\n\n"
            "Joint Leaders' Statement on a Comprehensive Strategic Partnership\n\n"
            "Ha Noi, September 11, 2023\n\n"
            "The two leaders decided to elevate the bilateral relationship to a Comprehensive Strategic "
            "Partnership for peace, cooperation and sustainable development.\n")
    got = kinds(text)
    assert got[0] == ("boilerplate", "MINISTRY OF FOREIGN AFFAIRS OF VIET NAM")
    assert [k for k, t in got if t in ("About MOFA", "Foreign Policy", "Consular Services",
                                         "Overseas Vietnamese", "Search...")] == ["boilerplate"] * 5
    assert ("title", "Joint Leaders' Statement on a Comprehensive Strategic Partnership") in got
    assert ("meta", "Ha Noi, September 11, 2023") in got


def test_two_section_headings_below_a_long_title_stay_content():
    text = ("Joint Statement of the Second Meeting of the Space Dialogue\n\nOverview\n\nNext steps\n\n"
            "The two sides agreed to meet again in 2025.\n")
    assert [k for k, _ in kinds(text)][1:3] != ["boilerplate", "boilerplate"]


def test_oecd_paragraph_cut_by_a_footnote_the_running_footer_and_the_page_number_is_one():
    text = ("The Secretariat also aims to extend the analysis. Member coun-\n"
            "tries reaffirmed their commitment to sharing official statistics on space\n\n"
            "2. OECD (2022), Earth's Orbits at Risk: The Economics of Space Sustainability,\n"
            "OECD Publishing, Paris.\n\n"
            "THE SPACE ECONOMY IN FIGURES: RESPONDING TO GLOBAL CHALLENGES © OECD 2023\n\f\n"
            "                                                                  | 5\n\n"
            "budgets and employment through the Forum, and agreed to review the definitions by 2025.\n\n"
            "THE SPACE ECONOMY IN FIGURES: RESPONDING TO GLOBAL CHALLENGES © OECD 2023\n\f\n"
            "                                                                  | 6\n\n"
            "The Forum will meet again in 2024.\n\n"
            "THE SPACE ECONOMY IN FIGURES: RESPONDING TO GLOBAL CHALLENGES © OECD 2023\n\f\n"
            "                                                                  | 7\n")
    paras = [p for p in segment(text) if p.kind != "boilerplate"]
    assert len(paras) == 2
    assert paras[0].folded(text).endswith("official statistics on space budgets and employment through the "
                                          "Forum, and agreed to review the definitions by 2025.")
    assert "Earth's Orbits" not in paras[0].folded(text)


def test_eu_council_paragraph_cut_by_superscript_footnotes_and_the_document_footer_is_one():
    text = ("6.    The Council recalls that the mutual assistance clause of Article 42(7) and\n"
            "      the solidarity clause of Article 222 may apply in\n\n"
            "\u00b9 JOIN(2023) 9 final.\n\u00b2 Council document 7371/22.\n\n"
            "15343/23                          ML/ak                                    2\n"
            "                                  ANNEX       RELEX.5                 EN\n"
            "\f      case of a space-related incident.\n\n7.    The Council encourages the Member States.\n")
    paras = [p for p in segment(text) if p.kind != "boilerplate"]
    assert paras[0].folded(text).endswith("may apply in case of a space-related incident.")
    assert len(paras) == 2


def test_a_numbered_item_cut_by_a_page_break_is_no_footnote():
    # the item's sentence goes on past the page number: the text's own item, not a page's footnote
    text = ("Guideline A.5\n\n"
            "3. Prior to the launch of a space object, the State should contact States that could qualify as the\n\n"
            "15\n\nlaunching States of that space object to jointly determine how to proceed.\n")
    paras = segment(text)
    assert [p.folded(text) for p in paras if p.kind != "boilerplate"][0] == "Guideline A.5"


def test_the_citation_below_please_cite_this_publication_as_is_front_matter():
    text = ("The Space Economy in Figures\n\nPlease cite this publication as:\n"
            "OECD (2023), The Space Economy in Figures: Responding to Global Challenges, OECD Publishing, "
            "Paris, https://doi.org/10.1787/fa5494aa-en.\n\nForeword\n\nThis report was prepared by the Forum.\n")
    got = kinds(text)
    assert got[2][0] == "boilerplate" and got[2][1].startswith("OECD (2023)")
    assert got[3] != ("boilerplate", "Foreword")


def test_a_subtitle_the_publisher_and_a_heading_set_apart_by_blank_lines_are_no_menu():
    text = ("The Space Economy in Figures\n\nResponding to Global Challenges\n\nOECD\n\nForeword\n\n"
            "This report was prepared by the OECD Space Forum in 2023.\n")
    assert all(k != "boilerplate" for k, _ in kinds(text))


def test_a_numbered_item_below_a_heading_before_the_pages_footnotes_stays_its_own_paragraph():
    # europarl: "Généralités" / "1. salue ..." / footnotes / page footer / "programmes spatiaux ..."
    text = ("P8_TA(2017)0319\n\nGénéralités\n\n1.  salue la communication de la Commission; souligne que le prochain cadre\n"
            "    financier doit prévoir un budget suffisant pour les\n\n"
            "1   JO L 347 du 20.12.2013, p. 1.\n2   JO L 122 du 24.4.2014, p. 44.\n\n"
            "PE 604.xxx                                                                      1/5\n"
            "\fP8_TA(2017)0319\n    programmes spatiaux de l'Union;\n\n2.  souligne l'importance.\n\n"
            "PE 604.xxx                                                                      2/5\n"
            "\fP8_TA(2017)0319\n")
    got = [p.folded(text) for p in segment(text) if p.kind != "boilerplate"]
    assert got[0] == "Généralités"
    assert got[1].startswith("1. salue") and got[1].endswith("programmes spatiaux de l'Union;")


@pytest.mark.parametrize("line, why", [
    ("Joseph R. Biden, Jr., Joint Statement from the United States and India Online by Gerhard Peters and "
     "John T. Woolley, The American Presidency Project https://www.presidency.ucsb.edu/node/362551",
     "archive citation line (a document archive's 'cite this record' line under the reprint)"),
    ("This is an unofficial announcement of Commission action. Release of the full text of a Commission order "
     "constitutes official action.", "regulator's standard disclaimer (an FCC news release's note on what is official)"),
    ("Moscow, Shchepkina St., 42", "postal address"),
])
def test_archive_citation_regulator_disclaimer_and_street_abbreviation_are_boilerplate(line, why):
    text = f"The two agencies signed the agreement in Moscow today.\n\n{line}\n"
    paras = segment(text)
    assert (paras[-1].kind, paras[-1].why) == ("boilerplate", why)


def test_the_headline_of_a_joint_statement_published_by_both_parties_is_no_repeated_tagline():
    # MEA and the White House publish one joint statement under one title: the title repeats across
    # the corpus, though it is the statement's headline, not the site's chrome
    title = "Joint Statement from the United States and India"
    text = f"{title}\n\nJune 22, 2023\n\n1. Prime Minister Modi and President Biden affirmed a vision.\n"
    got = segment(text, repeated=[title.lower()], title=title)
    assert (got[0].kind, got[0].folded(text)) == ("title", title)
    tagline = "Joint Statement from the United States and India on Trade"
    got = segment(f"{tagline}\n\n{text}", repeated=[tagline.lower()], title=title)
    assert got[0].kind == "boilerplate"

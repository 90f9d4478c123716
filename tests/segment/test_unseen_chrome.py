"""Layouts of publishers never seen (issue 11), third batch: blog comment forms, e-mail bulletin
footers, related-links labels of news sites, image alt text, a site's name repeated in its footer,
"back to" links and issuer fields in other languages. Each case is a general shape, pinned down
with a line of that shape."""
import pytest

from pipeline.core.textio import fold
from pipeline.segment import segment


def kinds(text, title=None):
    return [(p.kind, fold(text[p.start:p.end])) for p in segment(text, title=title)]


@pytest.mark.parametrize("line, why", [
    ("Please read our comments policy before posting.", "comment form (a blog's comment box and its policy line)"),
    ("Post comment", "comment form (a blog's comment box and its policy line)"),
    ("Sign up and manage updates", "subscribe / social line"), ("Email updates", "subscribe / social line"),
    ("Stay connected with the USGS:", "e-mail newsletter chrome (a bulletin service's footer and its link to the release)"),
    ("You are subscribed to Landsat Headlines for U.S. Geological Survey. This information has recently been updated.",
     "e-mail newsletter chrome (a bulletin service's footer and its link to the release)"),
    ("Powered by GovDelivery", "e-mail newsletter chrome (a bulletin service's footer and its link to the release)"),
    ("Read the full news release: https://www.usgs.gov/news/national-news-release/landsat-next",
     "e-mail newsletter chrome (a bulletin service's footer and its link to the release)"),
    ("[Image: A satellite ground station antenna under a blue sky in Western Australia]",
     "image placeholder (a web page's image alt text in brackets; its caption, if any, stands apart)"),
    ("Retour aux actualités", "link line back to a section (other languages)"),
    ("Volver a noticias", "link line back to a section (other languages)"),
    ("Communiqué par : Ministère de l'Économie", "issuer label (a site's 'published by: ministry' field)"),
    ("Telegram", "share button"), ("VK", "share button"),
    ("How can we improve?", "page feedback widget"),
    ("Related coverage:", "related-article line"), ("Most Saved", "related-article line"),
    ("Recent Posts", "related-article line"), ("Dernières actualités", "related-article line"),
])
def test_chrome_lines_of_unseen_publishers_are_boilerplate(line, why):
    text = f"The two agencies signed the agreement in Tokyo today.\n\n{line}\n"
    paras = segment(text)
    assert (paras[-1].kind, paras[-1].why) == ("boilerplate", why)


def test_headlines_under_a_related_coverage_label_are_boilerplate():
    text = ("Japan will take part in a U.S.-led project to send astronauts back to the moon.\n\n"
            "Related coverage:\n\nJapan, U.S. agree to cooperate on lunar exploration\n\n"
            "Japan eyes sending astronaut to moon in late 2020s\n")
    assert [k for k, _ in kinds(text)] == ["body", "boilerplate", "boilerplate", "boilerplate"]


def test_a_postal_code_with_a_country_letter_prefix_is_an_address_line():
    text = ("Le Luxembourg et les États-Unis ont signé un protocole d'accord.\n\n"
            "Service information et presse 33, boulevard Roosevelt\n\nL-2450 Luxembourg\n")
    assert kinds(text)[-1] == ("boilerplate", "L-2450 Luxembourg")


def test_a_year_before_a_treaty_name_is_no_postal_address():
    text = "The signatories recalled their commitments.\n\n1967 Outer Space Treaty\n"
    assert kinds(text)[-1][0] != "boilerplate"


def test_the_sites_name_repeated_in_its_footer_is_boilerplate():
    text = ("Le gouvernement luxembourgeois\n\nFR | DE | EN\n\nActualités\n\nGouvernement\n\nMinistères\n\n"
            "Le Luxembourg et les États-Unis signent un protocole d'accord\n\n"
            "Le vice-Premier ministre a signé jeudi un protocole d'accord avec les États-Unis sur la coopération "
            "dans le domaine de l'espace.\n\nLe gouvernement luxembourgeois\n\n"
            "Aspects légaux | Accessibilité | Plan du site | Contact\n")
    got = kinds(text)
    assert got[0][0] == "boilerplate"
    assert got[-2] == ("boilerplate", "Le gouvernement luxembourgeois")


def test_a_heading_repeating_the_headline_shown_above_it_is_kept():
    # a page shows its title above the headline (marked as the site's header): the section
    # headings of the text are not that chrome
    text = ("Space Agency - Official text: Artemis Accords signed\n\nArtemis Accords signed\n\n"
            "The minister signed the Artemis Accords in Washington today, joining the other signatories.\n\n"
            "Next steps\n\nThe agency will set up a working group with its partners next year.\n")
    got = kinds(text, title="Artemis Accords signed")
    assert ("heading", "Next steps") in got and got[1][0] != "boilerplate"


@pytest.mark.parametrize("line, why", [
    ("(ATTN: ADDS quotes from science ministry in paras 6-7, photo)",
     "news-wire editor's note (the wire's word to its clients on what a new version adds)"),
    ("Posted by: Ian Annett, Posted on: 14 September 2021 - Categories: International, Partnerships",
     "news-site byline"),
])
def test_news_wire_and_blog_stamps_are_boilerplate(line, why):
    text = f"The two agencies signed the agreement in Tokyo today.\n\n{line}\n"
    assert (segment(text)[-1].kind, segment(text)[-1].why) == ("boilerplate", why)


def test_question_and_abbreviation_headlines_under_a_recent_posts_label_are_boilerplate():
    text = ("We look forward to seeing the first projects take off.\n\nRecent Posts\n\n"
            "What is the National Space Strategy?\n\nS. Korea to receive vaccines for 550,000 troops from U.S.\n\n"
            "Space sustainability: why it matters\n")
    assert [k for k, _ in kinds(text)] == ["body"] + ["boilerplate"] * 4


def test_a_sentence_after_a_related_label_ends_the_listing():
    text = ("We look forward to seeing the first projects take off.\n\nRelated coverage:\n\n"
            "Japan eyes sending astronaut to moon in late 2020s\n\n"
            "The agency will publish its plan for the programme next year.\n")
    assert [k for k, _ in kinds(text)][-1] == "body"


def test_a_blogs_description_under_its_about_this_blog_heading_is_boilerplate():
    body = "The UK and Australian space sectors have a lot in common, and both are growing fast. " * 6
    text = (body + "\n\nRelated content and links\n\nAbout this blog\n\n"
            "The UK Space Agency blog brings you the latest news and views from the UK space sector.\n")
    assert kinds(text)[-1][0] == "boilerplate"


def test_a_double_dash_under_a_subheadline_separates_it_from_the_dateline():
    # a release PDF sets "--" between its subheadline and its dateline paragraph
    text = ("FCC ADOPTS NEW '5-YEAR RULE' FOR DEORBITING SATELLITES\n"
            "Rule Will Speed Up Satellite Disposal Rate and Reduce the Risk of Orbital Debris\n  --\n"
            "WASHINGTON, September 29, 2022—The Federal Communications Commission today\n"
            "adopted new rules to address the growing risk of orbital debris.\n")
    got = kinds(text)
    assert ("boilerplate", "--") in got
    assert got[-1][1].startswith("WASHINGTON, September 29, 2022")


def test_a_brand_name_with_capitals_inside_a_sentence_is_no_run_together_header():
    text = ("The ministers recalled the longstanding cooperation of the United States and India in the field of "
            "trade promotion, including through SelectUSA, which brings investors from around the world to the "
            "United States each year.\n")
    assert len(kinds(text)) == 1


def test_a_title_restated_as_the_leads_first_line_is_no_running_header():
    # a declaration's PDF: its title line on top, then the lead opens with the same words
    text = ("   The 26th Session of the Asia-Pacific Regional Space Agency Forum (APRSAF-26)\n\n"
            "                              NAGOYA VISION\n\n"
            "                        Nagoya, Japan, 29 November 2019\n\n"
            "The 26th session of the Asia-Pacific Regional Space Agency Forum (APRSAF-26)\n"
            "was held in Nagoya, Japan, from Tuesday 26 November to Friday 29 November\n"
            "2019, co-organized by the Ministry of Education, Culture, Sports, Science and\n"
            "Technology (MEXT) and the Japan Aerospace Exploration Agency (JAXA).\n")
    got = kinds(text)
    assert got[0][0] != "boilerplate"
    assert got[-1][1].startswith("The 26th session of the Asia-Pacific") and got[-1][0] == "body"
    assert got[-2][1] == "Nagoya, Japan, 29 November 2019"


def test_preambular_paragraphs_set_in_by_a_first_line_indent_are_apart_though_ending_in_commas():
    text = ("     Reaffirming that the prevention of an arms race in outer space would\n"
            "avert a grave danger for international peace and security,\n\n"
            "     Mindful of the importance of the Treaty on Principles Governing the\n"
            "Activities of States in the Exploration and Use of Outer Space, including\n"
            "the Moon and Other Celestial Bodies, of 1967,\n")
    got = kinds(text)
    assert len(got) == 2 and got[1][1].startswith("Mindful of the importance")


def test_a_flush_line_after_a_page_break_resumes_an_indented_paragraph():
    text = ("     Noting that the Group considered that the measures it proposes, if\n"
            "implemented, would contribute to the prevention of conflict in outer\n"
            "space, and that such measures are voluntary and are intended to\n\n"
            "complement, and not to replace, the existing international legal\n"
            "framework pertaining to outer space activities,\n")
    assert len(kinds(text)) == 1

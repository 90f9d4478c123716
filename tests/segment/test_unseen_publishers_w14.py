"""Layouts of publishers never seen (issue 11), the w13/w14 batch: a mailing's header fields and
its "why you receive this" footer, a newsletter's table of contents, an inquiries heading, a
"Get notifications" line, related documents and breadcrumbs in other languages, release
numbers, a category field and its value, a download line with the file's size, a comment
form, a photographer's credit, a press office's label, a credit closing a caption, a news
agency's tag, a closing place and date in Portuguese, a list of dated news, a site name with a
section label, a footer's bar of links and an address led by its house number. Each case is a
general shape, pinned down with a line of that shape."""
import pytest

from pipeline.core.textio import fold
from pipeline.segment import segment


def kinds(text):
    return [(p.kind, fold(text[p.start:p.end])) for p in segment(text)]


@pytest.mark.parametrize("line, why", [
    ("List-Unsubscribe: <https://cosparhq.cnes.fr/unsubscribe>",
     "e-mail header field (a mailing's header lines above its text)"),
    ("You receive COSPAR E-News as a COSPAR Associate or subscriber.",
     "e-mail newsletter chrome (why the reader receives it, the unsubscribe line)"),
    ("You are receiving this email because you are a member of the IAF or\nsubscribed to IAF news. "
     "Unsubscribe | Update your preferences",
     "e-mail newsletter chrome (why the reader receives it, the unsubscribe line)"),
    ("Get notifications of new releases", "subscribe / social line"),
    ("Heeft u een vraag? Bel 1400 of stel uw vraag via het contactformulier.", "contact line"),
    ("Você está aqui: Página Inicial > Canais de Atendimento > Imprensa > Notas à Imprensa > 2023",
     "breadcrumb (other languages)"),
    ("NOTA À IMPRENSA Nº 152", "release number (the issuer's running number of its releases)"),
    ("No. 14/2024", "release number (the issuer's running number of its releases)"),
    ("Redes sociais", "follow-us line"),
    ("Download the full Communiqué (PDF, 1.2 MB)", "attachment line"),
    ("Comment *", "comment form (a blog's comment box and its policy line)"),
    ("Photographer: Magnus Fröderberg/norden.org", "credit line"),
    ("Gerelateerde documenten", "related-article line"),
    ("Amharic | English", "navigation line"),
    ("Media release | Published: 21 June 2022", "navigation line"),
    ("Ministry of Foreign Affairs and Trade – News",
     "site name and section label (a page's header or footer: 'Ministry of ... – News', "
     "'... – Press release 9/2/2024')"),
    ("Ministry of Digital Governance – Press release 9/2/2024",
     "site name and section label (a page's header or footer: 'Ministry of ... – News', "
     "'... – Press release 9/2/2024')"),
])
def test_chrome_lines_of_the_w14_publishers_are_boilerplate(line, why):
    text = f"The two agencies signed the agreement in Addis Ababa today.\n\n{line}\n"
    paras = segment(text)
    assert (paras[-1].kind, paras[-1].why) == ("boilerplate", why)


@pytest.mark.parametrize("line", [
    "Subject: EU Space Strategy for Security and Defence - Council conclusions (14 November 2023)",
    "Questions of space security and sustainability",
    "Categories of space objects",
    "Download speeds of the new satellite network",
    "Office of Space Commerce",
    "News from the Moon",
    "You will receive the report by June 2025.",
    "NASA",     # a short form at the top of a page, before the text
])
def test_headings_like_the_w14_chrome_stay_content(line):
    text = f"{line}\n\nThe two agencies signed the agreement in Addis Ababa today.\n"
    assert kinds(text)[0][0] != "boilerplate"


def test_cospar_email_header_block_with_its_subject_is_boilerplate():
    text = ("From: COSPAR Secretariat <cospar@cosparhq.cnes.fr>\nTo: cospar-associates@lists.cosparhq.org\n"
            "Subject: [COSPAR E-News] No. 47 - November 2024\nDate: Wed, 20 Nov 2024 10:31:07 +0100\n"
            "List-Unsubscribe: <https://cosparhq.cnes.fr/unsubscribe>\n\n"
            # (a text hard-wrapped at 72: the header's lines are each a line of their own)
            "The Committee on Space Research (COSPAR) held the autumn meeting of its\n"
            "Bureau at the COSPAR Secretariat in Paris on 15 November 2024, under the\n"
            "chairmanship of the COSPAR President, Prof. Pascale Ehrenfreund. The\n"
            "Bureau reviewed the outcome of the 45th Scientific Assembly, held in\n"
            "Busan, Republic of Korea, in July, which brought together more than\n"
            "3,000 scientists.\n")
    got = kinds(text)
    assert any(t.startswith("Subject:") for _, t in got[:-1])
    assert [k for k, _ in got[:-1]] == ["boilerplate"] * (len(got) - 1)
    assert got[-1][0] == "body"


def test_a_subject_line_without_the_mails_other_fields_stays_content():
    text = ("Subject: EU Space Strategy for Security and Defence\n\n"
            "The Council approved the conclusions set out in the annex.\n")
    assert kinds(text)[0][0] != "boilerplate"


def test_newsletter_contents_under_in_this_issue_are_boilerplate_its_first_heading_is_not():
    text = ("IN THIS ISSUE\n  1. From the Bureau: workshops, fellowships, Mars policy\n"
            "  2. Satellite constellations: a new joint task group\n\n"
            "1. BUREAU DECISIONS ON CAPACITY BUILDING\n\n"
            "The Committee on Space Research held the autumn meeting of its Bureau in Paris.\n")
    got = kinds(text)
    assert [k for k, _ in got[:3]] == ["boilerplate"] * 3
    assert got[3][0] != "boilerplate"


def test_inquiries_heading_opens_the_closing_contact_block():
    text = ("Finland and the United States agreed to start a dialogue on civil space cooperation.\n\n"
            "Inquiries:\n\nJukka Tanskanen, Senior Specialist, tel. +358 29 504 7030\n")
    assert [k for k, _ in kinds(text)] == ["body", "boilerplate", "boilerplate"]


def test_a_news_agencys_tag_after_the_text_is_boilerplate():
    text = ("The NSSA and the UAE Space Agency agreed to cooperate on satellite development.\n\n"
            "AHN\n\nRelated News\n")
    assert kinds(text)[1] == ("boilerplate", "AHN")


def test_quad_section_headings_in_capitals_stay_content():
    text = ("The Quad leaders met in Hiroshima.\n\nCYBER\n\nThe partners will strengthen cyber security.\n\n"
            "SPACE\n\nThe partners will share Earth observation data.\n")
    assert [k for k, t in kinds(text) if t in ("CYBER", "SPACE")] == ["heading", "heading"]


def test_un_resolution_header_names_its_body_and_organ_around_its_furniture():
    # the symbol and the distribution line are the document's furniture; the body and the organ that
    # issue it ("United Nations" / "General Assembly") are its letterhead's title lines, not a menu
    # (tests/written: A/RES/68/50, whose gold lists them as paragraphs)
    text = ("United Nations\n\nA/RES/68/50\n\nGeneral Assembly\n\nDistr.: General\n10 December 2013\n\n"
            "The General Assembly,\n\nRecalling its resolutions on outer space activities,\n")
    got = kinds(text)
    assert [k for k, t in got if t in ("United Nations", "A/RES/68/50", "General Assembly", "Distr.: General")] \
        == ["title", "boilerplate", "title", "boilerplate"]


def test_an_annex_heading_below_a_pages_furniture_is_the_texts_own():
    text = ("We would be grateful if the present letter and its annex could be issued as an official document "
            "of the Conference on Disarmament.\n\nGE.23-04871(E)\n\n*2304871* Please recycle\n\f"
            "CD/2301\n\nAnnex\n\nJoint statement on destructive direct-ascent anti-satellite missile tests\n\n"
            "1. We, the undersigned States, reaffirm our commitment to the prevention of an arms race in outer space.\n")
    got = kinds(text)
    assert ("heading", "Annex") in got and ("boilerplate", "*2304871* Please recycle") in got


def test_category_label_and_its_value_are_boilerplate():
    text = ("O Presidente Lula agradeceu ao Presidente Xi Jinping pela hospitalidade.\n\n"
            "Categoria\nRelações Exteriores\n")
    assert [k for k, _ in kinds(text)] == ["body", "boilerplate", "boilerplate"]


def test_a_published_label_keeps_its_date_below_it():
    text = ("UK signs Artemis Accords\n\nPublished\n13 October 2020\n\n"
            "The UK has today signed the Artemis Accords, a set of principles.\n")
    assert ("meta", "13 October 2020") in kinds(text)


def test_closing_place_and_date_in_portuguese_is_meta():
    text = ("O Presidente Lula agradeceu ao Presidente Xi Jinping pela calorosa hospitalidade.\n\n"
            "Pequim, 14 de abril de 2023\n")
    assert kinds(text)[-1] == ("meta", "Pequim, 14 de abril de 2023")


def test_closing_place_with_a_connecting_word_above_its_date_is_meta():
    text = ("9. Leaders accepted the offer of Solomon Islands to host the next meeting in 2025.\n\n"
            "Nuku’alofa, Kingdom of Tonga\n30 August 2024\n")
    assert kinds(text)[1] == ("meta", "Nuku’alofa, Kingdom of Tonga")


def test_roscosmos_related_news_dated_one_a_line_are_separate_boilerplate_lines():
    text = ("Roscosmos and NASA sign agreement on integrated crews for ISS flights\n15.07.2022 14:20\n\n"
            "The agreement was signed in accordance with the Intergovernmental Agreement.\n\n"
            "Related news\n14.07.2022 Progress MS-20 cargo ship to be undocked from the station\n"
            "12.07.2022 Soyuz-2.1b rocket delivered to Plesetsk\n")
    got = kinds(text)
    assert got[0] == ("title", "Roscosmos and NASA sign agreement on integrated crews for ISS flights")
    assert [k for k, _ in got[-3:]] == ["boilerplate"] * 3


def test_a_footers_bar_of_links_is_not_joined_to_the_address_above_it():
    text = ("The committee approved the bill by voice vote today.\n\n"
            "254 Russell Senate Office Building, Washington, D.C. 20510\n"
            "Privacy Policy | Accessibility | Sitemap\n")
    got = kinds(text)
    assert got[-1] == ("boilerplate", "Privacy Policy | Accessibility | Sitemap")
    assert got[-2][1] == "254 Russell Senate Office Building, Washington, D.C. 20510"


def test_mext_address_led_by_its_block_numbers_is_a_line_of_its_own():
    text = ("MEXT will launch a new program of space education for high school students.\n\n"
            "Ministry of Education, Culture, Sports, Science and Technology\n"
            "3-2-2 Kasumigaseki, Chiyoda-ku, Tokyo 100-8959, Japan\n")
    got = kinds(text)
    assert got[-1] == ("boilerplate", "3-2-2 Kasumigaseki, Chiyoda-ku, Tokyo 100-8959, Japan")


@pytest.mark.parametrize("line, why", [
    ("Check against delivery", "speech delivery note (a delivered statement's 'check against delivery')"),
    ("Original: English", "UN document furniture (its distribution and original language)"),
    ("ESCAP/MCSASD/2022/L.1",
     "document symbol (a UN or intergovernmental document's number, its body's name before it)"),
    ("Conference on Disarmament CD/2301",
     "document symbol (a UN or intergovernmental document's number, its body's name before it)"),
])
def test_un_document_furniture_lines_are_boilerplate(line, why):
    text = f"{line}\n\nThe States parties agreed to report to the Conference in 2024.\n"
    paras = segment(text)
    assert (paras[0].kind, paras[0].why) == ("boilerplate", why)


def test_a_un_information_service_release_symbol_stays_content():
    text = "UNIS/OS/518\n\nThe States parties agreed to report to the Conference in 2024.\n"
    assert kinds(text)[0][0] != "boilerplate"


def test_cd_paragraph_cut_by_the_page_footer_and_the_next_pages_symbol_is_one():
    text = ("        5.      We will also continue to contribute actively to the working group, and\n"
            "                we note with concern that some States have not yet made such a commitment, and that\n\n"
            "2                                                                              GE.23-04871\n"
            "\f                                                                                 CD/2301\n\n"
            "                destructive tests conducted in recent years have left thousands of\n"
            "                pieces of trackable debris in low Earth orbit.\n")
    content = [p for p in segment(text) if p.kind != "boilerplate"]
    assert len(content) == 1 and content[0].folded(text).endswith("trackable debris in low Earth orbit.")


def test_escap_hereby_after_the_preambular_paragraphs_is_a_paragraph_of_its_own():
    text = ("         Noting with appreciation the contributions of the Regional Space Applications\n"
            "         Programme and the first phase of the Plan of Action, which concluded last year,\n\n"
            "         Hereby:\n\n"
            "         1.   Adopt the second phase of the Asia-Pacific Plan of Action on Space\n"
            "              Applications for Sustainable Development, for the period 2022-2026.\n")
    got = [t for k, t in kinds(text)]
    assert "Hereby:" in got


def test_oecd_footnote_cited_above_and_standing_above_the_pages_footer_is_boilerplate():
    text = ("The Forum was established in 2012 and is supported by the Norwegian Space Agency and the UK\n"
            "Space Agency.1 The Forum will continue to monitor the space economy in the coming years.\n\n"
            "1. The full list of members of the steering group is available at\n"
            "www.oecd.org/sti/inno/space-forum/.\n\n"
            "THE SPACE ECONOMY IN FIGURES: RESPONDING TO GLOBAL CHALLENGES © OECD 2023\n"
            "\f4 |\n\nExecutive summary\n\nThe space economy is growing and changing.\n")
    assert ("boilerplate", "1. The full list of members of the steering group is available at "
                           "www.oecd.org/sti/inno/space-forum/.") in kinds(text)


def test_a_numbered_item_not_cited_above_stays_content():
    text = ("The OECD will take the following steps in the coming years to support member countries.\n\n"
            "1. Publish a policy paper on the economics of space sustainability by 2024.\n\n"
            "THE SPACE ECONOMY IN FIGURES © OECD 2023\n\f4 |\n\nExecutive summary\n")
    assert kinds(text)[1][0] != "boilerplate"


def test_a_footnote_number_glued_to_a_paragraphs_last_sentence_is_left_out_of_its_span():
    text = ("Satellite data are now essential for monitoring climate change, and the costs of space debris\n"
            "could rise sharply over the next decade if no action is taken.2\n\nKey findings\n")
    assert kinds(text)[0][1].endswith("if no action is taken.")

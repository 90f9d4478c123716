"""Layouts of publishers the rules were not tuned on (issue 11): each case is a general
shape of web pages, PDF text and agency releases, with a sentence of that shape."""
import pytest

from pipeline.segment import segment
from pipeline.core.textio import fold


def kinds(text, title=None):
    return [(p.kind, fold(text[p.start:p.end])) for p in segment(text, title=title)]


@pytest.mark.parametrize("line, why", [
    ("-end-", "end or text marker"), ("– end-", "end or text marker"), ("-30-", "end or text marker"),
    ("Begin Text:", "end or text marker"), ("End Text", "end or text marker"),
    ("12", "page number"), ("Page 3 of 7", "page number"), ("- 4 -", "page number"),
    ("1,204 views", "view or comment counter"), ("Comments (0)", "view or comment counter"),
    ("By Jane Smith", "news-site byline"), ("Media Note", "site section label"),
    ("Press Release", "site section label"), ("> Hera (ESA Website)", "link line"),
    ("Back to Outer Space", "link line"), ("[Full text]", "database field label"),
    ("Home > News > Press Releases", "breadcrumb"), ("----------", "separator line"),
    ("Credit: Margareta Stridh/Regeringskansliet", "credit line"),
    # the same chrome on ministries' and agencies' sites in other languages
    ("Skriv ut", "page chrome (other languages)"), ("Nach oben", "page chrome (other languages)"),
    ("ページの先頭へ戻る", "page chrome (other languages)"), ("Pressmeddelande", "site section label (other languages)"),
    ("英語版 (English)", "language switch"),
    ("Pressemitteilung", "site section label (other languages)"), ("報道発表", "site section label (other languages)"),
    ("Publicerad 16 april 2024", "page date stamp (other languages)"),
    ("Veröffentlicht am 15.09.2023", "page date stamp (other languages)"),
    ("Startseite > Presse > Pressemitteilungen", "breadcrumb (other languages)"),
    ("トップページ > 外交政策 > 宇宙", "breadcrumb (other languages)"), ("Läs mer om rymden", "link line (other languages)"),
    ("English", "language switch"), ("日本語", "language switch"), ("Tags: Space, Artemis Accords", "tag line"),
    ("Facebook", "share button"), ("Pressekontakt", "media contact heading (other languages)"),
    # feedback widgets, cookie banners, archive notices, counters, mailing-list archives, related links
    ("Is this page useful?", "page feedback widget"), ("Was this page helpful?", "page feedback widget"),
    ("We use some essential cookies to make this website work.", "cookie banner"),
    ("Ce site utilise des cookies pour améliorer votre expérience.", "cookie banner"),
    ("Skip to main content", "page chrome"), ("Skip to menu", "page chrome"), ("Screen Reader Access", "page chrome"),
    ("You are viewing ARCHIVED CONTENT released online from January 20, 2009 to January 20, 2017", "page chrome"),
    ("An official website of the European Union How do you know?", "site licence or official-site notice"),
    ("All content is available under the Open Government Licence v3.0, except where otherwise stated",
     "site licence or official-site notice"),
    ("Visitor Counter : 2371905", "page counter or date stamp"), ("Last updated: 17 Jan. 2022 14:37", "page counter or date stamp"),
    ("Previous message: [Nasa-hqnews] NASA Selects Students", "archive or mailing-list navigation"),
    ("Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]", "archive or mailing-list navigation"),
    ("More information about the Hqnews mailing list", "archive or mailing-list navigation"),
    ("Acknowledgement of Country", "site acknowledgement"), ("ALSO READ: Rover to land on the Moon", "related-article line"),
    ("À lire aussi", "related-article line"), ("Partager : Facebook Twitter LinkedIn Email Imprimer", "share or print line"),
    ("Compartilhe por WhatsApp", "share or print line"), ("版权所有：国家航天局", "site footer (Chinese)"),
    ("【打印本页】【关闭窗口】", "site footer (Chinese)"), ("Load-Date: May 3, 2023", "news database field"),
    # bylines and metadata fields of blogs and portals, board layouts of ministries' news pages
    ("Posted on18 August 2021 byCommunications SANSAin Media Releases", "news-site byline"),
    ("Publication date: March 21, 2023, 15:45", "page metadata field"), ("Print version", "page metadata field"),
    ("Direct link: http://en.kremlin.ru/supplement/5920", "page metadata field"), ("From:", "page metadata field"),
    ("Date 2023-04-26 Hit 2417 Writer Space Technology Division", "view or comment counter"),
    ("Attachment 230426 Korea-US JSI on Space Exploration (English).pdf", "attachment line"),
    ("Prev MSIT to host 2023 Space Technology Industry Forum", "archive or mailing-list navigation"),
    ("Find out more about the Moon to Mars initiative", "link line"), ("Visit the meeting page", "link line"),
    ("Voltar ao topo", "page chrome (other languages)"), ("Retour en haut de la page", "page chrome (other languages)"),
    ("link para Copiar para área de transferência", "share or print line"),
    ("The following links open in a new tab", "share or print line"),
    ("Photo: ISRO", "credit line"), ("Foto: Ascom/MCTI", "credit line"),
    ("* * *", "separator line"), ("° °     °", "separator line"), ("|", "separator line"),
    # share rows run together, follow-us lines, site labels, footer bars with long items
    ("FacebookTwitterLinkedInYouTubeInstagram", "share or follow buttons"),
    ("Follow ESA on Twitter: @esa", "follow-us line"), ("Tags", "site section label"), ("Topic:", "site section label"),
    ("Quick Links", "site section label"), ("Information for...", "site section label"),
    ("About State.gov | Privacy Notice | FOIA | Copyright Information | Other U.S. Government Info", "navigation line"),
    ("Privacy Policy | Terms of Use", "navigation line"),
    # wire and list headers: lead-ins, posting times, release numbers, list subjects, source fields
    ("WASHINGTON, June 3 -- The Department of State issued the following media note on June 2, 2024:",
     "syndication prefix"),
    ("June 3, 2024 Monday 5:07 PM EST", "date and time stamp"), ("Wed Jun 14 10:02:11 EDT 2006", "date and time stamp"),
    ("Press release 22 May 2024 11:15", "date and time stamp"), ("Mon Jun 12 09:14:51 EDT 2006", "date and time stamp"),
    ("RELEASE: 07-112", "release number field"), ("PRN: 2016/0542", "release number field"),
    ("[Esa-news] ESA and JAXA sign agreement", "mailing-list subject line"),
    ("[Source] Ministry of Foreign Affairs, Diplomatic Bluebook 1970, pp.410-412.", "database source field"),
    # media contacts and addresses in a closing block or footer
    ("Press Relations Office", "media contact heading"), ("Contacts presse", "media contact heading"),
    ("Telephone: (+49-228) 447 100", "contact line"), ("(Phone: 202/358-0918)", "contact line"),
    ("Marie Dupont Attachée de presse Tél. 01 44 76 78 37 marie.dupont@cnes.fr", "contact line"),
    ("NASA News hqnews at mediaservices.nasa.gov", "contact line"),
    ("From: Canadian Space Agency", "page metadata field"), ("Contacts", "media contact heading"),
    ("(Release ID: 1983648) Visitor Counter : 1525", "view or comment counter"),
    ("Read this release in: Hindi , Tamil", "language switch"),
    ("Paseo de la Castellana 162", "postal address"), ("28046 MADRID", "postal address"),
    ("(04383) Government Complex-Sejong, 9, Dasom-ro, Sejong-si", "postal address"),
    ("Agency Head Office, Innovation Building, 12 Meiring Naude Road, Pretoria, 0184", "postal address"),
])
def test_web_and_pdf_chrome_is_boilerplate(line, why):
    text = f"Joint Statement on Space Cooperation\n\nThe two sides agreed to deepen cooperation in space.\n\n{line}\n\nThey also met the press.\n"
    paras = segment(text)
    at = text.index(line)
    hit = [p for p in paras if p.start < at + len(line) and at < p.end]
    assert hit and hit[0].kind == "boilerplate", (line, why)


@pytest.mark.parametrize("line", ["Next steps", "Photo: The ministers signed the agreement in Tokyo.",
                                  "Find out more, the minister said, about the lunar programme and its partners.",
                                  "The agency will open its new office at 300 E Street SW in 2025.",
                                  "The session opened at 10:30 on March 3, 2024, in Vienna.",
                                  "Navigation", "Topics of the dialogue", "Follow-up of the Fifth Meeting",
                                  "Space Situational Awareness | Earth Observation",
                                  "Fighting the COVID-19 pandemic, building better health security, and recovering together"])
def test_content_lines_that_resemble_chrome_stay_content(line):
    text = f"Joint Statement on Space Cooperation\n\nThe two sides agreed to deepen cooperation in space.\n\n{line}\n\nThey also met the press.\n"
    at = text.index(line)
    assert all(p.kind != "boilerplate" for p in segment(text) if p.start < at + len(line) and at < p.end)


def test_a_rule_line_above_footnotes_does_not_join_them():
    text = ("The constellation will share data.\n\n______________________\n"
            "1 The Joint Committee was established in 2021.\n")
    got = kinds(text)
    assert got[-2][0] == "boilerplate" and got[-1][1].startswith("1 The Joint Committee")


def test_running_header_repeated_inside_and_between_paragraphs_is_boilerplate_everywhere():
    header = "        XV Summit Declaration | 23 August 2023"
    page = "We reaffirm our commitment to the peaceful uses of outer space and to the long-term\n"
    text = (f"Declaration\n\n{page}\n\n12\n\n{header}\n\nsustainability of space activities for all.\n\n"
            f"{page}\n\n13\n\n{header}\n\n14. We welcome the work of the committee.\n\n15\n\n{header}\n\n"
            "16. We will meet again next year.\n")
    got = [(k, t) for k, t in kinds(text) if "Summit Declaration" in t and not t.startswith("We")]
    assert got and all(k == "boilerplate" for k, _ in got)


def test_a_list_header_run_past_the_wrap_width_does_not_widen_it():
    # a mailing-list archive: header lines longer than the 72-column text they sit above
    header = ("    * Previous message: [Agency-news] NASA Offers Media Opportunity With Space Shuttle Crew\n"
              "    * Next message: [Agency-news] NASA Selects Students for Summer Microgravity Flights\n")
    first = ("NASA and the agency signed two memoranda of understanding on Tuesday to fly\n"
             "two instruments on the first mission to the moon, Chandrayaan-1. The\n"
             "agreements were signed by the Administrator and the Chairman during the\n"
             "Administrator's visit to the agency's headquarters in Bangalore, India.\n")
    second = ("Under the agreements, NASA will provide two radar and mapping instruments\n"
              "for the spacecraft, which the agency now plans to launch in 2007 or 2008.\n"
              "The instruments will be provided at no cost. The agency will launch and\n"
              "operate the spacecraft and will share the data from the two instruments.\n")
    text = f"{header}\n{first}\n{second}"
    bodies = [t for k, t in kinds(text) if k == "body"]
    assert any(t.startswith("Under the agreements") and t.endswith("two instruments.") for t in bodies)


def test_byline_needs_a_name_not_a_body():
    text = "Title Here\n\nBy the Government of Japan and the Government of the United States\n\nThe sides met.\n"
    assert all(k != "boilerplate" for k, _ in kinds(text))


def test_photo_caption_is_content_with_its_credit():
    text = ("NASA Welcomes Sweden\n\nMinister for Education Mats Persson and U.S. Ambassador Erik D. Ramanathan "
            "shake hands after the signing ceremony. Credit: Margareta Stridh/Regeringskansliet\n\n"
            "Sweden signed the Artemis Accords on Tuesday.\n")
    assert ("caption", fold(text.split("\n\n")[1])) in kinds(text)


def test_caption_by_its_wording_without_credit():
    text = ("Title\n\nSwiss Federal Councillor Guy Parmelin, right, shakes hands with NASA Administrator "
            "Bill Nelson, left, after signing the Artemis Accords.\n\nBody sentence follows here.\n")
    assert kinds(text)[1][0] == "caption"


def test_numbered_breadcrumb_before_the_title_is_navigation():
    """A forum's page: "1. HOME / 2. Annual Meetings / ..." above the title (raw/ holds the page)."""
    from pipeline.core.config import ROOT
    text = (ROOT / "raw" / "2014-12-05-aprsaf-21-summary-and-recommendations.txt").read_text(encoding="utf-8")
    got = kinds(text)
    assert [k for k, _ in got[:4]] == ["boilerplate"] * 4 and got[4][0] == "title"


def test_lone_list_marker_joins_its_item():
    text = "The participants of the forum:\n\n1.\nWelcomed the reorganization of working groups.\n2.\nConfirmed the common goal.\n"
    texts = [t for _, t in kinds(text)]
    assert "1. Welcomed the reorganization of working groups." in texts and "1." not in texts


def test_running_header_of_pdf_text_is_boilerplate():
    page = "A/AC.105/C.1/L.366\n\nThe guidelines are voluntary and apply to all States in their activities.\n\n"
    kinds_ = kinds("Guidelines\n\n" + page * 3)
    assert all(k == "boilerplate" for k, t in kinds_ if t == "A/AC.105/C.1/L.366")


@pytest.mark.parametrize("line", ["サイトマップ", "文字サイズ変更", "報道発表へ戻る", "英語版 (English)"])
def test_site_chrome_of_a_japanese_page_is_boilerplate(line):
    # on a page in Japanese, lines in its own script are no menu line of another script: the
    # site's sitemap and text-size links and "back to <section>" links are chrome by their words
    text = (f"第5回日EU宇宙政策対話の開催（結果）\n\n{line}\n\n"
            "3月14日、東京において、第5回日EU宇宙政策対話が開催されたところ、概要は以下のとおりです。\n")
    assert kinds(text)[1] == ("boilerplate", line)


@pytest.mark.parametrize("line", ["사이트맵", "목록으로 돌아가기"])
def test_site_chrome_of_a_korean_page_is_boilerplate(line):
    text = f"한미 우주협력 공동성명\n\n{line}\n\n양국은 우주 탐사 분야에서 협력을 강화하기로 합의했다.\n"
    assert kinds(text)[1] == ("boilerplate", line)


def test_menu_line_in_another_script_on_an_english_page():
    text = "Joint Statement\n\nホーム > 報道発表\n\nThe two sides agreed to hold the next meeting in 2025.\n"
    assert kinds(text)[1][0] == "boilerplate"


def test_statement_not_in_english_is_marked_and_kept():
    text = ("Sverige och USA förlänger samarbete om yttre rymden\n\nFörlängningen av avtalet innebär att Sverige och "
            "USA fortsätter samarbeta inom rymdforskning och nyttjande av rymden.\n")
    paras = segment(text)
    assert [p.language for p in paras] == ["sv", "sv"] and paras[1].kind == "body"


def test_english_quote_of_a_foreign_name_stays_english():
    text = "NASA and the Swedish National Space Agency (Rymdstyrelsen) will cooperate on the mission in 2026.\n"
    assert segment(text)[0].language == "en"


def test_header_lines_run_together_are_split_and_the_dateline_is_meta():
    text = ("Office of the SpokespersonWASHINGTON, D.C., June 7, 2022\n\n"
            "France signed the Artemis Accords today, becoming the 20th nation to do so.\n")
    assert kinds(text)[:2] == [("title", "Office of the Spokesperson"), ("meta", "WASHINGTON, D.C., June 7, 2022")]


def test_contact_line_with_a_phone_number_is_boilerplate():
    text = "Title\n\nThe two sides agreed to meet again.\n\nMedia contact: Jane Doe, 202-555-0100\n"
    assert kinds(text)[-1][0] == "boilerplate"


def test_paragraph_cut_by_a_pdf_page_break_resumes_after_page_number_and_footnote_links():
    # PDF text: the page's footnote links and its number sit between the two halves
    text = ("Guideline A.5\n\n"
            "3 . Prior to the launch of a space object, the State from whose territory a space object will\n"
            "be launched should contact States that could qualify as the\n\n"
            "http://undocs.org/A/RES/62/101\nhttp://undocs.org/A/RES/62/101\n\n\n15\n\n"
            "launching States of that space object to jointly determine how to proceed .\n\n"
            "4 . In the event that a State receives an enquiry, it should respond .\n")
    paras = segment(text)
    joined = [p for p in paras if p.folded(text).startswith("3 . Prior")]
    assert len(joined) == 1 and joined[0].folded(text).endswith("how to proceed .")
    assert "undocs" not in joined[0].folded(text) and " 15 " not in joined[0].folded(text)
    assert [text[s:e] for s, e in joined[0].omitted] == ["http://undocs.org/A/RES/62/101"] * 2 + ["15"]


def test_page_number_before_a_new_sentence_stays_its_own_boilerplate():
    text = "The sides agreed to meet again.\n\n12\n\nThe next meeting will be held in Tokyo.\n"
    assert kinds(text) == [("body", "The sides agreed to meet again."), ("boilerplate", "12"),
                           ("body", "The next meeting will be held in Tokyo.")]


def test_a_paragraph_of_footnote_links_only_is_boilerplate():
    text = "The sides agreed to meet again.\n\nhttp://undocs.org/A/RES/62/101\nhttp://undocs.org/A/RES/47/68\n"
    assert kinds(text)[-1][0] == "boilerplate"


def test_a_repeated_list_introduction_is_not_a_running_header():
    section = ("Cooperation in {}\n\nThe Participants recognize the importance of {}.\n\n"
               "Focus areas for collaboration are intended to include:\n\n- joint research on {};\n")
    text = "".join(section.format(t, t, t) for t in ("energy", "space", "health"))
    intro = [p for p in segment(text) if p.folded(text).startswith("Focus areas")]
    assert len(intro) == 3 and all(p.kind == "body" for p in intro)


def test_a_long_title_above_hard_wrapped_text_stays_its_own_paragraph():
    # the title line was never wrapped: longer than the text's wrap width, it is no filled line
    body = ("Today, we, the leaders of Australia, India, Japan, and the United States, met\n"
            "for the fourth in-person Quad Leaders Summit, hosted by the President in\n"
            "Wilmington, Delaware, and we reaffirmed our steadfast commitment to a free\n"
            "and open Indo-Pacific that is inclusive and resilient for all its nations.\n")
    title = "The Wilmington Declaration Joint Statement from the Leaders of Australia, India, Japan, and the United States"
    text = title + "\n\n" + body + "\nFour years since elevating the Quad to a leader-level format, we are aligned.\n"
    paras = segment(text)
    assert paras[0].kind == "title" and paras[0].folded(text) == title
    assert paras[1].folded(text).startswith("Today, we")


def test_a_short_form_on_the_line_below_its_name_joins_the_title_and_a_date_range_is_meta():
    text = ("Summary and Recommendations of\nthe 21st Session of the Asia-Pacific Regional Space Agency Forum\n"
            "(APRSAF-21)\nDecember 2-5, 2014\nTokyo, Japan\n\nThe 21st Session was successfully held in Tokyo.\n")
    assert kinds(text)[:3] == [
        ("title", "Summary and Recommendations of the 21st Session of the Asia-Pacific Regional Space Agency Forum (APRSAF-21)"),
        ("meta", "December 2-5, 2014"), ("meta", "Tokyo, Japan")]


def test_a_dash_that_resumes_an_unfinished_list_item_is_no_new_item():
    text = ("Maritime Domain Awareness\n\n"
            "-   Quad partners are supporting three pilot programs across the region\n"
            "    in Southeast Asia and the Indian Ocean Region\n"
            "    – and discussions are underway to provide this capability to more partners.\n"
            "-   The partnership will expand.\n")
    items = [t for k, t in kinds(text) if k == "body"]
    assert items[0].endswith("to more partners.") and items[1] == "The partnership will expand."


def test_japanese_sentences_end_with_a_full_stop_and_an_imperial_era_date_is_meta():
    text = ("日EU宇宙政策対話の開催\n\n令和元年3月15日\n\n"
            "3月14日、東京において、第4回日EU宇宙政策対話が開催されたところ、概要は以下のとおりです。\n")
    assert [k for k, _ in kinds(text)] == ["title", "meta", "body"]


@pytest.mark.parametrize("line", ["15. September 2023", "16 april 2024", "2023년 11월 8일", "2019年3月15日"])
def test_datelines_in_other_languages_are_meta(line):
    assert kinds(f"Gemeinsame Erklärung\n\n{line}\n\nDie Ministerin unterzeichnete die Erklärung.\n")[1] == ("meta", line)


def test_only_a_short_tail_of_a_paragraph_is_tried_as_its_link_sentence():
    # a paragraph of thousands of sentences: the trailing link sentence is still split off,
    # and only the paragraph's last few hundred characters are tried (linear time, issue 14)
    body = " ".join(f"Sentence number {i} of the statement." for i in range(3000))
    text = body + " To download the ISEF Forum Summary click here.\n"
    paras = segment(text)
    assert [p.kind for p in paras] == ["body", "boilerplate"]
    assert paras[1].folded(text) == "To download the ISEF Forum Summary click here."


def test_a_run_of_short_menu_lines_around_the_statement_is_boilerplate():
    """A site's menu, one entry a line, above the title and its footer links below the text:
    three or more short lines with no sentence among them."""
    text = ("European Space Agency\nAgency\nScience & Exploration\nSpace Safety\n\n"
            "ESA and NASA join forces to land Europe's rover on Mars\n\n"
            "ESA and NASA signed an agreement today to launch the rover in 2028.\n\n"
            "Contact us\nTerms & Conditions\nPrivacy Notice\nAccessibility\n")
    got = kinds(text)
    assert [k for k, _ in got[:4]] == ["boilerplate"] * 4 and got[4][0] == "title"
    assert [k for k, _ in got[-4:]] == ["boilerplate"] * 4


def test_two_headings_in_a_row_and_an_introduced_short_list_stay_content():
    text = ("Joint Statement\n\nThe sides met in Tokyo and agreed to cooperate.\n\n"
            "Space\n\nEarth Observation\n\nThe sides will share satellite data.\n\n"
            "The working groups are:\n\n- Navigation\n- Debris\n- Weather\n")
    assert all(k != "boilerplate" for k, _ in kinds(text))


def test_a_menu_of_short_lines_does_not_make_a_page_hard_wrapped():
    """Consecutive short menu lines are no wrapped paragraph: the page header is not joined into
    one paragraph because its lines look like wrapped ones."""
    text = ("NATO - Official text: NATO's overarching Space Policy, 17-Jan.-2022\nSkip to main content\n"
            "North Atlantic Treaty Organization\nSearch\nHome\nAbout us\nTopics\nNews\nMultimedia\n"
            "Official texts\nEvents\n\nIntroduction\n\n1.\nSpace is essential to the Alliance's deterrence "
            "and defence, and Allies agreed the overarching Space Policy in June 2019 at their meeting.\n")
    got = kinds(text)
    assert ("boilerplate", "Skip to main content") in got and ("boilerplate", "About us") in got


def test_headlines_under_a_related_articles_label_are_links():
    text = ("ESA and NASA sign an agreement\n\nESA and NASA signed an agreement today on the rover.\n\n"
            "Related Articles\n\nRosalind Franklin rover mission back on track\n\n"
            "ExoMars rover team selects new landing platform partners\n")
    got = kinds(text)
    assert ("boilerplate", "Rosalind Franklin rover mission back on track") in got
    assert ("boilerplate", "ExoMars rover team selects new landing platform partners") in got


def test_a_paragraph_resumes_after_a_pdf_page_footer_and_header_repeated_on_every_page():
    """A UN report's page break: the footer ("V.23-11548 51/62", its page count changing) and
    the header ("A/78/20") sit between the halves of a paragraph."""
    page_break = "\n\nV.23-11548                         {n}/62\n                  A/78/20\n\n"
    text = ("A/78/20\n\n306. The Committee noted the initiatives of the Office under its Access to Space for All"
            + page_break.format(n=51) + "initiative, in cooperation with JAXA.\n\n"
            "307. Some delegations expressed the view that the Committee was the appropriate forum to"
            + page_break.format(n=52) + "discuss the coordination of lunar activities.\n\n"
            "308. The Committee agreed that the item should be retained on its agenda."
            + page_break.format(n=53) + "Guideline A.1\n\nGuideline A.2\n")
    got = kinds(text)
    assert any(t.startswith("306. The Committee") and t.endswith("in cooperation with JAXA.") for _, t in got)
    assert any(t.startswith("307. Some") and t.endswith("lunar activities.") for _, t in got)
    assert ("heading", "Guideline A.1") in got     # numbered headings are not a running header


def test_lower_case_items_after_a_colon_in_unwrapped_text_are_one_a_line():
    text = ("The UK signed the Artemis Accords today, a set of principles that will guide cooperation among "
            "nations taking part in NASA's Artemis programme.\nThe Accords set out a shared vision for the "
            "exploration of space that is peaceful, transparent and sustainable. The principles include:\n"
            "peaceful purposes: all activities will be for peaceful purposes\n"
            "transparency: signatories will be open about their national space policies\n"
            "The UK Space Agency welcomed the signing.\n")
    texts = [t for _, t in kinds(text)]
    assert "peaceful purposes: all activities will be for peaceful purposes" in texts
    assert "transparency: signatories will be open about their national space policies" in texts


def test_a_signature_and_address_block_is_one_paragraph_each():
    text = ("Accept, Excellency, the renewed assurances of my highest consideration.\n"
            "Armin H. Meyer\nAmbassador Extraordinary and Plenipotentiary of the United States of America\n"
            "His Excellency\nMr. Kiichi Aichi\nMinister for Foreign Affairs of Japan\n")
    texts = [t for _, t in kinds(text)]
    assert "Armin H. Meyer Ambassador Extraordinary and Plenipotentiary of the United States of America" in texts
    assert "His Excellency Mr. Kiichi Aichi Minister for Foreign Affairs of Japan" in texts


def test_a_sentence_ending_in_state_visit_is_no_link_line():
    """'visit' ends a link line only as "visit:" or "For more information, visit"; a caption
    ending "... on the occasion of the President's state visit" is content."""
    text = ("Korea and the U.S. sign a Joint Statement of Intent\n\n- Minister Lee Jong-ho and NASA Administrator "
            "Bill Nelson sign the Joint Statement of Intent at NASA Goddard Space Flight Center on the occasion "
            "of President Yoon Suk Yeol's state visit\n\nThe two sides agreed to cooperate.\n\n"
            "To learn more about the mission, visit:\n")
    got = kinds(text)
    assert all(k != "boilerplate" for k, t in got if "state visit" in t)
    assert ("boilerplate", "To learn more about the mission, visit:") in got


HEADLINE_PAGE = ("Australian Government\n\nDepartment of Industry, Science, Energy and Resources\n\n"
                 "Home News Australian-made rover to fly to the Moon with NASA\n\n"
                 "Australian-made rover to fly to the Moon with NASA\n\n14 October 2021\n\n"
                 "An Australian-made rover will be sent to the Moon under an agreement with NASA, "
                 "the Australian Space Agency announced today. The rover will collect lunar soil "
                 "that NASA will use to produce oxygen, a step towards a sustained human presence on the Moon.\n")


def test_site_header_above_the_sidecar_headline_is_boilerplate():
    got = kinds(HEADLINE_PAGE, title="Australian-made rover to fly to the Moon with NASA")
    assert got[:3] == [("boilerplate", "Australian Government"),
                       ("boilerplate", "Department of Industry, Science, Energy and Resources"),
                       ("boilerplate", "Home News Australian-made rover to fly to the Moon with NASA")]
    assert got[3] == ("title", "Australian-made rover to fly to the Moon with NASA")
    assert got[4][0] == "meta"


def test_without_a_sidecar_title_the_header_lines_stay_titles():
    assert kinds(HEADLINE_PAGE)[0] == ("title", "Australian Government")


def test_a_kicker_made_of_the_titles_words_stays_content():
    text = ("APRSAF-21\n\nSummary and Recommendations of the 21st Session of the Forum (APRSAF-21)\n\n"
            "The 21st Session of the Asia-Pacific Regional Space Agency Forum was held in Tokyo.\n")
    got = kinds(text, title="Summary and Recommendations of the 21st Session of the Forum (APRSAF-21)")
    assert got[0] == ("title", "APRSAF-21")


def test_a_lead_restating_the_title_is_not_taken_for_the_headline():
    text = ("JAXA and ESA held an online bilateral meeting on February 4 and reviewed their cooperation.\n\n"
            "The heads of both agencies confirmed the status of their joint activities in Earth observation.\n\n"
            "JAXA-ESA bilateral meeting: agreements on Hera and MMX concluded\n\n"
            "Two agreements on the Hera and MMX missions were signed during the meeting by both agencies.\n")
    got = kinds(text, title="JAXA-ESA online bilateral meeting; agreements on Hera and MMX concluded")
    assert [k for k, _ in got[:2]] == ["body", "body"]


RELEASE = ("Axiom Space and ESA sign a memorandum of understanding\n\n"
           "Axiom Space and the European Space Agency signed a memorandum of understanding today to explore "
           "opportunities for European astronauts to fly on commercial missions to low Earth orbit.\n\n"
           "The agreement also covers joint studies of future commercial space stations.\n\n"
           "###\n\n"
           "About Axiom Space\n\n"
           "Axiom Space is guided by the vision of a thriving home in space that benefits every human.\n\n"
           "Learn more at axiomspace.com.\n")


def test_the_issuers_standard_description_after_the_end_marker_is_boilerplate():
    got = kinds(RELEASE)
    assert [k for k, _ in got[-3:]] == ["boilerplate"] * 3
    assert got[2] == ("body", "The agreement also covers joint studies of future commercial space stations.")


def test_the_issuers_standard_description_above_its_contacts_is_content():
    # an "About ..." block or "Notes to editors" under the release's text, above its contacts, is
    # written by the issuer: a heading and its paragraph of the statement (tests/written NOTES-w17)
    text = ("The Rwanda Space Agency and the Korea AeroSpace Administration signed a memorandum of "
            "understanding today in Kigali on cooperation in Earth observation and capacity building.\n\n" * 4
            + "Photo: RSA\n\nAbout the Rwanda Space Agency\n\n"
            "The Rwanda Space Agency was established by Law N° 035/2021 to coordinate, promote and regulate "
            "space activities in Rwanda.\n\nShare: Facebook | X | LinkedIn | WhatsApp\n")
    got = kinds(text)
    assert ("heading", "About the Rwanda Space Agency") in got
    assert got[-2][0] == "body" and got[-2][1].startswith("The Rwanda Space Agency was established")
    notes = text.replace("About the Rwanda Space Agency", "Notes to editors")
    assert ("heading", "Notes to editors") in kinds(notes)


def test_the_issuers_standard_description_below_its_media_contacts_is_boilerplate():
    text = ("EUMETSAT and NOAA signed a new agreement today on the Joint Polar System for the next decade.\n\n" * 4
            + "Media contact\n\nEUMETSAT Media Relations\n\nEmail: press@eumetsat.int\n\nAbout EUMETSAT\n\n"
            "The European Organisation for the Exploitation of Meteorological Satellites is an "
            "intergovernmental organisation based in Darmstadt, Germany.\n")
    assert [k for k, _ in kinds(text)[-2:]] == ["boilerplate", "boilerplate"]


def test_an_about_heading_in_the_first_half_is_the_statements_own():
    text = RELEASE.replace("###\n\nAbout Axiom Space\n\n", "").replace(
        "The agreement also", "About the Agreement\n\nThe agreement also", 1)
    text = text.replace("Axiom Space is guided", "It is guided") + "\n" + "The two sides will meet again in 2025.\n\n" * 8
    assert ("heading", "About the Agreement") in kinds(text)


def test_a_centred_title_and_article_heading_of_a_laid_out_agreement_are_one_paragraph_each():
    text = ("                        FRAMEWORK AGREEMENT BETWEEN\n"
            "                        THE GOVERNMENT OF JAPAN AND\n"
            "              THE GOVERNMENT OF THE UNITED STATES OF AMERICA\n"
            "      FOR COOPERATION IN SPACE EXPLORATION AND USE OF OUTER SPACE,\n"
            "        INCLUDING THE MOON AND OTHER CELESTIAL BODIES, FOR PEACEFUL\n"
            "                                 PURPOSES\n\n\n"
            "     The Government of Japan and the Government of the United States of\n"
            "America (hereinafter referred to as \"the Parties\"), have agreed as follows:\n\n\n"
            "                                 Article 1\n"
            "                                  Purpose\n\n"
            "     The purpose of this Agreement is to establish the legal framework for\n"
            "cooperation between the Parties in the exploration and use of outer space.\n")
    got = kinds(text)
    assert got[0] == ("title", "FRAMEWORK AGREEMENT BETWEEN THE GOVERNMENT OF JAPAN AND THE GOVERNMENT OF THE UNITED "
                               "STATES OF AMERICA FOR COOPERATION IN SPACE EXPLORATION AND USE OF OUTER SPACE, "
                               "INCLUDING THE MOON AND OTHER CELESTIAL BODIES, FOR PEACEFUL PURPOSES")
    assert ("heading", "Article 1 Purpose") in got


def test_an_article_heading_centred_by_eye_on_a_longer_line_is_one_paragraph():
    # a PDF's centred lines are centred on one axis only within a few characters (proportional
    # letters set in a fixed-width text): "Article 7" over "Transfer of Goods and Technical Data"
    text = ("     cooperation between the Parties in the exploration and use of outer\n"
            "space for peaceful purposes.\n\n\n"
            "                                 Article 7\n"
            "                       Transfer of Goods and Technical Data\n\n"
            "     The Parties shall transfer only those goods and technical data necessary\n"
            "to fulfil their responsibilities under this Agreement.\n")
    assert ("heading", "Article 7 Transfer of Goods and Technical Data") in kinds(text)


def test_items_of_a_list_whose_bullets_a_pdf_lost_keep_their_hanging_indent():
    # the list's glyphs are gone; each item's first line is set out from its wrapped lines
    text = ("La ministra firma en Madrid la adhesión de España a los Acuerdos Artemis\n\n"
            " España se convierte en el vigésimo quinto país en sumarse a los\n"
            "  principios de cooperación para la exploración civil y el uso\n"
            "  pacífico de la Luna, Marte, cometas y asteroides\n"
            " La firma refuerza la colaboración con la NASA y sitúa a la nueva\n"
            "  Agencia Espacial Española en el centro de la exploración espacial\n"
            "  internacional\n\n"
            "Madrid, 30 de mayo de 2023. La ministra de Ciencia e Innovación ha firmado hoy la\n"
            "adhesión de España a los Acuerdos Artemis, en un acto en el que ha participado la\n"
            "embajadora de los Estados Unidos en España y el administrador adjunto de la NASA.\n")
    texts = [t for _, t in kinds(text)]
    assert texts[1] == ("España se convierte en el vigésimo quinto país en sumarse a los principios de cooperación "
                        "para la exploración civil y el uso pacífico de la Luna, Marte, cometas y asteroides")
    assert texts[2].startswith("La firma refuerza") and texts[2].endswith("exploración espacial internacional")


def test_a_heading_line_above_hard_wrapped_text_without_a_blank_line_is_its_own_paragraph():
    # the next word would have fitted on the line with room to spare: the line was not wrapped
    text = ("El Gobierno ha comprometido una inversión de 4.500 millones de euros en el\n"
            "sector espacial a través del PERTE Aeroespacial, la mayor de su historia.\n\n"
            "Un nuevo impulso a la Agencia Espacial Española\n"
            "La adhesión se produce pocos meses después de la aprobación del Estatuto\n"
            "de la Agencia Espacial Española, que tendrá su sede en Sevilla y que asumirá\n"
            "la representación de España en los foros internacionales del sector.\n")
    got = kinds(text)
    assert got[1] == ("heading", "Un nuevo impulso a la Agencia Espacial Española")
    assert got[2][1].startswith("La adhesión se produce")


def test_a_wrapped_first_line_cut_short_by_a_long_next_word_still_continues():
    # a line broken early because the next word did not fit is still one paragraph
    text = ("The Parties shall cooperate in the fields of space science and\n"
            "telecommunications, Earth observation and navigation satellite systems and\n"
            "human spaceflight, including through the exchange of scientists and engineers.\n")
    assert len(kinds(text)) == 1


def test_text_indented_by_a_margin_is_not_taken_for_a_centred_title():
    text = ("          Strategic Priorities\n"
            "          The ministers agreed to strengthen cooperation on Earth observation\n"
            "          and to share data from their satellites with developing countries.\n")
    assert kinds(text)[0] == ("heading", "Strategic Priorities") or kinds(text)[0][1] == "Strategic Priorities"


def test_a_headline_above_a_news_dateline_stays_its_own_paragraph():
    text = ("United Nations and China agree on experiments to be hosted on the China space station soon\n\n"
            "VIENNA, 12 June (United Nations Information Service) - The Office for Outer Space Affairs and\n"
            "the agency today announced the selection of nine projects that will be hosted on board the\n"
            "station, the first space station to be open to all Member States of the United Nations. The\n"
            "selected experiments involve twenty-three institutions from seventeen countries in all.\n")
    assert kinds(text)[0][1] == "United Nations and China agree on experiments to be hosted on the China space station soon"


def test_a_bare_date_and_time_under_the_headline_is_the_dateline():
    text = "Joint Statement on Cooperation in Outer Space\n\nMarch 21, 2023 15:45\n\nThe two sides agreed to cooperate.\n"
    assert kinds(text)[1] == ("meta", "March 21, 2023 15:45")


def test_a_databases_header_fields_with_values_are_content_between_its_labels():
    text = ("Database of Japanese Politics and International Relations\n"
            "[Title] Exchange of Notes between Japan and the United States concerning Cooperation in Space\n"
            "[Place] Tokyo\n[Date] July 31, 1969\n[Source] Japan's Foreign Relations-Basic Documents Vol.3, pp.856-859.\n"
            "[Notes] \n[Full text] \n(The United States Note)\nTokyo, July 31, 1969\nExcellency:\n"
            "I have the honor to refer to recent discussions between representatives of our two Governments.\n")
    got = dict((t, k) for k, t in kinds(text))
    assert got["[Place] Tokyo"] != "boilerplate" and got["(The United States Note)"] != "boilerplate"
    assert got["[Full text]"] == "boilerplate"


def test_a_long_topic_menu_with_a_few_longer_entries_is_navigation():
    menu = ["Benefits", "Births, death, marriages and care", "Business and self-employed", "Childcare and parenting",
            "Citizenship and living in the UK", "Disabled people", "Driving and transport", "Money and tax",
            "Passports, travel and living abroad", "Visas and immigration"]
    text = "Agency signs accords\n\nThe agency signed the accords today in London.\n\n" + "\n".join(menu) + "\n"
    got = dict((t, k) for k, t in kinds(text))
    assert all(got[m] == "boilerplate" for m in menu)


def test_a_few_headings_of_six_words_in_a_row_stay_headings():
    text = ("Joint Statement\n\nThe sides met in Tokyo.\n\nCooperation on Earth observation and climate\n\n"
            "Cooperation in space exploration and science\n\nSpace situational awareness and debris mitigation\n\n"
            "The sides will share data.\n")
    assert all(k != "boilerplate" for k, _ in kinds(text))


def test_a_full_line_that_closes_a_clause_does_not_run_on_into_the_heading_after_a_blank_line():
    text = ("A.  whereas space is a strategic asset for Europe and the space programmes of the Union\n"
            "    contribute to growth, jobs and the security of European citizens in every Member State;\n\n"
            "B.  whereas international cooperation in space, notably with the United States and Japan,\n"
            "    allows the costs and benefits of the exploration and use of outer space to be shared;\n\n"
            "General\n\n"
            "1.  welcomes the Commission communication entitled 'Space Strategy for Europe'; stresses\n"
            "    that space policy must remain a priority of the Union in the next financial framework;\n")
    assert ("heading", "General") in kinds(text)


def test_a_paragraph_resumes_after_the_pages_footnotes_and_running_footer():
    text = ("1.  welcomes the Commission communication entitled 'Space Strategy for Europe'; stresses\n"
            "    that space policy must remain a priority and that the next financial framework must\n"
            "    provide a sufficient budget for the\n\n"
            "1   OJ L 347, 20.12.2013, p. 1.\n"
            "2   OJ L 122, 24.4.2014, p. 44.\n\n"
            "    space programmes of the Union;\n\n"
            "2.  stresses the importance of close coordination between the Union, the European Space\n"
            "    Agency and the Member States in order to avoid duplication of effort and resources;\n")
    got = kinds(text)
    assert got[0][1].startswith("1. welcomes") and got[0][1].endswith("space programmes of the Union;")


def test_a_pdfs_wingdings_bullet_starts_a_list_item_and_is_left_out():
    text = ("Spain signs the Artemis Accords\n\n"
            "\uf0a7 Spain becomes the twenty-fifth country to join the principles for the\n"
            "  peaceful exploration of the Moon, Mars, comets and asteroids\n"
            "\uf0a7 The signature strengthens cooperation with NASA\n")
    got = kinds(text)
    assert [t for _, t in got[1:]] == ["Spain becomes the twenty-fifth country to join the principles for the "
                                       "peaceful exploration of the Moon, Mars, comets and asteroids",
                                       "The signature strengthens cooperation with NASA"]


def test_a_next_link_beside_a_previous_link_is_navigation_but_next_steps_is_a_heading():
    text = ("Korea and the U.S. sign a Joint Statement of Intent\n\nThe two sides signed the statement today.\n\n"
            "Next steps\n\nThe agencies will meet in June.\n\nList\n\n"
            "Prev  MSIT to host 2023 Space Technology Industry Forum\n"
            "Next  Korea's Nuri rocket to launch on May 24 with eight satellites\n")
    got = dict((t, k) for k, t in kinds(text))
    assert got["Next steps"] == "heading"
    assert got["Next Korea's Nuri rocket to launch on May 24 with eight satellites"] == "boilerplate"


@pytest.mark.parametrize("line", ["December 16, 2020 – Longueuil, Quebec", "March 21, 2023 15:45", "16 April 2024"])
def test_a_date_with_its_place_or_time_after_it_is_the_dateline(line):
    text = f"Canada and the United States sign a Gateway treaty\n\n{line}\n\nToday the two countries signed it.\n"
    assert kinds(text)[1] == ("meta", line)


def test_the_contact_block_closes_the_text_though_a_long_copyright_line_follows_it():
    text = ("UN and China agree on experiments\n\nThe two offices today announced the selected experiments.\n\n"
            "For further information, please contact:\n\nOffice for Outer Space Affairs\nEmail: oosa@un.org\n\n"
            "Copyright (C) 2019 United Nations Office for Outer Space Affairs. All rights reserved. Terms of Use "
            "| Privacy Notice | Fraud Alert\n")
    assert ("boilerplate", "Office for Outer Space Affairs") in kinds(text)


def test_a_press_officers_name_above_the_contact_lines_is_the_contact():
    text = ("Dolores Beasley\nHeadquarters, Washington (Phone: 202/358-1753)\n\nRELEASE: 06-217\n\n"
            "NASA AND INDIA SIGN AGREEMENTS FOR MOON MISSION\n\nNASA and the agency signed two memoranda today.\n\n"
            "Mike Griffin\n\nThe Administrator signed them in Bangalore.\n")
    got = kinds(text)
    assert got[0] == ("boilerplate", "Dolores Beasley") and ("heading", "Mike Griffin") in got


def test_the_value_below_a_pages_metadata_label_is_metadata_too():
    text = ("UK signs Artemis Accords\n\nThe UK has joined international partners in signing the principles.\n\n"
            "From:\nUK Space Agency and Amanda Solloway MP\nPublished\n13 October 2020\n\n"
            "The UK has today signed the Artemis Accords.\n")
    got = kinds(text)
    assert ("boilerplate", "UK Space Agency and Amanda Solloway MP") in got and ("meta", "13 October 2020") in got


def test_an_ideographic_space_indent_opens_a_new_paragraph_after_a_stamp_line():
    # Chinese and Japanese pages indent each paragraph with ideographic spaces; the line above
    # (a publication stamp) does not end a sentence and the paragraph opens on a digit (3月9日)
    text = ("中俄签署合作建设国际月球科研站谅解备忘录\n发布时间：2021-03-09　来源：国家航天局\n"
            "　　3月9日，国家航天局局长与俄罗斯国家航天集团公司总经理共同签署了谅解备忘录。\n")
    paras = segment(text)
    assert [text[p.start:p.end].lstrip("\u3000")[:4] for p in paras] == ["中俄签署", "发布时间", "3月9日"]


# a statement's first sentence in each language, and the chrome its ministries' and agencies'
# sites put around it: skip links, site maps, legal and privacy notices, accessibility,
# follow-us and related-items links, section labels, contact headings, home links, date stamps
_PAGES = {
    "it": ("L'Italia firma gli Accordi Artemis", "L'Agenzia Spaziale Italiana e la NASA hanno firmato oggi un "
           "accordo per la cooperazione nella esplorazione della Luna.",
           ["Comunicati stampa", "Ultimo aggiornamento: 13 ottobre 2020", "Leggi anche", "Seguici su",
            "Mappa del sito", "Contatti", "Notizie", "Vai al contenuto"]),
    "es": ("España firma los Acuerdos Artemis", "La ministra de Ciencia ha firmado hoy la adhesión de España a los "
           "Acuerdos Artemis en la sede del Ministerio.",
           ["Notas de prensa", "Mapa del sitio", "Contacto", "Aviso legal", "Política de privacidad",
            "Accesibilidad", "Síguenos", "Ir al contenido principal"]),
    "pt": ("Brasil assina os Acordos Artemis", "O Brasil assinou hoje os Acordos Artemis, que estabelecem princípios "
           "para a exploração pacífica do espaço.",
           ["Notícias", "Mapa do site", "Acessibilidade", "Assuntos relacionados", "Ir para o conteúdo"]),
    "fr": ("La France et l'Inde renforcent leur coopération spatiale", "Le Président de la République a reçu "
           "aujourd'hui le Premier ministre indien pour un dialogue sur l'espace.",
           ["Plan du site", "Mentions légales", "Accessibilité", "Nous suivre", "Communiqués de presse",
            "Sur le même sujet"]),
    "de": ("Deutschland unterzeichnet die Artemis Accords", "Die Bundesregierung hat heute die Artemis Accords für "
           "eine verantwortungsvolle Erforschung des Weltraums unterzeichnet.",
           ["Impressum", "Datenschutz", "Barrierefreiheit", "Leichte Sprache", "Gebärdensprache"]),
    "pl": ("Polska podpisała Porozumienia Artemis", "Polska Agencja Kosmiczna i NASA podpisały dziś porozumienie o "
           "współpracy w dziedzinie eksploracji Księżyca.",
           ["Udostępnij", "Drukuj", "Strona główna", "Mapa strony", "Aktualności", "Deklaracja dostępności",
            "Polityka prywatności", "Przejdź do treści", "Komunikat prasowy"]),
    "tr": ("Türkiye Artemis Anlaşmalarını imzaladı", "Türkiye Uzay Ajansı ve NASA bugün Ay keşfi alanında bir "
           "işbirliği anlaşması imzaladı ve ortak çalışmalar için bir yol haritası belirledi.",
           ["Paylaş", "Yazdır", "Ana Sayfa", "Haberler", "İletişim", "Site Haritası", "Basın Açıklaması"]),
    "sv": ("Sverige signerar Artemis", "Regeringen har i dag undertecknat Artemisavtalet om fredlig utforskning "
           "av rymden och månen.", ["Webbkarta", "Om webbplatsen", "Tillgänglighet", "Kakor"]),
    "en": ("Joint Statement on Space Cooperation", "The two sides agreed to deepen cooperation in space and to "
           "hold the next meeting in 2025.", ["Press releases", "Legal notice", "Imprint"]),
}


@pytest.mark.parametrize("lang, line", [(lang, line) for lang, (_, _, ls) in _PAGES.items() for line in ls])
def test_site_chrome_in_the_pages_own_language_is_boilerplate(lang, line):
    title, body, _ = _PAGES[lang]
    text = f"{title}\n\n{line}\n\n{body}\n"
    assert kinds(text) == [("title", title), ("boilerplate", line), ("body", body)]


def test_a_chinese_paragraph_set_in_by_full_width_spaces_starts_below_the_page_stamp():
    # CJK text indents each paragraph's first line by ideographic spaces; a line starting with a
    # digit ("3月9日") after it does not continue the line above
    text = ("中俄签署合作建设国际月球科研站谅解备忘录\n"
            "发布时间：2021-03-09　来源：国家航天局\n"
            "　　3月9日，经中俄两国政府批准，国家航天局局长与俄罗斯国家航天集团公司总经理共同签署了谅解备忘录。\n")
    texts = [t for _, t in kinds(text)]
    assert texts[-1].startswith("3月9日") and len(texts) == 3


def test_a_page_date_stamp_with_a_trailing_dash_does_not_join_the_headline():
    # "17 Jan. 2022 -" / "Last updated: ..." under the headline: the date line is no part of it
    text = ("NATO’s overarching Space Policy\n"
            "17 Jan. 2022 -\n"
            "Last updated: 17 Jan. 2022 14:37\n\n"
            "Allied Defence Ministers agreed the overarching Space Policy in June 2019, and Allies\n"
            "recognised space as an operational domain for the Alliance in December of that year.\n")
    assert kinds(text)[0] == ("title", "NATO’s overarching Space Policy")


def test_a_un_information_service_release_symbol_is_meta():
    # a release symbol above the dateline ("UNIS/OS/518") is the release's number, not a menu entry
    text = ("Home > Media > Press Releases > 2019\n"
            "Print this page\n"
            "Press Releases\n\n"
            "UNIS/OS/518\n"
            "12 June 2019\n\n"
            "United Nations and China agree on experiments to be hosted on China's space station\n\n"
            "VIENNA, 12 June (United Nations Information Service) - The Office for Outer Space Affairs\n"
            "announced today the selection of nine projects to be hosted on board the station.\n")
    assert ("meta", "UNIS/OS/518") in kinds(text)


def test_a_date_stamp_with_a_trailing_dash_does_not_run_into_the_last_updated_stamp():
    # the separator after a page's date stamp is no connecting word: the update stamp is chrome
    text = ("NATO’s overarching Space Policy\n"
            "17 Jan. 2022 -\n"
            "Last updated: 17 Jan. 2022 14:37\n\n"
            "Allied Defence Ministers agreed the overarching Space Policy in June 2019, and Allies\n"
            "recognised space as an operational domain for the Alliance in December of that year.\n")
    got = kinds(text)
    assert got[1] == ("meta", "17 Jan. 2022 -")
    assert got[2] == ("boilerplate", "Last updated: 17 Jan. 2022 14:37")


def test_a_heading_in_parentheses_under_a_signature_is_not_taken_for_a_short_form():
    # "(APRSAF-21)" under a name is its short form; "(The Japanese Note)" opens the next note
    text = ("Accept, Excellency, the renewed assurances of my highest consideration.\n"
            "His Excellency\n"
            "Mr. Kiichi Aichi\n"
            "Minister for Foreign Affairs of Japan\n"
            "(The Japanese Note)\n"
            "Tokyo, July 31, 1969\n")
    texts = [t for _, t in kinds(text)]
    assert "His Excellency Mr. Kiichi Aichi Minister for Foreign Affairs of Japan" in texts
    assert "(The Japanese Note)" in texts


def test_the_place_of_a_closing_place_and_date_block_is_meta():
    # a joint statement may close with its place and date on two lines, below the text
    text = ("Joint Statement from India and the United States\n\n"
            "11. The leaders reiterated their support for the United Nations and for a comprehensive reform of the "
            "UN Security Council, and their commitment to expand cooperation in outer space.\n"
            "12. Prime Minister Modi thanked President Biden for the warm hospitality accorded to him and his "
            "delegation, and invited him to visit India for the G20 Leaders' Summit in New Delhi in September 2023.\n"
            "Washington DC\n"
            "June 22, 2023\n")
    got = kinds(text)
    assert ("meta", "Washington DC") in got and ("meta", "June 22, 2023") in got


@pytest.mark.parametrize("line", [
    "The Office of Website Management, Bureau of Public Affairs, manages this site as a portal for information from "
    "the U.S. State Department. External links to other Internet sites should not be construed as an endorsement of "
    "the views or privacy policies contained therein.",
    "Note: documents in Portable Document Format (PDF) require Adobe Acrobat Reader 5.0 or higher to view, download "
    "Adobe Acrobat Reader.",
])
def test_a_government_sites_link_disclaimer_and_pdf_reader_note_are_boilerplate(line):
    # the footer notes of many government sites: external links are no endorsement; PDFs need a reader
    text = "The two sides agreed to cooperate in civil space.\n\n" + line + "\n"
    assert kinds(text)[-1][0] == "boilerplate"

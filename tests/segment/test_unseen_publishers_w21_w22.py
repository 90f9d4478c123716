"""Layouts of publishers never seen (w21/w22 batch): a PDF letter's paragraph numbers in a column
of their own, IMO-style items (".1", ".2"), a word processor's file-path footer, and the other
general shapes those statements showed. Each case is a general shape, pinned down with a text of
that shape."""
from pipeline.core.textio import fold
from pipeline.segment import segment


def kinds(text):
    return [(p.kind, fold(text[p.start:p.end])) for p in segment(text)]


LETTER = (
    "1        The Secretary-General has the honour to inform Member States that the two bodies\n"
    "issued the joint statement set out in the annex on the transition to new beacons.\n"
    "\n"
    "2        Member States are invited to bring the joint statement to the attention of\n"
    "their search and rescue authorities and maritime administrations.\n"
    "\n"
    "                                         ANNEX\n"
    "\n"
    "             JOINT STATEMENT BY THE INTERNATIONAL MARITIME ORGANIZATION AND\n"
    "              THE INTERNATIONAL COSPAS-SARSAT PROGRAMME ON THE TRANSITION\n"
    "                         TO SECOND-GENERATION DISTRESS BEACONS\n"
    "\n"
    "1        For more than four decades, the Cospas-Sarsat satellite system has detected\n"
    "distress alerts from ships, aircraft and persons in distress and relayed them to search\n"
    "and rescue services around the world.\n"
    "\n"
    "2        Recognizing the benefits of these technologies, the two bodies have decided to:\n"
    "\n"
    "         .1     complete the phase-out of the low-altitude Earth orbit search and rescue\n"
    "                system by the end of 2027; and\n"
    "\n"
    "         .2     review progress jointly every two years, the first review to take place\n"
    "                in 2028.\n"
    "\n"
    "Arsenio Dominguez, Secretary-General, International Maritime Organization\n"
    "\n"
    "                                      ___________\n"
    "\n"
    "I:\\C_L\\CL.4968.docx\n"
)


def test_a_bare_paragraph_number_in_its_own_column_is_left_out_of_the_span():
    texts = [t for k, t in kinds(LETTER) if k == "body"]
    assert texts[0].startswith("The Secretary-General has the honour")
    assert texts[1].startswith("Member States are invited")


def test_a_numbered_paragraph_below_a_title_is_no_footnote_of_the_page():
    # the number-and-gap shape of a page's footnote, with its wrapped lines below it, opens a paragraph
    got = kinds(LETTER)
    title = [t for k, t in got if t.startswith("JOINT STATEMENT")]
    assert title == ["JOINT STATEMENT BY THE INTERNATIONAL MARITIME ORGANIZATION AND THE INTERNATIONAL "
                     "COSPAS-SARSAT PROGRAMME ON THE TRANSITION TO SECOND-GENERATION DISTRESS BEACONS"]
    assert ("body", "For more than four decades, the Cospas-Sarsat satellite system has detected distress "
            "alerts from ships, aircraft and persons in distress and relayed them to search and rescue "
            "services around the world.") in got


def test_imo_style_items_are_items_of_their_own_though_one_ends_in_and():
    texts = [t for k, t in kinds(LETTER) if k == "body"]
    assert "complete the phase-out of the low-altitude Earth orbit search and rescue system by the end of " \
           "2027; and" in texts
    assert "review progress jointly every two years, the first review to take place in 2028." in texts


def test_a_file_path_footer_is_page_furniture_and_the_signature_above_it_stays():
    got = kinds(LETTER)
    assert got[-1] == ("boilerplate", "I:\\C_L\\CL.4968.docx")
    assert ("heading", "Arsenio Dominguez, Secretary-General, International Maritime Organization") in got


def test_the_issuers_about_block_under_the_articles_share_row_is_content():
    text = ("Paris, 20 May 2025 – Eutelsat and NIGCOMSAT today signed a strategic partnership agreement to "
            "distribute low Earth orbit connectivity services across Nigeria.\n\n"
            "The two companies will build a gateway in Abuja and will train engineers of the operator.\n\n"
            "The partnership supports the commitment of both companies to responsible operations in orbit.\n\n"
            "Share this article: LinkedIn | X | Facebook | E-mail\n\n"
            "About Eutelsat Group\n\n"
            "Eutelsat Group is a global leader in satellite communications, delivering connectivity and "
            "broadcast services worldwide.\n\n"
            "For more information, visit www.eutelsat.com.\n\n"
            "About NIGCOMSAT\n\n"
            "Nigerian Communications Satellite Limited is a company of the Federal Government of Nigeria.\n\n"
            "Press contacts\n"
            "Clara Vautrin – cvautrin@eutelsat.com – +33 1 00 00 00 01\n")
    got = kinds(text)
    assert ("heading", "About Eutelsat Group") in got and ("heading", "About NIGCOMSAT") in got
    assert got[5][0] == "body" and got[8][0] == "body"


def test_a_newswire_source_line_and_its_link_to_the_original_are_boilerplate():
    text = ("MDA Space and MBRSC intend to sign a detailed implementing arrangement by mid-2026.\n\n"
            "SOURCE MDA Space Ltd.\n\n"
            "View original content to download multimedia: https://www.newswire.ca/en/releases/archive/x.html\n")
    assert [k for k, _ in kinds(text)] == ["body", "boilerplate", "boilerplate"]


DIGEST = (
    "From: CARICOM Today <caricomtoday@caricom.org>\n"
    "To: subscribers@lists.caricom.org\n"
    "Date: Wed, 27 Nov 2024 08:41:17 -0400\n"
    "Subject: CARICOM Today | Wednesday, 27 November 2024\n"
    "\n"
    "========================================================================\n"
    "                               CARICOM TODAY\n"
    "          News and updates from the Caribbean Community Secretariat\n"
    "========================================================================\n"
    "\n"
    "IN THIS ISSUE\n"
    "  * Agriculture: COTED reviews the regional food import target\n"
    "\n"
    "------------------------------------------------------------------------\n"
    "\n"
    "COTED MINISTERS REVIEW PROGRESS ON THE 25 BY 2025 FOOD IMPORT TARGET\n"
    "\n"
    "------------------------------------------------------------------------\n"
    "\n"
    "Georgetown, Guyana, 26 November 2024 - Ministers of Agriculture of the\n"
    "Caribbean Community met on Monday at a special meeting of the Council\n"
    "for Trade and Economic Development (COTED) to review the regional effort\n"
    "to cut the food import bill by 25 per cent by 2025.\n"
    "\n"
    "Read more: https://caricom.org/coted-special-meeting-agriculture\n"
    "\n"
    "------------------------------------------------------------------------\n"
    "\n"
    "CARICOM AND INDIA AGREE ON A REGIONAL SATELLITE DATA CENTRE\n"
    "\n"
    "------------------------------------------------------------------------\n"
    "\n"
    "Georgetown, Guyana, 25 November 2024 - The Secretariat of the Caribbean\n"
    "Community (CARICOM) and the Indian Space Research Organisation (ISRO)\n"
    "have agreed on the main elements of a regional satellite data centre.\n"
)


def test_a_rule_line_repeated_in_a_plain_text_digest_is_no_page_furniture():
    # the headline above its rule line is no paragraph cut by a page break: the story below stands apart
    got = kinds(DIGEST)
    assert any(t == "COTED MINISTERS REVIEW PROGRESS ON THE 25 BY 2025 FOOD IMPORT TARGET" for _, t in got)
    assert any(t.startswith("Georgetown, Guyana, 26 November 2024 - Ministers") for _, t in got)


def test_a_newsletters_masthead_above_its_contents_is_boilerplate():
    got = kinds(DIGEST)
    assert ("boilerplate", "CARICOM TODAY News and updates from the Caribbean Community Secretariat") in got
    assert ("heading", "CARICOM AND INDIA AGREE ON A REGIONAL SATELLITE DATA CENTRE") in got


def test_a_read_more_line_with_its_address_is_a_link_line():
    assert ("boilerplate", "Read more: https://caricom.org/coted-special-meeting-agriculture") in kinds(DIGEST)


def test_a_headline_a_scraper_ran_into_the_lead_is_split_off_as_the_title():
    title = "Eutelsat and NIGCOMSAT sign strategic partnership to bring OneWeb connectivity to Nigeria"
    lead = ("Paris, 20 May 2025 – Eutelsat Communications and Nigerian Communications Satellite Limited "
            "(NIGCOMSAT), the state-owned satellite operator of the Federal Republic of Nigeria, today signed a "
            "strategic partnership agreement to distribute OneWeb low Earth orbit connectivity services across "
            "Nigeria and to explore cooperation on the future geostationary capacity of the operator.")
    text = f"Home / Newsroom / Press releases\n\n{title} {lead}\n\nThe agreement was signed in Abuja.\n"
    got = [(p.kind, fold(text[p.start:p.end])) for p in segment(text, (), title)]
    assert got[1:3] == [("title", title), ("body", lead)]
    # without the sidecar's title, or when the title opens a sentence, nothing is split
    assert len(segment(text)) == 3
    sentence = f"{title} in 2025, the two companies said in a statement issued in Abuja. " + lead
    assert len(segment(f"{sentence}\n", (), title)) == 1


def test_footer_lines_of_a_government_portal_are_boilerplate():
    for line, why in [
            ("Was this page helpful? Yes | No", "page feedback widget"),
            ("Content owned and maintained by Indian National Space Promotion and Authorization Centre "
             "(IN-SPACe), Department of Space, Government of India.", "site licence or official-site notice"),
            ("Website Content Managed by Department of Space, Government of India",
             "site licence or official-site notice"),
            ("Designed, Developed and Hosted by National Informatics Centre",
             "site licence or official-site notice"),
            ("Ref.: AfSA/COM/2025/14", "release number field")]:
        paras = segment(f"The two agencies signed the memorandum in Bengaluru today.\n\n{line}\n")
        assert (paras[-1].kind, paras[-1].why) == ("boilerplate", why), line


def test_the_last_question_of_a_questions_and_answers_page_stays_above_the_contacts():
    text = ("What has been signed?\n\nThe two agencies signed a memorandum of understanding on cooperation.\n\n"
            "Who are the parties?\n\nThe parties are the two national space agencies of India and Luxembourg.\n\n"
            "When will the first activities take place?\n\nThe agencies plan to launch a joint call by the end "
            "of 2025.\n\n"
            "Whom can I contact?\n\n"
            "International Cooperation Directorate, IN-SPACe, Bopal, Ahmedabad 380058, Gujarat\n"
            "E-mail: intlcoop@inspace.gov.in | Phone: +91 79 2691 3000\n\n"
            "Website Policies | Help | Terms & Conditions | Sitemap\n")
    got = kinds(text)
    assert ("heading", "Whom can I contact?") in got
    assert got[-3][0] == "boilerplate"


def test_a_pdf_pages_footer_above_the_last_page_number_is_boilerplate():
    text = ("11.  The EU side thanked the Government of Egypt and AfSA for their warm hospitality.\n\n"
            "     Done at Cairo on 20 November 2025, in English, French and Arabic.\n\n\n"
            "African Space Agency | New Administrative Capital, Cairo, Egypt | www.afsa.africa\n"
            "                                  Page 2 of 2\n")
    assert [k for k, _ in kinds(text)][-1] == "boilerplate"
    # a heading above a page number is no footer
    assert kinds("The text of the statement ends here.\n\nAnnex on space cooperation\n3\n")[-1][0] != "boilerplate"


def test_the_headline_in_the_other_language_of_a_bilingual_page_is_no_site_header():
    title = "Mongolia and the Republic of Korea sign memorandum of understanding on space cooperation"
    text = ("Цахим хөгжил, инноваци, харилцаа холбооны яам\n"
            "Нүүр | Яамны тухай | Үйл ажиллагаа | Мэдээ мэдээлэл | Холбоо барих\n\n"
            "Монгол Улс, Бүгд Найрамдах Солонгос Улс сансрын салбарт хамтран ажиллах санамж бичигт гарын үсэг "
            "зурлаа\n\n"
            f"{title}\n\n"
            "Today in Ulaanbaatar, the Ministry signed a memorandum of understanding with the Korea AeroSpace "
            "Administration on cooperation in the peaceful uses of outer space.\n")
    got = [(p.kind, fold(text[p.start:p.end])) for p in segment(text, (), title)]
    assert got[0][0] == "boilerplate" and got[1][0] == "boilerplate"
    assert got[2][0] == "title" and got[3] == ("title", title)


def test_a_back_link_with_an_arrow_is_a_link_line_and_the_about_block_below_the_tags_is_content():
    text = ("San José, October 5, 2023. The two space agencies signed a memorandum on Earth observation.\n\n"
            "The agencies will hold a joint workshop in 2024 and will exchange satellite data.\n\n"
            "Share: Facebook | X | LinkedIn | WhatsApp | Print\n\n"
            "Tags: International cooperation | Earth observation | Brazil\n\n"
            "← Back to news\n\n"
            "About the AEC\n\n"
            "The Costa Rican Space Agency is the public body in charge of promoting the country's space "
            "activities.\n\n"
            "Press contact: comunicacion@aec.go.cr | Phone: +506 2539-2200\n")
    got = kinds(text)
    assert got[4] == ("boilerplate", "← Back to news")
    assert got[5] == ("heading", "About the AEC") and got[6][0] == "body"

"""The statement's own date found in the text when no sidecar gives it (ANNOTATION 3)."""
import datetime as dt

import pytest

from pipeline.dates import statement_date


@pytest.mark.parametrize("paragraphs, expected", [
    # a meeting's range dateline: the statement closes the meeting, on its last day
    ([("meta", "December 2-5, 2014")], dt.date(2014, 12, 5)),
    ([("body", "We, the Leaders of the Group of Seven, met in Cornwall on 11-13 June 2021 to beat the pandemic.")],
     dt.date(2021, 6, 13)),
    # two days joined by "and" are a range too: "paid an official visit to Japan on August 29 and 30, 2025"
    ([("body", "Prime Minister Modi paid an official visit to Japan on August 29 and 30, 2025. The two Prime "
               "Ministers held the 15th Annual Summit in Tokyo on August 29.")], dt.date(2025, 8, 30)),
    ([("body", "The ministers met in Cairo on 19 and 20 November 2025 for the first Dialogue.")], dt.date(2025, 11, 20)),
    # a header in another language
    ([("meta", "15. September 2023")], dt.date(2023, 9, 15)),
    ([("meta", "2019年3月15日")], dt.date(2019, 3, 15)),
    ([("meta", "2024년 4월 16일")], dt.date(2024, 4, 16)),
    # Japanese government pages date by era year, often in full-width digits
    ([("meta", "令和6年3月15日")], dt.date(2024, 3, 15)),
    ([("meta", "平成31年3月15日")], dt.date(2019, 3, 15)),
    ([("meta", "令和元年5月7日")], dt.date(2019, 5, 7)),
    ([("meta", "２０２４年３月１５日")], dt.date(2024, 3, 15)),
    ([("meta", "2024. 3. 15.")], dt.date(2024, 3, 15)),
    ([("meta", "Madrid, 14 de marzo de 2024")], dt.date(2024, 3, 14)),
    ([("meta", "Brasília, 15 de junho de 2021")], dt.date(2021, 6, 15)),
    ([("meta", "Warszawa, 14 marca 2024")], dt.date(2024, 3, 14)),
    ([("meta", "Київ, 14 березня 2024 року")], dt.date(2024, 3, 14)),
    ([("meta", "Ankara, 14 Mart 2024")], dt.date(2024, 3, 14)),
    ([("meta", "Jakarta, 14 Maret 2024")], dt.date(2024, 3, 14)),
    ([("meta", "Hà Nội, ngày 14 tháng 3 năm 2024")], dt.date(2024, 3, 14)),
    ([("meta", "Budapest, 2024. március 14.")], dt.date(2024, 3, 14)),
    # numeric stamps whose order is not in doubt: day first with dots, year first, a day over 12
    ([("meta", "Pressemitteilung vom 15.09.2023")], dt.date(2023, 9, 15)),
    ([("meta", "2023.04.26")], dt.date(2023, 4, 26)),
    ([("meta", "16/05/2024")], dt.date(2024, 5, 16)),
    ([("meta", "05/16/2024")], dt.date(2024, 5, 16)),
    # a photo caption gives the only full date
    ([("caption", "Officials pose for a photo during the signing ceremony, Thursday, Feb. 15, 2024, in Washington."),
      ("body", "Uruguay signed the Artemis Accords.")], dt.date(2024, 2, 15)),
    # a footnote of a UN resolution: "Adopted by the General Assembly ... on 13 December 1996"
    ([("body", "The General Assembly adopts the Declaration."),
      ("body", "14 Adopted by the General Assembly at its 83rd plenary meeting on 13 December 1996.")],
     dt.date(1996, 12, 13)),
    # a lead sentence that opens on the day of the event it reports
    ([("title", "Fact Sheet: 2024 Quad Leaders’ Summit"),
      ("body", "On September 21, 2024, President Joseph R. Biden, Jr. hosted the Prime Ministers in Wilmington.")],
     dt.date(2024, 9, 21)),
    ([("body", "On Tuesday, December 13, 2022, the Department of State convened the dialogue.")], dt.date(2022, 12, 13)),
    # a weekday with month and day: the year from the text's latest year
    ([("body", "Sweden signed the Accords on Tuesday, April 16, joining 37 nations since 2020 and 2024's new signers.")],
     dt.date(2024, 4, 16)),
    # a page's own date stamp above its text, though boilerplate (a board layout, a portal's field)
    ([("boilerplate", "Date 2023-04-26 Hit 2417 Writer Space Technology Division"), ("title", "Korea-U.S. sign JSI"),
      ("body", "The two countries agreed to expand cooperation.")], dt.date(2023, 4, 26)),
])
def test_statement_date_from_text(paragraphs, expected):
    assert statement_date(paragraphs) == expected


def test_a_numeric_date_read_both_ways_is_no_guess():
    assert statement_date([("meta", "05/06/2024"), ("body", "The agencies signed the agreement.")]) is None


def test_no_date_in_the_text_gives_none():
    assert statement_date([("title", "Fact Sheet"), ("body", "The two sides will meet next year.")]) is None


def test_a_weekday_without_any_year_in_the_text_is_no_guess():
    assert statement_date([("body", "The ministers met on Tuesday, April 16, in Stockholm.")]) is None


def test_an_update_stamp_or_a_long_notice_is_not_the_statements_date():
    paras = [("boilerplate", "Last updated: 17 January 2022"),
             ("boilerplate", "You are viewing ARCHIVED CONTENT released online from January 20, 2009 to "
                             "January 20, 2017. Content in this archive site is NOT UPDATED."),
             ("body", "The two sides will meet next year.")]
    assert statement_date(paras) is None


def test_a_date_in_the_text_wins_over_the_pages_stamp():
    paras = [("boilerplate", "Posted on 18 August 2021"), ("meta", "August 17, 2021"), ("body", "The agencies met.")]
    assert statement_date(paras) == dt.date(2021, 8, 17)


def test_a_pages_time_of_publication_comes_before_the_dates_of_its_sentences():
    # a portal prints "March 21, 2023 15:45" under the headline; the text speaks of the visit's next day
    paras = [("title", "Joint Statement on Deepening the Comprehensive Partnership"),
             ("boilerplate", "March 21, 2023 15:45"),
             ("body", "At the invitation of the President, the Chairman paid a state visit from March 20 to 22, 2023."),
             ("body", "On March 22, 2023 the two sides held talks in Moscow.")]
    assert statement_date(paras) == dt.date(2023, 3, 21)


def test_an_agreements_signature_clause_with_the_day_in_words_dates_it():
    paras = [("title", "FRAMEWORK AGREEMENT BETWEEN THE GOVERNMENT OF JAPAN AND THE GOVERNMENT OF THE UNITED STATES"),
             ("body", "The Parties have agreed as follows:"),
             ("body", "DONE at Washington, this thirteenth day of January, 2023, in duplicate, in the Japanese and "
                      "English languages, both texts being equally authentic.")]
    assert statement_date(paras) == dt.date(2023, 1, 13)


def test_a_stamp_with_the_publication_and_the_update_gives_the_publication_date():
    paras = [("boilerplate", "Publié le 16 décembre 2022 - Mis à jour le 19 décembre 2022"),
             ("body", "Le satellite a été lancé avec succès.")]
    assert statement_date(paras) == dt.date(2022, 12, 16)


def test_a_reprints_lead_saying_when_the_text_was_issued_wins_over_the_syndicators_stamp():
    # syndication: the wire's stamp is the reprint's day, the lead gives the statement's own
    assert statement_date([("boilerplate", "May 2, 2023 Tuesday 4:12 AM EST"),
                           ("body", "WASHINGTON, May 2 -- The White House issued the following joint statement "
                                    "on May 1, 2023:")]) == dt.date(2023, 5, 1)
    # the syndicator's lead is boilerplate itself
    assert statement_date([("boilerplate", "May 2, 2023 Tuesday 4:12 AM EST"),
                           ("boilerplate", "WASHINGTON, May 2 -- The White House issued the following joint statement "
                                           "on May 1, 2023:"),
                           ("body", "President Biden welcomed President Marcos to the White House.")]) == dt.date(2023, 5, 1)


def test_an_email_headers_sent_field_dates_a_newsletter_with_no_other_date():
    assert statement_date([("boilerplate", "From: NOAA Satellite and Information Service <noaa@public.govdelivery.com> "
                                           "Sent: Tuesday, June 25, 2019 4:12 PM To: subscriber@example.org Subject: "
                                           "NOAA News: COSMIC-2 satellites launched"),
                           ("body", "Six satellites lifted off early this morning from Kennedy Space Center.")]) \
        == dt.date(2019, 6, 25)


def test_a_hijri_date_beside_the_gregorian_one_is_not_the_statements():
    assert statement_date([("boilerplate", "Saturday 1443/12/17 - 2022/07/16 | 10:42 PM"),
                           ("body", "The Kingdom of Saudi Arabia today signed the Artemis Accords.")]) \
        == dt.date(2022, 7, 16)


def test_header_adoption_line_beats_distribution_date():
    # a UN resolution's header gives its distribution date ("Distr.: General / 10 December 2013")
    # above the line that says when the Assembly adopted it: the statement is the adoption
    paragraphs = [("boilerplate", "Distr.: General"), ("meta", "10 December 2013"),
                  ("title", "Sixty-eighth session"),
                  ("title", "Resolution adopted by the General Assembly on 5 December 2013"),
                  ("body", "The General Assembly, Recalling its resolutions 45/55 B of 4 December 1990,")]
    assert statement_date(paragraphs) == dt.date(2013, 12, 5)


def test_header_without_adoption_line_keeps_its_date():
    assert statement_date([("meta", "10 December 2013"), ("title", "The strategy adopted in 2012"),
                           ("body", "The ministers met today.")]) == dt.date(2013, 12, 10)


def test_a_dateline_wins_over_a_title_blocks_session_dates():
    # a PDF statement's title block names the session it was delivered at; its dateline is its own day
    paras = [("title", "Open-ended working group on reducing space threats Third session, Geneva, "
                       "30 January – 3 February 2023"),
             ("title", "JOINT STATEMENT ON RESPONSIBLE BEHAVIOURS IN OUTER SPACE"),
             ("meta", "Geneva, 31 January 2023"), ("body", "Mr. Chair,")]
    assert statement_date(paras) == dt.date(2023, 1, 31)


@pytest.mark.parametrize("lead, expected", [
    # Spanish and Portuguese datelines: a place of several words joined by "de", a full stop after the date
    ("Ciudad de México, 9 de diciembre de 2021.- El Gobierno de México firmó hoy los Acuerdos Artemis.",
     dt.date(2021, 12, 9)),
    ("Madrid, 30 de mayo de 2023. La ministra de Ciencia e Innovación ha firmado hoy la adhesión.",
     dt.date(2023, 5, 30)),
    ("Rio de Janeiro, 14 de abril de 2023 – O Brasil e a China assinaram hoje o protocolo.", dt.date(2023, 4, 14)),
])
def test_a_dateline_with_a_place_of_several_words_and_a_full_stop(lead, expected):
    assert statement_date([("title", "Firma"), ("body", lead), ("body", "Más texto.")]) == expected


def test_a_dateline_under_a_letterhead_taken_for_a_paragraph():
    # a PDF press release's letterhead (name, phone, web address) is read as the first body paragraph
    paras = [("body", "Federal Communications Commission News Media Information 202-418-0500 45 L Street NE "
                      "Internet: www.fcc.gov Washington, DC 20554"),
             ("heading", "FCC ADOPTS NEW '5-YEAR RULE' FOR DEORBITING SATELLITES"),
             ("body", "WASHINGTON, September 29, 2022—The Federal Communications Commission today adopted new rules."),
             ("body", "The new rule applies to satellites licensed by the Commission.")]
    assert statement_date(paras) == dt.date(2022, 9, 29)


def test_a_newsletters_dateline_wins_over_the_emails_date_header():
    # the e-mail went out the day after the release it carries
    paras = [("boilerplate", "From: CONIDA News <noticias@conida.gob.pe>"),
             ("boilerplate", "Date: Fri, 31 May 2024 09:12:44 -0500"),
             ("title", "PERU SIGNS THE ARTEMIS ACCORDS"),
             ("body", "Washington, D.C., May 30, 2024 -- Peru today became a signatory of the Artemis Accords."),
             ("body", "With this signature, Peru joins 42 other nations.")]
    assert statement_date(paras) == dt.date(2024, 5, 30)


def test_a_pages_stamp_is_a_header_field_before_the_caption_and_the_lead():
    # ANNOTATION 3: a dateline, else a header field, a caption, the lead sentence
    paras = [("title", "Nigeria Joins Artemis Accords, Signs Agreement with NASA in Washington"),
             ("boilerplate", "By NASRDA Media | December 14, 2022 | News & Events | 0 Comments"),
             ("body", "The Federal Republic of Nigeria on Tuesday, 13th December 2022, became the 22nd nation to sign "
                      "the Artemis Accords, at a ceremony held at the headquarters of NASA."),
             ("caption", "Photo: the Minister and the NASA Administrator after the signing, 13 December 2022.")]
    assert statement_date(paras) == dt.date(2022, 12, 14)


def test_a_stamp_of_short_fields_longer_than_a_dozen_words():
    paras = [("title", "Japan to join U.S.-led lunar exploration project"),
             ("boilerplate", "KYODO NEWS - Oct 18, 2019 - 19:45 | All, Japan, World, Science"),
             ("body", "Japan will take part in a U.S.-led project, Prime Minister Shinzo Abe said Friday.")]
    assert statement_date(paras) == dt.date(2019, 10, 18)
    # a long notice is no stamp, even with its date among its first words
    notice = [("boilerplate", "On 1 May 2019 this site moved. " + "Old pages are kept in the archive for reference. " * 5),
              ("body", "The agencies met.")]
    assert statement_date(notice) is None


def test_a_stamp_below_a_cookie_notice_taken_for_text():
    # the cookie notice above the page's header is read as a body paragraph: the stamp below it is
    # still above the text
    paras = [("body", "Vi bruger cookies for at forbedre din oplevelse af ufm.dk."),
             ("boilerplate", "Accepter alle | Kun nødvendige | Indstillinger"),
             ("boilerplate", "Danmark underskriver Artemis-aftalerne"),
             ("boilerplate", "Pressemeddelelse | 15. april 2025 | Uddannelses- og forskningsministeren"),
             ("body", "Danmark har i dag tilsluttet sig Artemis-aftalerne."),
             ("body", "Ministeren underskrev aftalerne ved en ceremoni i Washington.")]
    assert statement_date(paras) == dt.date(2025, 4, 15)
    # a date line below the text's first paragraph is not above the text
    assert statement_date([("title", "Signing"), ("body", "Denmark signed the Accords."),
                           ("boilerplate", "Related: 28.11.2024"), ("body", "More text.")]) is None


def test_a_blogs_posted_on_field():
    paras = [("title", "Building a Space Bridge between the UK and Australia"),
             ("boilerplate", "Posted by: Ian Annett, Posted on: 14 September 2021 - Categories: International, "
                             "Partnerships, Trade and investment, Research and innovation, Skills and knowledge, "
                             "Space sector news"),
             ("body", "The UK and Australian space sectors have a lot in common.")]
    assert statement_date(paras) == dt.date(2021, 9, 14)


@pytest.mark.parametrize("stamp, expected", [
    ("Nieuwsbericht | 01-11-2023 | 17:30", dt.date(2023, 11, 1)),   # day first with hyphens
    ("Posted 10-18-2019", dt.date(2019, 10, 18)),                     # month first only when the day is over 12
])
def test_a_numeric_date_with_hyphens(stamp, expected):
    assert statement_date([("boilerplate", stamp), ("body", "The minister signed the accords.")]) == expected


def test_digits_with_hyphens_that_are_no_date():
    assert statement_date([("boilerplate", "Media Relations: (202) 418-0500 | GE.23-04871(E) | Docket 18-313"),
                           ("body", "The minister signed the accords.")]) is None


def test_a_heading_that_is_a_dateline_below_a_menu_line_taken_for_text():
    # a French agency's page: a menu item taken for a body paragraph, then the release's dateline set as a
    # heading of its own; the dateline is the statement's date
    paragraphs = [("title", "ASES – Agence Sénégalaise d'Études Spatiales"), ("body", "Qui sommes-nous ?"),
                  ("heading", "Programmes"), ("boilerplate", "Communiqué de presse"),
                  ("heading", "Lancement réussi de GAINDESAT-1A, premier satellite du Sénégal"),
                  ("heading", "Dakar, le 16 août 2024"),
                  ("body", "L'Agence Sénégalaise d'Études Spatiales (ASES) a le plaisir d'annoncer le lancement.")]
    assert statement_date(paragraphs) == dt.date(2024, 8, 16)


def test_a_heading_with_a_date_in_its_sentence_is_no_dateline():
    paragraphs = [("body", "Menu"), ("heading", "The agreement of 16 August 2024 enters into force"),
                  ("body", "The two agencies met.")]
    assert statement_date(paragraphs) is None


def test_a_government_statement_dated_only_in_its_closing_issued_by_block():
    # South African-style "Issued by: <department>" / "Date: <day>" block after "-ends-": the
    # statement's date though boilerplate and below the text; a "Date:" line with no issuer
    # above it is no such block
    paras = [("title", "South Africa and Egypt agree to deepen space cooperation"),
             ("body", "The two ministers agreed to establish a joint working group."),
             ("boilerplate", "-ends-"),
             ("heading", "Issued by: Department of Science, Technology and Innovation"),
             ("boilerplate", "Date: 27 February 2025")]
    assert statement_date(paras) == dt.date(2025, 2, 27)
    assert statement_date(paras[:3] + paras[4:]) is None

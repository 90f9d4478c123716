"""Shapes of the statements of w23-w26 (resolutions, summary records, PDF letterheads), each pinned
by a sentence of that shape, not by the statements' own text."""
import pytest

from pipeline.segment import segment
from pipeline.core.textio import fold


def kinds(text, title=None):
    return [(p.kind, fold(text[p.start:p.end])) for p in segment(text, title=title)]


RECORD = """AGENCY OF SCIENCE OF THE REPUBLIC
NATIONAL REMOTE SENSING CENTRE
12 Example Road, Capital City

Ref.: 77/NRSC-IC

MINUTES OF THE SECOND MEETING OF THE JOINT COMMITTEE
ON EARTH OBSERVATION COOPERATION

Capital City, 3 March 2026

The second meeting of the Joint Committee on Earth Observation Cooperation was held at the centre on
Tuesday. The delegations reviewed the progress of the data exchange agreed at the first meeting and the
plans for the training of engineers in the coming year.
"""


def test_a_title_in_capitals_wrapped_before_a_connecting_word_is_one_paragraph():
    got = kinds(RECORD)
    assert ("title", "MINUTES OF THE SECOND MEETING OF THE JOINT COMMITTEE ON EARTH OBSERVATION COOPERATION") in got


def test_the_letterhead_above_a_wrapped_capitals_title_named_by_the_sidecar_is_boilerplate():
    got = kinds(RECORD, title="Minutes of the Second Meeting of the Joint Committee on Earth Observation Cooperation")
    assert ("boilerplate", "AGENCY OF SCIENCE OF THE REPUBLIC") in got
    assert ("boilerplate", "Ref.: 77/NRSC-IC") in got


def test_a_resolution_number_line_runs_on_into_its_subject_in_capitals():
    text = ("RESOLUTION No. 3/12-EO\n"
            "ON COOPERATION AMONG MEMBER STATES IN EARTH OBSERVATION\n\n"
            "The Council, meeting in its twelfth session, adopted the following resolution on the matter.\n")
    assert kinds(text)[0] == ("title", "RESOLUTION No. 3/12-EO ON COOPERATION AMONG MEMBER STATES IN EARTH OBSERVATION")


def test_capitals_lines_of_a_letterhead_that_start_with_a_name_stay_apart():
    text = ("MINISTRY OF SCIENCE\nNATIONAL SPACE OFFICE\n\n"
            "The ministry announced today that it has signed an agreement with the agency of a partner country.\n")
    got = kinds(text)
    assert got[0][1] == "MINISTRY OF SCIENCE" and got[1][1] == "NATIONAL SPACE OFFICE"


def test_a_media_enquiries_lead_that_asks_to_contact_is_boilerplate():
    # the heading of a release's media contacts, run into its request: "For media enquiries, contact:"
    text = ("The two agencies will exchange data under the plan signed today in the capital.\n\n"
            "For media enquiries, contact:\nJane Doe, Media Liaison, Cell: 082 000 0000\n")
    assert kinds(text)[1][0] == "boilerplate"
    assert kinds("The agencies signed the plan.\n\nFor press inquiries please contact:\n")[1][0] == "boilerplate"


BODY = "The two agencies signed a memorandum on the exchange of satellite data in the capital on Monday.\n\n"


@pytest.mark.parametrize("line", [
    "Author: Jane Doe - Center for Information and Documentation",   # an author line with the desk after a dash
    "Other news:", "More stories",                                    # a heading of related links
    "Source :",                                                       # a label, its value on the next line
    "About the author",                                               # a blog's author box
    "Get the best of The Daily in your inbox", "Enter your email address | Subscribe",
    "By signing up you agree to our Privacy Policy.",                 # a news site's newsletter box
    "Join the conversation. Please keep comments civil. Log in to comment.",   # its comment form
])
def test_a_news_or_blog_pages_chrome_line_is_boilerplate(line):
    assert kinds(BODY + line + "\n")[-1] == ("boilerplate", line)


def test_a_sentence_that_starts_like_a_sign_up_box_is_no_chrome():
    text = BODY + "Other news agencies reported that the satellite will be launched in 2027.\n"
    assert kinds(text)[-1][0] == "body"


def test_a_releases_issued_by_line_above_its_media_contacts_is_meta_not_footer():
    # the issuer's line of a government release names the department that speaks: its organization counts
    text = (BODY + "-ends-\n\nIssued by: Department of Science and Innovation\n\n"
            "For media enquiries, contact:\nJane Doe, Media Liaison, Cell: 082 000 0000\n")
    assert ("meta", "Issued by: Department of Science and Innovation") in kinds(text)


def test_a_markdown_exports_row_of_share_links_is_a_navigation_line():
    # a page exported to Markdown keeps its links as "[text](url)": the row reads as its links' text
    row = ("[Share on LinkedIn](https://www.linkedin.com/shareArticle?url=example.com) · "
           "[Share on X](https://x.com/intent/tweet?url=example.com) · [Back to Newsroom](https://example.com/news/)")
    assert kinds(BODY + row + "\n")[-1] == ("boilerplate", row)


@pytest.mark.parametrize("line", [
    "<ul>", "</item>", "]]></description>", '<guid isPermaLink="false">news-1234</guid>',
    "<pubDate>Tue, 12 Nov 2024 14:30:00 +0100</pubDate>", "<dc:creator>National Space Agency</dc:creator>",
    "<link>https://www.example.org/en/news/2024/agreement/</link>",
])
def test_a_feed_exports_markup_line_is_boilerplate(line):
    # an RSS item exported as text keeps its tags and metadata elements; the item's text is the statement
    assert kinds(BODY + line + "\n")[-1] == ("boilerplate", line)


def test_a_sentence_with_inline_markup_is_no_markup_line():
    assert kinds(BODY + "The <b>agency</b> said it will launch in 2026.\n")[-1][0] == "body"

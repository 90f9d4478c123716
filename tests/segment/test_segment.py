"""Segmentation cases by name (ANNOTATION.md section 1)."""
from hypothesis import given, settings, strategies as st

from pipeline.segment import segment, corpus_repeats, title_of
from pipeline.segment.shapes import NUMBER_COLUMN, SYMBOL_BULLET
from pipeline.core.textio import fold, fold_with_map, raw_span


def kinds(text, repeated=()):
    return [(p.kind, fold(text[p.start:p.end])) for p in segment(text, repeated)]


def test_page_break_inside_a_sentence_is_joined():
    text = ("Both sides engage in robust bilateral cooperation in Earth\n\n"
            "observation, including weather forecasting.\n\nBoth sides concurred on holding the next meeting.")
    paras = segment(text)
    assert [fold(text[p.start:p.end]) for p in paras] == [
        "Both sides engage in robust bilateral cooperation in Earth observation, including weather forecasting.",
        "Both sides concurred on holding the next meeting."]
    assert paras[0].start == 0 and text[paras[0].end - 1] == "."


def test_page_break_with_form_feed_is_joined():
    text = "The parties agreed to strengthen transparency and confidence building\f\nmeasures (TCBMs).\n"
    assert kinds(text) == [("body", "The parties agreed to strengthen transparency and confidence building "
                                    "measures (TCBMs).")]


def test_sentence_final_single_newline_splits_paragraphs():
    text = ("Upon invitation, the forum was held on March 3, 2018 in Tokyo.\n"
            "During the day-long meeting, participants discussed cooperation.\n")
    assert [k for k, _ in kinds(text)] == ["body", "body"]


def test_full_wrapped_line_ending_a_sentence_is_a_wrap_not_a_break():
    text = ("long-lived debris created by these tests now threaten satellites and\n"
            "other space objects that are vital to all nations' security, economic,\n"
            "and scientific interests, and increases risk to astronauts in space.\n"
            "Overall, these tests jeopardize the long-term sustainability of outer\n"
            "space and imperil the exploration and use of space by all nations.\n"
            "Short last line.\n"
            "A new paragraph starts here after a short line and goes on to wrap\n"
            "onto a second line.\n")
    got = [t for _, t in kinds(text)]
    assert len(got) == 2
    assert "in space. Overall, these tests" in got[0]
    assert got[0].endswith("by all nations. Short last line.")
    assert got[1].startswith("A new paragraph starts here")


def test_short_line_ending_a_sentence_in_wrapped_text_ends_the_paragraph():
    text = ("The United States will engage the international community to uphold\n"
            "and strengthen a rules-based international order for space.\n"
            "The Vice President also called on other nations to make similar\n"
            "commitments and to work together in establishing this as a norm.\n")
    assert len(segment(text)) == 2


def test_wrapped_lines_are_joined():
    text = ("Today at Vandenberg Space Force Base in California, Vice President\n"
            "Kamala Harris announced that the United States commits not to\n"
            "conduct destructive, direct-ascent anti-satellite (ASAT) missile\n"
            "testing, and that the United States seeks to establish this as a new\n"
            "international norm for responsible behavior in space.\n")
    assert len(segment(text)) == 1


def test_wrapped_title_line_is_one_title():
    text = ("New U.S. Commitment on Destructive Direct-Ascent Anti-Satellite Missile\n"
            "Testing\n\n"
            "Today the Vice President announced that the United States commits not to conduct\n"
            "destructive, direct-ascent anti-satellite missile testing, and that the United\n"
            "States seeks to establish this as a new international norm for responsible\n"
            "behavior in space, making the case that such efforts benefit all nations.\n")
    paras = segment(text)
    assert paras[0].kind == "title"
    assert title_of(text, paras) == ("New U.S. Commitment on Destructive Direct-Ascent Anti-Satellite "
                                     "Missile Testing")
    assert paras[1].kind == "body"


def test_title_place_and_dateline_are_separate():
    text = ("\n\nThe 2nd International Space Exploration Forum\nTokyo, Japan\n3 March, 2018\n\n"
            "Joint Statement\n\nRepresentatives from more than 40 nations gathered in Tokyo.\n")
    assert kinds(text) == [("title", "The 2nd International Space Exploration Forum"),
                           ("meta", "Tokyo, Japan"), ("meta", "3 March, 2018"),
                           ("title", "Joint Statement"),
                           ("body", "Representatives from more than 40 nations gathered in Tokyo.")]


def test_parenthesized_section_heading():
    text = ("Joint Statement\n\nThe participants met.\n\n(Significance of international cooperation and "
            "forms of cooperation)\n\n3. The participants recognized that exploration matters.\n")
    assert ("heading", "(Significance of international cooperation and forms of cooperation)") in kinds(text)


def test_navigation_line_with_non_breaking_spaces_is_boilerplate():
    nav = "Home\u00a0\u00a0\u00a0\u00a0 About ISECG\u00a0\u00a0\u00a0\u00a0 News\u00a0\u00a0\u00a0\u00a0 Publications"
    text = f"{nav}\n\nGovernment representatives met in Washington on 9 January 2014.\n"
    paras = segment(text)
    assert paras[0].kind == "boilerplate" and paras[0].why == "navigation line"
    assert paras[1].kind == "body"


def test_click_here_sentence_is_split_off_as_boilerplate():
    text = ("In addition, the International Academy of Astronautics (IAA) organized a conference.\u00a0 "
            "For the IAA\u2019s declaration resulting from these events click here\n")
    assert kinds(text) == [
        ("body", "In addition, the International Academy of Astronautics (IAA) organized a conference."),
        ("boilerplate", "For the IAA\u2019s declaration resulting from these events click here")]


def test_copyright_subscribe_and_media_contacts_are_boilerplate():
    text = ("Subscribe to our\nnews notifications\n\nNASA signed the agreement on Tuesday.\n\n"
            "-end-\n\nFaith McKie\n\nHeadquarters, Washington\n\n202-358-1600\n\nfaith.mckie@nasa.gov\n\n"
            "Copyright \u00a92022 ESA. All rights reserved.")
    got = kinds(text)
    assert [k for k, _ in got] == ["boilerplate", "body"] + ["boilerplate"] * 6


def test_line_repeated_across_the_corpus_is_boilerplate():
    tagline = ("The International Space Exploration Coordination Group (ISECG) is a forum set up by 14 "
               "space agencies")
    a = f"{tagline}\n\nThe forum was held in Tokyo on March 3, 2018.\n"
    b = f"{tagline}\n\nThe forum was held in Washington on 9 January 2014.\n"
    repeated = corpus_repeats([a, b])
    assert segment(a, repeated)[0].kind == "boilerplate"
    assert segment(a, repeated)[0].why == "repeated across the corpus"
    assert segment(a, [])[0].kind != "boilerplate"


def test_text_glued_at_file_end_without_newline():
    text = "Joint Statement\n\nBoth sides concurred on holding the third meeting in 2015.\n\nThe next one"
    paras = segment(text)
    assert paras[-1].end == len(text)
    assert fold(text[paras[-1].start:paras[-1].end]) == "The next one"


def test_glued_sentences_inside_a_line_stay_one_paragraph():
    text = "The meeting was held on March 3, 2018 in Tokyo, JapanIn a joint statement participants agreed.\n"
    assert len(segment(text)) == 1


def test_crlf_and_tabs_are_handled():
    text = "Joint Statement\r\n\r\nBoth sides\tagreed to cooperate\r\non space.\r\n\r\nThe end came.\r\n"
    got = kinds(text)
    assert got == [("title", "Joint Statement"), ("body", "Both sides agreed to cooperate on space."),
                   ("body", "The end came.")]


def test_bullets_start_new_paragraphs_and_keep_their_wrapped_lines():
    text = ("Highlights include:\n\n-   U.S. Secretary of Defense Lloyd Austin became the first\n"
            "    Secretary of Defense to visit Angola in September 2023.\n"
            "-   The U.S. Export Import Bank approved financing.\n")
    got = kinds(text)
    assert [t for _, t in got][1:] == [
        "U.S. Secretary of Defense Lloyd Austin became the first Secretary of Defense to visit Angola in "
        "September 2023.", "The U.S. Export Import Bank approved financing."]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab. \n\n\f\t\u00a0AZ:(),-1")), max_size=300))
def test_paragraphs_are_ordered_disjoint_and_inside_the_text(text):
    paras = segment(text)
    last = 0
    for p in paras:
        assert last <= p.start < p.end <= len(text)
        assert text[p.start].strip() and text[p.end - 1].strip()
        last = p.end
    # every non-whitespace character belongs to some paragraph, but for the list markers left out
    # in front of a paragraph: a symbol bullet ("- "), a bare number in a column of its own ("1   ")
    covered = sum(len(fold(text[p.start:p.end]).replace(" ", "")) for p in paras)
    markers = 0
    ends = [0] + [p.end for p in paras]
    for p, before in zip(paras, ends):
        prefix = text[max(before, *(text.rfind(c, 0, p.start) + 1 for c in "\n\r\f")):p.start].lstrip()
        if prefix.strip():
            assert SYMBOL_BULLET.match(prefix) or NUMBER_COLUMN.match(prefix + text[p.start]), prefix
            markers += len("".join(prefix.split()))
    assert covered + markers == len("".join(text.split()))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_fold_with_map_slices_back(text):
    folded, starts = fold_with_map(text)
    assert folded == fold(text)
    assert len(starts) == len(folded)
    words = [(m_start, m_end) for m_start, m_end in _word_spans(folded)]
    for s, e in words:
        rs, re_ = raw_span(starts, s, e)
        assert fold(text[rs:re_]) == folded[s:e]


def _word_spans(folded):
    pos = 0
    for w in folded.split(" "):
        if w:
            yield pos, pos + len(w)
        pos += len(w) + 1


def test_stray_short_lines_inside_a_wrapped_paragraph_are_joined():
    text = ("In October 2023, President Biden welcomed President Steinmeier to the\n"
            "White House to mark the anniversary, and President Biden spoke during\n"
            "German-American\nDay,\nunderscoring the enduring people-to-people ties between our two\n"
            "countries, including the over 40 million Americans who claim German\n"
            "heritage.\n")
    assert len(segment(text)) == 1


def test_no_break_space_glued_first_word_decides_the_wrap():
    # "\u00a0Overall,\u00a0through" could not have fitted on the short line before it
    text = ("The United States, working with commercial industry, allies, and\n"
            "partners, will lead in the development of new measures that help the\n"
            "security, and long-term sustainability of space activities.\n"
            "\u00a0Overall,\u00a0through this new commitment and other actions, the United\n"
            "States will demonstrate how space activities can be conducted well.\n")
    assert len(segment(text)) == 1


def test_section_separator_is_not_a_closing_contact_block():
    body = ("The United States and Germany cooperate through several multilateral institutions "
            "including NATO, the G7, the OSCE, and the UN, to advance shared goals.")
    text = f"{body}\n\n# # #\n\nSECURITY AND DEFENSE\n\n{body}\n\n###\n\nJane Doe\n\n202-555-0100\n"
    got = kinds(text)
    assert got[1][0] == "boilerplate" and got[2] == ("heading", "SECURITY AND DEFENSE")
    assert [k for k, _ in got[4:]] == ["boilerplate"] * 3


def test_photo_caption_ending_in_a_credit_is_a_caption():
    """ANNOTATION 1 (changed): a photo caption is content of kind caption, its credit with it."""
    text = ("US, Germany Partnering on Mission to Track Water Movement\n"
            " An engineering geologist measures water depth at an agricultural well north of "
            "Sacramento. Kelly M. Grow/California Department of Water Resources\n\n"
            "NASA and the German Space Agency at DLR have agreed to jointly build a pair of spacecraft.\n")
    got = kinds(text)
    assert [k for k, _ in got] == ["title", "caption", "body"]

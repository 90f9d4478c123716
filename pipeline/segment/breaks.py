"""Whether a line after a blank line (a page break, in a hard-wrapped file) resumes the paragraph
above it: the one join ``continues`` makes across a gap (see ``pipeline/segment/__init__.py``); and
the one break a scraper lost, a headline run into the lead on one line (``run_in_title``)."""
import re

from .shapes import (CAPS_CONNECTOR_START, CAPS_LINE_MIN_SHARE, CONNECTOR_END, DATELINE_LEAD, EMAIL_OR_URL,
                     LEAD_MIN_WORDS, LOWER_START, META_LINE, STRONG_END,
                     _match, rules, word_count)

LIST_LEAD_MAX_WORDS = 4  # a short line ending in ':' after a page break introduces a list ("Hereby:")


def resumes_after_break(prev, nxt, width, first=None):
    """Does line ``nxt``, below a blank line, continue the paragraph whose line ``prev`` is above it?
    (``first``: the paragraph's first line; ``width``: the file's wrap width or None)"""
    # a page break: only an unfinished sentence resumed in lower case, or
    # a line cut after a connecting word, is the same paragraph
    if STRONG_END.search(prev.text) or prev.text.endswith(":"):
        return False
    if EMAIL_OR_URL.match(nxt.text) or DATELINE_LEAD.match(nxt.text):
        return False
    if nxt.text.startswith("[") and nxt.text.endswith("]"):
        return False    # a note wholly in brackets stands apart: "[on the report of the First Committee
        # (A/68/409)]" below a resolution's adoption line
    if nxt.text.endswith(":") and not LOWER_START.match(nxt.text) and word_count(nxt.text) <= LIST_LEAD_MAX_WORDS:
        return False    # a list's lead after a page break: a resolution's "Hereby:" after its preamble
    if first is not None and first.indent and nxt.indent and not prev.indent and not LOWER_START.match(nxt.text):
        return False    # a first-line indent, the wrapped lines flush, opens each paragraph: a line set in
        # again is the next one, though its predecessor ends in a comma ("... peace and security,\n\n
        # Mindful of ...": a resolution's preambular paragraphs)
    if META_LINE.match(prev.text) or _match(rules()["paragraph"], prev.text):
        return False    # a label or chrome line ("For Immediate Release") above a headline that starts
        # in lower case ("ispace Signs Agreement ...") is no unfinished sentence
    # a hard-wrapped line filled to the width, broken by a blank line
    # ("during German-American\n\nDay, underscoring ...")
    # (a line longer than the width was never wrapped: a title above the text)
    # (a line ending in a mark closed its clause: "... de l'espace;" before a heading)
    full_line = width is not None and len(prev.text) + 1 + len(nxt.first) > width >= len(prev.text) \
        and prev.text[-1:].isalnum()
    return bool(LOWER_START.match(nxt.text)) or full_line or (
        bool(CONNECTOR_END.search(prev.text)) and word_count(prev.text) > 6)


def in_capitals(text):
    """Whether a line is set in capitals: most of its letters, at least three, upper case."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= CAPS_LINE_MIN_SHARE * len(letters)


def caps_title_runs_on(prev, nxt):
    """A title in capitals wrapped before a connecting word: the line below it, in capitals too,
    starts with "ON", "OF", "AND", "DE" ... ("RESOLUTION No. 7/51-S&T" / "ON COOPERATION AMONG MEMBER
    STATES ..."). A line of menu or letterhead entries starts with a name, not with such a word."""
    return (not STRONG_END.search(prev) and in_capitals(prev) and in_capitals(nxt)
            and bool(CAPS_CONNECTOR_START.match(nxt)))


RUN_IN_TITLE_MIN_WORDS = 4  # a title this long is no sentence's common opening words


def run_in_title(text, start, end, title):
    """``(title_end, lead_start)`` when the paragraph ``text[start:end]`` opens with the sidecar's
    ``title``, the lead run into it on the same line (a scraper lost the break between the
    headline and the text: "Eutelsat and NIGCOMSAT sign ... to Nigeria Paris, 20 May 2025 –
    Eutelsat Communications ..."), else None. The lead starts in capitals and is running text
    (more than ``LEAD_MIN_WORDS`` words); a title that is the start of a sentence goes on in lower
    case."""
    words = (title or "").split()
    if len(words) < RUN_IN_TITLE_MIN_WORDS or STRONG_END.search(words[-1]):
        return None
    m = re.compile(r"\s+".join(map(re.escape, words)) + r"[ \t\u00a0]+(?=\S)").match(text, start, end)
    if not m or not text[m.end()].isupper() or word_count(text[m.end():end]) <= LEAD_MIN_WORDS:
        return None
    return m.start() + len(m.group().rstrip()), m.end()

"""Paragraph passes for a mailing saved as text (a newsletter, a list's digest): its header fields,
the issue's table of contents and the masthead above it (the contents pass, like those of ``chrome.py``,
runs on the kinds ``mark_kinds`` has set)."""
import re

from .shapes import BLANK_LINE, HEADING_MAX_WORDS, STRONG_END, word_count


EMAIL_HEADER_FIELD = re.compile(r"^(from|to|cc|bcc|subject|date|sent|reply-to|list-[a-z-]+|message-id|return-path|"
                                r"mime-version|content-type|x-[a-z][\w-]*)\s*:\s*\S", re.I)
EMAIL_HEADER_MIN_FIELDS = 3
EMAIL_HEADER_WHY = "e-mail header field (a mailing's header lines above its text)"


def mark_email_headers(text, paras):
    """A mailing saved as text opens with its header fields, one a line ("From: COSPAR Secretariat
    <...>", "To: ...", "Subject: [COSPAR E-News] No. 47", "Date: Wed, 20 Nov 2024 ..."): a run of
    at least ``EMAIL_HEADER_MIN_FIELDS`` such lines at the top of the text, with no blank line
    between them, is the mail's header, its subject line too; a "Subject:" line alone in a
    document (a Council note's "Subject: EU Space Strategy ...") is the document's own."""
    run = []
    for p in paras:
        folded = p.folded(text)
        if EMAIL_HEADER_FIELD.match(folded) and (not run or not BLANK_LINE.search(text[run[-1].end:p.start])):
            run.append(p)
            continue
        break
    fields = [q.folded(text).split(":", 1)[0].strip().lower() for q in run]
    if len(run) >= EMAIL_HEADER_MIN_FIELDS and "from" in fields and ({"to", "subject", "date"} & set(fields)):
        for q in run:
            q.kind, q.why = "boilerplate", EMAIL_HEADER_WHY


CONTENTS_WHY = "newsletter contents (the issue's table of contents)"


def mark_issue_contents(text, paras):
    """A newsletter lists the issue's articles under "IN THIS ISSUE", one short line each, right
    below the label ("1. From the Bureau: workshops, fellowships, Mars policy"): the lines of the
    label's block, up to the first blank line, are its contents; the articles' own headings
    below, set apart by a blank line, are the text's. Above the label, before any text, the
    newsletter's masthead ("CARICOM TODAY" / "News and updates from the ... Secretariat", between
    its rule lines) is the mailing's chrome too."""
    for i, p in enumerate(paras):
        if p.why != CONTENTS_WHY:
            continue
        if not i or paras[i - 1].why != CONTENTS_WHY:
            _mark_masthead(text, paras[:i])
        prev = p
        for q in paras[i + 1:]:
            folded = q.folded(text)
            if BLANK_LINE.search(text[prev.end:q.start]) or STRONG_END.search(folded) \
                    or word_count(folded) > HEADING_MAX_WORDS:
                break
            q.kind, q.why = "boilerplate", CONTENTS_WHY
            prev = q


MASTHEAD_WHY = "newsletter masthead (the mailing's name and tagline above its contents)"


def _mark_masthead(text, above):
    """The titles right above a newsletter's contents label, only chrome between them, when no
    paragraph of text stands above them: the mailing's name and tagline."""
    if any(q.kind not in ("boilerplate", "title", "heading", "meta") for q in above):
        return
    for q in reversed(above):
        if q.kind == "boilerplate":
            continue
        if q.kind not in ("title", "heading") or STRONG_END.search(q.folded(text)):
            break
        q.kind, q.why = "boilerplate", MASTHEAD_WHY

"""Split a raw statement into paragraphs and mark their kind (ANNOTATION.md 1).

Pure functions: ``segment(text, repeated)`` returns ``Paragraph`` records
whose ``start``/``end`` are offsets into the raw text. The rules:

* blank lines (and form feeds) separate paragraphs; a single newline also
  separates them when the line before ends a sentence and the next line
  starts a new one, or when the next line starts a bullet or a numbered item;
* a line that does not end a sentence continues on the next line when that
  line starts in lower case, when it ends with a connecting word or mark,
  or when the file is hard-wrapped and the line is as long as its wrapped
  lines; across blank lines (a page break) only the lower-case start or the
  connecting end joins;
* kinds: ``boilerplate`` (rules in ``models/boilerplate.json``, navigation
  lines, closing media-contact blocks, and lines repeated across the
  corpus), ``title`` and ``meta`` (dateline, place, release numbers) before
  the first body paragraph, ``heading`` (short lines without a sentence
  end, or wholly in parentheses), ``body``.

The patterns and thresholds live in ``shapes.py`` (the boilerplate rules read from
``models/boilerplate.json``); the passes that find a site's chrome by its shape (menu runs,
related-article lists, running headers) in ``chrome.py``; the join across a page break in ``breaks.py``.

Command line (``pipeline/cli.py``): ``python -m pipeline segment --raw DIR --build DIR`` runs the stage;
``python -m pipeline segment FILE...`` prints the paragraphs and their kinds.
"""
import re
from dataclasses import dataclass, asdict, field, replace

from ..core.textio import content_slice, fold
from .chrome import (drop_footnote_ref, furniture_key, furniture_run, is_page_footer, mark_above_headline, mark_agency_tags, mark_database_banner,
                     mark_citations, mark_footnotes, mark_header_navigation, mark_page_footnotes,
                     mark_issuer_blurbs, mark_label_values, mark_next_links, mark_related_links,
                     mark_repeated_chrome, mark_running_headers, repeated_furniture)
from .breaks import caps_title_runs_on, resumes_after_break, run_in_title
from .mailing import mark_email_headers, mark_issue_contents
from .edges import mark_page_edges
from .language import in_statement, model_language, own_language, script_language, statement_language
from .shapes import (BULLET, MARKDOWN_LINK, CAPS_TITLE_MAX_WORDS, CENTERED_MIN_LEAD, CENTERED_SLACK, CLOCK_TAIL, CLOSING_PLACE,
                     CONNECTOR_END, CONTACT_MAX_WORDS, DATELINE, DATELINE_LEAD, EMAIL_OR_URL, FIELD_VALUE_MAX_WORDS,
                     HEADING_MAX_WORDS, IDEOGRAPHIC_INDENT, LINE_RE, LINK_REF, LONE_MARKER, LOWER_START, MENU_MAX_CHARS, NUMBER_COLUMN,
                     META_LINE, NAV_BAR_PART_MAX_WORDS, NUMERIC_DATE_LEAD, NAV_PART_MAX_WORDS, NAV_SPLIT, PLACE,
                     PLACE_DATELINE, PLACE_TAIL, REPEAT_MIN_WORDS, RUN_TOGETHER, RUN_TOGETHER_MAX_WORDS, SENTENCE_CUT,
                     SEPARATOR_LINE, SHORT_FORM_LINE, STAMP_SEPARATORS, STRONG_END, SYMBOL_BULLET, TITLE_MAX_WORDS, WEB_ADDRESS,
                     WRAP_FIT_SHARE, WRAP_FULL_SHARE, _match,
                     is_address_line, is_dash_dateline, is_labelled_stamp, is_sentence_end, rules,
                     word_count, wrap_width)


END_MARKER_WHYS = ("end marker", "end or text marker")
QUESTION_LINE_MAX_WORDS = 4


@dataclass
class Paragraph:
    start: int
    end: int
    kind: str = "body"
    why: str = ""
    bullet: bool = False
    language: str = ""
    omitted: list = field(default_factory=list)  # [start, end] of page furniture inside the span

    def to_dict(self):
        return asdict(self)

    def folded(self, text):
        """The paragraph's text, folded, its omitted ranges left out."""
        return fold(content_slice(text, self.start, self.end, self.omitted))


@dataclass
class _Line:
    start: int   # offset of the first non-space character
    end: int     # offset after the last non-space character
    text: str    # the stripped line
    indent: bool  # begins with whitespace
    gap: bool    # a blank line or a form feed comes before it
    first: str = ""  # the unbreakable first token: up to the first plain space, with leading no-break spaces
    lead: int = 0    # the number of blank characters before it

    def __post_init__(self):
        if not self.first:
            self.first = self.text.split(" ")[0]


def lines(text):
    """Non-blank lines with offsets; ``gap`` marks a blank line or form feed before."""
    out = []
    gap = False
    for m in LINE_RE.finditer(text):
        content, term = m.group(1), m.group(2)
        if not content and not term:
            break
        stripped = content.strip()
        if stripped:
            lead = len(content) - len(content.lstrip())
            start = m.start(1) + lead
            end = start + len(stripped)
            first = content.lstrip(" \t").split(" ")[0]
            cut = RUN_TOGETHER.search(stripped)
            if cut and len(stripped[:cut.start()].split()) <= RUN_TOGETHER_MAX_WORDS:
                # two header lines run together by a scraper: "Office of the SpokespersonWASHINGTON, D.C."
                out.append(_Line(start, start + cut.start(), stripped[:cut.start()], lead > 0, gap or not out, first, lead))
                out.append(_Line(start + cut.start(), end, stripped[cut.start():], False, True))
            else:
                out.append(_Line(start, end, stripped, lead > 0, gap or not out, first, lead))
            gap = False
        else:
            gap = True
        if term == "\f":
            gap = True
    return out


def continues(prev, nxt, width, in_bullet=False, para_lines=1, first=None):
    """Does line ``nxt`` continue the paragraph that line ``prev`` belongs to? (``first``: the
    paragraph's first line)"""
    if SEPARATOR_LINE.match(prev.text) or SEPARATOR_LINE.match(nxt.text):
        return False    # a rule line ("______") stands alone: above a PDF page's footnotes, between sections
    if BULLET.match(nxt.text):
        # a dash that resumes an unfinished line ("a new initiative\n– the COMPACT")
        # is not a bullet; after a sentence, a colon or another item it is
        # (inside a list too when a lower-case word follows: "... Indian Ocean Region\n– and discussions")
        dash_resumes = (SYMBOL_BULLET.match(nxt.text) and not nxt.gap and nxt.text[0] in "–—"
                        and not is_sentence_end(prev.text)
                        and (not in_bullet or LOWER_START.match(nxt.text[1:].lstrip())))
        if not dash_resumes:
            return False
    if footer_bar(nxt.text):
        return False    # a footer's bar of links ("Privacy | Sitemap | ...") never runs on from the line above
    if nxt.gap and is_nav_line(prev.text):
        return False    # nor does a share row or menu bar run on across a blank line ("Partilhar: Facebook |
        # Twitter | LinkedIn | WhatsApp" / "Notícias relacionadas"): it is no wrapped sentence
    if nxt.gap:
        return resumes_after_break(prev, nxt, width, first)
    if is_end_marker(prev.text) or is_end_marker(nxt.text):
        return False    # an end marker stands alone, a news agency's sign-off too ("--SPA" / "22:42 LOCAL TIME")
    if nxt.first.startswith(IDEOGRAPHIC_INDENT):
        return False    # Chinese and Japanese text sets each paragraph in by full-width spaces ("　　3月9日，...")
    if LOWER_START.match(nxt.text) or nxt.text[:1] in "-–,;)%\u00ad":
        return True
    if hanging_item(first, prev, nxt, para_lines):
        return False
    if SHORT_FORM_LINE.match(nxt.text) and not is_sentence_end(prev.text):
        return True     # a name's short form on the line below it: "... Space Agency Forum\n(APRSAF-21)"
    if signature_runs_on(prev.text, nxt.text, (first or prev).text):
        return True
    if is_sentence_end(prev.text):
        return wrapped_sentence_end(prev, nxt, width, para_lines, first)
    if DATELINE.match(prev.text.rstrip(STAMP_SEPARATORS)) or is_dash_dateline(prev.text):
        return False    # a date stamp ends its line, a separator after it too ("17 Jan. 2022 -" / "Last updated: ...")
    if CONNECTOR_END.search(prev.text):
        return True
    if caps_title_runs_on(prev.text, nxt.text):
        return True     # a title in capitals wrapped before a connecting word
    # (a page's date stamp may trail a dash before its "Last updated" line: "17 Jan. 2022 -")
    if DATELINE.match(nxt.text.rstrip(STAMP_SEPARATORS)) or PLACE.match(nxt.text) or DATELINE_LEAD.match(nxt.text):
        return False
    if centered_pair(prev, nxt):
        return True     # a centred title or heading set on several lines ("Article 1" / "Purpose")
    if opens_own_line(prev, nxt):
        return False
    if nxt.text[:1].isdigit():
        return True
    if nxt.indent and not prev.indent and width is None:
        return False
    if width is not None and para_lines >= 2:
        # inside a wrapped paragraph an unfinished short line is a stray break
        # ("during\nGerman-American\nDay,\nunderscoring"), never a heading
        return True
    # the first line of a wrapped paragraph is broken where the next word no longer fits (with some
    # slack: a PDF's proportional letters fill lines unevenly); a line the next word would have
    # fitted on with room to spare is a heading above the text ("Un nuevo impulso a la Agencia
    # Espacial Española" / "La adhesión se produce ...")
    return width is not None and len(prev.text) + 1 + len(nxt.first) > WRAP_FIT_SHARE * width


def wrapped_sentence_end(prev, nxt, width, para_lines, first):
    """In a hard-wrapped file a full line that ends a sentence is a wrap, not the paragraph's end: the
    next line's first word would not have fitted on it, within the file's width or within the
    paragraph's own first line when that is full ("... e interinstitucionales." / "Con esta firma,
    ...": a PDF's text wraps at its margin, short of the file's widest line)."""
    if width is None:
        return False
    own = first is not None and para_lines >= 2 and len(first.text) >= WRAP_FULL_SHARE * width
    return len(prev.text) + 1 + len(nxt.first) > (min(width, len(first.text)) if own else width)


def opens_own_line(prev, nxt):
    """A postal address led by its house number under a name ("Ministry of ..." / "3-2-2 Kasumigaseki,
    Chiyoda-ku, Tokyo 100-8959, Japan"), a footer's or contact's; a line led by a date in figures, an
    entry of a list of news ("14.07.2022 Progress MS-20 ...") or the date stamp under a headline."""
    if nxt.text[:1].isdigit() and is_address_line(nxt.text) and not is_address_line(prev.text):
        return True
    return bool(NUMERIC_DATE_LEAD.match(nxt.text))


def footer_bar(line):
    """A bar of three or more links divided by '|' ("Privacy Policy | Accessibility | Sitemap")."""
    return line.count("|") >= 2 and is_nav_line(line)


def is_end_marker(line):
    """A line that ends the text or marks where it begins: "-end-", "###", "--SPA" (boilerplate.json)."""
    return _match(rules()["paragraph"], line) in END_MARKER_WHYS


def hanging_item(first, prev, nxt, para_lines):
    """A list whose bullets a PDF conversion lost keeps its hanging indent: an item's first line
    is set out from its wrapped lines (" España se convierte ..." / "  principios de ..." / " La
    firma refuerza ..."), so a line set back at the first line's indent, in capitals, after
    the item's wrapped lines, starts the next item."""
    return (first is not None and para_lines >= 2 and first.lead >= 1 and nxt.lead == first.lead
            and prev.lead > first.lead and not nxt.gap and nxt.text[:1].isupper()
            and not CONNECTOR_END.search(prev.text))


def centered_pair(prev, nxt):
    """Two lines centred on one axis, both set in from the margin: the lines of one title or
    heading of a laid-out PDF text. Text indented by a margin has one lead and ragged ends, so
    its lines' centres differ."""
    if min(prev.lead, nxt.lead) < CENTERED_MIN_LEAD:
        return False
    centre = lambda line: line.lead + len(line.text) / 2  # noqa: E731
    return abs(centre(prev) - centre(nxt)) <= CENTERED_SLACK and (prev.lead != nxt.lead or len(prev.text) == len(nxt.text))


def signature_runs_on(prev, nxt, first=""):
    """A signature or address block is one paragraph: "His Excellency" / "Mr. Kiichi Aichi" /
    "Minister for Foreign Affairs of Japan"; a treaty's block from its party line on ("FOR THE
    GOVERNMENT OF JAPAN:" / "林 芳正   Antony J. Blinken") (models/boilerplate.json, signature_block)."""
    R = rules()
    if R["party_line"].match(first):
        return True
    if R["honorific_line"].match(prev):
        return bool(R["name_line"].match(nxt))
    # (a site's section label is no signer's name, though it is two capitalised words: "Related
    # News" / "Minister of State Receives Phone Call ...", a list of headlines below it)
    return bool(R["name_line"].match(prev)) and bool(R["title_start"].match(nxt)) and not STRONG_END.search(nxt) \
        and not _match(R["paragraph"], fold(prev))


def raw_paragraphs(text, ls=None):
    """Paragraph spans (start, end, bullet, omitted) by line structure alone; a symbol
    bullet ("-", "•") is left out of its paragraph, a number is kept. A paragraph that
    a page break cuts, with the page's number or footnote links between its halves,
    is one span; those lines are its ``omitted`` ranges."""
    ls = lines(text) if ls is None else ls
    width = wrap_width(ls)
    repeated = repeated_furniture(ls)
    spans = []
    prev = None
    in_bullet = False
    colon_list = False
    para_lines = 0
    first = None
    i = 0
    while i < len(ls):
        line = ls[i]
        # (footnotes at a page's foot cut running text, a paragraph of two lines or more: below a
        # heading, a numbered item is the text's own)
        skip = furniture_run(ls, i, repeated, notes=para_lines >= 2) if prev is not None else 0
        if skip and i + skip < len(ls) and continues(prev, replace(ls[i + skip], gap=True), width, in_bullet, para_lines,
                                                     first):
            spans[-1][3].extend([ls[k].start, ls[k].end] for k in range(i, i + skip))
            line = ls[i + skip]
            spans[-1][1] = line.end
            para_lines += 1
            prev = line
            i += skip + 1
            continue
        bullet_item = in_bullet and line.indent and not line.gap and not BULLET.match(line.text)
        # a list marker alone on its line ("1.") is followed by its item
        after_marker = prev is not None and LONE_MARKER.match(prev.text) and para_lines == 1 \
            and not BULLET.match(line.text) and not LONE_MARKER.match(line.text)
        lone_marker = bool(LONE_MARKER.match(line.text))
        # in text that is not hard-wrapped, the lines after one ending in ':' are the items of
        # the list it introduces, one a line, even in lower case ("The principles include:\n
        # peaceful purposes: ...\ntransparency: ..."), until a line starts otherwise
        colon_list = width is None and LOWER_START.match(line.text) is not None and not line.gap and (
            colon_list or (prev is not None and prev.text.endswith(":")))
        if prev is not None and not lone_marker and not colon_list and (
                bullet_item or after_marker or continues(prev, line, width, in_bullet, para_lines, first)):
            spans[-1][1] = line.end
            para_lines += 1
        else:
            para_lines = 1
            start = line.start
            marker, number = SYMBOL_BULLET.match(line.text), None
            if marker and len(line.text) > marker.end():
                start += marker.end() + len(line.text[marker.end():]) - len(line.text[marker.end():].lstrip())
            elif number := NUMBER_COLUMN.match(line.text):
                start += number.end()   # a number in a column of its own: "1        The Secretary-General"
            if ref := LINK_REF.match(text, start, line.end):
                start = ref.end()   # a text-mode browser's link number is no word of the text: "[12]Photo: ..."
            # (an item numbered after a point, ".1", is a list's item; a bare number may head a section)
            spans.append([start, line.end, bool(marker) or bool(number and number.group().startswith(".")), []])
            first = line
            in_bullet = bool(BULLET.match(line.text))
        prev = line
        i += 1
    return [tuple(span) for span in spans]


def is_nav_line(text):
    """A menu or footer bar: three or more short items set apart by wide spaces or marks
    ("Home | About | Media"), items of up to six words when bars ('|') divide them ("About
    State.gov | Privacy Notice | Other U.S. Government Info"), or two items that are each
    chrome on their own ("Privacy Policy | Terms of Use")."""
    text = MARKDOWN_LINK.sub(r"\1", text)     # a Markdown export's links read as their text
    if STRONG_END.search(text):
        return False
    parts = [p for p in NAV_SPLIT.split(text) if p.strip()]
    if len(parts) >= 3 and all(word_count(p) <= NAV_PART_MAX_WORDS for p in parts):
        return True
    bars = [p.strip() for p in text.split("|") if p.strip()]
    if len(bars) >= 3 and all(word_count(p) <= NAV_BAR_PART_MAX_WORDS for p in bars):
        return True
    if len(bars) == 2 and all(_match(rules()["paragraph"], fold(p)) for p in bars):
        return True
    # a page's label of what it is beside its category: "Press release | Governance", "News | Science"
    return len(bars) == 2 and bool(_match(rules()["paragraph"], fold(bars[0]))) and word_count(bars[1]) <= NAV_PART_MAX_WORDS


def every_line_boilerplate(raw_text):
    """Lines run together into one paragraph (a lower-case start joins them) that are each
    boilerplate: "Compartilhe por WhatsApp" / "link para Copiar para área de transferência"."""
    parts = [fold(line) for line in raw_text.splitlines() if line.strip()]
    return len(parts) >= 2 and all(_match(rules()["paragraph"], part) for part in parts)


def split_link_sentence(text, start, end):
    """Split a trailing link sentence ("... click here") off a paragraph.

    Returns a list of (start, end, why) pieces; why is "" for content.
    """
    chunk = text[start:end]
    # only the paragraph's last sentences can be a trailing link sentence: the tails tried are
    # at most ``link_sentence_max_chars`` long, so a paragraph of thousands of sentences stays linear
    first = len(chunk) - rules()["link_sentence_max_chars"]
    sentences = [m.end() for m in SENTENCE_CUT.finditer(chunk) if m.end() >= first]
    for cut in reversed(sentences):     # the shortest tail: the trailing sentence itself
        tail = fold(chunk[cut:])
        why = _match(rules()["sentence"], tail)
        if why:
            head_end = start + len(chunk[:cut].rstrip())
            return [(start, head_end, ""), (start + cut, end, why)]
    why = _match(rules()["sentence"], fold(chunk))
    return [(start, end, why or "")]


def repeat_key(text):
    """Key of a paragraph for the corpus repetition signal, or None when not eligible."""
    folded = fold(text)
    if word_count(folded) < REPEAT_MIN_WORDS or STRONG_END.search(folded):
        return None
    return folded.lower()


def repeat_keys(text):
    """The repetition keys of one statement's paragraphs (see ``repeat_key``)."""
    return sorted({key for s, e, _, omitted in raw_paragraphs(text)
                   if (key := repeat_key(content_slice(text, s, e, omitted)))})


def shared_keys(key_lists):
    """Repetition keys that occur in two or more statements (one key list per statement)."""
    seen = {}
    for i, keys in enumerate(key_lists):
        for key in keys:
            seen.setdefault(key, set()).add(i)
    return sorted(k for k, docs in seen.items() if len(docs) >= 2)


def corpus_repeats(texts):
    """Paragraph keys that occur in two or more statements: site taglines and the like."""
    return shared_keys(repeat_keys(text) for text in texts)


def classify_shape(folded):
    """'sentence', 'parenthesized', 'short' or 'long' by the paragraph's shape."""
    if folded.startswith("(") and folded.endswith(")"):
        return "parenthesized"
    if folded.endswith("?") and word_count(folded) <= QUESTION_LINE_MAX_WORDS:
        return "short"  # a question of a few words is a menu entry or a heading ("Qui sommes-nous ?",
        # "¿Qué es gob.mx?", "What's next?"), no sentence of running text
    if is_sentence_end(folded) or folded.endswith(","):
        return "sentence"
    return "short" if word_count(folded) <= HEADING_MAX_WORDS else "long"


def closing_block_start(text, paras):
    """Index of the end marker ("-end-", "###", "Media Contacts") that opens the
    statement's closing block, or None. Only a marker after which every
    paragraph is short qualifies: a "# # #" between sections does not."""
    markers = rules()["end_markers"]
    start = None
    for i in range(len(paras) - 1, -1, -1):
        folded = paras[i].folded(text)
        if any(m.search(folded) for m in markers):
            start = i
        elif word_count(folded) > CONTACT_MAX_WORDS and paras[i].kind != "boilerplate" and not is_address_line(folded) \
                and not _match(rules()["paragraph"], folded) and not WEB_ADDRESS.search(folded):
            break   # (a footer's copyright or cookie line, or its address line with the site's
            # address, after the contacts does not end the block: "... Office - www.belspo.be 2/2")
    return start


def segment(text, repeated=(), title=None):
    """Paragraphs of ``text`` with their kinds; ``title`` is the sidecar's, when it gives one."""
    paras = []
    ls = lines(text)
    headline_cut = False
    for s, e, bullet, omitted in raw_paragraphs(text, ls):
        e = drop_footnote_ref(text, s, e)
        if not headline_cut and (cut := run_in_title(text, s, e, title)):
            paras.append(Paragraph(s, cut[0]))     # the headline a scraper ran into the lead
            s, headline_cut = cut[1], True
        for ps, pe, why in split_link_sentence(text, s, e):
            inside = [o for o in omitted if ps <= o[0] and o[1] <= pe]
            paras.append(Paragraph(ps, pe, "boilerplate" if why else "body", why, bullet, omitted=inside))
    mark_boilerplate(text, paras, set(repeated), title)
    mark_email_headers(text, paras)
    mark_label_values(text, paras)
    mark_running_headers(text, paras, repeated_furniture(ls))
    mark_above_headline(text, paras, title)
    mark_kinds(text, paras)
    mark_issue_contents(text, paras)
    mark_agency_tags(text, paras)
    mark_database_banner(text, paras)
    mark_footnotes(text, paras)
    mark_page_footnotes(text, paras)
    mark_header_navigation(text, paras)
    mark_related_links(text, paras)
    mark_issuer_blurbs(text, paras)
    mark_next_links(text, paras)
    mark_repeated_chrome(text, paras)
    mark_page_edges(text, paras)
    mark_languages(text, paras)
    return paras


def boilerplate_reason(folded, raw_text, closing, repeated, title=None):
    """Why a paragraph is boilerplate (rule, shape, repetition), or None. The statement's own
    headline (the sidecar's ``title``) is no site tagline though it repeats across the corpus: a
    joint statement is published by each of its parties, under one title."""
    R = rules()
    why = _match(R["paragraph"], folded)
    if why is None and is_nav_line(raw_text):
        why = "navigation line"
    if why is None and is_labelled_stamp(raw_text):
        why = "date stamp with a label, byline or counter"
    if why is None and any(m.search(folded) for m in R["contact_line"]):
        why = "contact line"
    if why is None and is_page_footer(raw_text):
        why = "page number (a PDF page's footer above it)"
    if why is None and is_address_line(folded):
        why = "postal address"
    if why is None and every_line_boilerplate(raw_text):
        why = "boilerplate lines run together"
    if why is None and repeat_key(folded) in repeated and not is_headline(folded, title):
        why = "repeated across the corpus"
    if why is None and closing and (word_count(folded) <= CONTACT_MAX_WORDS or WEB_ADDRESS.search(folded)):
        why = "closing contact block"
    return why


SYNDICATION_WHY = "syndication prefix (a wire service's lead-in to the text it reprints)"


def is_running_text(folded):
    """A paragraph of running text: a sentence longer than a heading."""
    return bool(STRONG_END.search(folded)) and word_count(folded) > HEADING_MAX_WORDS


def is_caption(folded):
    """A photo caption: a paragraph that ends in a photo credit, or has a caption's wording
    ("From left to right", "X, left, shakes hands with Y"), with words besides the credit."""
    R = rules()
    credit = R["caption_credit"].search(folded)
    words = word_count(folded[:credit.start()] if credit else folded)
    # (a credit's label and the names it credits are no caption: "Photo: MFA / Embassy of Lithuania")
    if words < R["caption_min_words"] or R["credit_names"].match(folded):
        return False
    return bool(credit) or bool(R["caption_cues"].search(folded))


def is_headline(folded, title):
    """Whether the paragraph is the headline the sidecar's ``title`` names: its words are the title's."""
    return bool(title) and fold(folded).lower() == fold(title).lower()


def mark_boilerplate(text, paras, repeated, title=None):
    """Boilerplate by rule, shape and repetition; photo captions are content (kind caption)."""
    closing_from = closing_block_start(text, paras)
    for i, p in enumerate(paras):
        if p.kind == "boilerplate":
            continue
        raw_text = content_slice(text, p.start, p.end, p.omitted)
        folded = fold(raw_text)
        closing = closing_from is not None and i > closing_from
        if not closing and is_caption(folded):
            p.kind, p.why = "caption", "photo caption"
            continue
        why = boilerplate_reason(folded, raw_text, closing, repeated, title)
        if why == SYNDICATION_WHY and any(is_running_text(q.folded(text)) for q in paras[:i] if q.kind != "boilerplate"):
            continue    # below the issuer's lead, "The two delegations issued the following joint statement:"
            # introduces the issuer's own text: a reprinting wire's lead-in opens the text
        if why:
            p.kind, p.why = "boilerplate", why
    mark_contact_names(text, paras)
    mark_field_values(text, paras)
    mark_citations(text, paras)


def mark_field_values(text, paras):
    """A page's metadata label alone on its line ("From:") is followed by its value ("UK Space
    Agency and Amanda Solloway MP"): a short line that is no sentence is the field's value."""
    for p, nxt in zip(paras, paras[1:]):
        if p.why == "page metadata field" and p.folded(text).endswith(":") and nxt.kind != "boilerplate":
            value = nxt.folded(text)
            if word_count(value) <= FIELD_VALUE_MAX_WORDS and not STRONG_END.search(value):
                nxt.kind, nxt.why = "boilerplate", "page metadata field"


def mark_contact_names(text, paras):
    """A press officer's name alone on its line right above their contact lines ("Dolores Beasley" /
    "Headquarters, Washington (Phone: 202/358-1753)") belongs to the media contact."""
    name_line = rules()["name_line"]
    for p, nxt in zip(paras, paras[1:]):
        if p.kind != "boilerplate" and nxt.why == "contact line" and name_line.match(p.folded(text)):
            p.kind, p.why = "boilerplate", "contact line"


def is_dateline(folded):
    """A dateline: a date alone, with a clock time after it ("March 21, 2023 15:45") or with the
    place after a dash ("December 16, 2020 – Longueuil, Quebec")."""
    return bool(DATELINE.match(CLOCK_TAIL.sub("", folded).rstrip(STAMP_SEPARATORS))
                or DATELINE.match(PLACE_TAIL.sub("", folded)))


def closing_place(folded, next_folded):
    """A statement closes with its place and date on two lines ("Washington DC" / "June 22,
    2023"): a line of a few capitalised words right above a dateline, after the text, is the place."""
    return bool(CLOSING_PLACE.match(folded)) and is_dateline(next_folded)


def mark_kinds(text, paras):
    """Title and meta before the first body paragraph, headings after it."""
    in_header = True
    after_body = False  # the content paragraph before is body text
    for i, p in enumerate(paras):
        if p.kind in ("boilerplate", "caption"):
            continue
        folded = p.folded(text)
        after_body, was_body = False, after_body
        shape = classify_shape(folded)
        # (a place and its date on one line right below the text close it: "Pequim, 14 de abril de 2023")
        if is_dateline(folded) or META_LINE.match(folded) or is_dash_dateline(folded) or (
                in_header and (PLACE.match(folded) or PLACE_DATELINE.match(folded))) or (
                was_body and PLACE_DATELINE.match(folded)) or (
                not in_header and closing_place(folded, paras[i + 1].folded(text) if i + 1 < len(paras) else "")):
            p.kind = "meta"
        elif in_header and shape in ("short", "long") and (
                word_count(folded) <= TITLE_MAX_WORDS
                # a treaty's or resolution's title set in capitals runs longer
                or (folded.isupper() and word_count(folded) <= CAPS_TITLE_MAX_WORDS)):
            p.kind = "title"
        elif shape in ("short", "parenthesized") and not p.bullet:
            p.kind = "heading"
        else:
            p.kind = "body"
            in_header = False
            after_body = True


def mark_languages(text, paras):
    """Each content paragraph's language; a short or undecided one takes the statement's.
    A short line in another script inside a statement in the model's language is a menu
    line of the site, not content."""
    content = [p for p in paras if p.kind != "boilerplate"]
    folded = [p.folded(text) for p in content]
    own = [own_language(t) for t in folded]
    lang = statement_language(folded, own)
    for p, t, found in zip(content, folded, own):
        p.language = in_statement(found, lang) or lang
        if lang == model_language() and script_language(t) and len(t) <= MENU_MAX_CHARS:
            p.kind, p.why, p.language = "boilerplate", "menu line in another script", ""
    return lang


def title_of(text, paras):
    """The statement's title from its title paragraphs, or None."""
    parts = [p.folded(text) for p in paras if p.kind == "title"]
    return ": ".join(parts) if parts else None

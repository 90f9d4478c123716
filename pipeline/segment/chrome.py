"""Paragraph passes that find a site's chrome by its shape (issue 11): menus and footers as runs
of short lines, headlines listed under a related-articles label, a PDF's running headers and
footers repeated on many pages."""
import re
from collections import Counter

from .language import script_language
from .shapes import (BLANK_LINE, BLURB_HEADING_MAX_WORDS, BULLET, DATELINE, HEADING_MAX_WORDS, HEADLINE_SLACK, LOWER_START,
                     HEADLINE_TITLE_SHARE, LEAD_MIN_WORDS, LONG_MENU_MIN, LONG_MENU_SHORT_SHARE, MENU_RUN_MIN,
                     META_LINE, NAV_ITEM_MAX_WORDS, NAV_LONG_ITEM_MAX_WORDS, PAGE_BLOCK_MAX_LINES, PAGE_COUNT,
                     PAGE_HEADER_MIN_REPEATS, PAGE_NUMBER, PLACE, PLACE_DATELINE, RUNNING_HEADER_MAX_WORDS,
                     RUNNING_HEADER_MIN_REPEATS, SEPARATOR_LINE, STRONG_END, WEB_ADDRESS, WORD, is_address_line, rules, word_count)


# a page's number at the end of its footer line, after a bar or "Page": "OSSC 2024 Conference Report | 1"
PAGE_TAIL = re.compile(r"(?:\|\s*|\bpage\s+)\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)


def _page_line(text):
    """A page's number line, alone ("Page 2 of 5", "- 3 -") or ending its footer ("... | 1")."""
    return bool(PAGE_NUMBER.match(text) or PAGE_TAIL.search(text))
RUNNING_WORD = re.compile(r"^[a-z][a-z'’-]*\b(?![@.:/])")  # a lower-case word, no address
FIELD_WITH_VALUE = re.compile(r"^\[[^\]]{1,30}\]\s*\S")
DATABASE_MIN_FIELDS = 2


def furniture_key(text):
    """A short line's key as page furniture: its words in any order, a page count ("51/62")
    as '#', so that the footer of every page ("V.23-11548 51/62", "52/62 V.23-11548") has one
    key while numbered headings ("Article 3", "Guideline A.1") keep theirs; None for a
    sentence or a long line."""
    if word_count(text) > RUNNING_HEADER_MAX_WORDS or STRONG_END.search(text):
        return None
    words = text.lower().split()
    # (a page number after a bar or "Page" is the page's too: "OSSC 2024 Conference Report | 1", "... | Page 2")
    return " ".join(sorted("#" if PAGE_COUNT.match(w) or (w.isdigit() and len(w) <= 4 and k and words[k - 1] in ("|", "page"))
                           else w for k, w in enumerate(words)))


def _repeated(keys):
    """The furniture keys (None aside) that occur on as many pages as a running header does."""
    counts = Counter(k for k in keys if k)
    return {k for k, n in counts.items() if n >= RUNNING_HEADER_MIN_REPEATS}


def repeated_furniture(ls):
    """Keys of the short lines repeated on many pages (a PDF's running header and footer), and of
    those repeated on two pages only when every time they stand next to a page number or a page
    break (a two- or three-page release: "Page 2 of 3" / "<running header>")."""
    keys = [furniture_key(line.text) for line in ls]
    found = _repeated(keys)
    near = Counter()
    for i, key in enumerate(keys):
        if key and key not in found:
            near[key] += 1 if _by_page_break(ls, i) and not _runs_on(ls, i) else -len(ls)
    return found | {k for k, n in near.items() if n >= PAGE_HEADER_MIN_REPEATS}


def _runs_on(ls, i):
    """Whether line ``i`` opens a running sentence, its next line following without a blank in
    lower case: a title restated as the lead's first words ("The 26th session of the Asia-Pacific
    Regional Space Agency Forum (APRSAF-26)" / "was held in Nagoya ...") is no page furniture; a
    footer's e-mail address below a line ("comunicacion@ciencia.gob.es") is no running sentence."""
    return i + 1 < len(ls) and not ls[i + 1].gap and bool(RUNNING_WORD.match(ls[i + 1].text))


def _by_page_break(ls, i):
    """Whether line ``i`` belongs to a page's furniture block: it holds its page's number itself
    ("... www.belspo.be 2/2"), or a run of short lines that are no sentences (a footer, the next
    page's letterhead) links it to a page number line, or to the top of the text (the first
    page's letterhead), within ``PAGE_BLOCK_MAX_LINES`` lines."""
    if PAGE_COUNT.match(ls[i].text.split()[-1]) or PAGE_TAIL.search(ls[i].text):
        return True
    for step in (-1, 1):
        k = i
        for _ in range(PAGE_BLOCK_MAX_LINES):
            k += step
            if k < 0:
                return True
            if k >= len(ls):
                break
            if _page_line(ls[k].text):
                return True
            if furniture_key(ls[k].text) is None:
                break
    return False


def mark_running_headers(text, paras, line_repeats=frozenset()):
    """Short lines repeated within one statement (a PDF's running header or footer, its page
    numbers aside: ``furniture_key``) are boilerplate. A line that introduces what follows
    ("Focus areas are intended to include:") is the statement's own repeated wording.
    ``line_repeats`` are the keys repeated over the statement's lines, the ones a page break
    left inside a paragraph (its omitted furniture) counted too."""
    keyed = []
    for p in paras:
        if p.kind == "body" and not (folded := p.folded(text)).endswith(":"):
            keyed.append((p, furniture_key(folded)))
    repeated = _repeated(key for _, key in keyed) | set(line_repeats)
    for p, key in keyed:
        if key in repeated:
            p.kind, p.why = "boilerplate", "running header"


def _menu_item(text, p, folded):
    """A paragraph that could be one entry of a site's menu, footer or link list: one short
    line (at most ``NAV_LONG_ITEM_MAX_WORDS`` words, a list marker aside) that is no sentence."""
    if p.kind not in ("title", "heading"):
        return False
    # a database's field with its value ("[Place] Tokyo") and a heading in parentheses ("(The
    # Japanese Note)") belong to the document, never to a site's menu
    if FIELD_WITH_VALUE.match(folded) or (folded.startswith("(") and folded.endswith(")")):
        return False
    words = word_count(BULLET.sub("", folded, count=1))
    return "\n" not in text[p.start:p.end].strip() and words <= NAV_LONG_ITEM_MAX_WORDS \
        and not STRONG_END.search(folded)


def mark_header_navigation(text, paras):
    """A run of three or more menu items (``_menu_item``) with no sentence among them is the
    site's menu, breadcrumb trail, footer or list of related links ("Agency / Science &
    Exploration / Space Safety", "Privacy Policy / FOIA / USA.gov"): the statement's own
    headings stand one or two at a time between its paragraphs. Boilerplate already found
    inside the run does not break it; a change between marked and unmarked lines does. List
    items introduced by a line ending in ':' are the statement's own list, not a menu."""
    run = []

    def close():
        # a long menu may hold a few longer entries ("Passports, travel and living abroad"), though
        # not at its ends: a longer line next to a menu is the site's name or the headline
        short = [words <= NAV_ITEM_MAX_WORDS for _, _, words in run]
        first = short.index(True) if any(short) else 0
        last = len(short) - 1 - short[::-1].index(True) if any(short) else -1
        if len(run) >= MENU_RUN_MIN and all(short):
            entries = run
        elif len(run) >= LONG_MENU_MIN and sum(short) >= LONG_MENU_SHORT_SHARE * len(run):
            entries = run[first:last + 1]
        elif last - first + 1 >= MENU_RUN_MIN and all(short[first:last + 1]) \
                and not BLANK_LINE.search(text[run[first][0].start:run[last][0].end]):
            # a menu one entry a line with the site's name above it, or the headline below it: the
            # short entries between them are the menu ("MINISTRY OF FOREIGN AFFAIRS OF VIET NAM" /
            # "About MOFA" / "Foreign Policy" / "Consular Services"); a title's subtitle, the
            # publisher and a heading set apart by blank lines are no menu; the site's name in
            # capitals on the line right above the menu is the site's chrome too
            entries = run[first:last + 1]
            name = run[first - 1][0] if first else None
            if name is not None and name.folded(text).isupper() \
                    and not BLANK_LINE.search(text[name.start:run[first][0].start]):
                entries = [run[first - 1]] + entries
        else:
            entries = []
        for q, _, _ in entries:
            if q.kind != "boilerplate":
                q.kind, q.why = "boilerplate", "navigation list"
        run.clear()

    # (a document's symbol and distribution line among the lines of its letterhead do not make the
    # letterhead a menu: "United Nations" / "A/RES/68/50" / "General Assembly" / "Distr.: General" names
    # the body and the organ that issue it, content; below a page's furniture the annex's heading
    # "Annex" is the text's own)
    for i, p in enumerate(paras):
        if p.kind == "boilerplate":
            continue
        folded = p.folded(text)
        marked = bool(BULLET.match(folded))
        if not _menu_item(text, p, folded) or (marked and _introduced_list(text, paras, i)):
            close()
            continue
        if run and run[0][1] != marked:   # a menu's entries share one shape
            close()
        run.append((p, marked, word_count(BULLET.sub("", folded, count=1))))
    close()


def mark_related_links(text, paras):
    """The headlines listed under a "Related Articles" / "ALSO READ" / "À lire aussi" label are
    links to other pages: every heading after the label, up to the next sentence, is boilerplate.
    Above the text, the headline right over the lead (only chrome between: a byline, a date stamp)
    is the page's own, though a "Latest News" label or a menu's "ARCHIVE" stands above it."""
    label = [pat for pat, why in rules()["paragraph"] if why == "related-article line"]
    listing = False
    for i, p in enumerate(paras):
        if p.kind == "boilerplate":
            listing = listing or any(pat.search(p.folded(text)) for pat in label)
            continue
        if listing and _listed_headline(text, p) and not _headline_over_lead(paras, i):
            p.kind, p.why = "boilerplate", "related-article line"
        else:
            listing = False


def _headline_over_lead(paras, i):
    """Whether ``paras[i]``, a title before any text, stands right above the lead: the next paragraph
    that is no boilerplate is the first body paragraph."""
    if paras[i].kind != "title" or any(q.kind == "body" for q in paras[:i]):
        return False
    later = next((q for q in paras[i + 1:] if q.kind != "boilerplate"), None)
    return later is not None and later.kind == "body"


INITIALS_END = re.compile(r"(?<![\w.])(?-i:[A-Z])\.(?:(?-i:[A-Z])\.)+$")


def _listed_headline(text, p):
    """Whether ``p`` has the shape of a listed headline: a heading or title, or one short line of
    body text that is a question ("What is the National Space Strategy?") or ends in an
    abbreviation ("... troops from U.S.") rather than a sentence's full stop, or a list item that is no
    sentence."""
    folded = p.folded(text)
    if p.kind in ("heading", "title") and not STRONG_END.search(folded):
        return True
    one_line = "\n" not in text[p.start:p.end].strip() and word_count(folded) <= HEADING_MAX_WORDS
    # (a list item is body, though a headline listed with a bullet: "* Norway's first Space Act sent ...")
    return p.kind in ("heading", "title", "body") and one_line and (
        folded.endswith("?") or bool(INITIALS_END.search(folded)) or (p.bullet and not STRONG_END.search(folded)))


def _introduced_list(text, paras, i):
    """Whether the list item ``paras[i]`` belongs to a list introduced by a line ending in ':'."""
    for q in reversed(paras[:i]):
        folded = q.folded(text)
        if q.kind == "boilerplate" or BULLET.match(folded):
            continue
        return folded.endswith(":")
    return False


def _words(text):
    return [w.lower() for w in WORD.findall(text)]


def headline_index(text, paras, title):
    """Index of the paragraph that is the headline a sidecar's ``title`` names, or None: a short
    line, no sentence, holding most of the title's words, in the first half of the statement. A
    page may show the title more than once above its text (the browser title "Agency - Official
    text: <title>, <date>", then the headline); the headline is the last of them before the
    lead paragraph."""
    wanted = set(_words(title or ""))
    if not wanted:
        return None
    found = None
    for i, p in enumerate(paras):
        if p.start > len(text) / 2:
            break
        if p.kind == "boilerplate":
            continue
        folded = p.folded(text)
        words = _words(folded)
        if found is not None and len(words) > LEAD_MIN_WORDS:
            break
        if len(words) <= len(wanted) + HEADLINE_SLACK and not STRONG_END.search(folded) \
                and len(wanted & set(words)) >= HEADLINE_TITLE_SHARE * len(wanted):
            found = i
    return found


def mark_above_headline(text, paras, title):
    """A web page puts its site chrome above the headline: the site's name and tagline, a
    government banner, menus, language switches, breadcrumbs, an archive notice. When the
    sidecar's title names the headline, what stands above it is boilerplate, except datelines,
    places and captions, and a kicker whose words are all the title's ("APRSAF-21" above "... of
    APRSAF-21"). Nothing is marked when paragraphs of running text stand above it (then the
    match is a later restatement of the title, not the headline); a site's notice ("You are
    viewing ARCHIVED CONTENT ...") stands there alone."""
    i = headline_index(text, paras, title)
    if i is None:
        return
    above = [p for p in paras[:i] if p.kind in ("title", "heading", "body")]
    running = [p for p in above if STRONG_END.search(f := p.folded(text)) and word_count(f) > HEADING_MAX_WORDS]
    if len(running) > 1:
        return
    wanted = set(_words(title))
    for p in above:
        folded = p.folded(text)
        if DATELINE.match(folded) or META_LINE.match(folded) or PLACE.match(folded) \
                or PLACE_DATELINE.match(folded) or set(_words(folded)) <= wanted \
                or (p is above[-1] and _translated_headline(folded, paras[i].folded(text))):
            continue
        p.kind, p.why = "boilerplate", "site header above the headline"


def _translated_headline(folded, headline):
    """A bilingual page sets the headline in its other language right above it, in another script
    ("Монгол Улс, Бүгд Найрамдах Солонгос Улс ... гарын үсэг зурлаа" / "Mongolia and the Republic of
    Korea sign ..."): a line no sentence, about as long as the headline, whose script is not the
    headline's."""
    if STRONG_END.search(folded) or script_language(folded) in (None, script_language(headline)):
        return False
    return TRANSLATION_MIN_SHARE * len(headline) <= len(folded) <= len(headline) / TRANSLATION_MIN_SHARE


TRANSLATION_MIN_SHARE = 0.5


# what may stand between a release's text and the issuer's blurb below it: a photo's credit, a PDF
# page's furniture, the article's share row, tags and a link line under the text or under a first blurb
# ("Share this article: LinkedIn | X" / "About Eutelsat Group", "For more information, visit
# www.mda.space." / "About the ... Space Centre"); any other chrome (an end marker, the contacts, the
# site's footer) closes the text
BLURB_SPACER_WHYS = ("credit line", "copyright line", "running header", "page number", "footnote",
                     "separator line", "document symbol", "document file path", "subscribe / social line",
                     "share or print line", "share or follow buttons", "link line", "tag line")


def mark_issuer_blurbs(text, paras):
    """A press release closes with the issuer's standard description or notes for editors
    ("About Axiom Space", "Notes to editors"). Written by the issuer under its release, above its
    contacts, they are the statement's content (a heading and its paragraph: "About the Rwanda Space
    Agency" / "The Rwanda Space Agency was established by Law ..."); set after the release's end
    marker, its media contacts or other page chrome ("###" / "About Axiom Space", "Email:
    press@..." / "About EUMETSAT"), in the second half of the statement, they are the page's closing block: boilerplate
    up to the next other heading (a portal's footer too: "Share this: ..." / "ABOUT GOVPH"; a photo's
    credit between the text and the blurb is no such chrome). An issuer's mission statement with no heading above it ("NOAA's
    mission is to understand ...") in the second half is the page's tagline."""
    R = rules()
    blurb = False
    closed = False  # the release's end marker, contacts or other chrome stand above, no text between
    for p in paras:
        if p.kind == "boilerplate":
            # (a blog's "About this blog" heading is already the page's chrome; its blurb follows it)
            if R["blurb_heading"].match(p.folded(text)):
                blurb = p.start >= R["blurb_min_share"] * len(text)
            closed = closed or not p.why.startswith(BLURB_SPACER_WHYS)
            continue
        folded = p.folded(text)
        late = p.start >= R["blurb_min_share"] * len(text)
        # (a company's name may close the heading with its abbreviation: "About ispace, inc.")
        heading = (p.kind in ("heading", "title") and not STRONG_END.search(folded)) or (
            word_count(folded) <= BLURB_HEADING_MAX_WORDS and bool(R["blurb_heading"].match(folded)))
        if heading:
            blurb = late and closed and bool(R["blurb_heading"].match(folded))
        elif late and R["blurb_lead"].match(folded):
            blurb = True
        if blurb:
            p.kind, p.why = "boilerplate", "issuer's standard description"
        else:
            closed = False


NEXT_LINK = re.compile(r"^(next|previous|prev|older|newer)\b", re.I)


def mark_next_links(text, paras):
    """A board's or blog's "Next <headline>" line beside its "Prev <headline>" line is a link to
    the neighbouring page, though "Next steps" alone is a heading: such a line next to a navigation
    line already found is navigation too."""
    for i, p in enumerate(paras):
        folded = p.folded(text)
        if p.kind == "boilerplate" or not NEXT_LINK.match(folded) or STRONG_END.search(folded):
            continue
        near = [q for q in (paras[i - 1] if i else None, paras[i + 1] if i + 1 < len(paras) else None) if q]
        if any(q.kind == "boilerplate" and "navigation" in q.why and NEXT_LINK.match(q.folded(text)) for q in near):
            p.kind, p.why = "boilerplate", "archive or mailing-list navigation"


def mark_database_banner(text, paras):
    """A document database shows each record under its own banner (the database's name, its project,
    its institute), then the record's bracketed fields ("[Title] Exchange of Notes ...", "[Place]
    Tokyo", "[Date] July 31, 1969"): with at least ``DATABASE_MIN_FIELDS`` such fields, what stands
    above the first of them is the database's banner, not the record's."""
    fields = [i for i, p in enumerate(paras) if FIELD_WITH_VALUE.match(p.folded(text))]
    if len(fields) < DATABASE_MIN_FIELDS:
        return
    for p in paras[:fields[0]]:
        if p.kind in ("title", "heading", "body") and not STRONG_END.search(p.folded(text)):
            p.kind, p.why = "boilerplate", "database banner"


def mark_footnotes(text, paras):
    """A PDF page's footnotes below its rule line ("______" / "¹ Workshops were held in 2023 ..."):
    the paragraphs right after a separator line that open with a footnote's number are boilerplate."""
    below_rule = False
    for p in paras:
        if p.kind == "boilerplate" and p.why == "separator line":
            below_rule = True
        elif below_rule and p.kind != "boilerplate" and rules()["footnote"].match(p.folded(text)):
            p.kind, p.why = "boilerplate", "footnote"
        elif p.kind != "boilerplate":
            below_rule = False



def mark_repeated_chrome(text, paras):
    """A site shows its name or a section's label in its header and again in its footer ("Le
    gouvernement luxembourgeois" above the menu and above the footer's address): a short line
    that is no sentence and repeats, word for word, a line already found to be the site's chrome
    elsewhere in the statement is chrome too."""
    def short_line(p, folded):
        return "\n" not in text[p.start:p.end].strip() and word_count(folded) <= NAV_LONG_ITEM_MAX_WORDS \
            and not STRONG_END.search(folded)
    seen = {}   # (the page's copies of its headline above the headline are not its chrome)
    for p in paras:
        folded = p.folded(text)
        if p.kind == "boilerplate" and p.why != "site header above the headline" and short_line(p, folded):
            seen.setdefault(folded.lower(), p.start)
        elif p.kind == "heading" and seen.get(folded.lower(), p.start) < p.start and short_line(p, folded):
            p.kind, p.why = "boilerplate", "site name repeated from the page's chrome"


def furniture_run(ls, i, repeated=frozenset(), notes=False):
    """Number of page-furniture lines (page number, footnote links, a running header or
    footer repeated on many pages) from line ``i`` on, when a page break comes before the
    first of them; 0 otherwise. With ``notes``, the page's footnotes above its furniture
    count too (``_page_foot_notes``)."""
    R = rules()
    if not ls[i].gap:
        return 0
    n = _page_foot_notes(ls, i, repeated) if notes else 0
    n += _page_footer_address(ls, i + n, repeated)
    while i + n < len(ls) and n < R["furniture_max_lines"] and _is_furniture(ls[i + n].text, repeated) \
            and not _opens_numbered_paragraph(ls, i + n, repeated):
        n += 1
    if n and all(SEPARATOR_LINE.match(ls[k].text) for k in range(i, i + n)):
        return 0    # a rule line alone sets two blocks apart, repeated though it is (a plain-text digest's
        # "------" between a headline and its story): it is no page's furniture
    # the next page's own header, met once only ("1/2" / "BELSPO - Press release - 23/01/2024"),
    # when the text resumes in lower case below it: a short line that is no sentence after a page number
    # (or after a footer line that ends in its page number: "ESPI Brief No. 68 | Page 1")
    page_line = n and _page_line(ls[i + n - 1].text)
    if page_line and i + n + 1 < len(ls) and ls[i + n + 1].gap \
            and furniture_key(ls[i + n].text) is not None and LOWER_START.match(ls[i + n + 1].text):
        n += 1
    return n


NUMBERED_LINE = re.compile(r"^\d{1,3}(?:[ \t]{2,}|\t)\S")


def _opens_numbered_paragraph(ls, k, repeated):
    """Whether line ``k``, a number and a wide gap before its text (a footnote's shape at a page's
    foot), opens a numbered paragraph of the text instead: its wrapped lines follow it with no blank
    line, and they are no furniture ("1        For more than four decades, the Cospas-Sarsat ..." /
    "distress alerts from ships, ..." below a letter's annex title)."""
    return bool(NUMBERED_LINE.match(ls[k].text)) and k + 1 < len(ls) and not ls[k + 1].gap \
        and not _is_furniture(ls[k + 1].text, repeated)


PAGE_FOOTER_ADDRESS_MAX_LINES = 2
PAGE_FOOTER_MAX_WORDS = 30


def is_page_footer(raw_text):
    """A PDF page's footer joined into one paragraph with the page number below it, where no text
    resumes after it (the last page): the issuer's name, address or site, then the number ("African
    Space Agency | New Administrative Capital, Cairo, Egypt | www.afsa.africa" / "Page 2 of 2")."""
    parts = [line.strip() for line in raw_text.splitlines() if line.strip()]
    if len(parts) < 2 or not rules()["page_number_line"].match(parts[-1]) or word_count(raw_text) > PAGE_FOOTER_MAX_WORDS:
        return False
    return not any(STRONG_END.search(x) for x in parts[:-1]) and all(
        WEB_ADDRESS.search(x) or is_address_line(x) or "|" in x for x in parts[:-1])




def _page_footer_address(ls, i, repeated):
    """Number of address lines at a page's foot from line ``i`` on, right above its page number: a PDF
    letter's footer gives the issuer's address, telephone and site on every page ("999 Robert-Bourassa
    Boulevard, Montréal, Quebec, Canada H3C 5H7 | Tel.: +1 514-954-8219 | www.icao.int" / "Page 1 of
    2"); 0 when no page number line follows them."""
    R = rules()
    n = 0
    while i + n < len(ls) and n < PAGE_FOOTER_ADDRESS_MAX_LINES and (n == 0 or not ls[i + n].gap) \
            and not STRONG_END.search(ls[i + n].text) \
            and (is_address_line(ls[i + n].text) or bool(WEB_ADDRESS.search(ls[i + n].text))):
        n += 1
    if n and i + n < len(ls) and (R["page_number_line"].match(ls[i + n].text) or PAGE_TAIL.search(ls[i + n].text)):
        return n
    return 0


def _is_furniture(line, repeated):
    return bool(rules()["furniture"].match(line)) or furniture_key(line) in repeated


FOOT_NOTES_MAX_LINES = 6  # the footnotes at a page's foot: a few short lines


def _page_foot_notes(ls, i, repeated):
    """Number of footnote lines at the foot of a page from line ``i`` on ("2. OECD (2022), Earth's
    Orbits at Risk ...," / "OECD Publishing, Paris."), when the page's furniture follows them
    with its page number ("THE SPACE ECONOMY IN FIGURES ... © OECD 2023" / "| 5"); 0 otherwise.
    A footnote ends its sentence (or its reference's address) before the furniture; a numbered
    item of the text cut by the page break does not."""
    R = rules()
    n = 0
    while i + n < len(ls) and n < FOOT_NOTES_MAX_LINES and (
            R["foot_note"].match(ls[i + n].text) if (n == 0 or ls[i + n].gap) else not _is_furniture(ls[i + n].text, repeated)):
        n += 1
    if not n or not (STRONG_END.search(ls[i + n - 1].text) or WEB_ADDRESS.search(ls[i + n - 1].text)):
        return 0    # a footnote is complete; an item cut by the page break is the text's own
    k = i + n
    while k < len(ls) and k - i < R["furniture_max_lines"] and _is_furniture(ls[k].text, repeated):
        if R["page_number_line"].match(ls[k].text):
            return n
        k += 1
    return 0


AGENCY_TAG = re.compile(r"^(?-i:[A-Z]{2,5})(\s*/\s*(?-i:[A-Z]{2,5}))*$")


def mark_agency_tags(text, paras):
    """A news agency signs off its story with its tag or its editor's initials on a line of their
    own ("WAM", "AHN", "SPA/AFP") between the text and the page's chrome: a heading of a few
    capital letters alone, right after a paragraph of running text, with only boilerplate (or
    nothing) after it, is that tag. A heading in capitals above more text is a section ("CYBER" /
    "SPACE" in a fact sheet)."""
    for i, p in enumerate(paras):
        if p.kind != "heading" or not i or paras[i - 1].kind != "body" or not AGENCY_TAG.match(p.folded(text)):
            continue
        if i + 1 == len(paras) or paras[i + 1].kind == "boilerplate":
            p.kind, p.why = "boilerplate", "news agency's tag or editor's initials"


FIELD_LABEL_WHY = "page category field (a label and its value on the line below)"
BARE_LABEL = re.compile(r"^[^\W\d_][\w .-]{0,30}$")


def mark_label_values(text, paras):
    """A page's category label without a colon ("Categoria") with its value on the very next line
    ("Relações Exteriores"): the short line that is no sentence right below the label, no blank
    line between them, is the field's value. (A date stamp's label, "Published", is followed by
    the date, which stays a dateline.)"""
    for p, nxt in zip(paras, paras[1:]):
        if p.why != FIELD_LABEL_WHY or p.folded(text).endswith(":") or not BARE_LABEL.match(p.folded(text)) \
                or nxt.kind == "boilerplate" or BLANK_LINE.search(text[p.end:nxt.start]):
            continue
        value = nxt.folded(text)
        if word_count(value) <= NAV_ITEM_MAX_WORDS and not STRONG_END.search(value):
            nxt.kind, nxt.why = "boilerplate", FIELD_LABEL_WHY


PAGE_FOOTNOTE = re.compile(r"^(\d{1,2})\.?\s+\S")


def _cites_note(text, end, number):
    """Whether the text before ``end`` glues footnote ``number`` to a sentence or a word and its mark
    ("... the UK Space Agency.1 The Forum ...")."""
    return re.search(rf"[^\W\d_][.,;:)”\"’]{number}(?!\d)(?=\s|$)", text[:end]) is not None


def mark_page_footnotes(text, paras):
    """A PDF page's footnote without a rule line above it ("1. The full list of members of the
    steering group is available at www...."): a paragraph opening with a number that the text
    above cites, glued to a sentence ("... Space Agency.1 The Forum ..."), standing right above the
    page's furniture (its running footer) and a page break, is a footnote, not a numbered item."""
    for i, p in enumerate(paras):
        if p.kind == "boilerplate" or i + 1 >= len(paras) or paras[i + 1].kind != "boilerplate":
            continue
        m = PAGE_FOOTNOTE.match(p.folded(text))
        if not m or not _cites_note(text, p.start, m.group(1)):
            continue
        later = next((q for q in paras[i + 1:] if q.kind != "boilerplate"), None)
        if "\f" in text[p.end:later.start if later else len(text)]:
            p.kind, p.why = "boilerplate", "footnote"


# a footnote's number glued to the sentence it annotates, at a paragraph's end ("... if no action is taken.2")
FOOTNOTE_REF_END = re.compile(r"(?<=[^\W\d_][.!?])\d{1,2}$")
FOOTNOTE_REF_MIN_WORDS = 8


def drop_footnote_ref(text, start, end):
    """The end of a paragraph without the footnote number a PDF's text glues to its last sentence
    ("... if no action is taken.2"): the number points to the page's foot, it is not the text's."""
    cut = FOOTNOTE_REF_END.search(text, start, end)
    if cut and word_count(text[start:end]) >= FOOTNOTE_REF_MIN_WORDS:
        return cut.start()
    return end


CITATION_MAX_WORDS = 60
CITE_LABEL = re.compile(r"^please cite\b.{0,60}:$", re.I)


def mark_citations(text, paras):
    """A publication's front matter asks to be cited in a given form ("Please cite this publication
    as:"): the reference below the label ("OECD (2023), The Space Economy in Figures: ..., OECD
    Publishing, Paris, https://doi.org/...") is front matter too, not the text."""
    for p, nxt in zip(paras, paras[1:]):
        if p.kind == "boilerplate" and CITE_LABEL.match(p.folded(text)) and nxt.kind != "boilerplate" \
                and word_count(nxt.folded(text)) <= CITATION_MAX_WORDS:
            nxt.kind, nxt.why = "boilerplate", "publication front matter (citation, ISBN, disclaimer)"

"""Paragraph passes on the page's edges (issue 12): the site's name and banner lines above its menus
and breadcrumb, and the footer's headings below the statement's last paragraph of text. They run
after the kinds and the shape passes of ``chrome.py``, on what those have marked."""
from .shapes import DATELINE, META_LINE, PLACE, PLACE_DATELINE, WORD, word_count


# the chrome only a web page sets between its name and the headline: a breadcrumb trail, a skip link
# (the reasons given by models/boilerplate.json); a menu's shape, a run of short lines, is also a PDF's
# header block of file numbers ("15343/23" / "COPS 520" / "ESPACE 58"), under the issuer's name
HEADER_CHROME = ("breadcrumb", "skip link")
SITE_HEADER_WHY = "site header above the menu or breadcrumb"
FOOTER_WHY = "site footer (a heading with no text below it)"
FAQ_MIN_QUESTIONS = 3  # questions heading the text above: a page of questions and answers
# a PDF's page furniture (its running header, page number, footnotes, document symbol) below a page's
# last headings is no site footer: the text may go on past the excerpt's end
PAGE_FURNITURE = ("running header", "page number", "footnote", "separator line", "document symbol",
                  "UN document", "EU Council document", "UN press release footer", "document file path")


def _header_end(paras):
    """Index of the first paragraph of running text (body), or len(paras)."""
    return next((i for i, p in enumerate(paras) if p.kind == "body"), len(paras))


MENU_RUN_MIN_ITEMS = 3


def _is_header_chrome(p):
    return p.kind == "boilerplate" and any(p.why.startswith(w) for w in HEADER_CHROME)


def _word_menu_ends(text, paras, end):
    """Indexes of the last item of each run of menu items, one a line, that are words ("Home" / "UAE" /
    "Business" / "World"): a web site's menu. A PDF's header block of file numbers has a menu's shape
    but figures in its items ("15343/23" / "COPS 520"), and is no such run."""
    ends, run = [], 0
    for i in range(end):
        p = paras[i]
        folded = p.folded(text)
        if p.kind == "boilerplate" and p.why in ("navigation list", "page chrome") and not any(c.isdigit() for c in folded):
            run += 1
            continue
        if run >= MENU_RUN_MIN_ITEMS:
            ends.append(i - 1)
        run = 0
    return ends


def mark_above_navigation(text, paras):
    """A web page sets its name, its banner and its tagline above its menus and breadcrumb, and the
    headline below them ("Ministero degli Affari Esteri ..." / "IT | EN" / menu / "Home > Sala
    Stampa > Comunicati" / headline): in the header, the titles and headings above the last menu,
    breadcrumb, skip link, language switch or run of menu words that has a title below it (the headline) are the
    site's chrome; datelines and places stay. ``mark_above_headline`` does the same when the
    sidecar names the headline; this pass finds it without a sidecar."""
    end = _header_end(paras)
    last = None
    menus = set(_word_menu_ends(text, paras, end))
    for i in range(end):
        if (_is_header_chrome(paras[i]) or i in menus) and any(q.kind == "title" for q in paras[i + 1:end]):
            last = i
    if last is None:
        return
    for p in paras[:last]:
        if p.kind not in ("title", "heading"):
            continue
        folded = p.folded(text)
        if DATELINE.match(folded) or META_LINE.match(folded) or PLACE.match(folded) or PLACE_DATELINE.match(folded):
            continue
        p.kind, p.why = "boilerplate", SITE_HEADER_WHY


def _site_chrome(text, p):
    """A boilerplate paragraph that is a site's chrome, not a PDF page's furniture: a line of codes
    and page counts set apart by wide spaces ("V.23-11548      53/62   A/78/20") has a menu's shape
    but no word of letters."""
    return p.kind == "boilerplate" and not p.why.startswith(PAGE_FURNITURE) \
        and any(w.isalpha() and len(w) >= 3 for w in WORD.findall(p.folded(text)))


def mark_footer_headings(text, paras):
    """A heading heads the text below it: one after the statement's last paragraph of text (body or
    caption), with the page's chrome below or above it, heads nothing and is the site's footer (the
    press office's name above its contacts, "GOVERNMENT LINKS" above a bar of links, "< Prev | Next
    >", the issuer's address, a visitor counter). Without chrome after the text, closing headings
    are the statement's own (a signature block, an annex's title)."""
    last = max((i for i, p in enumerate(paras) if p.kind in ("body", "caption")), default=None)
    if last is None:
        return
    tail = paras[last + 1:]
    if not any(_site_chrome(text, p) for p in tail):
        return
    # (on a page of questions and answers, the last question heads the contacts that answer it: "Whom
    # can I contact?" / the office's address, after "What has been signed?", "Who are the parties?")
    faq = sum(1 for p in paras[:last + 1] if p.kind != "boilerplate" and p.folded(text).endswith("?")) >= FAQ_MIN_QUESTIONS
    for p in tail:
        # (a signature block runs over several lines: "FOR THE GOVERNMENT OF JAPAN:" / names / titles)
        if p.kind in ("heading", "title") and "\n" not in text[p.start:p.end] and not (faq and p.folded(text).endswith("?")):
            p.kind, p.why = "boilerplate", FOOTER_WHY


# the footer's own chrome: its share and follow rows, tags, links to the neighbouring pages, bars of links
FOOTER_CHROME = ("navigation", "share", "tag line", "archive or mailing-list navigation", "subscribe", "follow")
TAGLINE_MAX_WORDS = 20
TAGLINE_WHY = "site tagline in the footer"


def _footer_chrome(p):
    return p.kind == "boilerplate" and any(w in p.why for w in FOOTER_CHROME)


def mark_footer_tagline(text, paras):
    """A site sets its one-line tagline in its footer, between its links ("Previous: ... | Next: ..." /
    "CEOS is the international coordination body for civil Earth observation satellite programmes."
    / "Site map | Terms of use"): the statement's last paragraph of text, when it is one short line
    with the footer's rows of links (share, tags, neighbouring pages, a bar of links) right above and
    below it, is the site's. A closing sentence below a credit line or above the contacts stays."""
    last = max((i for i, p in enumerate(paras) if p.kind in ("body", "caption")), default=None)
    if last is None or not 0 < last < len(paras) - 1:
        return
    p = paras[last]
    one_line = "\n" not in text[p.start:p.end].strip()
    if p.kind == "body" and not p.bullet and one_line and word_count(p.folded(text)) <= TAGLINE_MAX_WORDS \
            and _footer_chrome(paras[last - 1]) and _footer_chrome(paras[last + 1]):
        p.kind, p.why = "boilerplate", TAGLINE_WHY


def mark_page_edges(text, paras):
    """The passes of this module, in order: the site's header, then its footer."""
    mark_above_navigation(text, paras)
    mark_footer_tagline(text, paras)
    mark_footer_headings(text, paras)

"""Static HTML review pages (``python -m pipeline review --raw raw --out extracted``).

Writes ``OUT/review/index.html`` and one ``OUT/review/<doc_id>.html`` per
statement: the raw text, paragraph by paragraph, with organizations and dates
as inline marks in the style of spaCy's displaCy entity view, commitments as
an underlined layer beneath them, details on hover (``title=``), boilerplate
greyed and title/meta/heading paragraphs labelled.

The pages open from disk with no server and no network: the project's own
``review.css`` and ``review.js`` sit next to them (assets.py) and the
Content-Security-Policy allows only those ('self'), nothing inline, nothing
external. Values and canonical names are also written inline (``.val``,
shown by the "values" toggle), marks carry their offsets (``data-*``) for the
details panel, the keyboard and the corrections (server.py), and records
added, changed or removed since a git revision are marked in place
(changes.py). Every piece of statement text, name and value
goes through ``html.escape`` (displaCy's own renderer escapes the text but
not labels or attributes, and cannot nest overlapping layers, hence this
equivalent).

Nesting: a paragraph is cut at every span boundary into pieces; consecutive
pieces under the same commitments form one commitment run, and inside a run
consecutive pieces under the same entities form one mark. An entity crossing
a commitment boundary is thus drawn as two marks, labelled on the last one;
the markup is always well nested.
"""
import html
import json
from urllib.parse import quote

from ...core.errors import SpanError
from ...core.textio import fold
from .assets import CSP, STYLESHEET, SCRIPT


KIND_LABELS = {"title": "title", "meta": "meta", "heading": "heading"}
def esc(text):
    """Escape text for HTML content and attribute values (quotes included)."""
    return html.escape("" if text is None else str(text), quote=True)


def _title_org(e):
    lines = ["ORG " + json.dumps(e.get("text", ""), ensure_ascii=False)]
    names = e.get("names") or []
    lines.append("canonical: " + (" | ".join(names) if names else "(none)"))
    for key in ("acronym", "country", "kind", "type", "identifier"):
        if e.get(key):
            lines.append(f"{key}: {e[key]}")
    return "\n".join(lines)


def _title_date(e):
    lines = ["DATE " + json.dumps(e.get("text", ""), ensure_ascii=False),
             f"value: {e.get('value') or '(none)'}"]
    for key in ("mod", "type"):
        if e.get(key):
            lines.append(f"{key}: {e[key]}")
    return "\n".join(lines)


def _commitment_flags(c):
    flags = [c.get("strength") or "?"]
    if c.get("reaffirmed"):
        flags.append("reaffirmed")
    return flags


def _title_commitment(c):
    lines = [f"COMMITMENT ({', '.join(_commitment_flags(c))})",
             f"actor: {c.get('actor') or '(none)'}",
             f"trigger: {c.get('trigger') or '(none)'}"]
    if c.get("action"):
        lines.append(f"action: {c['action']}")
    lines.append("dates: " + (", ".join(c.get("dates") or []) or "(none)"))
    if c.get("organizations"):
        lines.append("organizations: " + " | ".join(c["organizations"]))
    return "\n".join(lines)


def _check_span(raw, span, para, doc_id, what):
    start, end = span.get("start"), span.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and para["start"] <= start <= end <= para["end"]):
        raise SpanError(f"{doc_id}: {what} {span.get('text')!r} at {start}-{end} lies outside paragraph "
                        f"{para.get('index')} ({para['start']}-{para['end']}); run the pipeline again")
    if fold(raw[start:end]) != fold(span.get("text") or ""):
        raise SpanError(f"{doc_id}: {what} at {start}-{end} is {span.get('text')!r} but the raw text there "
                        f"is {fold(raw[start:end])!r}; the extraction is stale or wrong (run make)")



def _mark_attrs(kind, rec, marks):
    """Data attributes and change class of a record's mark."""
    change = (marks or {}).get((kind, rec.get("start"), rec.get("end")))
    cls = f" chg {change}" if change else ""
    return cls, f' data-kind="{kind}" data-start="{esc(rec.get("start"))}" data-end="{esc(rec.get("end"))}"'


def _inline_value(kind, e):
    value = " | ".join(e.get("names") or []) if kind == "org" else (e.get("value") or "")
    return f'<span class="val"> {esc(value)}</span>' if value else ""


def _pieces(start, end, cmts, ents):
    cuts = sorted({start, end} | {s[k] for s in cmts for k in ("start", "end")}
                  | {e[k] for _, e in ents for k in ("start", "end")})
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        if a == b:
            continue
        on_c = tuple(i for i, c in enumerate(cmts) if c["start"] <= a and b <= c["end"])
        on_e = tuple(i for i, (_, e) in enumerate(ents) if e["start"] <= a and b <= e["end"])
        pieces.append((a, b, on_c, on_e))
    return pieces


def _runs(pieces, col):
    """(first, end) index ranges of the consecutive pieces that agree on column ``col``."""
    i = 0
    while i < len(pieces):
        j = i
        while j < len(pieces) and pieces[j][col] == pieces[i][col]:
            j += 1
        yield i, j
        i = j


def _entity_run(raw, pieces, ents, marks):
    """One commitment run's pieces as entity marks (consecutive pieces under the same entities)."""
    inner = []
    for k, m in _runs(pieces, 3):
        on_e = pieces[k][3]
        text = esc(raw[pieces[k][0]:pieces[m - 1][1]])
        run_end = pieces[m - 1][1]
        for idx in reversed(on_e):
            kind, e = ents[idx]
            label = (f'<span class="lbl">{"ORG" if kind == "org" else "DATE"}{_inline_value(kind, e)}</span>'
                     if e["end"] == run_end else "")
            title = _title_org(e) if kind == "org" else _title_date(e)
            cls, data = _mark_attrs("organization" if kind == "org" else "date", e, marks)
            text = f'<mark class="ent {kind}{cls}" title="{esc(title)}"{data}>{text}{label}</mark>'
        inner.append(text)
    return "".join(inner)


def render_paragraph_text(raw, para, doc_id="?", marks=None):
    """The paragraph's raw text as escaped HTML with entity marks inside
    commitment runs (see the module docstring for the nesting rule).
    ``marks``: ``{(kind, start, end): "added"|"changed"}`` from changes.py."""
    cmts = list(para.get("commitments") or [])
    ents = [("org", e) for e in para.get("organizations") or []] + [("date", e) for e in para.get("dates") or []]
    for c in cmts:
        _check_span(raw, c, para, doc_id, "commitment")
    for kind, e in ents:
        _check_span(raw, e, para, doc_id, "organization" if kind == "org" else "date")
    cmts.sort(key=lambda c: (c["start"], -c["end"]))
    ents.sort(key=lambda ke: (ke[1]["start"], -ke[1]["end"], ke[0]))
    pieces = _pieces(para["start"], para["end"], cmts, ents)
    out = []
    for i, j in _runs(pieces, 2):
        on_c = pieces[i][2]
        text = _entity_run(raw, pieces[i:j], ents, marks)
        for idx in reversed(on_c):
            c = cmts[idx]
            strength = "intent" if c.get("strength") == "intent" else "firm"
            cls, data = _mark_attrs("commitment", c, marks)
            text = f'<span class="cmt {strength}{cls}" title="{esc(_title_commitment(c))}"{data}>{text}</span>'
        out.append(text)
    return "".join(out)


def _commitment_item(c, marks):
    strength = "intent" if c.get("strength") == "intent" else "firm"
    parts = [f"<b>{esc(', '.join(_commitment_flags(c)))}</b>",
             f"actor: {esc(c.get('actor') or '(none)')}",
             f"trigger: “{esc(c.get('trigger') or '')}”"]
    if c.get("dates"):
        parts.append("dates: " + esc(", ".join(c["dates"])))
    if c.get("organizations"):
        parts.append("organizations: " + esc(" | ".join(c["organizations"])))
    cls, data = _mark_attrs("commitment", c, marks)
    return f'<li class="{strength}{cls}"{data}>' + " · ".join(parts) + "</li>"


def _removed_item(change):
    """A record the revision had and this extraction lacks, listed where it was."""
    rec = change.old or {}
    what = {"org": "organization", "date": "date", "commitment": "commitment"}.get(change.kind, change.kind)
    extra = rec.get("names") or rec.get("value") or rec.get("actor") or ""
    extra = " | ".join(extra) if isinstance(extra, list) else extra
    return (f'<li class="chg removed" data-kind="{esc(what)}" data-start="{esc(rec.get("start"))}" '
            f'data-end="{esc(rec.get("end"))}"><b>removed {esc(what)}</b> “{esc(rec.get("text") or "")}”'
            + (f" · {esc(extra)}" if extra else "") + "</li>")


def _record_list(para, marks, removed):
    items = [_commitment_item(c, marks) for c in para.get("commitments") or []]
    items += [_removed_item(c) for c in removed]
    return f'<ul class="cmts">{"".join(items)}</ul>' if items else ""


def page(title, body, scripts=()):
    """A whole page: the strict CSP, the project's stylesheet and scripts (file names next to it)."""
    tags = "".join(f'<script src="{esc(quote(s))}"></script>\n' for s in (*scripts, SCRIPT))
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta name=\"referrer\" content=\"no-referrer\">\n"
            "<meta name=\"review-token\" content=\"\">\n"
            f"<title>{esc(title)}</title>\n<link rel=\"stylesheet\" href=\"{STYLESHEET}\">\n{tags}"
            f"</head>\n<body>\n{body}\n</body>\n</html>\n")


def _counts(paragraphs):
    return {k: sum(len(p.get(k) or []) for p in paragraphs if p.get("kind") != "boilerplate")
            for k in ("organizations", "dates", "commitments")}


def _link(href, text, rel):
    return f'<a href="{esc(quote(href))}" rel="{rel}">{esc(text)}</a>' if href else ""


def _header(doc_record, paragraphs, nav):
    doc_id = doc_record.get("doc_id", "?")
    counts = doc_record.get("counts") or _counts(paragraphs)
    meta = [("statement", esc(doc_id)), ("date", esc(doc_record.get("date") or "(none found)"))]
    if doc_record.get("source"):
        raw_href = nav.get("raw")
        meta.append(("raw file", f'<a href="{esc(quote(raw_href))}">{esc(doc_record["source"])}</a>'
                     if raw_href else esc(doc_record["source"])))
    origin = doc_record.get("origin")
    if origin:
        safe = isinstance(origin, str) and origin.startswith(("https://", "http://"))
        meta.append(("origin", f'<a href="{esc(origin)}" rel="noreferrer noopener">{esc(origin)}</a>'
                     if safe else esc(origin)))
    for key in ("parties", "topics"):
        if doc_record.get(key):
            meta.append((key, esc(", ".join(str(x) for x in doc_record[key]))))
    meta.append(("found", esc(f"{counts.get('organizations', 0)} organizations, {counts.get('dates', 0)} dates, "
                              f"{counts.get('commitments', 0)} commitments in {len(paragraphs)} paragraphs")))
    if nav.get("status"):
        meta.append(("since " + esc(nav.get("since") or "?"), f'<span class="badge {esc(nav["status"])}">'
                     f'{esc(nav["status"])}</span>'))
    links = ['<a href="index.html">← all statements</a>', _link(nav.get("prev"), "‹ previous", "prev"),
             _link(nav.get("next"), "next ›", "next"), '<a href="_corpus.html">corpus</a>',
             '<button type="button" id="toggle-values" aria-pressed="false">show values</button>']
    return ['<nav class="top">' + " ".join(x for x in links if x) + "</nav>",
            f'<header><h1>{esc(doc_record.get("title") or doc_id)}</h1>',
            '<dl class="meta">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in meta) + "</dl>",
            '<div class="legend"><span><mark class="ent org">organization<span class="lbl">ORG</span></mark></span>'
            '<span><mark class="ent date">date<span class="lbl">DATE</span></mark></span>'
            '<span><span class="cmt firm">firm commitment</span></span>'
            '<span><span class="cmt intent">intent</span></span>'
            '<span class="boilerplate-key">boilerplate (greyed)</span>'
            '<span class="chg added">added</span> <span class="chg changed">changed</span> '
            '<span class="chg removed">removed</span>'
            " · click a mark for details · j/k paragraphs, ←/→ statements, v values</div></header>"]


def render_document(raw_text, doc_record, paragraphs, nav=None, changes=None):
    """The review page of one statement as an HTML string. ``raw_text`` is
    the raw file decoded (BOM removed, line endings kept), the offsets'
    reference; ``paragraphs`` are its records in document order. ``nav``:
    ``prev``/``next``/``raw`` hrefs, ``status`` and ``since`` of its change;
    ``changes``: changes.py's ``DocMarks`` of the statement."""
    doc_id = doc_record.get("doc_id", "?")
    nav = nav or {}
    marks = changes.marks if changes else {}
    body = _header(doc_record, paragraphs, nav)
    body.append(f'<main data-doc="{esc(doc_id)}">')
    if changes and changes.orphans:
        body.append('<div class="para"><ul class="cmts">' + "".join(_removed_item(c) for c in changes.orphans)
                    + "</ul></div>")
    pos = 0
    for para in sorted(paragraphs, key=lambda p: (p["start"], p.get("index", 0))):
        if raw_text[pos:para["start"]].strip():
            body.append(f'<div class="gap" title="text outside every paragraph">{esc(raw_text[pos:para["start"]])}</div>')
        pos = max(pos, para["end"])
        kind = para.get("kind") or "body"
        label = f'<span class="kind">{esc(KIND_LABELS.get(kind, kind))}</span>' if kind != "body" else ""
        removed = changes.removed.get(para.get("index"), []) if changes else []
        body.append(f'<div class="para {esc(kind)}" id="p{esc(para.get("index"))}" tabindex="-1">'
                    f'<span class="pidx">¶{esc(para.get("index"))}</span>{label}'
                    f'{render_paragraph_text(raw_text, para, doc_id, marks)}'
                    f'{_record_list(para, marks, removed)}</div>')
    if raw_text[pos:].strip():
        body.append(f'<div class="gap" title="text outside every paragraph">{esc(raw_text[pos:])}</div>')
    body.append("</main>")
    body.append('<aside id="panel" hidden><div id="panel-text"></div><div id="panel-actions" hidden>'
                '<button type="button" data-action="accept">accept</button> '
                '<button type="button" data-action="reject">reject</button> '
                '<span class="fix"><input id="fix-name" aria-label="canonical name" placeholder="canonical name"> '
                '<button type="button" data-action="rename">fix name</button></span></div>'
                '<div id="panel-status" role="status"></div></aside>')
    return page(f"{doc_record.get('title') or doc_id} · review", "\n".join(body))


def page_name(doc_id):
    """A statement's page name: ``<doc_id>.html``, with ``_`` prefixed when the doc_id is
    ``index`` or starts with ``_`` (so no statement takes the index's name, and no two
    statements share a page)."""
    return f"_{doc_id}.html" if doc_id == "index" or doc_id.startswith("_") else f"{doc_id}.html"

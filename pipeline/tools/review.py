"""Static HTML review pages (``python -m pipeline review --raw raw --out extracted``).

Writes ``OUT/review/index.html`` and one ``OUT/review/<doc_id>.html`` per
statement: the raw text, paragraph by paragraph, with organizations and dates
as inline marks in the style of spaCy's displaCy entity view, commitments as
an underlined layer beneath them, details on hover (``title=``), boilerplate
greyed and title/meta/heading paragraphs labelled.

The pages are self-contained: inline CSS, no script, no external URL, and a
Content-Security-Policy that forbids loading anything, so they open from disk
with no server and no network. Every piece of statement text, name and value
goes through ``html.escape`` (displaCy's own renderer escapes the text but
not labels or attributes, and cannot nest overlapping layers, hence this
equivalent).

Nesting: a paragraph is cut at every span boundary into pieces; consecutive
pieces under the same commitments form one commitment run, and inside a run
consecutive pieces under the same entities form one mark. An entity crossing
a commitment boundary is thus drawn as two marks, labelled on the last one;
the markup is always well nested.
"""
import argparse
import hashlib
import html
import json
import sys
from pathlib import Path
from urllib.parse import quote

from ..core.errors import PipelineError, SpanError
from ..core.textio import decode_raw, fold, read_jsonl, write_atomic

KIND_LABELS = {"title": "title", "meta": "meta", "heading": "heading"}
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"

CSS = """
:root { --org: #7aecec; --date: #bfe1d9; --firm: #e08a1e; --intent: #8a6fd1; }
body { font: 16px/1.7 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #222;
       max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }
nav a { color: #0b62a4; }
h1 { font-size: 1.5rem; line-height: 1.3; margin: .6rem 0; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0 0 1rem;
          font-size: .9rem; color: #444; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.legend { font-size: .85rem; margin-bottom: 1.2rem; padding: .4rem .6rem; background: #f6f6f6;
          border-radius: .3rem; }
.legend > span { margin-right: 1rem; }
.para { position: relative; margin: 0 0 .9rem; padding: .1rem .4rem .1rem 3rem; }
.para .pidx { position: absolute; left: 0; top: .2rem; width: 2.6rem; text-align: right;
              font-size: .75rem; color: #999; }
.kind { display: inline-block; font-size: .7rem; font-weight: 700; text-transform: uppercase;
        letter-spacing: .05em; color: #fff; background: #777; border-radius: .25rem;
        padding: 0 .35rem; margin-right: .5rem; vertical-align: .1em; }
.para.title { font-size: 1.15rem; font-weight: 600; }
.para.meta, .para.heading { font-weight: 600; }
.para.boilerplate { color: #9a9a9a; background: #f3f3f3; border-left: 3px solid #ddd; }
.para.boilerplate .kind { background: #bbb; }
.gap { color: #b00; background: #fff0f0; border: 1px dashed #e99; padding: .1rem .4rem; margin: 0 0 .9rem 3rem; }
mark.ent { padding: .1em .35em; margin: 0 .1em; line-height: 1; border-radius: .35em;
           -webkit-box-decoration-break: clone; box-decoration-break: clone; cursor: help; color: inherit; }
mark.ent.org { background: var(--org); }
mark.ent.date { background: var(--date); }
mark.ent .lbl { font-size: .62em; font-weight: 700; line-height: 1; text-transform: uppercase;
                vertical-align: middle; margin-left: .4rem; user-select: none; }
.cmt { text-decoration: underline; text-decoration-thickness: 3px; text-underline-offset: .3em;
       text-decoration-skip-ink: none; cursor: help; }
.cmt.firm { text-decoration-color: var(--firm); background: rgba(224, 138, 30, .09); }
.cmt.intent { text-decoration-color: var(--intent); text-decoration-style: dashed;
              background: rgba(138, 111, 209, .08); }
ul.cmts { list-style: none; margin: .3rem 0 0; padding: 0; font-size: .82rem; color: #555; }
ul.cmts li { margin: .15rem 0; padding-left: .5rem; border-left: 3px solid var(--firm); }
ul.cmts li.intent { border-left: 3px dashed var(--intent); }
ul.cmts b { color: #333; }
table.docs { border-collapse: collapse; width: 100%; font-size: .92rem; }
table.docs th, table.docs td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #e4e4e4;
                               vertical-align: top; }
table.docs td.d { white-space: nowrap; }
table.docs td.n { text-align: right; font-variant-numeric: tabular-nums; }
table.docs code { font-size: .8rem; color: #666; }
"""


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


def render_paragraph_text(raw, para, doc_id="?"):
    """The paragraph's raw text as escaped HTML with entity marks inside
    commitment runs (see the module docstring for the nesting rule)."""
    start, end = para["start"], para["end"]
    cmts = list(para.get("commitments") or [])
    ents = [("org", e) for e in para.get("organizations") or []] + [("date", e) for e in para.get("dates") or []]
    for c in cmts:
        _check_span(raw, c, para, doc_id, "commitment")
    for kind, e in ents:
        _check_span(raw, e, para, doc_id, "organization" if kind == "org" else "date")
    cmts.sort(key=lambda c: (c["start"], -c["end"]))
    ents.sort(key=lambda ke: (ke[1]["start"], -ke[1]["end"], ke[0]))
    cuts = sorted({start, end} | {s[k] for s in cmts for k in ("start", "end")}
                  | {e[k] for _, e in ents for k in ("start", "end")})
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        if a == b:
            continue
        on_c = tuple(i for i, c in enumerate(cmts) if c["start"] <= a and b <= c["end"])
        on_e = tuple(i for i, (_, e) in enumerate(ents) if e["start"] <= a and b <= e["end"])
        pieces.append((a, b, on_c, on_e))
    out = []
    i = 0
    while i < len(pieces):
        on_c = pieces[i][2]
        j = i
        while j < len(pieces) and pieces[j][2] == on_c:
            j += 1
        inner = []
        k = i
        while k < j:
            on_e = pieces[k][3]
            m = k
            while m < j and pieces[m][3] == on_e:
                m += 1
            text = esc(raw[pieces[k][0]:pieces[m - 1][1]])
            run_end = pieces[m - 1][1]
            for idx in reversed(on_e):
                kind, e = ents[idx]
                label = f'<span class="lbl">{"ORG" if kind == "org" else "DATE"}</span>' if e["end"] == run_end else ""
                title = _title_org(e) if kind == "org" else _title_date(e)
                text = f'<mark class="ent {kind}" title="{esc(title)}">{text}{label}</mark>'
            inner.append(text)
            k = m
        text = "".join(inner)
        for idx in reversed(on_c):
            c = cmts[idx]
            strength = "intent" if c.get("strength") == "intent" else "firm"
            text = f'<span class="cmt {strength}" title="{esc(_title_commitment(c))}">{text}</span>'
        out.append(text)
        i = j
    return "".join(out)


def _commitment_list(para):
    items = []
    for c in para.get("commitments") or []:
        strength = "intent" if c.get("strength") == "intent" else "firm"
        parts = [f"<b>{esc(', '.join(_commitment_flags(c)))}</b>",
                 f"actor: {esc(c.get('actor') or '(none)')}",
                 f"trigger: “{esc(c.get('trigger') or '')}”"]
        if c.get("dates"):
            parts.append("dates: " + esc(", ".join(c["dates"])))
        if c.get("organizations"):
            parts.append("organizations: " + esc(" | ".join(c["organizations"])))
        items.append(f'<li class="{strength}">' + " · ".join(parts) + "</li>")
    return f'<ul class="cmts">{"".join(items)}</ul>' if items else ""


def _page(title, body):
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta name=\"referrer\" content=\"no-referrer\">\n"
            f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def _counts(paragraphs):
    return {k: sum(len(p.get(k) or []) for p in paragraphs if p.get("kind") != "boilerplate")
            for k in ("organizations", "dates", "commitments")}


def render_document(raw_text, doc_record, paragraphs):
    """The review page of one statement as an HTML string. ``raw_text`` is
    the raw file decoded (BOM removed, line endings kept), the offsets'
    reference; ``paragraphs`` are its records in document order."""
    doc_id = doc_record.get("doc_id", "?")
    title = doc_record.get("title") or doc_id
    counts = doc_record.get("counts") or _counts(paragraphs)
    meta = [("statement", doc_id), ("date", doc_record.get("date") or "(none found)")]
    if doc_record.get("source"):
        meta.append(("source", doc_record["source"]))
    meta.append(("found", f"{counts.get('organizations', 0)} organizations, {counts.get('dates', 0)} dates, "
                          f"{counts.get('commitments', 0)} commitments in {len(paragraphs)} paragraphs"))
    body = ['<nav><a href="index.html">← all statements</a></nav>',
            f"<header><h1>{esc(title)}</h1>",
            '<dl class="meta">' + "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in meta) + "</dl>",
            '<div class="legend"><span><mark class="ent org">organization<span class="lbl">ORG</span></mark></span>'
            '<span><mark class="ent date">date<span class="lbl">DATE</span></mark></span>'
            '<span><span class="cmt firm">firm commitment</span></span>'
            '<span><span class="cmt intent">intent</span></span>'
            '<span class="boilerplate-key" style="color:#9a9a9a">boilerplate (greyed)</span>'
            " · hover a mark for details</div></header>", "<main>"]
    pos = 0
    for para in sorted(paragraphs, key=lambda p: (p["start"], p.get("index", 0))):
        if raw_text[pos:para["start"]].strip():
            body.append(f'<div class="gap" title="text outside every paragraph">{esc(raw_text[pos:para["start"]])}</div>')
        pos = max(pos, para["end"])
        kind = para.get("kind") or "body"
        label = f'<span class="kind">{esc(KIND_LABELS.get(kind, kind))}</span>' if kind != "body" else ""
        body.append(f'<div class="para {esc(kind)}" id="p{esc(para.get("index"))}">'
                    f'<span class="pidx">¶{esc(para.get("index"))}</span>{label}'
                    f'{render_paragraph_text(raw_text, para, doc_id)}{_commitment_list(para)}</div>')
    if raw_text[pos:].strip():
        body.append(f'<div class="gap" title="text outside every paragraph">{esc(raw_text[pos:])}</div>')
    body.append("</main>")
    return _page(f"{title} · review", "\n".join(body))


OWN_PAGES = ".review-pages.json"  # the pages this tool wrote in the folder: only these are ever removed


def page_name(doc_id):
    """A statement's page name: ``<doc_id>.html``, with ``_`` prefixed when the doc_id is
    ``index`` or starts with ``_`` (so no statement takes the index's name, and no two
    statements share a page)."""
    return f"_{doc_id}.html" if doc_id == "index" or doc_id.startswith("_") else f"{doc_id}.html"


def render_index(documents):
    """The index page: one row per document record, in the given order."""
    rows = []
    for d in documents:
        counts = d.get("counts") or {}
        href = esc(quote(page_name(d["doc_id"])))
        rows.append(f'<tr><td><a href="{href}">{esc(d.get("title") or d["doc_id"])}</a><br>'
                    f'<code>{esc(d["doc_id"])}</code></td><td class="d">{esc(d.get("date") or "")}</td>'
                    f'<td class="n">{esc(d.get("n_paragraphs", ""))}</td>'
                    f'<td class="n">{esc(counts.get("organizations", ""))}</td>'
                    f'<td class="n">{esc(counts.get("dates", ""))}</td>'
                    f'<td class="n">{esc(counts.get("commitments", ""))}</td></tr>')
    body = (f"<h1>Extraction review · {len(documents)} statements</h1>\n"
            '<table class="docs"><thead><tr><th>statement</th><th>date</th><th>paragraphs</th>'
            "<th>organizations</th><th>dates</th><th>commitments</th></tr></thead>\n<tbody>\n"
            + "\n".join(rows) + "\n</tbody></table>")
    return _page("Extraction review", body)


def read_raw(path):
    """``(bytes, text)`` of a raw statement; the text is what offsets index:
    UTF-8, BOM removed, line endings kept (``textio.decode_raw``)."""
    data = Path(path).read_bytes()
    return data, decode_raw(path, data)


def load_folder(out):
    """``(documents, {doc_id: paragraphs})`` of an extraction folder."""
    out = Path(out)
    docs_path = out / "documents.jsonl"
    if not docs_path.exists():
        raise PipelineError(f"{docs_path}: not found; run the pipeline first (make)")
    documents, paragraphs = read_jsonl(docs_path), {}
    for d in documents:
        p = out / "paragraphs" / f"{d['doc_id']}.jsonl"
        if not p.exists():
            raise PipelineError(f"{p}: missing for document {d['doc_id']!r} listed in {docs_path}")
        paragraphs[d["doc_id"]] = read_jsonl(p)
    documents.sort(key=lambda d: d["doc_id"])
    return documents, paragraphs


def remove_own_stale_pages(dest, written):
    """Remove the pages an earlier run wrote in ``dest`` that this run did not (statements
    gone); any other file in ``dest`` is left alone. Records ``written`` as the own pages."""
    record = dest / OWN_PAGES
    try:
        before = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        before = []
    for name in sorted(set(before if isinstance(before, list) else []) - written):
        stale = dest / str(name)
        if isinstance(name, str) and "/" not in name and name.endswith(".html") and stale.is_file():
            stale.unlink()
    write_atomic(record, json.dumps(sorted(written), ensure_ascii=False, indent=0) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m pipeline review",
                                 description="Write static HTML review pages: OUT/review/index.html and one "
                                             "page per statement. They open from disk, no server needed.")
    ap.add_argument("--raw", default="raw", help="folder of raw statements (default: raw)")
    ap.add_argument("--out", default="extracted", help="extraction folder (default: extracted)")
    ap.add_argument("--dest", default=None, help="where to write the pages (default: OUT/review)")
    args = ap.parse_args(argv)
    dest = Path(args.dest) if args.dest else Path(args.out) / "review"
    documents, paragraphs = load_folder(args.out)
    written = set()
    for d in documents:
        raw_path = Path(args.raw) / f"{d['doc_id']}.txt"
        if not raw_path.exists():
            raise PipelineError(f"{raw_path}: missing; the extraction lists {d['doc_id']!r} (wrong --raw?)")
        data, text = read_raw(raw_path)
        if d.get("sha256") and hashlib.sha256(data).hexdigest() != d["sha256"]:
            raise PipelineError(f"{raw_path}: changed since it was extracted (sha256 differs from "
                                f"{Path(args.out) / 'documents.jsonl'}); run make first")
        name = page_name(d["doc_id"])
        write_atomic(dest / name, render_document(text, d, paragraphs[d["doc_id"]]))
        written.add(name)
    write_atomic(dest / "index.html", render_index(documents))
    written.add("index.html")
    from .review_timeline import write_timeline  # the threads timeline page (issue 15)
    if write_timeline(args.out, dest):
        written.add("threads.html")
    remove_own_stale_pages(dest, written)
    print(f"wrote {len(documents)} review pages and {dest / 'index.html'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Corpus views: one page per organization (canonical name) and per party, with their
statements, mentions and commitments over time, and ``_corpus.html`` with two inline
SVG plots (commitments per year by party; the organizations named in most statements).

Page names start with ``_`` and a hash of the name (``_org-<hash>.html``), which no
statement page can take (page_name prefixes a statement id starting with ``_``).
Parties are the document records' ``parties`` (read with a default: statements
without any count under "(no party)").
"""
import hashlib
from collections import Counter, defaultdict
from urllib.parse import quote

from .pages import esc, page, page_name

PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#9c755f")
NO_PARTY = "(no party)"
TOP = 15


def corpus_page_name(kind, name):
    return f"_{kind}-{hashlib.sha256(name.encode('utf-8')).hexdigest()[:12]}.html"


def _year(date):
    return date[:4] if isinstance(date, str) and len(date) >= 4 and date[:4].isdigit() else None


def gather(documents, paragraphs):
    """``{"org": {name: {doc_id: {"mentions": n, "commitments": n}}}, "party": {...}}``."""
    views = {"org": defaultdict(dict), "party": defaultdict(dict)}
    for d in documents:
        paras = paragraphs.get(d["doc_id"], [])
        mentions, cmts = Counter(), Counter()
        for p in paras:
            for e in p.get("organizations") or []:
                if e.get("names"):
                    mentions[e["names"][0]] += 1
            for c in p.get("commitments") or []:
                for n in set((c.get("organizations") or []) + (c.get("actor_names") or [])):
                    cmts[n] += 1
        for name in sorted(set(mentions) | set(cmts)):
            views["org"][name][d["doc_id"]] = {"mentions": mentions[name], "commitments": cmts[name]}
        n_cmts = sum(len(p.get("commitments") or []) for p in paras)
        for party in (d.get("parties") if isinstance(d.get("parties"), list) and d.get("parties") else [NO_PARTY]):
            views["party"][str(party)][d["doc_id"]] = {"mentions": 1, "commitments": n_cmts}
    return views


def bar_svg(title, bars, series=None, width=640, bar_h=16):
    """Horizontal bars: ``bars`` = ``[(label, {series: value})]``; stacked by series, with a legend."""
    series = series or sorted({s for _, v in bars for s in v})
    color = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(series)}
    top = max([sum(v.values()) for _, v in bars] + [1])
    left, right = 220, 40
    height = 30 + len(bars) * (bar_h + 4) + (18 if len(series) > 1 else 0)
    out = [f'<svg class="plot" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="{esc(title)}"><title>{esc(title)}</title>',
           f'<text x="0" y="14" font-weight="bold">{esc(title)}</text>']
    for i, (label, values) in enumerate(bars):
        y = 24 + i * (bar_h + 4)
        out.append(f'<text x="{left - 6}" y="{y + bar_h - 4}" text-anchor="end">{esc(label[:40])}</text>')
        x = left
        for s in series:
            v = values.get(s, 0)
            if not v:
                continue
            w = (width - left - right) * v / top
            out.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{color[s]}">'
                       f'<title>{esc(label)} · {esc(s)}: {v}</title></rect>')
            x += w
        out.append(f'<text x="{x + 4:.1f}" y="{y + bar_h - 4}">{sum(values.values())}</text>')
    if len(series) > 1:
        y, x = height - 6, 0
        for s in series:
            out.append(f'<rect x="{x}" y="{y - 9}" width="10" height="10" fill="{color[s]}"></rect>'
                       f'<text x="{x + 14}" y="{y}">{esc(s[:24])}</text>')
            x += 24 + 7 * min(len(s), 24)
    out.append("</svg>")
    return "".join(out)


def commitments_by_year(documents, paragraphs, view):
    """``[(year, {party: commitments})]`` sorted by year."""
    dates = {d["doc_id"]: _year(d.get("date")) or "undated" for d in documents}
    per = defaultdict(Counter)
    for party, docs in view.items():
        for doc_id, n in docs.items():
            if n["commitments"]:
                per[dates.get(doc_id, "undated")][party] += n["commitments"]
    return [(y, dict(per[y])) for y in sorted(per)]


def _entity_page(kind, name, docs, documents):
    by_id = {d["doc_id"]: d for d in documents}
    rows, years = [], defaultdict(Counter)
    for doc_id in sorted(docs, key=lambda i: (by_id[i].get("date") or "9999", i)):
        d, n = by_id[doc_id], docs[doc_id]
        years[_year(d.get("date")) or "undated"]["commitments"] += n["commitments"]
        rows.append(f'<tr><td class="d">{esc(d.get("date") or "")}</td><td><a href="{esc(quote(page_name(doc_id)))}">'
                    f'{esc(d.get("title") or doc_id)}</a></td><td class="n">{n["mentions"]}</td>'
                    f'<td class="n">{n["commitments"]}</td></tr>')
    what = "organization" if kind == "org" else "party"
    plot = bar_svg("commitments per year", [(y, dict(years[y])) for y in sorted(years)])
    body = (f'<nav class="top"><a href="index.html">← all statements</a> <a href="_corpus.html">corpus</a></nav>'
            f"<h1>{esc(name)}</h1><p>{esc(what)} · {len(docs)} statements · "
            f"{sum(n['mentions'] for n in docs.values()) if kind == 'org' else ''} "
            f"{'mentions · ' if kind == 'org' else ''}{sum(n['commitments'] for n in docs.values())} commitments</p>"
            f"{plot}<table class=\"docs\"><thead><tr><th>date</th><th>statement</th><th>"
            f"{'mentions' if kind == 'org' else ''}</th><th>commitments</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")
    return page(f"{name} · review", body)


def _links(kind, view, limit=None):
    names = sorted(view, key=lambda n: (-len(view[n]), n))[:limit]
    return "<ul>" + "".join(f'<li><a href="{esc(quote(corpus_page_name(kind, n)))}">{esc(n)}</a> '
                            f'({len(view[n])})</li>' for n in names) + "</ul>"


def corpus_pages(documents, paragraphs):
    """``{page name: html}`` of the corpus views."""
    views = gather(documents, paragraphs)
    pages = {}
    for kind in ("org", "party"):
        for name, docs in views[kind].items():
            pages[corpus_page_name(kind, name)] = _entity_page(kind, name, docs, documents)
    by_year = commitments_by_year(documents, paragraphs, views["party"])
    top = sorted(views["org"], key=lambda n: (-len(views["org"][n]), n))[:TOP]
    body = ('<nav class="top"><a href="index.html">← all statements</a></nav><h1>Corpus</h1>'
            + bar_svg("commitments per year, by party", by_year, sorted(views["party"]))
            + bar_svg(f"top {len(top)} organizations (statements naming them)",
                      [(n, {"statements": len(views["org"][n])}) for n in top])
            + f"<h2>Parties</h2>{_links('party', views['party'])}"
            + f"<h2>Organizations</h2>{_links('org', views['org'])}")
    pages["_corpus.html"] = page("Corpus · review", body)
    return pages

"""The threads timeline review page: ``OUT/review/threads.html`` (written by ``pipeline review``).

One row per linked thread of ``OUT/threads.jsonl`` (threads with a single
promise are counted, not drawn), sorted by their first member's date.
Promises are circles, reports diamonds, on one time axis (inline SVG, no
script, no network); a thread's status colours its row (fulfilled green,
renewed blue, open grey, overdue red), its due date is a tick, and each mark
links to the paragraph on the statement's review page (``<doc_id>.html#p<index>``),
its title giving the relation, the date and the text.
"""
import datetime as dt
import html
import json
from pathlib import Path

from ..core.textio import write_atomic

COLOURS = {"fulfilled": "#2e8b57", "renewed": "#1f6fd1", "open": "#8a8a8a", "overdue": "#c8312b"}
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"
ROW, LABEL, WIDTH = 26, 330, 1100
CSS = """body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #222; margin: 1rem; }
svg text { font-size: 11px; } .legend span { display: inline-block; margin-right: 1.2em; }
.legend i { display: inline-block; width: .9em; height: .9em; margin-right: .3em; vertical-align: -1px; }"""


def esc(text):
    return html.escape(str(text), quote=True)


def page_name(doc_id):
    """The statement page's name, as pipeline/tools/review.py names it."""
    return f"_{doc_id}.html" if doc_id == "index" or doc_id.startswith("_") else f"{doc_id}.html"


def _day(value):
    try:
        return dt.date.fromisoformat(value).toordinal()
    except (TypeError, ValueError):
        return None


def _axis(lo, hi, x, height):
    parts = []
    for year in range(dt.date.fromordinal(lo).year, dt.date.fromordinal(hi).year + 2):
        day = dt.date(year, 1, 1).toordinal()
        if lo <= day <= hi:
            parts.append(f'<line x1="{x(day):.1f}" y1="14" x2="{x(day):.1f}" y2="{height}" stroke="#e3e3e3"/>'
                         f'<text x="{x(day):.1f}" y="11" text-anchor="middle">{year}</text>')
    return "".join(parts)


def _mark(m, cx, cy, colour, relation):
    title = esc(f'{relation or m["role"]} · {m.get("date")} · {m["doc_id"]} ¶{m.get("paragraph")}: {m["text"][:300]}')
    href = esc(f'{page_name(m["doc_id"])}#p{m.get("paragraph")}')
    if m["role"] == "report":
        shape = (f'<path d="M{cx:.1f} {cy - 7} l7 7 l-7 7 l-7 -7 z" fill="{colour}" stroke="#fff"/>')
    else:
        shape = f'<circle cx="{cx:.1f}" cy="{cy}" r="6" fill="#fff" stroke="{colour}" stroke-width="2.5"/>'
    return f'<a href="{href}"><title>{title}</title>{shape}</a>'


def _row(t, y, x):
    colour = COLOURS.get(t["status"], "#444")
    into = {ln["to"]: ln["relation"] for ln in t["links"]}
    first = t["members"][0]
    label = esc(f'{t["status"]} · {first["text"][:52]}')
    days = [_day(m.get("date")) for m in t["members"]]
    known = [d for d in days if d is not None]
    out = [f'<text x="4" y="{y + 4}" fill="{colour}"><title>{esc(first["text"])}</title>{label}</text>']
    if known:
        out.append(f'<line x1="{x(min(known)):.1f}" y1="{y}" x2="{x(max(known)):.1f}" y2="{y}" stroke="{colour}" '
                   'stroke-width="2" opacity=".5"/>')
    due = _day(t.get("due"))
    if due is not None:
        out.append(f'<line x1="{x(due):.1f}" y1="{y - 8}" x2="{x(due):.1f}" y2="{y + 8}" stroke="{colour}" '
                   f'stroke-dasharray="2 2"><title>due {esc(t["due"])}</title></line>')
    for i, (m, d) in enumerate(zip(t["members"], days)):
        if d is not None:
            out.append(_mark(m, x(d), y, colour, into.get(i)))
    return "".join(out)


def render_timeline(threads):
    rows = sorted((t for t in threads if t["links"]), key=lambda t: (t["members"][0].get("date") or "", t["id"]))
    days = [_day(m.get("date")) for t in rows for m in t["members"]] + [_day(t.get("due")) for t in rows]
    days = [d for d in days if d is not None] or [dt.date(2000, 1, 1).toordinal()]
    as_of = next((t.get("as_of") for t in threads if t.get("as_of")), None)
    lo, hi = min(days) - 60, max(days) + 60
    x = lambda d: LABEL + (WIDTH - LABEL - 20) * (d - lo) / max(hi - lo, 1)  # noqa: E731
    height = 24 + ROW * len(rows)
    body = [_axis(lo, hi, x, height)] + [_row(t, 30 + ROW * n, x) for n, t in enumerate(rows)]
    counts = {s: sum(1 for t in threads if t["status"] == s) for s in COLOURS}
    legend = "".join(f'<span><i style="background:{c}"></i>{s}: {counts[s]}</span>' for s, c in COLOURS.items())
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
            f"<title>Threads</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            f'<nav><a href="index.html">← all statements</a></nav>\n<h1>Threads as of {esc(as_of)}</h1>\n'
            f'<p class="legend">{legend} · ○ promise ◆ report · dashed tick: due date · '
            f'{len(rows)} linked threads drawn, {len(threads) - len(rows)} single promises not drawn</p>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" role="img" '
            f'aria-label="threads timeline">{"".join(body)}</svg>\n</body>\n</html>\n')


def write_timeline(out, dest):
    """Write ``dest/threads.html`` from ``out/threads.jsonl``; False when there is no threads file."""
    path = Path(out) / "threads.jsonl"
    if not path.exists():
        return False
    threads = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    write_atomic(Path(dest) / "threads.html", render_timeline(threads))
    return True

"""The index page: one row per statement, sortable and filterable in the browser
(review.js) by date, party, organization, topic, commitment status and change since
the revision, plus full-text search over ``search-index.js``.

``index_rows`` gathers the rows (pure); ``render_index`` draws them. Keys another
branch may add (``parties``, ``topics`` on a document record, ``actor_names`` on a
commitment) are read with defaults, so the page works with or without them.
"""
from urllib.parse import quote

from .pages import esc, page, page_name
from .assets import SEARCH_INDEX

FILTERS = (("year", "year", "exact"), ("party", "parties", "exact"), ("organization", "orgs", "part"), ("topic", "topics", "exact"),
           ("commitments", "status", "exact"), ("change", "change", "exact"))


def _names(paragraphs):
    orgs, status = set(), set()
    for p in paragraphs:
        for e in p.get("organizations") or []:
            orgs.update(n for n in e.get("names") or [] if isinstance(n, str))
        for c in p.get("commitments") or []:
            status.add("intent" if c.get("strength") == "intent" else "firm")
            if c.get("reaffirmed"):
                status.add("reaffirmed")
            orgs.update(n for n in c.get("actor_names") or [] if isinstance(n, str))
    return sorted(orgs), sorted(status) or ["none"]


def _strings(value):
    return sorted({str(x) for x in value}) if isinstance(value, list) else []


def index_rows(documents, paragraphs, changes=None):
    """One dict per statement (and per statement removed since the revision), sorted by date then id."""
    changes = changes or {}
    rows = []
    for d in documents:
        orgs, status = _names(paragraphs.get(d["doc_id"], []))
        dm = changes.get(d["doc_id"])
        rows.append({"id": d["doc_id"], "page": page_name(d["doc_id"]), "title": d.get("title") or d["doc_id"],
                     "date": d.get("date") or "", "year": (d.get("date") or "")[:4], "parties": _strings(d.get("parties")),
                     "topics": _strings(d.get("topics")), "orgs": orgs, "status": status,
                     "change": dm.status if dm else "", "counts": d.get("counts") or {},
                     "n_paragraphs": d.get("n_paragraphs", "")})
    for doc_id, dm in sorted(changes.items()):
        if dm.status == "removed":
            d = dm.record or {}
            rows.append({"id": doc_id, "page": None, "title": d.get("title") or doc_id, "date": d.get("date") or "",
                         "year": (d.get("date") or "")[:4],
                         "parties": _strings(d.get("parties")), "topics": _strings(d.get("topics")), "orgs": [],
                         "status": ["none"], "change": "removed", "counts": d.get("counts") or {},
                         "n_paragraphs": d.get("n_paragraphs", "")})
    rows.sort(key=lambda r: (r["date"] or "9999", r["id"]))
    return rows


def search_entries(documents, paragraphs):
    """The full-text search index: each statement's title and non-boilerplate text."""
    return [{"id": d["doc_id"], "title": d.get("title") or "",
             "text": " ".join(p.get("text") or "" for p in paragraphs.get(d["doc_id"], [])
                              if p.get("kind") != "boilerplate")} for d in documents]


def _select(label, key, rows, how):
    values = sorted({v for r in rows for v in (r[key] if isinstance(r[key], list) else [r[key]]) if v})
    if how == "part":
        opts = "".join(f'<option value="{esc(v)}"></option>' for v in values)
        return (f'<label>{esc(label)}<input data-filter="{key}" data-match="part" list="dl-{key}" '
                f'id="f-{key}"><datalist id="dl-{key}">{opts}</datalist></label>')
    opts = '<option value="">(any)</option>' + "".join(f'<option value="{esc(v)}">{esc(v)}</option>' for v in values)
    return f'<label>{esc(label)}<select data-filter="{key}" id="f-{key}">{opts}</select></label>'


def _row(r):
    attrs = {"id": r["id"], "date": r["date"], "year": r["year"], "parties": "|".join(r["parties"]), "topics": "|".join(r["topics"]),
             "orgs": "|".join(r["orgs"]), "status": "|".join(r["status"]), "change": r["change"],
             "title": r["title"].lower(), "n-commitments": r["counts"].get("commitments", 0),
             "n-organizations": r["counts"].get("organizations", 0)}
    data = "".join(f' data-{k}="{esc(v)}"' for k, v in attrs.items())
    badge = f' <span class="badge {esc(r["change"])}">{esc(r["change"])}</span>' if r["change"] else ""
    title = (f'<a href="{esc(quote(r["page"]))}">{esc(r["title"])}</a>' if r["page"] else esc(r["title"]))
    counts = r["counts"]
    cls = ' class="removed"' if r["change"] == "removed" else ""
    return (f'<tr{data}{cls}><td>{title}{badge}<br>'
            f'<code>{esc(r["id"])}</code></td><td class="d">{esc(r["date"])}</td>'
            f'<td>{esc(", ".join(r["parties"]))}</td><td>{esc(", ".join(r["topics"]))}</td>'
            f'<td class="n">{esc(r["n_paragraphs"])}</td><td class="n">{esc(counts.get("organizations", ""))}</td>'
            f'<td class="n">{esc(counts.get("dates", ""))}</td><td class="n">{esc(counts.get("commitments", ""))}</td>'
            f'<td>{esc(", ".join(r["status"]))}</td></tr>')


def render_index(rows, since=None, links=()):
    """The index page of ``rows`` (``index_rows``); ``links``: extra ``(href, text)`` in its nav
    (other views, e.g. a timeline page)."""
    n_changed = sum(1 for r in rows if r["change"])
    nav = " · ".join(f'<a href="{esc(quote(h))}">{esc(t)}</a>' for h, t in (("_corpus.html", "corpus views"),
                                                                           *links))
    since_note = (f" · {n_changed} changed since <code>{esc(since)}</code>" if since else "")
    filters = "".join(_select(label, key, rows, how) for label, key, how in FILTERS)
    heads = [("statement", "title", False), ("date", "date", False), ("parties", "parties", False),
             ("topics", "topics", False), ("paragraphs", None, False), ("organizations", "n-organizations", True),
             ("dates", None, False), ("commitments", "n-commitments", True), ("commitment status", "status", False)]
    th = "".join(f'<th data-sort="{k}"{" data-num" if num else ""}>{esc(h)}</th>' if k else f"<th>{esc(h)}</th>"
                 for h, k, num in heads)
    body = (f'<nav class="top">{nav}</nav>\n<h1>Extraction review · {sum(1 for r in rows if r["page"])} statements</h1>\n'
            f'<p class="hits"><span id="shown"></span>{since_note}</p>\n'
            f'<div class="filters"><label>search<input id="q" type="search" placeholder="words in the text"></label>'
            f'{filters}</div>\n<table class="docs" id="docs"><thead><tr>{th}</tr></thead>\n<tbody>\n'
            + "\n".join(_row(r) for r in rows) + "\n</tbody></table>")
    return page("Extraction review", body, scripts=(SEARCH_INDEX,))

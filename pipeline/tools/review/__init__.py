"""Review pages (``python -m pipeline review --raw raw --out extracted [--since REV] [--serve]``).

Writes into ``OUT/review/`` (or ``--dest``): ``index.html`` (statements sortable,
filterable, searchable: index.py), one page per statement (pages.py), the corpus
views (corpus.py), the project's own ``review.css``/``review.js`` and the search index
``search-index.js`` (assets.py). Records added, changed or removed since ``--since``
(default ``HEAD``: the committed extraction; ``none`` for no marks) are marked, from
the same record diff as ``pipeline diff`` (changes.py). The pages open from disk.

``--serve`` writes them, then serves them on 127.0.0.1 with the corrections actions
(server.py), appended to ``models/corrections.jsonl`` and applied by the next ``make``
(core/corrections.py).
"""
import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

from ...core.errors import PipelineError
from ...core.textio import decode_raw, read_jsonl, write_atomic
from .assets import ASSETS, SEARCH_INDEX, asset_text, search_index_js
from .changes import load_changes
from .corpus import corpus_pages
from .index import index_rows, render_index, search_entries
from .pages import esc, page_name, render_document, render_paragraph_text  # noqa: F401 (the tool's API)

OWN_PAGES = ".review-pages.json"  # the files this tool wrote in the folder: only these are ever removed


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
        if isinstance(name, str) and "/" not in name and name.endswith((".html", ".js", ".css")) and stale.is_file():
            stale.unlink()
    write_atomic(record, json.dumps(sorted(written), ensure_ascii=False, indent=0) + "\n")


def build_index(documents, paragraphs, changes, since=None, links=()):
    """``{file name: text}`` of the index and its search index (the hook for more views:
    pass ``links`` to list them in the index's nav)."""
    rows = index_rows(documents, paragraphs, changes or {})
    return {"index.html": render_index(rows, since if changes is not None else None, links),
            SEARCH_INDEX: search_index_js(search_entries(documents, paragraphs))}


def _statement_pages(raw, out, dest, documents, paragraphs, changes, since):
    """``{page name: html}`` of the statements, in date order for previous/next."""
    order = sorted(documents, key=lambda d: (d.get("date") or "9999", d["doc_id"]))
    pages = {}
    for i, d in enumerate(order):
        raw_path = Path(raw) / f"{d['doc_id']}.txt"
        if not raw_path.exists():
            raise PipelineError(f"{raw_path}: missing; the extraction lists {d['doc_id']!r} (wrong --raw?)")
        data, text = read_raw(raw_path)
        if d.get("sha256") and hashlib.sha256(data).hexdigest() != d["sha256"]:
            raise PipelineError(f"{raw_path}: changed since it was extracted (sha256 differs from "
                                f"{Path(out) / 'documents.jsonl'}); run make first")
        dm = changes.get(d["doc_id"])
        nav = {"prev": page_name(order[i - 1]["doc_id"]) if i else None,
               "next": page_name(order[i + 1]["doc_id"]) if i + 1 < len(order) else None,
               "raw": os.path.relpath(raw_path.resolve(), Path(dest).resolve()).replace(os.sep, "/"),
               "status": dm.status if dm else None, "since": since}
        pages[page_name(d["doc_id"])] = render_document(text, d, paragraphs[d["doc_id"]], nav, dm)
    return pages


def threads_page(out):
    """The threads timeline page from ``out/threads.jsonl``, or None when there is none."""
    from ..review_timeline import render_timeline
    path = Path(out) / "threads.jsonl"
    if not path.exists():
        return None
    threads = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return render_timeline(threads)


def write_pages(raw, out, dest, since="HEAD", links=()):
    """Write every review file into ``dest``; returns the number of statements."""
    dest = Path(dest)
    documents, paragraphs = load_folder(out)
    changes = load_changes(since, out)
    files = _statement_pages(raw, out, dest, documents, paragraphs, changes or {}, since)
    files.update(corpus_pages(documents, paragraphs))
    timeline = threads_page(out)
    if timeline is not None:       # the threads timeline (issue 15), linked from the index
        files["threads.html"] = timeline
        links = tuple(links) + (("threads.html", "threads timeline"),)
    files.update(build_index(documents, paragraphs, changes, since, links))
    files.update({name: asset_text(name) for name in ASSETS})
    for name in sorted(files):
        write_atomic(dest / name, files[name])
    remove_own_stale_pages(dest, set(files))
    return len(documents)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m pipeline review",
                                 description="Write the review pages: OUT/review/index.html, one page per "
                                             "statement, corpus views. They open from disk, no server needed.")
    ap.add_argument("--raw", default="raw", help="folder of raw statements (default: raw)")
    ap.add_argument("--out", default="extracted", help="extraction folder (default: extracted)")
    ap.add_argument("--dest", default=None, help="where to write the pages (default: OUT/review)")
    ap.add_argument("--since", default="HEAD", help="mark changes since this git revision or folder "
                                                    "(default: HEAD, the committed OUT; 'none': no marks)")
    ap.add_argument("--serve", action="store_true", help="then serve them with the corrections actions")
    ap.add_argument("--host", default="127.0.0.1", help="address to serve on (default: 127.0.0.1)")
    ap.add_argument("--port", type=int, default=8765, help="port to serve on (default: 8765)")
    ap.add_argument("--corrections", default=None, metavar="FILE",
                    help="corrections file (default: models/corrections.jsonl)")
    ap.add_argument("--who", default=None, help="name recorded with each correction (default: $USER)")
    args = ap.parse_args(argv)
    dest = Path(args.dest) if args.dest else Path(args.out) / "review"
    n = write_pages(args.raw, args.out, dest, args.since)
    print(f"wrote {n} review pages and {dest / 'index.html'}")
    if args.serve:
        from .server import serve
        return serve(dest, args.out, args.host, args.port, args.corrections, args.who, raw=args.raw)
    return 0


if __name__ == "__main__":
    sys.exit(main())

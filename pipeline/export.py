"""Export stage: write ``documents.jsonl`` and ``paragraphs/<doc_id>.jsonl`` (SCHEMA.md).

Pure ``document_record`` builds a statement's line; ``write_outputs`` writes
every file atomically, leaves unchanged files untouched and removes the
outputs of statements no longer in the raw folder.

Command line (``pipeline/cli.py``): ``python -m pipeline export --raw DIR --build DIR --out DIR``.
"""
from pathlib import Path

from . import answers
from .core.textio import dumps, read_jsonl, write_atomic, write_jsonl


def document_language(seg):
    """The language of most of the statement's content (paragraph languages weighted by length)."""
    weight = {}
    for p in seg["paragraphs"]:
        if p["kind"] != "boilerplate" and p.get("language"):
            weight[p["language"]] = weight.get(p["language"], 0) + p["end"] - p["start"]
    return max(sorted(weight), key=lambda lang: weight[lang]) if weight else None


def document_record(seg, tagged):
    paras = tagged["paragraphs"]
    meta = seg.get("meta") or {}
    rec = {
        "doc_id": seg["doc_id"],
        "source": seg["source"],
        "sha256": seg["sha256"],
        "title": meta.get("title") or seg.get("title"),
        "date": tagged["date"],
        "n_paragraphs": len(paras),
        "language": document_language(seg),
        "counts": {key: sum(len(p[key]) for p in paras) for key in ("organizations", "dates", "commitments")},
        "pipeline": tagged["pipeline"],
    }
    ids, basis = answers.statement_parties(paras, seg["text"], meta, rec["title"])
    rec["parties"] = meta["parties"] if meta.get("parties") else [answers.party_record(p)["name"] for p in ids]
    rec["party_ids"], rec["parties_basis"] = ids, basis
    if meta.get("source"):
        rec["origin"] = meta["source"]
    return rec


def write_outputs(out, records, keep=()):
    """Write the outputs of ``records`` ((doc_id, document record, paragraph records),
    streamed: each statement's file is written as it comes) and ``documents.jsonl``.

    ``keep`` names statements that failed this run: their earlier outputs are
    left exactly as they were. Returns the number of files changed.
    """
    out = Path(out)
    pdir = out / "paragraphs"
    pdir.mkdir(parents=True, exist_ok=True)
    changed = 0
    lines = {}
    for doc_id, doc, paras in records:
        changed += write_jsonl(pdir / f"{doc_id}.jsonl", paras)
        lines[doc_id] = dumps(doc)
    keep = set(keep)
    live = set(lines) | keep
    for path in sorted(pdir.glob("*.jsonl")):
        if path.stem not in live:
            path.unlink()
            changed += 1
    docs_path = out / "documents.jsonl"
    if keep and docs_path.exists():
        for rec in read_jsonl(docs_path):
            if rec["doc_id"] in keep and rec["doc_id"] not in lines:
                lines[rec["doc_id"]] = dumps(rec)
    changed += write_atomic(docs_path, "".join(lines[k] + "\n" for k in sorted(lines)))
    return changed

"""Analysts' corrections (``models/corrections.jsonl``), read, validated and applied.

One JSON object a line, appended by the review server (``pipeline review --serve``):

    {"doc_id": "...", "kind": "commitment"|"organization"|"date", "start": 12, "end": 40,
     "text": "...", "action": "accept"|"reject"|"rename", "name": "new canonical name",
     "from": "old canonical name", "who": "...", "when": "2026-12-02T19:00:00Z"}

``apply`` is pure and deterministic: for each record (doc id, kind, start, end) the
*last* accept/reject wins (an accept after a reject restores the record), so a
rejected extraction stays dropped on every later run; a ``rename`` replaces the
canonical name ``from`` by ``name`` in every organization and commitment of the
corpus (later renames applied after earlier ones). The export stage applies them
(runner/run.py); the file's hash is part of the export's cache key.
"""
import hashlib
import json
import re
from pathlib import Path

from .errors import PipelineError

FILE = "corrections.jsonl"
KINDS = {"commitment": "commitments", "organization": "organizations", "date": "dates"}
ACTIONS = ("accept", "reject", "rename")
MAX_TEXT = 2000
DOC_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}")
WHEN = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


def problem(rec):
    """Why ``rec`` is not a valid correction, or ``None``."""
    if not isinstance(rec, dict):
        return "a correction is a JSON object"
    allowed = {"doc_id", "kind", "start", "end", "text", "action", "name", "from", "who", "when"}
    extra = sorted(set(rec) - allowed)
    if extra:
        return f"unknown key(s): {', '.join(extra)}"
    doc_id = rec.get("doc_id")
    if not isinstance(doc_id, str) or not DOC_ID.fullmatch(doc_id):
        return "doc_id: a statement id (letters, digits, '.', '_', '-')"
    if rec.get("kind") not in KINDS:
        return f"kind: one of {', '.join(KINDS)}"
    start, end = rec.get("start"), rec.get("end")
    if not (type(start) is int and type(end) is int and 0 <= start < end):
        return "start, end: character offsets, 0 <= start < end"
    if rec.get("action") not in ACTIONS:
        return f"action: one of {', '.join(ACTIONS)}"
    for key in ("text", "name", "from", "who"):
        v = rec.get(key)
        if v is not None and (not isinstance(v, str) or len(v) > MAX_TEXT or "\n" in v or "\x00" in v):
            return f"{key}: a one-line string of at most {MAX_TEXT} characters"
    if rec["action"] == "rename":
        if rec["kind"] != "organization":
            return "rename: only an organization's canonical name can be fixed"
        if not (rec.get("name") or "").strip() or not (rec.get("from") or "").strip():
            return "rename: needs 'from' (the old canonical name) and 'name' (the new one)"
    if not isinstance(rec.get("who"), str) or not rec["who"].strip():
        return "who: who made the correction"
    if not isinstance(rec.get("when"), str) or not WHEN.fullmatch(rec["when"]):
        return "when: a UTC time YYYY-MM-DDTHH:MM:SSZ"
    return None


def read(path):
    """The corrections of ``path`` in file order (``[]`` when it does not exist)."""
    path = Path(path)
    if not path.exists():
        return []
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError as exc:
            raise PipelineError(f"{path}:{n}: not JSON ({exc}); fix or remove the line") from None
        why = problem(rec)
        if why:
            raise PipelineError(f"{path}:{n}: {why}; fix or remove the line")
        out.append(rec)
    return out


def digest(corrections):
    """A hash of the corrections (part of the export's cache key)."""
    return hashlib.sha256(json.dumps(corrections, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def rejected(corrections):
    """``{(doc_id, key, start, end)}`` of the records whose last verdict is reject."""
    verdict = {}
    for c in corrections:
        if c["action"] in ("accept", "reject"):
            verdict[(c["doc_id"], KINDS[c["kind"]], c["start"], c["end"])] = c["action"]
    return {k for k, v in verdict.items() if v == "reject"}


def renames(corrections):
    """``[(old name, new name)]`` in file order."""
    return [(c["from"].strip(), c["name"].strip()) for c in corrections if c["action"] == "rename"]


def _rename(names, pairs):
    out = []
    for n in names:
        for old, new in pairs:
            if n == old:
                n = new
        if n not in out:
            out.append(n)
    return out


def apply(doc_id, paragraphs, corrections):
    """``paragraphs`` (records of one statement) with the corrections applied (new dicts)."""
    drop = {k for k in rejected(corrections) if k[0] == doc_id}
    pairs = renames(corrections)
    if not drop and not pairs:
        return paragraphs
    out = []
    for p in paragraphs:
        p = dict(p)
        for key in KINDS.values():
            kept = [dict(r) for r in p.get(key) or [] if (doc_id, key, r.get("start"), r.get("end")) not in drop]
            if pairs:
                for r in kept:
                    for field in ("names", "organizations"):
                        if isinstance(r.get(field), list):
                            r[field] = _rename(r[field], pairs)
                    if isinstance(r.get("actor"), str):
                        r["actor"] = _rename([r["actor"]], pairs)[0]
            if key in p:
                p[key] = kept
        out.append(p)
    return out

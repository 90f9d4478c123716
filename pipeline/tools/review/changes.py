"""What changed since a git revision (or another extraction folder), for the review pages.

The same record diff as ``pipeline diff`` (tools/diff): ``diff_extractions`` of the
extraction at ``since`` (default ``HEAD``: the committed ``extracted/``) and the folder
on disk. Per statement: its status (``new``, ``changed``, ``removed``), the marks of its
added and changed records (``{(kind, start, end): "added"|"changed"}``, kinds named as
on the pages: organization, date, commitment), and its removed records placed under the
paragraph of the same text (or the same index), the others listed at the top.
"""
import sys
from dataclasses import dataclass, field

from ...core.errors import PipelineError
from ..diff.load import load_extraction
from ..diff.match import diff_extractions, fold

KIND = {"org": "organization", "date": "date", "commitment": "commitment"}
STATUS = {"added": "new", "changed": "changed", "removed": "removed"}


@dataclass
class DocMarks:
    status: str
    marks: dict = field(default_factory=dict)
    removed: dict = field(default_factory=dict)     # new paragraph index -> [Change]
    orphans: list = field(default_factory=list)
    record: dict = None                             # the statement's old record (removed statements)


def marks_of(doc_change, new_paragraphs):
    """A ``DocMarks`` from one ``DocumentChange``."""
    dm = DocMarks(STATUS[doc_change.status])
    by_text = {fold(p.get("text")): p.get("index") for p in new_paragraphs}
    by_index = {p.get("index") for p in new_paragraphs}
    for c in doc_change.changes:
        kind = KIND.get(c.kind)
        if kind is None:
            continue
        if c.op in ("+", "~"):
            dm.marks[(kind, c.new.get("start"), c.new.get("end"))] = "added" if c.op == "+" else "changed"
            continue
        para = c.paragraph or {}
        where = by_text.get(fold(para.get("text")))
        if where is None and para.get("index") in by_index and doc_change.status != "added":
            where = para.get("index")
        if where is None:
            dm.orphans.append(c)
        else:
            dm.removed.setdefault(where, []).append(c)
    return dm


def load_changes(since, out):
    """``{doc_id: DocMarks}`` of what changed from ``since`` to the folder ``out``; ``None``
    when there is no ``since`` or it cannot be read (no git, a folder outside the
    repository: with a note)."""
    if not since or since == "none":
        return None
    try:
        old = load_extraction(since, out)
        new = load_extraction(out, out)
    except PipelineError as exc:
        print(f"review: no change marks ({exc})", file=sys.stderr)
        return None
    result = {}
    for dc in diff_extractions(old, new):
        dm = marks_of(dc, new.paragraphs.get(dc.doc_id, []))
        if dc.status == "removed":
            dm.record = old.documents.get(dc.doc_id) or {"doc_id": dc.doc_id, "title": dc.title, "date": dc.date}
        result[dc.doc_id] = dm
    return result

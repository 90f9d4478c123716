"""Record-level diff of two extractions (``python -m pipeline diff [A] [B]``).

A line diff of JSONL is unreadable: one changed entity rewrites a whole
paragraph line, and one word inserted into a statement shifts the offsets of
everything after it. This module compares records instead:

1. Documents are matched by ``doc_id``; a document only on one side is added
   or removed (all its records with it).
2. Paragraphs are aligned by text in document order (``difflib``), so a
   paragraph that merely moved because text before it changed is unchanged.
   Where the alignment leaves a gap, an old paragraph whose span (shifted by
   the edits before it) or folded text is covered by several new ones was
   *split*; the reverse is *joined*; paragraphs with the same span or similar
   text are paired as *changed*; what is left was added or removed.
3. Within an aligned group of paragraphs, organizations, dates and
   commitments are matched by ``(start, end, text)`` relative to the group's
   start, then by text in order. A matched record whose other keys differ
   (value, canonical names, actor, strength, trigger, reaffirmed, dates, ...)
   is *changed* and shown old -> new; an unmatched one is added or removed.

Functions are pure (``load_extraction`` only reads); ``main`` is the CLI.
Exit status like diff(1): 0 no change, 1 changes, 2 error.

``--textconv FILE`` prints one JSONL file (``documents.jsonl`` or a paragraphs
file) one record per line, without offsets, for git's textconv driver so
``git diff extracted/`` shows records too.
"""
import argparse
import difflib
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import PipelineError
from ..core.textio import fold as textio_fold, parse_jsonl

ENTITY_KINDS = (("organizations", "org"), ("dates", "date"), ("commitments", "commitment"))
KIND_RANK = {"document": 0, "paragraph": 1, "split": 1, "join": 1, "org": 2, "date": 3, "commitment": 4}
OP_RANK = {"-": 0, "~": 1, "+": 2}
# Document keys derived from the records (shown through them) or describing
# the producing software (shown once for the whole extraction).
DERIVED_DOC_KEYS = {"counts", "n_paragraphs", "doc_id"}
PROVENANCE = re.compile(r"version|model|pipeline")
SIMILAR = 0.5        # text similarity above which two gap paragraphs are "the same, changed"
CONTEXT = 40         # characters of paragraph context on each side of an entity
MAX_SNIPPET = 100


# ---------------------------------------------------------------- loading

@dataclass
class Extraction:
    """An extraction folder in memory: ``{doc_id: document record}`` and
    ``{doc_id: [paragraph records in document order]}``."""
    label: str
    documents: dict = field(default_factory=dict)
    paragraphs: dict = field(default_factory=dict)

    def doc_ids(self):
        return sorted(set(self.documents) | set(self.paragraphs))


def from_files(label, files):
    """An :class:`Extraction` from ``{relative path: text}`` of one folder
    (``documents.jsonl`` and ``paragraphs/<doc_id>.jsonl``)."""
    ext = Extraction(label)
    for rel in sorted(files):
        where = f"{label}/{rel}"
        if rel == "documents.jsonl":
            for rec in parse_jsonl(files[rel], where):
                if "doc_id" not in rec:
                    raise PipelineError(f"{where}: a document record without doc_id: {json.dumps(rec)[:80]}")
                ext.documents[rec["doc_id"]] = rec
        elif rel.startswith("paragraphs/") and rel.endswith(".jsonl") and rel.count("/") == 1:
            doc_id = rel[len("paragraphs/"):-len(".jsonl")]
            paras = parse_jsonl(files[rel], where)
            ext.paragraphs[doc_id] = sorted(paras, key=lambda p: (p.get("start", 0), p.get("index", 0)))
    return ext


def _git(args, cwd, what):
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True)
    except FileNotFoundError as exc:
        raise PipelineError("git is not installed; compare two extraction folders instead") from exc
    if proc.returncode != 0:
        raise PipelineError(f"{what}: {proc.stderr.decode('utf-8', 'replace').strip()}")
    return proc.stdout


def _read_revision(rev, path, cwd):
    """``{relative path: text}`` of the extraction folder ``path`` at ``rev``."""
    top = _git(["rev-parse", "--show-toplevel"], cwd, "not inside a git repository").decode().strip()
    rel = os.path.relpath(os.path.abspath(os.path.join(cwd, path)), os.path.realpath(top))
    if rel == os.curdir:
        rel = ""
    if rel.startswith(os.pardir):
        raise PipelineError(f"{path}: outside the git repository at {top}")
    rel = rel.replace(os.sep, "/")
    listing = _git(["ls-tree", "-r", "-z", "--name-only", f"{rev}^{{commit}}", "--", rel or "."],
                   top, f"cannot list {rel or '.'} at revision {rev}")
    prefix = f"{rel}/" if rel else ""
    names = [n.decode("utf-8") for n in listing.split(b"\0") if n]
    wanted = [n for n in names if n.startswith(prefix) and n.endswith(".jsonl")]
    if not wanted:
        return {}
    batch = "".join(f"{rev}:{n}\n" for n in wanted).encode("utf-8")
    proc = subprocess.run(["git", "cat-file", "--batch"], cwd=top, input=batch, capture_output=True)
    if proc.returncode != 0:
        raise PipelineError(f"cannot read {rel} at revision {rev}: {proc.stderr.decode().strip()}")
    out, pos, files = proc.stdout, 0, {}
    for name in wanted:
        header_end = out.index(b"\n", pos)
        header = out[pos:header_end].split()
        if len(header) < 3 or header[1] != b"blob":
            raise PipelineError(f"cannot read {name} at revision {rev}: {out[pos:header_end].decode()}")
        size = int(header[2])
        body = out[header_end + 1:header_end + 1 + size]
        pos = header_end + 1 + size + 1
        files[name[len(prefix):]] = body.decode("utf-8")
    return files


def _read_folder(folder):
    folder = Path(folder)
    files = {}
    docs = folder / "documents.jsonl"
    if docs.exists():
        files["documents.jsonl"] = docs.read_bytes().decode("utf-8")
    para_dir = folder / "paragraphs"
    if para_dir.is_dir():
        for p in sorted(para_dir.glob("*.jsonl")):
            files[f"paragraphs/{p.name}"] = p.read_bytes().decode("utf-8")
    if not files and any(folder.iterdir()):
        raise PipelineError(f"{folder}: not an extraction folder (no documents.jsonl, no paragraphs/)")
    return files


def is_revision(rev, cwd="."):
    """Whether ``rev`` names a commit of the git repository around ``cwd``."""
    try:
        proc = subprocess.run(["git", "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"],
                              cwd=cwd, capture_output=True)
    except FileNotFoundError:
        return False
    return proc.returncode == 0


def load_extraction(source, out="extracted", cwd="."):
    """Load an extraction from a folder path, a git revision ``REV`` (the
    folder ``out`` at that commit) or ``REV:path``.

    A revision where the folder does not exist yet gives an empty
    extraction (everything is then "added"); a folder that is neither an
    extraction nor a revision is an error.
    """
    source = str(source)
    path = Path(cwd, source)
    if path.is_dir():
        return from_files(source, _read_folder(path))
    rev, sep, rel = source.partition(":")
    if not sep:
        rel = out
    if rev and is_revision(rev, cwd):
        return from_files(f"{rev}:{rel}", _read_revision(rev, rel or ".", cwd))
    raise PipelineError(
        f"{source}: neither an extraction folder nor a git revision "
        f"(give a folder with documents.jsonl, a commit such as HEAD, or REV:path)")


# ---------------------------------------------------------------- matching

@dataclass
class Change:
    """One record-level change. ``op`` is ``+``, ``-`` or ``~``; ``kind`` is
    ``org``, ``date``, ``commitment``, ``paragraph``, ``split``, ``join`` or
    ``document``; ``fields`` lists ``(key, old, new)`` for ``~``."""
    op: str
    kind: str
    old: dict = None
    new: dict = None
    fields: list = field(default_factory=list)
    paragraph: dict = None      # the paragraph the record sits in (new side, else old)
    olds: list = field(default_factory=list)   # split/join: the paragraphs involved
    news: list = field(default_factory=list)
    order: tuple = ()

    @property
    def record(self):
        return self.new if self.new is not None else self.old


@dataclass
class DocumentChange:
    doc_id: str
    status: str                 # "added", "removed" or "changed"
    title: str = None
    date: str = None
    changes: list = field(default_factory=list)


def fold(text):
    return textio_fold(text or "")


def _field_changes(old, new, skip):
    keys = sorted((set(old) | set(new)) - skip)
    return [(k, old.get(k), new.get(k)) for k in keys if old.get(k) != new.get(k)]


def _entities(paras, base):
    """``[(kind, record, paragraph, rel_start, rel_end)]`` of a group of paragraphs."""
    out = []
    for p in paras:
        for key, kind in ENTITY_KINDS:
            for e in p.get(key) or []:
                out.append((kind, e, p, e.get("start", 0) - base, e.get("end", 0) - base))
    return out


def match_entities(olds, news, order):
    """Changes between the entities of two aligned groups of paragraphs."""
    obase = olds[0]["start"] if olds else 0
    nbase = news[0]["start"] if news else 0
    old_e = _entities(olds, obase)
    new_e = _entities(news, nbase)
    pairs, left_old = [], []
    by_span = {}
    for item in new_e:
        by_span.setdefault((item[0], item[3], item[4], fold(item[1].get("text"))), []).append(item)
    used = set()
    for item in old_e:
        cands = by_span.get((item[0], item[3], item[4], fold(item[1].get("text"))), [])
        cand = next((c for c in cands if id(c) not in used), None)
        if cand is None:
            left_old.append(item)
        else:
            used.add(id(cand))
            pairs.append((item, cand))
    left_new = [c for c in new_e if id(c) not in used]
    # Same kind and text, in order: the record moved with an edit before it.
    by_text = {}
    for item in left_new:
        by_text.setdefault((item[0], fold(item[1].get("text"))), []).append(item)
    still_old = []
    for item in left_old:
        cands = by_text.get((item[0], fold(item[1].get("text"))))
        if cands:
            cand = cands.pop(0)
            used.add(id(cand))
            pairs.append((item, cand))
        else:
            still_old.append(item)
    left_new = [c for c in left_new if id(c) not in used]

    changes = []
    for o, n in pairs:
        diffs = _field_changes(o[1], n[1], {"start", "end", "text"})
        if diffs:
            changes.append(Change("~", n[0], o[1], n[1], diffs, paragraph=n[2],
                                  order=order + (n[3], KIND_RANK[n[0]], OP_RANK["~"])))
    for o in still_old:
        # Place a removed record where it would sit in the new text.
        changes.append(Change("-", o[0], o[1], None, paragraph=o[2],
                              order=order + (o[3], KIND_RANK[o[0]], OP_RANK["-"])))
    for n in left_new:
        changes.append(Change("+", n[0], None, n[1], paragraph=n[2],
                              order=order + (n[3], KIND_RANK[n[0]], OP_RANK["+"])))
    return changes


def _find_cover(outer, inners, free, delta):
    """``(a, b)`` such that the free consecutive paragraphs ``inners[a:b]``
    (at least two) exactly cover ``outer``: same span once shifted by
    ``delta``, or the same folded text. None when there are none."""
    otext = fold(outer.get("text"))
    ostart, oend = outer["start"] + delta, outer["end"] + delta
    for a in range(len(inners)):
        first = inners[a]
        ftext = fold(first.get("text"))
        if a not in free or not (first["start"] == ostart or otext.startswith(ftext)):
            continue
        joined, span_ok = ftext, first["start"] == ostart
        for b in range(a + 1, len(inners)):
            if b not in free:
                break
            nxt = inners[b]
            span_ok = span_ok and inners[b - 1]["end"] <= nxt["start"] and nxt["end"] <= oend
            joined = f"{joined} {fold(nxt.get('text'))}".strip()
            if (span_ok and nxt["end"] == oend) or joined == otext:
                return a, b + 1
            if not span_ok and not otext.startswith(joined):
                break
    return None


def _similar(a, b):
    sm = difflib.SequenceMatcher(None, fold(a.get("text")), fold(b.get("text")), autojunk=False)
    return (sm.real_quick_ratio() >= SIMILAR and sm.quick_ratio() >= SIMILAR
            and sm.ratio() >= SIMILAR)


def _align_gap(olds, news, delta):
    """Groups ``(olds, news, how)`` for one gap of the text alignment;
    ``how`` is ``same``, ``split``, ``join``, ``changed``, ``removed`` or
    ``added``."""
    groups = []
    free_old, free_new = list(range(len(olds))), list(range(len(news)))
    found = []
    for i, o in enumerate(olds):            # one old covered by several new: split
        hit = _find_cover(o, news, free_new, delta)
        if hit:
            found.append(([i], list(range(*hit)), "split"))
            free_old.remove(i)
            free_new = [k for k in free_new if not hit[0] <= k < hit[1]]
    for j, n in enumerate(news):            # one new covering several old: join
        if j not in free_new:
            continue
        hit = _find_cover(n, olds, free_old, -delta)
        if hit:
            found.append((list(range(*hit)), [j], "join"))
            free_new.remove(j)
            free_old = [k for k in free_old if not hit[0] <= k < hit[1]]
    # same span, then similar text, keeping order
    last = -1
    for i in list(free_old):
        o = olds[i]
        cand = next((j for j in free_new if j > last and news[j]["start"] == o["start"] + delta
                     and news[j]["end"] == o["end"] + delta), None)
        if cand is None:
            cand = next((j for j in free_new if j > last and _similar(o, news[j])), None)
        if cand is not None:
            found.append(([i], [cand], "changed"))
            free_old.remove(i)
            free_new.remove(cand)
            last = cand
    found += [([i], [], "removed") for i in free_old]
    found += [([], [j], "added") for j in free_new]
    # document order: by old position, added ones after the group before them
    def pos(g):
        if g[0]:
            return (g[0][0], 0)
        prev = [k[0][-1] for k in found if k[0] and k[1] and k[1][-1] < g[1][0]]
        return ((max(prev) if prev else -1), 1 + g[1][0])
    for olist, nlist, how in sorted(found, key=pos):
        groups.append(([olds[k] for k in olist], [news[k] for k in nlist], how))
    return groups


def align_paragraphs(old_ps, new_ps):
    """Aligned groups ``(olds, news, how)`` of two paragraph lists in
    document order (see the module docstring)."""
    sm = difflib.SequenceMatcher(None, [fold(p.get("text")) for p in old_ps],
                                 [fold(p.get("text")) for p in new_ps], autojunk=False)
    groups, delta = [], 0
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            for o, n in zip(old_ps[i1:i2], new_ps[j1:j2]):
                groups.append(([o], [n], "same"))
            if i2 > i1:
                delta = new_ps[j2 - 1]["end"] - old_ps[i2 - 1]["end"]
        else:
            groups += _align_gap(old_ps[i1:i2], new_ps[j1:j2], delta)
    return groups


def _text_diff(old, new):
    """The words that differ between two paragraph texts, with a little
    context: ``... will [-launch-]{+fly+} a ...``."""
    a, b = fold(old).split(" "), fold(new).split(" ")
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    parts, codes = [], [c for c in sm.get_opcodes()]
    for n, (tag, i1, i2, j1, j2) in enumerate(codes):
        if tag == "equal":
            words = a[i1:i2]
            if len(words) > 8:
                head = words[:4] if n > 0 else []
                tail = words[-4:] if n < len(codes) - 1 else []
                words = head + ["..."] + tail
            parts += words
        else:
            if i2 > i1:
                parts.append("[-" + " ".join(a[i1:i2]) + "-]")
            if j2 > j1:
                parts.append("{+" + " ".join(b[j1:j2]) + "+}")
    return " ".join(parts)


def diff_document(old_doc, old_ps, new_doc, new_ps):
    """Changes of one document present on both sides (possibly none)."""
    changes = []
    skip = DERIVED_DOC_KEYS | {k for k in set(old_doc or {}) | set(new_doc or {}) if PROVENANCE.search(k)}
    doc_fields = _field_changes(old_doc or {}, new_doc or {}, skip)
    if doc_fields:
        changes.append(Change("~", "document", old_doc, new_doc, doc_fields, order=(-1,)))
    for g, (olds, news, how) in enumerate(align_paragraphs(old_ps, new_ps)):
        order = (g,)
        if how == "split":
            changes.append(Change("~", "split", olds=olds, news=news, paragraph=news[0],
                                  order=order + (-1, KIND_RANK["split"], 1)))
        elif how == "join":
            changes.append(Change("~", "join", olds=olds, news=news, paragraph=news[0],
                                  order=order + (-1, KIND_RANK["join"], 1)))
        elif how == "removed":
            changes.append(Change("-", "paragraph", olds[0], None, paragraph=olds[0],
                                  order=order + (-1, KIND_RANK["paragraph"], 0)))
        elif how == "added":
            changes.append(Change("+", "paragraph", None, news[0], paragraph=news[0],
                                  order=order + (-1, KIND_RANK["paragraph"], 2)))
        else:
            o, n = olds[0], news[0]
            fields = []
            if fold(o.get("text")) != fold(n.get("text")):
                fields.append(("text", o.get("text"), n.get("text")))
            if o.get("kind") != n.get("kind"):
                fields.append(("kind", o.get("kind"), n.get("kind")))
            if fields:
                changes.append(Change("~", "paragraph", o, n, fields, paragraph=n,
                                      order=order + (-1, KIND_RANK["paragraph"], 1)))
        changes += match_entities(olds, news, order)
    changes.sort(key=lambda c: c.order)
    return changes


def _whole(op, paras):
    """All records of a document that was added or removed."""
    changes = []
    for g, p in enumerate(paras):
        for key, kind in ENTITY_KINDS:
            for e in p.get(key) or []:
                c = Change(op, kind, e if op == "-" else None, e if op == "+" else None, paragraph=p,
                           order=(g, e.get("start", 0), KIND_RANK[kind], OP_RANK[op]))
                changes.append(c)
    changes.sort(key=lambda c: c.order)
    return changes


def diff_extractions(old, new):
    """Per-document changes from extraction ``old`` to ``new``, sorted by
    ``doc_id``; documents without changes are left out."""
    result = []
    for doc_id in sorted(set(old.doc_ids()) | set(new.doc_ids())):
        in_old = doc_id in old.documents or doc_id in old.paragraphs
        in_new = doc_id in new.documents or doc_id in new.paragraphs
        od, nd = old.documents.get(doc_id), new.documents.get(doc_id)
        ops, nps = old.paragraphs.get(doc_id, []), new.paragraphs.get(doc_id, [])
        meta = nd or od or {}
        if not in_old:
            result.append(DocumentChange(doc_id, "added", meta.get("title"), meta.get("date"),
                                         _whole("+", nps)))
        elif not in_new:
            result.append(DocumentChange(doc_id, "removed", meta.get("title"), meta.get("date"),
                                         _whole("-", ops)))
        else:
            changes = diff_document(od, ops, nd, nps)
            if changes:
                result.append(DocumentChange(doc_id, "changed", meta.get("title"), meta.get("date"),
                                             changes))
    return result


def provenance_changes(old, new):
    """``[(key, old value, new value, n documents)]`` for keys describing the
    producing software (versions, model), reported once, not per document."""
    seen = {}
    for doc_id in sorted(set(old.documents) & set(new.documents)):
        od, nd = old.documents[doc_id], new.documents[doc_id]
        for k in sorted(set(od) | set(nd)):
            if k in DERIVED_DOC_KEYS or not PROVENANCE.search(k) or od.get(k) == nd.get(k):
                continue
            key = (k, json.dumps(od.get(k), sort_keys=True), json.dumps(nd.get(k), sort_keys=True))
            seen[key] = seen.get(key, 0) + 1
    return [(k, o, n, count) for (k, o, n), count in sorted(seen.items())]


# ---------------------------------------------------------------- rendering

def _q(text, limit=MAX_SNIPPET):
    text = fold(text)
    if len(text) > limit:
        text = text[:limit - 1].rstrip() + "…"
    return json.dumps(text, ensure_ascii=False)


def _v(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _q(value, 60)
    if isinstance(value, list):
        return "[" + ", ".join(_v(x).strip('"') if isinstance(x, str) else _v(x) for x in value) + "]"
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def context(paragraph, record, width=CONTEXT):
    """A short piece of the paragraph text around ``record``."""
    ptext = fold(paragraph.get("text"))
    etext = fold(record.get("text"))
    if not etext:
        return _q(ptext)
    approx = max(0, record.get("start", 0) - paragraph.get("start", 0))
    hits = [m.start() for m in re.finditer(re.escape(etext), ptext)]
    if not hits:
        return _q(ptext)
    at = min(hits, key=lambda h: (abs(h - approx), h))
    lo, hi = max(0, at - width), min(len(ptext), at + len(etext) + width)
    snippet = ("…" if lo > 0 else "") + ptext[lo:hi] + ("…" if hi < len(ptext) else "")
    return json.dumps(snippet, ensure_ascii=False)


def describe(kind, rec):
    """One record in a line: ``org "JAXA" [Japan Aerospace Exploration Agency]``."""
    if kind == "org":
        names = rec.get("names") or []
        return f'org {_q(rec.get("text"), 60)} [{" | ".join(names)}]'
    if kind == "date":
        value = rec.get("value") or "?"
        mod = f' ({rec["mod"]})' if rec.get("mod") else ""
        return f'date {_q(rec.get("text"), 60)} {value}{mod}'
    if kind == "commitment":
        flags = [rec.get("strength") or "?"]
        if rec.get("reaffirmed"):
            flags.append("reaffirmed")
        actor = rec.get("actor")
        dates = rec.get("dates") or []
        extra = f' dates [{", ".join(dates)}]' if dates else ""
        return (f'commitment [{", ".join(flags)}] actor {_q(actor, 40) if actor else "null"}'
                f'{extra}: {_q(rec.get("text"), 80)}')
    return f"{kind} {_q(rec.get('text'))}"


def _field_line(kind, key, old, new):
    if key == "sha256":
        return f"raw text changed (sha256 {str(old)[:12]} → {str(new)[:12]})"
    if (kind == "date" and key == "value") or (kind == "org" and key == "names"):
        return f"{_v(old).strip(chr(34))} → {_v(new).strip(chr(34))}"
    return f"{key}: {_v(old)} → {_v(new)}"


def render_change(c):
    para = c.paragraph or {}
    where = f'¶{para.get("index", "?")}'
    if c.kind == "document":
        return [f'~ document {"; ".join(_field_line("document", k, o, n) for k, o, n in c.fields)}']
    if c.kind in ("split", "join"):
        olds = ", ".join(f'¶{p.get("index")}' for p in c.olds)
        news = ", ".join(f'¶{p.get("index")}' for p in c.news)
        verb = "split into" if c.kind == "split" else "joined into"
        return [f"~ paragraph {olds} {verb} {news}   {_q(c.news[0].get('text'), 60)}"]
    if c.kind == "paragraph":
        if c.op in "+-":
            rec = c.record
            return [f'{c.op} paragraph ¶{rec.get("index")} ({rec.get("kind")}) {_q(rec.get("text"))}']
        parts = []
        for key, old, new in c.fields:
            if key == "text":
                parts.append(f'text "{_text_diff(old, new)}"')
            else:
                parts.append(f"{key}: {old} → {new}")
        return [f"~ paragraph {where} " + "; ".join(parts)]
    line = f"{c.op} {describe(c.kind, c.record)}"
    if c.op == "~":
        line = f"~ {describe(c.kind, c.old)}\n    " + "; ".join(
            _field_line(c.kind, k, o, n) for k, o, n in c.fields)
        first, rest = line.split("\n", 1)
        return [f"{first}   {where}: {context(para, c.record)}", rest]
    return [f"{line}   {where}: {context(para, c.record)}"]


def summarize(changes):
    """Counts ``{kind: {op: n}}`` and documents added/removed/changed."""
    counts = {k: {"+": 0, "-": 0, "~": 0} for k in ("org", "date", "commitment", "paragraph")}
    split = joined = 0
    docs = {"added": 0, "removed": 0, "changed": 0}
    for d in changes:
        docs[d.status] += 1
        for c in d.changes:
            if c.kind == "split":
                split += 1
            elif c.kind == "join":
                joined += 1
            elif c.kind in counts:
                counts[c.kind][c.op] += 1
    return docs, counts, split, joined


def summary_line(changes, notes=()):
    docs, counts, split, joined = summarize(changes)
    if not changes and not notes:
        return "no changes"
    total = len(changes)

    def ops(kind):
        c = counts[kind]
        return f'+{c["+"]} -{c["-"]} ~{c["~"]}'
    return (f'{total} document{"s" if total != 1 else ""} changed ({docs["added"]} added, '
            f'{docs["removed"]} removed); organizations {ops("org")}; dates {ops("date")}; '
            f'commitments {ops("commitment")}; paragraphs {ops("paragraph")}, '
            f'split {split}, joined {joined}')


def render(changes, notes=()):
    """The report: per document a header and one line per change, then a
    summary line. ``notes`` are ``provenance_changes`` lines."""
    lines = []
    for key, old, new, count in notes:
        lines.append(f"~ provenance {key}: {old} → {new} ({count} document{'s' if count != 1 else ''})")
    if notes:
        lines.append("")
    for d in changes:
        status = {"added": " (new document)", "removed": " (deleted document)", "changed": ""}[d.status]
        title = f"  {_q(d.title, 80)}" if d.title else ""
        date = f"  {d.date}" if d.date else ""
        lines.append(f"=== {d.doc_id}{status}{title}{date}")
        for c in d.changes:
            lines += render_change(c)
        lines.append("")
    lines.append(summary_line(changes, notes))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- textconv

def textconv(data):
    """One JSONL file (documents or paragraphs) as stable lines, one record
    per line and without character offsets, so that a git diff of two
    versions shows the records that changed and not the ones that moved."""
    lines = []
    for n, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            lines.append(f"?? line {n}: {line}")
            continue
        if not isinstance(rec, dict):
            lines.append(f"?? line {n}: {line}")
        elif "kind" in rec and "index" in rec:
            # no index either: a split paragraph would renumber every later line
            lines.append(f'¶ {rec.get("kind")} {json.dumps(rec.get("text"), ensure_ascii=False)}')
            for key, kind in ENTITY_KINDS:
                for e in rec.get(key) or []:
                    rest = {k: v for k, v in sorted(e.items()) if k not in ("start", "end", "text")}
                    more = " ".join(f"{k}={json.dumps(v, ensure_ascii=False, sort_keys=True)}"
                                    for k, v in rest.items())
                    lines.append(f"    {kind} {json.dumps(e.get('text'), ensure_ascii=False)}"
                                 + (f"  {more}" if more else ""))
        else:
            rest = {k: v for k, v in sorted(rec.items()) if k not in ("doc_id",)}
            lines.append(f'{rec.get("doc_id")}  ' + " ".join(
                f"{k}={json.dumps(v, ensure_ascii=False, sort_keys=True)}" for k, v in rest.items()))
    return "\n".join(lines) + ("\n" if lines else "")


# ---------------------------------------------------------------- CLI

def main(argv=None):
    ap = argparse.ArgumentParser(
        prog="python -m pipeline diff",
        description="Record-level report of what changed between two extractions. A and B are "
                    "extraction folders, git revisions (the --out folder at that commit) or REV:path. "
                    "Exit status: 0 no change, 1 changes, 2 error.")
    ap.add_argument("a", nargs="?", default="HEAD", help="old side (default: HEAD, the committed --out)")
    ap.add_argument("b", nargs="?", default=None, help="new side (default: the --out folder on disk)")
    ap.add_argument("--out", default="extracted", help="extraction folder (default: extracted)")
    ap.add_argument("--textconv", metavar="FILE",
                    help="print one JSONL file one record per line (git textconv driver) and exit")
    args = ap.parse_args(argv)
    try:
        if args.textconv:
            try:
                data = Path(args.textconv).read_bytes().decode("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise PipelineError(f"{args.textconv}: cannot read ({exc})") from exc
            sys.stdout.write(textconv(data))
            return 0
        old = load_extraction(args.a, args.out)
        new = load_extraction(args.b if args.b is not None else args.out, args.out)
        changes = diff_extractions(old, new)
        notes = provenance_changes(old, new)
        sys.stdout.write(f"--- {old.label}\n+++ {new.label}\n")
        sys.stdout.write(render(changes, notes))
    except (PipelineError, UnicodeDecodeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 1 if changes or notes else 0


if __name__ == "__main__":
    sys.exit(main())

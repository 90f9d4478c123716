"""Matching two extractions: documents by id, paragraphs aligned by text (splits, joins,
changes), records by span then text; the changes as ``Change`` records."""
import difflib
import json
import re
from dataclasses import dataclass, field

from ...core.textio import fold as textio_fold


ENTITY_KINDS = (("organizations", "org"), ("dates", "date"), ("commitments", "commitment"))
KIND_RANK = {"document": 0, "paragraph": 1, "split": 1, "join": 1, "org": 2, "date": 3, "commitment": 4}
OP_RANK = {"-": 0, "~": 1, "+": 2}
# Document keys derived from the records (shown through them) or describing
# the producing software (shown once for the whole extraction).
DERIVED_DOC_KEYS = {"counts", "n_paragraphs", "doc_id"}
PROVENANCE = re.compile(r"version|model|pipeline")
SIMILAR = 0.5        # text similarity above which two gap paragraphs are "the same, changed"


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

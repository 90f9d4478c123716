"""Score the answers (issue 13) against the answers gold (``tests/gold_answers/{dev,blind}``,
format in ``tests/gold_answers/README.md``).

Metrics, over all statements of a gold folder:

- ``parties_f1``: the statement's parties (``documents.jsonl`` ``party_ids``) against the
  gold ``parties``; countries match by ISO code, bodies by full name or acronym
  (case-insensitive) against the pipeline's canonical name, its registry acronyms and
  aliases ("Quad");
- ``actor_accuracy``: gold commitments are matched to pipeline commitments of the same
  paragraph whose span overlaps the gold ``anchor``; the matched ones count as right when
  ``actor_names`` equal the gold's as sets (same normalization);
- ``deadline_accuracy``: matched commitments whose ``due`` equals the gold's (null == null);
  ``start_accuracy`` the same for ``start_date`` against the gold's ``start``;
- ``topic_f1``: micro-F1 of topic ids over the gold paragraphs (found by their anchor: the
  pipeline paragraph holding its first words) and the matched commitments (a gold
  commitment the pipeline does not find is counted by ``commitments_matched``);
- ``space_accuracy``: the ``space`` flag over the same paragraphs and commitments.

``commitments_matched`` tells how many gold commitments had a pipeline commitment at all.

    python -m pipeline eval            # prints "answers dev" and "answers blind" lines
"""
import json
import re
from pathlib import Path

from ..core.textio import read_jsonl
from ..organizations import knowledge

KEYS = ("parties_f1", "actor_accuracy", "deadline_accuracy", "topic_f1", "space_accuracy")


def _body_keys(name, acronym=None):
    """Lower-case keys a body may be known by: its name and acronym, and when the registry
    knows it, its canonical name, acronyms and aliases."""
    k = knowledge.load()
    keys = {str(name).lower()}
    if acronym:
        keys.add(str(acronym).lower())
    entries = k.lookup(str(name)) + (k.lookup_acronym(str(acronym)) if acronym else [])
    if str(name) in k.by_name:
        entries.append(k.entries[k.by_name[str(name)]])
    for e in entries:
        keys |= {e.name.lower()} | {a.lower() for a in e.acronyms} | {a.lower() for a in e.aliases}
    return keys


def _is_code(value):
    return isinstance(value, str) and len(value) == 2 and value.isupper()


def _unit(value, acronym=None):
    """A comparable party: ("C", code) for a country, ("B", keys) for a body."""
    if _is_code(value):
        return ("C", value)
    return ("B", frozenset(_body_keys(value, acronym)))


def _gold_party(p):
    """A gold party: a country when it carries a code and its name is that country's (or no
    registry body has that name), else a body."""
    code, name = p.get("country"), p["name"]
    if _is_code(code):
        k = knowledge.load()
        if k.country_of(name) == code or not (k.lookup(name) or k.lookup_acronym(p.get("acronym") or "")):
            return ("C", code)
    return _unit(name, p.get("acronym"))


def _same(a, b):
    if a[0] != b[0]:
        return False
    return a[1] == b[1] if a[0] == "C" else bool(a[1] & b[1])


def _match_count(gold, pred):
    """How many gold units find a distinct predicted unit."""
    used = set()
    hits = 0
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and _same(g, p):
                used.add(i)
                hits += 1
                break
    return hits


def _same_set(gold, pred):
    return len(gold) == len(pred) and _match_count(gold, pred) == len(gold)


def _anchor_spans(raw, anchor):
    rx = r"\s+".join(re.escape(w) for w in str(anchor).split())
    return [(m.start(), m.end()) for m in re.finditer(rx, raw)] if rx else []


def _paragraph_at(paras, offset):
    return next((p for p in paras if p["start"] <= offset < p["end"]), None)


# a list marker ("• ", "- ", "3. ", "(b) ") the gold anchor copies and a paragraph's span may leave
# out (ANNOTATION.md: "scoring ignores it either way")
_MARKER = re.compile(r"(?:[-•*–—·▪●◦■□►▸➢✓◆◇○]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)])\s+")


def _paragraph_of(paras, raw, offset):
    """The paragraph holding a gold anchor that starts at ``offset``, its list marker ignored."""
    marker = _MARKER.match(raw, offset)
    return _paragraph_at(paras, offset) or (_paragraph_at(paras, marker.end()) if marker else None)


def _topics_prf(counts, gold, pred):
    g, p = set(gold or []), set(pred or [])
    counts[0] += len(g & p)
    counts[1] += len(p - g)
    counts[2] += len(g - p)


def _party_errors(gold, pred, gold_names, pred_ids):
    """(missed gold names, spurious predicted ids) of one statement's parties."""
    used, missed = set(), []
    for g, name in zip(gold, gold_names):
        i = next((i for i, p in enumerate(pred) if i not in used and _same(g, p)), None)
        if i is None:
            missed.append(name)
        else:
            used.add(i)
    return missed, [pid for i, pid in enumerate(pred_ids) if i not in used]


def _note(errors, kind, anchor, gold, pred):
    if errors is not None and set(gold or []) != set(pred or []):
        errors.append({"kind": kind, "anchor": str(anchor)[:60], "gold": sorted(gold or []), "pred": sorted(pred or [])})


def score_doc(gold, raw, paras, doc, m, errors=None):
    """Add one statement's counts to ``m``; with a list ``errors``, append what differs
    (parties missed and spurious, topics and space flags) for the per-document view."""
    gp = [_gold_party(p) for p in gold.get("parties", [])]
    pred_ids = (doc or {}).get("party_ids") or []
    pp = [_unit(i) for i in pred_ids]
    hit = _match_count(gp, pp)
    m["parties"] = [m["parties"][0] + hit, m["parties"][1] + len(pp) - hit, m["parties"][2] + len(gp) - hit]
    if errors is not None:
        missed, spurious = _party_errors(gp, pp, [p["name"] for p in gold.get("parties", [])], pred_ids)
        if missed or spurious:
            errors.append({"kind": "parties", "missed": missed, "spurious": spurious})
    for g in gold.get("paragraphs", []):
        spans = _anchor_spans(raw, g["anchor"])
        p = next((_paragraph_of(paras, raw, s) for s, _ in spans if _paragraph_of(paras, raw, s)), None)
        _topics_prf(m["topics"], g.get("topics"), p.get("topics") if p else [])
        _note(errors, "paragraph topics", g["anchor"], g.get("topics"), p.get("topics") if p else [])
        if p is not None:
            m["space"][0] += int(bool(p.get("space")) == bool(g.get("space")))
            m["space"][1] += 1
            _note(errors, "paragraph space", g["anchor"], [str(bool(g.get("space")))], [str(bool(p.get("space")))])
    for g in gold.get("commitments", []):
        m["commitments"] += 1
        found = None
        for s, e in _anchor_spans(raw, g["anchor"]):
            para = _paragraph_at(paras, s)
            for c in (para or {}).get("commitments", []):
                if c["start"] < e and s < c["end"]:
                    found = c
                    break
            if found:
                break
        if found is None:
            continue  # commitment recall is the commitments scorer's; answers are scored where both exist
        m["matched"] += 1
        gold_actors = [_unit(a) for a in g.get("actor_names") or []]
        pred_actors = [_unit(a) for a in found.get("actor_names") or []]
        m["actor"] += int(_same_set(gold_actors, pred_actors))
        m["due"] += int(found.get("due") == g.get("due"))
        m["start"] += int(found.get("start_date") == g.get("start"))
        if errors is not None:
            for kind, want, got in (("due", g.get("due"), found.get("due")),
                                    ("start", g.get("start"), found.get("start_date"))):
                if want != got:
                    errors.append({"kind": kind, "anchor": str(g["anchor"])[:60], "gold": want, "pred": got})
        _topics_prf(m["topics"], g.get("topics"), found.get("topics"))
        _note(errors, "commitment topics", g["anchor"], g.get("topics"), found.get("topics"))
        m["space"][0] += int(bool(found.get("space")) == bool(g.get("space")))
        m["space"][1] += 1
        _note(errors, "commitment space", g["anchor"], [str(bool(g.get("space")))], [str(bool(found.get("space")))])
        if errors is not None and not _same_set(gold_actors, pred_actors):
            errors.append({"kind": "actors", "anchor": str(g["anchor"])[:60], "gold": g.get("actor_names"),
                           "pred": found.get("actor_names")})


def _f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def score(raw, out, gold, per_doc=None):
    """The answers metrics of an extraction folder against one answers gold folder; with a
    dict ``per_doc``, each statement's differences under its doc id."""
    raw, out, gold = Path(raw), Path(out), Path(gold)
    docs = {d["doc_id"]: d for d in read_jsonl(out / "documents.jsonl")} if (out / "documents.jsonl").exists() else {}
    m = {"parties": [0, 0, 0], "topics": [0, 0, 0], "space": [0, 0], "commitments": 0, "matched": 0,
         "actor": 0, "due": 0, "start": 0}
    n = 0
    missing = []
    for path in sorted(gold.glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        doc_id = Path(g["file"]).stem
        ppath = out / "paragraphs" / f"{doc_id}.jsonl"
        if doc_id not in docs or not ppath.exists():
            missing.append(doc_id)
            continue
        text = (raw / g["file"]).read_bytes().decode("utf-8-sig")
        errors = [] if per_doc is not None else None
        score_doc(g, text, read_jsonl(ppath), docs[doc_id], m, errors)
        if errors:
            per_doc[doc_id] = errors
        n += 1
    matched = m["matched"]
    return {
        "answers_documents": n,
        "missing_answers_documents": missing,
        "answers_parties_f1": _f1(*m["parties"]),
        "answers_actor_accuracy": round(m["actor"] / matched, 4) if matched else 0.0,
        "answers_deadline_accuracy": round(m["due"] / matched, 4) if matched else 0.0,
        "answers_start_accuracy": round(m["start"] / matched, 4) if matched else 0.0,
        "answers_topic_f1": _f1(*m["topics"]),
        "answers_space_accuracy": round(m["space"][0] / m["space"][1], 4) if m["space"][1] else 0.0,
        "answers_commitments_matched": round(matched / m["commitments"], 4) if m["commitments"] else 0.0,
    }


def summary(metrics):
    """One line: the five figures and the share of gold commitments matched."""
    return (f"parties F1 {metrics['answers_parties_f1']}, actors {metrics['answers_actor_accuracy']}, "
            f"deadlines {metrics['answers_deadline_accuracy']}, topic F1 {metrics['answers_topic_f1']}, "
            f"space {metrics['answers_space_accuracy']} ({metrics['answers_documents']} statements, "
            f"{metrics['answers_commitments_matched']} of gold commitments matched)")


# the per-document view reads tuning sets only: the blind and held-out sets are read as one line
_TUNING = ("tests/written", "tests/gold_answers/dev")


def main(argv=None):
    """``python -m pipeline.tools.evaluate_answers [RAW GOLD OUT]``: each statement's answer
    errors (parties missed and spurious, topics, space flags, actors) on a tuning set (default
    the written set: tests/written/raw, tests/written/answers, build/written)."""
    import argparse
    ap = argparse.ArgumentParser(prog="python -m pipeline.tools.evaluate_answers", description=main.__doc__)
    ap.add_argument("raw", nargs="?", default="tests/written/raw")
    ap.add_argument("gold", nargs="?", default="tests/written/answers")
    ap.add_argument("out", nargs="?", default="build/written")
    ap.add_argument("--kind", action="append", help="only these kinds of error (parties, paragraph topics, ...)")
    args = ap.parse_args(argv)
    gold = Path(args.gold).resolve().as_posix()
    if not any(t in gold for t in _TUNING):
        print("the per-document view reads the written and dev answers only", file=__import__("sys").stderr)
        return 2
    per_doc = {}
    metrics = score(args.raw, args.out, args.gold, per_doc)
    for doc_id, errors in sorted(per_doc.items()):
        shown = [e for e in errors if not args.kind or e["kind"] in args.kind]
        if shown:
            print(doc_id)
        for e in shown:
            print("  " + json.dumps(e, ensure_ascii=False))
    print(summary(metrics))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

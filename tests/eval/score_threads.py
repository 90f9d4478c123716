"""Score OUT/threads.jsonl against a thread gold (tests/gold_threads/threads.json). Standard library only.

    python tests/eval/score_threads.py RAW GOLD_DIR OUT [--json]

A gold member maps to the pipeline's thread members of the same statement
whose span overlaps the raw offsets of the member's anchor (an exact raw
substring of its sentence). A gold link is matched when a record mapped
from its ``from`` member and one mapped from its ``to`` member are linked by
the pipeline, that is sit in the same pipeline thread (a chain A→B→C and a
star A→B, A→C link the same records). Link precision is over the pipeline's
links whose two ends both map to gold members: correct when both map to
members of one gold thread. Relation accuracy: over matched gold links, the
relation of the pipeline link that brought the later record into its
thread. Status accuracy: over gold threads, the status of the pipeline
thread holding the record mapped from the gold thread's first promise (a
miss when none maps).
"""
import json
import sys
from pathlib import Path


def anchor_span(raw_dir, member, cache):
    name = member["file"]
    if name not in cache:
        path = Path(raw_dir) / name
        cache[name] = path.read_text(encoding="utf-8-sig") if path.exists() else ""
    text = cache[name]
    at = text.find(member["anchor"])
    if at < 0:
        return None
    return Path(name).stem, at, at + len(member["anchor"])


def load_pipeline(out):
    """(threads, {(thread, member): (doc, start, end)}, {link: relation})."""
    threads = [json.loads(line) for line in (Path(out) / "threads.jsonl").read_text(encoding="utf-8").splitlines()]
    records = {}  # (thread index, member index) -> (doc, start, end)
    links = {}
    for ti, t in enumerate(threads):
        for mi, m in enumerate(t["members"]):
            records[(ti, mi)] = (m["doc_id"], m["start"], m["end"])
        for ln in t["links"]:
            links[frozenset(((ti, ln["from"]), (ti, ln["to"])))] = ln["relation"]
    return threads, records, links


def mapped(span, records):
    if span is None:
        return set()
    doc, s, e = span
    return {k for k, (d, rs, re_) in records.items() if d == doc and rs < e and s < re_}


def _entering(threads, key):
    """The relation of the pipeline link that brought member ``key`` (thread, member) into its thread."""
    ti, mi = key
    return next((ln["relation"] for ln in threads[ti]["links"] if ln["to"] == mi), None)


def score(raw, gold_dir, out):
    gold = json.loads((Path(gold_dir) / "threads.json").read_text(encoding="utf-8"))
    threads, records, links = load_pipeline(out)
    cache = {}
    matched = relation_ok = total = unmapped = status_ok = 0
    gold_thread_of = {}  # pipeline record -> gold thread ids it maps to
    for gt in gold["threads"]:
        maps = [mapped(anchor_span(raw, m, cache), records) for m in gt["members"]]
        unmapped += sum(1 for m in maps if not m)
        for m in maps:
            for key in m:
                gold_thread_of.setdefault(key, set()).add(gt["id"])
        for ln in gt["links"]:
            total += 1
            pairs = [(x, y) for x in maps[ln["from"]] for y in maps[ln["to"]] if x[0] == y[0] and x != y]
            if pairs:
                matched += 1
                later = [max(x, y, key=lambda k: k[1]) for x, y in pairs]
                relation_ok += any(_entering(threads, k) == ln["relation"] for k in later)
        first = next((k for k, m in enumerate(gt["members"]) if m["role"] == "promise"), 0)
        status = {threads[ti]["status"] for ti, _ in maps[first]}
        status_ok += gt["status"] in status and len(status) == 1
    judged = [pl for pl in links if all(k in gold_thread_of for k in pl)]
    correct = sum(1 for pl in judged if set.intersection(*(gold_thread_of[k] for k in pl)))
    n_threads = len(gold["threads"])
    return {
        "threads_gold_links": total,
        "threads_link_precision": round(correct / len(judged), 4) if judged else 0.0,
        "threads_link_recall": round(matched / total, 4) if total else 0.0,
        "threads_relation_accuracy": round(relation_ok / matched, 4) if matched else 0.0,
        "threads_status_accuracy": round(status_ok / n_threads, 4) if n_threads else 0.0,
        "threads_judged": f"{len(judged)} pipeline links between gold members",
        "threads_member_misses": unmapped,
    }


def main(argv):
    raw, gold_dir, out = argv[:3]
    metrics = score(raw, gold_dir, out)
    if "--json" in argv:
        print(json.dumps(metrics, sort_keys=True))
    else:
        for k, v in metrics.items():
            print(f"{k:34s} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

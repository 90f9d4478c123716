"""Score OUT/threads.jsonl against a thread gold (tests/gold_threads/threads.json). Standard library only.

    python tests/eval/score_threads.py RAW GOLD_DIR OUT [--json]

A gold member maps to the pipeline's thread members of the same statement
whose span overlaps the raw offsets of the member's anchor (an exact raw
substring of its sentence). A gold link is matched when a pipeline link
joins a member mapped from its ``from`` and one mapped from its ``to``
(either direction). Link precision is over the pipeline links whose two
ends both map to gold members: correct when a gold link joins those
members. Relation accuracy: over matched gold links. Status accuracy: over
gold threads, the status of the pipeline thread holding the record mapped
from the gold thread's first promise (a miss when none maps).
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


def score(raw, gold_dir, out):
    gold = json.loads((Path(gold_dir) / "threads.json").read_text(encoding="utf-8"))
    threads, records, links = load_pipeline(out)
    cache = {}
    matched = relation_ok = total = 0
    gold_pairs = {}
    unmapped = 0
    status_ok = 0
    member_map = {}
    for gt in gold["threads"]:
        maps = [mapped(anchor_span(raw, m, cache), records) for m in gt["members"]]
        unmapped += sum(1 for m in maps if not m)
        for k, m in enumerate(maps):
            member_map[(gt["id"], k)] = m
        for ln in gt["links"]:
            total += 1
            F, T = maps[ln["from"]], maps[ln["to"]]
            hit = [pl for pl in links if any(x in F and y in T for x, y in (tuple(pl), tuple(pl)[::-1]))]
            if hit:
                matched += 1
                relation_ok += any(links[pl] == ln["relation"] for pl in hit)
                for pl in hit:
                    gold_pairs[pl] = True
        first = next((k for k, m in enumerate(gt["members"]) if m["role"] == "promise"), 0)
        thread_of = {ti for ti, _ in maps[first]}
        status = {threads[ti]["status"] for ti in thread_of}
        status_ok += gt["status"] in status and len(status) == 1
    gold_records = set().union(*member_map.values()) if member_map else set()
    judged = [pl for pl in links if pl <= gold_records]
    correct = sum(1 for pl in judged if pl in gold_pairs)
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

"""Why the threads stage misses gold thread links: every missed link of ``tests/gold_threads``, by cause.

    .venv/bin/python tools/threads_misses.py [RAW [GOLD_DIR [OUT]]]   (default: raw tests/gold_threads extracted)

Causes, in the order they are checked:

- ``member not an item``: a gold member's anchor overlaps no item of the threads stage (no
  commitment, prospect, report or found report: a Swedish page, a clause the commitment stage
  does not tag, a sentence of a folded paragraph :mod:`pipeline.threads.found` skips);
- ``items exist, no link``: both ends are items but sit in different threads; the best pair
  score is given with its features and the role's threshold, and ``SCORE OK`` when the pair
  passes it, so the link was dropped later (only the best candidates of a statement are kept,
  one paragraph of promises per statement, cohesion of the two groups);
- ``wrong relation``: linked, but another relation brought the later member in.

Then the gold threads whose status the pipeline gets wrong, with the due date it computed. The
thread gold is not blind (tests/gold_threads); never point this at tests/gold_blind.
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "eval"))

from score_threads import _entering, anchor_span, load_pipeline, mapped  # noqa: E402

from pipeline.threads.found import found_reports  # noqa: E402
from pipeline.threads.items import load_items, load_model  # noqa: E402
from pipeline.threads.link import idf_table, score, weight_floor  # noqa: E402


def _items_at(items, span):
    if not span:
        return []
    doc, s, e = span
    return [k for k, it in enumerate(items) if it.doc_id == doc and it.start < e and s < it.end]


def _best_pair(items, ia, ib, ctx):
    """(score, evidence, later item) of the best-scoring pair of items of two members, or None."""
    idf, df, floor, limit, model = ctx
    best = None
    for i in ia:
        for j in ib:
            a, b = items[i], items[j]
            if ((a.date or ""), a.doc_id) > ((b.date or ""), b.doc_id):
                a, b = b, a
            if a.role != "promise" or a.doc_id == b.doc_id:
                continue
            s, ev = score(a, b, idf, model, floor, df, limit)
            if best is None or s > best[0]:
                best = (s, ev, b)
    return best


def _no_link(items, ia, ib, ctx):
    best = _best_pair(items, ia, ib, ctx)
    if not best:
        return "no comparable pair (two reports, or one statement)"
    s, ev, b = best
    threshold = ctx[4]["thresholds"][b.role]
    return ("SCORE OK, dropped later: " if s >= threshold else "") + (
        f"best {s:.3f} (threshold {threshold}) terms={ev['terms']} organizations={ev['organizations']} "
        f"ordinal={ev['ordinal']} acts={ev['acts']} objects={ev['objects']} shared={ev['shared_terms'][:5]}")


def classify(raw, gold_dir, out):
    """({cause: [(gold thread id, link, detail)]}, [status misses])."""
    gold = json.loads((Path(gold_dir) / "threads.json").read_text(encoding="utf-8"))
    threads, records, _ = load_pipeline(out)
    model = load_model()
    items, _ = load_items(out, model, found_reports if model.get("find_reports", True) else None)
    idf, df = idf_table(items, model)
    limit = max(model.get("max_df_share", 1.0) * len(items), model.get("min_df_limit", 1))
    ctx = (idf, df, weight_floor(idf, model), limit, model)
    cache, causes, statuses = {}, {}, []
    for gt in gold["threads"]:
        spans = [anchor_span(raw, m, cache) for m in gt["members"]]
        maps = [mapped(sp, records) for sp in spans]
        at = [_items_at(items, sp) for sp in spans]
        for ln in gt["links"]:
            f, t = ln["from"], ln["to"]
            pairs = [(x, y) for x in maps[f] for y in maps[t] if x[0] == y[0] and x != y]
            if pairs:
                got = {_entering(threads, max(x, y, key=lambda k: k[1])) for x, y in pairs}
                if ln["relation"] in got:
                    continue
                cause, detail = "wrong relation", f"gold {ln['relation']}, pipeline {sorted(map(str, got))}"
            elif not at[f] or not at[t]:
                cause = "member not an item"
                detail = "; ".join(f"[{i}] {gt['members'][i]['role']} {gt['members'][i]['file']} | "
                                   f"{gt['members'][i]['anchor'][:70]}" for i in (f, t) if not at[i])
            else:
                cause, detail = "items exist, no link", _no_link(items, at[f], at[t], ctx)
            causes.setdefault(cause, []).append((gt["id"], ln, detail))
        first = next((k for k, m in enumerate(gt["members"]) if m["role"] == "promise"), 0)
        got = {threads[ti]["status"] for ti, _ in maps[first]}
        if not (gt["status"] in got and len(got) == 1):
            dues = sorted({str(threads[ti]["due"]) for ti, _ in maps[first]})
            statuses.append(f"{gt['id']}: gold {gt['status']} (due {gt.get('due')}), pipeline {sorted(got)} (due {dues})")
    return causes, statuses


def main(argv):
    raw, gold_dir, out = (list(argv) + ["raw", "tests/gold_threads", "extracted"][len(argv):])[:3]
    causes, statuses = classify(raw, gold_dir, out)
    for cause, found in sorted(causes.items(), key=lambda c: (-len(c[1]), c[0])):
        print(f"### {cause}: {len(found)}")
        for gid, ln, detail in found:
            print(f"  {gid} {ln['from']}->{ln['to']} {ln['relation']}: {detail}")
    print(f"### status misses: {len(statuses)}")
    for line in statuses:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Threads stage: what became of each promise across the corpus (issue 15).

A corpus stage after the per-statement ones. It reads an extraction folder
(``documents.jsonl`` and ``paragraphs/*.jsonl``: commitments and ``reports``),
never the raw text, so adding one statement recomputes the threads without
re-tagging the others. Items (:mod:`.items`) are linked across statements
(:mod:`.link`), with the reports of series events the tag stage has no verb for
(:mod:`.found`); the connected links form threads (merged best link first, at most
one paragraph's promises of each statement in a thread, and two groups join only
when at least ``min_cohesion`` of their comparable pairs score ``cohesion_score``:
one loose link does not chain two threads), each with a status as of the
corpus's latest statement date:

- ``fulfilled``: a later statement reports the promised act done;
- ``overdue``: the latest due date of its promises has passed, no report,
  and no promise made after that date;
- ``renewed``: promised again by a later statement, not yet due;
- ``open``: promised once, not yet due (or no date).

Every promise is a thread (most stay alone, ``open`` or ``overdue``); a
report linked to none is left out. Thread ids are a hash of the first
member (earliest promise), so they stay put when later statements arrive;
threads are sorted by their first member. Written to
``OUT/threads.jsonl`` (one thread a line, sorted keys) and
``OUT/tables/threads.csv`` (:mod:`.table`).

Command line: ``python -m pipeline threads --out DIR``.
"""
import hashlib
from pathlib import Path

from ..core.textio import dumps, write_atomic
from .found import found_reports
from .items import load_items, load_model
from .link import cohesive, link, pair_scorer, restated, term_scorer
from .table import to_csv


def _member(it):
    rec = {"role": it.role, "source": it.source, "doc_id": it.doc_id, "date": it.date, "paragraph": it.paragraph,
           "start": it.start, "end": it.end, "text": it.text}
    if it.role == "promise":
        rec["due"] = it.due
        rec["actor"] = it.record.get("actor")
    else:
        rec["trigger"] = it.record.get("trigger")
    return rec


def _components(items, links, exclusive=True, joinable=None, restates=None):
    """(the thread groups, the links kept): links are merged best score first, and one that would
    put items of two paragraphs of one statement into one thread is dropped, since a statement
    makes a promise once (``one_per_statement`` of ``models/threads.json``: the roles it holds
    for, true for both, false for none), unless the two items are one promise told twice
    (``restates``: a summary and the body section it heads, :func:`.link.restated`); so is one
    whose two groups ``joinable`` refuses (too little in common, :func:`.link.cohesive`). Both keep
    a loose link from chaining two threads."""
    parent = list(range(len(items)))
    roles = exclusive if isinstance(exclusive, (list, tuple)) else ("promise", "report") if exclusive else ()
    slots = [{(it.doc_id, it.role): [i]} if it.role in roles else {} for i, it in enumerate(items)]
    members = {i: [i] for i in range(len(items))}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def clash(x, y):
        return items[x].paragraph != items[y].paragraph and not (restates and restates(x, y))
    kept = []
    for ln in sorted(links, key=lambda ln: (-ln[3], ln[1], ln[0])):
        ra, rb = find(ln[0]), find(ln[1])
        if ra != rb:
            a, b = slots[ra], slots[rb]
            if any(clash(x, y) for k, xs in a.items() if k in b for x in xs for y in b[k]):
                continue
            if joinable and not joinable(members[ra], members[rb]):
                continue
            lo, hi = min(ra, rb), max(ra, rb)
            parent[hi] = lo
            slots[lo] = {k: a.get(k, []) + b.get(k, []) for k in sorted(set(a) | set(b))}
            members[lo] = members[lo] + members.pop(hi)
        kept.append(ln)
    groups = {}
    for i in range(len(items)):
        groups.setdefault(find(i), []).append(i)
    return groups, sorted(kept, key=lambda ln: (ln[1], ln[0]))


def status_of(members, relations, as_of):
    """(status, due) of a thread: fulfilled > overdue > renewed > open.

    The due date is the latest any promise gives. A thread is overdue when that date has passed
    by ``as_of`` and no promise was made after it (a promise made again after its deadline
    renews it: "we will work to end support for coal", three years after "by the end of 2021")."""
    promises = [m for m in members if m.role == "promise"]
    dues = [m.due for m in promises if m.due]
    due = max(dues) if dues else None
    reported = max(((m.date or "") for m in members if m.role == "report"), default=None)
    if "fulfills" in relations and not any((m.date or "") > reported for m in promises):
        return "fulfilled", due
    if due and as_of and due < as_of and not any((m.date or "") > due for m in promises):
        return "overdue", due
    if len(promises) > 1:
        return "renewed", due
    return "open", due


def build(items, as_of, model):
    """The thread records, sorted by their first member."""
    pair = pair_scorer(items, model)
    pair_terms = term_scorer(items, model)
    groups, links = _components(items, link(items, model), model.get("one_per_statement", True),
                                lambda left, right: cohesive(left, right, pair, model),
                                lambda i, j: restated(items[i], items[j], pair_terms, model))
    threads = []
    for root, idx in sorted(groups.items()):
        if not any(items[i].role == "promise" for i in idx):
            continue
        pos = {i: n for n, i in enumerate(idx)}
        mine = [ln for ln in links if ln[0] in pos]
        members = [items[i] for i in idx]
        status, due = status_of(members, {ln[2] for ln in mine}, as_of)
        first = members[0]
        threads.append({
            "id": "t" + hashlib.sha1(first.ident.encode("utf-8")).hexdigest()[:12],
            "status": status, "as_of": as_of, "due": due,
            "organizations": sorted(set().union(*(m.organizations for m in members))),
            "members": [_member(m) for m in members],
            "links": [{"from": pos[j], "to": pos[k], "relation": rel, "score": s, "evidence": ev}
                      for j, k, rel, s, ev in sorted(mine, key=lambda ln: (pos[ln[1]], pos[ln[0]]))],
        })
    return threads


def run_threads(out, model_path=None):
    """Compute and write ``OUT/threads.jsonl`` and ``OUT/tables/threads.csv``;
    returns (the threads, whether a file changed)."""
    model = load_model(model_path)
    items, as_of = load_items(out, model, found_reports if model.get("find_reports", True) else None)
    threads = build(items, as_of, model)
    changed = write_atomic(Path(out) / "threads.jsonl", "".join(dumps(t) + "\n" for t in threads))
    changed |= write_atomic(Path(out) / "tables" / "threads.csv", to_csv(threads))
    return threads, changed

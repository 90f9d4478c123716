"""Thread changes between two extractions (``threads.jsonl``, the corpus stage), record by record.

Threads are matched by id (a hash of their first promise, so a thread keeps
its id when later statements join it). A thread only on one side is added
or removed; a matched one whose status, due date, members or links differ
is changed, with each difference shown old → new (members by statement and
offsets, links by member indexes and relation).
"""


def _member_key(m):
    return f'{m["doc_id"]}:{m["start"]}-{m["end"]} {m["role"]}'


def _link_key(t, ln):
    return f'{_member_key(t["members"][ln["from"]])} —{ln["relation"]}→ {_member_key(t["members"][ln["to"]])}'


def _first(t):
    m = t["members"][0]
    return f'{m["doc_id"]}:{m["start"]}-{m["end"]} "{m["text"][:70]}"'


def thread_changes(old, new):
    """[(op, thread id, [detail lines])] in id order."""
    out = []
    for tid in sorted(set(old) | set(new)):
        a, b = old.get(tid), new.get(tid)
        if a is None:
            out.append(("+", tid, [f'{b["status"]}, {len(b["members"])} members, from {_first(b)}']))
        elif b is None:
            out.append(("-", tid, [f'{a["status"]}, {len(a["members"])} members, from {_first(a)}']))
        else:
            lines = [f"{key}: {a.get(key)} → {b.get(key)}" for key in ("status", "due") if a.get(key) != b.get(key)]
            ma, mb = {_member_key(m) for m in a["members"]}, {_member_key(m) for m in b["members"]}
            lines += [f"+ member {k}" for k in sorted(mb - ma)] + [f"- member {k}" for k in sorted(ma - mb)]
            la = {_link_key(a, ln) for ln in a["links"]}
            lb = {_link_key(b, ln) for ln in b["links"]}
            lines += [f"+ link {k}" for k in sorted(lb - la)] + [f"- link {k}" for k in sorted(la - lb)]
            if lines:
                out.append(("~", tid, lines))
    return out


def render_threads(changes):
    if not changes:
        return ""
    lines = ["=== threads"]
    for op, tid, details in changes:
        lines.append(f"{op} thread {tid}  {details[0] if op != '~' else ''}".rstrip())
        if op == "~":
            lines += [f"    {d}" for d in details]
    counts = {op: sum(1 for c in changes if c[0] == op) for op in "+-~"}
    lines.append(f"threads: {counts['+']} added, {counts['-']} removed, {counts['~']} changed")
    return "\n".join(lines) + "\n"

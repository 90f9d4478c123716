"""``OUT/tables/threads.csv``: one row per thread member, for analysts.

Columns: thread, status, due, as_of, member (index in the thread), role,
doc_id, date, start, end, relation (of the link that brought this member
in), linked_from (member index), score, text. Sorted by thread order, then
member; UTF-8, LF line endings (``csv`` module), same bytes for the same threads.
"""
import csv
import io

COLUMNS = ["thread", "status", "due", "as_of", "member", "role", "doc_id", "date", "start", "end",
           "relation", "linked_from", "score", "text"]


def rows(threads):
    for t in threads:
        into = {ln["to"]: ln for ln in t["links"]}
        for i, m in enumerate(t["members"]):
            ln = into.get(i, {})
            yield {"thread": t["id"], "status": t["status"], "due": t.get("due") or "", "as_of": t.get("as_of") or "",
                   "member": i, "role": m["role"], "doc_id": m["doc_id"], "date": m.get("date") or "",
                   "start": m["start"], "end": m["end"], "relation": ln.get("relation", ""),
                   "linked_from": ln.get("from", ""), "score": ln.get("score", ""), "text": m["text"]}


def to_csv(threads):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows(threads):
        writer.writerow(row)
    return buf.getvalue()

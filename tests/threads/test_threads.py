"""The threads stage on small hand-made extraction folders (no spaCy: it reads extracted/ only)."""
import json

from pipeline.threads import run_threads
from pipeline.tools.diff.threads import thread_changes

PROMISE = "Both sides concurred on holding the Eighth meeting of the Comprehensive Dialogue on Space in the United States in 2021."
OTHER = "The partners will expand cooperation on lunar surface science and Earth observation data."


def _write(out, docs):
    """docs: [(doc_id, date, [(text, kind of record, dates)])]: one paragraph per record."""
    (out / "paragraphs").mkdir(parents=True, exist_ok=True)
    lines = []
    for doc_id, date, recs in docs:
        paras, pos = [], 0
        for i, (text, kind, dates) in enumerate(recs):
            rec = {"text": text, "start": pos, "end": pos + len(text), "dates": dates, "organizations": []}
            if kind == "promise":
                rec.update({"actor": "Both sides", "trigger": "concurred on", "strength": "firm"})
            else:
                rec["trigger"] = "hold"
            paras.append({"doc_id": doc_id, "index": i, "kind": "body", "start": pos, "end": pos + len(text),
                          "text": text, "organizations": [], "dates": [],
                          "commitments": [rec] if kind == "promise" else [], "reports": [rec] if kind == "report" else []})
            pos += len(text) + 2
        (out / "paragraphs" / f"{doc_id}.jsonl").write_text("".join(json.dumps(p) + "\n" for p in paras))
        lines.append(json.dumps({"doc_id": doc_id, "date": date}))
    (out / "documents.jsonl").write_text("".join(sorted(ln + "\n" for ln in lines)))


def _thread_of(threads, doc_id):
    return next(t for t in threads if t["members"][0]["doc_id"] == doc_id and t["members"][0]["role"] == "promise")


BASE = [("a-2020", "2020-08-26", [(PROMISE, "promise", ["2021"])]),
        ("z-2023", "2023-03-01", [(OTHER, "promise", [])])]
HELD = ("b-2021", "2021-11-10", [("The two Governments held the Eighth meeting of the Comprehensive Dialogue on Space "
                                  "in Washington on November 10, 2021.", "report", ["2021-11-10"])])


def test_a_later_statement_reporting_the_meeting_held_turns_the_thread_fulfilled(tmp_path):
    _write(tmp_path, BASE)
    before, _ = run_threads(tmp_path)
    assert _thread_of(before, "a-2020")["status"] == "overdue"
    _write(tmp_path, BASE + [HELD])
    after, _ = run_threads(tmp_path)
    thread = _thread_of(after, "a-2020")
    assert thread["status"] == "fulfilled"
    assert [(m["doc_id"], m["role"]) for m in thread["members"]] == [("a-2020", "promise"), ("b-2021", "report")]
    assert thread["links"][0]["relation"] == "fulfills" and thread["links"][0]["evidence"]["ordinal"] == 1
    assert thread["id"] == _thread_of(before, "a-2020")["id"]  # the id stays when later statements join


def test_removing_the_report_turns_the_thread_overdue_again(tmp_path):
    _write(tmp_path, BASE + [HELD])
    assert _thread_of(run_threads(tmp_path)[0], "a-2020")["status"] == "fulfilled"
    (tmp_path / "paragraphs" / "b-2021.jsonl").unlink()
    _write(tmp_path, BASE)
    assert _thread_of(run_threads(tmp_path)[0], "a-2020")["status"] == "overdue"


def test_a_meeting_with_another_ordinal_does_not_fulfill_the_promise(tmp_path):
    ninth = ("b-2021", "2021-11-10", [("The two Governments held the Ninth meeting of the Comprehensive Dialogue on "
                                       "Space in Washington.", "report", [])])
    _write(tmp_path, BASE + [ninth])
    thread = _thread_of(run_threads(tmp_path)[0], "a-2020")
    assert thread["status"] == "overdue" and thread["links"] == []


def test_a_promise_not_yet_due_is_open_and_a_repeated_one_renewed(tmp_path):
    docs = [("a-2022", "2022-05-01", [(OTHER, "promise", [])]),
            ("b-2023", "2023-05-01", [("We will expand cooperation on lunar surface science and Earth observation data.",
                                       "promise", [])])]
    _write(tmp_path, docs[:1])
    assert run_threads(tmp_path)[0][0]["status"] == "open"
    _write(tmp_path, docs)
    threads, _ = run_threads(tmp_path)
    assert len(threads) == 1 and threads[0]["status"] == "renewed" and threads[0]["links"][0]["relation"] == "renews"


def test_the_same_extraction_gives_the_same_bytes_twice(tmp_path):
    _write(tmp_path, BASE + [HELD])
    run_threads(tmp_path)
    first = (tmp_path / "threads.jsonl").read_bytes(), (tmp_path / "tables" / "threads.csv").read_bytes()
    _, changed = run_threads(tmp_path)
    assert not changed
    assert ((tmp_path / "threads.jsonl").read_bytes(), (tmp_path / "tables" / "threads.csv").read_bytes()) == first


def test_adding_a_statement_recomputes_threads_without_touching_the_other_statements(tmp_path):
    _write(tmp_path, BASE)
    run_threads(tmp_path)
    paragraphs = {p.name: p.read_bytes() for p in (tmp_path / "paragraphs").glob("*.jsonl")}
    _write(tmp_path, BASE + [HELD])
    run_threads(tmp_path)
    assert all((tmp_path / "paragraphs" / name).read_bytes() == data for name, data in paragraphs.items())
    assert '"fulfills"' in (tmp_path / "threads.jsonl").read_text()


def test_the_diff_reports_a_thread_whose_status_changed(tmp_path):
    _write(tmp_path, BASE)
    old = {t["id"]: t for t in run_threads(tmp_path)[0]}
    _write(tmp_path, BASE + [HELD])
    new = {t["id"]: t for t in run_threads(tmp_path)[0]}
    changes = thread_changes(old, new)
    tid = _thread_of(list(new.values()), "a-2020")["id"]
    assert ("~", tid) in [(op, t) for op, t, _ in changes]
    details = next(d for op, t, d in changes if t == tid)
    assert "status: overdue → fulfilled" in details and any(d.startswith("+ link") for d in details)

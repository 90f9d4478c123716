"""The threads stage on small hand-made extraction folders (no spaCy: it reads extracted/ only)."""
import json

from pipeline.threads import run_threads
from pipeline.tools.diff.threads import thread_changes
from thread_records import write_records

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


def test_a_promise_made_again_after_its_deadline_renews_the_thread_instead_of_leaving_it_overdue(tmp_path):
    coal = "We will end new direct government support for unabated international thermal coal power generation by the end of 2021."
    again = ("c-2024", "2024-06-14", [("We will work with partners to end support for new unabated coal power "
                                       "generation and international thermal coal.", "promise", [])])
    _write(tmp_path, [("a-2021", "2021-06-13", [(coal, "promise", ["2021"])]), BASE[1]])
    assert _thread_of(run_threads(tmp_path)[0], "a-2021")["status"] == "overdue"
    _write(tmp_path, [("a-2021", "2021-06-13", [(coal, "promise", ["2021"])]), BASE[1], again])
    thread = _thread_of(run_threads(tmp_path)[0], "a-2021")
    assert thread["status"] == "renewed" and len(thread["members"]) == 2


def test_a_thread_renewed_before_its_deadline_is_overdue_once_the_deadline_passed(tmp_path):
    host = "India will host the 2025 Quad Leaders Summit in New Delhi."
    again = ("b-2025", "2025-02-13", [("India looks forward to hosting the Quad Leaders Summit in New Delhi.", "promise", [])])
    _write(tmp_path, [("a-2024", "2024-09-21", [(host, "promise", ["2025"])]), again,
                      ("z-2026", "2026-09-01", [(OTHER, "promise", [])])])
    thread = _thread_of(run_threads(tmp_path)[0], "a-2024")
    assert len(thread["members"]) == 2 and thread["status"] == "overdue" and thread["due"] == "2025-12-31"


def test_a_standing_promise_to_meet_annually_is_not_renewed_by_one_dated_meeting(tmp_path):
    standing = "Our foreign ministers will meet annually and our senior officials will meet regularly."
    dated = ("b-2024", "2024-09-21", [("The United States will host the 2025 Quad Foreign Ministers Meeting.", "promise",
                                       ["2025"])])
    _write(tmp_path, [("a-2021", "2021-09-24", [(standing, "promise", [])]), dated, BASE[1]])
    assert _thread_of(run_threads(tmp_path)[0], "a-2021")["links"] == []


def test_a_report_of_an_act_dated_before_the_promise_does_not_fulfill_it(tmp_path):
    promise = "We intend to establish a new ground station supporting the Artemis program of the Accords signatories."
    old_news = ("b-2024", "2024-02-15", [("The Artemis Accords were established in 2020 by the United States together "
                                          "with seven other original signatories of the program.", "report", ["2020"])])
    _write(tmp_path, [("a-2023", "2023-05-20", [(promise, "promise", [])]), old_news, BASE[1]])
    thread = _thread_of(run_threads(tmp_path)[0], "a-2023")
    assert thread["status"] == "open" and thread["links"] == []


def test_an_abbreviation_shares_the_terms_of_its_expansion():
    from pipeline.threads.items import load_model, terms_of
    model = load_model()
    assert {"situational", "awarenes"} <= terms_of("enhance cooperation on SSA and mission assurance", model)


def test_a_manner_adverb_is_no_term_of_what_is_promised():
    from pipeline.threads.items import load_model, terms_of
    terms = terms_of("This Partnership will further strengthen our collaboration to effectively respond to disasters", load_model())
    assert "effectively" not in terms and {"disaster", "respond"} <= terms


def test_a_thread_holds_one_promise_of_each_statement(tmp_path):
    first = "We will share satellite data on climate and disaster response with the Pacific island countries."
    later = [("We will share satellite data on climate with the Pacific island countries.", "promise", []),
             ("We will share satellite data on disaster response with the Pacific island countries.", "promise", [])]
    _write(tmp_path, [("a-2021", "2021-09-24", [(first, "promise", [])]), ("b-2022", "2022-05-24", later)])
    for t in run_threads(tmp_path)[0]:
        docs = [m["doc_id"] for m in t["members"] if m["role"] == "promise"]
        assert len(docs) == len(set(docs))
    assert any(len(t["members"]) == 2 for t in run_threads(tmp_path)[0])



# A statement reports an act once, as it makes a promise once: of two of its paragraphs that could
# fulfill one promise, the one telling it ("have provided scholarships to officials on
# infrastructure projects") is kept, not another paragraph sharing a loose word ("the delivery of
# pandemic preparedness training", Quad 2024); the gold never puts two reports of one statement in
# one thread.
def test_a_thread_holds_one_report_of_each_statement_the_best(tmp_path):
    first = ("The Quad Infrastructure Fellowship will provide scholarships to government officials on the design, "
             "delivery and management of infrastructure projects.")
    told = ("The Quad Infrastructure Fellowship has provided scholarships to government officials on the design and "
            "management of infrastructure projects.")
    loose = ("The Quad Health Security Partnership provided pandemic preparedness training to government officials, "
             "through the delivery of infrastructure projects.")
    write_records(tmp_path, [
        ("a-2023", "2023-05-20", [(first, "commitments", {"action": "provide scholarships", "actor": "we"})]),
        ("b-2024", "2024-09-21", [(told, "reports", {"trigger": "provide"}), (loose, "reports", {"trigger": "provide"})])])
    thread = _thread_of(run_threads(tmp_path)[0], "a-2023")
    reports = [m for m in thread["members"] if m["role"] == "report"]
    assert [m["paragraph"] for m in reports] == [0]


def test_a_reporting_verb_is_no_term_of_what_is_reported():
    from pipeline.threads.items import load_model, terms_of
    terms = terms_of("We applaud the expansion of the Fellowships and note that partners have already "
                     "provided 1,300 fellowships since the initiative was announced", load_model())
    assert not {"applaud", "note", "already", "announc"} & terms and {"expansion", "fellowship"} <= terms


def test_a_possessive_is_its_owner_s_term():
    # "since the initiative was announced at last year’s Summit": year (a stopword), not "year’"
    from pipeline.threads.items import load_model, terms_of
    terms = terms_of("the ROK’s intention to expand the Quad's programs announced at last year’s Summit", load_model())
    assert {"rok", "quad", "summit"} <= terms and not any("’" in t or "'" in t for t in terms)

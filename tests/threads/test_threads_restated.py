"""One statement telling one promise twice (a summary and the body section it heads), issue 15."""
import json

from pipeline.threads import run_threads
from pipeline.threads.items import _item, load_model
from pipeline.threads.link import _overlap, restated

SUMMARY = ("We will develop a new partnership to build back better for the world, through a step change in our "
           "approach to investment for infrastructure, including through a new Build Back Better World partnership.")
BODY = ("Working together and with others, we will develop a partnership to build back better for the world with the "
        "aim of maximising impact on the ground, a step change in quality infrastructure investment for our partners.")
OTHER = "We will halve our collective emissions over the two decades to 2030 and end support for unabated coal power."
REPORT = ("We are advancing our respective efforts to invest in sustainable infrastructure, including through the PGII, "
          "and we launched the partnership for quality infrastructure investment with our partners.")


def _write(out, docs):
    """docs: [(doc_id, date, [(text, kind of record)])]: one paragraph per record."""
    (out / "paragraphs").mkdir(parents=True, exist_ok=True)
    lines = []
    for doc_id, date, recs in docs:
        paras, pos = [], 0
        for i, (text, kind) in enumerate(recs):
            rec = {"text": text, "start": pos, "end": pos + len(text), "dates": [], "organizations": []}
            if kind == "promise":
                rec.update({"actor": "We", "trigger": "will", "strength": "firm", "action": text.split(" will ", 1)[-1]})
            else:
                rec["trigger"] = "launch"
            paras.append({"doc_id": doc_id, "index": i, "kind": "body", "start": pos, "end": pos + len(text),
                          "text": text, "organizations": [], "dates": [],
                          "commitments": [rec] if kind == "promise" else [], "reports": [rec] if kind == "report" else []})
            pos += len(text) + 2
        (out / "paragraphs" / f"{doc_id}.jsonl").write_text("".join(json.dumps(p) + "\n" for p in paras))
        lines.append(json.dumps({"doc_id": doc_id, "date": date, "parties": ["Group of Seven"]}))
    (out / "documents.jsonl").write_text("".join(sorted(ln + "\n" for ln in lines)))


def _holding(threads, text):
    return [t for t in threads if any(m["text"] == text for m in t["members"])]


def test_b3w_summary_and_body_section_of_one_communique_share_the_thread_of_its_report(tmp_path):
    assert load_model().get("restated_min") is not None
    _write(tmp_path, [("a-2021", "2021-06-13", [(SUMMARY, "promise"), (OTHER, "promise"), (BODY, "promise")]),
                      ("b-2024", "2024-06-14", [(REPORT, "report")])])
    threads, _ = run_threads(tmp_path)
    (thread,) = _holding(threads, BODY)
    assert [m["text"] for m in thread["members"]] == [SUMMARY, BODY, REPORT]
    assert thread["status"] == "fulfilled"
    assert _holding(threads, OTHER)[0]["members"] == [m for m in _holding(threads, OTHER)[0]["members"]
                                                      if m["text"] == OTHER]  # another promise of it stays apart


# Two list introductions of one statement ("Focus areas for collaboration are intended to include:")
# share every word and head different lists: too few terms to be one promise told twice.
def test_two_list_introductions_of_one_statement_are_no_restatement():
    model = load_model()
    intro = "Focus areas for collaboration are intended to include:"
    one, two = _items(model, ("a-2026", 9, intro), ("a-2026", 19, intro))
    assert not restated(one, two, lambda a, b: _overlap(a, b, {t: 1.0 for t in a.terms | b.terms}, 0.0), model)
    summary, body = _items(model, ("a-2021", 6, SUMMARY), ("a-2021", 109, BODY))
    idf = {t: 1.0 for t in summary.terms | body.terms}
    assert restated(summary, body, lambda a, b: _overlap(a, b, idf, 0.0), model)
    assert not restated(summary, _items(model, ("b-2024", 1, BODY))[0], lambda a, b: _overlap(a, b, idf, 0.0), model)


def _items(model, *specs):
    out = []
    for doc_id, index, text in specs:
        rec = {"text": text, "start": 0, "end": len(text), "dates": [], "organizations": [], "action": text.split(" will ", 1)[-1]}
        para = {"index": index, "kind": "body", "start": 0, "end": len(text), "text": text, "dates": [],
                "organizations": [], "commitments": [rec], "prospects": [], "reports": []}
        out.append(_item("promise", rec, para, {"doc_id": doc_id, "date": "2021-06-13", "parties": []}, model,
                         "commitment"))
    return out


# A statement's summary list of fields ("in a variety of areas including ...") and the section of one
# of them are one promise told twice (Japan-U.S. Comprehensive Dialogue, 2020); two sections naming
# one field (an AI paragraph and another) are not.
def test_a_summary_list_of_fields_and_the_section_of_one_are_one_promise():
    model = load_model()
    listing = ("Both sides renewed their strong determination to expand bilateral cooperation in a variety of areas "
               "including space security, international rule-making, space situational awareness (SSA), space "
               "exploration, commercial space activities, and global navigation satellite systems")
    section = "both sides committed to enhance cooperation on SSA and mission assurance"
    summary, body = _items(model, ("a-2020", 6, listing), ("a-2020", 8, section))
    overlap = lambda a, b: _overlap(a, b, {t: 1.0 for t in a.terms | b.terms}, 0.0)  # noqa: E731
    assert restated(summary, body, overlap, model)
    one, two = _items(model, ("a-2024", 3, "We will launch an action plan on the use of AI in the world of work"),
                      ("a-2024", 9, "We will leverage the benefits of AI for the SDGs"))
    assert not restated(one, two, overlap, model)

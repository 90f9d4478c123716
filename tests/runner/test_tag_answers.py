"""The tag stage runs the answers stage (issue 13): one statement through the real pipeline."""
from pipeline.runner.tag import tag_document


def _statement(*texts, meta=None):
    raw = "\n\n".join(texts) + "\n"
    paras, pos = [], 0
    for i, t in enumerate(texts):
        s = raw.index(t, pos)
        paras.append({"start": s, "end": s + len(t), "kind": "title" if i == 0 else "body"})
        pos = s + len(t)
    return {"doc_id": "x", "text": raw, "paragraphs": paras, "meta": meta or {"date": "2024-05-01"}, "title": texts[0]}


def test_deadlines_in_relative_and_participial_clauses_and_resolved_actors(nlp):
    seg = _statement(
        "Joint Statement of Japan and the United States",
        "The two sides decided to establish a joint working group, which will hold its first meeting by June 2025.",
        "NASA and JAXA will build the lander, with delivery planned for the second half of 2027.")
    records, _ = tag_document(nlp, seg)
    commitments = [c for r in records for c in r["commitments"]]
    assert [(c["actor_names"], c["due"]) for c in commitments] == [
        (["JP", "US"], "2025-06-30"),
        (["National Aeronautics and Space Administration", "Japan Aerospace Exploration Agency"], "2027-12-31")]
    assert commitments[1]["actor_basis"] == "explicit" and "moon-mars" in commitments[1]["topics"]
    assert records[1]["dates"][0]["mod"] == "BEFORE"
    assert [c["code"] for c in records[0]["countries"]] == ["JP", "US"]

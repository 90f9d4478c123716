"""The per-document view of the answers scorer (pipeline/tools/evaluate_answers.py): what it
lists for a statement, and the sets it refuses (blind and held-out are read as one line)."""
from pipeline.tools import evaluate_answers as ea


def test_the_per_document_view_refuses_the_blind_and_heldout_answers(capsys):
    assert ea.main(["raw", "tests/gold_answers/blind", "extracted"]) == 2
    assert ea.main(["tests/heldout/raw", "tests/heldout/answers", "build/heldout"]) == 2


def test_score_doc_lists_missed_and_spurious_parties_and_topics():
    gold = {"parties": [{"name": "Japan", "country": "JP"}],
            "paragraphs": [{"anchor": "Lunar rovers", "topics": ["moon-mars"], "space": True}]}
    raw = "Lunar rovers will be built."
    paras = [{"start": 0, "end": len(raw), "topics": [], "space": True, "commitments": []}]
    m = {"parties": [0, 0, 0], "topics": [0, 0, 0], "space": [0, 0], "commitments": 0, "matched": 0,
         "actor": 0, "due": 0, "start": 0}
    errors = []
    ea.score_doc(gold, raw, paras, {"party_ids": ["US"]}, m, errors)
    assert errors[0] == {"kind": "parties", "missed": ["Japan"], "spurious": ["US"]}
    assert errors[1]["kind"] == "paragraph topics" and errors[1]["gold"] == ["moon-mars"]
    assert m["parties"] == [0, 1, 1]

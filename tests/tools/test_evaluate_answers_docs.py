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


def test_gold_anchor_with_a_bullet_finds_the_list_item_whose_span_leaves_the_marker_out():
    # ANNOTATION.md: a list item's marker may be left out of its span, scoring ignores it; the
    # answers gold copies the marker into the anchor ("• exchange Earth observation data ...")
    raw = "The agencies will:\n\n• exchange Earth observation data free of charge;\n"
    start = raw.index("exchange")
    paras = [{"start": start, "end": len(raw) - 1, "topics": ["earth-observation"], "space": True, "commitments": []}]
    gold = {"paragraphs": [{"anchor": "• exchange Earth observation data", "topics": ["earth-observation"],
                            "space": True}]}
    m = {"parties": [0, 0, 0], "topics": [0, 0, 0], "space": [0, 0], "commitments": 0, "matched": 0,
         "actor": 0, "due": 0, "start": 0}
    ea.score_doc(gold, raw, paras, {}, m)
    assert m["topics"] == [1, 0, 0] and m["space"] == [1, 1]

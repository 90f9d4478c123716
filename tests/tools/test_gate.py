"""Quality gate (pipeline/tools/gate.py): floors pinned with the inputs hash."""
import json

import pytest

from pipeline.tools import gate

H = "a" * 64
METRICS = {"org_f1": 0.8, "date_f1": 0.9, "offset_errors": 0, "org_false_merges": 1, "documents": 5,
           "missing_documents": [], "counts": {"org_tp_fp_fn": [1, 2, 3]}}


@pytest.fixture
def floors(tmp_path):
    path = tmp_path / "floors.json"
    ok, messages = gate.update_floors(METRICS, path, H)
    assert ok, messages
    return path


def pinned(path):
    return json.loads(path.read_text())


def test_first_update_pins_floors_and_ceilings(floors):
    data = pinned(floors)
    assert data["inputs_sha256"] == H and data["tolerance"] == 0.005
    assert data["floors"] == {"org_f1": 0.8, "date_f1": 0.9, "documents": 5}
    assert data["ceilings"] == {"offset_errors": 0, "org_false_merges": 1}
    assert "lowered" not in data
    assert floors.read_text().endswith("}\n")


def test_same_metrics_pass(floors):
    ok, messages = gate.check(METRICS, floors, H)
    assert ok and messages[-1].startswith("gate passed: 3 metrics at or above their floors, 2 at or under")


def test_below_floor_fails_with_value_and_floor(floors):
    ok, messages = gate.check({**METRICS, "org_f1": 0.79}, floors, H)
    assert not ok
    assert "FAIL org_f1 = 0.79 is below its floor 0.8 (tolerance 0.005)" in messages


def test_above_ceiling_fails(floors):
    ok, messages = gate.check({**METRICS, "offset_errors": 1}, floors, H)
    assert not ok and any(m.startswith("FAIL offset_errors = 1 is above its ceiling 0") for m in messages)


def test_within_tolerance_passes(floors):
    assert gate.check({**METRICS, "org_f1": 0.7951}, floors, H)[0]
    assert not gate.check({**METRICS, "org_f1": 0.7949}, floors, H)[0]
    assert gate.check({**METRICS, "org_f1": 0.7949}, floors, H, tolerance=0.01)[0]


def test_missing_metric_and_missing_documents_fail(floors):
    metrics = {k: v for k, v in METRICS.items() if k != "date_f1"}
    ok, messages = gate.check(metrics, floors, H)
    assert not ok and "FAIL date_f1: not reported (floor 0.9)" in messages
    ok, messages = gate.check({**METRICS, "missing_documents": ["003"]}, floors, H)
    assert not ok and "FAIL missing_documents: 003" in messages
    ok, messages = gate.check({**METRICS, "org_f1": float("nan")}, floors, H)
    assert not ok


def test_new_metric_is_a_note(floors):
    ok, messages = gate.check({**METRICS, "commitment_f1": 0.5}, floors, H)
    assert ok and "note commitment_f1 = 0.5 is not pinned yet (--update pins it)" in messages


def test_hash_change_detected_and_repinned_by_update(floors):
    other = "b" * 64
    ok, messages = gate.check(METRICS, floors, other)
    assert not ok and any("inputs changed since the floors were pinned" in m for m in messages)
    ok, messages = gate.update_floors(METRICS, floors, other)
    assert ok and any("re-pinned aaaaaaaaaaaa → bbbbbbbbbbbb" in m for m in messages)
    assert gate.check(METRICS, floors, other)[0]


def test_update_raises_floors_and_lowers_ceilings(floors):
    ok, messages = gate.update_floors({**METRICS, "org_f1": 0.85, "org_false_merges": 0}, floors, H)
    assert ok
    data = pinned(floors)
    assert data["floors"]["org_f1"] == 0.85 and data["ceilings"]["org_false_merges"] == 0
    assert "raised org_f1: floor 0.8 → 0.85" in messages


def test_lowering_refused_without_reason(floors):
    before = floors.read_bytes()
    for metrics in ({**METRICS, "org_f1": 0.7}, {**METRICS, "offset_errors": 3},
                    {k: v for k, v in METRICS.items() if k != "date_f1"}):
        ok, messages = gate.update_floors(metrics, floors, H)
        assert not ok and messages[0].startswith("REFUSED") and "--allow-lower" in messages[0]
        assert floors.read_bytes() == before        # nothing written
    ok, messages = gate.update_floors(METRICS, floors, H, tolerance=0.05)
    assert not ok and messages[0].startswith("REFUSED tolerance")


def test_within_tolerance_update_keeps_the_floor(floors):
    ok, messages = gate.update_floors({**METRICS, "org_f1": 0.798}, floors, H)
    assert ok and pinned(floors)["floors"]["org_f1"] == 0.8


def test_lowering_with_reason_is_recorded(floors):
    ok, messages = gate.update_floors({**METRICS, "org_f1": 0.7}, floors, "c" * 64,
                                      allow_lower="harder gold for 005 added")
    assert ok
    data = pinned(floors)
    assert data["floors"]["org_f1"] == 0.7
    assert data["lowered"] == [{"metric": "org_f1", "from": 0.8, "to": 0.7,
                                "reason": "harder gold for 005 added", "inputs_sha256": "c" * 64}]
    assert "loosened org_f1: floor 0.8 → 0.7 (harder gold for 005 added)" in messages


def test_no_floors_file_fails(tmp_path):
    ok, messages = gate.check(METRICS, tmp_path / "none.json", H)
    assert not ok and "--update" in messages[0]


def test_inputs_hash_covers_gold_and_scored_raw(tmp_path):
    gold, raw = tmp_path / "gold", tmp_path / "raw"
    gold.mkdir()
    raw.mkdir()
    (gold / "d1.json").write_text("{}")
    (raw / "d1.txt").write_text("text")
    (raw / "other.txt").write_text("not scored")
    first = gate.inputs_hash(raw, gold)
    (raw / "other.txt").write_text("changed, still not scored")
    assert gate.inputs_hash(raw, gold) == first
    (raw / "d1.meta.json").write_text('{"date": "2020-01-01"}')
    second = gate.inputs_hash(raw, gold)
    assert second != first
    (gold / "d1.json").write_text('{"x": 1}')
    assert gate.inputs_hash(raw, gold) != second


def test_main_exit_status(tmp_path, capsys):
    metrics = tmp_path / "metrics.json"
    metrics.write_text(json.dumps(METRICS))
    floors = tmp_path / "floors.json"
    args = ["--metrics", str(metrics), "--floors", str(floors), "--inputs-sha256", H]
    assert gate.main(args) == 1                         # nothing pinned yet
    assert gate.main(args + ["--update"]) == 0
    assert gate.main(args) == 0
    metrics.write_text(json.dumps({**METRICS, "date_f1": 0.5}))
    assert gate.main(args) == 1
    assert "FAIL date_f1 = 0.5 is below its floor 0.9" in capsys.readouterr().err
    assert gate.main(args + ["--update"]) == 1
    assert gate.main(args + ["--update", "--allow-lower", "scorer fix"]) == 0
    assert gate.main(args) == 0
    metrics.write_text("{oops")
    assert gate.main(args) == 2


def test_check_metrics_entry_point(tmp_path, capsys):
    gold, raw = tmp_path / "gold", tmp_path / "raw"
    gold.mkdir()
    raw.mkdir()
    (gold / "d1.json").write_text("{}")
    floors = tmp_path / "floors.json"
    assert gate.check_metrics(METRICS, raw, gold, floors, update=True) == 0
    assert gate.check_metrics(METRICS, raw, gold, floors) == 0
    assert gate.check_metrics({**METRICS, "org_f1": 0.1}, raw, gold, floors) == 1
    assert gate.check_metrics({**METRICS, "org_f1": 0.1}, raw, gold, floors, update=True) == 1

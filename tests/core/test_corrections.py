"""Analysts' corrections (pipeline/core/corrections.py): validated, applied deterministically,
kept out of the tagging fingerprint but in the export's cache key."""
import json

import pytest

from pipeline.core import corrections as corr
from pipeline.core.errors import PipelineError
from pipeline.runner import fingerprint as fp_mod

WHEN = "2026-12-02T19:00:00Z"


def fix(action, start=10, end=20, kind="commitment", **extra):
    return {"doc_id": "d", "kind": kind, "start": start, "end": end, "action": action, "who": "a", "when": WHEN,
            **extra}


def paras():
    return [{"index": 0, "start": 0, "end": 50,
             "organizations": [{"start": 0, "end": 4, "text": "NASA", "names": ["Old Name"]},
                               {"start": 30, "end": 34, "text": "JAXA", "names": ["Japan Aerospace Exploration Agency"]}],
             "dates": [{"start": 22, "end": 26, "text": "2024", "value": "2024"}],
             "commitments": [{"start": 10, "end": 20, "text": "will fly", "actor": "Old Name",
                              "organizations": ["Old Name", "Japan Aerospace Exploration Agency"]},
                             {"start": 35, "end": 45, "text": "will land", "organizations": []}]}]


@pytest.mark.parametrize("rec,why", [
    (fix("delete"), "action"), (fix("reject", start=5, end=5), "offsets"), (fix("reject", start="1"), "offsets"),
    ({**fix("reject"), "doc_id": "../x"}, "doc_id"), ({**fix("reject"), "kind": "paragraph"}, "kind"),
    ({**fix("reject"), "when": "yesterday"}, "when"), ({**fix("reject"), "who": ""}, "who"),
    ({**fix("reject"), "sneaky": 1}, "unknown key"), (fix("rename", kind="organization", name="X"), "from"),
    (fix("rename", name="X", **{"from": "Y"}), "only an organization"), ([1], "JSON object"),
    ({**fix("reject"), "text": "a\nb"}, "one-line"),
])
def test_invalid_correction_has_a_reason(rec, why):
    assert why in corr.problem(rec)


def test_rejected_record_is_dropped_and_accept_restores_it():
    out = corr.apply("d", paras(), [fix("reject"), fix("reject", 22, 26, kind="date")])
    assert [c["start"] for c in out[0]["commitments"]] == [35] and out[0]["dates"] == []
    again = corr.apply("d", paras(), [fix("reject"), fix("accept")])
    assert [c["start"] for c in again[0]["commitments"]] == [10, 35]
    other = corr.apply("e", paras(), [fix("reject")])           # another statement's correction
    assert len(other[0]["commitments"]) == 2


def test_rename_replaces_the_canonical_name_everywhere():
    out = corr.apply("any", paras(), [fix("rename", 0, 4, kind="organization", name="New Name",
                                          **{"from": "Old Name"})])
    assert out[0]["organizations"][0]["names"] == ["New Name"]
    assert out[0]["commitments"][0]["organizations"] == ["New Name", "Japan Aerospace Exploration Agency"]
    assert out[0]["commitments"][0]["actor"] == "New Name"
    assert paras()[0]["organizations"][0]["names"] == ["Old Name"]      # input untouched


def test_read_refuses_a_bad_line(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(fix("reject")) + "\n{oops\n")
    with pytest.raises(PipelineError, match=r"c.jsonl:2: not JSON"):
        corr.read(path)
    path.write_text(json.dumps(fix("reject")) + "\n" + json.dumps(fix("nope")) + "\n")
    with pytest.raises(PipelineError, match=r"c.jsonl:2: action"):
        corr.read(path)
    assert corr.read(tmp_path / "absent.jsonl") == []


def test_corrections_change_the_export_key_not_the_tagging_fingerprint(tmp_path):
    models = tmp_path / "models"
    models.mkdir()
    (models / "config.json").write_text("{}")
    before = fp_mod.fingerprint("m", models=models)
    (models / corr.FILE).write_text(json.dumps(fix("reject")) + "\n")
    assert fp_mod.fingerprint("m", models=models) == before
    (models / "other.json").write_text("{}")
    assert fp_mod.fingerprint("m", models=models) != before
    assert corr.digest([fix("reject")]) != corr.digest([]) == corr.digest([])


def test_a_fixed_name_is_part_of_the_tagging_fingerprint(tmp_path):
    models = tmp_path / "models"
    models.mkdir()
    before = fp_mod.fingerprint("m", models=models)
    (models / corr.FILE).write_text(json.dumps(fix("rename", kind="organization", name="B", **{"from": "A"})) + "\n")
    assert fp_mod.fingerprint("m", models=models) != before

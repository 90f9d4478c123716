"""The answers gold (tests/gold_answers/{dev,blind}, tests/written/answers, tests/heldout/answers) is well formed: topic ids of the taxonomy,
ISO days, paragraph anchors found in the raw statement, commitment anchors of the gold file."""
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOPICS = set(json.loads((ROOT / "models" / "topics.json").read_text(encoding="utf-8"))["topics"])
WRITTEN = ROOT / "tests" / "written"
HELDOUT = ROOT / "tests" / "heldout"
FILES = (sorted((ROOT / "tests" / "gold_answers").glob("*/*.json")) + sorted((WRITTEN / "answers").glob("*.json"))
         + sorted((HELDOUT / "answers").glob("*.json")))


def _base_gold(stem):
    for folder in ("gold", "gold_dev", "gold_blind", "written/gold", "heldout/gold"):
        path = ROOT / "tests" / folder / f"{stem}.json"
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))
    return {}


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_answers_gold_file_is_well_formed(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    own = [root for root in (WRITTEN, HELDOUT) if path.is_relative_to(root)]
    raw_dir = own[0] / "raw" if own else ROOT / "raw"
    raw = (raw_dir / gold["file"]).read_text(encoding="utf-8-sig")
    base = _base_gold(Path(gold["file"]).stem)
    anchors = {c["anchor"] for c in base.get("commitments", [])} | set(base.get("commitments_optional", []))
    for c in gold.get("commitments", []):
        assert c["anchor"] in anchors
        assert set(c["topics"]) <= TOPICS
        for key in ("due", "start"):
            assert c.get(key) is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", c[key])
    for p in gold.get("paragraphs", []):
        assert set(p["topics"]) <= TOPICS
        assert re.search(r"\s+".join(map(re.escape, p["anchor"].split())), raw)
    for party in gold["parties"]:
        assert party["name"]

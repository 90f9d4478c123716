"""A canonical name an analyst fixed (models/corrections.jsonl ``rename``) goes through the
registry: the entry takes the new name and keeps the old one as an alias; a body the
registry lacks gets the new name too."""
import json
import shutil

from pipeline.core.config import MODELS
from pipeline.organizations import knowledge


def models_with(tmp_path, *renames):
    models = tmp_path / "models"
    shutil.copytree(MODELS, models, ignore=shutil.ignore_patterns("corrections.jsonl"))
    lines = [json.dumps({"doc_id": "d", "kind": "organization", "start": 0, "end": 4, "action": "rename",
                         "from": old, "name": new, "who": "a", "when": "2026-12-02T19:00:00Z"})
             for old, new in renames]
    (models / "corrections.jsonl").write_text("".join(line + "\n" for line in lines))
    return models


def test_fixed_name_renames_the_registry_entry_and_keeps_the_old_as_alias(tmp_path):
    k = knowledge.load(str(models_with(tmp_path, ("Japan Aerospace Exploration Agency", "JAXA (Japan)"))))
    eid = k.by_name["JAXA (Japan)"]
    assert "Japan Aerospace Exploration Agency" not in k.by_name
    assert k.entries[eid].name == "JAXA (Japan)"
    assert eid in k.by_key[knowledge.norm_key("Japan Aerospace Exploration Agency")]   # still found by it
    assert eid in k.by_acronym["JAXA"]


def test_fixed_name_of_an_unregistered_body_is_used_and_chains(tmp_path):
    k = knowledge.load(str(models_with(tmp_path, ("Frobnication Office", "Office of Frobnication"),
                                       ("Office of Frobnication", "Frobnication Bureau"))))
    assert k.canonical_unknown("the Frobnication Office", None, "Office") == "Frobnication Bureau"
    assert k.canonical_unknown("Quux Office", None, "Office") == "Quux Office"

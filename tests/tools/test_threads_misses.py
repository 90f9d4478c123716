"""tools/threads_misses.py: every missed gold thread link gets exactly one cause."""
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location("threads_misses", ROOT / "tools" / "threads_misses.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_every_missed_gold_link_gets_one_cause():
    sys.path.insert(0, str(ROOT / "tests" / "eval"))
    import score_threads
    raw, gold, out = ROOT / "raw", ROOT / "tests" / "gold_threads", ROOT / "extracted"
    causes, statuses = _tool().classify(raw, gold, out)
    metrics = score_threads.score(raw, gold, out)
    total = metrics["threads_gold_links"]
    matched = round(metrics["threads_link_recall"] * total)
    right = round(metrics["threads_relation_accuracy"] * matched)
    assert sum(len(v) for v in causes.values()) == total - right
    assert len(causes.get("wrong relation", [])) == matched - right
    n_threads = len(json.loads((gold / "threads.json").read_text(encoding="utf-8"))["threads"])
    assert len(statuses) == n_threads - round(metrics["threads_status_accuracy"] * n_threads)

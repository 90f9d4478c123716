"""``make eval``: score an extraction folder against the seeds' gold annotations.

The scorer is ``tests/eval/score.py`` (a copy of the shared scorer, standard
library only). Three gold sets are scored: ``tests/gold`` (the five seeds'
gold), ``tests/gold_dev`` (corpus statements annotated independently of the
pipeline's output; rules may be tuned on it) and ``tests/gold_blind``
(statements from publishers no rule was written against, annotated by
helpers who never saw the output: read only its aggregate line). A fourth,
``tests/written`` (statements written and annotated by helpers in the manner
of publishers the corpus lacks: their page chrome, PDF and archive layouts,
other languages; a tuning set with its own raw folder, extracted into
``build/written`` by ``make eval``), is scored on its own line, and so is a
fifth, ``tests/heldout`` (written the same way by other helpers, from still other
publishers, and kept out of tuning: a second measure of unseen publishers,
extracted into ``build/heldout``). The metrics
are printed, written to ``--json`` when asked, and checked against the
quality floors of each set (``tests/eval/floors*.json``;
pipeline/tools/gate.py): the command fails when a metric falls below its floor.
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

from ..core.config import ROOT
from ..core.errors import PipelineError

SCORER = ROOT / "tests" / "eval" / "score.py"
THREADS_SCORER = ROOT / "tests" / "eval" / "score_threads.py"  # the corpus stage's links, relations, statuses
GOLD = ROOT / "tests" / "gold"
FLOORS = ROOT / "tests" / "eval" / "floors.json"
# statements written in the manner of unseen publishers: their own raw folder and extraction
WRITTEN = ROOT / "tests" / "written"
# written the same way from other publishers and kept out of tuning (read its aggregate lines)
HELDOUT = ROOT / "tests" / "heldout"
# the sets with a raw folder of their own, and the option naming their extraction
OWN_RAW = ((WRITTEN, "written_out"), (HELDOUT, "heldout_out"))
GOLD_SETS = (("seeds", GOLD, FLOORS),
             ("dev", ROOT / "tests" / "gold_dev", ROOT / "tests" / "eval" / "floors_dev.json"),
             # statements from publishers no rule was written against, annotated by
             # helpers who never saw the output: read its aggregate line only
             ("blind", ROOT / "tests" / "gold_blind", ROOT / "tests" / "eval" / "floors_blind.json"),
             ("threads", ROOT / "tests" / "gold_threads", ROOT / "tests" / "eval" / "floors_threads.json"),
             ("written", WRITTEN / "gold", ROOT / "tests" / "eval" / "floors_written.json"),
             ("heldout", HELDOUT / "gold", ROOT / "tests" / "eval" / "floors_heldout.json"))

# the answers gold of issue 13 (pipeline/tools/evaluate_answers.py): tuned on dev, blind read as one line
ANSWER_SETS = (("answers dev", ROOT / "tests" / "gold_answers" / "dev", ROOT / "tests" / "eval" / "floors_answers_dev.json"),
               ("answers blind", ROOT / "tests" / "gold_answers" / "blind",
                ROOT / "tests" / "eval" / "floors_answers_blind.json"),
               ("answers written", WRITTEN / "answers", ROOT / "tests" / "eval" / "floors_answers_written.json"),
               ("answers heldout", HELDOUT / "answers", ROOT / "tests" / "eval" / "floors_answers_heldout.json"))


def _folders(args, gold):
    """The raw and extraction folders a gold set is scored on (written and held-out sets have their own)."""
    for root, option in OWN_RAW:
        if Path(gold).is_relative_to(root):
            return root / "raw", Path(getattr(args, option))
    return Path(args.raw), Path(args.out)


def score(raw, out, gold=GOLD):
    """The scorer's metrics as a dict (the thread gold has its own scorer)."""
    scorer = THREADS_SCORER if (Path(gold) / "threads.json").exists() else SCORER
    proc = subprocess.run([sys.executable, str(scorer), str(raw), str(gold), str(out), "--json"],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise PipelineError(f"{scorer}: scoring {out} failed:\n{proc.stderr.strip()}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _answers(args, report, gate):
    """Score and gate the answers gold sets that hold statements; one line each."""
    from . import evaluate_answers
    status = 0
    for name, gold, floors in ANSWER_SETS:
        if not gold.is_dir() or not any(gold.glob("*.json")):
            continue
        raw, out = _folders(args, gold)
        metrics = evaluate_answers.score(raw, out, gold)
        report[name] = metrics
        print(f"{name}: {evaluate_answers.summary(metrics)}")
        if not args.no_gate:
            status |= gate.check_metrics(metrics, raw=raw, gold=gold, floors=floors,
                                         update=args.update_floors, allow_lower=args.allow_lower)
    return status


def main(argv):
    ap = argparse.ArgumentParser(prog="python -m pipeline eval", description=__doc__.split("\n")[0])
    ap.add_argument("--raw", default="raw")
    ap.add_argument("--out", default="extracted")
    ap.add_argument("--written-out", default="build/written",
                    help="the extraction of tests/written/raw (default: build/written)")
    ap.add_argument("--heldout-out", default="build/heldout",
                    help="the extraction of tests/heldout/raw (default: build/heldout)")
    ap.add_argument("--gold", help="score this gold folder only (default: the seeds' and the dev set)")
    ap.add_argument("--json", help="also write the metrics to this file")
    ap.add_argument("--no-gate", action="store_true", help="print the metrics without checking the floors")
    ap.add_argument("--update-floors", action="store_true", help="raise the floors to the current metrics")
    ap.add_argument("--allow-lower", metavar="REASON", help="with --update-floors: lower floors, recording why")
    args = ap.parse_args(argv)
    sets = [("gold", Path(args.gold), None)] if args.gold else [g for g in GOLD_SETS if g[1].is_dir()]
    from . import gate
    status = 0
    report = {}
    for name, gold, floors in sets:
        raw, out = _folders(args, gold)
        if not (out / "documents.jsonl").exists():
            raise PipelineError(f"{out}: no extraction of {raw} to score {name} on "
                                f"(make eval extracts it; or: python -m pipeline run --raw {raw} --out {out})")
        metrics = score(raw, out, gold)
        report[name] = metrics
        print(f"== {name} ({gold})")
        for key, value in metrics.items():
            print(f"{key:34s} {value}")
        if not args.no_gate and floors is not None:
            status |= gate.check_metrics(metrics, raw=raw, gold=gold, floors=floors,
                                         update=args.update_floors, allow_lower=args.allow_lower)
    if not args.gold:
        status |= _answers(args, report, gate)
    if args.json:
        Path(args.json).write_text(json.dumps(report, sort_keys=True, indent=2) + "\n", encoding="utf-8")
    return status

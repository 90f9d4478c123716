"""``make eval``: score an extraction folder against the seeds' gold annotations.

The scorer is ``tests/eval/score.py`` (a copy of the shared scorer, standard
library only) and the gold files are ``tests/gold/*.json``. The metrics are
printed, written to ``--json`` when asked, and checked against the quality
floors in ``tests/eval/floors.json`` (pipeline/gate.py): the command fails
when a metric falls below its floor.
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

from .config import ROOT
from .errors import PipelineError

SCORER = ROOT / "tests" / "eval" / "score.py"
GOLD = ROOT / "tests" / "gold"
FLOORS = ROOT / "tests" / "eval" / "floors.json"


def score(raw, out, gold=GOLD):
    """The scorer's metrics as a dict."""
    proc = subprocess.run([sys.executable, str(SCORER), str(raw), str(gold), str(out), "--json"],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise PipelineError(f"{SCORER}: scoring {out} failed:\n{proc.stderr.strip()}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv):
    ap = argparse.ArgumentParser(prog="python -m pipeline eval", description=__doc__.split("\n")[0])
    ap.add_argument("--raw", default="raw")
    ap.add_argument("--out", default="extracted")
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--json", help="also write the metrics to this file")
    ap.add_argument("--no-gate", action="store_true", help="print the metrics without checking the floors")
    ap.add_argument("--update-floors", action="store_true", help="raise the floors to the current metrics")
    ap.add_argument("--allow-lower", metavar="REASON", help="with --update-floors: lower floors, recording why")
    args = ap.parse_args(argv)
    metrics = score(args.raw, args.out, args.gold)
    for key, value in metrics.items():
        print(f"{key:34s} {value}")
    if args.json:
        Path(args.json).write_text(json.dumps(metrics, sort_keys=True, indent=2) + "\n", encoding="utf-8")
    if args.no_gate:
        return 0
    from . import gate
    return gate.check_metrics(metrics, raw=args.raw, gold=args.gold, floors=FLOORS, update=args.update_floors,
                             allow_lower=args.allow_lower)

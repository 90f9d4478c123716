"""Quality gate: metric floors pinned in a file, never lowered silently.

After trafilatura's ``tests/eval_gate.py``. The floors file (by default
``tests/eval/floors.json``) looks like::

    {"inputs_sha256": "<hash of the gold files and the raw files they score>",
     "tolerance": 0.005,
     "floors":   {"org_f1": 0.6009, "date_f1": 0.931, ...},   # higher is better
     "ceilings": {"offset_errors": 0, "org_false_merges": 0},  # lower is better
     "lowered":  [{"metric": ..., "from": ..., "to": ..., "reason": ..., "inputs_sha256": ...}]}

``check`` fails when a metric is below its floor (or above its ceiling) by
more than the tolerance, when a pinned metric is no longer reported, when a
``missing_*`` list is not empty, and when the inputs changed since the floors
were pinned (re-pin with ``--update`` after looking at the metrics).

``update_floors`` (``--update``) raises floors (and lowers ceilings) to the current values and pins
new metrics, but refuses to loosen anything -- lower a floor, raise a
ceiling or the tolerance, drop a metric -- unless a reason is given
(``--allow-lower "reason"``), which is recorded under ``lowered``.

    python -m pipeline gate --metrics build/metrics.json --floors tests/eval/floors.json [--update]
"""
import argparse
import hashlib
import json
import math
import numbers
import re
import sys
from pathlib import Path

from ..core.errors import PipelineError
from ..core.textio import write_atomic

DEFAULT_TOLERANCE = 0.005
LOWER_IS_BETTER = re.compile(r"(^|_)(errors|false_merges|false_splits|misses)$")


def lower_is_better(name):
    """Whether ``name`` gets a ceiling (error counts) rather than a floor."""
    return bool(LOWER_IS_BETTER.search(name))


def numeric_metrics(metrics, prefix=""):
    """``{name: number}`` of a metrics dict; nested dicts are flattened with
    ``_`` (``{"org": {"f1": .9}}`` gives ``org_f1``); lists, strings and
    booleans are not metrics."""
    out = {}
    for key, value in metrics.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(numeric_metrics(value, f"{name}_"))
        elif isinstance(value, numbers.Real) and not isinstance(value, bool) and not math.isnan(value):
            out[name] = value
    return out


def inputs_hash(raw, gold):
    """sha256 over the gold files (``gold/*.json``) and, for each, the raw
    statement it scores (``raw/<doc_id>.txt`` and its ``.meta.json``
    sidecar), by name and content; where the folders sit does not matter."""
    lines = []
    for g in sorted(Path(gold).glob("*.json")):
        doc_id = g.stem
        files = [(f"gold/{g.name}", g)]
        for suffix in (".txt", ".meta.json"):
            path = Path(raw) / f"{doc_id}{suffix}"
            if path.exists():
                files.append((f"raw/{doc_id}{suffix}", path))
        for name, path in files:
            lines.append(f"{name}\t{hashlib.sha256(path.read_bytes()).hexdigest()}\n")
    return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()


def load_floors(path):
    path = Path(path)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise PipelineError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("floors", {}), dict) \
            or not isinstance(data.get("ceilings", {}), dict):
        raise PipelineError(f"{path}: expected an object with \"floors\" and \"ceilings\" objects")
    return data


def _fmt(value):
    return f"{value:.4f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)


def check(metrics, floors_path, inputs_hash, tolerance=None):
    """``(ok, messages)``: whether ``metrics`` meet the floors and ceilings
    pinned in ``floors_path`` for inputs hashing to ``inputs_hash``.
    ``tolerance`` overrides the pinned one (default: the file's)."""
    pinned = load_floors(floors_path)
    if pinned is None:
        return False, [f"FAIL no floors pinned in {floors_path}: look at the metrics, then pin them "
                       f"with --update"]
    tol = pinned.get("tolerance", DEFAULT_TOLERANCE) if tolerance is None else tolerance
    values = numeric_metrics(metrics)
    fails, notes = [], []
    if pinned.get("inputs_sha256") != inputs_hash:
        fails.append(f"FAIL inputs changed since the floors were pinned (gold or scored raw files): "
                     f"pinned {str(pinned.get('inputs_sha256'))[:12]}, now {inputs_hash[:12]}; "
                     f"check the metrics and re-pin with --update")
    for name, floor in sorted(pinned.get("floors", {}).items()):
        value = values.get(name)
        if value is None or math.isnan(value):
            fails.append(f"FAIL {name}: not reported (floor {_fmt(floor)})")
        elif value < floor - tol:
            fails.append(f"FAIL {name} = {_fmt(value)} is below its floor {_fmt(floor)} (tolerance {tol})")
    for name, ceiling in sorted(pinned.get("ceilings", {}).items()):
        value = values.get(name)
        if value is None or math.isnan(value):
            fails.append(f"FAIL {name}: not reported (ceiling {_fmt(ceiling)})")
        elif value > ceiling + tol:
            fails.append(f"FAIL {name} = {_fmt(value)} is above its ceiling {_fmt(ceiling)} (tolerance {tol})")
    for name, value in sorted(metrics.items()):
        if name.startswith("missing_") and isinstance(value, (list, tuple)) and value:
            fails.append(f"FAIL {name}: {', '.join(map(str, value))}")
    known = set(pinned.get("floors", {})) | set(pinned.get("ceilings", {}))
    for name in sorted(set(values) - known):
        notes.append(f"note {name} = {_fmt(values[name])} is not pinned yet (--update pins it)")
    n_floors, n_ceilings = len(pinned.get("floors", {})), len(pinned.get("ceilings", {}))
    if fails:
        summary = f"gate FAILED: {len(fails)} problem{'s' if len(fails) != 1 else ''} ({floors_path})"
    else:
        summary = (f"gate passed: {n_floors} metrics at or above their floors, {n_ceilings} at or under "
                   f"their ceilings (tolerance {tol}, {floors_path})")
    return not fails, fails + notes + [summary]


def update_floors(metrics, floors_path, inputs_hash, allow_lower=None, tolerance=None):
    """Re-pin ``floors_path`` to ``metrics``: ``(ok, messages)``. Floors only
    rise and ceilings only fall unless ``allow_lower`` gives a reason, which
    is recorded; nothing is written when a loosening is refused."""
    pinned = load_floors(floors_path) or {}
    old_tol = pinned.get("tolerance", DEFAULT_TOLERANCE)
    tol = old_tol if tolerance is None else tolerance
    values = numeric_metrics(metrics)
    floors, ceilings = dict(pinned.get("floors", {})), dict(pinned.get("ceilings", {}))
    lowered = list(pinned.get("lowered", []))
    messages, refused = [], []
    h = inputs_hash

    def loosen(name, old, new, what):
        change = f"{what} {_fmt(old)} → {_fmt(new)}" if new is not None else f"{what} {_fmt(old)} dropped"
        if not allow_lower:
            refused.append(f"REFUSED {name}: {change} loosens the gate; "
                           f"give --allow-lower \"reason\" if this is intended")
            return False
        lowered.append({"metric": name, "from": old, "to": new, "reason": allow_lower, "inputs_sha256": h})
        messages.append(f"loosened {name}: {change} ({allow_lower})")
        return True

    if tol > old_tol and pinned and loosen("tolerance", old_tol, tol, "tolerance") is False:
        tol = old_tol
    for name in sorted(values):
        value = values[name]
        table = ceilings if lower_is_better(name) else floors
        better = (lambda a, b: a <= b) if lower_is_better(name) else (lambda a, b: a >= b)
        what = "ceiling" if lower_is_better(name) else "floor"
        if name not in table:
            table[name] = value
            messages.append(f"pinned {name}: {what} {_fmt(value)}")
        elif value == table[name]:
            continue
        elif better(value, table[name]):
            messages.append(f"{'raised' if what == 'floor' else 'lowered'} {name}: {what} "
                            f"{_fmt(table[name])} → {_fmt(value)}")
            table[name] = value
        elif abs(value - table[name]) <= tol and not allow_lower:
            messages.append(f"kept {name}: {what} {_fmt(table[name])} (now {_fmt(value)}, within tolerance)")
        elif loosen(name, table[name], value, what):
            table[name] = value
    for table, what in ((floors, "floor"), (ceilings, "ceiling")):
        for name in sorted(set(table) - set(values)):
            if loosen(name, table[name], None, what):
                del table[name]
    if pinned.get("inputs_sha256") and pinned.get("inputs_sha256") != h:
        messages.append(f"inputs changed since the floors were pinned: re-pinned "
                        f"{str(pinned['inputs_sha256'])[:12]} → {h[:12]}")
    if refused:
        return False, refused + [f"nothing written to {floors_path}"]
    data = {"inputs_sha256": h, "tolerance": tol, "floors": floors, "ceilings": ceilings}
    data.update({k: v for k, v in pinned.items() if k.startswith("_")})  # reviewers' notes are kept
    if lowered:
        data["lowered"] = lowered
    changed = write_atomic(floors_path, json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    messages.append(f"{'wrote' if changed else 'unchanged:'} {floors_path}")
    return True, messages


def check_metrics(metrics, raw, gold, floors, update=False, allow_lower=None, tolerance=None):
    """What ``make eval`` calls: check (or with ``update`` re-pin) and print;
    the exit status (0 pass, 1 fail)."""
    h = inputs_hash(raw, gold)
    if update:
        ok, messages = update_floors(metrics, floors, h, allow_lower=allow_lower, tolerance=tolerance)
    else:
        ok, messages = check(metrics, floors, h, tolerance)
    for line in messages:
        print(line, file=sys.stdout if ok or not line.startswith(("FAIL", "REFUSED")) else sys.stderr)
    return 0 if ok else 1


def main(argv=None):
    ap = argparse.ArgumentParser(
        prog="python -m pipeline gate",
        description="Check metrics against pinned floors (exit 1 below a floor), or re-pin them.")
    ap.add_argument("--metrics", required=True, help="metrics JSON (python -m pipeline eval --json FILE)")
    ap.add_argument("--floors", default="tests/eval/floors.json", help="floors file (default: %(default)s)")
    ap.add_argument("--raw", default="raw", help="raw statements, for the inputs hash (default: raw)")
    ap.add_argument("--gold", default="tests/gold", help="gold annotations, for the inputs hash")
    ap.add_argument("--inputs-sha256", help="the inputs hash, instead of computing it from --raw/--gold")
    ap.add_argument("--update", action="store_true", help="raise floors to the current metrics and re-pin")
    ap.add_argument("--allow-lower", metavar="REASON", help="with --update: allow loosening, recorded with REASON")
    ap.add_argument("--tolerance", type=float, help="with --update: set the tolerance (default: keep, or 0.005)")
    args = ap.parse_args(argv)
    if args.allow_lower is not None and not args.allow_lower.strip():
        ap.error("--allow-lower needs a reason")
    try:
        metrics = json.loads(Path(args.metrics).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        print(f"error: {args.metrics}: cannot read metrics ({exc})", file=sys.stderr)
        return 2
    h = args.inputs_sha256 or metrics.get("inputs_sha256") or inputs_hash(args.raw, args.gold)
    try:
        if args.update:
            ok, messages = update_floors(metrics, args.floors, h, allow_lower=args.allow_lower,
                                         tolerance=args.tolerance)
        else:
            ok, messages = check(metrics, args.floors, h)
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for line in messages:
        print(line, file=sys.stderr if line.startswith(("FAIL", "REFUSED")) else sys.stdout)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

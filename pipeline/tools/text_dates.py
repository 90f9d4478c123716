"""Check the statement date found in the text against the sidecars' dates (issue 11).

``python -m pipeline text-dates [--raw DIR] [--list]`` hides every sidecar,
segments each statement, finds its date in the text alone (as the tag stage
does when no sidecar gives one) and compares it with the sidecar's ``date``:
``correct``, ``wrong`` (a date found, another than the sidecar's), ``null``
(none found). ``--list`` prints the statements that are not correct. Exit
status 0 (1 when a statement could not be read); the figures are a measurement, not a gate.
"""
import argparse
from pathlib import Path

from ..core.errors import PipelineError
from ..core.textio import decode_raw, read_meta
from ..runner.tag import anchor_date
from ..segment import segment


def text_date(text):
    """The statement's date from its text alone (ISO string), or None: the tag stage's own
    ``anchor_date`` on the statement's segments, with no sidecar."""
    found = anchor_date({"text": text, "meta": {}, "paragraphs": [p.to_dict() for p in segment(text)]})
    return found.isoformat() if found else None


def check(raw_dir, errors=None):
    """[(statement name, sidecar date, text date)] for the statements whose sidecar has a date;
    a statement that cannot be read is left out, its error appended to ``errors``."""
    rows = []
    for path in sorted(Path(raw_dir).glob("*.txt")):
        try:
            meta = read_meta(path) or {}
            if not meta.get("date"):
                continue
            text = decode_raw(path, path.read_bytes())
        except (PipelineError, OSError) as exc:
            if errors is not None:
                errors.append(f"{path}: {exc}")
            continue
        rows.append((path.stem, str(meta["date"]), text_date(text)))
    return rows


def main(argv):
    ap = argparse.ArgumentParser(prog="python -m pipeline text-dates", description=__doc__.split("\n")[0])
    ap.add_argument("--raw", default="raw")
    ap.add_argument("--list", action="store_true", help="print the statements whose text date is not the sidecar's")
    args = ap.parse_args(argv)
    errors = []
    rows = check(args.raw, errors)
    for e in errors:
        print(f"error: {e}")
    correct = sum(1 for _, true, got in rows if got == true)
    wrong = [(n, t, g) for n, t, g in rows if g and g != t]
    null = [(n, t, g) for n, t, g in rows if not g]
    if args.list:
        for name, true, got in wrong + null:
            print(f"{name}\tsidecar {true}\ttext {got or 'null'}")
    print(f"{len(rows)} statements with a sidecar date: text date correct {correct}, "
          f"wrong {len(wrong)}, null {len(null)}")
    return 1 if errors else 0

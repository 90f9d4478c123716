"""Record-level diff of two extractions (``python -m pipeline diff [A] [B]``).

A line diff of JSONL is unreadable: one changed entity rewrites a whole
paragraph line, and one word inserted into a statement shifts the offsets of
everything after it. This module compares records instead:

1. Documents are matched by ``doc_id``; a document only on one side is added
   or removed (all its records with it).
2. Paragraphs are aligned by text in document order (``difflib``), so a
   paragraph that merely moved because text before it changed is unchanged.
   Where the alignment leaves a gap, an old paragraph whose span (shifted by
   the edits before it) or folded text is covered by several new ones was
   *split*; the reverse is *joined*; paragraphs with the same span or similar
   text are paired as *changed*; what is left was added or removed.
3. Within an aligned group of paragraphs, organizations, dates and
   commitments are matched by ``(start, end, text)`` relative to the group's
   start, then by text in order. A matched record whose other keys differ
   (value, canonical names, actor, strength, trigger, reaffirmed, dates, ...)
   is *changed* and shown old -> new; an unmatched one is added or removed.

4. Threads (``threads.jsonl``, the corpus stage) are matched by id (``threads``).

Modules: ``load`` (extraction folders and git revisions), ``match`` (documents,
paragraphs and records matched, the changes), ``render`` (the report, and the textconv
lines). Functions are pure (``load_extraction`` only reads); ``main`` here is the CLI.
Exit status like diff(1): 0 no change, 1 changes, 2 error.

``--textconv FILE`` prints one JSONL file (``documents.jsonl`` or a paragraphs
file) one record per line, without offsets, for git's textconv driver so
``git diff extracted/`` shows records too.
"""
import argparse
import sys
from pathlib import Path

from ...core.errors import PipelineError
from .load import load_extraction
from .match import diff_extractions, provenance_changes
from .render import render, textconv
from .threads import render_threads, thread_changes


def main(argv=None):
    ap = argparse.ArgumentParser(
        prog="python -m pipeline diff",
        description="Record-level report of what changed between two extractions. A and B are "
                    "extraction folders, git revisions (the --out folder at that commit) or REV:path. "
                    "Exit status: 0 no change, 1 changes, 2 error.")
    ap.add_argument("a", nargs="?", default="HEAD", help="old side (default: HEAD, the committed --out)")
    ap.add_argument("b", nargs="?", default=None, help="new side (default: the --out folder on disk)")
    ap.add_argument("--out", default="extracted", help="extraction folder (default: extracted)")
    ap.add_argument("--textconv", metavar="FILE",
                    help="print one JSONL file one record per line (git textconv driver) and exit")
    args = ap.parse_args(argv)
    try:
        if args.textconv:
            try:
                data = Path(args.textconv).read_bytes().decode("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise PipelineError(f"{args.textconv}: cannot read ({exc})") from exc
            sys.stdout.write(textconv(data))
            return 0
        old = load_extraction(args.a, args.out)
        new = load_extraction(args.b if args.b is not None else args.out, args.out)
        changes = diff_extractions(old, new)
        notes = provenance_changes(old, new)
        sys.stdout.write(f"--- {old.label}\n+++ {new.label}\n")
        sys.stdout.write(render(changes, notes))
        threads = thread_changes(old.threads, new.threads)
        sys.stdout.write(render_threads(threads))
    except (PipelineError, UnicodeDecodeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 1 if changes or notes or threads else 0

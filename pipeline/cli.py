"""``python -m pipeline <command> [options]``: one command per stage or tool.

Each command lives in its own module as ``main(argv) -> int`` (exit status);
this file only dispatches, so ``python -m pipeline <command> --help`` shows
the command's own options.
"""
import importlib
import sys

from .errors import PipelineError

COMMANDS = {
    "segment": ("pipeline.segment", "split raw statements into paragraphs"),
    "tag": ("pipeline.tag", "tag organizations, dates and commitments in segmented statements"),
    "export": ("pipeline.export", "write documents.jsonl and paragraphs/<doc_id>.jsonl"),
    "run": ("pipeline.run", "segment, tag and export a folder, reprocessing only what changed"),
    "eval": ("pipeline.evaluate", "score an extraction folder against the gold annotations"),
    "gate": ("pipeline.gate", "check metrics against the pinned quality floors"),
    "diff": ("pipeline.diff", "record-level report of what changed between two extractions"),
    "review": ("pipeline.review", "static HTML review pages of the extractions"),
    "tables": ("pipeline.tables", "CSV tables of organizations, dates and commitments"),
    "add": ("pipeline.add", "add a statement (.txt, .html, .pdf) to raw/"),
    "unknown-orgs": ("pipeline.unknown_orgs", "list organizations the registry does not know"),
    "bench": ("pipeline.bench", "throughput and memory benchmark against bare spaCy"),
}


def usage():
    lines = ["usage: python -m pipeline <command> [options]", "", "commands:"]
    lines += [f"  {name:13s} {doc}" for name, (_, doc) in COMMANDS.items()]
    return "\n".join(lines)


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(usage())
        return 0 if argv else 2
    name, rest = argv[0], argv[1:]
    if name not in COMMANDS:
        print(f"pipeline: unknown command {name!r}; one of: {', '.join(COMMANDS)}", file=sys.stderr)
        return 2
    module = importlib.import_module(COMMANDS[name][0])
    try:
        return module.main(rest) or 0
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1

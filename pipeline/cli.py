"""``python -m pipeline <command> [options]``: one command per stage or tool.

The stage commands (segment, tag, export, run) are the thin functions below,
over the stage modules and ``runner.run``; each tool's command is the tool
module's own ``main(argv) -> int`` (exit status) in ``pipeline/tools/``.
This file dispatches, so ``python -m pipeline <command> --help`` shows the
command's own options. Nothing in the stages or the runner imports it.
"""
import argparse
import importlib
import os
import sys

from .core.errors import PipelineError

COMMANDS = {
    "segment": ("pipeline.cli:segment_command", "split raw statements into paragraphs"),
    "tag": ("pipeline.cli:tag_command", "tag organizations, dates and commitments in segmented statements"),
    "export": ("pipeline.cli:export_command", "write documents.jsonl and paragraphs/<doc_id>.jsonl"),
    "run": ("pipeline.cli:run_command", "segment, tag and export a folder, reprocessing only what changed"),
    "threads": ("pipeline.cli:threads_command", "link promises and reports across statements into threads"),
    "eval": ("pipeline.tools.evaluate:main", "score an extraction folder against the gold annotations"),
    "gate": ("pipeline.tools.gate:main", "check metrics against the pinned quality floors"),
    "diff": ("pipeline.tools.diff:main", "record-level report of what changed between two extractions"),
    "review": ("pipeline.tools.review:main", "static HTML review pages of the extractions"),
    "tables": ("pipeline.tools.tables:main", "CSV tables of organizations, dates and commitments"),
    "add": ("pipeline.tools.add:main", "add a statement (.txt, .html, .pdf) to raw/"),
    "unknown-orgs": ("pipeline.tools.unknown_orgs:main", "list organizations the registry does not know"),
    "bench": ("pipeline.tools.bench:main", "throughput and memory benchmark against bare spaCy"),
    "text-dates": ("pipeline.tools.text_dates:main", "check statement dates found in the text against the sidecars"),
    "train-topics": ("pipeline.tools.train_topics:main", "train the topic and space classifier on the answers gold"),
}


def _summary(module):
    """The first line of a module's docstring: the command's description in ``--help``."""
    return module.__doc__.split("\n")[0]


def segment_command(argv):
    """``segment --raw DIR --build DIR`` runs the stage (segments in the build folder);
    ``segment FILE...`` prints each file's paragraphs with their kinds, for inspection."""
    from pathlib import Path
    from . import segment as seg_mod
    from .core.errors import InputError
    from .core.textio import decode_raw, fold, read_meta
    ap = argparse.ArgumentParser(prog="python -m pipeline segment", description=_summary(seg_mod))
    ap.add_argument("files", nargs="*", help="print the paragraphs of these files instead of running the stage")
    ap.add_argument("--raw", default="raw")
    ap.add_argument("--build", default="build")
    args = ap.parse_args(argv)
    if not args.files:
        from .runner.run import run_stages
        return run_stages(raw=args.raw, build=args.build, stages=("segment",))
    status = 0
    texts, titles = {}, {}
    for f in args.files:
        try:
            texts[f] = decode_raw(f, Path(f).read_bytes())
            titles[f] = read_meta(f).get("title")
        except (InputError, OSError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            status = 1
    repeated = seg_mod.corpus_repeats(list(texts.values()))
    try:
        for f, text in texts.items():
            for i, p in enumerate(seg_mod.segment(text, repeated, titles[f])):
                print(f"{f}\t{i}\t{p.kind}\t{p.start}-{p.end}\t{fold(text[p.start:p.end])[:100]}")
    except BrokenPipeError:
        pass
    return status


def tag_command(argv):
    """``tag --raw DIR --build DIR [--jobs N] [--model NAME]`` tags every segmented statement
    of the build folder whose input changed."""
    from .runner import tag as tag_mod
    from .runner.run import run_stages
    ap = argparse.ArgumentParser(prog="python -m pipeline tag", description=_summary(tag_mod))
    ap.add_argument("--raw", default="raw")
    ap.add_argument("--build", default="build")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--model", default=None)
    args = ap.parse_args(argv)
    return run_stages(raw=args.raw, build=args.build, jobs=args.jobs, model=args.model, stages=("segment", "tag"))


def export_command(argv):
    """``export --raw DIR --build DIR --out DIR`` writes the outputs of the tagged statements."""
    from . import export as export_mod
    from .runner.run import run_stages
    ap = argparse.ArgumentParser(prog="python -m pipeline export", description=_summary(export_mod))
    ap.add_argument("--raw", default="raw")
    ap.add_argument("--build", default="build")
    ap.add_argument("--out", default="extracted")
    args = ap.parse_args(argv)
    return run_stages(raw=args.raw, build=args.build, out=args.out, stages=("segment", "export"))


def run_command(argv):
    """``run --raw DIR --out DIR [--build DIR] [--jobs N] [--model NAME] [--scheduler ADDRESS]``: the three stages."""
    from .runner import run as run_mod
    ap = argparse.ArgumentParser(prog="python -m pipeline run", description=_summary(run_mod))
    ap.add_argument("--raw", default="raw")
    ap.add_argument("--out", default="extracted")
    ap.add_argument("--build", default="build")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--model", default=None, help="spaCy model package (default: models/config.json)")
    ap.add_argument("--scheduler", default=None, metavar="ADDRESS",
                    help="tag on a Dask cluster: tcp://host:8786, or local:N for N local worker processes "
                         "(needs the [dask] extra: requirements-dask.lock)")
    ap.add_argument("--prune", action="store_true",
                    help="allow deleting outputs in OUT of statements absent from RAW that another folder wrote")
    ap.add_argument("--corrections", default=None, metavar="FILE",
                    help="analysts' corrections to apply (default: models/corrections.jsonl)")
    args = ap.parse_args(argv)
    return run_mod.run_stages(args.raw, args.out, args.build, args.jobs, args.model, scheduler=args.scheduler,
                              prune=args.prune, corrections=args.corrections)


def threads_command(argv):
    """``threads --out DIR``: the corpus stage, from the extraction folder (OUT/threads.jsonl)."""
    from . import threads as threads_mod
    ap = argparse.ArgumentParser(prog="python -m pipeline threads", description=_summary(threads_mod))
    ap.add_argument("--out", default="extracted")
    args = ap.parse_args(argv)
    from .core.locks import existing_folder_lock
    with existing_folder_lock(args.out):
        threads, changed = threads_mod.run_threads(args.out)
    linked = sum(1 for t in threads if t["links"])
    print(f"{args.out}/threads.jsonl: {len(threads)} threads, {linked} linked{'' if changed else ' (unchanged)'}")
    return 0


def usage():
    lines = ["usage: python -m pipeline <command> [options]", "", "commands:"]
    lines += [f"  {name:13s} {doc}" for name, (_, doc) in COMMANDS.items()]
    return "\n".join(lines)


def command(name):
    """The function behind a command name (imported only when the command runs)."""
    module, _, func = COMMANDS[name][0].partition(":")
    return getattr(importlib.import_module(module), func)


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(usage())
        return 0 if argv else 2
    name, rest = argv[0], argv[1:]
    if name not in COMMANDS:
        print(f"pipeline: unknown command {name!r}; one of: {', '.join(COMMANDS)}", file=sys.stderr)
        return 2
    try:
        return command(name)(rest) or 0
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # an operating-system error no stage turned into a message
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; the outputs written so far are complete files, run again to finish",
              file=sys.stderr)
        return 130

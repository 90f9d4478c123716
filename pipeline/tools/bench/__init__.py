"""Throughput and memory benchmark: the whole pipeline against bare spaCy.

``python -m pipeline bench --raw DIR [--docs N] [--jobs N] [--model NAME]
[--work DIR] [--keep] [--quick] [--check]`` (``make bench``):

1. builds a synthetic corpus of ``--docs`` statements (default 2,000, about
   1,000 tokens each) from the raw statements: seeded, deterministic
   variants that shuffle paragraphs within a statement, combine paragraphs
   of several statements, shift years, swap month and country names and
   perturb long numbers, so every statement has its own content hash; the
   blank-line structure is kept and each statement gets a sidecar with a
   date. The corpus lives in a temporary folder under ``build/bench`` that
   is deleted afterwards (``--keep`` keeps it);
2. runs bare ``nlp.pipe`` (``spacy.load(model)``, no custom components, one
   process, the configured batch size) over exactly the paragraph texts the
   tag stage tags: the folded non-boilerplate paragraphs of the segment
   stage, cut at ``max_nlp_chars`` as the tag stage cuts them;
3. runs the whole pipeline (``run_stages``: segment, model load, tag,
   export) on a fresh build folder with one job, then with ``--jobs`` jobs
   when that is more than one, and compares the two outputs byte for byte;
   then (``--dask N``, default 2; 0 skips) with the tag stage on a Dask
   ``LocalCluster`` of N worker processes (``--scheduler local:N``), whose
   wall time includes starting the cluster and loading the model in each
   worker, and compares its outputs with the one-job run's too; the
   report gives its speedup, the cluster's overhead per statement, and the
   workers a 10-machine cluster would need for 100,000 statements an hour;
   ``--repeat N`` runs the one-job and the Dask passes N times each (fresh
   build folders) and reports the run of median wall time;
4. reruns the pipeline on the one-job build folder with nothing changed
   (the no-op cost of ``python -m pipeline run``);
5. on the first ``--breakdown`` statements (default 200), measures the CPU
   time of bare spaCy and of the tag stage in one process, with each custom
   component and document-level pass timed on its own (CPU time is less
   disturbed than wall time when other work shares the machine);
   ``--profile`` adds a cProfile round whose hottest ``pipeline/`` functions
   go to the report (the profile itself to ``build/bench/last.prof``).

6. (not with ``--quick``; ``--no-long`` skips it) the long inputs of ``long``:
   files of 10,000 and 40,000 short lines and the longest raw statement, each
   through the pipeline on its own, with wall seconds and peak memory per MB.

Every pass runs in its own process (``python -m pipeline bench --child``)
from a snapshot of ``pipeline/`` and ``models/`` taken at the start, so the
passes measure the same code even when the source tree changes during a
long run. Pipeline times are wall-clock, end to end, as seen from outside
the process (interpreter start, imports, model load and all); bare spaCy
is timed around ``nlp.pipe`` alone, and the model load times are reported
separately. Tokens are the bare pass's ``len(doc)`` summed.

Memory: the parent samples the pass's process tree every half second
(``/proc``: RSS summed over the main process and its workers, and PSS,
which counts pages shared after ``fork`` once) together with the number of
statements tagged so far, giving the peak memory by 25/50/75/100% of the
corpus; each pass also reports its ``getrusage`` peaks (its own, and the
largest of its workers'). The quoted peak is the larger of the sampled
RSS sum and the per-process peaks: conservative, since shared pages count
once per process.

Modules: ``corpus`` (the synthetic corpus, the texts the tag stage tags), ``passes``
(each pass in its own process, run and measured from here), ``memory`` (the sampler of
a process tree), ``report`` (the report dict and its table); this file is the command line.

The report is printed as a table and written to ``build/bench/last.json``
(``last-quick.json`` with ``--quick``).
Absolute numbers depend on the machine; quote the ratios. Exit status: 1
when a pass fails or the outputs of one and N jobs differ; with
``--check`` also when a target (ratio >= 0.8, speedup >= 1.6, peak < 1.5
GB) is missed.
"""
import argparse
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from .corpus import COUNTRIES, DOC_TOKENS, MONTHS31, Variation, build_corpus, model_tokenizer_counter, tagged_texts
from .passes import (
    _child_bare, _child_breakdown, _child_pipeline, compare_trees, hotspots, _phases, run_pass,
    snapshot_code
)
from .report import format_report, summarize
from .memory import Sampler
from .long import format_long, long_passes

# what the tests and other callers use, importable from the package as before the split
__all__ = ["main", "parse", "build_corpus", "tagged_texts", "Variation", "COUNTRIES", "MONTHS31", "Sampler",
           "compare_trees", "hotspots", "summarize", "format_report"]


QUICK_DOCS = 60
DEFAULT_DOCS = 2000
BREAKDOWN_DOCS = 200
WORK_PARTS = ("code", "corpus", "bare", "one", "many", "dask", "long", "results")


def _say(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def parse(argv):
    ap = argparse.ArgumentParser(prog="python -m pipeline bench", description=__doc__.split("\n")[0])
    ap.add_argument("--raw", default="raw", help="statements to derive the synthetic corpus from")
    ap.add_argument("--docs", type=int, default=None, help=f"synthetic statements (default {DEFAULT_DOCS})")
    ap.add_argument("--doc-tokens", type=int, default=DOC_TOKENS, help="approximate tokens per statement")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                    help="jobs of the parallel pass (default: the number of CPUs; 1 skips it)")
    ap.add_argument("--model", default=None, help="spaCy model package (default: models/config.json)")
    ap.add_argument("--build", default="build", help="the report goes to BUILD/bench/last.json")
    ap.add_argument("--work", default=None, help="work folder (default: a temporary folder in BUILD/bench)")
    ap.add_argument("--keep", action="store_true", help="keep the work folder (corpus, outputs)")
    ap.add_argument("--quick", action="store_true", help=f"{QUICK_DOCS} statements, for a smoke test")
    ap.add_argument("--dask", type=int, default=2, metavar="N",
                    help="workers of the Dask LocalCluster pass (default 2; 0 skips)")
    ap.add_argument("--repeat", type=int, default=1, metavar="N",
                    help="run the one-job and the Dask passes N times each and keep the median (default 1)")
    ap.add_argument("--scheduler", help=argparse.SUPPRESS)
    ap.add_argument("--no-noop", action="store_true", help="skip the no-op rerun")
    ap.add_argument("--no-long", action="store_true",
                    help="skip the long inputs (40,000 short lines, the longest raw statement)")
    ap.add_argument("--breakdown", type=int, default=BREAKDOWN_DOCS, metavar="N",
                    help=f"CPU time per custom component on the first N statements (default {BREAKDOWN_DOCS}; 0 skips)")
    ap.add_argument("--profile", action="store_true",
                    help="cProfile the breakdown pass; the top functions go to the report, the profile to "
                         "BUILD/bench/last.prof")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    ap.add_argument("--child", choices=("bare", "pipeline", "breakdown"), help=argparse.SUPPRESS)
    ap.add_argument("--result", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    return ap.parse_args(argv)


def main(argv):
    from ...core.config import model_name
    args = parse(argv)
    args.model = model_name(args.model)
    if args.child:
        return _run_child(args)

    docs = args.docs or (QUICK_DOCS if args.quick else DEFAULT_DOCS)
    stem = "last-quick" if args.quick else "last"  # a smoke test does not replace the last real report
    jobs = max(1, args.jobs)
    bench_dir = Path(args.build) / "bench"
    bench_dir.mkdir(parents=True, exist_ok=True)
    own_work = not args.work
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="run-", dir=bench_dir))
    work = work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    load_start = os.getloadavg()[0]
    try:
        code_dir, code_hash, corpus_dir, corpus = _prepare(args, work, docs)
        common = {"raw": corpus_dir, "model": args.model}
        bare, one, many, noop, identical, diff = _timed_passes(args, work, code_dir, corpus_dir, corpus, jobs,
                                                               common)
        dask = _dask_pass(args, work, code_dir, corpus_dir, bare, common)
        breakdown = _breakdown_pass(args, work, code_dir, bench_dir, stem, docs, common)
        long_rows = [] if args.no_long or args.quick else _long_pass(args, work, code_dir)
        rep = _report(args, bench_dir, stem, jobs, code_hash, load_start,
                      (bare, one, many, noop, jobs, corpus, identical, diff), breakdown, dask, long_rows)
        failed = any(r and r.get("exit") for r in (one, many, noop, breakdown, dask)) or not identical \
            or (dask and not dask["identical"]) or any(r["exit"] for r in long_rows)
        if args.check and not all(t["met"] for t in rep["targets"].values()):
            failed = True
        return 1 if failed else 0
    finally:
        if args.keep:
            _say(f"work folder kept: {work}")
        else:
            # a folder given with --work loses only what the bench put in it
            for sub in ([work] if own_work else [work / n for n in WORK_PARTS]):
                shutil.rmtree(sub, ignore_errors=True)


def _run_child(args):
    """One pass inside its child process (``--child``)."""
    if args.child == "bare":
        return _child_bare(args)
    if args.child == "pipeline":
        return _child_pipeline(args)
    if args.child == "breakdown":
        args.profile = args.result + ".prof" if args.profile else None
        return _child_breakdown(args)


def _prepare(args, work, docs):
    """The code snapshot and the synthetic corpus in the work folder, earlier passes' folders
    removed: (code folder, code hash, corpus folder, corpus summary)."""
    code_dir = work / "code"
    if code_dir.exists():
        shutil.rmtree(code_dir)
    code_hash = snapshot_code(code_dir)
    corpus_dir = work / "corpus"
    if corpus_dir.exists():
        shutil.rmtree(corpus_dir)
    _say(f"building {docs} synthetic statements from {args.raw} in {corpus_dir}")
    t = time.perf_counter()
    corpus = build_corpus(args.raw, corpus_dir, docs, seed=args.seed, doc_tokens=args.doc_tokens,
                          count_tokens=model_tokenizer_counter(args.model))
    corpus["build_s"] = round(time.perf_counter() - t, 2)
    for sub in WORK_PARTS[2:]:
        if (work / sub).exists():
            shutil.rmtree(work / sub)
    (work / "results").mkdir()
    return code_dir, code_hash, corpus_dir, corpus


def _timed_passes(args, work, code_dir, corpus_dir, corpus, jobs, common):
    """Bare spaCy, the pipeline with one job and with ``jobs`` jobs (outputs compared), and the
    no-op rerun: (bare, one, many, noop, identical outputs, differing files)."""
    from ...core.errors import PipelineError
    from ...runner.run import work_dir
    _say(f"bare spaCy: nlp.pipe over the tagged paragraphs (~{corpus['estimated_tokens']:,} tokens)")
    bare = run_pass("bare", code_dir, work / "results" / "bare.json", build=work / "bare" / "build", **common)
    if bare["exit"] or "tokens" not in bare:
        raise PipelineError(f"the bare spaCy pass failed (exit status {bare['exit']})")
    _say(f"  {bare['tokens']:,} tokens in {bare['pipe_s']:.1f} s")

    _say("pipeline, 1 job")
    one_build = work / "one" / "build"

    def one_run(k):
        build = one_build if k == 0 else work / "one" / f"build-{k}"
        res = run_pass("pipeline", code_dir, work / "results" / f"one-{k}.json",
                       progress_dir=work_dir(build, corpus_dir) / "tagged", total=bare["statements"],
                       build=build, out=work / "one" / ("out" if k == 0 else f"out-{k}"), jobs=1, **common)
        res["phases"] = _phases(res, work_dir(build, corpus_dir))
        return res

    one = _median(args.repeat, one_run)
    many = None
    identical, diff = True, []
    if jobs > 1:
        _say(f"pipeline, {jobs} jobs")
        many_build = work / "many" / "build"
        many = run_pass("pipeline", code_dir, work / "results" / "many.json",
                        progress_dir=work_dir(many_build, corpus_dir) / "tagged", total=bare["statements"],
                        build=many_build, out=work / "many" / "out", jobs=jobs, **common)
        many["phases"] = _phases(many, work_dir(many_build, corpus_dir))
        _say(f"  {many['wall_s']:.1f} s")
        diff = compare_trees(work / "one" / "out", work / "many" / "out")
        identical = not diff
    noop = None
    if not args.no_noop:
        _say("no-op rerun")
        noop = run_pass("pipeline", code_dir, work / "results" / "noop.json", build=one_build,
                        out=work / "one" / "out", jobs=jobs, **common)
    return bare, one, many, noop, identical, diff


def _dask_pass(args, work, code_dir, corpus_dir, bare, common):
    """The pipeline with its tag stage on a ``LocalCluster`` of ``--dask`` workers (None when 0),
    its outputs compared with the one-job run's."""
    from ...runner.run import work_dir
    if args.dask <= 0:
        return None
    _say(f"pipeline, tag stage on a Dask LocalCluster of {args.dask} workers")

    def dask_run(k):
        build, out = work / "dask" / f"build-{k}", work / "dask" / f"out-{k}"
        res = run_pass("pipeline", code_dir, work / "results" / f"dask-{k}.json",
                       progress_dir=work_dir(build, corpus_dir) / "tagged", total=bare["statements"],
                       build=build, out=out, jobs=1, scheduler=f"local:{args.dask}", **common)
        res["phases"] = _phases(res, work_dir(build, corpus_dir))
        res["differing_files"] = compare_trees(work / "one" / "out", out)
        return res

    res = _median(args.repeat, dask_run)
    res["workers"] = args.dask
    res["identical"] = not res["differing_files"]
    return res


def _median(n, run):
    """The run of median wall time among ``n`` runs of ``run(k)`` (the lower middle one when
    ``n`` is even), with every run's wall time (``repeats_wall_s``) and differing files."""
    runs = []
    for k in range(max(1, n)):
        runs.append(run(k))
        _say(f"  {runs[-1]['wall_s']:.1f} s" + (f" (run {k + 1} of {n})" if n > 1 else ""))
    chosen = dict(sorted(runs, key=lambda r: r["wall_s"])[(len(runs) - 1) // 2])
    chosen["repeats_wall_s"] = [r["wall_s"] for r in runs]
    if "differing_files" in chosen:  # any run's difference counts
        chosen["differing_files"] = sorted({f for r in runs for f in r["differing_files"]})
    chosen["exit"] = max(r["exit"] for r in runs)
    return chosen


def _long_pass(args, work, code_dir):
    """The long inputs, each through the pipeline in its own process (see ``long``)."""
    _say("long inputs: 10,000 and 40,000 short lines, the longest raw statement")
    rows = long_passes(args.raw, work, code_dir, args.model)
    for r in rows:
        _say(f"  {r['label']}: {r['wall_s']:.1f} s, peak {r['peak_rss_mb']:.0f} MB")
    return rows


def _breakdown_pass(args, work, code_dir, bench_dir, stem, docs, common):
    """The CPU time per component on the first ``--breakdown`` statements (None when 0), with
    the profile's hotspots when ``--profile``."""
    one_build = work / "one" / "build"
    breakdown = None
    if args.breakdown > 0:
        n = min(args.breakdown, docs)
        _say(f"CPU time per component on the first {n} statements" + (" (profiled)" if args.profile else ""))
        breakdown = run_pass("breakdown", code_dir, work / "results" / "breakdown.json",
                             build=one_build, breakdown=n, profile=args.profile, **common)
        prof = work / "results" / "breakdown.json.prof"
        if prof.exists():
            shutil.copyfile(prof, bench_dir / f"{stem}.prof")
            breakdown["hotspots"] = hotspots(prof, code_dir / "pipeline")
    return breakdown


def _report(args, bench_dir, stem, jobs, code_hash, load_start, results, breakdown, dask=None, long_rows=()):
    """The report of the passes, written to ``BUILD/bench/<stem>.json`` and printed."""
    from ...runner.fingerprint import model_version
    info = {"model": f"{args.model}=={model_version(args.model)}", "cpus": os.cpu_count(), "jobs": jobs,
            "code_sha256": code_hash, "python": sys.version.split()[0],
            "date": dt.datetime.now().isoformat(timespec="seconds"),
            "loadavg": {"start": load_start, "end": os.getloadavg()[0]}}
    rep = summarize(*results, info, breakdown, dask)
    rep["long_inputs"] = list(long_rows)
    (bench_dir / f"{stem}.json").write_text(json.dumps(rep, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print("\n".join([format_report(rep)] + format_long(rep["long_inputs"])))
    _say(f"report written to {bench_dir / stem}.json")
    return rep

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
4. reruns the pipeline on the one-job build folder with nothing changed
   (the no-op cost of ``python -m pipeline run``);
5. on the first ``--breakdown`` statements (default 200), measures the CPU
   time of bare spaCy and of the tag stage in one process, with each custom
   component and document-level pass timed on its own (CPU time is less
   disturbed than wall time when other work shares the machine);
   ``--profile`` adds a cProfile round whose hottest ``pipeline/`` functions
   go to the report (the profile itself to ``build/bench/last.prof``).

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

The report is printed as a table and written to ``build/bench/last.json``
(``last-quick.json`` with ``--quick``).
Absolute numbers depend on the machine; quote the ratios. Exit status: 1
when a pass fails or the outputs of one and N jobs differ; with
``--check`` also when a target (ratio >= 0.8, speedup >= 1.6, peak < 1.5
GB) is missed.
"""
import argparse
import datetime as dt
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from ..core.config import MODELS, ROOT

TARGET_RATIO = 0.8
TARGET_SPEEDUP = 1.6
TARGET_PEAK_MB = 1500
QUICK_DOCS = 60
DEFAULT_DOCS = 2000
DOC_TOKENS = 1000
PROGRESS_POINTS = (0.25, 0.5, 0.75, 1.0)
BREAKDOWN_DOCS = 200
WORK_PARTS = ("code", "corpus", "bare", "one", "many", "results")

# ---------------------------------------------------------------------------
# Synthetic corpus
# ---------------------------------------------------------------------------

MONTHS31 = ("January", "March", "May", "July", "August", "October", "December")
COUNTRIES = ("Angola", "India", "Germany", "Peru", "Japan", "Italy", "Australia", "Slovenia", "Sweden",
             "Spain", "Uruguay", "Belgium", "Switzerland", "Lithuania", "Israel", "France", "Canada",
             "Brazil", "Mexico", "Poland", "Romania", "Luxembourg", "Netherlands", "Denmark", "Norway",
             "Finland", "Greece", "Nigeria", "Rwanda", "Chile", "Colombia", "Ecuador", "Argentina",
             "Iceland", "Bulgaria", "Estonia", "Latvia", "Austria", "Ireland", "Portugal")
YEAR = re.compile(r"(?<![\d.,/-])(19[5-9]\d|20[0-4]\d)(?![\d.,/-]?\d)")
LONG_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|(?<![\w.,/-])\d{3}(?!\d)|\d+\.\d+")
NAMES = re.compile(r"\b(" + "|".join(MONTHS31 + COUNTRIES) + r")\b")


class Source:
    """One raw statement cut into the pieces the synthetic statements are built from."""

    def __init__(self, doc_id, lead, content, tail):
        self.doc_id = doc_id
        self.lead = lead        # raw paragraph texts before the first body paragraph (title, meta, ...)
        self.content = content  # [(raw paragraph text, tokens)] from the first body to the last tagged one
        self.tail = tail        # raw boilerplate paragraphs after the last tagged one


def whitespace_tokens(text):
    return len(text.split())


def load_sources(raw, count_tokens=whitespace_tokens):
    """The raw statements of ``raw`` as ``Source`` records (statements that cannot be read are skipped)."""
    from .. import segment as seg_mod
    from ..core.errors import InputError
    from ..core.textio import decode_raw, fold

    texts = {}
    for path in sorted(Path(raw).glob("*.txt")):
        try:
            texts[path.stem] = decode_raw(path, path.read_bytes())
        except (InputError, OSError):
            continue
    repeats = seg_mod.corpus_repeats([texts[k] for k in sorted(texts)])
    sources = []
    for doc_id, text in sorted(texts.items()):
        paras = seg_mod.segment(text, repeats)
        body = [i for i, p in enumerate(paras) if p.kind == "body"]
        if not body:
            continue
        tagged = [i for i, p in enumerate(paras) if p.kind != "boilerplate"]
        first, last = body[0], tagged[-1]
        piece = lambda p: text[p.start:p.end]  # noqa: E731
        content = [(piece(p), 0 if p.kind == "boilerplate" else count_tokens(fold(piece(p))))
                   for p in paras[first:last + 1]]
        sources.append(Source(doc_id, [piece(p) for p in paras[:first]], content,
                              [piece(p) for p in paras[last + 1:]]))
    return sources


class Variation:
    """A statement's seeded rewrite: years shifted, month and country names swapped, long numbers changed."""

    def __init__(self, rng):
        self.rng = rng
        self.year_shift = rng.randint(-4, 4)
        months = list(MONTHS31)
        rng.shuffle(months)
        countries = list(COUNTRIES)
        rng.shuffle(countries)
        self.names = dict(zip(MONTHS31, months))
        self.names.update(zip(COUNTRIES, countries))

    def _year(self, m):
        year = int(m.group(1)) + self.year_shift
        return str(min(max(year, 1950), 2049))

    def _number(self, m):
        return "".join(str(self.rng.randint(1 if i == 0 else 0, 9)) if c.isdigit() else c
                       for i, c in enumerate(m.group(0)))

    def __call__(self, text):
        text = NAMES.sub(lambda m: self.names[m.group(1)], text)
        text = LONG_NUMBER.sub(self._number, text)
        return YEAR.sub(self._year, text)


def synthesize(sources, index, seed=0, doc_tokens=DOC_TOKENS):
    """Statement ``index`` of the synthetic corpus: (text, meta, estimated tokens)."""
    rng = random.Random(f"bench:{seed}:{index}")
    vary = Variation(rng)
    primary = sources[index % len(sources)]
    others = [s for s in sources if s is not primary] or [primary]
    body = []
    tokens = 0

    def take(src, budget):
        nonlocal tokens
        paras = list(src.content)
        rng.shuffle(paras)
        for text, n in paras:
            if tokens >= budget:
                break
            body.append(text)
            tokens += n

    take(primary, doc_tokens * rng.uniform(0.4, 0.8))
    for src in rng.sample(others, min(len(others), 3)):
        take(src, doc_tokens)
    while tokens < doc_tokens:  # tiny raw folders: reuse statements until the statement is long enough
        before = tokens
        take(rng.choice(sources), doc_tokens)
        if tokens == before:
            break
    rng.shuffle(body)
    paras = [vary(p) for p in primary.lead + body] + list(primary.tail)
    text = "\n\n".join(paras) + "\n"
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(12 * 365))
    meta = {"date": day.isoformat(),
            "source": f"bench synthetic statement {index} (seed {seed}) from {primary.doc_id}"}
    return text, meta, tokens


def build_corpus(raw, dest, docs, seed=0, doc_tokens=DOC_TOKENS, count_tokens=whitespace_tokens):
    """Write ``docs`` synthetic statements (``bench_NNNNN.txt`` + ``.meta.json``) to ``dest``.

    Deterministic for a given raw folder, seed and token counter; every
    statement's bytes are distinct. Returns a summary dict.
    """
    from ..core.errors import PipelineError
    sources = load_sources(raw, count_tokens)
    if not sources:
        raise PipelineError(f"{raw}: no readable statement with a body paragraph to build the corpus from")
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    seen = set()
    total = 0
    width = max(5, len(str(docs - 1)))
    for i in range(docs):
        for attempt in range(100):
            text, meta, tokens = synthesize(sources, i if attempt == 0 else i + 1_000_003 * attempt, seed,
                                            doc_tokens)
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if digest not in seen:
                break
        seen.add(digest)
        total += tokens
        name = f"bench_{i:0{width}d}"
        (dest / f"{name}.txt").write_text(text, encoding="utf-8")
        (dest / f"{name}.meta.json").write_text(json.dumps(meta, sort_keys=True) + "\n", encoding="utf-8")
    return {"docs": docs, "sources": len(sources), "estimated_tokens": total, "seed": seed,
            "doc_tokens": doc_tokens, "dir": str(dest)}


def model_tokenizer_counter(model):
    """Token counter using the spaCy model's own tokenizer."""
    import spacy
    nlp = spacy.load(model)
    tokenizer = nlp.tokenizer
    return lambda text: len(tokenizer(text))


# ---------------------------------------------------------------------------
# The paragraph texts the tag stage tags
# ---------------------------------------------------------------------------

def _chunker():
    try:
        from ..runner.tag import _chunks
        return _chunks
    except ImportError:  # the tag stage no longer cuts long paragraphs this way
        return lambda folded, limit: [(0, len(folded))]


def tagged_texts(seg, limit):
    """The texts ``tag_document`` gives to ``nlp.pipe`` for one segment record."""
    from ..core.textio import fold_with_map
    chunks = _chunker()
    raw = seg["text"]
    out = []
    for p in seg["paragraphs"]:
        if p["kind"] == "boilerplate":
            continue
        folded, _ = fold_with_map(raw[p["start"]:p["end"]], base=p["start"])
        out += [folded[cs:ce] for cs, ce in chunks(folded, limit)]
    return out


# ---------------------------------------------------------------------------
# Passes (each in its own process)
# ---------------------------------------------------------------------------

def _child_bare(args):
    """Bare spaCy over the tagged paragraph texts; timings and counts to ``args.result``."""
    import resource
    from ..core.config import settings
    from ..runner.fingerprint import fingerprint
    from ..runner.run import load_manifest, segment_stage, work_dir
    failures = {}
    work = work_dir(args.build, args.raw)
    keys = segment_stage(args.raw, work, fingerprint(args.model), failures, load_manifest(work))
    limit = settings()["max_nlp_chars"]
    texts = []
    for doc_id in sorted(keys):
        seg = json.loads((work / "segments" / f"{doc_id}.json").read_text(encoding="utf-8"))
        texts += tagged_texts(seg, limit)
    import spacy  # already imported by the tag stage's modules
    t1 = time.perf_counter()
    nlp = spacy.load(args.model)
    t2, c2 = time.perf_counter(), time.process_time()
    tokens = 0
    for doc in nlp.pipe(texts, batch_size=settings()["nlp_batch_size"]):
        tokens += len(doc)
    t3, c3 = time.perf_counter(), time.process_time()
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    from ..runner import nlp as nlp_mod
    full = nlp_mod.load(args.model)
    t4 = time.perf_counter()
    result = {"statements": len(keys), "failed": len(failures), "paragraphs": len(texts),
              "chars": sum(map(len, texts)), "tokens": tokens, "load_s": t2 - t1,
              "pipe_s": t3 - t2, "pipe_cpu_s": c3 - c2, "pipeline_load_s": t4 - t3, "pipe_names": nlp.pipe_names,
              "pipeline_pipe_names": full.pipe_names, "maxrss_kb": maxrss}
    Path(args.result).write_text(json.dumps(result) + "\n", encoding="utf-8")
    return 0


DOC_PASSES = (("organizations", "link_document"), ("commitments", "resolve_document"))


class _Timed:
    """A pipeline component wrapped to add up the CPU time of its calls."""

    def __init__(self, proc):
        self.proc, self.cpu_s = proc, 0.0

    def __call__(self, doc):
        t = time.process_time()
        doc = self.proc(doc)
        self.cpu_s += time.process_time() - t
        return doc

    def pipe(self, docs, **_):
        for doc in docs:
            yield self(doc)

    def __getattr__(self, name):  # memory_zone and the like
        return getattr(self.proc, name)


def _child_breakdown(args):
    """CPU time of bare spaCy and of the tag stage, per custom component, on the first statements."""
    import importlib
    from ..core.config import settings
    from ..runner.fingerprint import fingerprint
    from ..runner.run import load_manifest, segment_stage, work_dir
    from ..runner import nlp as nlp_mod
    from ..runner import tag as tag_mod
    import spacy
    failures = {}
    work = work_dir(args.build, args.raw)
    keys = segment_stage(args.raw, work, fingerprint(args.model), failures, load_manifest(work))
    segs = [json.loads((work / "segments" / f"{d}.json").read_text(encoding="utf-8"))
            for d in sorted(keys)[:args.breakdown]]
    limit = settings()["max_nlp_chars"]
    texts = [t for seg in segs for t in tagged_texts(seg, limit)]
    bare = spacy.load(args.model)
    t = time.process_time()
    tokens = sum(len(doc) for doc in bare.pipe(texts, batch_size=settings()["nlp_batch_size"]))
    bare_cpu = time.process_time() - t
    nlp = nlp_mod.load(args.model)
    custom = [name for name in nlp.pipe_names if name not in bare.pipe_names]
    del bare
    timed = {}
    for i, (name, proc) in enumerate(nlp._components):
        if name in custom:
            timed[name] = _Timed(proc)
            nlp._components[i] = (name, timed[name])
    passes = {}
    for module, func in DOC_PASSES:
        mod = importlib.import_module(f"pipeline.{module}")
        if callable(getattr(mod, func, None)):
            passes[f"{module}.{func}"] = wrapped = _Timed(getattr(mod, func))
            setattr(mod, func, wrapped)
    t = time.process_time()
    for seg in segs:
        with nlp.memory_zone():
            tag_mod.tag_document(nlp, seg)
    total = time.process_time() - t
    components = {k: v.cpu_s for k, v in timed.items()}
    doc_passes = {k: v.cpu_s for k, v in passes.items()}
    if args.profile:  # a second, profiled round: cProfile slows Python code much more than spaCy's
        import cProfile
        profiler = cProfile.Profile()
        profiler.enable()
        for seg in segs:
            with nlp.memory_zone():
                tag_mod.tag_document(nlp, seg)
        profiler.disable()
        profiler.dump_stats(args.profile)
    result = {"statements": len(segs), "paragraphs": len(texts), "tokens": tokens, "bare_cpu_s": bare_cpu,
              "tag_cpu_s": total, "components_cpu_s": components,
              "doc_passes_cpu_s": doc_passes}
    Path(args.result).write_text(json.dumps(result) + "\n", encoding="utf-8")
    return 0


def _child_pipeline(args):
    import resource
    t0 = time.time()
    from ..runner.run import run_stages
    t1 = time.time()
    status = run_stages(args.raw, args.out, args.build, args.jobs, args.model)
    t2 = time.time()
    cpu = sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
              for f in ("ru_utime", "ru_stime"))
    result = {"status": status, "t_start": t0, "t_imported": t1, "t_end": t2, "cpu_s": cpu,
              "maxrss_self_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
              "maxrss_children_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}
    Path(args.result).write_text(json.dumps(result) + "\n", encoding="utf-8")
    return 0


def _proc_children(pid):
    kids = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                kids += [int(x) for x in fh.read().split()]
    except OSError:
        pass
    return kids


def _proc_tree(pid):
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += _proc_children(p)
    return out


def _proc_kb(pid, path, field):
    try:
        with open(f"/proc/{pid}/{path}") as fh:
            for line in fh:
                if line.startswith(field):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def count_done(folder):
    """Finished ``*.json`` files in ``folder`` (temporary files of atomic writes excluded)."""
    try:
        with os.scandir(folder) as it:
            return sum(1 for e in it if e.name.endswith(".json") and not e.name.startswith("."))
    except OSError:
        return 0


class Sampler(threading.Thread):
    """Samples a process tree's memory and a progress folder every ``interval`` seconds."""

    def __init__(self, pid, progress_dir=None, interval=0.5):
        super().__init__(daemon=True)
        self.pid, self.progress_dir, self.interval = pid, progress_dir, interval
        self.samples = []  # (seconds, done, rss sum kB, pss sum kB, largest process rss kB, processes)
        self.t0 = time.perf_counter()
        self._stop_event = threading.Event()

    def sample(self):
        pids = _proc_tree(self.pid)
        rss = [_proc_kb(p, "status", "VmRSS:") for p in pids]
        pss = sum(_proc_kb(p, "smaps_rollup", "Pss:") for p in pids)
        done = count_done(self.progress_dir) if self.progress_dir else 0
        self.samples.append((time.perf_counter() - self.t0, done, sum(rss), pss, max(rss or [0]), len(pids)))

    def run(self):
        while not self._stop_event.is_set():
            self.sample()
            self._stop_event.wait(self.interval)

    def stop(self):
        self._stop_event.set()
        self.join()

    def summary(self, total):
        s = self.samples
        out = {"samples": len(s),
               "peak_rss_sum_mb": round(max((x[2] for x in s), default=0) / 1024, 1),
               "peak_pss_sum_mb": round(max((x[3] for x in s), default=0) / 1024, 1),
               "peak_process_rss_mb": round(max((x[4] for x in s), default=0) / 1024, 1),
               "max_processes": max((x[5] for x in s), default=0)}
        if self.progress_dir and total:
            # the peak so far when a quarter, half, ... of the statements are tagged
            at = {}
            for frac in PROGRESS_POINTS:
                upto = next((i for i, x in enumerate(s) if x[1] >= frac * total), None)
                if upto is None and frac == 1.0 and s and s[-1][1] > PROGRESS_POINTS[-2] * total:
                    upto = len(s) - 1  # the run ended between two samples: its last sample stands for the end
                if upto is not None:
                    hit = s[upto]
                    at[f"{round(100 * hit[1] / total)}%"] = {
                        "seconds": round(hit[0], 1), "rss_sum_mb": round(max(x[2] for x in s[:upto + 1]) / 1024, 1),
                        "pss_sum_mb": round(max(x[3] for x in s[:upto + 1]) / 1024, 1)}
            out["at_progress"] = at
        return out


def snapshot_code(dest):
    """Copy ``pipeline/`` and ``models/`` to ``dest``; returns the hash of what was copied."""
    h = hashlib.sha256()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name, src in (("pipeline", ROOT / "pipeline"), ("models", MODELS)):
        shutil.copytree(src, Path(dest) / name, ignore=ignore)
        for path in sorted(p for p in (Path(dest) / name).rglob("*") if p.is_file()):
            h.update(path.relative_to(dest).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def run_pass(kind, code_dir, result, progress_dir=None, total=None, **opts):
    """Run one pass in a child process; returns its result dict with wall time and memory samples."""
    cmd = [sys.executable, "-m", "pipeline", "bench", "--child", kind, "--result", str(result)]
    for key, value in opts.items():
        if value is True:
            cmd.append(f"--{key}")
        elif value is not None and value is not False:
            cmd += [f"--{key}", str(value)]
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=code_dir, env=env)
    sampler = Sampler(proc.pid, progress_dir)
    sampler.start()
    code = proc.wait()
    wall = time.perf_counter() - t0
    sampler.stop()
    out = json.loads(Path(result).read_text(encoding="utf-8")) if Path(result).exists() else {}
    out.update({"exit": code, "wall_s": round(wall, 3), "memory": sampler.summary(total)})
    return out


def hotspots(prof, package, limit=20):
    """The functions of the ``package`` folder with the most cumulative time in a cProfile dump."""
    import pstats
    stats = pstats.Stats(str(prof)).stats
    package = Path(package).resolve()
    rows = []
    for (path, line, func), (_cc, calls, tottime, cum, _callers) in stats.items():
        p = Path(path)
        if package not in p.parents or p.relative_to(package).parts[0] == "tools" \
                or func in ("tag_document", "<module>"):
            continue
        module = p.relative_to(package).with_suffix("").as_posix().replace("/", ".")
        rows.append({"function": f"{module}.{func}:{line}", "cum_s": round(cum, 3), "own_s": round(tottime, 3),
                     "calls": calls})
    return sorted(rows, key=lambda r: -r["cum_s"])[:limit]


def compare_trees(a, b):
    """Relative paths of files that differ (or exist on one side only) between two folders."""
    a, b = Path(a), Path(b)
    files = lambda root: {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}  # noqa: E731
    fa, fb = files(a), files(b)
    diff = set(fa ^ fb)
    diff.update(rel for rel in fa & fb if (a / rel).read_bytes() != (b / rel).read_bytes())
    return sorted(diff)


def _phases(res, work):
    """Segment / tag / export seconds of a pipeline pass from its intermediate files' times."""
    def mtimes(folder):
        return [e.stat().st_mtime for e in os.scandir(folder) if e.name.endswith(".json")] if folder.is_dir() else []
    seg, tagged = mtimes(work / "segments"), mtimes(work / "tagged")
    if not (seg and tagged and "t_imported" in res):
        return None
    return {"startup_s": round(res["t_imported"] - res["t_start"], 2),
            "segment_s": round(max(seg) - res["t_imported"], 2),
            "model_load_and_tag_s": round(max(tagged) - max(seg), 2),
            "export_s": round(res["t_end"] - max(tagged), 2)}


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------

def _mb(kb):
    return round(kb / 1024, 1)


def _peak_mb(res):
    mem = res.get("memory", {})
    return max(mem.get("peak_rss_sum_mb", 0), _mb(res.get("maxrss_self_kb", 0)),
               _mb(res.get("maxrss_children_kb", 0)))


def summarize(bare, one, many, noop, jobs, corpus, identical, diff, info, breakdown=None):
    """The report dict (written to last.json) from the passes' results."""
    tokens = bare["tokens"]
    rep = dict(info)
    rep.update({"statements": bare["statements"], "paragraphs": bare["paragraphs"], "tokens": tokens,
                "corpus": corpus})
    rep["bare"] = {"pipe_s": round(bare["pipe_s"], 2), "tok_per_s": round(tokens / bare["pipe_s"], 1),
                   "cpu_s": round(bare.get("pipe_cpu_s", 0), 2),
                   "load_s": round(bare["load_s"], 2),
                   "peak_rss_mb": max(_mb(bare["maxrss_kb"]), bare["memory"]["peak_rss_sum_mb"]),
                   "pipe_names": bare["pipe_names"]}
    rep["pipeline_load_s"] = round(bare["pipeline_load_s"], 2)
    rep["pipeline_pipe_names"] = bare["pipeline_pipe_names"]
    rep["one_job"] = {"wall_s": one["wall_s"], "tok_per_s": round(tokens / one["wall_s"], 1),
                      "ratio_vs_bare": round(bare["pipe_s"] / one["wall_s"], 3),
                      "cpu_s": round(one.get("cpu_s", 0), 2),
                      "cpu_ratio_vs_bare": round(bare.get("pipe_cpu_s", 0) / one["cpu_s"], 3) if one.get("cpu_s") else None,
                      "peak_rss_mb": _peak_mb(one), "maxrss_self_mb": _mb(one.get("maxrss_self_kb", 0)),
                      "phases": one.get("phases"), "memory": one["memory"], "exit": one["exit"]}
    if many:
        workers = _mb(many.get("maxrss_children_kb", 0))
        rep["n_jobs"] = {"jobs": jobs, "wall_s": many["wall_s"], "tok_per_s": round(tokens / many["wall_s"], 1),
                         "ratio_vs_bare": round(bare["pipe_s"] / many["wall_s"], 3),
                         "speedup_vs_one_job": round(one["wall_s"] / many["wall_s"], 3),
                         "cpu_s": round(many.get("cpu_s", 0), 2),
                         "peak_rss_mb": _peak_mb(many), "maxrss_main_mb": _mb(many.get("maxrss_self_kb", 0)),
                         "maxrss_worker_mb": workers,
                         "rss_upper_bound_mb": round(_mb(many.get("maxrss_self_kb", 0)) + jobs * workers, 1),
                         "phases": many.get("phases"), "memory": many["memory"], "exit": many["exit"]}
        rep["identical_outputs"] = identical
        rep["differing_files"] = diff[:20]
    if noop:
        rep["noop_rerun_s"] = noop["wall_s"]
    if breakdown and "tag_cpu_s" in breakdown:
        parts = dict(breakdown["components_cpu_s"])
        parts.update(breakdown["doc_passes_cpu_s"])
        rest = breakdown["tag_cpu_s"] - sum(parts.values())
        rep["breakdown"] = {
            "statements": breakdown["statements"], "tokens": breakdown["tokens"],
            "bare_cpu_s": round(breakdown["bare_cpu_s"], 2), "tag_cpu_s": round(breakdown["tag_cpu_s"], 2),
            "cpu_ratio_vs_bare": round(breakdown["bare_cpu_s"] / breakdown["tag_cpu_s"], 3),
            "parts_cpu_s": {k: round(v, 2) for k, v in parts.items()},
            "rest_cpu_s": round(rest, 2), "rest_vs_bare": round(rest / breakdown["bare_cpu_s"], 3),
            "hotspots": breakdown.get("hotspots")}
    peak = max([rep["one_job"]["peak_rss_mb"]] + ([rep["n_jobs"]["peak_rss_mb"]] if many else []))
    rep["peak_rss_mb"] = peak
    targets = {"ratio_one_job": {"target": f">= {TARGET_RATIO}", "value": rep["one_job"]["ratio_vs_bare"],
                                 "met": rep["one_job"]["ratio_vs_bare"] >= TARGET_RATIO},
               "peak_rss_mb": {"target": f"< {TARGET_PEAK_MB}", "value": peak, "met": peak < TARGET_PEAK_MB}}
    if many:
        sp = rep["n_jobs"]["speedup_vs_one_job"]
        targets["speedup_n_jobs"] = {"target": f">= {TARGET_SPEEDUP}", "value": sp, "met": sp >= TARGET_SPEEDUP}
    rep["targets"] = targets
    return rep


def format_report(rep):
    """The report as a plain-text table."""
    L = []
    L.append(f"pipeline benchmark: {rep['statements']:,} statements, {rep['tokens']:,} tokens in "
             f"{rep['paragraphs']:,} tagged paragraphs; model {rep['model']}; {rep['cpus']} CPUs")
    L.append("")
    L.append(f"{'':34s}{'wall s':>9s}{'tok/s':>10s}{'vs bare':>9s}{'speedup':>9s}{'peak MB':>9s}{'CPU s':>9s}")
    b = rep["bare"]
    L.append(f"{'bare spaCy nlp.pipe, 1 process':34s}{b['pipe_s']:9.1f}{b['tok_per_s']:10,.0f}{1:9.2f}"
             f"{'':>9s}{b['peak_rss_mb']:9.0f}{b.get('cpu_s', 0):9.1f}")
    o = rep["one_job"]
    L.append(f"{'pipeline, 1 job':34s}{o['wall_s']:9.1f}{o['tok_per_s']:10,.0f}{o['ratio_vs_bare']:9.2f}"
             f"{1:9.2f}{o['peak_rss_mb']:9.0f}{o.get('cpu_s', 0):9.1f}")
    n = rep.get("n_jobs")
    if n:
        L.append(f"{'pipeline, %d jobs' % n['jobs']:34s}{n['wall_s']:9.1f}{n['tok_per_s']:10,.0f}"
                 f"{n['ratio_vs_bare']:9.2f}{n['speedup_vs_one_job']:9.2f}{n['peak_rss_mb']:9.0f}"
                 f"{n.get('cpu_s', 0):9.1f}")
    if o.get("cpu_ratio_vs_bare"):
        L.append(f"(CPU time ratio, bare / pipeline with 1 job: {o['cpu_ratio_vs_bare']:.2f}; the CPU s of a pipeline "
                 f"run include segmentation, model load and export)")
    L.append("")
    L.append(f"model load: bare {b['load_s']:.2f} s, with the pipeline's components "
             f"{rep['pipeline_load_s']:.2f} s (spaCy already imported)")
    for key, label in (("one_job", "1 job"), ("n_jobs", "N jobs")):
        ph = (rep.get(key) or {}).get("phases")
        if ph:
            L.append(f"phases, {label}: startup {ph['startup_s']:.1f} s, segment {ph['segment_s']:.1f} s, "
                     f"model load + tag {ph['model_load_and_tag_s']:.1f} s, export {ph['export_s']:.1f} s")
    if "noop_rerun_s" in rep:
        L.append(f"no-op rerun of `pipeline run` (nothing changed): {rep['noop_rerun_s']:.1f} s")
    if n:
        L.append(f"memory, {n['jobs']} jobs: main process {n['maxrss_main_mb']:.0f} MB, largest worker "
                 f"{n['maxrss_worker_mb']:.0f} MB (getrusage); sampled sum RSS {n['memory']['peak_rss_sum_mb']:.0f} MB,"
                 f" PSS {n['memory']['peak_pss_sum_mb']:.0f} MB; bound main + {n['jobs']} x worker "
                 f"{n['rss_upper_bound_mb']:.0f} MB")
    for key, label in (("one_job", "1 job"), ("n_jobs", "N jobs")):
        at = ((rep.get(key) or {}).get("memory") or {}).get("at_progress")
        if at:
            L.append(f"peak RSS (sum) by statements tagged, {label}: "
                     + ", ".join(f"{k} {v['rss_sum_mb']:.0f} MB" for k, v in at.items()))
    if n:
        L.append(f"outputs of 1 and {n['jobs']} jobs identical: {'yes' if rep['identical_outputs'] else 'no'}"
                 + ("" if rep["identical_outputs"] else f" ({len(rep['differing_files'])}+ files differ, "
                    f"e.g. {rep['differing_files'][0]})"))
    bd = rep.get("breakdown")
    if bd:
        L.append("")
        L.append(f"CPU time of the tag stage on the first {bd['statements']:,} statements ({bd['tokens']:,} tokens): "
                 f"bare spaCy {bd['bare_cpu_s']:.1f} s, pipeline {bd['tag_cpu_s']:.1f} s "
                 f"(ratio {bd['cpu_ratio_vs_bare']:.2f}; CPU time is less disturbed by other work than wall time)")
        for name, sec in sorted(bd["parts_cpu_s"].items(), key=lambda kv: -kv[1]):
            L.append(f"  {name:34s}{sec:8.2f} s {100 * sec / bd['tag_cpu_s']:5.1f}%")
        L.append(f"  {'spaCy model, zones, records (rest)':34s}{bd['rest_cpu_s']:8.2f} s "
                 f"{100 * bd['rest_cpu_s'] / bd['tag_cpu_s']:5.1f}%  = {bd['rest_vs_bare']:.2f} x bare spaCy")
        if bd.get("hotspots"):
            L.append("  hotspots in pipeline/ under cProfile (cumulative s, own s, calls):")
            L += [f"    {h['cum_s']:8.2f} {h['own_s']:8.2f} {h['calls']:9d}  {h['function']}" for h in bd["hotspots"]]
    L.append("")
    for name, t in rep["targets"].items():
        L.append(f"target {name} {t['target']}: {t['value']} {'met' if t['met'] else 'NOT MET'}")
    la = rep.get("loadavg")
    if la:
        L.append(f"load average (1 min) at start / end: {la['start']:.2f} / {la['end']:.2f}"
                 + ("  -- other work was running: timings are disturbed" if max(la.values()) > 0.5 else ""))
    return "\n".join(L)


# ---------------------------------------------------------------------------
# CLI
# ---------------------------------------------------------------------------

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
    ap.add_argument("--no-noop", action="store_true", help="skip the no-op rerun")
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
    from ..core.config import model_name
    from ..core.errors import PipelineError
    from ..runner.fingerprint import model_version
    from ..runner.run import work_dir
    args = parse(argv)
    args.model = model_name(args.model)
    if args.child == "bare":
        return _child_bare(args)
    if args.child == "pipeline":
        return _child_pipeline(args)
    if args.child == "breakdown":
        args.profile = args.result + ".prof" if args.profile else None
        return _child_breakdown(args)

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
        common = {"raw": corpus_dir, "model": args.model}

        _say(f"bare spaCy: nlp.pipe over the tagged paragraphs (~{corpus['estimated_tokens']:,} tokens)")
        bare = run_pass("bare", code_dir, work / "results" / "bare.json", build=work / "bare" / "build", **common)
        if bare["exit"] or "tokens" not in bare:
            raise PipelineError(f"the bare spaCy pass failed (exit status {bare['exit']})")
        _say(f"  {bare['tokens']:,} tokens in {bare['pipe_s']:.1f} s")

        _say("pipeline, 1 job")
        one_build = work / "one" / "build"
        one = run_pass("pipeline", code_dir, work / "results" / "one.json",
                       progress_dir=work_dir(one_build, corpus_dir) / "tagged", total=bare["statements"],
                       build=one_build, out=work / "one" / "out", jobs=1, **common)
        one["phases"] = _phases(one, work_dir(one_build, corpus_dir))
        _say(f"  {one['wall_s']:.1f} s")
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
        info = {"model": f"{args.model}=={model_version(args.model)}", "cpus": os.cpu_count(), "jobs": jobs,
                "code_sha256": code_hash, "python": sys.version.split()[0],
                "date": dt.datetime.now().isoformat(timespec="seconds"),
                "loadavg": {"start": load_start, "end": os.getloadavg()[0]}}
        rep = summarize(bare, one, many, noop, jobs, corpus, identical, diff, info, breakdown)
        (bench_dir / f"{stem}.json").write_text(json.dumps(rep, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(format_report(rep))
        _say(f"report written to {bench_dir / stem}.json")
        failed = any(r and r.get("exit") for r in (one, many, noop, breakdown)) or not identical
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

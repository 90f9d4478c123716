"""The passes, each in its own process (``python -m pipeline bench --child``) from a snapshot
of the code: bare spaCy, the pipeline, the CPU breakdown; and how the parent runs and
measures them."""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from ...core.config import MODELS, ROOT
from .corpus import tagged_texts
from .memory import Sampler


def _child_bare(args):
    """Bare spaCy over the tagged paragraph texts; timings and counts to ``args.result``."""
    import resource
    from ...core.config import settings
    from ...runner.fingerprint import fingerprint
    from ...runner.run import load_manifest, segment_stage, work_dir
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
    from ...runner import nlp as nlp_mod
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
    from ...core.config import settings
    from ...runner.fingerprint import fingerprint
    from ...runner.run import load_manifest, segment_stage, work_dir
    from ...runner import nlp as nlp_mod
    from ...runner import tag as tag_mod
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
    from ...runner.run import run_stages
    t1 = time.time()
    status = run_stages(args.raw, args.out, args.build, args.jobs, args.model,
                        scheduler=getattr(args, "scheduler", None))
    t2 = time.time()
    cpu = sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
              for f in ("ru_utime", "ru_stime"))
    result = {"status": status, "t_start": t0, "t_imported": t1, "t_end": t2, "cpu_s": cpu,
              "maxrss_self_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
              "maxrss_children_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}
    if getattr(args, "scheduler", None):
        from ...runner.cluster import LAST_TIMES
        result["cluster_times"] = dict(LAST_TIMES)
    Path(args.result).write_text(json.dumps(result) + "\n", encoding="utf-8")
    return 0


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

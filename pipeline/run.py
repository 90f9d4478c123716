"""Run the stages over a folder: segment, tag, export, reprocessing only what changed.

Every statement's intermediate results live in ``BUILD/work/<raw folder
key>/{segments,tagged}/<doc_id>.json``, each stamped with a key: the hash of
the raw bytes, the sidecar, the corpus repetition signal, the extraction
code and models, and the spaCy model's name and version. A statement whose
key is unchanged is not reprocessed, and the spaCy model is loaded only
when at least one statement must be tagged.

A statement that fails (bad encoding, empty, too large, an internal error)
is reported on stderr with its file name and the reason; the others are
processed; its earlier outputs stay as they were; the exit status is 1.

CLI: ``python -m pipeline run --raw DIR --out DIR [--build DIR] [--jobs N] [--model NAME]``.
"""
import argparse
import hashlib
import json
import os
import sys
from importlib import metadata
from pathlib import Path

from . import segment as seg_mod
from .config import MODELS, ROOT, model_name
from .errors import InputError, PipelineError
from .export import document_record, write_outputs
from .textio import decode_raw, read_meta, sha256_bytes, write_atomic, dumps

EXTRACTION_CODE = ("textio", "config", "errors", "segment", "extensions", "nlp", "organizations",
                   "org_knowledge", "org_acronyms", "org_chunks", "org_resolve",
                   "dates", "commitments", "tag", "export", "run")


def model_version(name):
    try:
        return metadata.version(name.replace("_", "-"))
    except metadata.PackageNotFoundError:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "unknown"


def fingerprint(model):
    """Hash of everything that shapes an extraction besides the statement itself."""
    h = hashlib.sha256()
    for name in EXTRACTION_CODE:
        path = ROOT / "pipeline" / f"{name}.py"
        h.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    for path in sorted(p for p in MODELS.rglob("*") if p.is_file()):
        h.update(str(path.relative_to(MODELS)).encode() + b"\0" + path.read_bytes() + b"\0")
    h.update(f"{model}=={model_version(model)}".encode())
    return h.hexdigest()


def work_dir(build, raw):
    key = hashlib.sha1(str(Path(raw).resolve()).encode()).hexdigest()[:12]
    return Path(build) / "work" / key


def _load(path):
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _report(failures):
    for path, msg in sorted(failures.items()):
        print(f"error: {msg}", file=sys.stderr)


def segment_stage(raw, work, fp, failures):
    """Segment every statement whose key changed; returns {doc_id: key} of the good ones."""
    raw = Path(raw)
    if not raw.is_dir():
        raise PipelineError(f"{raw}: raw folder not found (give an existing folder with RAW=<dir>)")
    texts = {}
    blobs = {}
    metas = {}
    for path in sorted(raw.glob("*.txt")):
        doc_id = path.stem
        try:
            data = path.read_bytes()
            text = decode_raw(path, data)
            metas[doc_id] = read_meta(path)
        except InputError as exc:
            failures[doc_id] = str(exc)
            continue
        except OSError as exc:
            failures[doc_id] = f"{path}: cannot be read ({exc.strerror})"
            continue
        texts[doc_id], blobs[doc_id] = text, data
    repeats = seg_mod.corpus_repeats([texts[k] for k in sorted(texts)])
    rep_hash = hashlib.sha256("\n".join(repeats).encode()).hexdigest()
    out = work / "segments"
    out.mkdir(parents=True, exist_ok=True)
    keys = {}
    for doc_id, text in texts.items():
        meta = metas[doc_id]
        key = hashlib.sha256("\0".join([fp, sha256_bytes(blobs[doc_id]), dumps(meta), rep_hash]).encode()).hexdigest()
        keys[doc_id] = key
        path = out / f"{doc_id}.json"
        old = _load(path)
        if old and old.get("key") == key:
            continue
        paras = seg_mod.segment(text, repeats)
        record = {"key": key, "doc_id": doc_id, "source": str(Path(raw) / f"{doc_id}.txt"),
                  "sha256": sha256_bytes(blobs[doc_id]), "meta": meta, "text": text,
                  "title": seg_mod.title_of(text, paras),
                  "paragraphs": [{"start": p.start, "end": p.end, "kind": p.kind, "why": p.why} for p in paras]}
        write_atomic(path, dumps(record) + "\n")
    present = {p.stem for p in raw.glob("*.txt")}
    for path in out.glob("*.json"):
        if path.stem not in present:
            path.unlink()
    return keys


_NLP = None
_NLP_NAME = None


def _init_worker(model):
    """Load the pipeline once per process (and once per model name)."""
    global _NLP, _NLP_NAME
    if _NLP is None or _NLP_NAME != model:
        from . import nlp as nlp_mod
        _NLP, _NLP_NAME = nlp_mod.load(model), model


def _tag_one(seg_path):
    from .tag import tag_document
    seg = _load(seg_path)
    try:
        with _NLP.memory_zone():
            paras, anchor = tag_document(_NLP, seg)
    except PipelineError as exc:
        return seg["doc_id"], None, f"{seg['source']}: {exc}"
    except Exception as exc:  # noqa: BLE001 - one statement's bug must not stop the others
        return seg["doc_id"], None, f"{seg['source']}: internal error while tagging: {exc.__class__.__name__}: {exc}"
    return seg["doc_id"], {"key": seg["key"], "paragraphs": paras,
                           "date": anchor.isoformat() if anchor else None}, None


def _progress(total):
    if total < 5 or not sys.stderr.isatty() or os.environ.get("CI"):
        return None
    from tqdm import tqdm
    return tqdm(total=total, unit="doc", file=sys.stderr, desc="tagging")


def tag_stage(work, keys, jobs, model, failures):
    """Tag the segmented statements whose key changed; returns how many were tagged."""
    out = work / "tagged"
    out.mkdir(parents=True, exist_ok=True)
    stale = []
    for doc_id, key in sorted(keys.items()):
        old = _load(out / f"{doc_id}.json")
        if not (old and old.get("key") == key):
            stale.append(str(work / "segments" / f"{doc_id}.json"))
    for path in out.glob("*.json"):
        if path.stem not in keys and path.stem not in failures:
            path.unlink()
    if not stale:
        return 0
    bar = _progress(len(stale))
    jobs = max(1, min(jobs, len(stale)))
    if jobs == 1:
        _init_worker(model)
        results = map(_tag_one, stale)
        pool = None
    else:
        import multiprocessing as mp
        pool = mp.get_context("fork").Pool(jobs, initializer=_init_worker, initargs=(model,))
        results = pool.imap_unordered(_tag_one, stale, chunksize=1)
    try:
        for doc_id, tagged, error in results:
            if error:
                failures[doc_id] = error
            else:
                write_atomic(out / f"{doc_id}.json", dumps(tagged) + "\n")
            if bar:
                bar.update(1)
    finally:
        if pool:
            pool.close()
            pool.join()
        if bar:
            bar.close()
    return len(stale)


def export_stage(work, out, keys, failures, model):
    items = {}
    pipeline_info = {"version": _version(), "spacy_model": f"{model}=={model_version(model)}"}
    for doc_id in sorted(keys):
        if doc_id in failures:
            continue
        seg = _load(work / "segments" / f"{doc_id}.json")
        tagged = _load(work / "tagged" / f"{doc_id}.json")
        if not seg or not tagged or tagged.get("key") != seg.get("key"):
            failures[doc_id] = f"{doc_id}: intermediate results missing; run the tag stage"
            continue
        tagged["pipeline"] = pipeline_info
        items[doc_id] = (document_record(seg, tagged), tagged["paragraphs"])
    return write_outputs(out, items, keep=sorted(failures))


def _version():
    from . import __version__
    return __version__


def run_stages(raw="raw", out="extracted", build="build", jobs=1, model=None,
               stages=("segment", "tag", "export")):
    model = model_name(model)
    work = work_dir(build, raw)
    fp = fingerprint(model)
    failures = {}
    keys = segment_stage(raw, work, fp, failures)
    tagged = tag_stage(work, keys, jobs, model, failures) if "tag" in stages else 0
    changed = export_stage(work, out, keys, failures, model) if "export" in stages else 0
    _report(failures)
    total = len(set(keys) | set(failures))
    print(f"{total} statements: {tagged} tagged, {len(failures)} failed; {changed} output files changed",
          file=sys.stderr)
    return 1 if failures else 0


def main(argv):
    ap = argparse.ArgumentParser(prog="python -m pipeline run", description=__doc__.split("\n")[0])
    ap.add_argument("--raw", default="raw")
    ap.add_argument("--out", default="extracted")
    ap.add_argument("--build", default="build")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--model", default=None, help="spaCy model package (default: models/config.json)")
    args = ap.parse_args(argv)
    return run_stages(args.raw, args.out, args.build, args.jobs, args.model)

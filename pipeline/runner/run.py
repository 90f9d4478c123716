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

The cache key is ``fingerprint.fingerprint``. Command line: ``python -m pipeline run --raw DIR
--out DIR [--build DIR] [--jobs N] [--model NAME] [--scheduler ADDRESS]`` (``pipeline/cli.py``);
with ``--scheduler`` the tag stage runs on a Dask cluster (``cluster.py``).
"""
import contextlib
import hashlib
import json
import os
import sys
from pathlib import Path

from .. import segment as seg_mod
from ..export import document_language
from ..segment.language import language_name, model_language
from ..core import corrections as corr_mod
from ..core.config import model_name, models_path, settings
from ..core.errors import InputError, PipelineError
from ..core.locks import folder_lock, hold
from ..export import document_record, write_outputs
from ..core.textio import check_raw_file, decode_raw, read_meta, remove_leftovers, sha256_bytes, write_atomic, dumps
from .fingerprint import fingerprint, model_version


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


def load_manifest(work):
    """What the last run of this work folder recorded: the keys of the segmented and
    tagged statements, each statement's repetition keys, the state of each export."""
    data = _load(work / "manifest.json") or {}
    return {part: dict(data.get(part) or {}) for part in ("segments", "tagged", "repeat_keys", "exports", "owned")}


def save_manifest(work, manifest):
    write_atomic(work / "manifest.json", dumps(manifest) + "\n")


def _current(path, key, recorded):
    """Whether the intermediate file ``path`` holds the result for ``key``."""
    if recorded == key:
        return path.exists()
    old = _load(path)
    return bool(old and old.get("key") == key)


def segment_stage(raw, work, fp, failures, manifest, before=None):
    """Segment every statement whose key changed; returns {doc_id: key} of the good ones.
    ``before(keys)`` is called with the keys before any statement is segmented."""
    raw = Path(raw)
    if not raw.is_dir():
        raise PipelineError(f"{raw}: raw folder not found (give an existing folder with RAW=<dir>)")
    texts = {}
    shas = {}
    metas = {}
    for path in sorted(raw.glob("*.txt")):
        doc_id = path.stem
        try:
            check_raw_file(path, raw)
            data = path.read_bytes()
            text = decode_raw(path, data)
            metas[doc_id] = read_meta(path)
        except InputError as exc:
            failures[doc_id] = str(exc)
            continue
        except OSError as exc:
            failures[doc_id] = f"{path}: cannot be read ({exc.strerror})"
            continue
        texts[doc_id], shas[doc_id] = text, sha256_bytes(data)
    # a statement's repetition keys, cached by its bytes and the code that computes them
    cached = manifest["repeat_keys"]
    fresh = {}
    for doc_id in sorted(texts):
        ck = f"{fp}:{shas[doc_id]}"
        fresh[ck] = cached[ck] if ck in cached else seg_mod.repeat_keys(texts[doc_id])
    manifest["repeat_keys"] = fresh
    repeats = seg_mod.shared_keys(fresh[f"{fp}:{shas[d]}"] for d in sorted(texts))
    rep_hash = hashlib.sha256("\n".join(repeats).encode()).hexdigest()
    out = work / "segments"
    out.mkdir(parents=True, exist_ok=True)
    keys = {doc_id: hashlib.sha256("\0".join([fp, shas[doc_id], dumps(metas[doc_id]), rep_hash]).encode())
            .hexdigest() for doc_id in texts}
    if before:
        before(keys)
    for doc_id, text in texts.items():
        meta, key = metas[doc_id], keys[doc_id]
        path = out / f"{doc_id}.json"
        if _current(path, key, manifest["segments"].get(doc_id)):
            continue
        paras = seg_mod.segment(text, repeats, meta.get("title"))
        record = {"key": key, "doc_id": doc_id, "source": str(Path(raw) / f"{doc_id}.txt"),
                  "sha256": shas[doc_id], "meta": meta, "text": text,
                  "title": seg_mod.title_of(text, paras),
                  "paragraphs": [_segment_record(p) for p in paras]}
        write_atomic(path, dumps(record) + "\n")
        language = document_language(record)
        if language != model_language():
            print(f"notice: {path.stem}: written in {language_name(language)} ({language!r}), not "
                  f"{language_name(model_language())}: "
                  "its paragraphs are kept, nothing is extracted from them", file=sys.stderr)
    present = {p.stem for p in raw.glob("*.txt")}
    for path in out.glob("*.json"):
        if path.stem not in present:
            path.unlink()
    manifest["segments"] = dict(keys)
    return keys


def _segment_record(p):
    """One paragraph of the segment stage's record; its page furniture (``omitted``) when it has any."""
    rec = {"start": p.start, "end": p.end, "kind": p.kind, "why": p.why, "language": p.language}
    if p.omitted:
        rec["omitted"] = [list(o) for o in p.omitted]
    return rec


_NLP = None
_NLP_NAME = None


def _init_worker(model):
    """Load the pipeline once per process (and once per model name)."""
    global _NLP, _NLP_NAME
    if _NLP is None or _NLP_NAME != model:
        from . import nlp as nlp_mod
        _NLP, _NLP_NAME = nlp_mod.load(model), model


def _init_pool_worker(model):
    """A worker ignores Ctrl-C: the main process alone handles it, terminating the pool."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _init_worker(model)


def _tag_one(seg):
    from .tag import tag_document
    try:
        paras, anchor = tag_document(_NLP, seg)
    except PipelineError as exc:
        return seg["doc_id"], None, f"{seg['source']}: {exc}"
    except Exception as exc:  # noqa: BLE001 - one statement's bug must not stop the others
        return seg["doc_id"], None, f"{seg['source']}: internal error while tagging: {exc.__class__.__name__}: {exc}"
    return seg["doc_id"], {"key": seg["key"], "paragraphs": paras,
                           "date": anchor.isoformat() if anchor else None}, None


def _tag_chunk(seg_paths):
    """Tag a few statements inside one spaCy memory zone: the strings and lexemes they
    add are freed afterwards, so memory stays flat however long the run, while the
    cost of re-creating lexemes is shared by the statements of the chunk."""
    with _NLP.memory_zone():
        return [_tag_one(_load(path)) for path in seg_paths]
def _tag_segs(segs, model):
    """A Dask worker's task (``cluster.py``): tag a chunk of segment records in one memory zone."""
    _init_worker(model)  # no-op once the worker plugin has loaded it
    with _NLP.memory_zone():
        return [_tag_one(seg) for seg in segs]


def _progress(total):
    if total < 5 or not sys.stderr.isatty() or os.environ.get("CI"):
        return None
    from tqdm import tqdm
    return tqdm(total=total, unit="doc", file=sys.stderr, desc="tagging", delay=2.0)


def _stale_tags(work, keys, manifest):
    """doc_ids (sorted) whose tagged file does not hold the result for their key."""
    out, recorded = work / "tagged", manifest["tagged"]
    return [d for d, key in sorted(keys.items()) if not _current(out / f"{d}.json", key, recorded.get(d))]


def tag_stage(work, keys, jobs, model, failures, manifest, scheduler=None):
    """Tag the segmented statements whose key changed; returns how many were tagged.
    ``scheduler``: a Dask address or Client, or a ``cluster.Starter`` begun earlier."""
    out = work / "tagged"
    out.mkdir(parents=True, exist_ok=True)
    stale = []
    recorded = manifest["tagged"]
    for doc_id in _stale_tags(work, keys, manifest):
        stale.append(str(work / "segments" / f"{doc_id}.json"))
        recorded.pop(doc_id, None)
    for path in out.glob("*.json"):
        if path.stem not in keys and path.stem not in failures:
            path.unlink()
    if not stale:
        return 0
    bar = _progress(len(stale))
    size = settings()["docs_per_memory_zone"]
    if scheduler:
        from . import cluster

        def write(doc_id, tagged):
            write_atomic(out / f"{doc_id}.json", dumps(tagged) + "\n")
            recorded[doc_id] = tagged["key"]

        try:
            cluster.tag_on_cluster(scheduler, stale, model, size, _load, write, failures.__setitem__,
                                   _init_worker, _tag_segs, bar)
        finally:
            if bar:
                bar.close()
        return len(stale)
    chunks = [stale[i:i + size] for i in range(0, len(stale), size)]
    jobs = max(1, min(jobs, len(chunks)))
    _init_worker(model)  # loaded once here; forked workers share it
    if jobs == 1:
        results = map(_tag_chunk, chunks)
        pool = None
    else:
        import multiprocessing as mp
        pool = mp.get_context("fork").Pool(jobs, initializer=_init_pool_worker, initargs=(model,))
        results = pool.imap_unordered(_tag_chunk, chunks, chunksize=1)
    try:
        for chunk in results:
            for doc_id, tagged, error in chunk:
                if error:
                    failures[doc_id] = error
                else:
                    write_atomic(out / f"{doc_id}.json", dumps(tagged) + "\n")
                    recorded[doc_id] = tagged["key"]
                if bar:
                    bar.update(1)
    except BaseException:
        if pool:
            pool.terminate()  # Ctrl-C or a write error: do not wait for the workers' chunks
        raise
    finally:
        if pool:
            pool.close()
            pool.join()
        if bar:
            bar.close()
    return len(stale)


def _output_hashes(out, doc_ids):
    """sha256 of each output file of ``doc_ids`` (None for a missing or unreadable file)."""
    out = Path(out)
    names = ["documents.jsonl"] + [f"paragraphs/{d}.jsonl" for d in sorted(doc_ids)]
    hashes = {}
    for name in names:
        try:
            hashes[name] = sha256_bytes((out / name).read_bytes())
        except OSError:
            hashes[name] = None
    return hashes


def _outputs_intact(out, recorded, state):
    """Whether ``out`` holds exactly what the last export recorded (by content, not by name)."""
    if not isinstance(recorded, dict) or recorded.get("state") != state:
        return False
    files = recorded.get("files") or {}
    docs = [name[len("paragraphs/"):-len(".jsonl")] for name in files if name.startswith("paragraphs/")]
    return bool(files) and _output_hashes(out, docs) == files


def _statements_in(out):
    """doc_ids that ``out`` holds outputs of (paragraph files and documents.jsonl lines)."""
    out = Path(out)
    held = {p.stem for p in (out / "paragraphs").glob("*.jsonl")}
    try:
        for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines():
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if isinstance(rec, dict) and isinstance(rec.get("doc_id"), str):
                held.add(rec["doc_id"])
    except (OSError, UnicodeDecodeError):
        pass
    return held


def check_prune(out, keys, failures, owned, prune):
    """Refuse to delete outputs in ``out`` of statements absent from the raw folder that this
    raw folder never exported there (another folder's outputs) unless ``prune``."""
    foreign = sorted(_statements_in(out) - set(keys) - set(failures) - set(owned))
    if foreign and not prune:
        shown = ", ".join(foreign[:5]) + (f" and {len(foreign) - 5} more" if len(foreign) > 5 else "")
        raise PipelineError(f"{out}: holds the outputs of {len(foreign)} statements absent from this raw "
                            f"folder ({shown}); this run would delete them. Pass --prune (make PRUNE=1) "
                            "to delete them, or give another OUT")


def export_stage(work, out, keys, failures, model, manifest, prune=False, raw="raw", corrections=()):
    """Write the outputs, one statement at a time; skipped when nothing changed since the
    last export to ``out`` and its files hold what was written then (sha256 of each file
    recorded in the manifest: a deleted or edited output is rewritten). Returns the number
    of files changed. ``corrections`` (core/corrections.py) are applied to each statement's
    records; their hash is part of the export's state (not of the tagging's fingerprint)."""
    pipeline_info = {"version": _version(), "spacy_model": f"{model}=={model_version(model)}"}
    state = hashlib.sha256(dumps([sorted(keys.items()), sorted(failures), pipeline_info, str(raw),
                                  corr_mod.digest(list(corrections))])
                           .encode()).hexdigest()
    target = str(Path(out).resolve())
    if _outputs_intact(out, manifest["exports"].get(target), state):
        return 0
    check_prune(out, keys, failures, manifest["owned"].get(target) or (), prune)

    def records():
        for doc_id in sorted(keys):
            if doc_id in failures:
                continue
            seg = _load(work / "segments" / f"{doc_id}.json")
            tagged = _load(work / "tagged" / f"{doc_id}.json")
            if not seg or not tagged or tagged.get("key") != seg.get("key"):
                failures[doc_id] = f"{doc_id}: intermediate results missing; run the tag stage"
                continue
            tagged["pipeline"] = pipeline_info
            seg["source"] = str(Path(raw) / f"{doc_id}.txt")  # as given to this run, not as first cached
            tagged["paragraphs"] = corr_mod.apply(doc_id, tagged["paragraphs"], corrections)
            yield doc_id, document_record(seg, tagged), tagged["paragraphs"]

    changed = write_outputs(out, records(), keep=failures)
    manifest["owned"][target] = sorted(_statements_in(out))
    if not failures:
        manifest["exports"][target] = {"state": state, "files": _output_hashes(out, keys)}
    else:
        manifest["exports"].pop(target, None)
    return changed


def _version():
    from .. import __version__
    return __version__


@contextlib.contextmanager
def build_lock(build):
    """Hold ``BUILD/run.lock`` (fcntl.flock) for the run: a second run on the same build
    folder waits, saying so, instead of reading half-written intermediate results.
    The output folder has its own lock (``core/locks.py``), taken after this one."""
    path = Path(build) / "run.lock"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise PipelineError(f"{path}: cannot create the lock file ({exc.strerror})") from None
    with hold(fd, f"waiting: another run is using {build} (lock {path}); it will go on when that one ends"):
        yield


def run_stages(raw="raw", out="extracted", build="build", jobs=1, model=None,
               stages=("segment", "tag", "export"), scheduler=None, prune=False, corrections=None):
    """``corrections``: the analysts' corrections file (default ``models/corrections.jsonl``)."""
    fixes = corr_mod.read(corrections or models_path(corr_mod.FILE))
    writes_out = "export" in stages
    with build_lock(build), (folder_lock(out) if writes_out else contextlib.nullcontext()):
        return _run_locked(raw, out, build, jobs, model, stages, prune, scheduler, fixes)


def _run_locked(raw, out, build, jobs, model, stages, prune, scheduler=None, fixes=()):
    model = model_name(model)
    work = work_dir(build, raw)
    fp = fingerprint(model)
    failures = {}
    left = remove_leftovers(build) + (remove_leftovers(out) if Path(out).is_dir() else 0)
    if left:
        print(f"removed {left} temporary file{'s' if left > 1 else ''} left by an interrupted run",
              file=sys.stderr)
    manifest = load_manifest(work)
    starter = []

    def start_cluster(keys):
        # the cluster starts and its workers load the model while this process segments
        if scheduler and "tag" in stages and _stale_tags(work, keys, manifest):
            from . import cluster
            starter.append(cluster.start(scheduler, _init_worker, model))

    try:
        keys = segment_stage(raw, work, fp, failures, manifest, start_cluster)
        tagged = tag_stage(work, keys, jobs, model, failures, manifest,
                           starter[0] if starter else scheduler) if "tag" in stages else 0
    finally:
        if starter:
            starter[0].close()  # already closed when the tag stage used it
    try:
        changed = export_stage(work, out, keys, failures, model, manifest, prune, raw, fixes) if "export" in stages else 0
    finally:
        save_manifest(work, manifest)
    _report(failures)
    total = len(set(keys) | set(failures))
    print(f"{total} statements: {tagged} tagged, {len(failures)} failed; {changed} output files changed",
          file=sys.stderr)
    return 1 if failures else 0

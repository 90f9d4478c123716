"""The tag stage on a Dask distributed cluster (``run --scheduler ADDRESS``).

``ADDRESS`` is a scheduler (``tcp://host:8786``) or ``local:N``, which starts
a ``LocalCluster`` of N worker processes with one thread each on this
machine. Only the statements the runner found stale are sent: the client
reads their segment records from its build folder and submits them in
chunks (at most ``docs_per_memory_zone`` statements, one spaCy memory zone
each, as in the local run); the workers return the tagged records and the
client writes every file atomically, so the build folder need not be
shared. Each worker loads the spaCy model (and with it the registry) once,
when it joins (``ModelPlugin``), and keeps it for every task.

``start`` begins connecting (or starting the ``LocalCluster``) and loading the
model in the workers in a background thread, so the runner overlaps it with
the segment stage. Chunks are sent largest first (by characters), so the last
tasks are the short ones and no worker idles while another finishes a long
communiqué. A ``local:N`` cluster runs with ``dask-workers.yaml`` (shipped
with the package): no statistical profiler, no memory manager, no
``MALLOC_TRIM_THRESHOLD_``; remote workers read that file from their Dask
config folder (README).

Faults: a task whose worker dies is rerun elsewhere by the scheduler, and
``retries`` reruns a task that raised; a statement whose tagging raises is
caught on the worker and reported by name as in the local run; a chunk
that still fails after its retries has each of its statements reported by
name. Results are written as their chunks come back (each file atomically).
"""
import math
import sys
import threading
import time
from pathlib import Path

RETRIES = 2
WORKER_CONFIG_FILE = Path(__file__).with_name("dask-workers.yaml")


def _flat(tree, prefix=""):
    """{'a': {'b': 1}} as {'a.b': 1}: ``dask.config.set`` replaces a nested dict whole."""
    out = {}
    for key, value in tree.items():
        if isinstance(value, dict) and value:
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def worker_config():
    """The settings of ``dask-workers.yaml`` as dotted keys for ``dask.config.set``."""
    import yaml
    return _flat(yaml.safe_load(WORKER_CONFIG_FILE.read_text(encoding="utf-8")) or {})

# test hook: called with (client, futures) right after submission
_after_submit = None
# times of the last run (time.time()): the cluster's start began and ended (workers up with the model),
# the tag stage began waiting for it, the first chunk was sent, all written (the bench reads them)
LAST_TIMES = {}


def _dask():
    try:
        import distributed
    except ImportError as exc:
        from ..core.errors import PipelineError
        raise PipelineError("--scheduler needs the optional [dask] packages: "
                            "pip install --require-hashes --no-deps -r requirements-dask.lock "
                            f"(make SCHEDULER=... installs them) ({exc})") from None
    return distributed


def connect(address):
    """(client, cluster or None) for ``tcp://host:port`` or ``local:N``."""
    distributed = _dask()
    if isinstance(address, distributed.Client):
        return address, None
    if str(address).startswith("local:"):
        try:
            n = int(address.split(":", 1)[1])
        except ValueError:
            n = 0
        if n < 1:
            from ..core.errors import PipelineError
            raise PipelineError(f"--scheduler {address}: write local:N with N >= 1 worker processes")
        import dask
        # held for the cluster's life: a nanny reads it again when it restarts a killed worker
        settings = dask.config.set(worker_config())
        try:
            cluster = distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                               dashboard_address=":0")
        except BaseException:
            settings.__exit__(None, None, None)
            raise
        cluster._pipeline_settings = settings
        return distributed.Client(cluster), cluster
    return distributed.Client(address), None


def _plugin_class():
    distributed = _dask()

    class ModelPlugin(distributed.WorkerPlugin):
        """Loads the spaCy model and the registry once in each worker, when it joins."""
        name = "pipeline-model"

        def __init__(self, init, model):
            self.init, self.model = init, model

        def setup(self, worker):
            self.init(self.model)

    return ModelPlugin


class Starter:
    """Connects to ``address`` (or starts the ``local:N`` cluster) and loads the model in its
    workers, in a background thread; ``get()`` waits for it and returns (client, cluster or
    None, workers), raising what the start raised; ``close()`` shuts down what it opened."""

    def __init__(self, address, init, model):
        self.address, self.init, self.model = address, init, model
        self.result, self.error = None, None
        self._thread = threading.Thread(target=self._start, name="dask-start", daemon=True)
        LAST_TIMES.clear()
        LAST_TIMES["cluster_start"] = time.time()
        self._thread.start()

    def _start(self):
        try:
            client, cluster = connect(self.address)
            try:
                client.register_plugin(_plugin_class()(self.init, self.model), name="pipeline-model")
                workers = max(1, len(client.scheduler_info().get("workers", {})))
            except BaseException:
                self.result = (client, cluster, 0)
                raise
            self.result = (client, cluster, workers)
            LAST_TIMES.update(cluster_up=time.time(), workers=workers)
        except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread by get()
            self.error = exc

    def get(self):
        self._thread.join()
        if self.error is not None:
            raise self.error
        return self.result

    def close(self):
        self._thread.join()
        if self.result is None:
            return
        client, cluster, _ = self.result
        self.result = None
        if client is not self.address:  # a Client given by the caller stays open
            client.close()
        if cluster is not None:
            cluster.close()
            cluster._pipeline_settings.__exit__(None, None, None)


def start(address, init, model):
    """Begin connecting to the cluster at ``address`` in the background (see ``Starter``)."""
    _dask()  # a missing [dask] extra is reported now, in the caller's thread
    return Starter(address, init, model)


# chunks per worker, by characters: enough that the last ones, the shortest, even out the workers' ends
CHUNKS_PER_WORKER = 4


def _chunks(stale, segs, size, workers):
    """Chunks of indices into ``stale``, the costliest first. Statements are taken longest
    first (characters of text) into chunks of about 1/(CHUNKS_PER_WORKER x workers) of all the
    text and at most ``size`` statements (one memory zone each): a long communiqué is a chunk of
    its own, sent first, and the last chunks sent are short ones."""
    lengths = [len(seg["text"]) for seg in segs]
    budget = sum(lengths) / max(1, CHUNKS_PER_WORKER * workers)
    order = sorted(range(len(stale)), key=lambda i: (-lengths[i], stale[i]))
    chunks, current, chars = [], [], 0
    for i in order:
        if current and (chars + lengths[i] > budget or len(current) >= size):
            chunks.append(current)
            current, chars = [], 0
        current.append(i)
        chars += lengths[i]
    if current:
        chunks.append(current)
    chunks.sort(key=lambda c: (-sum(lengths[i] for i in c), min(c)))
    return [sorted(c) for c in chunks]


def tag_on_cluster(address, stale, model, size, load, write, fail, init, task, progress=None):
    """Tag the statements whose segment files are ``stale`` on the cluster at ``address``
    (an address, a Client, or a ``Starter`` begun earlier, which this closes).

    ``load(path)`` reads a segment record, ``write(doc_id, tagged)`` stores a result,
    ``fail(doc_id, message)`` records a failure; on the workers, ``init(model)`` loads the
    model once and ``task(segs, model)`` tags a chunk of segment records into
    [(doc_id, tagged or None, error or None)] (module-level functions of the runner,
    pickled by reference); ``progress`` (tqdm-like) is updated per statement."""
    distributed = _dask()
    starter = address if isinstance(address, Starter) else start(address, init, model)
    LAST_TIMES["start"] = time.time()
    try:
        segs = [load(p) for p in stale]
        client, _cluster, workers = starter.get()
        print(f"dask: scheduler {client.scheduler.address}, dashboard {client.dashboard_link}", file=sys.stderr)
        LAST_TIMES["ready"] = time.time()
        chunks = _chunks(stale, segs, size, workers)
        futures = []
        for rank, idx in enumerate(chunks):
            first = segs[idx[0]]
            key = f"tag-{rank:06d}-{first['doc_id']}-{first['key'][:12]}"
            futures.append(client.submit(task, [segs[i] for i in idx], model, key=key, retries=RETRIES,
                                         pure=False, priority=len(chunks) - rank))
        if _after_submit:
            _after_submit(client, futures)
        index = {f.key: i for i, f in enumerate(futures)}
        for future in distributed.as_completed(futures):
            i = index[future.key]
            try:
                results = future.result()
            except Exception as exc:  # noqa: BLE001 - the chunk's statements fail by name, the others go on
                results = [(segs[j]["doc_id"], None, f"{segs[j]['source']}: failed on the cluster after "
                            f"{RETRIES} retries: {exc.__class__.__name__}: {exc}") for j in chunks[i]]
            future.release()
            for doc_id, tagged, error in results:
                if error:
                    fail(doc_id, error)
                else:
                    write(doc_id, tagged)
                if progress:
                    progress.update(1)
        LAST_TIMES["done"] = time.time()
    finally:
        starter.close()

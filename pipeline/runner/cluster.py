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

Faults: a task whose worker dies is rerun elsewhere by the scheduler, and
``retries`` reruns a task that raised; a statement whose tagging raises is
caught on the worker and reported by name as in the local run; a chunk
that still fails after its retries has each of its statements reported by
name. Results are written in the order of the statements' names.
"""
import math
import sys
import time

RETRIES = 2
PROFILE_OFF = {"distributed.worker.profile.enabled": False}

# test hook: called with (client, futures) right after submission
_after_submit = None
# times of the last run (time.time()): start, workers ready with the model, all written (the bench reads them)
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
        # the workers' statistical profiler walks spaCy's deep stacks every 10 ms: a quarter
        # of the run here; remote workers: DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False
        with dask.config.set(PROFILE_OFF):
            cluster = distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                               dashboard_address=":0")
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


def _chunks(stale, size, workers):
    # small enough that every worker gets a few chunks, at most one memory zone each
    per = max(1, min(size, math.ceil(len(stale) / max(1, 2 * workers))))
    return [stale[i:i + per] for i in range(0, len(stale), per)]


def tag_on_cluster(address, stale, model, size, load, write, fail, init, task, progress=None):
    """Tag the statements whose segment files are ``stale`` on the cluster at ``address``.

    ``load(path)`` reads a segment record, ``write(doc_id, tagged)`` stores a result,
    ``fail(doc_id, message)`` records a failure; on the workers, ``init(model)`` loads the
    model once and ``task(segs, model)`` tags a chunk of segment records into
    [(doc_id, tagged or None, error or None)] (module-level functions of the runner,
    pickled by reference); ``progress`` (tqdm-like) is updated per statement."""
    distributed = _dask()
    LAST_TIMES.clear()
    LAST_TIMES["start"] = time.time()
    client, cluster = connect(address)
    own = client is not address  # a Client given by the caller stays open
    try:
        print(f"dask: scheduler {client.scheduler.address}, dashboard {client.dashboard_link}", file=sys.stderr)
        client.register_plugin(_plugin_class()(init, model), name="pipeline-model")
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        LAST_TIMES.update(ready=time.time(), workers=workers)
        chunks = _chunks(stale, size, workers)
        futures = []
        names = []  # (doc_id, source) of each chunk's statements, to report a chunk that fails
        for i, paths in enumerate(chunks):
            segs = [load(p) for p in paths]
            names.append([(seg["doc_id"], seg["source"]) for seg in segs])
            key = f"tag-{i:06d}-{segs[0]['doc_id']}-{segs[0]['key'][:12]}"
            futures.append(client.submit(task, segs, model, key=key, retries=RETRIES, pure=False))
        if _after_submit:
            _after_submit(client, futures)
        index = {f.key: i for i, f in enumerate(futures)}
        done = {}
        next_out = 0
        for future in distributed.as_completed(futures):
            i = index[future.key]
            try:
                done[i] = future.result()
            except Exception as exc:  # noqa: BLE001 - the chunk's statements fail by name, the others go on
                done[i] = [(doc_id, None, f"{source}: failed on the cluster after {RETRIES} retries: "
                                          f"{exc.__class__.__name__}: {exc}") for doc_id, source in names[i]]
            future.release()
            while next_out in done:  # write in the order of the statements' names
                for doc_id, tagged, error in done.pop(next_out):
                    if error:
                        fail(doc_id, error)
                    else:
                        write(doc_id, tagged)
                    if progress:
                        progress.update(1)
                next_out += 1
        LAST_TIMES["done"] = time.time()
    finally:
        if own:
            client.close()
        if cluster is not None:
            cluster.close()


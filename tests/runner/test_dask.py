"""The tag stage on a 2-worker Dask LocalCluster (processes): same bytes as the local
run, a worker killed mid-run loses nothing, a failing statement is reported by name.

The Dask packages are installed by ``make test`` (requirements-dask.lock): no skip."""
import os
import shutil
import signal
import time
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

from pipeline.runner import cluster as cluster_mod
from pipeline.runner.run import run_stages

ROOT = Path(__file__).resolve().parents[2]
NAMES = ["000_335e58ebaedd29ea", "001_92cc43031f465bff", "002_77a92f4a1e830b36", "003_93882ebadc3484c3"]


def outputs(folder):
    folder = Path(folder)
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.jsonl"))}


@pytest.fixture(scope="module")
def raw(tmp_path_factory):
    folder = tmp_path_factory.mktemp("raw")
    for name in NAMES:
        for suffix in (".txt", ".meta.json"):
            src = ROOT / "raw" / f"{name}{suffix}"
            if src.exists():
                shutil.copy(src, folder / src.name)
    return folder


@pytest.fixture(scope="module")
def local_outputs(raw, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("local")
    assert run_stages(raw=str(raw), out=str(tmp / "out"), build=str(tmp / "build"), jobs=1) == 0
    return outputs(tmp / "out")


@pytest.fixture(scope="module")
def client():
    import dask
    with dask.config.set(cluster_mod.worker_config()), \
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        with Client(cluster) as c:
            yield c


def _run(raw, tmp_path, client):
    return run_stages(raw=str(raw), out=str(tmp_path / "out"), build=str(tmp_path / "build"), scheduler=client)


def test_cluster_run_gives_the_local_bytes_and_then_sends_nothing(raw, local_outputs, client, tmp_path, capsys):
    assert _run(raw, tmp_path, client) == 0
    assert outputs(tmp_path / "out") == local_outputs
    assert "dashboard http" in capsys.readouterr().err
    # nothing changed: no statement is sent
    assert _run(raw, tmp_path, client) == 0
    assert f"{len(NAMES)} statements: 0 tagged, 0 failed" in capsys.readouterr().err


def test_local_N_starts_its_own_cluster(raw, local_outputs, tmp_path):
    assert run_stages(raw=str(raw), out=str(tmp_path / "out"), build=str(tmp_path / "build"),
                      scheduler="local:1") == 0
    assert outputs(tmp_path / "out") == local_outputs


def test_worker_killed_mid_run_loses_nothing(raw, local_outputs, client, tmp_path, monkeypatch):
    killed = []

    def kill_one(c, futures):
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # a worker that is busy with a chunk
            busy = [w for w, keys in c.processing().items() if keys]
            if busy:
                pid = c.run(os.getpid, workers=[busy[0]])[busy[0]]
                os.kill(pid, signal.SIGKILL)
                killed.append(busy[0])
                return
            time.sleep(0.05)

    monkeypatch.setattr(cluster_mod, "_after_submit", kill_one)
    assert _run(raw, tmp_path, client) == 0
    assert killed
    assert outputs(tmp_path / "out") == local_outputs
    client.wait_for_workers(2, timeout=60)  # the nanny restarted it


def _fail_on(doc_id):
    """Runs inside each worker: tagging ``doc_id`` raises."""
    from pipeline.runner import tag
    real = getattr(tag, "_real_tag_document", tag.tag_document)
    tag._real_tag_document = real

    def tag_document(nlp, seg):
        if seg["doc_id"] == doc_id:
            raise RuntimeError("boom")
        return real(nlp, seg)

    tag.tag_document = tag_document


def _unpatch():
    from pipeline.runner import tag
    if hasattr(tag, "_real_tag_document"):
        tag.tag_document = tag._real_tag_document


def test_failing_statement_is_reported_by_name_and_the_others_are_written(raw, local_outputs, client, tmp_path,
                                                                          capsys):
    client.wait_for_workers(2, timeout=60)
    client.run(_fail_on, NAMES[1])
    try:
        assert _run(raw, tmp_path, client) == 1
    finally:
        client.run(_unpatch)
    err = capsys.readouterr().err
    assert f"{NAMES[1]}.txt: internal error while tagging: RuntimeError: boom" in err
    assert "1 failed" in err
    got = outputs(tmp_path / "out")
    for name in (NAMES[0], NAMES[2], NAMES[3]):
        assert got[f"paragraphs/{name}.jsonl"] == local_outputs[f"paragraphs/{name}.jsonl"]
    assert f"paragraphs/{NAMES[1]}.jsonl" not in got


def test_bad_scheduler_address_is_an_error(raw, tmp_path):
    from pipeline.core.errors import PipelineError
    with pytest.raises(PipelineError, match="local:N"):
        run_stages(raw=str(raw), out=str(tmp_path / "out"), build=str(tmp_path / "build"), scheduler="local:x")


def test_chunks_send_a_long_communique_alone_and_first_and_the_short_statements_last():
    # uneven statements (a 100,000-character communiqué among press releases): chunks by
    # characters, longest first, so no worker is left with the long one at the end
    lengths = [3_000, 100_000, 2_000, 4_000, 2_500, 3_500, 1_000, 2_000, 3_000, 1_500]
    stale = [f"s/{i:02d}.json" for i in range(len(lengths))]
    segs = [{"text": "x" * n} for n in lengths]
    chunks = cluster_mod._chunks(stale, segs, 8, 2)
    assert chunks[0] == [1]
    assert sorted(i for c in chunks for i in c) == list(range(len(lengths)))
    assert all(len(c) <= 8 for c in chunks)
    costs = [sum(lengths[i] for i in c) for c in chunks]
    assert costs == sorted(costs, reverse=True)


def test_worker_config_turns_off_the_profiler_the_memory_manager_and_malloc_trim():
    conf = cluster_mod.worker_config()
    assert conf["distributed.worker.profile.enabled"] is False
    assert conf["distributed.worker.memory.terminate"] is False
    assert conf["distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_"] is None

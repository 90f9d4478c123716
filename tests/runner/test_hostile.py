"""Issue 14: hostile and careless input. Each test is named after the case it guards."""
import errno
import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from pipeline.runner.run import run_stages

ROOT = Path(__file__).resolve().parents[2]
TINY = "Joint Statement\n\nNASA and ESA agreed on 5 March 2024 to cooperate on lunar exploration.\n"


def run(tmp_path, raw, out="out", jobs=1, **kw):
    return run_stages(raw=str(raw), out=str(tmp_path / out), build=str(tmp_path / "build"), jobs=jobs, **kw)


def doc_ids(out):
    path = Path(out) / "documents.jsonl"
    return {json.loads(line)["doc_id"] for line in path.read_text(encoding="utf-8").splitlines()}


@pytest.fixture
def raw(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "good.txt").write_text(TINY, encoding="utf-8")
    return folder


def make(tmp_path, raw, *extra):
    return subprocess.run(["make", "--no-print-directory", f"RAW={raw}", f"OUT={tmp_path / 'out'}",
                           f"BUILD={tmp_path / 'build'}", "JOBS=1", *extra],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_case1_make_file_names_neither_inject_nor_stop_make(tmp_path, raw):
    for name in (";touch INJECTED;#.txt", "with space.txt", "a|b.txt", "c:d.txt", "$(shell touch INJ2).txt"):
        (raw / name).write_text(TINY.replace("NASA", "JAXA"), encoding="utf-8")
    os.symlink("nowhere.txt", raw / "dangling.txt")
    os.symlink("loop.txt", raw / "loop.txt")
    res = make(tmp_path, raw)
    assert not (ROOT / "INJECTED").exists() and not (ROOT / "INJ2").exists()
    assert not (raw / "INJECTED").exists()
    assert "No rule to make target" not in res.stderr
    ids = doc_ids(tmp_path / "out")
    assert {"good", ";touch INJECTED;#", "with space", "a|b", "c:d"} <= ids
    assert res.returncode != 0  # the two symlinks fail by name
    assert "dangling.txt: dangling symlink" in res.stderr and "loop.txt: symlink loops" in res.stderr
    # nothing changed: make does nothing
    (raw / "dangling.txt").unlink()
    (raw / "loop.txt").unlink()
    assert make(tmp_path, raw).returncode == 0
    again = make(tmp_path, raw)
    assert again.returncode == 0 and "statements:" not in again.stderr  # Python not even called


def test_case2_symlink_inside_raw_is_followed_outside_refused_by_name(tmp_path, raw, capsys):
    (raw / "sub").mkdir()
    (raw / "sub" / "real.dat").write_text(TINY.replace("ESA", "CNES"), encoding="utf-8")
    os.symlink("sub/real.dat", raw / "inside.txt")
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-HOSTNAME agreed with NASA to cooperate.\n", encoding="utf-8")
    os.symlink(secret, raw / "outside.txt")
    assert run(tmp_path, raw) == 1
    err = capsys.readouterr().err
    assert "outside.txt" in err and "outside the raw folder" in err and "Traceback" not in err
    assert doc_ids(tmp_path / "out") == {"good", "inside"}
    assert "SECRET" not in "".join(p.read_text() for p in (tmp_path / "out").rglob("*.jsonl"))


def test_case2_fifo_and_folder_refused_by_name_without_hanging(tmp_path, raw, capsys):
    import signal
    os.mkfifo(raw / "pipe.txt")
    (raw / "folder.txt").mkdir()
    signal.alarm(60)
    try:
        assert run(tmp_path, raw) == 1
    finally:
        signal.alarm(0)
    err = capsys.readouterr().err
    assert "pipe.txt" in err and "FIFO" in err and "folder.txt" in err
    assert doc_ids(tmp_path / "out") == {"good"}


def test_case2_very_long_names_processed_or_refused_without_traceback(tmp_path, raw, capsys):
    long240 = "a" * 236 + ".txt"
    long251 = "b" * 247 + ".txt"
    long255 = "c" * 251 + ".txt"  # <doc_id>.jsonl would not fit 255 bytes
    for name in (long240, long251, long255):
        (raw / name).write_text(TINY, encoding="utf-8")
    assert run(tmp_path, raw) == 1
    err = capsys.readouterr().err
    assert "c" * 251 in err and "too long" in err and "Traceback" not in err
    assert doc_ids(tmp_path / "out") == {"good", "a" * 236, "b" * 247}
    assert all(len(p.name) < 40 for p in (tmp_path / "out").rglob("*.tmp"))


@pytest.mark.parametrize("sidecar, words", [
    ('{"title": NaN}', "NaN"),
    ('{"date": "2024-01-01", "source": Infinity}', "Infinity"),
    ('{"date": "2099-01-01"}', "future"),
    ('{"date": 20240101}', "ISO date"),
    ('{"title": ["a", "b"]}', "title must be a string"),
    ('{"title": 3}', "title must be a string"),
    ('{"source": {"url": "x"}}', "source must be a string"),
    ('{"parties": "NASA"}', "parties must be a list"),
    ('{"parties": ["NASA", 3]}', "parties must be a list"),
])
def test_case3_bad_sidecar_fails_that_statement_by_name(tmp_path, raw, capsys, sidecar, words):
    (raw / "bad.txt").write_text(TINY, encoding="utf-8")
    (raw / "bad.meta.json").write_text(sidecar, encoding="utf-8")
    assert run(tmp_path, raw) == 1
    err = capsys.readouterr().err
    assert "bad.meta.json" in err and words in err
    assert doc_ids(tmp_path / "out") == {"good"}
    text = (tmp_path / "out" / "documents.jsonl").read_text()
    assert "NaN" not in text and "2099" not in text


@pytest.mark.parametrize("page", [
    "<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>NASA and ESA agreed.</p>"
    "<script>alert(1)</script></body></html>\n",
    "<!-- saved -->\n<html lang='en'><body>NASA will cooperate.</body></html>\n",
    "\n  <body><p>NASA will cooperate.</p></body>\n",
])
def test_case4_html_saved_as_txt_refused_with_add_hint(tmp_path, raw, capsys, page):
    (raw / "page.txt").write_text(page, encoding="utf-8")
    assert run(tmp_path, raw) == 1
    err = capsys.readouterr().err
    assert "page.txt" in err and "HTML page" in err and "python -m pipeline add" in err
    assert doc_ids(tmp_path / "out") == {"good"}


def test_case5_deleted_or_corrupted_outputs_are_regenerated(tmp_path, raw, capsys):
    out = tmp_path / "out"
    assert run(tmp_path, raw) == 0
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*.jsonl")}
    with open(out / "documents.jsonl", "a") as fh:
        fh.write("garbage\n")
    assert run(tmp_path, raw) == 0
    assert (out / "documents.jsonl").read_bytes() == before[Path("documents.jsonl")]
    (out / "paragraphs" / "good.jsonl").write_text("{}\n")
    assert run(tmp_path, raw) == 0
    shutil.rmtree(out)
    capsys.readouterr()
    assert run(tmp_path, raw) == 0
    assert "0 tagged" in capsys.readouterr().err  # rewritten from the cache, not re-tagged
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*.jsonl")} == before


def test_case5_make_stamp_does_not_hide_deleted_or_edited_outputs(tmp_path, raw):
    out = tmp_path / "out"
    assert make(tmp_path, raw).returncode == 0
    before = (out / "documents.jsonl").read_bytes()
    shutil.rmtree(out)
    res = make(tmp_path, raw)
    assert res.returncode == 0 and (out / "documents.jsonl").read_bytes() == before
    time.sleep(0.1)  # file times are as coarse as the kernel's clock tick: let them differ from the stamp's
    with open(out / "documents.jsonl", "ab") as fh:
        fh.write(b"garbage\n")
    assert make(tmp_path, raw).returncode == 0
    assert (out / "documents.jsonl").read_bytes() == before
    time.sleep(0.1)
    (out / "paragraphs" / "good.jsonl").unlink()
    assert make(tmp_path, raw).returncode == 0
    assert (out / "paragraphs" / "good.jsonl").exists()


def test_case6_run_refuses_to_delete_another_folders_outputs_without_prune(tmp_path, raw, capsys):
    from pipeline.core.errors import PipelineError
    assert run(tmp_path, raw) == 0
    other = tmp_path / "other"
    other.mkdir()
    (other / "else.txt").write_text(TINY.replace("NASA", "JAXA"), encoding="utf-8")
    with pytest.raises(PipelineError, match=r"absent from this raw folder \(good\).*--prune"):
        run(tmp_path, other)
    assert doc_ids(tmp_path / "out") == {"good"}
    assert (tmp_path / "out" / "paragraphs" / "good.jsonl").exists()
    assert run(tmp_path, other, prune=True) == 0
    assert doc_ids(tmp_path / "out") == {"else"}


def test_case6_make_prune_needed_for_other_raw_into_same_out(tmp_path, raw):
    assert make(tmp_path, raw).returncode == 0
    other = tmp_path / "other"
    other.mkdir()
    (other / "else.txt").write_text(TINY.replace("NASA", "JAXA"), encoding="utf-8")
    res = make(tmp_path, other)
    assert res.returncode != 0 and "PRUNE=1" in res.stderr
    assert doc_ids(tmp_path / "out") == {"good"}
    assert make(tmp_path, other, "PRUNE=1").returncode == 0
    assert doc_ids(tmp_path / "out") == {"else"}


@pytest.mark.parametrize("code, words", [(errno.ENOSPC, "No space left"), (errno.EROFS, "Read-only"),
                                         (errno.EACCES, "Permission denied")])
def test_case7_output_os_errors_are_messages_naming_the_path(tmp_path, raw, capsys, monkeypatch, code, words):
    from pipeline import cli
    from pipeline.core import textio

    def failing_replace(src, dst):
        raise OSError(code, os.strerror(code))
    monkeypatch.setattr(textio.os, "replace", failing_replace)
    status = cli.main(["run", "--raw", str(raw), "--out", str(tmp_path / "out"),
                       "--build", str(tmp_path / "build"), "--jobs", "1"])
    err = capsys.readouterr().err
    assert status == 1 and "Traceback" not in err
    assert words in err and str(tmp_path / "build") in err
    assert not list(tmp_path.rglob("*.tmp"))


def test_case7_output_name_too_long_is_a_message(tmp_path, raw, capsys):
    from pipeline import cli
    out = tmp_path / ("o" * 300)
    status = cli.main(["run", "--raw", str(raw), "--out", str(out), "--build", str(tmp_path / "build"),
                       "--jobs", "1"])
    err = capsys.readouterr().err
    assert status == 1 and "File name too long" in err and "o" * 300 in err


def test_case7_ctrl_c_with_two_jobs_does_not_hang(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for i, src in enumerate(sorted((ROOT / "raw").glob("*.txt"))[:24]):
        shutil.copy(src, raw / f"s{i:02d}.txt")
    proc = subprocess.Popen([str(ROOT / ".venv/bin/python"), "-m", "pipeline", "run", "--raw", str(raw),
                             "--out", str(tmp_path / "out"), "--build", str(tmp_path / "build"), "--jobs", "2"],
                            cwd=ROOT, stderr=subprocess.PIPE, text=True, start_new_session=True)
    time.sleep(4)
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole process group
    try:
        _, err = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail("the run hung after one Ctrl-C")
    assert proc.returncode == 130, err
    assert "Traceback" not in err


def test_case8_second_concurrent_run_waits_for_the_lock(tmp_path, raw):
    import fcntl
    build = tmp_path / "build"
    build.mkdir()
    holder = open(build / "run.lock", "a+")
    fcntl.flock(holder, fcntl.LOCK_EX)
    proc = subprocess.Popen([str(ROOT / ".venv/bin/python"), "-m", "pipeline", "run", "--raw", str(raw),
                             "--out", str(tmp_path / "out"), "--build", str(build), "--jobs", "1"],
                            cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(3)
        assert proc.poll() is None  # waiting, not failing with "intermediate results missing"
        assert not (tmp_path / "out").exists()
    finally:
        holder.close()
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "waiting: another run is using" in err
    assert doc_ids(tmp_path / "out") == {"good"}


def test_case9_outputs_follow_umask_and_leftover_tmp_files_are_removed(tmp_path, raw, capsys):
    old = os.umask(0o022)
    try:
        assert run(tmp_path, raw) == 0
        out = tmp_path / "out"
        for path in [out / "documents.jsonl", out / "paragraphs" / "good.jsonl"]:
            assert (path.stat().st_mode & 0o777) == 0o644, path
        left = [out / ".documents.jsonl.k2j3h4.tmp", out / "paragraphs" / ".0123456789ab.x1y2.tmp"]
        for path in left:
            path.write_text("partial")
        capsys.readouterr()
        assert run(tmp_path, raw) == 0
        assert not any(p.exists() for p in left)
        assert "removed 2 temporary files" in capsys.readouterr().err
    finally:
        os.umask(old)


def test_case10_utf16_is_called_utf16_and_whitespace_only_whitespace_only(tmp_path, raw, capsys):
    (raw / "wide.txt").write_bytes(TINY.encode("utf-16"))
    (raw / "wide_nobom.txt").write_bytes(TINY.encode("utf-16-le"))
    (raw / "blank.txt").write_bytes(b"  \n\n\t \r\n")
    assert run(tmp_path, raw) == 1
    err = capsys.readouterr().err
    assert "wide.txt: file is UTF-16 text" in err and "wide_nobom.txt: file is UTF-16" in err
    assert "binary" not in err
    assert "blank.txt: file has no text (whitespace only)" in err
    assert doc_ids(tmp_path / "out") == {"good"}


@pytest.mark.parametrize("cut", [1, 2])
def test_case10_add_refuses_utf8_cut_mid_character(tmp_path, capsys, cut):
    from pipeline.tools import add
    text = "NASA and ESA – a joint statement – agreed to cooperate on lunar science.\n" * 5 + "End – "
    data = text.encode("utf-8")
    data = data[:len(data) - 1 - cut]  # the final space and 1 or 2 of the last "–"'s 3 bytes cut off
    src = tmp_path / "cut.txt"
    src.write_bytes(data)
    dest = tmp_path / "rawdir"
    dest.mkdir()
    assert add.main([str(src), "--raw", str(dest)]) == 1
    err = capsys.readouterr().err
    assert "cut.txt" in err and "UTF-8 text damaged" in err and "nothing written" in err
    assert not list(dest.iterdir())


def test_issue14_source_depends_on_the_input_not_the_cache_history(tmp_path, raw, monkeypatch):
    assert run(tmp_path, raw) == 0
    first = json.loads((tmp_path / "out" / "documents.jsonl").read_text())["source"]
    assert first == str(raw / "good.txt")
    monkeypatch.chdir(tmp_path)  # the same folder spelled "raw": same cache, another source
    assert run_stages(raw="raw", out="out", build="build", jobs=1) == 0
    assert json.loads((tmp_path / "out" / "documents.jsonl").read_text())["source"] == "raw/good.txt"
    # the same spelling in a fresh build folder gives the same bytes
    assert run_stages(raw="raw", out="out2", build="build2", jobs=1) == 0
    assert (tmp_path / "out2" / "documents.jsonl").read_bytes() == (tmp_path / "out" / "documents.jsonl").read_bytes()


def test_issue14_one_bad_file_does_not_leave_the_tables_stale(tmp_path, raw):
    assert make(tmp_path, raw).returncode == 0
    (raw / "second.txt").write_text(TINY.replace("NASA", "JAXA"), encoding="utf-8")
    (raw / "broken.txt").write_bytes(b"\xff\xfe\xfd not text")
    res = make(tmp_path, raw)
    assert res.returncode != 0 and "broken.txt" in res.stderr
    table = (tmp_path / "out" / "tables" / "organizations.csv").read_text(encoding="utf-8")
    assert "second" in table


def test_issue14_one_bad_file_does_not_block_make_review(tmp_path, raw):
    (raw / "broken.txt").write_bytes(b"\xff\xfe\xfd not text")
    res = make(tmp_path, raw, "review", "SINCE=none")
    assert res.returncode == 0 and "broken.txt" in res.stderr      # reported by the extraction, review ran
    assert (tmp_path / "out" / "review" / "good.html").exists()


def test_case3_add_refuses_a_date_in_the_future(tmp_path, capsys):
    from pipeline.tools import add
    src = tmp_path / "s.txt"
    src.write_text(TINY, encoding="utf-8")
    dest = tmp_path / "rawdir"
    dest.mkdir()
    assert add.main([str(src), "--raw", str(dest), "--date", "2099-01-01"]) == 1
    assert "in the future" in capsys.readouterr().err and not list(dest.iterdir())


def test_case10_run_calls_utf8_cut_at_the_end_cut_not_another_encoding(tmp_path, raw, capsys):
    (raw / "cut.txt").write_bytes(("NASA – ESA agreed – to cooperate. End –").encode("utf-8")[:-1])
    assert run(tmp_path, raw) == 1
    err = capsys.readouterr().err
    assert "cut.txt: UTF-8 text cut mid-character" in err and "pipeline add" not in err

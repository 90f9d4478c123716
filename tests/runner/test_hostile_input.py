"""Issue 14: hostile and careless input. Each test is named ``test_case<N>_...`` after the
numbered case of the issue it guards, and would fail on the behaviour the issue describes.

case  what the issue found                          regression tests (this module unless a path is given)
----  --------------------------------------------  ---------------------------------------------------------
 1    a file name runs shell commands (make)       test_case1_file_name_with_shell_commands_runs_nothing
 2    names with space ; | : and bad symlinks      test_case2_names_with_spaces_and_shell_characters_do_not_stop_make
      stop make; 240/251-char names crash          test_case2_240_and_251_character_names_are_processed_longer_refused
 3    Ctrl-C hangs with JOBS=2                      test_case3_ctrl_c_with_two_jobs_does_not_hang
 4    quadratic segmentation on 40,000 lines        test_case4_segmentation_work_is_linear_in_the_number_of_lines
                                                    tests/segment/test_layouts.py::
                                                      test_only_a_short_tail_of_a_paragraph_is_tried_as_its_link_sentence
 5    symlink out of raw/ followed; FIFO hangs      test_case5_symlink_inside_raw_is_followed_outside_refused_by_name
                                                    test_case5_fifo_and_folder_refused_by_name_without_hanging
 6    sidecars not validated (NaN, types, 2099)     test_case6_bad_sidecar_fails_that_statement_by_name
                                                    test_case6_add_refuses_a_date_in_the_future
 7    HTML saved as .txt tagged as text             test_case7_html_saved_as_txt_refused_with_add_hint
 8    add reads UTF-8 cut mid-character as cp1252   test_case8_add_refuses_utf8_cut_mid_character
                                                    test_case8_run_calls_utf8_cut_at_the_end_cut_not_another_encoding
 9    deleted/corrupted outputs not regenerated     test_case9_deleted_or_corrupted_outputs_are_regenerated
                                                    test_case9_make_stamp_does_not_hide_deleted_or_edited_outputs
10    one bad file: tables stale, review and        test_case10_one_bad_file_does_not_leave_the_tables_stale
      eval blocked                                  test_case10_one_bad_file_does_not_block_make_review
                                                    test_case10_one_bad_file_does_not_block_make_eval
11    other files destroyed: review --dest,         tests/tools/test_review.py::test_case11_review_dest_removes_only_its_own_pages
      index.txt, RAW=<other> OUT=extracted          tests/tools/test_review.py::test_case11_statement_named_index_keeps_its_page
                                                    test_case11_run_refuses_to_delete_another_folders_outputs_without_prune
                                                    test_case11_make_prune_needed_for_other_raw_into_same_out
12    .tmp leftovers after kill -9; mode 0600       test_case12_outputs_follow_umask_and_leftover_tmp_files_are_removed
                                                    test_case12_kill_9_mid_write_leaves_no_tmp_after_the_next_run
13    tracebacks: read-only, disk full, name too    test_case13_output_os_errors_are_messages_naming_the_path
      long; UTF-16 "binary"; whitespace "empty";    test_case13_output_name_too_long_is_a_message
      two concurrent runs                           test_case13_utf16_is_called_utf16_and_whitespace_only_whitespace_only
                                                    test_case13_second_concurrent_run_waits_for_the_build_lock
                                                    test_case13_runs_with_other_build_folders_and_the_same_out_are_serialised
14    `source` depends on the cache's history      test_case14_source_depends_on_the_input_not_the_cache_history

The fuzz test of "What it must do" (random bytes, Unicode and sidecars through the whole run) is
tests/runner/test_fuzz.py::test_issue14_fuzz_whole_run_never_traceback_never_invalid_json.
"""
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


def read_until(proc, words, timeout=120):
    """stderr lines of ``proc`` up to the first holding ``words`` (the process is still running)."""
    import selectors
    lines, deadline = [], time.monotonic() + timeout
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stderr, selectors.EVENT_READ)
        while time.monotonic() < deadline and sel.select(timeout=deadline - time.monotonic()):
            line = proc.stderr.readline()
            lines.append(line)
            if words in line or not line:
                break
    assert lines and words in lines[-1], lines
    return "".join(lines)


def make(tmp_path, raw, *extra):
    return subprocess.run(["make", "--no-print-directory", f"RAW={raw}", f"OUT={tmp_path / 'out'}",
                           f"BUILD={tmp_path / 'build'}", "JOBS=1", *extra],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_case1_file_name_with_shell_commands_runs_nothing(tmp_path, raw):
    for name in (";touch INJECTED;#.txt", "$(shell touch INJ2).txt", "`touch INJ3`.txt"):
        (raw / name).write_text(TINY.replace("NASA", "JAXA"), encoding="utf-8")
    res = make(tmp_path, raw)
    for folder in (ROOT, raw, tmp_path):
        assert not any((folder / n).exists() for n in ("INJECTED", "INJ2", "INJ3")), folder
    assert res.returncode == 0, res.stderr
    assert {"good", ";touch INJECTED;#", "$(shell touch INJ2)", "`touch INJ3`"} == doc_ids(tmp_path / "out")


def test_case2_names_with_spaces_and_shell_characters_do_not_stop_make(tmp_path, raw):
    for name in ("with space.txt", "a|b.txt", "c:d.txt", "e;f.txt"):
        (raw / name).write_text(TINY.replace("NASA", "JAXA"), encoding="utf-8")
    os.symlink("nowhere.txt", raw / "dangling.txt")
    os.symlink("loop.txt", raw / "loop.txt")
    res = make(tmp_path, raw)
    assert "No rule to make target" not in res.stderr
    assert {"good", "with space", "a|b", "c:d", "e;f"} == doc_ids(tmp_path / "out")
    assert res.returncode != 0  # the two symlinks fail by name
    assert "dangling.txt: dangling symlink" in res.stderr and "loop.txt: symlink loops" in res.stderr
    # nothing changed: make does nothing
    (raw / "dangling.txt").unlink()
    (raw / "loop.txt").unlink()
    assert make(tmp_path, raw).returncode == 0
    again = make(tmp_path, raw)
    assert again.returncode == 0 and "statements:" not in again.stderr  # Python not even called


def test_case5_symlink_inside_raw_is_followed_outside_refused_by_name(tmp_path, raw, capsys):
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


def test_case5_fifo_and_folder_refused_by_name_without_hanging(tmp_path, raw, capsys):
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


def test_case2_240_and_251_character_names_are_processed_longer_refused(tmp_path, raw, capsys):
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
def test_case6_bad_sidecar_fails_that_statement_by_name(tmp_path, raw, capsys, sidecar, words):
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
def test_case7_html_saved_as_txt_refused_with_add_hint(tmp_path, raw, capsys, page):
    (raw / "page.txt").write_text(page, encoding="utf-8")
    assert run(tmp_path, raw) == 1
    err = capsys.readouterr().err
    assert "page.txt" in err and "HTML page" in err and "python -m pipeline add" in err
    assert doc_ids(tmp_path / "out") == {"good"}


def test_case9_deleted_or_corrupted_outputs_are_regenerated(tmp_path, raw, capsys):
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


def test_case9_make_stamp_does_not_hide_deleted_or_edited_outputs(tmp_path, raw):
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


def test_case11_run_refuses_to_delete_another_folders_outputs_without_prune(tmp_path, raw, capsys):
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


def test_case11_make_prune_needed_for_other_raw_into_same_out(tmp_path, raw):
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
def test_case13_output_os_errors_are_messages_naming_the_path(tmp_path, raw, capsys, monkeypatch, code, words):
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


def test_case13_output_name_too_long_is_a_message(tmp_path, raw, capsys):
    from pipeline import cli
    out = tmp_path / ("o" * 300)
    status = cli.main(["run", "--raw", str(raw), "--out", str(out), "--build", str(tmp_path / "build"),
                       "--jobs", "1"])
    err = capsys.readouterr().err
    assert status == 1 and "File name too long" in err and "o" * 300 in err


def test_case3_ctrl_c_with_two_jobs_does_not_hang(tmp_path):
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


def test_case13_second_concurrent_run_waits_for_the_build_lock(tmp_path, raw):
    import fcntl
    build = tmp_path / "build"
    build.mkdir()
    holder = open(build / "run.lock", "a+")
    fcntl.flock(holder, fcntl.LOCK_EX)
    proc = subprocess.Popen([str(ROOT / ".venv/bin/python"), "-m", "pipeline", "run", "--raw", str(raw),
                             "--out", str(tmp_path / "out"), "--build", str(build), "--jobs", "1"],
                            cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        first = read_until(proc, "waiting: another run is using")
        time.sleep(1)
        assert proc.poll() is None  # waiting, not failing with "intermediate results missing"
        assert not (tmp_path / "out").exists()
    finally:
        holder.close()
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, first + err
    assert doc_ids(tmp_path / "out") == {"good"}


def test_case12_outputs_follow_umask_and_leftover_tmp_files_are_removed(tmp_path, raw, capsys):
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


def test_case13_utf16_is_called_utf16_and_whitespace_only_whitespace_only(tmp_path, raw, capsys):
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
def test_case8_add_refuses_utf8_cut_mid_character(tmp_path, capsys, cut):
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


def test_case14_source_depends_on_the_input_not_the_cache_history(tmp_path, raw, monkeypatch):
    assert run(tmp_path, raw) == 0
    first = json.loads((tmp_path / "out" / "documents.jsonl").read_text())["source"]
    assert first == str(raw / "good.txt")
    monkeypatch.chdir(tmp_path)  # the same folder spelled "raw": same cache, another source
    assert run_stages(raw="raw", out="out", build="build", jobs=1) == 0
    assert json.loads((tmp_path / "out" / "documents.jsonl").read_text())["source"] == "raw/good.txt"
    # the same spelling in a fresh build folder gives the same bytes
    assert run_stages(raw="raw", out="out2", build="build2", jobs=1) == 0
    assert (tmp_path / "out2" / "documents.jsonl").read_bytes() == (tmp_path / "out" / "documents.jsonl").read_bytes()


def test_case10_one_bad_file_does_not_leave_the_tables_stale(tmp_path, raw):
    assert make(tmp_path, raw).returncode == 0
    (raw / "second.txt").write_text(TINY.replace("NASA", "JAXA"), encoding="utf-8")
    (raw / "broken.txt").write_bytes(b"\xff\xfe\xfd not text")
    res = make(tmp_path, raw)
    assert res.returncode != 0 and "broken.txt" in res.stderr
    table = (tmp_path / "out" / "tables" / "organizations.csv").read_text(encoding="utf-8")
    assert "second" in table


def test_case10_one_bad_file_does_not_block_make_review(tmp_path, raw):
    (raw / "broken.txt").write_bytes(b"\xff\xfe\xfd not text")
    res = make(tmp_path, raw, "review", "SINCE=none")
    assert res.returncode == 0 and "broken.txt" in res.stderr      # reported by the extraction, review ran
    assert (tmp_path / "out" / "review" / "good.html").exists()


def test_case6_add_refuses_a_date_in_the_future(tmp_path, capsys):
    from pipeline.tools import add
    src = tmp_path / "s.txt"
    src.write_text(TINY, encoding="utf-8")
    dest = tmp_path / "rawdir"
    dest.mkdir()
    assert add.main([str(src), "--raw", str(dest), "--date", "2099-01-01"]) == 1
    assert "in the future" in capsys.readouterr().err and not list(dest.iterdir())


def test_case8_run_calls_utf8_cut_at_the_end_cut_not_another_encoding(tmp_path, raw, capsys):
    (raw / "cut.txt").write_bytes(("NASA – ESA agreed – to cooperate. End –").encode("utf-8")[:-1])
    assert run(tmp_path, raw) == 1
    err = capsys.readouterr().err
    assert "cut.txt: UTF-8 text cut mid-character" in err and "pipeline add" not in err


def test_case4_segmentation_work_is_linear_in_the_number_of_lines(monkeypatch):
    """The issue's input (short lines that each continue the one before): the characters that
    segmentation folds grow with the input, not with its square (once: the rest of the text was
    folded for every sentence, 397 s on 40,000 lines). Counted, not timed."""
    import pipeline.segment as seg_mod
    from pipeline.tools.bench.long import short_lines
    folded = [0]
    real_fold = seg_mod.fold

    def counting_fold(text):
        folded[0] += len(text)
        return real_fold(text)
    monkeypatch.setattr(seg_mod, "fold", counting_fold)
    per_char = {}
    for n in (2_000, 8_000):
        text = short_lines(n)
        folded[0] = 0
        assert seg_mod.segment(text)
        per_char[n] = folded[0] / len(text)
    assert per_char[8_000] < 1.5 * per_char[2_000] and per_char[8_000] < 20, per_char


def test_case10_one_bad_file_does_not_block_make_eval(tmp_path, raw):
    """``make eval`` scores whatever the extraction wrote even when a statement failed: the
    interpreter is a stand-in that fails the run and records what make asked of it."""
    log = tmp_path / "calls.log"
    fake = tmp_path / "fakepy"
    fake.write_text(f"#!/bin/sh\necho \"$*\" >> '{log}'\ncase \"$*\" in *' run '*) exit 1;; esac\nexit 0\n")
    fake.chmod(0o755)
    res = make(tmp_path, raw, "eval", f"PY={fake}")
    calls = log.read_text().splitlines()
    assert any(" run " in c for c in calls), calls
    assert any(c.startswith("-m pipeline eval") for c in calls), (calls, res.stderr)
    assert res.returncode == 0, res.stderr


def test_case12_kill_9_mid_write_leaves_no_tmp_after_the_next_run(tmp_path, raw, capsys):
    out = tmp_path / "out"
    out.mkdir()
    child = ("import sys, time\nfrom pipeline.core import textio\n"
             "textio.os.replace = lambda *a: time.sleep(600)\n"
             "textio.write_atomic(sys.argv[1], 'partial\\n')\n")
    proc = subprocess.Popen([str(ROOT / ".venv/bin/python"), "-c", child, str(out / "documents.jsonl")], cwd=ROOT)
    try:
        for _ in range(300):
            if list(out.glob(".*.tmp")):
                break
            time.sleep(0.1)
        assert list(out.glob(".*.tmp")), "the child never started its write"
    finally:
        proc.kill()  # SIGKILL: no cleanup runs
        proc.wait()
    capsys.readouterr()
    assert run(tmp_path, raw) == 0
    assert not list(out.rglob("*.tmp"))
    assert "removed 1 temporary file left by an interrupted run" in capsys.readouterr().err
    assert doc_ids(out) == {"good"}


@pytest.mark.parametrize("where", ["write", "replace"])
def test_case13_full_disk_at_the_write_layer_is_a_message_naming_the_path(tmp_path, raw, capsys, monkeypatch,
                                                                          where):
    """ENOSPC simulated where a full disk raises it: writing the temporary file or renaming it."""
    from pipeline import cli
    from pipeline.core import textio

    class FullDisk:
        def __init__(self, fd, mode):
            os.close(fd)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def write(self, data):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def full_replace(src, dst):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert run(tmp_path, raw) == 0  # the build folder is written; now the disk fills up
    (raw / "second.txt").write_text(TINY.replace("NASA", "JAXA"), encoding="utf-8")
    if where == "write":
        monkeypatch.setattr(textio.os, "fdopen", FullDisk)
    else:
        monkeypatch.setattr(textio.os, "replace", full_replace)
    capsys.readouterr()
    status = cli.main(["run", "--raw", str(raw), "--out", str(tmp_path / "out"),
                       "--build", str(tmp_path / "build"), "--jobs", "1"])
    err = capsys.readouterr().err
    assert status == 1 and "Traceback" not in err
    assert "No space left on device" in err and str(tmp_path) in err
    assert not list(tmp_path.rglob("*.tmp"))
    assert doc_ids(tmp_path / "out") == {"good"}  # the earlier outputs are intact


def test_case13_runs_with_other_build_folders_and_the_same_out_are_serialised(tmp_path, raw):
    import fcntl
    out = tmp_path / "out"
    out.mkdir()
    holder = os.open(out, os.O_RDONLY | os.O_DIRECTORY)  # as a first run writing the same OUT holds it
    fcntl.flock(holder, fcntl.LOCK_EX)
    (tmp_path / "sub").mkdir()  # the same folder spelled another way
    proc = subprocess.Popen([str(ROOT / ".venv/bin/python"), "-m", "pipeline", "run", "--raw", str(raw),
                             "--out", str(tmp_path / "sub" / ".." / "out"), "--build", str(tmp_path / "other-build"),
                             "--jobs", "1"], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        first = read_until(proc, "waiting: another run is writing")
        time.sleep(1)
        assert proc.poll() is None  # waiting on the output folder, not writing into it
        assert not (out / "documents.jsonl").exists()
    finally:
        os.close(holder)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, first + err
    assert doc_ids(out) == {"good"}

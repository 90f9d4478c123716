"""The review pages in a real headless Chromium (conftest.py's WebDriver): filters, search,
change badges and marks, and a correction round trip through the server and the pipeline."""
import json
import shutil
import subprocess
import sys
import threading

import pytest

from pipeline.core.config import ROOT
from pipeline.tools import review
from pipeline.tools.review.server import make_server
from test_review import RAW, write_corpus

EXTRA = {"a_doc": {"parties": ["Japan", "United States"], "topics": ["lunar"]},
         "b_doc": {"parties": ["Sweden"], "topics": ["launch"]}}


def corpus(tmp_path):
    raw_dir, out = write_corpus(tmp_path, {"a_doc": RAW, "b_doc": RAW.replace("Evil", "Calm"),
                                           "c_doc": RAW.replace("Evil", "Quiet")})
    docs = [json.loads(line) for line in (out / "documents.jsonl").read_text().splitlines()]
    for d in docs:
        d.update(EXTRA.get(d["doc_id"], {}))
    (out / "documents.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs))
    return raw_dir, out


def test_index_filters_by_party_and_searches_text(tmp_path, browser):
    raw_dir, out = corpus(tmp_path)
    assert review.main(["--raw", str(raw_dir), "--out", str(out), "--since", "none"]) == 0
    browser.get((out / "review" / "index.html").as_uri())
    browser.wait("return document.getElementById('shown').textContent.startsWith('3 of 3')")
    assert browser.js("return document.scripts.length") == 2        # only the project's own files
    browser.js("var s = document.getElementById('f-parties'); s.value = 'Sweden';"
               "s.dispatchEvent(new Event('input'))")
    assert browser.visible_rows() == ["b_doc"]
    browser.js("var s = document.getElementById('f-parties'); s.value = '';"
               "s.dispatchEvent(new Event('input'))")
    browser.type("#q", "quiet")
    assert browser.visible_rows() == ["c_doc"]
    browser.js("var q = document.getElementById('q'); q.value = '<script>alert(1)';"
               "q.dispatchEvent(new Event('input'))")     # statement text, found as text
    assert browser.visible_rows() == ["a_doc", "b_doc", "c_doc"]
    browser.js("var q = document.getElementById('q'); q.value = ''; q.dispatchEvent(new Event('input'))")
    browser.click('th[data-sort="title"]')
    assert browser.visible_rows() == ["b_doc", "a_doc", "c_doc"]    # Calm, Evil, Quiet


def test_change_badges_and_marks_in_place(tmp_path, browser):
    raw_dir, out = corpus(tmp_path)
    old = tmp_path / "old"
    shutil.copytree(out, old)
    path = out / "paragraphs" / "b_doc.jsonl"
    paras = [json.loads(line) for line in path.read_text().splitlines()]
    gone = paras[2]["commitments"].pop(0)
    paras[2]["dates"][0]["value"] = "2024-08"
    path.write_text("".join(json.dumps(p) + "\n" for p in paras))
    (old / "paragraphs" / "c_doc.jsonl").unlink()           # c_doc is new since "old"
    docs = (old / "documents.jsonl").read_text().splitlines()
    kept = [line for line in docs if '"c_doc"' not in line]
    kept.append(kept[0].replace('"a_doc"', '"z_doc"'))     # z_doc was there and is gone
    (old / "documents.jsonl").write_text("".join(line + "\n" for line in kept))
    shutil.copy(old / "paragraphs" / "a_doc.jsonl", old / "paragraphs" / "z_doc.jsonl")
    assert review.main(["--raw", str(raw_dir), "--out", str(out), "--since", str(old)]) == 0
    browser.get((out / "review" / "index.html").as_uri())
    badges = browser.wait("return Array.from(document.querySelectorAll('#docs tbody tr'))"
                          ".map(r => [r.dataset.id, (r.querySelector('.badge') || {}).textContent || ''])")
    assert badges == [["a_doc", ""], ["b_doc", "changed"], ["c_doc", "new"], ["z_doc", "removed"]]
    assert browser.js("return document.querySelector('tr[data-id=\"z_doc\"] a')") is None   # no page to link
    browser.js("var s = document.getElementById('f-change'); s.value = 'new'; s.dispatchEvent(new Event('input'))")
    assert browser.visible_rows() == ["c_doc"]
    browser.get((out / "review" / "b_doc.html").as_uri())
    removed = browser.wait("return Array.from(document.querySelectorAll('li.chg.removed'))"
                           ".map(e => [e.dataset.kind, +e.dataset.start, e.closest('.para').id])")
    assert removed == [["commitment", gone["start"], "p2"]]
    changed = browser.js("return Array.from(document.querySelectorAll('mark.chg.changed')).map(e => e.dataset.kind)")
    assert changed == ["date"]
    browser.js("document.dispatchEvent(new KeyboardEvent('keydown', {key: 'j'}));"
               "document.dispatchEvent(new KeyboardEvent('keydown', {key: 'j'}))")
    assert browser.js("return document.activeElement.id") == "p1"          # j: next paragraph
    browser.js("document.dispatchEvent(new KeyboardEvent('keydown', {key: 'k'}))")
    assert browser.js("return document.activeElement.id") == "p0"
    browser.js("document.dispatchEvent(new KeyboardEvent('keydown', {key: 'v'}))")   # values shown inline
    assert browser.js("return getComputedStyle(document.querySelector('.val')).display") == "inline"


def run_pipeline(raw_dir, out, build, corrections):
    proc = subprocess.run([sys.executable, "-m", "pipeline", "run", "--raw", str(raw_dir), "--out", str(out),
                           "--build", str(build), "--jobs", "1", "--corrections", str(corrections)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return proc.stderr


def commitments(out, doc_id):
    return [(c["start"], c["end"]) for line in (out / "paragraphs" / f"{doc_id}.jsonl").read_text().splitlines()
            for c in json.loads(line)["commitments"]]


def test_correction_round_trip_reject_then_run(tmp_path, browser):
    """Click reject on a commitment → models-style corrections file → pipeline run → gone."""
    doc_id = "003_93882ebadc3484c3"
    raw_dir, out, build = tmp_path / "raw", tmp_path / "out", tmp_path / "build"
    raw_dir.mkdir()
    shutil.copy(ROOT / "raw" / f"{doc_id}.txt", raw_dir)
    fixes = tmp_path / "corrections.jsonl"
    run_pipeline(raw_dir, out, build, fixes)
    before = commitments(out, doc_id)
    assert len(before) >= 2
    assert review.main(["--raw", str(raw_dir), "--out", str(out), "--since", "none"]) == 0
    server = make_server(out / "review", out, port=0, corrections=fixes, who="test", quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        browser.get(f"http://127.0.0.1:{server.server_address[1]}/{doc_id}.html")
        browser.click(f'li[data-kind="commitment"][data-start="{before[0][0]}"]')
        browser.wait("return !document.getElementById('panel-actions').hidden")
        browser.click('#panel button[data-action="reject"]')
        status = browser.wait("var t = document.getElementById('panel-status').textContent;"
                              "return t.startsWith('saved') || t.startsWith('refused') ? t : ''")
        assert status.startswith("saved"), status
    finally:
        server.shutdown()
        server.server_close()
    saved = [json.loads(line) for line in fixes.read_text().splitlines()]
    assert [(c["doc_id"], c["kind"], c["start"], c["end"], c["action"], c["who"]) for c in saved] == \
        [(doc_id, "commitment", before[0][0], before[0][1], "reject", "test")]
    shutil.copytree(out, tmp_path / "before")
    log = run_pipeline(raw_dir, out, build, fixes)
    assert "0 tagged" in log                      # a correction re-exports, it does not re-tag
    assert commitments(out, doc_id) == before[1:]
    diff = subprocess.run([sys.executable, "-m", "pipeline", "diff", str(tmp_path / "before"), str(out)],
                          capture_output=True, text=True)
    assert diff.returncode == 1 and "- commitment" in diff.stdout, diff.stdout
    run_pipeline(raw_dir, out, build, fixes)      # and it stays rejected
    assert commitments(out, doc_id) == before[1:]

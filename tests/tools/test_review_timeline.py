"""The threads timeline page (pipeline/tools/review_timeline.py), also in headless Chromium."""
import os
import shutil
import subprocess

import pytest

from pipeline.tools.review_timeline import render_timeline, write_timeline

CHROMIUM = "/usr/bin/chromium"


def _thread(tid, status, members, links, due=None):
    return {"id": tid, "status": status, "due": due, "as_of": "2024-06-01", "organizations": [],
            "members": members, "links": links}


def _member(doc_id, date, role, paragraph, text):
    return {"doc_id": doc_id, "date": date, "role": role, "paragraph": paragraph, "start": 0, "end": len(text),
            "text": text, "source": "commitment" if role == "promise" else "report"}


THREADS = [
    _thread("t1", "fulfilled", [_member("a", "2020-08-26", "promise", 7, "hold the Eighth meeting <b>"),
                                _member("index", "2021-11-10", "report", 3, "held the Eighth meeting")],
            [{"from": 0, "to": 1, "relation": "fulfills", "score": 1.2, "evidence": {}}], due="2021-12-31"),
    _thread("t2", "open", [_member("a", "2020-08-26", "promise", 8, "a single promise")], []),
]


def test_one_row_per_linked_thread_with_links_to_the_paragraphs_and_status_colours():
    page = render_timeline(THREADS)
    assert page.count('<a href="') == 2 + 1          # two marks, and the link back to the index
    assert 'href="a.html#p7"' in page and 'href="_index.html#p3"' in page  # review.py's page names
    assert "#2e8b57" in page                          # fulfilled green
    assert "&lt;b&gt;" in page and "<b>" not in page  # member text is escaped
    assert "1 linked threads drawn, 1 single promises not drawn" in page
    assert "<script" not in page


def test_no_threads_file_writes_no_page(tmp_path):
    assert write_timeline(tmp_path, tmp_path / "review") is False
    assert not (tmp_path / "review" / "threads.html").exists()


@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed")
def test_timeline_in_headless_chromium(tmp_path):
    (tmp_path / "threads.jsonl").write_text("".join(__import__("json").dumps(t) + "\n" for t in THREADS * 1))
    assert write_timeline(tmp_path, tmp_path / "review")
    url = (tmp_path / "review" / "threads.html").resolve().as_uri()
    base = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-extensions", "--hide-scrollbars"]
    dom = subprocess.run(base + [f"--user-data-dir={tmp_path / 'p1'}", "--dump-dom", url],
                         capture_output=True, text=True, timeout=180).stdout
    assert "<svg" in dom and "<circle" in dom and "<path" in dom and "<script" not in dom.lower()
    png = tmp_path / "threads.png"
    subprocess.run(base + [f"--user-data-dir={tmp_path / 'p2'}", "--window-size=1200,800", f"--screenshot={png}", url],
                   capture_output=True, timeout=180)
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 10000
    shutil.copy(png, tmp_path / "keep.png")

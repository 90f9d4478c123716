"""Review pages (pipeline/tools/review/): statement pages, index, escaping and a real browser."""
import hashlib
import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from pipeline.tools import review
from pipeline.core.errors import PipelineError, SpanError

CHROMIUM = "/usr/bin/chromium"

RAW = (
    "Evil <script>alert(1)</script> & \"Quoted\" 'Statement'\n\n"
    "Tokyo, 3 March 2018\r\n\r\n"
    "NASA & JAXA <b>will</b> launch the \"Gateway\" <script>alert(2)</script> module\n"
    "in July 2024 and reaffirmed their plans.\n\n"
    "Contact: press@example.org <img src=x onerror=alert(3)>\n"
)


OWN_SCRIPTS = {'<script src="review.js"></script>', '<script src="search-index.js"></script>'}


def only_own_scripts(page):
    """Every script element of the page is one of the project's files, with no inline code."""
    found = re.findall(r"<script\b[^>]*>.*?</script\s*>|<script\b", page, flags=re.I | re.S)
    return bool(found) and all(f in OWN_SCRIPTS for f in found)


def fold(text):
    return re.sub(r"\s+", " ", text)


def span(raw, text, start_at=0, **extra):
    at = raw.index(text, start_at)
    return {"text": fold(text), "start": at, "end": at + len(text), **extra}


def paragraphs(doc_id, raw):
    blocks = [(m.start(), m.end()) for m in re.finditer(r"\S(?:.|\r?\n(?!\r?\n))*", raw)]
    kinds = ["title", "meta", "body", "boilerplate"]
    out = []
    for i, ((s, e), kind) in enumerate(zip(blocks, kinds)):
        out.append({"doc_id": doc_id, "index": i, "kind": kind, "start": s, "end": e, "text": fold(raw[s:e]),
                    "organizations": [], "dates": [], "commitments": []})
    body = out[2]
    body["organizations"] = [
        span(raw, "NASA", names=['National <Aeronautics> & "Space" Administration']),
        span(raw, "JAXA", names=["Japan Aerospace Exploration Agency"], acronym="JAXA", country="JP"),
        span(raw, "Gateway\" <script>", names=["<script>alert(4)</script>"])]
    body["dates"] = [span(raw, "July 2024", value="2024-07")]
    # a commitment that ends inside the "Gateway" organization: marks must nest
    body["commitments"] = [
        span(raw, "NASA & JAXA <b>will</b> launch the \"Gateway", actor="NASA & JAXA", trigger="will",
             action="launch the \"Gateway", strength="firm", reaffirmed=False, dates=[]),
        span(raw, "in July 2024 and reaffirmed their plans", actor="NASA & JAXA", trigger="reaffirmed",
             action="their plans", strength="intent", reaffirmed=True, dates=["2024-07"],
             organizations=["A & B"])]
    out[1]["dates"] = [span(raw, "3 March 2018", value="2018-03-03")]
    for p in out:
        for key in ("organizations", "dates", "commitments"):
            p[key].sort(key=lambda x: x["start"])
    return out


def document(doc_id, raw, paras, title=None):
    return {"doc_id": doc_id, "source": f"raw/{doc_id}.txt", "sha256": hashlib.sha256(raw.encode()).hexdigest(),
            "title": title if title is not None else fold(raw.split("\n")[0]), "date": "2018-03-03",
            "n_paragraphs": len(paras),
            "counts": {k: sum(len(p[k]) for p in paras) for k in ("organizations", "dates", "commitments")}}


def write_corpus(tmp_path, docs):
    """``docs``: ``{doc_id: raw}``; writes raw/ and out/ per SCHEMA.md."""
    raw_dir, out = tmp_path / "raw", tmp_path / "out"
    (out / "paragraphs").mkdir(parents=True)
    raw_dir.mkdir()
    records = []
    for doc_id, raw in sorted(docs.items()):
        (raw_dir / f"{doc_id}.txt").write_bytes(raw.encode("utf-8"))
        paras = paragraphs(doc_id, raw)
        records.append(document(doc_id, raw, paras))
        (out / "paragraphs" / f"{doc_id}.jsonl").write_text(
            "".join(json.dumps(p, sort_keys=True) + "\n" for p in paras), encoding="utf-8")
    (out / "documents.jsonl").write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in records),
                                         encoding="utf-8")
    return raw_dir, out


class Tree(HTMLParser):
    """Checks that tags nest, collects elements, attributes and text (not
    the ORG/DATE labels)."""
    VOID = {"meta", "br", "img", "link", "input", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.classes, self.tags, self.text, self.attrs = [], [], [], [], []
        self.para_text = []     # statement text only: inside div.para, no badges or lists

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)
            self.classes.append(dict(attrs).get("class"))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()
        self.classes.pop()

    def handle_data(self, data):
        if self.stack and self.stack[-1] not in ("style", "title") and "lbl" not in self.classes:
            self.text.append(data)
            cls = [c.split()[0] if c else "" for c in self.classes]
            if "para" in cls and not {"pidx", "kind", "cmts"} & set(cls):
                self.para_text.append(data)


def parse(page):
    tree = Tree()
    tree.feed(page)
    tree.close()
    assert tree.stack == ["html"] or tree.stack == [], tree.stack
    return tree


def test_statement_text_is_escaped():
    paras = paragraphs("evil", RAW)
    page = review.render_document(RAW, document("evil", RAW, paras), paras)
    tree = parse(page)
    assert tree.tags.count("script") == 1 and "img" not in tree.tags
    text = fold("".join(tree.text))
    assert "NASA & JAXA <b>will</b> launch" in text
    assert "Evil <script>alert(1)</script> & \"Quoted\" 'Statement'" in text
    assert "<script>alert(2)</script>" in text and "<img src=x onerror=alert(3)>" in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Quoted&quot; &#x27;Statement&#x27;" in page
    assert only_own_scripts(page)
    assert not re.search(r"(https?|ftp):|//[a-z]|url\(|@import", page.lower())   # nothing external
    assert not any(k in a for _, a in tree.attrs for k in ("onerror", "onload"))
    assert [a["src"] for _, a in tree.attrs if "src" in a] == ["review.js"]


def test_names_and_values_escaped_in_hover_titles():
    paras = paragraphs("evil", RAW)
    tree = parse(review.render_document(RAW, document("evil", RAW, paras), paras))
    titles = [a["title"] for tag, a in tree.attrs if "title" in a]
    assert any('canonical: National <Aeronautics> & "Space" Administration' in t for t in titles)
    assert any("canonical: <script>alert(4)</script>" in t for t in titles)
    assert any("value: 2024-07" in t for t in titles)
    assert any(t.startswith("COMMITMENT (intent, reaffirmed)") and "actor: NASA & JAXA" in t
               and "dates: 2024-07" in t and "organizations: A & B" in t for t in titles)
    assert any("acronym: JAXA" in t and "country: JP" in t for t in titles)


def test_marks_nest_when_commitment_and_entity_overlap():
    paras = paragraphs("evil", RAW)
    html = review.render_paragraph_text(RAW, paras[2], "evil")
    tree = parse(f"<div>{html}</div>")    # asserts well-nested tags
    marks = [a for tag, a in tree.attrs if tag == "mark"]
    gateway = [a for a in marks if "alert(4)" in a.get("title", "")]
    assert len(gateway) == 2            # the org crosses the end of the first commitment
    assert html.count('<span class="lbl">ORG') == 3   # labelled once each
    assert '<span class="val"> &lt;script&gt;alert(4)&lt;/script&gt;</span>' in html   # name inline, escaped
    assert fold("".join(tree.text)) == fold(
        RAW[paras[2]["start"]:paras[2]["end"]])
    assert html.count('class="cmt firm"') == 1 and html.count('class="cmt intent"') == 1


def test_kinds_and_boilerplate():
    paras = paragraphs("evil", RAW)
    page = review.render_document(RAW, document("evil", RAW, paras), paras)
    classes = [a.get("class", "") for tag, a in parse(page).attrs if tag == "div"]
    assert "para boilerplate" in classes and "para title" in classes and "para meta" in classes
    assert '<span class="kind">title</span>' in page and '<span class="kind">meta</span>' in page


def test_text_outside_paragraphs_is_shown():
    paras = paragraphs("evil", RAW)[:3]     # the boilerplate paragraph lost
    page = review.render_document(RAW, document("evil", RAW, paras), paras)
    assert 'class="gap"' in page and "press@example.org" in page


def test_stale_span_is_an_error():
    paras = paragraphs("evil", RAW)
    paras[2]["dates"][0]["start"] += 1
    with pytest.raises(SpanError, match="July 2024"):
        review.render_document(RAW, document("evil", RAW, paras), paras)


def test_main_writes_index_and_pages(tmp_path, capsys):
    raw_dir, out = write_corpus(tmp_path / "first", {"gone": RAW.replace("Evil", "Gone")})
    assert review.main(["--raw", str(raw_dir), "--out", str(out), "--dest", str(tmp_path / "rv")]) == 0
    raw_dir, out = write_corpus(tmp_path, {"b_doc": RAW, "a_doc": RAW.replace("Evil", "Calm")})
    shutil.copytree(tmp_path / "rv", out / "review")  # a page an earlier run wrote, statement now gone
    assert review.main(["--raw", str(raw_dir), "--out", str(out)]) == 0
    pages = sorted(p.name for p in (out / "review").iterdir())
    assert [p for p in pages if not p.startswith("_")] == [
        ".review-pages.json", "a_doc.html", "b_doc.html", "index.html", "review.css", "review.js",
        "search-index.js"]
    index = (out / "review" / "index.html").read_text(encoding="utf-8")
    tree = parse(index)
    links = [a["href"] for tag, a in tree.attrs if tag == "a" and not a["href"].startswith("_")]
    assert links == ["a_doc.html", "b_doc.html"]
    assert "Evil <script>alert(1)</script>" in "".join(tree.text) and only_own_scripts(index)
    # same input, same bytes
    before = {p.name: p.read_bytes() for p in (out / "review").iterdir()}
    review.main(["--raw", str(raw_dir), "--out", str(out)])
    assert before == {p.name: p.read_bytes() for p in (out / "review").iterdir()}


def test_main_refuses_a_changed_raw_file(tmp_path):
    raw_dir, out = write_corpus(tmp_path, {"d": RAW})
    (raw_dir / "d.txt").write_text(RAW + "more\n", encoding="utf-8")
    with pytest.raises(PipelineError, match="changed since it was extracted"):
        review.main(["--raw", str(raw_dir), "--out", str(out)])


def test_bom_and_crlf_offsets(tmp_path):
    raw = "Title\r\n\r\nNASA will fly.\r\n"
    raw_dir, out = tmp_path / "raw", tmp_path / "out"
    raw_dir.mkdir()
    (raw_dir / "d.txt").write_bytes(b"\xef\xbb\xbf" + raw.encode())
    data, text = review.read_raw(raw_dir / "d.txt")
    assert text == raw                       # BOM removed, CRLF kept
    para = {"doc_id": "d", "index": 1, "kind": "body", "start": 9, "end": 23, "text": "NASA will fly.",
            "organizations": [span(raw, "NASA", names=["NASA"])], "dates": [], "commitments": []}
    assert ">NASA<span" in review.render_paragraph_text(text, para)


def chromium(*args, profile):
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-extensions", "--hide-scrollbars", f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180)


@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed "
                                                         "(apt-get install -y chromium)")
def test_page_in_headless_chromium(tmp_path):
    raw_dir, out = write_corpus(tmp_path, {"evil": RAW})
    assert review.main(["--raw", str(raw_dir), "--out", str(out)]) == 0
    url = (out / "review" / "evil.html").resolve().as_uri()
    dom = chromium("--dump-dom", url, profile=tmp_path / "profile1").stdout
    assert "<body>" in dom and "NASA" in dom
    assert only_own_scripts(dom) and "<img" not in dom.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
    text = fold("".join(parse(dom).text))
    assert "the \"Gateway\" <script>alert(2)</script> module" in text
    assert "<img src=x onerror=alert(3)>" in text
    assert re.search(r'<div class="para boilerplate"', dom)
    png = tmp_path / "evil.png"
    chromium("--window-size=1200,1600", f"--screenshot={png}", url, profile=tmp_path / "profile2")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1200, 1600)
    assert len(data) > 20000        # a blank page compresses to a few KB
    shutil.copy(png, tmp_path / "keep.png")


ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEED_RAW = os.environ.get("REVIEW_RAW", os.path.join(ROOT, "raw"))
SEED_OUT = os.environ.get("REVIEW_OUT", os.path.join(ROOT, "extracted"))
SEEDS = ["000_335e58ebaedd29ea", "001_92cc43031f465bff", "002_77a92f4a1e830b36",
         "003_93882ebadc3484c3", "004_7cfa58839b3c08fd"]


@pytest.mark.skipif(not os.path.exists(os.path.join(SEED_OUT, "documents.jsonl")),
                    reason="no extraction yet (run make)")
def test_seed_pages(tmp_path):
    """The five seed statements: every paragraph's raw text is on the page,
    as text, and each page renders in headless Chromium."""
    dest = tmp_path / "review"
    assert review.main(["--raw", SEED_RAW, "--out", SEED_OUT, "--dest", str(dest)]) == 0
    documents, paragraphs = review.load_folder(SEED_OUT)
    for doc_id in SEEDS:
        _, raw = review.read_raw(os.path.join(SEED_RAW, f"{doc_id}.txt"))
        tree = parse((dest / f"{doc_id}.html").read_text(encoding="utf-8"))
        shown = fold("".join(tree.para_text)).replace(" ", "")
        expected = "".join(raw[p["start"]:p["end"]] for p in paragraphs[doc_id])
        assert shown == fold(expected).replace(" ", ""), doc_id
        n_marks = sum(1 for tag, a in tree.attrs if tag == "mark" and "title" in a)
        n_ents = sum(len(p["organizations"]) + len(p["dates"]) for p in paragraphs[doc_id])
        assert n_marks >= n_ents - 5, doc_id        # legend marks carry no title
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)")
    for doc_id in SEEDS:
        url = (dest / f"{doc_id}.html").resolve().as_uri()
        dom = chromium("--dump-dom", url, profile=tmp_path / f"p-{doc_id}").stdout
        assert only_own_scripts(dom) and 'class="para' in dom, doc_id
    png = tmp_path / "seed.png"
    chromium("--window-size=1200,1600", f"--screenshot={png}", (dest / f"{SEEDS[2]}.html").resolve().as_uri(),
             profile=tmp_path / "p-shot")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 50000


from hypothesis import given, settings, strategies as st  # noqa: E402


@st.composite
def paragraph_with_spans(draw):
    text = draw(st.text(alphabet="ab <>&\"'\n", min_size=1, max_size=40))
    n = len(text)

    def spans(max_count):
        out = []
        for _ in range(draw(st.integers(0, max_count))):
            s = draw(st.integers(0, n - 1))
            e = draw(st.integers(s + 1, n))
            out.append({"start": s, "end": e, "text": fold(text[s:e])})
        return sorted(out, key=lambda x: x["start"])
    para = {"index": 0, "kind": "body", "start": 0, "end": n, "text": fold(text),
            "organizations": [dict(x, names=["<N&>"]) for x in spans(3)],
            "dates": [dict(x, value="2020") for x in spans(2)],
            "commitments": [dict(x, strength=draw(st.sampled_from(["firm", "intent"]))) for x in spans(2)]}
    return text, para


@settings(max_examples=300, deadline=None)
@given(paragraph_with_spans())
def test_any_overlap_nests_and_keeps_the_text(case):
    """Whatever the overlaps, the markup is well nested, the text is the raw
    text, and each entity is labelled exactly once."""
    text, para = case
    html = review.render_paragraph_text(text, para)
    tree = parse(f"<div>{html}</div>")
    assert "".join(tree.text) == text
    n_ents = len(para["organizations"]) + len(para["dates"])
    assert html.count('class="lbl"') == n_ents
    assert "script" not in tree.tags


def test_case11_review_dest_removes_only_its_own_pages(tmp_path):
    raw_dir, out = write_corpus(tmp_path, {"a_doc": RAW})
    dest = tmp_path / "site"
    dest.mkdir()
    (dest / "mine.html").write_text("the user's own page")
    (dest / "notes.txt").write_text("notes")
    assert review.main(["--raw", str(raw_dir), "--out", str(out), "--dest", str(dest)]) == 0
    assert (dest / "mine.html").read_text() == "the user's own page" and (dest / "notes.txt").exists()
    assert (dest / "a_doc.html").exists() and (dest / "index.html").exists()


def test_case11_statement_named_index_keeps_its_page(tmp_path):
    raw_dir, out = write_corpus(tmp_path, {"index": RAW, "_index": RAW.replace("Evil", "Calm")})
    assert review.main(["--raw", str(raw_dir), "--out", str(out)]) == 0
    pages = {p.name for p in (out / "review").glob("*.html") if not p.name.startswith(("_org-", "_party-", "_corpus"))}
    assert pages == {"index.html", "_index.html", "__index.html"}
    index = (out / "review" / "index.html").read_text(encoding="utf-8")
    assert "Extraction review" in index
    links = [a["href"] for tag, a in parse(index).attrs if tag == "a" and a["href"] != "_corpus.html"]
    assert sorted(links) == ["__index.html", "_index.html"]
    assert "Evil" in (out / "review" / "_index.html").read_text(encoding="utf-8")


def test_search_index_cannot_close_a_script_or_break_the_literal():
    from pipeline.tools.review.assets import search_index_js
    nasty = "a </script><script>alert(5)</script> \u2028 \u2029 & <!-- b"
    js = search_index_js([{"id": "d", "title": nasty, "text": nasty}])
    assert "<" not in js and ">" not in js and "\u2028" not in js and "\u2029" not in js and "&" not in js
    assert json.loads(js[len("window.REVIEW_INDEX = "):-2]) == [{"id": "d", "text": nasty, "title": nasty}]


def test_corpus_views_have_org_and_party_pages_and_plots(tmp_path):
    from pipeline.tools.review.corpus import corpus_page_name
    raw_dir, out = write_corpus(tmp_path, {"a_doc": RAW})
    docs = [json.loads(line) for line in (out / "documents.jsonl").read_text().splitlines()]
    docs[0]["parties"] = ["<Japan>"]
    (out / "documents.jsonl").write_text(json.dumps(docs[0]) + "\n")
    assert review.main(["--raw", str(raw_dir), "--out", str(out), "--since", "none"]) == 0
    site = out / "review"
    corpus = (site / "_corpus.html").read_text(encoding="utf-8")
    assert corpus.count("<svg") == 2 and only_own_scripts(corpus)
    org = site / corpus_page_name("org", "<script>alert(4)</script>")
    text = org.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(4)&lt;/script&gt;" in text and only_own_scripts(text)
    assert 'href="a_doc.html"' in text and "<svg" in text
    party = (site / corpus_page_name("party", "<Japan>")).read_text(encoding="utf-8")
    assert "<h1>&lt;Japan&gt;</h1>" in party and "1 statements" in party


def test_statement_page_links_raw_file_origin_and_neighbours(tmp_path):
    raw_dir, out = write_corpus(tmp_path, {"a_doc": RAW, "b_doc": RAW, "c_doc": RAW})
    docs = [json.loads(line) for line in (out / "documents.jsonl").read_text().splitlines()]
    docs[1]["origin"] = "https://example.org/x?a=1&b=<2>"
    docs[2]["origin"] = "javascript:alert(6)"
    (out / "documents.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs))
    assert review.main(["--raw", str(raw_dir), "--out", str(out), "--since", "none"]) == 0
    tree = parse((out / "review" / "b_doc.html").read_text(encoding="utf-8"))
    hrefs = {a.get("rel"): a["href"] for tag, a in tree.attrs if tag == "a"}
    assert hrefs["prev"] == "a_doc.html" and hrefs["next"] == "c_doc.html"
    assert hrefs["noreferrer noopener"] == "https://example.org/x?a=1&b=<2>"
    assert "../../raw/b_doc.txt" in [a["href"] for tag, a in tree.attrs if tag == "a"]
    last = (out / "review" / "c_doc.html").read_text(encoding="utf-8")
    assert 'href="javascript' not in last and "javascript:alert(6)" in last and 'rel="next"' not in last


def test_index_rows_read_optional_keys_with_defaults():
    from pipeline.tools.review.index import index_rows, render_index
    docs = [{"doc_id": "a", "date": "2024-05-01", "parties": ["JP", "US"], "topics": ["lunar"]},
            {"doc_id": "b", "date": None}]
    paras = {"a": [{"organizations": [{"names": ["NASA"]}],
                    "commitments": [{"strength": "intent", "reaffirmed": True, "actor_names": ["JAXA"]}]}],
             "b": []}
    rows = index_rows(docs, paras)
    assert [(r["id"], r["year"], r["parties"], r["orgs"], r["status"]) for r in rows] == [
        ("a", "2024", ["JP", "US"], ["JAXA", "NASA"], ["intent", "reaffirmed"]), ("b", "", [], [], ["none"])]
    tree = parse(render_index(rows))
    options = {a.get("value") for tag, a in tree.attrs if tag == "option"}
    assert {"2024", "JP", "US", "lunar", "intent", "none", "JAXA"} <= options
    assert [a["data-parties"] for tag, a in tree.attrs if tag == "tr" and "data-parties" in a] == ["JP|US", ""]

"""``python -m pipeline add``: HTML, PDF and text in; refusals leave RAW untouched.

Fixtures are made in each test under ``tmp_path`` (PDFs with reportlab);
nothing here reads or writes the project's own ``raw/``.
"""
import hashlib
import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from pipeline.tools.add import sniff, write
from pipeline.tools.add import (
    extract_text_from_html,
    extract_text_from_pdf,
    find_duplicate,
    main,
    make_slug,
    normalize_text,
    safe_target,
)
from pipeline.core.errors import InputError
from pipeline.core.textio import decode_raw

HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Joint Statement on Lunar Cooperation | NASA</title>
<meta property="og:title" content="Joint Statement on Lunar Cooperation">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<link rel="canonical" href="https://www.nasa.gov/news/joint-statement-lunar-cooperation/">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/missions">Missions</a></li></ul></nav>
<article>
<h1>Joint Statement on Lunar Cooperation</h1>
<p>The National Aeronautics and Space Administration (NASA) and the Japan Aerospace Exploration Agency (JAXA) today signed an agreement to cooperate on lunar surface exploration.</p>
<p>Under the agreement, JAXA will provide a pressurized rover, and NASA will fly two Japanese astronauts to the lunar surface on future Artemis missions.</p>
<p>Both agencies reaffirmed their commitment to the peaceful use of outer space\u00a0and intend to expand cooperation in science.</p>
</article>
<footer><p>Copyright 2024 All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>
"""

PARAGRAPHS = [
    "Joint Statement on Lunar Cooperation",
    "The National Aeronautics and Space Administration (NASA) and the Japan Aerospace Exploration "
    "Agency (JAXA) today signed an agreement to cooperate on lunar surface exploration.",
    "Under the agreement, JAXA will provide a pressurized rover, and NASA will fly two Japanese "
    "astronauts to the lunar surface on future Artemis missions.",
    # trafilatura turns the page's non-breaking space into a space
    "Both agencies reaffirmed their commitment to the peaceful use of outer space and intend to "
    "expand cooperation in science.",
]

CP1252_TEXT = ("Statement by the Minister on Space Cooperation\r\n\r\n"
               "The Minister welcomed the signing of the Artemis Accords \u2013 a \u201cmilestone\u201d for "
               "the partnership \u2013 and the Agency\u2019s r\u00f4le in the caf\u00e9 talks.\r\n")


# --- helpers ----------------------------------------------------------------

@pytest.fixture
def raw(tmp_path):
    d = tmp_path / "raw"
    d.mkdir()
    (d / "001_existing.txt").write_text("An existing statement.\n\nThe parties agreed to cooperate.\n",
                                        encoding="utf-8")
    return d


def listing(d):
    """Every entry of a folder, dot files included, with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(Path(d).iterdir())}


def run(capsys, *argv):
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def only_new(raw, before):
    new = sorted(set(listing(raw)) - set(before))
    assert len(new) == 2, new
    txt = next(raw / n for n in new if n.endswith(".txt"))
    meta = json.loads((raw / (txt.stem + ".meta.json")).read_text(encoding="utf-8"))
    return txt, meta


def make_pdf(path, pages, title=None):
    """A PDF with one page per list of lines (an empty list: a page with only a drawing)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    if title:
        c.setTitle(title)
    for lines in pages:
        if not lines:
            c.rect(100, 400, 300, 200, fill=1)  # no text on this page
        for i, line in enumerate(lines):
            c.drawString(72, 780 - 16 * i, line)
        c.showPage()
    c.save()
    return path


# --- adding -------------------------------------------------------------------

def test_add_html_page_keeps_paragraphs(raw, tmp_path, capsys):
    page = tmp_path / "lunar.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    before = listing(raw)
    status, out, err = run(capsys, page, "--raw", raw)
    assert status == 0, err
    name = "2024-03-05-joint-statement-on-lunar-cooperation"
    assert out == f"added {raw / name}.txt (from {page})\n"
    txt, meta = only_new(raw, before)
    assert txt.name == f"{name}.txt"
    text = txt.read_text(encoding="utf-8")
    assert text == "\n\n".join(PARAGRAPHS) + "\n"          # one blank line between paragraphs
    assert "Privacy" not in text and "Home" not in text     # navigation and footer dropped
    assert meta == {
        "added_from": "lunar.html",
        "date": "2024-03-05",
        "sha256": hashlib.sha256(page.read_bytes()).hexdigest(),
        "source": "https://www.nasa.gov/news/joint-statement-lunar-cooperation/",
        "title": "Joint Statement on Lunar Cooperation",
    }
    side = (raw / f"{name}.meta.json").read_bytes()
    assert side.endswith(b"}\n") and b'\n  "added_from"' in side  # indent 2, sorted, final newline
    assert "taken from the page's metadata" in err
    assert listing(raw)["001_existing.txt"] == before["001_existing.txt"]


def test_add_html_declared_cp1252_is_converted(raw, tmp_path, capsys):
    html = HTML_PAGE.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    html = html.replace("Lunar Cooperation</h1>", "Lunar Cooperation \u2013 Caf\u00e9 Talks</h1>")
    page = tmp_path / "lunar-cp1252.htm"
    page.write_bytes(html.encode("cp1252"))
    before = listing(raw)
    status, out, err = run(capsys, page, "--raw", raw, "--date", "2024-03-06", "--title", "Lunar talks")
    assert status == 0, err
    assert "converted from cp1252 to UTF-8" in err
    txt, meta = only_new(raw, before)
    assert txt.name == "2024-03-06-lunar-talks.txt"
    assert "Lunar Cooperation \u2013 Caf\u00e9 Talks\n\n" in txt.read_text(encoding="utf-8")
    assert meta["date"] == "2024-03-06" and meta["title"] == "Lunar talks"
    assert meta["converted_from_encoding"] == "cp1252"


def test_add_pdf_keeps_page_break_joinable(raw, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1710000000")  # reportlab's creation date: 2024-03-09
    pdf = make_pdf(tmp_path / "mars.pdf", [
        ["Joint Statement on Mars Cooperation",
         "The two agencies agreed to cooperate on the Mars Sample Return"],
        ["mission and reaffirmed their commitment to peaceful uses of space.",
         "They will meet again in 2025."],
    ], title="Joint Statement on Mars Cooperation")
    before = listing(raw)
    status, out, err = run(capsys, pdf, "--raw", raw)
    assert status == 0, err
    txt, meta = only_new(raw, before)
    assert txt.name == "2024-03-09-joint-statement-on-mars-cooperation.txt"
    assert meta["title"] == "Joint Statement on Mars Cooperation"
    assert meta["date"] == "2024-03-09" and "PDF's creation date" in err
    text = decode_raw(txt, txt.read_bytes())                # the pipeline accepts it
    assert "Sample Return\n\f\nmission and" in text        # the page break is kept ...
    from pipeline.segment import segment
    paras = [text[p.start:p.end] for p in segment(text)]
    joined = [p for p in paras if "Sample Return" in p]
    assert len(joined) == 1 and "\f" in joined[0] and joined[0].endswith("uses of space.")  # ... and joinable


def test_add_pdf_direct_extraction_keeps_empty_pages_as_breaks(tmp_path):
    pdf = make_pdf(tmp_path / "p.pdf", [["First page text"], [], ["third page text."]])
    ext = extract_text_from_pdf(pdf.read_bytes())
    assert ext.text == "First page text\n\f\n\n\f\nthird page text."
    assert ext.title is None                                 # reportlab's "untitled" is no title


def test_add_cp1252_text_is_converted_with_notice(raw, tmp_path, capsys):
    f = tmp_path / "statement.txt"
    f.write_bytes(CP1252_TEXT.encode("cp1252"))
    before = listing(raw)
    status, out, err = run(capsys, f, "--raw", raw, "--date", "2023-05-12")
    assert status == 0, err
    assert f"notice: {f}: converted from cp1252 to UTF-8" in err
    txt, meta = only_new(raw, before)
    assert txt.name == "2023-05-12-statement-by-the-minister-on-space-cooperation.txt"
    assert txt.read_bytes() == CP1252_TEXT.replace("\r\n", "\n").encode("utf-8")
    assert meta["converted_from_encoding"] == "cp1252"
    assert meta["source"] == str(f) and meta["added_from"] == "statement.txt"
    assert "title" not in meta  # the first line names the file; the segmenter finds the title


def test_add_utf8_bom_crlf_is_normalized_without_notice(raw, tmp_path, capsys):
    f = tmp_path / "s.txt"
    f.write_bytes(b"\xef\xbb\xbf\r\n\r\nNASA and ESA signed an agreement.\r\nThey will cooperate.\r\n\r\n  \r\n")
    status, out, err = run(capsys, f, "--raw", raw)
    assert status == 0 and err == ""
    assert (raw / "nasa-and-esa-signed-an-agreement.txt").read_bytes() == \
        b"NASA and ESA signed an agreement.\nThey will cooperate.\n"


def test_add_utf16_with_bom_is_converted(raw, tmp_path, capsys):
    f = tmp_path / "s.txt"
    f.write_bytes("NASA and ESA signed an agreement.\n".encode("utf-16"))
    status, out, err = run(capsys, f, "--raw", raw)
    assert status == 0 and "converted from UTF-16 to UTF-8" in err


def test_slug_collision_with_different_content_appends_number(raw, tmp_path, capsys):
    for i, body in enumerate(["The parties agreed.", "The parties disagreed."]):
        f = tmp_path / f"s{i}.txt"
        f.write_text(f"Joint Statement\n\n{body}\n", encoding="utf-8")
        assert run(capsys, f, "--raw", raw, "--date", "2024-01-02")[0] == 0
    assert (raw / "2024-01-02-joint-statement.txt").exists()
    assert (raw / "2024-01-02-joint-statement-2.txt").read_text(encoding="utf-8").endswith("disagreed.\n")
    assert (raw / "2024-01-02-joint-statement-2.meta.json").exists()


def test_other_files_are_still_added_after_a_refusal(raw, tmp_path, capsys):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text("A good statement.\n", encoding="utf-8")
    status, out, err = run(capsys, bad, good, "--raw", raw)
    assert status == 1
    assert "empty.txt: empty document" in err
    assert out == f"added {raw / 'a-good-statement.txt'} (from {good})\n"


# --- refusals: a message naming the file and the reason, status 1, nothing written ----

def refuse(capsys, raw, *argv):
    before = listing(raw)
    status, out, err = run(capsys, *argv, "--raw", raw)
    assert status == 1
    assert out == ""
    assert listing(raw) == before, "a refusal must leave the raw folder untouched"
    assert err.startswith("error: ") and "nothing written" in err
    return err


def test_refuses_duplicate_after_normalization(raw, tmp_path, capsys):
    f = tmp_path / "again.txt"
    f.write_bytes(b"\xef\xbb\xbf  An existing   statement.\r\n\r\n\r\nThe parties agreed to cooperate.  \r\n\r\n")
    err = refuse(capsys, raw, f)
    assert f"{f}: duplicate of {raw / '001_existing.txt'}" in err


def test_refuses_duplicate_of_a_page_added_before(raw, tmp_path, capsys):
    page = tmp_path / "lunar.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    assert run(capsys, page, "--raw", raw)[0] == 0
    copy = tmp_path / "lunar-copy.html"
    copy.write_text(HTML_PAGE.replace("<title>", "<title>Copy: "), encoding="utf-8")
    err = refuse(capsys, raw, copy)
    assert "duplicate of" in err and "2024-03-05-joint-statement-on-lunar-cooperation.txt" in err


@pytest.mark.parametrize("name,data", [
    ("empty.txt", b""),
    ("blank.txt", b" \r\n\t\n\n"),
    ("bom-only.txt", b"\xef\xbb\xbf\n"),
    ("no-words.txt", "\u2013 \u2013 ...\n".encode("utf-8")),
    ("blank.html", b"<!DOCTYPE html><html><head><title>Nothing</title></head><body>\n</body></html>"),
])
def test_refuses_empty_document(raw, tmp_path, capsys, name, data):
    f = tmp_path / name
    f.write_bytes(data)
    err = refuse(capsys, raw, f)
    assert f"error: {f}: " in err
    assert "empty document" in err or "no main text" in err


def test_refuses_image_only_pdf(raw, tmp_path, capsys):
    pdf = make_pdf(tmp_path / "scan.pdf", [[], []], title="Scanned statement")
    err = refuse(capsys, raw, pdf)
    assert f"{pdf}: the PDF has no extractable text (image-only or scanned?)" in err


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


@pytest.mark.parametrize("name,data,reason", [
    ("photo.txt", PNG, "not text: the content is a PNG image"),
    ("letter.txt", b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)), "not text: the content is a ZIP archive"),
    ("tool.txt", b"\x7fELF\x02\x01\x01" + bytes(300), "not text: the content is an executable"),
    ("nul.txt", b"Looks like text\x00\x00\x00\x01\x02 but is not" * 20, "not text: "),
    ("page.html", PNG, "not text: the content is a PNG image"),
    ("report.pdf", PNG, "not a PDF: the content is a PNG image"),
    ("report.pdf", b"<!DOCTYPE html><html><body><p>403 Forbidden</p></body></html>", "not a PDF: the content is an HTML page"),
    ("statement.pdf.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "not text: the content is a PDF"),
    ("statement.docx", b"PK\x03\x04" + bytes(100), "unsupported file type: the content is a ZIP archive"),
    ("statement", b"Plain text without an extension.\n", "unsupported file type (no extension)"),
    ("statement.md", b"# Plain text\n", "unsupported file type (.md)"),
    ("saved.txt", b"<!DOCTYPE html>\n<html><body><p>Text</p></body></html>", "the text is an HTML page"),
])
def test_refuses_binary_file(raw, tmp_path, capsys, name, data, reason):
    f = tmp_path / name
    f.write_bytes(data)
    err = refuse(capsys, raw, f)
    assert f"error: {f}: {reason}" in err


def test_refuses_undetectable_encoding(raw, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sniff, "detect_encoding", lambda data: None)
    f = tmp_path / "odd.txt"
    f.write_bytes("Caf\u00e9 statement.\n".encode("cp1252"))
    err = refuse(capsys, raw, f)
    assert "its encoding cannot be detected with confidence" in err


def test_refuses_missing_file_and_directory(raw, tmp_path, capsys):
    assert "no such file" in refuse(capsys, raw, tmp_path / "missing.txt")
    assert "is a directory" in refuse(capsys, raw, tmp_path)


def test_refuses_corrupt_pdf(raw, tmp_path, capsys):
    f = tmp_path / "broken.pdf"
    f.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
    assert "broken.pdf: " in refuse(capsys, raw, f)


def test_title_cannot_escape_raw(raw, tmp_path, capsys):
    f = tmp_path / "s.txt"
    f.write_text("The parties agreed.\n", encoding="utf-8")
    outside = set(os.listdir(tmp_path))
    status, out, err = run(capsys, f, "--raw", raw, "--title", "../../etc/passwd")
    assert status == 0, err
    assert (raw / "etc-passwd.txt").exists()
    assert set(os.listdir(tmp_path)) == outside
    assert json.loads((raw / "etc-passwd.meta.json").read_text(encoding="utf-8"))["title"] == "../../etc/passwd"


@pytest.mark.parametrize("name", ["../evil", "..", "a/b", "/etc/passwd", "", "UPPER", "x.txt"])
def test_safe_target_refuses_names_outside_raw(raw, name):
    with pytest.raises(InputError):
        safe_target(raw, name)


def test_link_in_raw_pointing_outside_is_not_followed(raw, tmp_path, capsys):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n", encoding="utf-8")
    (raw / "the-parties-agreed.txt").symlink_to(victim)
    f = tmp_path / "s.txt"
    f.write_text("The parties agreed.\n", encoding="utf-8")
    status, out, err = run(capsys, f, "--raw", raw)
    assert status == 0, err
    assert victim.read_text(encoding="utf-8") == "keep me\n"
    assert (raw / "the-parties-agreed-2.txt").read_text(encoding="utf-8") == "The parties agreed.\n"
    with pytest.raises(InputError, match="outside"):
        safe_target(raw, "the-parties-agreed")


def test_a_failed_write_leaves_neither_file(raw, tmp_path, capsys, monkeypatch):
    f = tmp_path / "s.txt"
    f.write_text("The parties agreed.\n", encoding="utf-8")
    real_place = write._place

    def failing_place(tmp, target):
        if str(target).endswith(".txt"):
            raise InputError(target, "disk full (simulated)")
        real_place(tmp, target)

    monkeypatch.setattr(write, "_place", failing_place)
    err = refuse(capsys, raw, f)
    assert "disk full (simulated)" in err


def test_missing_raw_folder_is_an_error(tmp_path, capsys):
    f = tmp_path / "s.txt"
    f.write_text("The parties agreed.\n", encoding="utf-8")
    status, out, err = run(capsys, f, "--raw", tmp_path / "no-such-raw")
    assert status == 1 and "raw folder does not exist" in err
    assert not (tmp_path / "no-such-raw").exists()


@pytest.mark.parametrize("bad", ["2024-13-01", "2024-02-30", "5 March 2024", "20240305", "2024-3-5"])
def test_invalid_date_is_refused(raw, tmp_path, capsys, bad):
    f = tmp_path / "s.txt"
    f.write_text("The parties agreed.\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main([str(f), "--raw", str(raw), "--date", bad])
    assert exc.value.code == 2
    assert "is not a date YYYY-MM-DD" in capsys.readouterr().err


def test_title_with_several_files_is_refused(raw, tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["a.txt", "b.txt", "--raw", str(raw), "--title", "One title"])


def test_cli_dispatches_add(raw, tmp_path, capsys):
    from pipeline.cli import main as cli_main
    f = tmp_path / "s.txt"
    f.write_text("The parties agreed.\n", encoding="utf-8")
    assert cli_main(["add", str(f), "--raw", str(raw)]) == 0


# --- pure functions -------------------------------------------------------------

def test_extract_text_from_html_separates_blocks_by_blank_lines():
    ext = extract_text_from_html(HTML_PAGE)
    assert ext.text.split("\n\n") == PARAGRAPHS
    assert (ext.title, ext.date) == ("Joint Statement on Lunar Cooperation", "2024-03-05")


@pytest.mark.parametrize("title,date,slug", [
    ("Joint Statement on Lunar Cooperation", "2024-03-05", "2024-03-05-joint-statement-on-lunar-cooperation"),
    ("Readout of the Minister\u2019s Meeting", None, "readout-of-the-ministers-meeting"),
    ("D\u00e9claration commune \u2013 coop\u00e9ration spatiale", None, "declaration-commune-cooperation-spatiale"),
    ("U.S.-Japan Space Dialogue", "2020-08-26", "2020-08-26-u-s-japan-space-dialogue"),
    ("../../etc/passwd", None, "etc-passwd"),
    ("\u5b87\u5b99\u5354\u529b", "2024-01-01", "2024-01-01-statement"),
    ("", None, "statement"),
])
def test_make_slug(title, date, slug):
    assert make_slug(title, date) == slug


def test_make_slug_is_short_and_cut_at_a_word():
    slug = make_slug("Leaders\u2019 Joint Statement in Commemoration of the 70th Anniversary of the "
                     "Alliance between the United States of America and the Republic of Korea", "2023-04-26")
    words = slug[len("2023-04-26-"):]
    assert words == "leaders-joint-statement-in-commemoration-of-the-70th"  # <= 60 characters


def test_find_duplicate_folds_whitespace_and_line_endings(raw):
    assert find_duplicate("An existing statement.\r\n The parties agreed to\tcooperate.", raw) == \
        raw / "001_existing.txt"
    assert find_duplicate("An existing statement. The parties agreed to cooperate later.", raw) is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \t\r\n\f\u00a0\ufeff\u2013")), max_size=40))
def test_normalize_text_invariants(text):
    out = normalize_text(text)
    assert normalize_text(out) == out                     # idempotent
    assert "\r" not in out
    assert out == "" or (out.endswith("\n") and not out.endswith("\n\n") and out[-2:-1].strip())
    assert not out.startswith("\ufeff")
    assert out == "" or out.strip()                       # never whitespace only
    assert out.count("\u00a0") <= text.count("\u00a0")


def test_normalize_text_keeps_inner_whitespace_and_form_feeds():
    assert normalize_text("a\u00a0b  \n\f\nc \r\n") == "a\u00a0b  \n\f\nc\n"


def test_detect_encoding_prefers_cp1252_when_code_pages_tie():
    # charset-normalizer ranks cp1250 first on this English text, which would turn "ï" into "ď"
    text = ("Joint Statement on Space Cooperation\r\n\r\nThe Ministers welcomed the Artemis Accords "
            "\u2013 a \u201cmilestone\u201d. They noted the Agency\u2019s r\u00f4le in the na\u00efve "
            "early years and committed to deepen cooperation.\r\n") * 3
    data = text.encode("cp1252")
    assert sniff.detect_encoding(data) == "cp1252"
    assert sniff.decode_text("x.txt", data) == (text, "cp1252")


@pytest.mark.parametrize("head,codec", [
    (b'<html><head><meta charset="windows-1252">', "cp1252"),
    (b'<?xml version="1.0" encoding="ISO-8859-1"?><html>', "cp1252"),  # latin-1 means cp1252 on the web
    (b'<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">', "shift_jis"),
    (b"<html><head><title>x</title>", None),
])
def test_declared_charset(head, codec):
    assert sniff.declared_charset(head) == codec

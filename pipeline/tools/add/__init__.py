"""Add statements to the raw corpus: ``python -m pipeline add FILE... [options]``.

A statement arrives as a web page (``.html``/``.htm``), a PDF (``.pdf``) or
text pasted from one (``.txt``). Each FILE becomes ``RAW/<slug>.txt`` (UTF-8,
LF line endings, one final newline) and ``RAW/<slug>.meta.json``, the sidecar
of SCHEMA.md with the provenance: ``source``, ``added_from`` (the file's
name), ``sha256`` (of the file's bytes), ``converted_from_encoding`` when the
text was not UTF-8, and ``date``/``title`` when known. The slug is
``YYYY-MM-DD-<title words>`` (no date part when the date is unknown), with
``-2``, ``-3`` appended when a different statement already has that name.

* HTML: the main text by trafilatura's extraction (navigation, footers and
  comments dropped), one paragraph per block, paragraphs separated by a blank
  line; title, date and canonical URL from the page's metadata.
* PDF: the text of each page by pypdf, pages joined by ``"\\n\\f\\n"`` so the
  segmenter sees a page break there and joins a sentence cut by it (a line
  without a sentence end followed by a lower-case line); title and creation
  date from the document information dictionary.
* Text: decoded as UTF-8 or, failing that, in the encoding charset-normalizer
  detects with confidence (saying so on stderr).

A FILE is refused, with a message naming it and the reason, and nothing
written for it: a type other than text, HTML or PDF (decided by the
extension and the content, so a renamed image is refused), an encoding that
cannot be detected, a document with no text (empty, image-only PDF), a
duplicate of a statement already in RAW (same text once line endings,
byte-order mark and runs of whitespace are folded), or a name that would
leave RAW. The other FILEs are still added; the exit status is 1 if any was
refused.

Modules: ``sniff`` (file type and encoding), ``extract`` (text from HTML and PDF),
``names`` (normalization, duplicates, slugs and dates), ``write`` (the atomic write of a
statement and its sidecar); this file reads one file (``add_file``) and is the command line.

Pure functions (``extract_text_from_html``, ``extract_text_from_pdf``,
``decode_text``, ``normalize_text``, ``make_slug``, ``find_duplicate``) do the
work; ``add_file`` writes one statement and ``main`` is the command line.
"""
import argparse
import hashlib
import sys
from pathlib import Path

from ...core.errors import InputError, PipelineError
from ...core.textio import check_meta, decode_raw
from .extract import Extraction, extract_text_from_html, extract_text_from_pdf
from .names import (clean_title, find_duplicate, free_slug, make_slug, normalize_text, safe_target,
                    title_from_text, valid_iso_date)
from .sniff import HTML_START, check_is_text, declared_charset, decode_text, display_encoding, sniff_kind
from .write import write_statement

# the pure functions, importable from the package as before the split
__all__ = ["add_file", "main", "read_document", "extract_text_from_html", "extract_text_from_pdf", "decode_text",
           "declared_charset", "normalize_text", "make_slug", "find_duplicate", "safe_target", "write_statement"]


def notice(path, message):
    print(f"notice: {path}: {message}", file=sys.stderr)


def read_document(path, data):
    """``(extraction, converted_from, kind)`` of a file's bytes; see ``sniff_kind``."""
    kind = sniff_kind(path, data)
    converted = None
    if kind == "pdf":
        ext = extract_text_from_pdf(data, path)
        if not ext.text:
            raise InputError(path, "the PDF has no extractable text (image-only or scanned?)",
                             "run OCR on it and add the text as .txt")
    else:
        declared = declared_charset(data) if kind == "html" else None
        text, converted = decode_text(path, data, declared)
        if kind == "text" and HTML_START.match(text.lstrip("\ufeff")):
            raise InputError(path, "the text is an HTML page", "name it .html to extract its main text")
        if kind == "html":
            if "<" not in text:
                raise InputError(path, "not HTML: no markup at all", "name it .txt if it is plain text")
            check_is_text(path, text)
            ext = extract_text_from_html(text)
            if not ext.text.strip():
                raise InputError(path, "the page has no main text", "is it the statement's page?")
        else:
            ext = Extraction(text)
    clean, removed = check_is_text(path, ext.text)
    if removed:
        notice(path, f"removed {removed} control character{'s' if removed > 1 else ''}")
    ext.text = clean
    return ext, converted, kind


def add_file(path, raw_dir, date=None, title=None, source=None):
    """Add one file to ``raw_dir``; return the path written. Raises InputError."""
    raw_dir = Path(raw_dir)
    p = Path(path)
    if not p.exists():
        raise InputError(path, "no such file", "give the path of a downloaded .html, .pdf or .txt")
    if p.is_dir():
        raise InputError(path, "is a directory", "give the statement's file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror}") from None
    if not data.strip():
        raise InputError(path, "empty document", "a statement needs text")

    ext, converted, kind = read_document(path, data)
    text = normalize_text(ext.text)
    if not any(ch.isalnum() for ch in text):
        raise InputError(path, "empty document: no words", "a statement needs text")
    decode_raw(path, text.encode("utf-8"))  # the pipeline must accept what we write

    digest = hashlib.sha256(data).hexdigest()
    dup = find_duplicate(text, raw_dir, sha256=digest)
    if dup is not None:
        raise InputError(path, f"duplicate of {dup}", "this statement is already in the corpus")

    if date is None and ext.date:
        date = ext.date
        where = "the PDF's creation date" if kind == "pdf" else "the page's metadata"
        notice(path, f"date {date} taken from {where}; pass --date YYYY-MM-DD if it is not the statement's")
    title = clean_title(title) or ext.title
    slug = make_slug(title or title_from_text(text), date, fallback=p.stem)
    name = free_slug(raw_dir, slug)
    if converted:
        notice(path, f"converted from {display_encoding(converted)} to UTF-8")

    meta = {"source": source or ext.url or str(path), "added_from": p.name, "sha256": digest}
    if date:
        meta["date"] = date
    if title:
        meta["title"] = title
    if converted:
        meta["converted_from_encoding"] = display_encoding(converted)
    check_meta(path, meta)  # the run must accept the sidecar we write (a date in the future is refused)
    return write_statement(raw_dir, name, text, meta)


# --- command line -------------------------------------------------------------

def iso_date(value):
    if not valid_iso_date(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a date YYYY-MM-DD (e.g. 2024-03-05)")
    return value


def parse_args(argv):
    ap = argparse.ArgumentParser(
        prog="python -m pipeline add",
        description="Add statements (.txt, .html, .pdf) to the raw corpus as RAW/<slug>.txt "
                    "plus a RAW/<slug>.meta.json sidecar recording where each came from.")
    ap.add_argument("files", nargs="+", metavar="FILE", help="a .txt, .html/.htm or .pdf file")
    ap.add_argument("--raw", default="raw", help="the raw corpus folder (default: raw)")
    ap.add_argument("--date", type=iso_date, help="the statement's date, YYYY-MM-DD "
                    "(default: from the page's or the PDF's metadata, else none)")
    ap.add_argument("--title", help="the statement's title (default: from the metadata, "
                    "else the first line for the file name)")
    ap.add_argument("--source", help="where it came from, a URL or a citation "
                    "(default: the page's canonical URL, else FILE as given)")
    args = ap.parse_args(argv)
    if len(args.files) > 1:
        for opt in ("title", "source"):
            if getattr(args, opt):
                ap.error(f"--{opt} applies to one FILE; add the files one by one")
    return args


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    raw_dir = Path(args.raw)
    if not raw_dir.is_dir():
        print(f"error: {args.raw}: the raw folder does not exist or is not a folder "
              "(create it, or pass --raw DIR)",
              file=sys.stderr)
        return 1
    status = 0
    for f in args.files:
        try:
            written = add_file(f, raw_dir, date=args.date, title=args.title, source=args.source)
        except PipelineError as exc:
            print(f"error: {exc}; nothing written", file=sys.stderr)
            status = 1
            continue
        print(f"added {Path(args.raw) / written.name} (from {f})")
    return status

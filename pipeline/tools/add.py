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

Pure functions (``extract_text_from_html``, ``extract_text_from_pdf``,
``decode_text``, ``normalize_text``, ``make_slug``, ``find_duplicate``) do the
work; ``add_file`` writes one statement and ``main`` is the command line.
"""
import argparse
import codecs
import datetime as dt
import hashlib
import io
import json
import os
import re
import sys
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import InputError, PipelineError
from ..core.textio import decode_raw, fold

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
PDF_SUFFIXES = (".pdf",)
ACCEPTED = "accepted: .txt (plain text), .html/.htm (a saved web page), .pdf"

# Signatures of common binary formats, checked before anything is decoded.
BINARY_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"BM", None),  # BMP only with its header size check below
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt/.xlsx document)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc/.xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"MZ", None),  # Windows executable only with a NUL byte soon after
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", None),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"ID3", None),
    (b"OggS", "an Ogg media file"),
    (b"fLaC", "a FLAC audio file"),
    (b"\x00\x00\x01\x00", "an icon image"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
RIFF_KINDS = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", None),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
# WHATWG Encoding: these labels mean windows-1252 on the web.
WEB_LATIN1 = {"iso8859-1", "ascii", "cp1252"}  # names as codecs.lookup gives them
# charset-normalizer often ties the Windows code pages on English text; the
# most common legacy encoding of Western web pages and documents wins a tie.
TIE_PREFERENCE = ("cp1252", "iso8859-15", "iso8859-1", "cp1250", "cp1251")
MAX_CHAOS = 0.1            # above this share of "mess" a detected encoding is not trusted
MAX_CONTROL_SHARE = 0.01   # more control characters than this: binary, not text

CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # not \t \n \v \f \r
CHARSET_DECL = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.I)
XML_DECL = re.compile(r"\A\s*<\?xml[^>]*\?>", re.I)
HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SLUG_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LEADING_BLANK_LINES = re.compile(r"\A(?:(?:[^\S\n]|\ufeff)*\n)+")  # whitespace or BOMs only
TRAILING_BLANKS = re.compile(r"(?:\s|\ufeff)+\Z")
PAGE_BREAK = "\n\f\n"
SLUG_TITLE_CHARS = 60
JUNK_PDF_TITLE = re.compile(
    r"^(?:untitled|title|document|microsoft word\b.*|.*\.(?:docx?|pdf|odt|rtf|indd|pptx?|txt))$", re.I)


@dataclass
class Extraction:
    """Text of a document and what its metadata says (None when absent)."""
    text: str
    title: str = None
    date: str = None
    url: str = None


# --- type and encoding ------------------------------------------------------

def binary_kind(data):
    """What binary format ``data`` starts with, or None."""
    for magic, what in BINARY_MAGIC:
        if not data.startswith(magic):
            continue
        if what:
            return what
        if magic == b"BM" and len(data) > 14 and int.from_bytes(data[2:6], "little") == len(data):
            return "a BMP image"
        if magic == b"MZ" and b"\x00" in data[2:64]:
            return "a Windows executable"
        if magic == b"BZh" and data[3:4].isdigit() and data[4:10] == b"1AY&SY":
            return "a bzip2 archive"
        if magic == b"ID3" and len(data) > 5 and data[3] < 5:
            return "an MP3 audio file"
    if data.startswith(b"RIFF") and data[8:12] in RIFF_KINDS:
        return RIFF_KINDS[data[8:12]]
    if data[4:8] == b"ftyp":
        return "an MP4/HEIF media file"
    return None


def is_pdf(data):
    """A PDF: ``%PDF-`` within the first 1024 bytes (PDF 32000-1, 7.5.2)."""
    return b"%PDF-" in data[:1024]


def sniff_kind(path, data):
    """``"text"``, ``"html"`` or ``"pdf"`` from the extension, checked against the content.

    Raises InputError for any other extension or a content that does not
    match it (an image renamed ``.txt``, an error page saved as ``.pdf``).
    """
    suffix = Path(path).suffix.lower()
    binary = binary_kind(data)
    if suffix in PDF_SUFFIXES:
        if is_pdf(data):
            return "pdf"
        if binary:
            raise InputError(path, f"not a PDF: the content is {binary}", ACCEPTED)
        head = data[:2048].decode("latin-1")
        if HTML_START.match(head.lstrip("\ufeff\xef\xbb\xbf")):
            raise InputError(path, "not a PDF: the content is an HTML page (a download error page?)",
                             "download the PDF again, or save the page as .html")
        raise InputError(path, "not a PDF: no %PDF- header", "download the PDF again")
    if suffix in TEXT_SUFFIXES or suffix in HTML_SUFFIXES:
        if binary:
            raise InputError(path, f"not text: the content is {binary}", ACCEPTED)
        if is_pdf(data[:16]):
            raise InputError(path, "not text: the content is a PDF", "name it .pdf")
        return "text" if suffix in TEXT_SUFFIXES else "html"
    if binary:
        raise InputError(path, f"unsupported file type: the content is {binary}", ACCEPTED)
    shown = suffix or "no extension"
    raise InputError(path, f"unsupported file type ({shown})", ACCEPTED)


def codec_name(name):
    """Python's canonical codec name (``windows-1252`` -> ``cp1252``), or None if unknown."""
    try:
        return codecs.lookup(name).name
    except (LookupError, TypeError):
        return None


def display_encoding(name):
    return name.upper() if name.lower().startswith("utf") else name


def detect_encoding(data):
    """The encoding charset-normalizer detects with confidence, or None.

    Ties (same mess and coherence, as often between the Windows code pages on
    English text) go to the first of TIE_PREFERENCE that decodes the bytes to
    the same text.
    """
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    if best.chaos > MAX_CHAOS:
        return None
    tied = [m for m in matches
            if abs(m.chaos - best.chaos) < 1e-9 and abs(m.coherence - best.coherence) < 1e-9]
    candidates = set()
    for m in tied:
        candidates.update(codec_name(c) for c in [m.encoding, *m.could_be_from_charset])
    for preferred in TIE_PREFERENCE:
        if preferred in candidates:
            try:
                data.decode(preferred)
                return preferred
            except UnicodeDecodeError:
                continue
    return codec_name(best.encoding)


def declared_charset(data):
    """The charset an HTML/XML document declares in its first bytes, or None."""
    m = CHARSET_DECL.search(data[:4096])
    if not m:
        return None
    name = codec_name((m.group(1) or m.group(2)).decode("ascii", "replace"))
    if name in WEB_LATIN1:
        return "cp1252"
    return name


def decode_text(path, data, declared=None):
    """Decode bytes to text; return ``(text, converted_from)``.

    ``converted_from`` is None for UTF-8 (with or without a byte-order mark),
    else the name of the encoding converted from: a UTF-16/32 byte-order mark,
    the ``declared`` encoding (an HTML page's ``<meta charset>``), or the one
    charset-normalizer detects. Raises InputError when none is trusted.
    """
    for bom, codec, shown in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), shown
            except UnicodeDecodeError:
                raise InputError(path, f"starts with a {codec} byte-order mark but does not decode "
                                 f"as {codec}", "save it again as UTF-8") from None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    if declared and declared != "utf-8":
        for codec in (declared, "iso8859-1") if declared == "cp1252" else (declared,):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                continue
    codec = detect_encoding(data)
    if codec is None:
        raise InputError(path, "not UTF-8, and its encoding cannot be detected with confidence",
                         "save it as UTF-8 text")
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError:
        raise InputError(path, f"not UTF-8, and it does not decode as the detected {codec}",
                         "save it as UTF-8 text") from None


def check_is_text(path, text):
    """Refuse binary content; return the text with stray control characters removed.

    Returns ``(text, removed)``: a few control characters (a DOS end-of-file
    mark, a PDF font's private codes) are dropped and counted; NUL bytes or
    more than 1% of them mean the file is not text.
    """
    found = CONTROL.findall(text)
    if not found:
        return text, 0
    if "\x00" in found or len(found) > MAX_CONTROL_SHARE * max(len(text), 1):
        raise InputError(path, f"not text: {len(found)} control characters (binary content)", ACCEPTED)
    return CONTROL.sub("", text), len(found)


# --- extraction -------------------------------------------------------------

def _trafilatura():
    try:
        import trafilatura
        from trafilatura.metadata import extract_metadata
    except ImportError as exc:
        raise PipelineError(f"HTML extraction needs trafilatura, which cannot be imported: {exc} "
                            "(a dependency of trafilatura is missing; see requirements.lock)") from None
    return trafilatura, extract_metadata


def extract_text_from_html(html, url=None):
    """Main text and metadata of an HTML page (a str), by trafilatura.

    Each block trafilatura keeps (paragraph, heading, list item, table row)
    becomes a paragraph, separated from the next by a blank line. Returns an
    Extraction whose text is "" when the page has no main text.
    """
    trafilatura, extract_metadata = _trafilatura()
    html = XML_DECL.sub("", html, count=1)  # lxml refuses a str that declares its encoding
    text = trafilatura.extract(html, url=url, output_format="txt", include_comments=False,
                               include_tables=True, favor_recall=True, with_metadata=False)
    blocks = [line.rstrip() for line in (text or "").split("\n")]
    body = "\n\n".join(b for b in blocks if b.strip())
    meta = extract_metadata(html, default_url=url, extensive=False)
    date = meta.date if meta.date and valid_iso_date(meta.date) else None
    return Extraction(body, clean_title(meta.title), date, meta.url or None)


def extract_text_from_pdf(data, path="<pdf>"):
    """Text and metadata of a PDF (bytes), by pypdf.

    Pages are joined by ``"\\n\\f\\n"``: the segmenter reads the form feed as
    a page break (a paragraph break, except that a line without a sentence
    end followed by a lower-case line is joined across it). Returns an
    Extraction whose text is "" when no page has text (a scan, images only).
    Raises InputError for a file pypdf cannot read or decrypt.
    """
    import pypdf
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        pages = [(page.extract_text() or "") for page in reader.pages]
    except FileNotDecryptedError:
        raise InputError(path, "the PDF is encrypted with a password",
                         "save an unprotected copy, or add its text as .txt") from None
    except DependencyError as exc:
        raise InputError(path, f"the PDF cannot be decrypted: {exc}", "add its text as .txt") from None
    except Exception as exc:  # noqa: BLE001 -- pypdf on a malformed file can raise almost anything
        raise InputError(path, f"not a readable PDF: {type(exc).__name__}: {exc}",
                         "download it again, or add its text as .txt") from None
    pages = [p.replace("\r\n", "\n").replace("\r", "\n").strip("\n").rstrip() for p in pages]
    text = PAGE_BREAK.join(pages) if any(p.strip() for p in pages) else ""
    title = date = None
    try:
        info = reader.metadata
        if info is not None:
            title = clean_title(info.title)
            if title and JUNK_PDF_TITLE.match(title):
                title = None
            created = info.creation_date
            date = created.date().isoformat() if created else None
    except Exception:  # noqa: BLE001 -- malformed metadata is ignored, the text is what counts
        title = date = None
    return Extraction(text, title, date, None)


# --- normalization, identity, names ----------------------------------------

def normalize_text(text):
    """The form written to RAW: LF line endings, leading blank lines and
    byte-order marks dropped, exactly one newline at the end. Everything else
    (non-breaking spaces, form feeds, trailing spaces inside) is kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = LEADING_BLANK_LINES.sub("", text)
    text = TRAILING_BLANKS.sub("", text).lstrip("\ufeff")
    return text + "\n" if text else ""


def comparable(text):
    """Key for duplicate detection: normalized, NFC, runs of whitespace folded."""
    return fold(unicodedata.normalize("NFC", normalize_text(text)))


def find_duplicate(text, raw_dir, sha256=None):
    """The statement in ``raw_dir`` that ``text`` duplicates, or None.

    A duplicate has the same text once normalized and whitespace-folded, or
    (``sha256`` given) a sidecar recording the same original bytes.
    """
    key = comparable(text)
    raw_dir = Path(raw_dir)
    for path in sorted(raw_dir.glob("*.txt")):
        try:
            other = path.read_bytes().decode("utf-8", errors="replace")
        except OSError:
            continue
        if comparable(other) == key:
            return path
    if sha256:
        for path in sorted(raw_dir.glob("*.meta.json")):
            try:
                meta = json.loads(path.read_text(encoding="utf-8-sig"))
            except (OSError, ValueError):
                continue
            if isinstance(meta, dict) and meta.get("sha256") == sha256:
                return path
    return None


def valid_iso_date(value):
    if not isinstance(value, str) or not ISO_DATE.match(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def clean_title(title):
    """A title on one line with whitespace folded, or None."""
    if not title:
        return None
    title = fold(str(title))
    return title or None


def title_from_text(text, limit=200):
    """The first non-empty line, folded and cut to ``limit`` characters."""
    for line in text.split("\n"):
        line = fold(line)
        if line:
            return line[:limit]
    return None


def slug_words(title, limit=SLUG_TITLE_CHARS):
    """Title words as lower-case ASCII joined by hyphens, at most ``limit`` characters."""
    ascii_title = unicodedata.normalize("NFKD", title or "").encode("ascii", "ignore").decode("ascii")
    ascii_title = re.sub(r"['`]", "", ascii_title.lower())
    out = ""
    for word in re.findall(r"[a-z0-9]+", ascii_title):
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > limit:
            if not out:
                out = word[:limit]
            break
        out = candidate
    return out


def make_slug(title, date=None, fallback="statement"):
    """``YYYY-MM-DD-<title words>``, or the title words alone when there is no date.

    Only ``[a-z0-9-]`` can come out, so a slug cannot name a path outside
    RAW whatever the title says ("../../etc/passwd" gives "etc-passwd").
    """
    words = slug_words(title) or slug_words(fallback) or "statement"
    if date:
        if not valid_iso_date(date):
            raise ValueError(f"date {date!r} is not YYYY-MM-DD")
        return f"{date}-{words}"
    return words


def safe_target(raw_dir, name, suffix=".txt"):
    """``raw_dir/<name><suffix>``, refused unless it is a plain name inside ``raw_dir``."""
    raw_dir = Path(raw_dir)
    if not SLUG_NAME.match(name or ""):
        raise InputError(raw_dir / f"{name}{suffix}", "the name would escape the raw folder or is not a slug",
                         "names are lower-case letters, digits and hyphens")
    target = raw_dir / f"{name}{suffix}"
    if target.resolve().parent != raw_dir.resolve():
        raise InputError(target, f"resolves to {target.resolve()}, outside {raw_dir.resolve()}",
                         "remove the link, or pick another --raw")
    return target


def free_slug(raw_dir, slug):
    """``slug``, or ``slug-2``, ``slug-3``... : the first whose files do not exist
    (a link counts as existing and is never followed)."""
    n = 1
    while True:
        name = slug if n == 1 else f"{slug}-{n}"
        taken = [os.path.lexists(Path(raw_dir) / f"{name}{suffix}") for suffix in (".txt", ".meta.json")]
        if not any(taken):
            safe_target(raw_dir, name)
            safe_target(raw_dir, name, ".meta.json")
            return name
        n += 1


def sidecar_json(meta):
    """Sidecar bytes: sorted keys, UTF-8 characters kept, indent 2, final newline."""
    return (json.dumps(meta, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")


# --- writing ------------------------------------------------------------------

def _temp(raw_dir, data):
    fd, tmp = tempfile.mkstemp(dir=raw_dir, prefix=".add-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
    except BaseException:
        os.unlink(tmp)
        raise
    return tmp


def _place(tmp, target):
    """Move ``tmp`` to ``target`` without ever overwriting an existing file."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise InputError(target, "appeared while adding (another add running?)",
                         "run the add again") from None
    except OSError:
        # a file system without hard links: check, then rename
        if os.path.lexists(target):
            raise InputError(target, "appeared while adding (another add running?)",
                             "run the add again") from None
        os.replace(tmp, target)


def write_statement(raw_dir, name, text, meta):
    """Write ``name.meta.json`` then ``name.txt`` into ``raw_dir``, both or neither."""
    txt_path = safe_target(raw_dir, name)
    meta_path = safe_target(raw_dir, name, ".meta.json")
    temps = []
    placed = []
    try:
        tmp_txt = _temp(raw_dir, text.encode("utf-8"))
        temps.append(tmp_txt)
        tmp_meta = _temp(raw_dir, sidecar_json(meta))
        temps.append(tmp_meta)
        _place(tmp_meta, meta_path)
        placed.append(meta_path)
        _place(tmp_txt, txt_path)
        placed.append(txt_path)
    except BaseException:
        for path in placed:
            try:
                os.unlink(path)
            except OSError:
                pass
        raise
    finally:
        for tmp in temps:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
    return txt_path


# --- one file -----------------------------------------------------------------

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

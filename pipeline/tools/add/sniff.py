"""What a file is (text, HTML, PDF, or a binary named by kind) and how its text is encoded."""
import codecs
import re
from pathlib import Path

from ...core.errors import InputError


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
HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


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
    except UnicodeDecodeError as exc:
        damaged_utf8(path, data, exc)
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


def damaged_utf8(path, data, exc):
    """Refuse UTF-8 text cut or damaged mid-character (as many well-formed UTF-8 characters as
    broken sequences, or more): decoding it in a legacy code page would turn every "–" into "â€“"."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    good = sum(1 for ch in text if ord(ch) > 0x7f and ch != "\ufffd")
    if good and good >= bad:
        where = "at its end (cut mid-character)" if exc.reason == "unexpected end of data" \
            else f"at byte offset {exc.start}"
        raise InputError(path, f"UTF-8 text damaged {where}: {bad} broken sequence{'s' if bad > 1 else ''} "
                         f"among {good} well-formed non-ASCII characters",
                         "download or save the file again; it is not in another encoding")


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

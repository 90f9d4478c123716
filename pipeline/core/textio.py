"""Reading raw statements and writing outputs: decoding, folding, atomic writes.

Offsets everywhere are Python string indices into the raw text as decoded
from UTF-8 with a leading byte-order mark removed and line endings left as
they are (SCHEMA.md).
"""
import datetime as dt
import errno
import hashlib
import json
import os
import re
import stat
import tempfile
from pathlib import Path

from .config import settings
from .errors import InputError, PipelineError

BOM = "\ufeff"
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
# a web page: starts with a doctype or an html/head/body tag (comments aside), or declares one early
_HTML = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b"
                   r"|\A.{0,1024}?<(?:!doctype\s+html|html[\s>])", re.I | re.S)


def fold(text):
    """Each run of whitespace folded to one space, ends trimmed (SCHEMA.md)."""
    return " ".join(text.split())


_NON_SPACE = re.compile(r"\S+")


def fold_with_map(text, base=0):
    """Fold ``text`` (as ``fold`` does) and map every folded character back to a raw offset.

    Returns ``(folded, starts)`` where ``starts[i]`` is the raw offset of the
    folded character ``i`` (a folded space maps to the first whitespace
    character of its run); ``base`` is added to every offset.
    """
    pieces = []
    starts = []
    last_end = None
    for m in _NON_SPACE.finditer(text):
        if last_end is not None:
            pieces.append(" ")
            starts.append(base + last_end)
        pieces.append(m.group())
        starts.extend(range(base + m.start(), base + m.end()))
        last_end = m.end()
    return "".join(pieces), starts


def content_slice(raw, start, end, omitted=()):
    """``raw[start:end]`` with each omitted range (page furniture inside a paragraph) blanked
    to spaces: folding it leaves the range out, and offsets into it stay raw offsets."""
    chunk = raw[start:end]
    for s, e in omitted:
        chunk = chunk[:s - start] + " " * (e - s) + chunk[e - start:]
    return chunk


def raw_span(starts, fstart, fend):
    """Raw (start, end) of the folded span [fstart, fend)."""
    return starts[fstart], starts[fend - 1] + 1


def sha256_bytes(data):
    return hashlib.sha256(data).hexdigest()


def decode_raw(path, data):
    """Decode a raw statement's bytes; raise InputError naming the problem."""
    limit = settings()["max_raw_bytes"]
    if len(data) > limit:
        raise InputError(path, f"file is {len(data):,} bytes, above the limit of {limit:,}",
                         "split it, or raise max_raw_bytes in models/config.json")
    if not data:
        raise InputError(path, "file is empty", "a statement needs text")
    if not data.strip():
        raise InputError(path, "file has no text (whitespace only)", "a statement needs text")
    utf16 = _utf16_kind(data)
    if utf16:
        raise InputError(path, f"file is {utf16} text, not UTF-8",
                         "convert it with `python -m pipeline add FILE`, which reads UTF-16")
    if b"\x00" in data[:8192]:
        raise InputError(path, "file is binary (NUL bytes), not text",
                         "add PDFs and web pages with `python -m pipeline add`")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":
            raise InputError(path, f"UTF-8 text cut mid-character at its end (offset {exc.start})",
                             "download or save it again; it is not in another encoding") from None
        raise InputError(path, f"not UTF-8 text: byte 0x{data[exc.start]:02x} at offset {exc.start} "
                         f"cannot be decoded", "convert it with `python -m pipeline add FILE`, "
                         "which detects the encoding") from None
    if text.startswith(BOM):
        text = text[1:]
    if not text.strip():
        raise InputError(path, "file has no text (whitespace only)", "a statement needs text")
    if _HTML.match(text):
        raise InputError(path, "file is an HTML page saved as .txt (markup and scripts would be read as text)",
                         "add it with `python -m pipeline add FILE.html`, which extracts the main text")
    bad = _CONTROL.search(text)
    if bad is not None:
        raise InputError(path, f"control character U+{ord(bad.group()):04X} at offset {bad.start()}",
                         "is it a binary file? statements are plain text")
    return text


MAX_NAME_BYTES = 249  # the longest derived name, <doc_id>.jsonl, must fit the usual 255-byte limit
_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


def check_raw_file(path, root):
    """Refuse, by name, what must not be read as a statement: a symlink that is dangling,
    loops or leads out of the raw folder ``root``, a special file (FIFO, device, socket,
    folder: opening a FIFO would hang), a name too long for the outputs' names."""
    path, root = Path(path), Path(root)
    if len(os.fsencode(path.stem)) > MAX_NAME_BYTES:
        raise InputError(path, f"file name too long ({len(os.fsencode(path.stem))} bytes before .txt, "
                         f"at most {MAX_NAME_BYTES})", "rename it shorter")
    if path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except (RuntimeError, OSError) as exc:  # a loop: RuntimeError before Python 3.13, ELOOP since
            if isinstance(exc, RuntimeError) or exc.errno == errno.ELOOP:
                raise InputError(path, "symlink loops", "replace it by the file itself") from None
            raise InputError(path, f"dangling symlink (to {os.readlink(path)})",
                             "replace it by the file itself") from None
        if not target.is_relative_to(root.resolve()):
            raise InputError(path, f"symlink to {target}, outside the raw folder {root}: not followed",
                             "copy the file into the raw folder if it is a statement")
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(path, "symlink loops", "replace it by the file itself") from None
        raise InputError(path, f"cannot be read ({exc.strerror})") from None
    for test, what in _KINDS:
        if test(mode):
            raise InputError(path, f"is {what}, not a regular file", "a statement is a plain text file")


def _utf16_kind(data):
    """``"UTF-16"``/``"UTF-32"`` when ``data`` has that byte-order mark, or looks like UTF-16
    without one (a NUL byte in every other position of the start); else None."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    head = data[:4096]
    if len(head) >= 8:
        even, odd = head[0::2], head[1::2]
        for nuls, other in ((odd, even), (even, odd)):
            if nuls.count(0) > 0.7 * len(nuls) and other.count(0) < 0.1 * len(other):
                return "UTF-16 (no byte-order mark)"
    return None


def read_meta(txt_path):
    """The statement's sidecar ``<doc_id>.meta.json`` as a dict ({} if absent)."""
    path = Path(txt_path).with_suffix(".meta.json")
    if len(os.fsencode(path.name)) > 255 or not os.path.lexists(path):
        return {}
    check_raw_file(path, path.parent)
    try:
        meta = json.loads(path.read_text(encoding="utf-8-sig"), parse_constant=_no_constant)
    except (UnicodeDecodeError, json.JSONDecodeError, ValueError) as exc:
        raise InputError(path, f"sidecar is not valid JSON: {exc}", "see SCHEMA.md, Inputs") from None
    except OSError as exc:
        raise InputError(path, f"sidecar cannot be read ({exc.strerror})") from None
    if not isinstance(meta, dict):
        raise InputError(path, "sidecar must be a JSON object", "keys: date, title, source, parties")
    check_meta(path, meta)
    return meta


_STRING_KEYS = ("title", "source", "added_from", "sha256", "converted_from_encoding")


def _no_constant(name):
    raise ValueError(f"{name} is not a JSON number (JSON has no NaN or Infinity)")


def check_meta(path, meta, today=None):
    """Refuse a sidecar whose values have the wrong type: ``date`` an ISO date not after
    today, ``title``/``source`` (and add's provenance keys) strings, ``parties`` a list of strings."""
    if meta.get("date") is not None:
        value = meta["date"]
        try:
            day = dt.date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            day = None
        if day is None:
            raise InputError(path, f"date {value!r} is not an ISO date", "write it as YYYY-MM-DD")
        today = today or dt.date.today()
        if day > today:
            raise InputError(path, f"date {value} is in the future (today is {today.isoformat()})",
                             "give the statement's own date, YYYY-MM-DD")
    for key in _STRING_KEYS:
        if meta.get(key) is not None and not isinstance(meta[key], str):
            raise InputError(path, f"{key} must be a string, got {type(meta[key]).__name__} "
                             f"{dumps(meta[key])[:60]}", "see SCHEMA.md, Inputs")
    parties = meta.get("parties")
    if parties is not None and not (isinstance(parties, list) and all(isinstance(p, str) for p in parties)):
        raise InputError(path, f"parties must be a list of strings, got {dumps(parties)[:60]}",
                         'e.g. "parties": ["NASA", "ESA"]')


def dumps(obj):
    """One JSON line: sorted keys, UTF-8 characters kept."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True)


_WRITE_HINTS = {errno.ENOSPC: "free some disk space and run again", errno.EROFS: "give a writable folder",
                errno.EACCES: "check the folder's permissions", errno.EPERM: "check the folder's permissions",
                errno.ENAMETOOLONG: "use a shorter folder or file name", errno.EDQUOT: "free some space"}


def write_error(path, exc):
    """A PipelineError naming ``path`` for the OSError ``exc`` met while writing it."""
    hint = _WRITE_HINTS.get(exc.errno)
    where = exc.filename if exc.filename and exc.filename != str(path) and exc.errno == errno.ENAMETOOLONG else path
    return PipelineError(f"{where}: cannot write ({exc.strerror or exc})" + (f"; {hint}" if hint else ""))


def write_atomic(path, text):
    """Write ``text`` to ``path`` through a temporary file and a rename.

    Returns True when the file changed; an unchanged file is left untouched
    (its mtime too), so Make and reviewers see only real changes. The file's
    mode follows the umask (0644 typically), as a plain ``open`` would give.
    An operating-system error becomes a PipelineError naming the path.
    """
    path = Path(path)
    data = text.encode("utf-8")
    try:
        if path.exists() and path.read_bytes() == data:
            return False
    except OSError:
        pass
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # a short temporary name (a long final name plus a suffix could pass the file system's limit)
        tag = hashlib.sha1(path.name.encode("utf-8", "surrogateescape")).hexdigest()[:12]
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{tag}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except OSError as exc:
        _discard(tmp)
        raise write_error(path, exc) from None
    except BaseException:
        _discard(tmp)
        raise
    return True


def _discard(tmp):
    if tmp and os.path.exists(tmp):
        try:
            os.unlink(tmp)
        except OSError:
            pass


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def remove_leftovers(folder):
    """Remove the temporary files (``.<hash>.<random>.tmp``) a killed run left in ``folder``
    and its subfolders; returns how many."""
    removed = 0
    for tmp in Path(folder).rglob(".*.tmp"):
        if re.fullmatch(r"\.[^/]*\.tmp", tmp.name) and tmp.is_file() and not tmp.is_symlink():
            try:
                tmp.unlink()
                removed += 1
            except OSError:
                pass
    return removed


def write_jsonl(path, records):
    return write_atomic(path, "".join(dumps(r) + "\n" for r in records))


def parse_jsonl(data, where):
    """Records of a JSONL text; an error names the file and line."""
    records = []
    for n, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise PipelineError(f"{where}:{n}: not valid JSON ({exc.msg} at column {exc.colno})") from exc
        if not isinstance(rec, dict):
            raise PipelineError(f"{where}:{n}: a record must be a JSON object, got {type(rec).__name__}")
        records.append(rec)
    return records


def read_jsonl(path):
    """Records of a JSONL file (see ``parse_jsonl``)."""
    return parse_jsonl(Path(path).read_text(encoding="utf-8"), path)

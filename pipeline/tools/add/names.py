"""Normalization, identity and names: the text as written to raw/, duplicates, titles,
slugs, dates and safe file names."""
import datetime as dt
import json
import os
import re
import unicodedata
from pathlib import Path

from ...core.errors import InputError
from ...core.textio import fold


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SLUG_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LEADING_BLANK_LINES = re.compile(r"\A(?:(?:[^\S\n]|\ufeff)*\n)+")  # whitespace or BOMs only
TRAILING_BLANKS = re.compile(r"(?:\s|\ufeff)+\Z")
SLUG_TITLE_CHARS = 60


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

"""Countries named in a paragraph (issue 13): ``countries`` = [{code, name, text, start, end}].

Countries are no organizations (ANNOTATION.md): a country name inside an
organization's span ("Government of Japan", "Japan Aerospace Exploration
Agency") belongs to that organization and is not listed. "America" after
"Latin", "South", "North" or "Central" is a continent, not the United States.
"""
import re

from .lexicon import countries

_CONTINENT = re.compile(r"(?:Latin|South|North|Central)\s+$")
_SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "to", "a", "an", "de", "du", "des", "la", "le", "el", "y", "et"}


def _title_case(text):
    """A title set in capitals ("NASA AND INDIA SIGN AGREEMENTS") in title case, offsets kept
    (a character whose case mapping has another length stays as it is)."""
    out = []
    for m in re.finditer(r"[^\W\d_]+|[\W\d_]+", text):
        word = m.group(0)
        mapped = word.lower() if word.lower() in _SMALL_WORDS or not word[0].isalpha() else word[0].upper() + word[1:].lower()
        out.append(mapped if len(mapped) == len(word) else word)
    return "".join(out)


def find_countries(text, base=0, skip=()):
    """Country mentions in ``text`` (raw offsets from ``base``), outside the ``skip`` spans."""
    table, rx, names = countries()
    out = []
    for m in rx.finditer(_title_case(text) if text.isupper() else text):
        start, end = base + m.start(1), base + m.end(1)
        if any(s <= start and end <= e for s, e in skip):
            continue
        word = " ".join(m.group(1).split())  # (of the title-cased text in a title set in capitals)
        raw_word = " ".join(text[m.start(1):m.end(1)].split())
        if word == "America" and _CONTINENT.search(text[:m.start(1)]):
            continue
        code = names[word]
        out.append({"code": code, "name": table[code]["name"], "text": raw_word, "start": start, "end": end})
    return out


def paragraph_countries(rec, raw):
    """The ``countries`` of one paragraph record."""
    skip = [(o["start"], o["end"]) for o in rec.get("organizations", [])]
    return find_countries(raw[rec["start"]:rec["end"]], rec["start"], skip)

"""The states a joint statement is made for (issue 13): "Delivered by Canada on behalf of
Australia, Japan, ... and Canada", "co-sponsored by A, B and C"."""
import re

from .countries import find_countries

# "Delivered by Canada on behalf of Australia, Japan, ... and Canada", "co-sponsored by A, B
# and C": the countries a joint statement is made for
_ON_BEHALF = re.compile(r"(?:\b(?:delivered|read|made|presented)\s+by\s+(?P<by>[^,.;:]{2,80}?)\s+)?"
                        r"(?:\bon\s+behalf\s+of|\bco-?sponsored\s+by)\s+(?P<list>[^.;:]{5,500})", re.I | re.S)


def delivered_on_behalf(records, raw, paragraphs=8):
    """The countries an opening paragraph says a joint statement is delivered for or
    co-sponsored by, the one who delivers it first (two countries at least); [] otherwise
    ("on behalf of the two governments" names none)."""
    for p in [p for p in records if p["kind"] != "boilerplate"][:paragraphs]:
        for m in _ON_BEHALF.finditer(raw[p["start"]:p["end"]]):
            listed = _enumerated(m.group("list"))
            if len(set(listed)) >= 2:
                by = [c["code"] for c in find_countries(m.group("by") or "")]
                return list(dict.fromkeys(by + listed))
    return []


_LIST_GAP = re.compile(r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$", re.I)


def _enumerated(text):
    """The countries an enumeration at the start of ``text`` names ("Australia, Japan, the
    Republic of Korea and Canada"), up to the first words that are no country ("South Africa,
    today signed ... with the space agencies of Brazil, ..." names South Africa only)."""
    out, end = [], None
    for c in find_countries(text):
        gap = text[end:c["start"]] if end is not None else text[:c["start"]]
        if (end is None and not re.match(r"^\s*(?:the\s+)?$", gap, re.I)) or (end is not None and not _LIST_GAP.match(gap)):
            break
        out.append(c["code"])
        end = c["end"]
    return out

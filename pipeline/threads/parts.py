"""One promise per item: a commitment record that holds two promised actions is two items.

ANNOTATION.md 4 lets "a sentence with two promised actions joined by 'and to'" be one commitment or
two, and the tag stage keeps many as one ("We commit to net zero no later than 2050, ...; and to
conserve or protect at least 30 percent of our land and oceans by 2030"; "We will work together to
develop space applications, including in the area of Earth observations, and provide capacity
building support to countries in the region"). Across statements the two actions have their own
fates: one is renewed, the other reported done. A record is cut where a comma or semicolon, "and"
and a verb of ``split_verbs`` of ``models/threads.json`` (optionally after "to") open a second
action; each part of at least ``split_min_words`` words is an item, read from its own words and the
record's words before its action (its subject and trigger), not the whole sentence's.
"""
import re
from functools import lru_cache

from ..core.textio import fold_with_map


@lru_cache(maxsize=None)
def _pattern(verbs):
    return re.compile(r"[,;]\s+and\s+(?P<head>(?:to\s+)?(?:%s)\b)" % "|".join(sorted(verbs, key=len, reverse=True)))


def _offsets(rec, raw):
    """The raw offset of each character of the record's text, or None when it cannot be known."""
    text = rec["text"]
    if raw is not None:
        folded, starts = fold_with_map(raw[rec["start"]:rec["end"]], rec["start"])
        return starts if folded == text else None
    return list(range(rec["start"], rec["end"])) if len(text) == rec["end"] - rec["start"] else None


def parts_of(rec, para, raw, model):
    """The records an item is made of: ``rec`` itself, or its parts (each a copy with its own span,
    text, action, dates and a ``context``: the words it is read from)."""
    verbs = tuple(model.get("split_verbs") or ())
    text = rec.get("text") or ""
    if not verbs or "action" not in rec:
        return [rec]
    found = list(_pattern(verbs).finditer(text))
    starts_at = [0] + [m.start("head") for m in found]
    ends_at = [m.start() for m in found] + [len(text.rstrip(" ,;."))]
    pieces = list(zip(starts_at, ends_at))
    least = model.get("split_min_words", 1)
    if len(pieces) < 2 or any(len(text[a:b].split()) < least for a, b in pieces):
        return [rec]
    starts = _offsets(rec, raw)
    if starts is None:
        return [rec]
    action = rec.get("action") or ""
    at = text.find(action) if action else -1
    lead = text[:at] if at > 0 else ""
    out = []
    for a, b in pieces:
        start, end = starts[a], starts[b - 1] + 1
        values = {d.get("value") for d in para.get("dates", []) if start <= d["start"] and d["end"] <= end}
        own = text[a:b]
        out.append(dict(rec, start=start, end=end, text=own, action=own if a else text[max(at, 0):b],
                        dates=[v for v in rec.get("dates") or [] if v in values],
                        context=own if not a else f"{lead} {own}".strip()))
    return out

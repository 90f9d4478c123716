"""Reports of the events of a series, found in the paragraph text by the threads stage.

The tag stage reports past acts by their verb ("held", "signed"). A series
event is as often reported without one, or in the present tense: "Today in
Tokyo, we convene for our fourth meeting", "Quad governments welcome the
second cohort of Quad Fellows", "the leaders' fourth bilateral meeting". A
sentence naming an ordinal of a series noun (``ordinal_nouns`` of
``models/threads.json``: "the fourth meeting", "the 36th country") that no
record of the extraction covers and that does not look ahead
(``found_future_words``: "will", "next", "to commence") is a ``report``
item (trigger: its first act word, else ``ordinal``); it joins a thread only
when it links to a promise like any other report. A paragraph whose text is
folded (not as long as its raw span: hard-wrapped lines of a fact sheet or a
communiqué, "cohort of\n    Quad Fellows") is read through a folded→raw offset
map of its statement's raw text (:func:`folded_starts`); without that text (or
when it is not the text the extraction read), such a paragraph is left out:
its raw offsets could not be given.
"""
import re

from ..core.textio import fold_with_map, raw_span
from .items import SENTENCE_END, WORD, act_group, ordinals_of


def _covered(lo, hi, para):
    recs = para.get("commitments", []) + para.get("prospects", []) + para.get("reports", [])
    return any(r["start"] < hi and lo < r["end"] for r in recs)


def _trigger(words, model):
    for w in words:
        if act_group(w, model):
            return w
    return "ordinal"


def folded_starts(para, raw):
    """The raw offset of each character of the paragraph's text: ``None`` when the text is its raw
    span as it is (no folding), ``False`` when it is folded and ``raw`` (the statement's raw text)
    is missing or does not fold to it (page furniture blanked out of the paragraph by the segment
    stage), else the offsets (``textio.fold_with_map``: whitespace runs folded to one space)."""
    text = para.get("text") or ""
    if len(text) == para["end"] - para["start"]:
        return None
    if raw is None:
        return False
    folded, starts = fold_with_map(raw[para["start"]:para["end"]], para["start"])
    return starts if folded == text else False


def found_reports(para, model, raw=None):
    """The report records (raw offsets, folded text as the tag stage gives it, trigger, dates) of a
    paragraph's series sentences; ``raw``: the statement's raw text, for a folded paragraph."""
    text = para.get("text") or ""
    if not text or para.get("kind") not in model.get("found_kinds", ("body",)):
        return []
    starts = folded_starts(para, raw)
    if starts is False:
        return []
    future = frozenset(model.get("found_future_words", ()))
    cuts = [0] + [m.end() for m in SENTENCE_END.finditer(text)] + [len(text)]
    out = []
    for a, b in zip(cuts, cuts[1:]):
        sentence = text[a:b].rstrip()
        if not sentence or not ordinals_of(sentence, model):
            continue
        lo, hi = raw_span(starts, a, a + len(sentence)) if starts else (para["start"] + a, para["start"] + a + len(sentence))
        if _covered(lo, hi, para):
            continue
        words = [w.lower() for w in WORD.findall(sentence)]
        if future & set(words) or re.search(model.get("found_future_pattern", r"(?!)"), sentence.lower()):
            continue
        dates = [d.get("value") for d in para.get("dates", []) if lo <= d["start"] and d["end"] <= hi]
        out.append({"text": sentence, "start": lo, "end": hi, "trigger": _trigger(words, model),
                    "dates": [d for d in dates if d], "organizations": [], "found": True})
    return out

"""What a promise or report says through the sentences around it: a reference back, a list of its scope.

Two shapes of statement writing the threads stage reads past an item's own sentence:

- a **reference** (``reference_pattern`` of ``models/threads.json``): the item names what it is about by
  a pronoun or a definite description ("The program will provide at least 1,800 scholarships" under the
  heading "Quad Infrastructure Fellowship"; "Over the past year, it has expanded to more than 2,200
  experts" after "The Quad Infrastructure Fellowship was announced ..."). The thing referred to is
  named in the sentence before (in its paragraph, else the last sentence of the paragraph before):
  its words are the item's too (:func:`antecedent`).
- a **scope** sentence (``scope_pattern``): right after a promise, a sentence listing what the promised
  cooperation covers ("... intend to continue their strong partnership in civil space. Areas of
  collaboration include the International Space Station, future Artemis lunar surface exploration
  missions ..."; "We commit to strengthen our cooperation on space ... This could include ... Earth
  observation ..."). It is part of the promise: the item's span runs to its end and its words count
  (:func:`scope_end`).

Both read the paragraph texts of the extraction (folded) and, for raw offsets, the statement's raw
text when the paragraph is folded; no parse.
"""
import re
from functools import lru_cache

from ..core.textio import fold_with_map

CUT = re.compile(r"(?<=[.!?;])\s+(?=[A-Z“\"(])")


@lru_cache(maxsize=None)
def _compiled(pattern):
    return re.compile(pattern)


def sentences(text):
    """(start, end) of the sentences of a folded paragraph text."""
    cuts = [0] + [m.end() for m in CUT.finditer(text or "")] + [len(text or "")]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if (text or "")[a:b].strip()]


def refers_back(sentence, model):
    """Whether a sentence names its subject by a reference back (``reference_pattern``): "The program
    will provide ...", "Over the past year, it has expanded ...", "this pilot fellowship program will ..."."""
    pattern = model.get("reference_pattern")
    return bool(pattern and _compiled(pattern).search(sentence or ""))


def antecedent(para, at, previous, model):
    """The text a referring item's sentence (starting at folded offset ``at`` of ``para``) refers back to:
    the sentence before it in its paragraph, else the last sentence of ``previous`` (the text of the
    paragraph before, a heading too); "" when there is none or the sentence does not refer back."""
    text = para.get("text") or ""
    spans = sentences(text)
    own = next(((a, b) for a, b in spans if a <= at < b), None)
    if own is None or not refers_back(text[own[0]:own[1]], model):
        return ""
    before = [(a, b) for a, b in spans if b <= own[0]]
    if before:
        return text[before[-1][0]:before[-1][1]]
    prior = sentences(previous or "")
    return (previous or "")[prior[-1][0]:prior[-1][1]] if prior else ""


def scope_end(rec, para, raw, model):
    """(raw end, text, folded end) of the scope sentence right after a promise's sentence (``scope_pattern``), or
    None: the promise's item runs to its end. Raw offsets come from the statement's raw text (folded
    with a map), or from the paragraph text when it is its raw span as it is; else None."""
    pattern = model.get("scope_pattern")
    text = para.get("text") or ""
    if not pattern:
        return None
    if raw is not None:
        folded, starts = fold_with_map(raw[para["start"]:para["end"]], para["start"])
        if folded != text:
            return None
    elif len(text) == para["end"] - para["start"]:
        starts = list(range(para["start"], para["end"]))
    else:
        return None
    at = next((i for i, s in enumerate(starts) if s >= rec["end"] - 1), None)
    if at is None:
        return None
    spans = sentences(text)
    own = next((k for k, (a, b) in enumerate(spans) if a <= at < b), None)
    if own is None or own + 1 >= len(spans):
        return None
    a, b = spans[own + 1]
    sentence = text[a:b].rstrip()
    if not _compiled(pattern).match(sentence):
        return None
    return starts[a + len(sentence) - 1] + 1, sentence, a + len(sentence)


def widened(rec, para, previous, raw, model):
    """(the record, the words around it that are its own: a reference's antecedent and a promise's scope
    sentence, :mod:`.context`); a promise with a scope sentence is a copy running to that sentence's end."""
    text = para.get("text") or ""
    at = text.find(rec["text"])
    back = antecedent(para, at, previous, model) if at >= 0 else ""
    scope = scope_end(rec, para, raw, model) if at >= 0 and "action" in rec else None
    if scope is None:
        return rec, back
    rec = dict(rec, end=scope[0], text=text[at:scope[2]])
    return rec, " ".join(w for w in (back, scope[1]) if w)

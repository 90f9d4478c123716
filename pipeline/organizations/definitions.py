"""Acronym definitions of a statement: "Long Form (ACR)" and "ACR (Long Form)" found
in a paragraph, recorded in the statement's context as an organization or a topic, and the
later uses of a defined acronym as mentions. The shared context lives in ``doc._.context``."""
import re

from ..core.extensions import text_of
from .acronyms import best_long_form, is_acronym, long_form_before, paren_group
from .candidate import Cand, is_cap, POSSESSIVE


def _context(doc):
    ctx = doc._.context
    if ctx is None:
        ctx = {}
        doc._.context = ctx
    ctx.setdefault("org_acronyms", {})
    ctx.setdefault("org_country_counts", {})
    return ctx


def _pos(doc, i):
    return (doc._.index or 0, i)


def definition_at(defs, acr, pos):
    """The definition of ``acr`` that applies at ``pos`` (paragraph index, token): the last one
    before it, else the first one after it; None when the statement defines none."""
    found = defs.get(acr)
    if not found:
        return None
    before = [d for d in found if d["pos"] <= pos]
    return before[-1] if before else found[0]


def _defined(doc, defs):
    """``org(acr, i)``: True when ``acr`` at token ``i`` is defined as a body, False when as a topic."""
    def org(acr, i):
        if acr not in defs:
            return None
        d = definition_at(defs, acr, _pos(doc, i))
        return None if d is None else d["org"]
    return org


def find_acronyms(doc, cands, defs, ch):
    """Acronym definitions in ``doc``: adds acronym mentions (and long forms the earlier stages
    missed), records each definition in ``defs`` (the statement's context) as an
    organization or not."""
    cands = sorted(cands, key=lambda c: c.start)
    by_end = {c.end: c for c in cands}
    by_span = {c.span: c for c in cands}
    added = []
    for i, tok in enumerate(doc):
        if tok.text != "(":
            continue
        g = paren_group(doc, i)
        edition = None if g else _edition_defined(doc, i, by_end)
        if edition is not None:
            acr, s, long_text = edition
            _record(defs, acr, {"org": False, "pos": _pos(doc, s), "long": long_text, "cand": None})
            continue
        named = None if g else _short_name_defined(doc, i, by_end, ch)
        if named is not None:
            lf, s = named
            _define(doc, defs, doc[s].text, lf, s, s + 1, by_span, added)
            continue
        if g:
            acr, s, e = g
            j = i - 1 if i > 0 and doc[i - 1].text in POSSESSIVE else i
            lf = by_end.get(j)
            if lf is None:
                lf = _entity_long_form(doc, j, cands, ch)
                if lf is not None:
                    by_end[j] = lf
            if _names_a_thing(doc, e + 1, ch) and (lf is None or lf.source == "ner"):
                # "the joint Scintillation Prediction Observations Research Task (SPORT) small
                # satellite mission": the name of a mission, not of a body
                if lf is not None and lf in cands:
                    cands.remove(lf)
                _record(defs, acr, {"org": False, "pos": _pos(doc, s), "long": doc[lf.start:j].text if lf else "",
                                    "cand": None})
                continue
            if lf is not None and not lf.is_acronym and not lf.coordinated:
                lf_text = doc[lf.start:lf.end].text
                if _parent_acronym(ch, acr, lf_text):
                    continue
                if lf.source in ("registry", "head") or best_long_form(acr, lf_text):
                    _define(doc, defs, acr, lf, s, e, by_span, added)
                    continue
            st = long_form_before(doc, j, acr)
            if st is None:
                continue
            while st < j and doc[st].lower_ in ("the", "a", "an"):
                st += 1
            lf_span = doc[st:j]
            if len(lf_span) and _org_like(ch, lf_span):
                over = [c for c in cands + added if c.start < j and st < c.end]
                if any(c.source != "ner" and not _absorbed(c, st, j) for c in over):
                    continue
                for c in over:
                    if c in cands:
                        cands.remove(c)
                lf = Cand(st, j, "acronym", [lf_span.text], head=lf_span[-1].text)
                added.append(lf)
                _define(doc, defs, acr, lf, s, e, by_span, added)
            else:
                _record(defs, acr, {"org": False, "pos": _pos(doc, s), "long": lf_span.text, "cand": None})
            continue
        # "ESA (European Space Agency)": the long form inside the parentheses
        if i > 0 and is_acronym(doc[i - 1].text):
            close = next((k for k in range(i + 1, min(len(doc), i + 12)) if doc[k].text == ")"), None)
            inner = by_span.get((i + 1, close)) if close else None
            if inner is not None and not inner.is_acronym:
                if any(c.start < i - 1 < c.end for c in cands):
                    # "the German Space Agency at DLR (German Aerospace Center)": the acronym ends a
                    # longer name; the definition holds, the name keeps its acronym
                    inner.acronym = doc[i - 1].text
                    _record(defs, inner.acronym, {"org": True, "pos": _pos(doc, i - 1),
                                                  "long": doc[inner.start:inner.end].text, "cand": inner})
                    continue
                _define(doc, defs, doc[i - 1].text, inner, i - 1, i, by_span, added)
    out = cands + added
    out.sort(key=lambda c: (c.start, c.end))
    return out


TAIL_PREPOSITIONS = ("for", "from", "in", "on", "of")
TAIL_WORDS = (",", "and", "&", "the", "of", "for", "on", "in", "-")


def _entity_long_form(doc, j, cands, ch):
    """A name the earlier stages cut before a prepositional phrase that the statistical model's ORG
    entity goes on with, up to an acronym's parenthesis at ``j`` ("the Centre for the Protection of
    the Dark and Quiet Sky from Satellite Constellation Interference (CPS)", "the Nordic Council of
    Ministers for Business, Energy and Regional Policy (MR-NER)"): the statement defines the acronym
    for the whole name, one body. The candidate is replaced by the whole name (in ``cands``)."""
    ent = next((e for e in doc.ents if e.label_ == "ORG" and e.end == j), None)
    if ent is None:
        return None
    start = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
    c = next((c for c in cands if c.start == start and start < c.end < j and not c.is_acronym
              and not c.coordinated and c.source in ("registry", "head")), None)
    if c is None or doc[c.end].lower_ not in TAIL_PREPOSITIONS:
        return None
    tail = doc[c.end + 1:j]
    if not any(ch.name_word(t) for t in tail) or \
            not all(ch.name_word(t) or t.lower_ in TAIL_WORDS for t in tail):
        return None
    head = c.head or next((t.text for t in reversed(doc[start:c.end]) if ch.is_head(t)), None)
    whole = Cand(start, j, "head", [doc[start:j].text], head=head)
    cands[cands.index(c)] = whole
    return whole


YEAR = re.compile(r"^(?:19|20)\d\d$")


def _edition_defined(doc, i, by_end):
    """A series of meetings defined with an edition's year ("the 75th International Astronautical
    Congress (IAC 2024)"): the acronym names the meeting, no body, whatever the registry gives it.
    Returns (acronym, its token, the long form's text) or None."""
    if i + 3 >= len(doc) or doc[i + 3].text != ")" or not YEAR.match(doc[i + 2].text) \
            or not is_acronym(doc[i + 1].text) or not doc[i + 1].whitespace_:
        return None
    lf = by_end.get(i)
    long_text = doc[lf.start:lf.end].text if lf is not None else doc[max(0, i - 4):i].text
    return doc[i + 1].text, i + 1, long_text


def _parent_acronym(ch, acr, long_form):
    """An organ's name that ends with its parent's ("General Secretariat of the Organization of American
    States (OAS)"): a registry acronym of that parent is the parent's, not the organ's."""
    words = " ".join(long_form.split()).lower()
    for e in ch.K.lookup_acronym(acr):
        for name in [e.name] + list(e.aliases):
            name = name.lower()
            if words != name and (words.endswith(" of the " + name) or words.endswith(" of " + name)):
                return True
    return False


def _short_name_defined(doc, i, by_end, ch):
    """A body's full name, then one capitalized word in parentheses that is itself an organization's
    name ("the Aerospace Committee of the Ministry of ... of the Republic of Kazakhstan (Kazcosmos)"):
    the statement calls the body so, whatever the registry gives that word. Returns (long form
    candidate, token of the word) or None. A country or place in parentheses is no such name."""
    if i + 2 >= len(doc) or doc[i + 2].text != ")":
        return None
    word = doc[i + 1]
    lf = by_end.get(i)
    if lf is None or lf.is_acronym or lf.coordinated or lf.source not in ("registry", "head") \
            or lf.end - lf.start < 3:
        return None
    if not (word.is_alpha and word.text[:1].isupper() and word.text[1:].islower() and len(word.text) >= 4):
        return None
    if ch.K.country_of(word.text) or word.ent_type_ in ("GPE", "LOC"):
        return None
    if not ch.K.by_key.get(word.lower_):
        return None
    return lf, i + 1


def _org_like(ch, span):
    """A long form found by Schwartz-Hearst names a body: capitalized, ending in a head word, or in
    a word of a membership body that a defined acronym makes a name ("Quad Investors Network (QUIN)",
    "... Oceans Research Alliance (QIPORA)": ``acronym_heads`` in org_filters.json)."""
    if not is_cap(span[0]) or span.text in ch.not_org:
        return False
    if not ch.is_head(span[-1]) and span[-1].text not in ch.acronym_heads:
        return False
    return ch._capitalized_name(span)


def _names_a_thing(doc, k, ch):
    """Lower-case words after a definition's parenthesis end in a thing noun ("(SPORT) small
    satellite mission", "(GRACE-C) mission"): the definition names a mission or program."""
    for t in doc[k:k + 3]:
        if not (t.is_lower and t.is_alpha):
            return False
        if t.lower_ in ch.thing_nouns:
            return True
    return False


def _absorbed(c, start, end):
    """A registry name at the start of a longer long form is a word of it, not a mention of its own:
    "Quad" in "Quad Indo-Pacific Oceans Research Alliance (QIPORA)". An acronym stays a mention."""
    return c.source == "registry" and not c.is_acronym and c.start == start and c.end < end


def _define(doc, defs, acr, lf, s, e, by_span, added):
    lf.acronym = acr
    c = by_span.get((s, e))
    if c is None:
        c = Cand(s, e, "acronym", [acr], is_acronym=True)
        added.append(c)
        by_span[(s, e)] = c
    c.is_acronym = True
    c.long_form = lf
    c.keys = [acr]
    _record(defs, acr, {"org": True, "pos": _pos(doc, s), "long": doc[lf.start:lf.end].text, "cand": lf})


def _record(defs, acr, d):
    found = defs.setdefault(acr, [])
    if all(x["pos"] != d["pos"] for x in found):
        found.append(d)
        found.sort(key=lambda x: x["pos"])


def _split_acronyms(doc, defs):
    """(start, end, acronym) of defined acronyms that the tokenizer splits ("MR-NER", "NAMRU-SOUTH")."""
    found = []
    text = text_of(doc)
    for acr in sorted(a for a in defs if not a.isalnum()):
        for m in re.finditer(r"(?<![\w-])" + re.escape(acr) + r"(?![\w-])", text):
            span = doc.char_span(m.start(), m.end())
            if span is not None and len(span) > 1:
                found.append((span.start, span.end, acr))
    return sorted(found)


def _case_variants(doc, defs):
    """(start, end, acronym) of defined acronyms written in another case ("D-Isis" for
    "D-ISIS"). Only capitalized, not all upper case, three letters or more, so that a
    common word cannot take an acronym's place."""
    found = []
    text = text_of(doc)
    lower = text.lower()
    for acr in sorted(defs):
        # only when some occurrence differs in case from the acronym as defined
        if lower.count(acr.lower()) <= text.count(acr) or sum(ch.isalpha() for ch in acr) < 3:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(acr) + r"(?!\w)", text, re.IGNORECASE):
            text = m.group(0)
            if text == acr or not text[:1].isupper() or text == text.lower():
                continue
            span = doc.char_span(m.start(), m.end())
            if span is not None:
                found.append((span.start, span.end, acr))
    return sorted(found)


def add_acronym_uses(doc, cands, defs):
    """Mentions of acronyms the statement defined as organizations."""
    taken = set()
    for c in cands:
        taken.update(range(c.start, c.end))
        if c.end - c.start == 1 or doc[c.start:c.end].text == c.keys[0]:
            d = definition_at(defs, doc[c.start:c.end].text, _pos(doc, c.start))
            if d and d["org"] and c.long_form is None and not c.coordinated:
                c.is_acronym = True         # a use of an acronym the statement defined
                c.keys = [doc[c.start:c.end].text]
    out = list(cands)
    for tok in doc:
        if tok.text not in defs:
            continue
        d = definition_at(defs, tok.text, _pos(doc, tok.i))
        if d and d["org"] and tok.i not in taken:
            out.append(Cand(tok.i, tok.i + 1, "acronym", [tok.text], is_acronym=True))
            taken.add(tok.i)
    for start, end, key in _split_acronyms(doc, defs):
        d = definition_at(defs, key, _pos(doc, start))
        if d and d["org"] and not taken.intersection(range(start, end)):
            out.append(Cand(start, end, "acronym", [key], is_acronym=True))
            taken.update(range(start, end))
    for start, end, key in _case_variants(doc, defs):
        d = definition_at(defs, key, _pos(doc, start))
        if d and d["org"] and not taken.intersection(range(start, end)):
            out.append(Cand(start, end, "acronym", [key], is_acronym=True))
            taken.update(range(start, end))
    out.sort(key=lambda c: (c.start, c.end))
    return out

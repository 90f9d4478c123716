"""Organizations: every mention of a named body, mapped to one canonical name.

ANNOTATION.md section 2 defines what counts. The component ``org_tagger``
runs these stages on each paragraph Doc, in order, each a pure function:

1. registry matching: phrase matchers built from ``models/organizations.jsonl``
   (names and aliases case-insensitively, acronyms in exact case);
2. head-word names for bodies the registry lacks, with list splitting,
   coordination ("Departments of State, Defense, and Commerce" is one
   mention with three names) and possessives ("Executive Office of the
   President's National Space Council" gives two mentions);
3. the statistical model's ORG entities, for names without a head word;
4. merging: no overlaps, structured matches first (``org_chunks``);
5. acronym definitions in the text itself, Schwartz & Hearst (2003):
   "Long Form (ACR)" and "ACR (Long Form)"; later uses of ACR in the
   statement are mentions of the same body; an acronym defined as a topic
   ("space situational awareness (SSA)") is never an organization;
6. filters for what is not an organization: countries, places, programs,
   missions, documents, meetings, topics, diseases, job titles
   (``models/org_filters.json``);
7. names: the registry entry of the mention's country (``org_resolve``), or
   a canonical name built for an unknown body.

Writes ``doc.spans["orgs"]``: Spans labelled ORG, token-aligned, without a
leading article, with ``span._.names`` (canonical names), ``acronym``,
``country`` (ISO2), ``kind`` and ``known`` (all names found in the registry).

``link_document(docs)`` is the statement-level pass tag.py calls with all
paragraph Docs of one statement in order: it links acronyms used before or
after their definition in another paragraph, resolves generic names with
the statement's countries, and gives an unknown body one canonical name
across the statement.
"""
import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span

from ..core import extensions  # noqa: F401
from ..core.extensions import text_of
from . import knowledge as org_knowledge
from .acronyms import best_long_form, is_acronym, long_form_before, paren_group
from .chunks import POSSESSIVE, Cand, Chunker, is_cap
from .knowledge import norm_key
from .resolve import Resolution, country_counts, country_tokens, mention_cues, pick_entry, resolve_key

LABEL = "ORG"
CANDS = "org_candidates"
COUNTRIES = "org_countries"
KNOWLEDGE = "org_knowledge"


def _context(doc):
    ctx = doc._.context
    if ctx is None:
        ctx = {}
        doc._.context = ctx
    ctx.setdefault("org_acronyms", {})
    ctx.setdefault("org_country_counts", {})
    return ctx


class OrgTagger:
    """The ``org_tagger`` component: see the module docstring for its stages."""

    def __init__(self, nlp, name="org_tagger", models_dir=None):
        self.name = name
        self.K = org_knowledge.load(models_dir)
        self.chunker = Chunker(self.K)
        self.names_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.acr_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.country_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_key = {}
        for surface, key in self.K.surfaces:
            by_key.setdefault(key, []).append(surface)
        for key in sorted(by_key):
            self.names_matcher.add(key, [nlp.make_doc(s) for s in sorted(set(by_key[key]))])
        for acr in sorted(self.K.by_acronym):
            self.acr_matcher.add(acr, [nlp.make_doc(acr)])
        for code, rec in sorted(self.K.countries.items()):
            forms = set(rec.get("names", [])) | set(rec.get("adjectives", []))
            forms |= {f.replace("'", "’") for f in forms}
            self.country_matcher.add(code, [nlp.make_doc(f) for f in sorted(forms)])

    def __call__(self, doc):
        ctx = _context(doc)
        ch = self.chunker
        countries = country_tokens(doc, self.country_matcher, self.K)
        registry = ch.registry_candidates(doc, self.names_matcher, self.acr_matcher, countries)
        heads = ch.head_candidates(doc, registry, countries)
        ner = ch.ner_candidates(doc)
        cands = ch.merge(doc, registry, heads, ner)
        defs = ctx["org_acronyms"]
        cands = [c for c in cands if ch.keep(doc, c, countries, _defined(doc, defs))]
        cands = find_acronyms(doc, cands, defs, ch)
        cands = [c for c in cands if c.long_form is not None or ch.keep(doc, c, countries, _defined(doc, defs))]
        cands = add_acronym_uses(doc, cands, defs)
        counts = ctx["org_country_counts"]
        for code, (n, first) in country_counts(doc, countries, []).items():
            old = counts.get(code, (0, first))
            counts[code] = (old[0] + n, min(old[1], first))
        doc.user_data[CANDS] = cands
        doc.user_data[COUNTRIES] = countries
        doc.user_data[KNOWLEDGE] = self.K
        assign_names([doc], self.K, _doc_countries(ctx, self.K))
        return doc


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


@Language.factory("org_tagger", assigns=["doc.spans"], requires=["doc.ents"], default_config={})
def make_org_tagger(nlp, name):
    return OrgTagger(nlp, name)


# ------------------------------------------------------------------ acronyms

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
        if g:
            acr, s, e = g
            j = i - 1 if i > 0 and doc[i - 1].text in POSSESSIVE else i
            lf = by_end.get(j)
            if lf is not None and not lf.is_acronym and not lf.coordinated:
                lf_text = doc[lf.start:lf.end].text
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
                if any(c.source != "ner" for c in over):
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
                _define(doc, defs, doc[i - 1].text, inner, i - 1, i, by_span, added)
    out = cands + added
    out.sort(key=lambda c: (c.start, c.end))
    return out


def _org_like(ch, span):
    """A long form found by Schwartz-Hearst names a body: capitalized, ending in a head word."""
    if not is_cap(span[0]) or not ch.is_head(span[-1]):
        return False
    return ch._capitalized_name(span)


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
    for start, end, key in _case_variants(doc, defs):
        d = definition_at(defs, key, _pos(doc, start))
        if d and d["org"] and not taken.intersection(range(start, end)):
            out.append(Cand(start, end, "acronym", [key], is_acronym=True))
            taken.update(range(start, end))
    out.sort(key=lambda c: (c.start, c.end))
    return out


# ------------------------------------------------------------------ names

def _doc_countries(ctx, K):
    """The statement's countries: its parties, then the countries it mentions most."""
    order = []
    for p in ctx.get("parties") or []:
        code = K.country_of(str(p)) or (str(p) if str(p) in K.countries else None)
        if code and code not in order:
            order.append(code)
    counts = ctx.get("org_country_counts", {})
    for code, _ in sorted(counts.items(), key=lambda kv: (-kv[1][0], kv[1][1], kv[0])):
        if code not in order and counts[code][0] > 0:
            order.append(code)
    return order


def resolve_cand(K, c, cue, doc_countries, defs, pos=(0, 0)):
    """Resolution of one candidate (acronyms of a definition take their long form's names)."""
    if c.is_acronym:
        lf = c.long_form
        if lf is None:
            d = definition_at(defs, c.keys[0], pos)
            if d and d["org"]:
                lf = d.get("cand")
        if lf is not None and getattr(lf, "resolution", None) is not None:
            r = lf.resolution
            return Resolution(list(r.names), r.country, r.kind, r.known, c.keys[0])
        name, country, entry = resolve_key(K, c.keys[0], True, cue, doc_countries, None)
        return Resolution([name], country, entry.kind if entry else None, entry is not None, c.keys[0])
    names, entries, country = [], [], None
    for key in c.keys:
        name, ctry, entry = resolve_key(K, key, False, cue, doc_countries, c.head)
        names.append(name)
        entries.append(entry)
        country = country or ctry
    if c.acronym and len(c.keys) == 1 and entries[0] is None:
        # "Germany's Ministry for Economic Cooperation and Development (BMZ)": a long form the
        # registry spells differently, known by its acronym
        e = pick_entry(K.lookup_acronym(c.acronym), cue or country, doc_countries, True)
        if e is not None and (country is None or e.country in (None, country)):
            names, entries, country = [e.name], [e], e.country
    known = all(e is not None for e in entries)
    kind = next((e.kind for e in entries if e and e.kind), None) or K.filters.get("heads", {}).get(c.head or "")
    if kind is None and c.head in K.filters.get("plural_heads", {}):
        kind = K.filters["heads"].get(K.filters["plural_heads"][c.head])
    acronym = c.acronym
    if acronym is None and len(entries) == 1 and entries[0] and entries[0].acronyms:
        acronym = entries[0].acronyms[0]
    out = []
    for n in names:
        if n not in out:
            out.append(n)
    return Resolution(out, country, kind, known, acronym)


def assign_names(docs, K, doc_countries, unify=False):
    """Resolve every candidate of ``docs`` and write ``doc.spans['orgs']``."""
    defs = _context(docs[0])["org_acronyms"] if docs else {}
    per_doc = []
    for doc in docs:
        cands = doc.user_data.get(CANDS, [])
        countries = doc.user_data.get(COUNTRIES, {})
        own, cue, parent = mention_cues(doc, cands, countries, K)
        per_doc.append((doc, cands, own, cue, parent))
    # long forms and other names first, acronyms after (they copy their long form)
    for acronyms_pass in (False, True):
        for doc, cands, own, cue, parent in per_doc:
            for i, c in enumerate(cands):
                if c.is_acronym != acronyms_pass:
                    continue
                cc = own[i] or cue[i]
                if cc is None and parent[i] is not None:
                    p = cands[parent[i]]
                    cc = getattr(p, "resolution", None) and p.resolution.country
                c.resolution = resolve_cand(K, c, cc, doc_countries, defs, _pos(doc, c.start))
    if unify:
        _unify_unknown(per_doc)
    for doc, cands, *_ in per_doc:
        spans = []
        for c in cands:
            r = c.resolution
            span = Span(doc, c.start, c.end, label=LABEL)
            span._.names = list(r.names)
            span._.acronym = r.acronym
            span._.country = r.country
            span._.kind = r.kind
            span._.known = bool(r.known)
            spans.append(span)
        doc.spans["orgs"] = spans


def _unify_unknown(per_doc):
    """An unknown body keeps one canonical name across the statement ('Ministry of the Economy,
    Tourism, and Sport' and 'Ministry of Economy, Tourism, and Sport')."""
    first = {}
    for doc, cands, *_ in per_doc:
        for c in cands:
            r = c.resolution
            if r.known or len(r.names) != 1:
                continue
            key = (norm_key(r.names[0]), r.country)
            if key in first:
                r.names = [first[key]]
            else:
                first[key] = r.names[0]


def _topic_use(doc, c, defs, topics):
    """An acronym the statement defines as a topic at this place ("space situational awareness (SSA)")."""
    if not c.is_acronym or c.long_form is not None:
        return False
    d = definition_at(defs, c.keys[0], _pos(doc, c.start))
    if d is None or d["org"]:
        return False
    return c.source != "registry" or c.keys[0] in topics


def link_document(docs):
    """Statement-level pass over a statement's paragraph Docs, in document order.

    Acronyms defined anywhere in the statement name the same body in every
    paragraph, also before their definition; an acronym the statement
    defines as a topic is dropped; names are resolved again with all the
    statement's countries, and unknown bodies get one name per statement.
    """
    docs = [d for d in docs if d.user_data.get(CANDS) is not None]
    if not docs:
        return docs
    ctx = _context(docs[0])
    tagger_K = docs[0].user_data.get(KNOWLEDGE) or org_knowledge.load()
    defs = ctx["org_acronyms"]
    for doc in docs:
        cands = doc.user_data[CANDS]
        topics = set(tagger_K.filters.get("topic_acronyms", []))
        cands = [c for c in cands if not _topic_use(doc, c, defs, topics)]
        doc.user_data[CANDS] = add_acronym_uses(doc, cands, defs)
    assign_names(docs, tagger_K, _doc_countries(ctx, tagger_K), unify=True)
    return docs


__all__ = ["OrgTagger", "make_org_tagger", "link_document"]

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
4. merging: no overlaps, structured matches first (``chunks``, ``heads``, ``filters``);
5. acronym definitions in the text itself (``acronyms``, ``definitions``), Schwartz & Hearst (2003):
   "Long Form (ACR)" and "ACR (Long Form)"; later uses of ACR in the
   statement are mentions of the same body; an acronym defined as a topic
   ("space situational awareness (SSA)") is never an organization;
6. filters for what is not an organization: countries, places, programs,
   missions, documents, meetings, topics, diseases, job titles
   (``models/org_filters.json``);
7. names: the registry entry of the mention's country (``resolve``, ``names``), or
   a canonical name built for an unknown body.

Writes ``doc.spans["orgs"]``: Spans labelled ORG, token-aligned, without a
leading article, with ``span._.names`` (canonical names), ``acronym``,
``country`` (ISO2), ``kind`` and ``known`` (all names found in the registry).

``link_document(docs)`` is the statement-level pass runner/tag.py calls with all
paragraph Docs of one statement in order: it links acronyms used before or
after their definition in another paragraph, resolves generic names with
the statement's countries, and gives an unknown body one canonical name
across the statement.
"""
import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher

from ..core import extensions  # noqa: F401
from . import knowledge
from .chunks import Chunker
from .definitions import add_acronym_uses, _context, _defined, definition_at, find_acronyms, _pos
from .names import CANDS, COUNTRIES, assign_names, _doc_countries
from .resolve import country_counts, country_tokens


KNOWLEDGE = "org_knowledge"


class OrgTagger:
    """The ``org_tagger`` component: see the module docstring for its stages."""

    def __init__(self, nlp, name="org_tagger", models_dir=None):
        self.name = name
        self.K = knowledge.load(models_dir)
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
        cands = ch.joint_ventures(doc, ch.merge(doc, registry, heads, ner, countries), countries)
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


@Language.factory("org_tagger", assigns=["doc.spans"], requires=["doc.ents"], default_config={})
def make_org_tagger(nlp, name):
    return OrgTagger(nlp, name)


def _topic_use(doc, c, defs, topics, K):
    """An acronym the statement defines as a topic at this place ("space situational awareness (SSA)").
    A registry acronym the statement spells out as something else ("Climate Information Services
    (CIS)" is not the Commonwealth of Independent States) is the statement's, not the registry's."""
    if not c.is_acronym or c.long_form is not None:
        return False
    d = definition_at(defs, c.keys[0], _pos(doc, c.start))
    if d is None or d["org"]:
        return False
    if c.source != "registry" or c.keys[0] in topics:
        return True
    return not _spells_registry_body(K, c.keys[0], d["long"])


_WORD = re.compile(r"[a-z]{3,}")


def _spells_registry_body(K, acr, long_form):
    """Does ``long_form`` name (most of the words of) a registry body with acronym ``acr``?"""
    words = set(_WORD.findall(long_form.lower())) - {"the", "and", "for"}
    if not words:
        return True
    for e in K.lookup_acronym(acr):
        for name in [e.name] + list(e.aliases):
            if 2 * len(words & set(_WORD.findall(name.lower()))) >= len(words):
                return True
    return False


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
    tagger_K = docs[0].user_data.get(KNOWLEDGE) or knowledge.load()
    defs = ctx["org_acronyms"]
    for doc in docs:
        cands = doc.user_data[CANDS]
        topics = set(tagger_K.filters.get("topic_acronyms", []))
        cands = [c for c in cands if not _topic_use(doc, c, defs, topics, tagger_K)]
        doc.user_data[CANDS] = add_acronym_uses(doc, cands, defs)
    assign_names(docs, tagger_K, _doc_countries(ctx, tagger_K), unify=True)
    return docs


__all__ = ["OrgTagger", "make_org_tagger", "link_document"]

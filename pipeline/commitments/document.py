"""Statement level: pronoun actors resolved across the paragraphs of a statement."""
from ..core.extensions import text_of
from .syntax import clause_is_asserted, _has_child, in_regions, is_party, phrase_bounds, quote_regions
from .tagger import ACTOR_USER_DATA
from .triggers import load_lexicon


def _antecedents(doc, lex):
    """Subjects of asserted clauses in a Doc, outside quotes, as
    (token index, text, plural, is a party) for every non-pronoun subject."""
    org_tokens = {t.i for s in doc.spans.get("orgs", []) for t in s}
    quotes = quote_regions(text_of(doc))
    out = []
    for tok in doc:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ == "PRON" or in_regions(tok, quotes):
            continue
        if tok.lower_ in lex["agentive_pronouns"] or tok.lower_ in ("that", "which", "who"):
            continue
        if not clause_is_asserted(tok.head, lex):
            continue
        s, e = phrase_bounds(tok)
        plural = (tok.tag_ in ("NNS", "NNPS") or any(True for _ in tok.conjuncts)
                  or _has_child(tok, ("det", "nummod", "predet"), ("both", "two", "three", "all")) is not None)
        out.append((tok.i, doc[s:e].text, plural, is_party(tok, lex, org_tokens)))
    return out


def resolve_document(docs, lexicon_path=None):
    """Resolve pronoun actors ("they", "he", "she") across the statement's paragraphs.

    Walks the paragraph Docs in order. "they" takes the last plural party
    subject of an asserted clause before it (same paragraph or earlier ones),
    "he" and "she" the last singular one; without one the actor stays as
    written. A "will" commitment whose pronoun most plausibly refers to
    something that is not a party ("The spacecraft will fly at 300 miles.
    Together they will monitor ...") is dropped.
    """
    lex = load_lexicon(lexicon_path)
    cache = {}

    def ants_of(n):  # (doc number, token index, text, plural, party), computed when needed
        if n not in cache:
            cache[n] = [(n, i, text, plural, party) for i, text, plural, party in _antecedents(docs[n], lex)]
        return cache[n]

    def pool_before(n, actor_i, size=12):
        """The last ``size`` antecedents before token ``actor_i`` of paragraph ``n``."""
        pool = [a for a in ants_of(n) if a[1] < actor_i]
        m = n - 1
        while len(pool) < size and m >= 0:
            pool = ants_of(m) + pool
            m -= 1
        return pool[-size:]

    for n, doc in enumerate(docs):
        spans = list(doc.spans.get("commitments", []))
        actors = doc.user_data.get(ACTOR_USER_DATA) or [None] * len(spans)
        drop = set()
        for k, (span, actor_i) in enumerate(zip(spans, actors)):
            if actor_i is None or not span._.actor:
                continue
            word = doc[actor_i].lower_
            if word not in lex["pronoun_actors"]:
                continue
            want_plural = word in ("they", "them")
            pool = pool_before(n, actor_i)
            if span._.trigger in ("will", "shall", "would") and pool and not pool[-1][4]:
                drop.add(k)
                continue
            for _, _, text, plural, party in reversed(pool):
                if party and plural == want_plural:
                    span._.actor = text
                    break
        if drop:
            doc.spans["commitments"] = [s for k, s in enumerate(spans) if k not in drop]
            doc.user_data[ACTOR_USER_DATA] = [a for k, a in enumerate(actors) if k not in drop]
    return docs

"""Organizations (first version: spaCy's ORG entities). See issue 3."""
from spacy.language import Language

from . import extensions  # noqa: F401


def _strip_article(span):
    if len(span) > 1 and span[0].lower_ == "the":
        return span[1:]
    return span


@Language.factory("org_tagger", assigns=["doc.spans"], requires=["doc.ents"])
def make_org_tagger(nlp, name):
    def org_tagger(doc):
        spans = []
        for ent in doc.ents:
            if ent.label_ == "ORG":
                span = _strip_article(ent)
                span._.names = [span.text]
                spans.append(span)
        doc.spans["orgs"] = spans
        return doc
    return org_tagger


def link_document(docs):
    """Document-level pass over a statement's paragraph Docs (acronyms across paragraphs)."""
    return docs

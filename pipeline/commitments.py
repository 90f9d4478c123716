"""Commitments (first version: none). See issue 5."""
from spacy.language import Language

from . import extensions  # noqa: F401


@Language.factory("commitment_tagger", assigns=["doc.spans"], requires=["doc.spans"])
def make_commitment_tagger(nlp, name):
    def commitment_tagger(doc):
        doc.spans["commitments"] = []
        return doc
    return commitment_tagger


def resolve_document(docs):
    """Document-level pass over a statement's paragraph Docs (actors across paragraphs)."""
    return docs

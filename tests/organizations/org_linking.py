"""The organization tests' one way of tagging a statement's paragraphs with its linking passes."""
from pipeline import organizations


def orgs(paragraph_docs, *paragraphs):
    """[(text, names)] of every mention after the statement's acronym and short-form linking."""
    docs = paragraph_docs(*paragraphs)
    organizations.link_document(docs)
    organizations.link_short_forms(docs)
    return [(s.text, tuple(s._.names)) for d in docs for s in d.spans["orgs"]]

"""The commitment tests' one way of tagging paragraphs: as the tag stage does for one statement."""
import datetime as dt

from pipeline import commitments


def tag(nlp, *paragraphs, anchor=dt.date(2024, 6, 1), kind="body"):
    """Run the pipeline over the paragraphs of one statement; all commitment spans in order."""
    context = {"doc_id": "test", "anchor": anchor}
    docs = []
    for index, text in enumerate(paragraphs):
        doc = nlp.make_doc(text)
        doc._.doc_id, doc._.anchor, doc._.index, doc._.kind = "test", anchor, index, kind
        doc._.context = context
        docs.append(doc)
    docs = list(nlp.pipe(docs))
    commitments.resolve_document(docs)
    return [span for doc in docs for span in doc.spans["commitments"]]

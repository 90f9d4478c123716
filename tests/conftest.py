"""Shared fixtures: the real spaCy pipeline and statement paragraphs made into Docs."""
import datetime as dt

import pytest

from pipeline.runner import nlp as pipeline_nlp


@pytest.fixture(scope="session")
def nlp():
    return pipeline_nlp.load()


@pytest.fixture(scope="session")
def paragraph_docs(nlp):
    """Run the pipeline over paragraphs as the tag stage does (body paragraphs of one statement)."""
    def make(*paragraphs, anchor=dt.date(2024, 6, 1)):
        docs = []
        for i, text in enumerate(paragraphs):
            doc = nlp.make_doc(text)
            doc.user_data["text"] = text
            doc._.anchor, doc._.index, doc._.kind = anchor, i, "body"
            docs.append(doc)
        return list(nlp.pipe(docs))
    return make

"""Dates (first version: spaCy's DATE entities and dateparser). See issue 4."""
import datetime as dt
import re

from spacy.language import Language

from . import extensions  # noqa: F401

FULL_DATE = re.compile(
    r"\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December),?\s+\d{4})\b")


def statement_date(paragraphs):
    """The statement's own date from (kind, folded text) pairs: the first full date, or None."""
    import dateparser
    for _kind, text in paragraphs:
        m = FULL_DATE.search(text)
        if m:
            d = dateparser.parse(m.group(0), languages=["en"])
            if d:
                return d.date()
    return None


@Language.factory("date_tagger", assigns=["doc.spans"], requires=["doc.ents"])
def make_date_tagger(nlp, name):
    import dateparser

    def date_tagger(doc):
        spans = []
        anchor = doc._.anchor
        for ent in doc.ents:
            if ent.label_ != "DATE":
                continue
            settings = {"PREFER_DATES_FROM": "current_period"}
            if anchor:
                settings["RELATIVE_BASE"] = dt.datetime(anchor.year, anchor.month, anchor.day)
            d = dateparser.parse(ent.text, languages=["en"], settings=settings)
            ent._.value = d.date().isoformat() if d else None
            spans.append(ent)
        doc.spans["dates"] = spans
        return doc
    return date_tagger

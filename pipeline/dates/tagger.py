"""The ``date_tagger`` spaCy component, with the cheap test that skips paragraphs without a date word."""
from spacy.language import Language

from ..core import extensions  # noqa: F401
from ..core.extensions import text_of
from .grammar import build_matcher
from .lexicon import _ANY_DIGIT, lexicon
from .resolve import find_dates


class DateTagger:
    """spaCy component: ``doc.spans["dates"]`` with ``value`` (TIMEX3), ``mod`` and ``timex_type``.

    Reads ``doc._.anchor`` (the statement's date) to resolve relative and
    year-less dates; the patterns are built once per component.
    """

    def __init__(self, nlp, name):
        self.name = name
        self.lex = lexicon()
        self.matcher = build_matcher(nlp.vocab, self.lex)
        self.words = date_words(self.lex)

    def __call__(self, doc):
        if may_hold_date(doc, self.words):
            doc.spans["dates"] = find_dates(doc, self.matcher, self.lex)
        else:
            doc.spans["dates"] = []
        return doc


def date_words(lex):
    """Every word that a date pattern can match without a digit (build_matcher)."""
    words = set()
    for key in ("months", "weekdays", "seasons", "relative", "relative_units", "deictic", "ago_units", "coming_words",
                "number_words", "century_ordinals"):
        words.update(w.lower() for w in lex[key])
    words.update(("year", "calendar", "fiscal", "fy", "jfy", "cy", "century", "ago", "twenty", "nineteenth",
                  "twentieth"))
    return frozenset(words)


def may_hold_date(doc, words):
    """A cheap test before the Matcher: every date pattern needs a digit or one of ``words``."""
    if _ANY_DIGIT.search(text_of(doc)):
        return True
    return any(t.lower_ in words for t in doc)


@Language.factory("date_tagger", assigns=["doc.spans"], requires=["doc.ents", "token.dep", "token.tag"])
def make_date_tagger(nlp, name):
    return DateTagger(nlp, name)

"""Build the spaCy pipeline: the statistical model plus our components.

Order: the model's own components (tok2vec, tagger, parser, ner, ...), then
``org_tagger`` (organizations/), ``date_tagger`` (dates/) and
``commitment_tagger`` (commitments/), which reads the other two.
"""
import re

import spacy
from spacy.util import compile_infix_regex, compile_suffix_regex

from ..core import extensions  # noqa: F401  (registers Doc/Span extensions)
from .. import organizations, dates, commitments  # noqa: F401  (register factories)
from ..core.config import model_name
from ..core.errors import PipelineError

COMPONENTS = ["org_tagger", "date_tagger", "commitment_tagger"]


def load(name=None):
    """Load the spaCy model ``name`` (config default) and add our components."""
    name = model_name(name)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise PipelineError(
            f"spaCy model {name!r} cannot be loaded ({exc.__class__.__name__}): install the "
            f"package that provides it in .venv, or choose another with MODEL=<name>") from exc
    split_dash_ranges(nlp)
    split_footnote_marks(nlp)
    keep_co_words(nlp)
    for comp in COMPONENTS:
        nlp.add_pipe(comp, last=True)
    return nlp


def split_dash_ranges(nlp):
    """Split an en or em dash between digits ("2024–2026", "March 14–15"), as
    spaCy already does for a hyphen, so each end of a range is its own token."""
    # also after a month or an ordinal day: "29 January\u20139 February 2024", "22nd\u201323rd August"
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[0-9a-z])[\u2013\u2014](?=[0-9])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


# a footnote number glued to the word it annotates ("the BRICS Joint Committee on Space Cooperation1
# to expand"): one or two digits after three lower-case letters. Upper-case names with digits
# ("ISEF2", "COVID19", "G20") and units ("km2") keep theirs. Also after the sentence's or clause's
# punctuation glued to such a word ("... and the UK Space Agency.1 The Forum", "Activities,2"): the
# number goes, then the punctuation as usual; numbers ("1967,1", "v2.1") keep theirs.
FOOTNOTE_MARK = r"(?<=[a-z][a-z][a-z])[0-9]{1,2}$"
FOOTNOTE_AFTER_PUNCT = r"(?<=[a-z][a-z][a-z][.,;:])[0-9]{1,2}$"


def split_footnote_marks(nlp):
    """Split a footnote number glued to a word off it, so that names and dates end at the word."""
    suffixes = list(nlp.Defaults.suffixes) + [FOOTNOTE_MARK, FOOTNOTE_AFTER_PUNCT]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


# a lower-case word with the prefix "co-" ("co-chairs", "co-sponsor", "co-organized", "co-host"):
# one word, as the parser was trained on; split at its hyphen, "co" is read as a noun subject
# or verb of its own and the clause around it falls apart. Capitalized names keep the rule
# they always had ("Organisation for Economic Co-operation and Development").
CO_WORD = re.compile(r"^co-[a-z]+$")


def keep_co_words(nlp):
    """Keep a lower-case "co-" word one token (see CO_WORD)."""
    previous = nlp.tokenizer.token_match

    def token_match(text):
        return CO_WORD.match(text) or (previous(text) if previous is not None else None)
    nlp.tokenizer.token_match = token_match

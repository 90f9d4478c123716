"""Build the spaCy pipeline: the statistical model plus our components.

Order: the model's own components (tok2vec, tagger, parser, ner, ...), then
``org_tagger`` (organizations.py), ``date_tagger`` (dates.py) and
``commitment_tagger`` (commitments.py), which reads the other two.
"""
import spacy

from . import extensions  # noqa: F401  (registers Doc/Span extensions)
from . import organizations, dates, commitments  # noqa: F401  (register factories)
from .config import model_name
from .errors import PipelineError

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
    for comp in COMPONENTS:
        nlp.add_pipe(comp, last=True)
    return nlp


def blank():
    """A tokenizer-only pipeline for pure-logic tests and fast paths."""
    return spacy.blank("en")

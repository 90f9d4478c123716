"""The ``commitment_tagger`` spaCy component."""
from spacy.language import Language

from ..core import extensions  # noqa: F401
from .candidates import find_commitments
from .spans import to_span
from .triggers import build_matcher, fix_operative_lemmas, load_lexicon, load_triggers, trigger_lemmas


ACTOR_USER_DATA = "commitments.actor_tokens"  # doc.user_data key: actor token index per span
REJECTED_USER_DATA = "commitments.rejected"  # doc.user_data key: [[trigger index, pattern id, reason]]


def tagged_kind(doc):
    """Whether the paragraph can hold commitments: body text (or a plain ``nlp(text)`` call
    outside the tag stage, kind None) and a caption, which ANNOTATION.md 1 tags like body text
    ("... sign the agreement; ESA will provide the landing platform"). Titles, headings and
    meta paragraphs get none."""
    return doc._.kind in ("body", None, "caption")


class CommitmentTagger:
    """Sets ``doc.spans["commitments"]`` on the paragraphs :func:`tagged_kind` accepts (body,
    caption); title, heading and meta paragraphs get none.

    Reads ``doc.spans["dates"]`` (``span._.value``) and ``doc.spans["orgs"]``
    (``span._.names``); writes the span extensions actor, trigger, action,
    strength, reaffirmed, dates, organizations.
    """

    def __init__(self, nlp, name, triggers_path=None, lexicon_path=None):
        self.name = name
        self.lex = load_lexicon(lexicon_path)
        self.triggers = load_triggers(triggers_path, lexicon_path)
        self.matcher = build_matcher(nlp.vocab, self.triggers)
        self.lemmas = trigger_lemmas(self.triggers)

    def __call__(self, doc):
        spans = []
        actors = []
        rejected = {}
        if tagged_kind(doc):
            fix_operative_lemmas(doc, self.lemmas)
            for cand in find_commitments(doc, self.matcher, self.triggers, self.lex, rejected):
                spans.append(to_span(doc, cand, self.lex))
                actors.append(cand.actor.i if cand.actor is not None else None)
        doc.spans["commitments"] = spans
        doc.user_data[ACTOR_USER_DATA] = actors
        doc.user_data[REJECTED_USER_DATA] = [[i, pid, why] for i, (pid, why) in sorted(rejected.items())]
        return doc


@Language.factory("commitment_tagger", assigns=["doc.spans"], requires=["doc.spans"],
                  default_config={"triggers_path": None, "lexicon_path": None})
def make_commitment_tagger(nlp, name, triggers_path, lexicon_path):
    return CommitmentTagger(nlp, name, triggers_path, lexicon_path)

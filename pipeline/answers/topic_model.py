"""The trained part of the topics (issue 13): a multi-label logistic regression over word and
stem n-gram features and the rules' own findings, its weights kept as data in
``models/topic_model.json`` (written by ``python -m pipeline train-topics``, read once).

Features of a text (:func:`features`), all binary:

- ``w:<stem>``: the stems of its words (lower case, a light English suffix strip:
  "satellites", "satellite" -> "satellit"); stem pairs were tried and lowered the
  cross-validated figures (``train-topics --cv``), so they are left out;
- ``r:<topic>``, ``r:space``, ``r:none``, ``r:other``: what the rules of ``topics.py`` found
  (a topic's terms, a space term, neither, a non-space subject such as health or trade);
- ``u:<unit>``: what is classified (``paragraph`` or ``commitment``), ``u:short`` for a text of
  fewer than 12 words (a heading, a title, a list item's label);
- ``d:<topic>``: a topic of the statement's theme (:func:`statement_theme`: named by the rules
  in at least ``model_theme.share`` of its content paragraphs, ``models/topics.json``). Annotators label a text that names no
  topic by the statement's theme ("The CSpO principals will meet annually to review progress" in
  a statement on military space is space security); the model learns when the theme holds.

A text's score for a label is the label's bias plus the sum of the weights of its features,
the word features' scaled by 1/sqrt(their number) (a long paragraph does not outvote a short
one); the label holds when the score is above 0.
"""
import math
import re
from functools import lru_cache

from .lexicon import _read, topics

MODEL_FILE = "topic_model.json"
WORD_SCALE = 1.0

_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*|\d+[a-z]*", re.UNICODE)
_SUFFIXES = ("ations", "ation", "ities", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s", "al", "e", "y")


def stem(word):
    """A light suffix strip, enough to bring plural, verb and adjective forms together."""
    for suf in _SUFFIXES:
        if len(word) - len(suf) >= 4 and word.endswith(suf) and not word.endswith("ss"):
            return word[:-len(suf)]
    return word


def words(text):
    return [stem(w) for w in _WORD.findall(" ".join(text.split()).lower())]


def shared_topics(topic_lists, share):
    """The sorted topics named in at least ``share`` of ``topic_lists`` (one collection of topic
    ids per text; a topic counts once per text); none of an empty list."""
    counts = {}
    for found in topic_lists:
        for tid in set(found):
            counts[tid] = counts.get(tid, 0) + 1
    n = len(topic_lists)
    return sorted(tid for tid, k in counts.items() if n and k >= share * n)


def statement_theme(paragraph_topics):
    """The sorted topics of a statement's theme, from the rules' topics of each of its content
    paragraphs (a list of topic collections): those at least ``model_theme.share`` of them name."""
    return shared_topics(paragraph_topics, topics()["model_theme"]["share"])


def theme_margin():
    """The score above which a text about space takes a topic of its statement's theme."""
    return topics()["model_theme"]["margin"]


def neighbour_context(flags, i):
    """The ``n:`` features of the ``i``-th of a statement's content paragraphs, from ``flags``
    (whether each names space by the rules' reading): ("prev",) and/or ("next",)."""
    return tuple(name for name, j in (("prev", i - 1), ("next", i + 1)) if 0 <= j < len(flags) and flags[j])


def features(text, rule_topics, rule_space, other_subject, unit, theme=(), context=()):
    """The sorted binary features of one text (see the module's docstring)."""
    ws = words(text)
    feats = {"u:" + unit}
    if len(ws) < 12:
        feats.add("u:short")
    feats.update("w:" + w for w in ws)
    feats.update("r:" + t for t in rule_topics)
    feats.add("r:space" if rule_space else "r:none")
    if other_subject:
        feats.add("r:other")
    feats.update("d:" + t for t in theme)
    feats.update("n:" + c for c in context)
    return sorted(feats)


def values(feats):
    """(feature, value) pairs: 1 for the rules' and unit features, 1/sqrt(n) for the n word
    features."""
    n = sum(1 for f in feats if f[0] == "w")
    scale = WORD_SCALE / math.sqrt(n) if n else 0.0
    return [(f, scale if f[0] == "w" else 1.0) for f in feats]


@lru_cache(maxsize=1)
def model():
    """``models/topic_model.json`` (read once): labels, biases, feature -> {label index:
    weight}, and ``decides``, the labels the model decides (the rules decide the others)."""
    m = _read(MODEL_FILE)
    m["index"] = {lab: i for i, lab in enumerate(m["labels"])}
    return m


def scores(feats, m=None):
    """label -> score of a feature list."""
    m = m or model()
    total = list(m["bias"])
    weights = m["weights"]
    for f, value in values(feats):
        for i, w in weights.get(f, {}).items():
            total[int(i)] += w * value
    return {lab: total[i] for i, lab in enumerate(m["labels"])}

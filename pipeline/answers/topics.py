"""Topics and the space flag of paragraphs and commitments (issue 13), by rules kept as data
(``models/topics.json``): a lexicon per topic, matched on whole words of the lower-cased text.

- A topic's weak terms ("market", "training", "norms") count only when the text is about
  space (a space term, or a strong term of any topic).
- ``space`` is true when the text names a topic or a space term (false friends such as
  "cyberspace" and "airspace" removed first).
- A paragraph naming neither space nor another subject is about space when most of the
  statement's content paragraphs are.
- A commitment gets the topics of its own span; it inherits ``space`` true from its
  paragraph only when its span names neither a space term nor a non-space subject
  (health, missiles, trade, ...).
"""
from .lexicon import topics


def _clean(text):
    t = topics()
    return t["false_rx"].sub(" ", " ".join(text.split()).lower())


def _space_terms(text):
    return bool(topics()["space_rx"].search(text))


def _is_weak(word, weak_terms):
    forms = {word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word}
    return any(w in forms or (w.endswith("*") and word.startswith(w[:-1])) for w in weak_terms)


def classify(text, space_text=None):
    """(sorted topic ids, space flag) of one text; ``space_text`` (default: the text) is
    where space terms are looked for (the text before organization names were blanked)."""
    t = topics()
    low = _clean(text)
    strong, weak = set(), set()
    for tid, rx in t["topic_rx"].items():
        for m in rx.finditer(low):
            if _is_weak(m.group(0), t["weak"].get(tid, ())):
                weak.add(tid)
            else:
                strong.add(tid)
                break
    space = bool(strong) or _space_terms(low if space_text is None else _clean(space_text))
    found = strong | (weak if space else set())
    return sorted(found), space


def neutral(text):
    """True when a text names no non-space subject (it may inherit a space flag)."""
    return not topics()["non_space_rx"].search(_clean(text))


def commitment_topics(text, paragraph_space, space_text=None):
    """(topics, space) of a commitment span, inheriting the paragraph's space flag when
    its own words say nothing either way."""
    found, space = classify(text, space_text)
    if not space and paragraph_space and neutral(space_text or text):
        space = True
    return found, space


def inherit_statement_space(records):
    """A paragraph that names neither space nor another subject ("Both sides concurred on
    holding the next meeting in 2021") is about space when most of the statement's
    content paragraphs are."""
    content = [r for r in records if r["kind"] != "boilerplate"]
    if not content or 2 * sum(1 for r in content if r["space"]) <= len(content):
        return
    for r in content:
        if not r["space"] and neutral(r["text"]):
            r["space"] = True

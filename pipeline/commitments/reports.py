"""Reports of past acts: "held the Eighth meeting", "signed the arrangement", "launched".

The counterpart of a commitment, found on the same parse (tokens' lemma,
tag and dependency) with its word lists as data (``models/reports.json``).
A sentence is a report when

- a report verb is in the past: ``VBD`` ("held", "launched"), or ``VBN`` with
  a perfect or passive auxiliary that is not future ("has signed", "was
  held"; "will be held" is a promise, not a report);
- an accession is counted: "became the 36th country to sign", "is the 71st
  country to sign" (an ordinal on a country noun with an infinitive of an
  accession verb);
- a welcoming verb takes an event noun: "welcome the official launch of".

One report per sentence (its first trigger), with the sentence as the span
and the trigger's lemma, the dates and organizations inside it. A verb
inside a commitment's span counts only when it is not the promised action
itself (the clause is past). Used by the tag stage (``reports`` key of each
paragraph record) and read by the threads stage.
"""
from functools import lru_cache

from ..core.config import models_path
from .triggers import load_word_lists

REPORTS_FILE = "reports.json"


@lru_cache(maxsize=None)
def load_reports(path=None):
    """The word lists of ``models/reports.json`` as frozensets."""
    return load_word_lists(path or str(models_path(REPORTS_FILE)), "the report triggers")


def _dates_and_names(sent, dates, orgs):
    """The date values and the canonical organization names inside a sentence, in order."""
    inside = lambda s: s.start >= sent.start and s.end <= sent.end  # noqa: E731
    values = sorted({s._.value for s in dates if inside(s) and s._.value})
    names = []
    for s in orgs:
        if inside(s):
            names += [n for n in (s._.names or []) if n not in names]
    return values, names


def _future(tok, lex):
    """Whether a verb is governed by a future or modal auxiliary ("will be held", "to sign")."""
    for child in tok.children:
        if child.dep_ in ("aux", "auxpass") and child.lower_ in lex["future_auxiliaries"]:
            return True
    return tok.dep_ in ("xcomp",) and tok.tag_ == "VB"


def _past_verb(tok, lex):
    if tok.lemma_.lower() not in lex["verbs"] or tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.tag_ == "VBD":
        return not _future(tok, lex)
    if tok.tag_ == "VBN":
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        opening = tok.dep_ == "advcl" and tok.i == tok.sent.start  # "Launched at the Tokyo Summit, IPMDA ..."
        # a simple past tagged VBN: the sentence's root with its own subject ("Representatives ... gathered in Tokyo")
        root = tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children)
        return (bool(auxes) or opening or root) and not _future(tok, lex)
    return False


def _accession(tok, lex):
    """ "the 36th country to sign": an accession verb whose head noun carries an ordinal; "Peru's
    decision to join": one right after a decision noun (``decision_nouns``)."""
    if tok.lemma_.lower() not in lex["accession_verbs"] or tok.tag_ != "VB":
        return False
    if tok.i >= 2 and tok.doc[tok.i - 1].lower_ == "to" and tok.doc[tok.i - 2].lemma_.lower() in lex.get(
            "decision_nouns", ()) and tok.doc[tok.i - 2].pos_ == "NOUN":
        return True  # "Peru's decision to join the Artemis Accords": a decision taken is a reported accession
    head = tok.head
    if head.lemma_.lower() not in lex["accession_nouns"]:
        # parsed off the noun ("welcomed Sweden as the 38th country to sign"): read "NOUN to VERB" in order
        if tok.i < 2 or tok.doc[tok.i - 1].lower_ != "to":
            return False
        head = tok.doc[tok.i - 2]
        if head.lemma_.lower() not in lex["accession_nouns"]:
            return False
    return any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.tag_ == "JJ" and c.text[:1].isdigit())
               or c.ent_type_ == "ORDINAL" for c in head.children)


def _welcomed_event(tok, lex):
    """ "welcome the official launch of": a welcoming verb taking an event noun."""
    if tok.lemma_.lower() not in lex["event_nouns"] or tok.pos_ != "NOUN":
        return False
    head = tok.head
    return head.lemma_.lower() in lex["welcoming_verbs"] and tok.dep_ in ("dobj", "pobj", "nsubjpass")


def _trigger(sent, lex):
    """The first token of ``sent`` that makes it a report, weak verbs last, or None."""
    strong = weak = None
    for tok in sent:
        if _past_verb(tok, lex) or _accession(tok, lex) or _welcomed_event(tok, lex):
            if tok.lemma_.lower() in lex["weak_verbs"]:
                weak = weak or tok
            else:
                strong = tok
                break
    return strong or weak


def _link_joined(doc):
    """The sentences of a doc, one cut after an inline link marker rejoined with the next: a web page's
    link inside a sentence ("The Quad successfully launched the inaugural [LINK: Quad Technology Business
    and Investment Forum Outcomes (amazonaws.com)] Quad Technology Business and Investment Forum in
    Sydney, Australia in December 2022.") ends the parser's sentence at its closing bracket, and the
    report would lose what was launched, where and when."""
    sents = list(doc.sents)
    out, i = [], 0
    while i < len(sents):
        start, end = sents[i].start, sents[i].end
        while doc[end - 1].text == "]" and i + 1 < len(sents):
            i += 1
            end = sents[i].end
        out.append(doc[start:end])
        i += 1
    return out


def find_reports(doc, path=None):
    """(span, trigger lemma, dates, organizations) of every report sentence of a body paragraph."""
    if doc._.kind not in ("body", None):
        return []
    lex = load_reports(path)
    dates = list(doc.spans.get("dates", []))
    orgs = list(doc.spans.get("orgs", []))
    out = []
    for sent in _link_joined(doc):
        tok = _trigger(sent, lex)
        if tok is None:
            continue
        values, names = _dates_and_names(sent, dates, orgs)
        out.append((sent, tok.lemma_.lower(), values, names))
    return out


def _prospect_head(tok, lex):
    """The verb a prospect trigger looks ahead to ("will *sign*", "expected to *sign*"), or None."""
    low = tok.lemma_.lower()
    if tok.dep_ == "aux" and tok.lower_ in lex["prospect_modals"] and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    if tok.dep_ == "aux" and tok.lower_ in lex.get("prospect_backshifted", ()) and tok.head.pos_ in ("VERB", "AUX") \
            and tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in lex.get("reporting_verbs", ()):
        return tok.head  # reported speech: "reaffirmed that this Dialogue would continue to ..."
    if low in lex["prospect_verbs"] and tok.pos_ == "VERB":
        return next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if low in lex["prospect_phrasal"] and any(c.lower_ == "forward" for c in tok.children):
        return next((c for c in tok.subtree if c.i > tok.i + 1 and c.pos_ in ("VERB", "NOUN")), None)
    if tok.lower_ in lex["prospect_nouns"] and tok.pos_ == "NOUN":
        return next((c for c in tok.subtree if c.i > tok.i and c.pos_ in ("VERB", "NOUN")), None)
    return None


def find_prospects(doc, path=None):
    """(sentence, trigger, action head token, dates, organizations) of every sentence of a body paragraph
    that looks ahead without being a commitment or a report."""
    if doc._.kind not in ("body", None):
        return []
    lex = load_reports(path)
    taken = [(s.start, s.end) for s in doc.spans.get("commitments", [])]
    dates = list(doc.spans.get("dates", []))
    orgs = list(doc.spans.get("orgs", []))
    out = []
    for sent in doc.sents:
        if any(s < sent.end and sent.start < e for s, e in taken) or _trigger(sent, lex) is not None:
            continue
        for tok in sent:
            head = _prospect_head(tok, lex)
            if head is None or head.i >= sent.end:
                continue
            values, names = _dates_and_names(sent, dates, orgs)
            out.append((sent, tok.lemma_.lower(), doc[head.i:sent.end].text, values, names))
            break
    return out

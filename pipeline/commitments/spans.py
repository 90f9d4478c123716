"""A kept candidate as a commitment ``Span`` with its fields (actor, trigger, action, strength,
reaffirmed, dates, organizations)."""
from .candidates import trigger_words
from .syntax import phrase_bounds, _trim
from .timing import _clause_dates


FLOATING_QUANTIFIERS = ("both", "all", "each", "together", "jointly", "also")


def _dedupe(items):
    seen = set()
    out = []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def to_span(doc, cand, lex):
    """The commitment Span with its extensions set."""
    start, end = _trim(doc, cand.start, cand.end)
    span = doc[start:end]
    a_start, a_end = _trim(doc, cand.action_start, cand.end)
    span._.trigger = trigger_words(doc, cand)
    span._.action = doc[a_start:a_end].text if a_end > a_start else None
    if cand.actor is not None:
        s, e = cand.actor_bounds or phrase_bounds(cand.actor)
        while e - 1 > s and doc[e - 1].lower_ in FLOATING_QUANTIFIERS:
            e -= 1  # "The United States and Italy both reaffirm"
        if s == 0 and e - s > 1 and doc[0].text.isdigit() and doc[1].text[:1].isupper():
            s = 1  # the number of a numbered paragraph ("5 IMO will, through NCSR, consider ..."), no part of the party
        span._.actor = doc[s:e].text
    else:
        span._.actor = None
    span._.strength = _strength(cand, lex)
    span._.reaffirmed = bool(cand.reaffirmed)
    span._.dates = _dedupe(d._.value for d in _clause_dates(doc, cand, lex))
    names = []
    for s in doc.spans.get("orgs", []):
        if a_start <= s.start and s.end <= a_end:
            names.extend(s._.names or [s.text])
    span._.organizations = _dedupe(names)
    return span


def _strength(cand, lex):
    """The pattern's strength; "will seek to expand", "will aim to" declare an intention under
    "will" (ANNOTATION.md 4: seek, aim, plan, intend, hope are intent): intent. "The Agency will
    seek industry consortia to design the rover" seeks partners, an object: firm."""
    action = cand.action
    intent_verb = action.lower_ in lex["intent_verbs"] or action.lemma_.lower() in lex["intent_verbs"]
    kids = [c.dep_ for c in action.children]
    if cand.entry["kind"] == "modal" and intent_verb and "xcomp" in kids and "dobj" not in kids:
        return "intent"
    if cand.entry["kind"] == "modal" and intent_verb and "dobj" in kids and not _seeks_doers(action):
        # "will seek closer engagement with ...", "would seek the support of other partners": what
        # is sought is still to be won, an intention; "will seek industry consortia to design
        # the rover" sets out to engage the doers, the promised act itself
        return "intent"
    return cand.entry["strength"]


def _seeks_doers(verb):
    """The object of "seek" is given a task by an infinitive ("seek industry consortia to design
    and build the rover")."""
    return any(c.dep_ in ("xcomp", "advcl", "acl", "relcl") and c.tag_ == "VB"
               for t in (verb, *[c for c in verb.children if c.dep_ == "dobj"]) for c in t.children)

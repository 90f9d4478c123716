"""Whether a commitment renews an earlier one (ANNOTATION.md 4, ``reaffirmed``): reaffirm / renew /
reiterate / re-affirm, "continued commitment", "remain committed", a that-clause of "reaffirmed",
a promise coordinated with the renewal of commitments named before ("We reaffirm those commitments
and pledge to ...")."""
from .clauses import _has_child
from .syntax import _climb, _declaring_governor, _is_reaffirm_verb, _own_promise


def _renewing_head(cand, lex):
    """The verb that renews earlier commitments by name when the trigger is coordinated with it
    ("We reaffirm those commitments and pledge to maintain them ..."): one renewed commitment that
    starts with the renewal; else None. A renewed commitment with content of its own ("reaffirmed
    its commitment to the Strategy, and intends to present ...") is a commitment apart."""
    trigger = cand.trigger
    if cand.entry["kind"] != "verb" or trigger.dep_ != "conj" or not _is_reaffirm_verb(trigger.head, lex):
        return None
    obj = _has_child(trigger.head, ("dobj",))
    if obj is None or obj.lower_ not in lex["promise_nouns"] or any(c.dep_ in ("prep", "acl") for c in obj.children):
        return None  # "reaffirmed its commitment to X, and intends to ...": a renewal with its own content
    return trigger.head


def _reaffirmed(cand, lex):
    if cand.entry["reaffirmed"] or _renewing_head(cand, lex) is not None:
        return True
    kind = cand.entry["kind"]
    clause = cand.clause
    if kind == "modal":  # "reaffirmed that they will ..."; "will continue to" alone is not a renewal
        gov = _declaring_governor(clause, lex)
        return gov is not None and _is_reaffirm_verb(gov, lex)
    if _is_reaffirm_verb(clause, lex) or _is_reaffirm_verb(cand.trigger, lex):
        return True
    if kind == "noun" and any(c.dep_ == "amod" and (c.lower_ in lex["reaffirm_modifiers"]
                                                     or c.lemma_.lower() in lex["reaffirm_modifiers"])
                              for c in cand.trigger.children):
        return True
    if _has_child(clause, ("advmod",), ("again",)):
        return True
    t = clause
    for _ in range(20):
        if t.dep_ in ("acomp", "xcomp") and t.head.lemma_.lower() in lex["continuation_verbs"]:
            return True
        if t.dep_ == "conj" and _own_promise(t, lex):
            break  # "will continue to assess X and plan to issue Y": the plan is a new one
        nxt = _climb(t, lex)
        if nxt is None:
            break
        t = nxt
    gov = _declaring_governor(clause, lex)
    if gov is not None and _is_reaffirm_verb(gov, lex):
        return True
    return False

"""Small parse tests shared by ``syntax`` and ``shapes``: a child by dependency, a clause's own
"will", its tense; a state named by its title; a verb the parser hangs on a declaring verb."""

MODALS = ("will", "shall", "'ll", "would")


def _has_child(tok, deps, lowers=None):
    for c in tok.children:
        if c.dep_ in deps and (lowers is None or c.lower_ in lowers):
            return c
    return None


def _tense_class(tok):
    """"past" or "present" for finite verbs (a base form counts as present), else None."""
    if tok.tag_ == "VBD":
        return "past"
    if tok.tag_ in ("VBP", "VBZ") or (tok.tag_ == "VB" and not _has_child(tok, ("aux",))):
        return "present"
    return None


def _own_modal(verb):
    """A coordinated verb with a "will" / "shall" of its own ("The Sides will continue to deepen
    ... and will work to increase ...") is a promised action clause of its own: a separate
    commitment (ANNOTATION.md 4, one commitment per promised action clause)."""
    return _has_child(verb, ("aux",), MODALS) is not None


def _state_title(tok, lex):
    """A state named by its formal title ("The Sultanate of Oman reaffirmed its commitment", "the
    Kingdom of Saudi Arabia", "the Republic of Korea"): a title noun (``state_titles``) whose "of"
    names a country."""
    if tok.lemma_.lower() not in lex["state_titles"] and tok.lower_ not in lex["state_titles"]:
        return False
    of = _has_child(tok, ("prep",), ("of",))
    obj = _has_child(of, ("pobj",)) if of is not None else None
    return obj is not None and obj.ent_type_ == "GPE"


def _reported_clause_before(head, tok, cls, lex):
    """"Government officials said Japan will start negotiations ..., and hopes to reach an
    agreement by the end of next year": the parser hangs the second verb on the declaring verb,
    whose tense it does not share; it goes on with the reported clause before it (a subject of
    its own and a "will" or the same tense), or None."""
    if head.lemma_.lower() not in lex["ccomp_governors"]:
        return None
    for c in head.children:
        if c.dep_ == "ccomp" and c.i < tok.i and _has_child(c, ("nsubj",)) is not None \
                and (_own_modal(c) or _tense_class(c) == cls):
            return c
    return None

"""Promise shapes of unseen publishers (issue 11): a scheduled event that takes place, a role a
party takes on, talks with named partners, a quoted official's work with a purpose. Pure functions over the parse, used by
``candidates`` and ``syntax``."""
from .clauses import _has_child
from .syntax import is_party


def _talks_with_party(action, lex, org_tokens):
    """"MEXT ... will discuss its extension with the United States and the other ISS partners": a
    party that will take a matter up with named partners promises talks, unlike "will discuss"
    alone (a meeting's agenda) or the verbs of speech ("will highlight", "will note")."""
    if action.lemma_.lower() not in lex["talk_verbs"] or _has_child(action, ("dobj",)) is None:
        return False
    heads = [action, _has_child(action, ("dobj",))]
    for head in heads:
        with_ = _has_child(head, ("prep",), ("with",))
        obj = _has_child(with_, ("pobj",)) if with_ is not None else None
        if obj is not None and is_party(obj, lex, org_tokens):
            return True
    return False


def _role_promise(action, lex):
    """"Norway will be a reliable host", "We will be a reliable partner of the United States",
    "we are committing Singapore to be a trusted and responsible partner in space": a party that
    takes on a role towards others (partner, host, ally: ``role_nouns``) promises the conduct it
    implies; "aims to be a global leader", "will be the first country to ..." describe a rank."""
    return action.lemma_.lower() == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in lex["role_nouns"] for c in action.children)


def _takes_place(action, subj):
    """"X will take place in Sydney": only an event takes place, whatever its name ("IAC 2025
    will take place in Sydney, Australia", "The first cross flights will take place this autumn"):
    a scheduled event, no actor (ANNOTATION.md 4, "The next ISEF will be held in Europe")."""
    return action.lemma_.lower() == "take" and _has_child(action, ("dobj",), ("place",)) is not None \
        and subj.pos_ in ("NOUN", "PROPN") and subj.head == action


def _purpose_of_work(action, lex):
    """A quoted "will" whose action says what the work is for, with an object of its own: "we will
    use it to strengthen food security", "We will build on this success to attract international
    launch companies to Duqm", "I will work with Ranking Member Cruz to bring it to the Senate
    floor". A purpose without an object ("we will return to the Moon, this time to stay") and the
    complement of "continue" ("We will continue to inspire the next generation") are rhetoric."""
    if action.lemma_.lower() in lex["continuation_verbs"]:
        return False
    for c in action.children:
        if c.dep_ in ("advcl", "xcomp") and c.i > action.i and c.tag_ == "VB" \
                and _has_child(c, ("aux",), ("to",)) and _has_child(c, ("dobj", "ccomp")) is not None:
            return True
    return False


def relative_own_promise(verb, action, lex, org_tokens):
    """A relative clause whose own party subject promises to act on the noun it describes
    ("the new Space Act, which the Government intends to present to the Storting", "the IRIS²
    constellation, in which Greek industry intends to participate", "COPUOS, which Lithuania
    aims to join"): the relative word belongs to the promised action, not to the trigger, so
    the clause states the party's own promise (ANNOTATION.md 4), not a description. Not: a
    pronoun's ("which we intend to submit": the item's own party, one commitment with it), a
    perfect ("the reforms that India has undertaken to open ...": a report), a relative word
    that is the trigger's own object."""
    if verb.dep_ != "relcl" or verb.pos_ not in ("VERB", "AUX") or _has_child(verb, ("aux",), ("has", "have", "had")):
        return False
    subj = _has_child(verb, ("nsubj",))
    if subj is None or subj.tag_ in ("WDT", "WP") or subj.pos_ == "PRON" or not is_party(subj, lex, org_tokens):
        return False
    return any(t.tag_ in ("WDT", "WP") and t.i < subj.i for t in action.subtree) \
        or any(t.tag_ in ("WDT", "WP") and t.dep_ == "pobj" and t.head.head == action for t in verb.subtree)


def _announces_object(action, lex):
    """"SWF will announce the dates and venue of the Summit in May": a party that will make a
    thing public (dates, results, winners) promises an act, as "will publish" or "will present"
    do; "will announce that ..." and "will note ..." are speech."""
    return action.lemma_.lower() in lex["publication_verbs"] and _has_child(action, ("dobj",)) is not None \
        and _has_child(action, ("ccomp",)) is None


def _stolen_subject(action, trigger, lex, org_tokens):
    """(start, end, head) of the party right before a coordinated "will" that the parser took for
    a second object of the verb before ("CNES will provide the camera and JAXA will integrate it
    on the rover": "JAXA" hung on "camera" as a conjunct); None when the "will" clause has a
    subject of its own or the word before it is no party named after "and"."""
    if action.dep_ != "conj" or _has_child(action, ("nsubj", "nsubjpass")) is not None:
        return None
    doc = trigger.doc
    i = trigger.i - 1
    while i > trigger.sent.start and doc[i].pos_ == "ADV":
        i -= 1
    tok = doc[i]
    if tok.dep_ != "conj" or tok.head.i >= tok.i or tok.head.dep_ not in ("dobj", "pobj", "conj", "attr"):
        return None
    start = tok.left_edge.i
    if start < 1 or doc[start - 1].lower_ != "and" or not is_party(tok, lex, org_tokens):
        return None
    if not (tok.i in org_tokens or tok.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")):
        return None
    return start, i + 1, tok

"""One commitment per trigger match: the named steps of :func:`_candidate` decide whether the
match is a commitment (or :class:`Rejected`, saying why), who the actor is and how far the
commitment runs; ``find_commitments`` keeps one per trigger and drops nested ones."""
from dataclasses import dataclass, replace

from ..core.extensions import text_of
from .syntax import (
    _action_end, clause_is_asserted, _climb, _declaring_governor, _has_child, HYPHENS, _in_as_phrase,
    _impersonal, in_regions, is_event, is_party, leader_of, _operative_clause, _possessor, _is_reaffirm_verb,
    _np_before, phrase_bounds, _prepositional_relative, quote_regions, _own_promise, _self_report, subject_of
)
from .renewal import _reaffirmed, _renewing_head
from .shapes import _announces_object, _purpose_of_work, _stolen_subject, relative_own_promise, _role_promise, _takes_place, _talks_with_party
from .split import coordinated_cut, split_coordinated
from .timing import _trigger_dated_in_past
from .triggers import load_country_names


LEADING_MARKERS = ("to", "in", "on", "upon", "toward", "towards", "that")
FIRST_PERSON = ("we", "our", "us", "i")


class Rejected(Exception):
    """A trigger match that is not a commitment; the message says why."""


@dataclass
class Candidate:
    entry: dict
    trigger: object
    action: object
    frame: object = None
    clause: object = None
    actor: object = None          # token heading the actor phrase, or None
    actor_direct: bool = False    # the actor is the clause's own subject
    actor_bounds: tuple = None    # token range of the actor when it is not the actor token's phrase
    start: int = 0
    end: int = 0
    trigger_start: int = 0
    action_start: int = 0
    reaffirmed: bool = False
    trigger_text: str = None      # the trigger words when the commitment is a part of a split one


def _candidate(doc, nodes, entry, lex, org_tokens, quotes):
    """The commitment of one trigger match, or :class:`Rejected` saying why it is none."""
    cand = _matched(doc, nodes, entry)
    _reject_by_shape(doc, cand, quotes, lex)
    if entry["kind"] != "modal":
        _reject_reported_trigger(cand.clause, lex)
    passive, relcl_event = _check_asserted(cand, lex, org_tokens)
    subj = _subject(cand, lex, relcl_event)
    _find_actor(doc, cand, subj, passive, lex, org_tokens)
    _reject_quoted(cand, quotes, lex, org_tokens)
    _set_extent(doc, cand, subj, passive, lex)
    if cand.end <= cand.action_start:
        raise Rejected("empty action")
    if entry["kind"] != "modal" and _trigger_dated_in_past(doc, cand, lex):
        raise Rejected("trigger dated before the statement: report of an earlier act")
    cand.reaffirmed = _reaffirmed(cand, lex)
    return cand


def _matched(doc, nodes, entry):
    """The Candidate of one match: its trigger, action and frame tokens, and the clause that
    carries it (the trigger verb, the declaring verb of a noun trigger, the verb after "will")."""
    names = [n["RIGHT_ID"] for n in entry["pattern"]]
    tok = {name: doc[i] for name, i in zip(names, nodes)}
    trigger, action = tok["trigger"], tok["action"]
    frame = tok.get("frame")
    kind = entry["kind"]
    cand = Candidate(entry=entry, trigger=trigger, action=action, frame=frame)
    clause = {"verb": trigger, "noun": frame, "modal": action}[kind]
    cand.clause = clause
    return cand


def _reject_by_shape(doc, cand, quotes, lex):
    """Rejected for a match whose shape is no promise: a question, a quotation, an action before
    its trigger, a noun as declaring word, a state ("aims to be"), an adverbial clause."""
    trigger, action, frame, kind = cand.trigger, cand.action, cand.frame, cand.entry["kind"]
    sent = trigger.sent
    if sent.text.rstrip().endswith("?"):
        raise Rejected("question")
    if cand.entry.get("value_objects_out") and action.lemma_.lower() in lex["value_nouns"]:
        # "We reaffirm our support for ASEAN centrality", "... for the Pacific Quality
        # Infrastructure Principles": support for a value or a text of principles is a stance
        raise Rejected("support for a value, not for an act")
    if action.i <= trigger.i and kind != "modal":
        raise Rejected("action before trigger")
    if frame is not None and frame.pos_ == "NOUN" and not _has_child(frame, ("nsubj",)):
        raise Rejected("declaring word is a noun")  # a verb mis-tagged as noun keeps its subject
    if kind == "verb" and trigger.pos_ == "NOUN" and not _has_child(trigger, ("nsubj",)):
        raise Rejected("a noun, not the verb ('our plan to')")  # a verb read as a noun keeps its subject
    if kind == "verb" and action.dep_ == "xcomp" and action.tag_ == "VBG" and action.i > trigger.i \
            and not any(t.lower_ in ("to", "on", "upon") for t in doc[trigger.i + 1:action.i]):
        # "Allied Defence Ministers agreed NATO's overarching Space Policy": a participle the
        # parser took for the complement; a promised action is an infinitive or a "to"/"on" phrase
        raise Rejected("a participle, not the complement of the trigger")
    if kind == "verb" and _has_child(action, ("mark", "advmod"), ("whether", "if")) is not None:
        raise Rejected("an open question ('decide on their own whether to make them available')")
    if kind == "verb" and action.lemma_.lower() == "be" and not _role_promise(action, lex):
        raise Rejected("a state, not an action ('aims to be a global leader')")
    if kind == "verb" and action.dep_ == "advcl":
        # "committed to enhance" is sometimes parsed as a purpose clause
        to = _has_child(action, ("aux",), ("to",))
        between = doc[trigger.i + 1:to.i] if to is not None else []
        # a for-to complement right after the trigger ("intend for our agencies to cooperate")
        # names who carries the action out: still the trigger's complement
        mark = _has_child(action, ("mark",), ("for",))
        for_to = to is not None and mark is not None and mark.i == trigger.i + 1
        # a phrase set off by commas may stand between them ("We commit, as members of ..., to take")
        aside = len(between) >= 2 and between[0].text == "," and between[-1].text == ","
        if not for_to and (to is None or any(t.pos_ in ("VERB", "AUX") for t in between)
                           or len(between) > (25 if aside else 10) or _has_child(action, ("mark", "nsubj"))):
            raise Rejected("adverbial clause, not the complement of the trigger")


def _reject_quoted(cand, quotes, lex, org_tokens):
    """Rejected for a trigger inside a quotation unless the quote names the party that promises.

    An official quoted in a release speaks for a body: "China will work with UNOOSA ...",
    said the Ambassador; "SANSA is committed to making this data available". A pronoun or a
    possessive-pronoun phrase ("we will explore the stars", "our teams will") leaves the
    party unclear and the promise rhetorical: still no commitment."""
    trigger, frame = cand.trigger, cand.frame
    if not (in_regions(trigger, quotes) or (frame is not None and in_regions(frame, quotes))):
        return
    actor = cand.actor
    if actor is None:
        raise Rejected("inside a quotation")
    start = (cand.actor_bounds or phrase_bounds(actor))[0]
    words = actor.doc[start:actor.i + 1]
    if _specific_first_person(cand, words, lex, org_tokens) or _both_parties(actor, lex):
        return
    if actor.pos_ == "PRON" or any(t.tag_ in ("PRP", "PRP$") for t in words) \
            or not any(_named_body(t, lex, org_tokens) for t in [actor] + list(actor.conjuncts)):
        raise Rejected("inside a quotation, without a named party")


def _both_parties(actor, lex):
    """A quoted official naming the two parties of the agreement by a party noun with "both" or
    "two" ("Under the MoU, both agencies will set up a joint working committee", "the two
    agencies will ..."): the parties are as specific as their names; "we" may be anyone."""
    return actor.lemma_.lower() in lex["party_nouns"] and any(
        c.dep_ in ("det", "nummod", "predet") and c.lower_ in ("both", "two") for c in actor.children)


def _specific_first_person(cand, words, lex, org_tokens):
    """An official quoted as "we" / "our teams" who speaks for the body in specific terms: a
    promising verb or noun ("By signing the Accords, we commit to the responsible use of space")
    or a "will" whose action names the partner body ("We will work with NASA and the other
    signatories to ...", "Our teams will now work together with NASA to ..."). Rhetoric stays
    out: "together we will return to the Moon", "we will explore the stars" name no body."""
    if not any(t.lower_ in FIRST_PERSON for t in words):
        return False
    if cand.entry["kind"] != "modal":
        return True
    return _specific_action(cand, lex, org_tokens)


def _specific_action(cand, lex, org_tokens):
    """A quoted "will" of an official that promises work in specific terms: its action names a
    body ("We will work with NASA"), the partners it works with ("we will keep working with our
    international partners"), the matter of the statement by a definite noun ("We will push
    ahead with the project"), or the staff of a named country or body it works for ("our team
    will continue to develop the capabilities of Emirati scientists"). "together we will return
    to the Moon, this time to stay", "we will explore the stars", "we will continue to inspire
    the next generation of explorers" name none of these: rhetoric."""
    action = cand.action
    words = [t for t in action.subtree if cand.action_start <= t.i]
    if any(t.i in org_tokens for t in words) or _role_promise(action, lex) or _purpose_of_work(action, lex):
        return True
    for t in words:
        if t.lemma_.lower() in lex["member_nouns"] and any(
                c.ent_type_ in ("NORP", "GPE") or c.i in org_tokens or (c.dep_ == "poss" and c.lower_ == "our")
                for c in t.children):
            return True  # "the capabilities of Emirati scientists and engineers", "training our young scientists"
        if t is action or t.pos_ not in ("NOUN", "PROPN"):
            continue
        dets = [c.lower_ for c in t.children if c.dep_ in ("det", "poss")]
        if not dets:
            continue
        if t.lemma_.lower() in lex["nonparty_heads"] and any(d in ("the", "this", "our") for d in dets):
            return True
        if t.lemma_.lower() in lex["party_nouns"] and is_party(t, lex, org_tokens):
            return True
    return False


def _named_body(tok, lex, org_tokens):
    """A party named as a body or a country, not a person or a thing (a quoted "Rosalind Franklin
    will drill" is the rover, though the tagger may take "Franklin" for a body): an organization
    the tagger found over all of the proper nouns of its phrase, a country of models/countries.json,
    a capitalized party noun ("The Commission", "The Agency")."""
    owner = _possessor(tok)
    if owner is not None and tok.lemma_.lower() in lex["member_nouns"]:
        return _named_body(owner, lex, org_tokens)  # "MBRSC's engineers will work alongside NASA"
    start, end = phrase_bounds(tok)
    words = [t for t in tok.doc[start:end] if t.lower_ != "the"]
    if words and " ".join(t.text for t in words).lower() in load_country_names():
        return True
    if tok.i in org_tokens and all(t.i in org_tokens for t in words if t.pos_ == "PROPN"):
        return True
    return tok.text[:1].isupper() and tok.lemma_.lower() in lex["party_nouns"] and is_party(tok, lex, org_tokens)


def _reject_reported_trigger(clause, lex):
    """Rejected for a verb or noun trigger that does not promise now: negated ("did not agree"),
    past perfect, "recently agreed", passive, conditional."""
    # negation of the trigger ("did not agree"); "will not" is a negative promise and kept
    for t in (clause, clause.head if clause.dep_ == "acomp" else None):
        if t is not None and _has_child(t, ("neg",)):
            raise Rejected("negated trigger")
    if _has_child(clause, ("aux",), lex["past_aux"]):
        raise Rejected("past perfect: report of an earlier act")
    if clause.lemma_.lower() in lex["perfect_report_frames"] and _has_child(clause, ("aux",), ("has", "have")):
        # "Each of our States has made a national commitment not to conduct ...": a commitment made
        # before, reported as background (the renewal is the next sentence's "We reaffirm those commitments")
        raise Rejected("present perfect of making a commitment: report of an earlier act")
    if _has_child(clause, ("advmod",), lex["past_time_adverbs"]) and clause.tag_ in ("VBD", "VBN"):
        raise Rejected("'recently agreed': report of an earlier act")
    if _has_child(clause, ("auxpass",)) and clause.lemma_.lower() not in lex["passive_triggers"] \
            and clause.lemma_.lower() not in lex["schedule_verbs"] and not _impersonal(clause, lex):
        raise Rejected("passive trigger")
    if _has_child(clause, ("mark",), ("if", "unless", "whether")):
        raise Rejected("conditional")


def _check_asserted(cand, lex, org_tokens):
    """Rejected unless the clause is asserted by the statement; for "will", also "would" outside
    reported speech, relative clauses other than scheduled meetings and conditionals.
    Returns (passive "will be ...", a relative clause of a scheduled meeting)."""
    trigger, action, clause, kind = cand.trigger, cand.action, cand.clause, cand.entry["kind"]
    passive = _has_child(action, ("auxpass",)) is not None if kind == "modal" else False
    relcl_event = False
    if kind == "modal":
        lemma = action.lemma_.lower()
        if trigger.lower_ == "would":
            gov = _declaring_governor(action, lex)
            if gov is None or gov.lemma_.lower() not in lex["ccomp_governors"] or action.dep_ == "relcl":
                raise Rejected("'would' not in a that-clause of a declaring verb (conditional, hypothetical)")
            if _has_child(action, ("aux",), ("have",)):
                raise Rejected("'would have': counterfactual")
        if action.dep_ == "relcl" and _prepositional_relative(action, lex, org_tokens):
            pass  # "an agreement under which JAXA will provide a pressurized rover"
        elif action.dep_ == "relcl":
            head = action.head
            scheduled = is_event(head, lex) and (
                lemma in lex["event_verbs"] if passive else lemma in lex["event_intransitive_verbs"])
            if not scheduled:
                # "the Forum that will be hosted by Japan", "the Dialogue, which will convene in
                # Detroit" are scheduled meetings; other relative clauses describe
                raise Rejected("relative clause")
            relcl_event = True
        elif not clause_is_asserted(action, lex):
            raise Rejected("not asserted by the statement (subordinate clause)")
        if _has_child(action, ("mark",), ("if", "unless", "whether")):
            raise Rejected("conditional")
    elif not clause_is_asserted(clause, lex) and not (
            clause.dep_ == "relcl" and _prepositional_relative(clause, lex, org_tokens)) \
            and not relative_own_promise(clause, cand.action, lex, org_tokens):
        # "a joint strategy, under which both governments agreed to improve rail links": asserted
        raise Rejected("not asserted by the statement (subordinate clause)")
    return passive, relcl_event


def _subject(cand, lex, relcl_event):
    """The subject of the clause (for a scheduled meeting's relative clause, the meeting);
    Rejected when it is negative ("no one", "neither")."""
    clause = cand.clause
    subj = subject_of(clause, lex)
    if relcl_event:
        subj = clause.head
    if subj is not None and (subj.lower_ in lex["negative_subjects"] or _has_child(subj, ("det",), ("no",))):
        raise Rejected("negative subject")
    return subj


def _find_actor(doc, cand, subj, passive, lex, org_tokens):
    """Who promises: the subject when it is a party, the possessive party of a noun trigger, for
    "will" the rules of :func:`_modal_actor`; a named party in apposition to a descriptive
    subject. Sets ``cand.actor`` and ``cand.actor_direct``; Rejected without a party."""
    trigger, clause, kind = cand.trigger, cand.clause, cand.entry["kind"]
    actor = subj
    direct = subj is not None and subj.i < trigger.i and (
        subj.head == clause or not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")
                                       and t.lower_ != "re" and t.text not in HYPHENS
                                       for t in doc[subj.i + 1:trigger.i]))
    if kind == "noun":
        poss = _has_child(trigger, ("poss",))
        if poss is not None and poss.pos_ != "PRON":
            if not is_party(poss, lex, org_tokens):
                raise Rejected("the commitment belongs to a non-party")
            actor, direct = poss, False
        of = _has_child(trigger, ("prep",), ("of",))
        owner = _has_child(of, ("pobj",)) if of is not None else None
        if owner is not None and (owner.lemma_.lower() in lex["nonparty_heads"]
                                  or owner.lemma_.lower() in lex["document_nouns"]):
            # "emphasized the commitment of the Accords to transparency": a text's, not a party's
            raise Rejected("the commitment belongs to a non-party")
    if kind == "modal":
        actor, direct = _modal_actor(cand, subj, actor, direct, passive, lex, org_tokens)
    elif (actor is None and _operative_clause(cand, lex)) or (kind == "verb" and _impersonal(clause, lex)):
        actor, direct = None, False
    elif cand.entry["id"].startswith("meeting-scheduled"):
        # "The next meeting of the Dialogue is scheduled to take place in Washington in 2025"
        # so is a scheduled step of a project ("its launch is scheduled for the second half of 2027")
        if actor is None or not (is_event(actor, lex) or actor.lemma_.lower() in lex["scheduled_milestone_nouns"]):
            raise Rejected("a scheduled thing that is not a meeting")
        actor, direct = None, False
    elif kind == "verb" and (bound := _bound_party(cand, actor, lex, org_tokens)) is not None:
        # "The treaty ... commits both Governments to consult regularly": the text binds the parties
        actor, direct = bound, False
    elif actor is not None and actor.lower_ == "it" and (said := _it_antecedent(clause, lex, org_tokens)) is not None:
        # "NASA has said it intends to return astronauts": "it" is the party that declares
        actor, direct = said, False
    else:
        if actor is None or not (is_party(actor, lex, org_tokens) or _owned_program(cand, actor, lex, org_tokens)
                                 or _agentive_it(cand, actor, lex)):
            raise Rejected("subject is not a party")
    if actor is not None and actor.pos_ == "NOUN":
        # "as two of 155 participants in the Pledge, the U.S. and the UAE will ...": the
        # parser makes the description the subject and the named parties its apposition
        named = [c for c in actor.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and is_party(c, lex, org_tokens)]
        if named:
            actor = named[0]
    if actor is not None and not _is_party_word(actor, lex, org_tokens) and leader_of(actor, lex, org_tokens):
        # "European industry, led by Thales Alenia Space, will build": the party is the leader
        actor, direct = leader_of(actor, lex, org_tokens), False
        org = next((o for o in doc.spans.get("orgs", []) if o.start <= actor.i < o.end), None)
        cand.actor_bounds = (org.start, org.end) if org is not None else None
    cand.actor, cand.actor_direct = actor, direct


def _is_party_word(tok, lex, org_tokens):
    """A party by its own words, not only by the party that leads it."""
    return tok.i in org_tokens or tok.ent_type_ in ("GPE", "NORP", "ORG") or tok.pos_ == "PRON"


def _owned_program(cand, actor, lex, org_tokens):
    """A named initiative of a party that commits by a promising verb ("The Quad's Climate
    Information Services (CIS) Initiative commits to building capacity"): the parties act
    through it. Only for the verbs that say so ("commit", "pledge"); "The Strategy aims to"
    describes a document."""
    owner = _possessor(actor)
    return cand.entry["family"] == "commit" and actor.pos_ == "PROPN" and owner is not None \
        and is_party(owner, lex, org_tokens)


def _modal_actor(cand, subj, actor, direct, passive, lex, org_tokens):
    """The actor of a "will" commitment: for a passive, the party agent or none for a meeting
    ("will be held"); otherwise the party subject of an action verb, none for a meeting that
    "will convene", or the party noun phrase before "will" that the parser lost.
    Returns (actor, direct); Rejected without one."""
    trigger, action = cand.trigger, cand.action
    lemma = action.lemma_.lower()
    if passive:
        agent = _has_child(action, ("agent",))
        agent_tok = _has_child(agent, ("pobj",)) if agent is not None else None
        if subj is not None and is_event(subj, lex) and lemma in lex["event_verbs"]:
            actor = agent_tok if agent_tok is not None and is_party(agent_tok, lex, org_tokens) else None
            direct = False
        elif agent_tok is not None and is_party(agent_tok, lex, org_tokens):
            actor, direct = agent_tok, False
        elif subj is not None and subj.pos_ == "PROPN" and agent is None and lemma in lex["held_verbs"]:
            # "WRC-27 will be held in 2027": what is held is a meeting, whatever its name
            actor, direct = None, False
        elif (agent is None or _is_time(agent)) and subj is not None and subj.pos_ != "PRON" \
                and _promised_passive(trigger, subj, lemma, lex):
            # "A joint working group will be established by 2025", "The instruments will be
            # provided at no cost to ISRO", a treaty's "Any dispute shall be resolved through
            # consultations between the Parties": what the parties will do, said of its object;
            # the actor is the party the action says acts together ("between the Parties"), if any
            actor, direct = _joint_party(action, lex, org_tokens), False
        else:
            raise Rejected("passive future without a party or a meeting")
    else:
        # "NATO will not become an autonomous space actor": a party's promise not to turn into
        # something is a negative promise, though "become" alone describes
        refusal = lemma in lex["negated_promise_verbs"] and _has_child(action, ("neg",)) is not None
        # "The CSA will also be responsible for the maintenance and operation of Canadarm3": a
        # party that takes on a task promises to carry it out
        duty = lemma == "be" and _has_child(action, ("acomp",), lex["duty_adjectives"]) is not None
        if (lemma in lex["nonaction_verbs"] or lemma in lex["speech_verbs"]) and not (
                refusal or duty or _role_promise(action, lex) or _talks_with_party(action, lex, org_tokens)
                or _announces_object(action, lex)):
            raise Rejected("not an action verb")
        if lemma in lex["transmittal_verbs"] and any(t.lower_ in lex["transmittal_words"] for t in action.subtree):
            # a cover note's formula: "Delegations will find in the annex the conclusions of the
            # Council", "Delegations will find attached document ST 1234/23"
            raise Rejected("a cover note's transmittal formula")
        stolen = _stolen_subject(action, trigger, lex, org_tokens)
        if stolen is not None:
            # "CNES will provide the camera and JAXA will integrate it": the second party, read
            # as a second object of the first verb, is the subject of its own "will"
            actor, direct = stolen[2], True
            cand.actor_bounds = stolen[:2]
        elif subj is not None and (_takes_place(action, subj) or is_event(subj, lex) and (
                lemma in lex["event_intransitive_verbs"] and lemma != "take")):
            actor, direct = None, False
        elif subj is not None and subj.lower_ == "it" and (said := _it_antecedent(action, lex, org_tokens)) is not None:
            # "The United States noted that it will continue to provide ...", "Canada is pleased
            # to announce that it will contribute": "it" is the party that declares
            actor, direct = said, False
        elif subj is None or not is_party(subj, lex, org_tokens) or _in_as_phrase(subj):
            np = _np_before(trigger, lex, org_tokens)
            if np is None or (subj is not None and np[0] <= subj.i < np[1]):
                raise Rejected("subject is not a party")
            # "Recognizing that ..., the U.S. and India will review": the parser lost the subject
            actor, direct = np[2], True
            cand.actor_bounds = np[:2]
    return actor, direct


def _joint_party(action, lex, org_tokens):
    """The party of a "between" or "among" phrase inside the action ("shall be resolved through
    consultations between the Parties"), or None."""
    for t in action.subtree:
        if t.dep_ == "prep" and t.lower_ in ("between", "among", "amongst"):
            obj = _has_child(t, ("pobj",))
            if obj is not None and is_party(obj, lex, org_tokens):
                return obj
    return None


def _is_time(agent):
    """A "by" phrase that is a deadline, not an agent ("will be established by the end of 2025")."""
    dates = agent.doc.spans.get("dates", [])
    return any(d.start <= t.i < d.end for t in agent.subtree for d in dates)


def _promised_passive(trigger, subj, lemma, lex):
    """A passive future that promises an act without naming who acts: a verb of setting up or
    providing ("will be established", "will be provided"), or any verb after the "shall" of a
    legal text except those that define or construe ("shall be construed as", "shall be deemed").
    What is done to the text itself ("This Agreement shall be automatically extended", "may be
    amended") is a provision of the text, not an act of the parties; handing a text to a body
    ("The declaration will be presented to the Nordic Council") is one."""
    if subj.lemma_.lower() in lex["document_nouns"]:
        # "The declaration will be presented to the Nordic Council": what the parties do with
        # their text is an act of theirs; "This Agreement shall be extended" is a provision
        return trigger.lower_ == "will" and lemma in lex["delivery_verbs"]
    if trigger.lower_ == "shall":
        return lemma not in lex["definition_verbs"]
    return lemma in lex["passive_promise_verbs"]


def _agentive_it(cand, subj, lex):
    """"It" as the subject of a verb only a party can do ("It agrees to further develop the EU
    Space Threat Response Architecture" after "The Council ...", "..., and it plans to seek
    comment on further updates to its rules"): a thing may aim or seek, but does not agree,
    decide or intend; the actor is "it" as written."""
    return subj.lower_ == "it" and cand.entry["kind"] == "verb" and cand.clause is cand.trigger \
        and cand.trigger.lemma_.lower() in lex["agentive_promise_verbs"] and not _has_child(cand.trigger, ("auxpass",))


def _bound_party(cand, subj, lex, org_tokens):
    """The party object of "commit" when a text, not a party, is the subject ("The treaty
    commits both Governments to consult regularly", "The Agreement commits the Parties to
    exchange data"): the parties the text binds promise the action; else None."""
    if cand.entry["family"] != "commit" or cand.action.dep_ != "xcomp":
        return None
    if subj is not None and subj.lower_ != "it" and subj.lemma_.lower() not in lex["document_nouns"]:
        return None
    obj = _has_child(cand.trigger, ("dobj",))
    return obj if obj is not None and obj.i < cand.action.i and is_party(obj, lex, org_tokens) else None


def _it_antecedent(clause, lex, org_tokens):
    """The party that "it" stands for as the subject of ``clause``: the singular party that
    declares the clause (:func:`_reporter`), or the singular party subject of the clause it is
    coordinated with ("CMSA selected nine projects ..., and it will continue to welcome foreign
    astronauts") when that clause has no singular object "it" could mean instead ("NASA
    launched the rover, and it will explore": the rover); else None."""
    reporter = _reporter(clause, lex, org_tokens)
    if reporter is not None:
        return reporter
    if clause.dep_ != "conj" or clause.head.pos_ not in ("VERB", "AUX"):
        return None
    head = clause.head
    outer = _has_child(head, ("nsubj",))
    if outer is None or outer.pos_ == "PRON" or outer.tag_ in ("NNS", "NNPS") or any(True for _ in outer.conjuncts):
        return None
    if any(c.dep_ in ("dobj", "attr", "nsubjpass") and c.tag_ not in ("NNS", "NNPS") for c in head.children):
        return None
    return outer if is_party(outer, lex, org_tokens) else None


def _reporter(action, lex, org_tokens):
    """The singular party subject of the verb whose that-clause holds ``action``, or None."""
    gov = _declaring_governor(action, lex)
    if gov is None or not (gov.lemma_.lower() in lex["ccomp_governors"] or _self_report(action, lex)):
        return None
    outer = subject_of(gov, lex)
    if outer is None or outer.pos_ == "PRON" or outer.tag_ in ("NNS", "NNPS") or any(True for _ in outer.conjuncts):
        return None
    return outer if is_party(outer, lex, org_tokens) else None


def _set_extent(doc, cand, subj, passive, lex):
    """Where the trigger words, the action and the whole commitment start and end."""
    trigger, action, frame, clause, kind = cand.trigger, cand.action, cand.frame, cand.clause, cand.entry["kind"]
    actor, direct, sent = cand.actor, cand.actor_direct, trigger.sent
    if kind == "noun":
        cand.trigger_start = frame.i
    else:
        cand.trigger_start = trigger.i
    if _is_reaffirm_verb(doc[cand.trigger_start], lex) and doc[cand.trigger_start - 1].text in HYPHENS:
        cand.trigger_start -= 2  # "re-affirmed" is tokenized re / - / affirmed
    if kind == "modal":
        cand.action_start = trigger.i + 1
    else:
        cand.action_start = min(action.left_edge.i, action.i)
        if cand.action_start <= trigger.i:
            cand.action_start = trigger.i + 1
        while cand.action_start < action.i and doc[cand.action_start].lower_ in LEADING_MARKERS \
                and doc[cand.action_start].dep_ in ("aux", "prep", "mark"):
            cand.action_start += 1
    cand.end = _action_end(action, clause, lex, (trigger,) if kind == "noun" else ())
    start = cand.trigger_start
    if direct and actor is not None and actor.sent == sent:
        start = min(start, (cand.actor_bounds or phrase_bounds(actor))[0])
    if cand.entry["id"].startswith("meeting-scheduled") and subj is not None and subj.i < trigger.i:
        start = min(start, phrase_bounds(subj)[0])  # what is scheduled: the meeting
    renewing = _renewing_head(cand, lex)
    if renewing is not None and subj is not None and subj.head == renewing and subj.sent == sent:
        start = min(start, (cand.actor_bounds or phrase_bounds(subj))[0])  # "We reaffirm those commitments and pledge to"
    if kind == "modal" and (passive or actor is None) and subj is not None and subj.head == action \
            and subj.i < trigger.i and subj.lower_ not in ("that", "which", "who"):
        # "Development and construction of the LRI system will be led by JPL": what is
        # promised starts with the passive subject; so does a scheduled event's ("The 46th
        # COSPAR Scientific Assembly will take place in Florence")
        start = min(start, phrase_bounds(subj)[0])
    cand.start = start


def find_commitments(doc, matcher, triggers, lex, rejected=None):
    """Commitment candidates of one paragraph Doc, one per trigger, nested ones dropped.

    ``rejected``, when a dict, receives {trigger token index: (pattern id, reason)} for
    the matches that were not kept (the explanation of a non-commitment)."""
    by_id = {e["id"]: e for e in triggers}
    order = {e["id"]: n for n, e in enumerate(triggers)}
    org_tokens = {t.i for s in doc.spans.get("orgs", []) for t in s}
    quotes = quote_regions(text_of(doc))
    matches = []
    for key, nodes in matcher(doc):
        entry_id = doc.vocab.strings[key]
        matches.append((order[entry_id], nodes, entry_id))
    matches.sort(key=lambda m: (m[0], m[1]))
    cands = {}
    for _, nodes, entry_id in matches:
        entry = by_id[entry_id]
        names = [n["RIGHT_ID"] for n in entry["pattern"]]
        trig = nodes[names.index("trigger")]
        if trig in cands:
            continue
        try:
            cands[trig] = _candidate(doc, nodes, entry, lex, org_tokens, quotes)
        except Rejected as why:
            if rejected is not None and trig not in rejected:
                rejected[trig] = (entry_id, str(why))
    kept = sorted(cands.values(), key=lambda c: (c.start, c.trigger.i))
    cuts = {}
    for c in kept:
        outer = [o for o in kept if o is not c and o.action_start <= c.trigger_start and c.trigger.i < o.end
                 and o.trigger_start < c.trigger_start]
        if outer and c.entry["kind"] == "verb" and relative_own_promise(c.clause, c.action, lex, org_tokens):
            continue  # another party's promise about a noun of the action: both stand
        cut_of = [(o, coordinated_cut(doc, c, o)) for o in outer]
        for o, cut in cut_of:
            if cut is not None:
                cuts[id(o)] = min(cut, cuts.get(id(o), cut))
        if any(cut is None for _, cut in cut_of):
            cuts[id(c)] = -1
            if rejected is not None:
                rejected[c.trigger.i] = (c.entry["id"], "inside the action of another commitment")
    for c in kept:  # a party the parser took for the object of the clause before ends that clause
        if c.actor_direct and c.actor_bounds is not None and c.actor_bounds[0] > 0 \
                and doc[c.actor_bounds[0] - 1].lower_ == "and":
            for o in kept:
                if o is not c and o.start < c.actor_bounds[0] < o.end <= c.trigger_start + 1:
                    cuts[id(o)] = min(c.actor_bounds[0] - 1, cuts.get(id(o), c.actor_bounds[0] - 1))
    out = [c if id(c) not in cuts else replace(c, end=cuts[id(c)]) for c in kept if cuts.get(id(c)) != -1]
    return split_coordinated(doc, out, lambda c: trigger_words(doc, c))


def trigger_words(doc, cand):
    """The words that make the candidate a commitment: from the trigger (or declaring verb) to
    the action; "will" alone for a modal."""
    if cand.trigger_text is not None:
        return cand.trigger_text
    if cand.entry["kind"] == "modal":
        return cand.trigger.text
    t_start, t_end = cand.trigger_start, max(cand.action_start, cand.trigger.i + 1)
    while t_end > t_start + 1 and doc[t_end - 1].is_punct:
        t_end -= 1
    return doc[t_start:t_end].text if t_end > t_start else cand.trigger.text

"""Coordinated infinitives under one promising verb as separate commitments.

"Allies agreed to update the policy ... and to report on progress at the next Summit",
"The two parties intend to assess ..., and to jointly explore opportunities ...": each
"to"-infinitive a promising verb governs is a promised action clause of its own (ANNOTATION.md
4: one commitment per promised action clause). The content of a commitment noun ("renewed their
determination to expand ... and to seek ...") stays one commitment: the split is for verb
triggers only. The parser hangs the second infinitive on whatever verb is nearest, so the test
is on the surface ("and to" + base verb) with a path of subjectless verbs up to the trigger.
"""
from dataclasses import replace

from .syntax import _has_child


MAX_STEPS = 6


def _governed_by_trigger(verb, trigger):
    """The infinitive's head chain reaches the trigger through verbs without subjects of their own.

    An infinitive never coordinates with a finite relative clause: "agreed to set up a joint
    steering committee, which will hold its first meeting within three months, and to examine
    ..." hangs "to examine" on "hold"; the chain goes on from the noun the clause describes."""
    tok = verb
    for _ in range(MAX_STEPS):
        head = tok.head
        if head.i == tok.i:
            return False
        if head.i == trigger.i:
            return True
        if tok is verb and head.dep_ == "relcl" and _has_child(verb, ("aux",), ("to",)) is not None \
                and not any(t.lower_ == "to" and t.dep_ == "aux" for t in head.subtree if t.i < verb.i - 1):
            tok = head.head  # (with no infinitive of its own the infinitive could join: "which will
            continue         # allow astronauts to move ..., and to transfer ...")
        if head.pos_ not in ("VERB", "AUX") or _has_child(head, ("nsubj", "nsubjpass", "mark")):
            return False
        tok = head
    return False


def _breaks_split(tokens):
    """A semicolon ends the clause a split may cut; so does an open bracket whose infinitive is
    inside it. A closed parenthesis ("the African Resource Management (ARM) satellite
    constellation and to hold ...") is only an acronym or an aside."""
    depth = 0
    for t in tokens:
        if t.text == ";":
            return True
        depth += (t.text == "(") - (t.text == ")")
    return depth != 0


def _split_points(doc, cand, stop):
    """Indices of the "to" of each coordinated infinitive after the first action, before ``stop``."""
    points = []
    for i in range(cand.action.i + 1, stop - 1):
        to = doc[i]
        if to.lower_ != "to" or doc[i - 1].lower_ != "and" or to.dep_ != "aux" or to.head.i <= i:
            continue
        verb = to.head  # "and to jointly explore": adverbs may stand between
        if any(t.pos_ != "ADV" for t in doc[i + 1:verb.i]):
            continue
        if verb.tag_ != "VB" or not _governed_by_trigger(verb, cand.trigger):
            continue
        if _breaks_split(doc[cand.action.i:i]):
            break
        points.append(i)
    return points


def _sentence_stop(doc, cand, others):
    """Where a split may reach: the sentence end, or the start of the next commitment in it."""
    stop = cand.trigger.sent.end
    for o in others:
        if o is not cand and cand.end <= o.start < stop:
            stop = o.start
    return stop


def _has_object(verb):
    return any(c.dep_ in ("dobj", "attr") for c in verb.children)


def _modal_split_points(doc, cand, stop):
    """Indices of the verbs coordinated with the action of a "will" commitment that carry an
    object of their own after ", and": "They will intensify cooperation on early warning systems
    ..., and continue our strong collaboration on energy security" promises two actions under
    one "will" (ANNOTATION.md 4, one commitment per promised action clause). Verbs that share
    one object ("will develop and launch the satellite") stay one action. A serial list of
    three or more ("will exchange data ..., cooperate in research on dust storms, and organize
    joint workshops") gives one per verb, each after its comma, with an object or a phrase of
    its own; the parser hangs each verb on the one before."""
    action = cand.action
    if not _has_object(action):
        return []
    chain = _verb_chain(action, stop)
    # a serial list closes with ", and" ("..., cooperate in research, and organize workshops");
    # "to showcase X, promote Y and identify Z" may list the purposes of the first verb
    serial = len(chain) >= 2 and doc[chain[-1].left_edge.i - 1].lower_ == "and" \
        and doc[chain[-1].left_edge.i - 2].text == ","
    points = []
    for c in chain:
        first = c.left_edge.i
        # set off by a comma: ", and continue our strong collaboration"; "will improve X and
        # enhance Y" without one reads as one promise with two sides (annotators agree)
        comma_and = doc[first - 1].lower_ == "and" and doc[first - 2].text == ","
        if not (comma_and or (serial and doc[first - 1].text == ",")) or _breaks_split(doc[action.i:first]):
            continue
        if _has_object(c) or (serial and any(k.dep_ == "prep" for k in c.children)):
            points.append(first)
    return points


def _verb_chain(action, stop):
    """The base-form verbs coordinated with ``action`` (conjuncts of conjuncts too) before
    ``stop``, without a subject or auxiliary of their own (a clause of its own, "and will ...",
    "and NASA will ...", is found by itself)."""
    chain, head = [], action
    while True:
        nxt = next((c for c in head.children if c.dep_ == "conj" and c.tag_ in ("VB", "VBP")
                    and action.i < c.i < stop), None)
        if nxt is None or _has_child(nxt, ("nsubj", "nsubjpass", "aux", "auxpass")):
            return chain
        chain.append(nxt)
        head = nxt


def _modal_infinitive_points(doc, cand, stop):
    """Indices of the "to" of each ", and to" infinitive coordinated under the action of a "will"
    commitment: "the Commission will work with NASA ... to implement the principles of the
    Accords, and to build national capabilities in space science" promises a second action
    (ANNOTATION.md 4, one commitment per promised action clause). Set off by a comma only, as
    for coordinated verbs: "will work to develop and to test" stays one."""
    points = []
    for i in range(cand.action.i + 2, stop - 1):
        to = doc[i]
        if to.lower_ != "to" or doc[i - 1].lower_ != "and" or doc[i - 2].text != "," or to.dep_ != "aux":
            continue
        verb = to.head
        if verb.i <= i or any(t.pos_ != "ADV" for t in doc[i + 1:verb.i]) or verb.tag_ != "VB":
            continue
        if not _governed_by_trigger(verb, cand.action) or _breaks_split(doc[cand.action.i:i]):
            continue
        points.append(i)
    return points


def _modal_parts(doc, cand, points, trigger_text):
    """The parts of a "will" commitment cut before each coordinated verb at ``points`` (the
    first word of the verb's phrase, after its "and"; for an infinitive, its "to")."""
    if not points:
        return [cand]
    text = trigger_text(cand)
    ends = [p - 1 for p in points] + [cand.end]
    parts = [replace(cand, end=ends[0], trigger_text=text)]
    for p, end in zip(points, ends[1:]):
        if doc[p].lower_ == "to" and doc[p].dep_ == "aux":
            verb, action_start = doc[p].head, p + 1
        else:
            verb = next(t for t in doc[p:end] if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"))
            action_start = p
        parts.append(replace(cand, action=verb, start=p, action_start=action_start, end=end,
                             actor_direct=False, trigger_text=text))
    return parts


def split_coordinated(doc, cands, trigger_text):
    """``cands`` with each verb-trigger commitment cut at its coordinated "and to" infinitives,
    each "will" commitment at its coordinated verbs with objects of their own; the parts share
    the actor and trigger (``trigger_text(cand)``), each with its own action."""
    out = []
    for cand in cands:
        if cand.entry["kind"] not in ("verb", "modal"):
            out.append(cand)
            continue
        stop = _sentence_stop(doc, cand, cands)
        if cand.entry["kind"] == "modal":
            limit = min(stop, cand.end)
            points = sorted(set(_modal_split_points(doc, cand, limit)) | set(_modal_infinitive_points(doc, cand, limit)))
            out.extend(_modal_parts(doc, cand, points, trigger_text))
            continue
        points = _split_points(doc, cand, stop)
        if not points:
            out.append(cand)
            continue
        text = trigger_text(cand)
        last = doc[points[-1]].head
        # a last part the parser left out of the action runs to the end of its infinitive
        last_end = cand.end if points[-1] < cand.end else min(stop, last.right_edge.i + 1)
        ends = [p - 1 for p in points] + [last_end]
        parts = [replace(cand, end=min(cand.end, ends[0]), trigger_text=text)]
        for p, end in zip(points, ends[1:]):
            parts.append(replace(cand, action=doc[p].head, start=p, action_start=p + 1, end=end,
                                 actor_direct=False, trigger_text=text))
        out.extend(parts)
    return out


def coordinated_cut(doc, inner, outer):
    """Where ``outer`` ends when ``inner`` is a promise of its own coordinated with it, else None:
    "Japan will start negotiations ..., and hopes to reach an agreement by the end of next year",
    "Quad partners commit to strengthen cooperation ... and will convene a forum in 2023" hold two
    promised action clauses (ANNOTATION.md 4), the second verb a conjunct of the first's action
    or trigger after "and". ``outer`` ends before the "and" (and its comma)."""
    verb = inner.trigger if inner.trigger.dep_ == "conj" else inner.trigger.head
    if verb.dep_ != "conj" or verb.head.i not in (outer.action.i, outer.trigger.i):
        return None
    first = min(inner.start, inner.trigger_start)
    if first < 1 or doc[first - 1].lower_ != "and" or first - 1 <= outer.action_start:
        return None
    end = first - 1
    while end > outer.action_start + 1 and doc[end - 1].is_punct:
        end -= 1
    return end


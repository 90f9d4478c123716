"""Commitments: what the parties promised (ANNOTATION.md section 4).

A commitment is a clause in which a party promises, agrees, decides or
declares an intention to take a future action. It is found on the
dependency parse, not by keyword search:

1. Trigger shapes are data (``models/commitment_triggers.jsonl``, one
   spaCy ``DependencyMatcher`` pattern per line with its family, strength
   and notes; word lists in ``models/commitment_lexicon.json`` can be used
   in patterns as ``"@name"``). Every pattern names a ``trigger`` node and
   the head of the promised ``action``; noun triggers ("reaffirmed their
   commitment to", "affirmed their intention to") also name the declaring
   verb, the ``frame``. Three kinds:

   - ``verb``: commit / agree / decide / pledge / resolve / concur on /
     intend / plan / aim / seek / hope + infinitive or "to/on" phrase;
   - ``noun``: a declaring verb (affirm, reaffirm, renew, express, share,
     announce ...) whose object is commitment / determination / intention /
     plan / interest + "to do" / "to X" / "in doing";
   - ``modal``: "will" / "shall" + verb with a party as subject.

2. A match is kept only when the clause is the statement's own assertion:
   a main clause, a coordinated clause, a participial clause of one, or a
   that-clause of a declaring verb ("announced that the United States
   commits to"). Dropped: relative clauses ("which will continue to
   guide"), clauses of acknowledgement ("welcomed Japan's intention to"),
   negated triggers ("did not agree"), questions, text inside quotation
   marks, past perfect and triggers dated before the statement ("had
   agreed", "committed in 2022 to": reports of earlier acts), "would"
   except in reported speech of the parties ("confirmed that they would").

3. The actor must be a party: an organization, a country, a person, a
   pronoun (we, they), or a party noun with a specific determiner ("both
   sides", "the ISEF participants", "the two Presidents"). "will" needs
   such an actor and an action verb ("the mission will extend" is a
   description, not a promise). Passive "will be held/hosted" counts for
   meetings ("The next Forum will be held in Europe by 2021", actor null)
   and when the agent is a party ("hosted by Japan", actor Japan).

4. Fields: ``actor`` (the subject as written, without relative clauses or
   appositions; "they" is resolved by :func:`resolve_document`),
   ``trigger`` (from the trigger or declaring verb to the action),
   ``action``, ``strength`` (from the pattern), ``reaffirmed`` (reaffirm /
   renew / reiterate / re-affirm, "continued commitment", "remain
   committed", a that-clause of "reaffirmed"), ``dates`` (values of the
   date spans in the action that are not inside a relative or adverbial
   clause, and not used as modifiers: "the 2013 report"),
   ``organizations`` (canonical names of organization spans in the action).

One commitment per trigger: coordinated actions under one trigger ("to
expand X and to seek Y") are one commitment; a trigger inside the action of
another is part of it. Decisions on borderline cases (quotes, past reports,
"look forward to", "stand ready to") are written down in
``tests/test_commitments.py``.
"""
import json
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.matcher import DependencyMatcher

from .core import extensions  # noqa: F401
from .core.extensions import text_of
from .core.config import models_path
from .core.errors import PipelineError

TRIGGERS_FILE = "commitment_triggers.jsonl"
LEXICON_FILE = "commitment_lexicon.json"
KINDS = ("verb", "noun", "modal")
STRENGTHS = ("firm", "intent")
ACTOR_USER_DATA = "commitments.actor_tokens"  # doc.user_data key: actor token index per span
REJECTED_USER_DATA = "commitments.rejected"  # doc.user_data key: [[trigger index, pattern id, reason]]

OPEN_QUOTES = "\u201c\u201e"
CLOSE_QUOTES = "\u201d"
STRAIGHT_QUOTES = '"'
HYPHENS = ("-", "\u2010", "\u2011")
FINITE = ("VBD", "VBZ", "VBP")
FLOATING_QUANTIFIERS = ("both", "all", "each", "together", "jointly", "also")
LEADING_MARKERS = ("to", "in", "on", "upon", "toward", "towards", "that")


# --------------------------------------------------------------------------- data

@lru_cache(maxsize=None)
def load_lexicon(path=None):
    """The word lists of ``models/commitment_lexicon.json`` as frozensets."""
    path = path or str(models_path(LEXICON_FILE))
    try:
        raw = json.loads(open(path, encoding="utf-8").read())
    except (OSError, ValueError) as exc:
        raise PipelineError(f"{path}: cannot read the commitment lexicon ({exc})") from exc
    lex = {}
    for key, value in raw.items():
        if key.startswith("_"):
            continue
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise PipelineError(f"{path}: {key!r} must be a list of strings, got {value!r}")
        lex[key] = frozenset(v.lower() for v in value)
    return lex


def _expand(value, lex, where):
    """Replace "@name" list references in a pattern by the lexicon's list."""
    if isinstance(value, str) and value.startswith("@"):
        name = value[1:]
        if name not in lex:
            raise PipelineError(f"{where}: unknown word list {value!r} (known: {', '.join(sorted(lex))})")
        return sorted(lex[name])
    if isinstance(value, dict):
        return {k: _expand(v, lex, where) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v, lex, where) for v in value]
    return value


@lru_cache(maxsize=None)
def load_triggers(path=None, lexicon_path=None):
    """The trigger patterns of ``models/commitment_triggers.jsonl``, validated, in file order."""
    path = path or str(models_path(TRIGGERS_FILE))
    lex = load_lexicon(lexicon_path)
    entries = []
    seen = set()
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError as exc:
        raise PipelineError(f"{path}: cannot read the commitment triggers ({exc})") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            entry = json.loads(line)
        except ValueError as exc:
            raise PipelineError(f"{where}: not a JSON object ({exc})") from exc
        for key in ("id", "kind", "family", "strength", "pattern"):
            if key not in entry:
                raise PipelineError(f"{where}: missing key {key!r} (a trigger needs id, kind, family, "
                                    f"strength, reaffirmed, pattern)")
        if entry["id"] in seen:
            raise PipelineError(f"{where}: duplicate id {entry['id']!r}")
        seen.add(entry["id"])
        if entry["kind"] not in KINDS:
            raise PipelineError(f"{where}: kind {entry['kind']!r} must be one of {', '.join(KINDS)}")
        if entry["strength"] not in STRENGTHS:
            raise PipelineError(f"{where}: strength {entry['strength']!r} must be one of {', '.join(STRENGTHS)}")
        nodes = {node.get("RIGHT_ID") for node in entry["pattern"]}
        needed = {"trigger", "action"} | ({"frame"} if entry["kind"] == "noun" else set())
        if not needed <= nodes:
            raise PipelineError(f"{where}: pattern nodes {sorted(nodes)} must include {sorted(needed)}")
        entry = dict(entry)
        entry["reaffirmed"] = bool(entry.get("reaffirmed", False))
        entry["pattern"] = _expand(entry["pattern"], lex, where)
        entries.append(entry)
    return tuple(entries)


def pattern_words(entry):
    """The word sets (lemma or lower-case form) of a trigger pattern's lexically
    constrained nodes: the pattern can only match a Doc that has a word of each."""
    sets = []
    for node in entry["pattern"]:
        for attr in ("LEMMA", "LOWER", "ORTH"):
            value = node["RIGHT_ATTRS"].get(attr)
            if isinstance(value, str):
                sets.append({value.lower()})
            elif isinstance(value, dict) and isinstance(value.get("IN"), list):
                sets.append({v.lower() for v in value["IN"]})
    return sets


class GatedMatcher:
    """One DependencyMatcher per trigger pattern, run only on the Docs that hold a word
    for each of the pattern's lexical nodes (a set test on the Doc's LOWER and LEMMA
    hashes): most paragraphs need none or a few of the patterns, and the matcher's
    cost grows with the patterns it runs. Matches come as DependencyMatcher's do."""

    def __init__(self, vocab, triggers):
        self.gates = []
        for entry in triggers:
            matcher = DependencyMatcher(vocab)
            matcher.add(entry["id"], [entry["pattern"]])
            needs = [{vocab.strings[w] for w in words} for words in pattern_words(entry)]
            self.gates.append((needs, matcher))

    def __call__(self, doc):
        hashes = None
        matches = []
        for needs, matcher in self.gates:
            if needs:
                if hashes is None:
                    hashes = set(doc.to_array([LOWER, LEMMA]).ravel().tolist())
                if not all(words & hashes for words in needs):
                    continue
            matches.extend(matcher(doc))
        return matches


def build_matcher(vocab, triggers):
    return GatedMatcher(vocab, triggers)


# --------------------------------------------------------------------------- syntax helpers

def quote_regions(text):
    """Character ranges inside quotation marks (an unclosed quote runs to the end)."""
    regions = []
    start = None
    for i, ch in enumerate(text):
        if start is None and (ch in OPEN_QUOTES or ch in STRAIGHT_QUOTES):
            start = i
        elif start is not None and (ch in CLOSE_QUOTES or ch in STRAIGHT_QUOTES):
            regions.append((start, i + 1))
            start = None
    if start is not None:
        regions.append((start, len(text)))
    return regions


def in_regions(token, regions):
    return any(a <= token.idx < b for a, b in regions)


def _has_child(tok, deps, lowers=None):
    for c in tok.children:
        if c.dep_ in deps and (lowers is None or c.lower_ in lowers):
            return c
    return None


def _is_participle_clause(tok):
    """A participial adverbial clause without subject or marker ("..., emphasizing their commitment to")."""
    return (tok.dep_ == "advcl" and tok.tag_ == "VBG"
            and not _has_child(tok, ("nsubj", "nsubjpass", "mark", "expl")))


def _climb(tok, lex):
    """The step from a clause head to the clause it depends on for subject and assertion, or None."""
    dep = tok.dep_
    if dep == "conj" and tok.head.pos_ in ("VERB", "AUX", "ADJ"):
        head = tok.head
        if tok.tag_ == "VBN" and not _has_child(tok, ("aux", "auxpass")):
            if head.tag_ in FINITE or head.tag_ == "VBN":
                return None  # "guided by ..., driven by ..., and committed to ...": a participle
            # "underscored the value of reserves to preserve stability and resolved to work":
            # a past tense verb tagged as participle and hung on the infinitive
            for anc in head.ancestors:
                if anc.pos_ in ("VERB", "AUX") and anc.tag_ == "VBD":
                    return anc
            return None
        cls = _tense_class(tok)
        if cls and _tense_class(head) != cls:
            # "acknowledged the efforts ... which facilitates X and reaffirmed ...", "recognized
            # the importance of an Indo-Pacific that is resilient and committed to ...": the
            # parser hangs the second verb on the nearest word; a verb of the same tense higher
            # up is the true head
            for anc in head.ancestors:
                if anc.pos_ in ("VERB", "AUX") and _tense_class(anc) == cls:
                    return anc
        return head
    if dep == "acomp":
        return tok.head
    if dep == "xcomp" and tok.head.lemma_.lower() in lex["continuation_verbs"]:
        return tok.head
    if _is_participle_clause(tok):
        if tok.i > 0 and tok.doc[tok.i - 1].text == "," and tok.sent.root.pos_ in ("VERB", "AUX") \
                and tok.sent.root is not tok:
            return tok.sent.root  # a sentence-final ", underscoring ..." modifies the main clause
        return tok.head
    return None


def _tense_class(tok):
    """"past" or "present" for finite verbs (a base form counts as present), else None."""
    if tok.tag_ == "VBD":
        return "past"
    if tok.tag_ in ("VBP", "VBZ") or (tok.tag_ == "VB" and not _has_child(tok, ("aux",))):
        return "present"
    return None


def subject_of(tok, lex):
    """The subject token of the clause headed by ``tok`` (inherited through coordination), or None."""
    seen = 0
    while tok is not None and seen < 20:
        seen += 1
        subj = _has_child(tok, ("nsubj", "nsubjpass", "csubj"))
        if subj is None:
            # "Our two nations are committed to": the parser may hang the subject on "are"
            for aux in tok.children:
                if aux.dep_ in ("aux", "auxpass") and aux.i < tok.i:
                    subj = _has_child(aux, ("nsubj", "nsubjpass")) or subj
        if subj is not None:
            return subj
        if _has_child(tok, ("expl",)):
            return None
        tok = _climb(tok, lex)
    return None


def sentence_body_start(sent):
    """Index of the first word of a sentence after bullets, list numbers and a "Label:" prefix."""
    i = sent.start
    end = sent.end
    while i < end and (sent.doc[i].is_punct or sent.doc[i].tag_ == "LS" or sent.doc[i].like_num
                       and i + 1 < end and sent.doc[i + 1].text in (".", ")")):
        i += 1
    for j in range(i, min(i + 5, end)):
        if sent.doc[j].text == ":":
            return j + 1
    return i


def clause_is_asserted(tok, lex):
    """True when the clause headed by ``tok`` is asserted by the statement itself.

    Main clauses, their conjuncts and participial clauses, and that-clauses
    of declaring verbs qualify; relative, adverbial, complement clauses of
    other verbs ("welcomed ... that", "called on ... to") do not.
    """
    seen = 0
    while seen < 20:
        seen += 1
        if tok.dep_ == "ROOT":
            return True
        nxt = _climb(tok, lex)
        if nxt is not None:
            tok = nxt
            continue
        if tok.dep_ in ("ccomp", "parataxis") and tok.head.lemma_.lower() in lex["ccomp_governors"]:
            tok = tok.head
            continue
        if tok.dep_ == "relcl" and _has_child(tok, ("advmod",), ("where",)):
            return True  # "met at Goddard, where they reaffirmed their determination to ..."
        subj = _has_child(tok, ("nsubj", "nsubjpass"))
        body = sentence_body_start(tok.sent)
        if subj is not None and subj.pos_ != "PRON" and subj.left_edge.i == body \
                and (tok.dep_ not in ("relcl", "acl", "advcl", "pcomp", "csubj") or tok.head.i < body):
            return True  # "X will V ..." opens the sentence: a main clause whatever the parser hung it on
        return False
    return False


def _declaring_governor(tok, lex):
    """The declaring verb whose that-clause contains ``tok``'s clause, or None."""
    seen = 0
    while seen < 20:
        seen += 1
        nxt = _climb(tok, lex)
        if nxt is not None:
            tok = nxt
            continue
        if tok.dep_ in ("ccomp", "parataxis"):
            return tok.head
        return None
    return None


def _is_reaffirm_verb(tok, lex):
    lemma = tok.lemma_.lower()
    if lemma in lex["reaffirm_verbs"]:
        return True
    if lemma in lex["reaffirm_prefixed"] and tok.i >= 2:
        doc = tok.doc
        return doc[tok.i - 1].text in HYPHENS and doc[tok.i - 2].lower_ == "re"
    return False


def is_party(tok, lex, org_tokens):
    """Whether the noun phrase headed by ``tok`` names a party that can commit."""
    for t in [tok] + [c for c in tok.conjuncts if c.i > tok.i]:
        if _is_party_head(t, lex, org_tokens):
            return True
    return False


def _is_party_head(tok, lex, org_tokens):
    lower = tok.lower_
    lemma = tok.lemma_.lower()
    if lower in lex["negative_subjects"]:
        return False
    if tok.pos_ == "PRON" or (tok.pos_ == "DET" and lower in lex["agentive_pronouns"]):
        return lower in lex["agentive_pronouns"]
    if lemma in lex["nonparty_heads"] or lower in lex["nonparty_heads"]:
        return False
    if tok.i in org_tokens:
        return True
    if tok.ent_type_ in ("GPE", "PERSON", "NORP", "ORG"):
        return True
    if lemma in lex["party_nouns"] or lower in lex["party_nouns"]:
        mods = [c for c in tok.children if c.dep_ in ("det", "poss", "nummod", "predet", "amod", "quantmod")]
        if any(c.lower_ in lex["nonspecific_determiners"] for c in mods):
            return False
        if any(c.dep_ in ("det", "poss", "nummod", "predet") for c in mods):
            return True
        if any(c.dep_ == "compound" and (c.i in org_tokens or c.ent_type_ in ("GPE", "ORG", "NORP"))
               for c in tok.children):
            return True
        return tok.text[:1].isupper()
    return False


def _trim(doc, start, end):
    """Shrink [start, end) so it neither starts nor ends with punctuation or a conjunction
    (a closing bracket stays when its opening one is inside)."""
    while start < end and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    while end > start:
        last = doc[end - 1]
        if last.text in (")", "]") and any(t.text in ("(", "[") for t in doc[start:end - 1]):
            break
        if last.is_punct or last.dep_ == "cc" or last.lower_ in ("and", "or", "to"):
            end -= 1
            continue
        break
    return start, end


def _comma_apposition(c):
    """An apposition set off by a comma or bracket ("We, Prime Minister Albanese and ...,")."""
    left = c.left_edge.i
    return left > 0 and c.doc[left - 1].text in (",", "(", "\u2014")


def is_event(tok, lex):
    """The noun phrase headed by ``tok`` names a meeting or forum ("The U.S. - Angola Energy
    Security Dialogue", "The next International Space Exploration Forum")."""
    heads = [tok] + [c for c in tok.children if c.dep_ == "appos" and not _comma_apposition(c)]
    return any(h.lemma_.lower() in lex["event_nouns"] for h in heads)


def phrase_bounds(tok):
    """Token range [start, end) of the noun phrase headed by ``tok``, without relative
    clauses, appositions and other trailing clauses."""
    drop = ("relcl", "acl", "parataxis", "advcl", "punct", "case")
    keep = {tok.i}
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in drop and c.i > tok.i:
                continue
            if c.dep_ == "appos" and c.i > tok.i and _comma_apposition(c):
                continue
            if t is tok and tok.pos_ == "PRON" and c.i > tok.i and _comma_apposition(c):
                continue  # "We, Prime Minister Albanese and President Biden, ...": parsed as conj
            keep.add(c.i)
            stack.append(c)
    return _trim(tok.doc, min(keep), max(keep) + 1)


def _separate_predicate(c, clause, lex):
    """Whether verb ``c``, coordinated with the trigger clause head, is a predicate of its own
    ("committed to X and noted that ...") rather than a piece of the action the parser
    misattached ("reaffirmed their commitment to de-escalate ..., alleviate ...")."""
    if c.pos_ not in ("VERB", "AUX"):
        return False
    if _has_child(c, ("nsubj", "nsubjpass", "expl")):
        return True
    lemma = c.lemma_.lower()
    if lemma in lex["speech_verbs"] or lemma in lex["frame_verbs"]:
        return True
    return c.tag_ == clause.tag_ and c.tag_ in FINITE + ("VBN",)


def _prepositional_relative(verb, lex, org_tokens):
    """A relative clause opened by "under which", "in which", "whereby" ... with a party of its
    own as subject: the content of an agreement ("under which JAXA will provide ...")."""
    subj = _has_child(verb, ("nsubj",))
    if subj is None or subj.tag_ in ("WDT", "WP") or not is_party(subj, lex, org_tokens):
        return False
    for c in verb.children:
        if c.i < subj.i and (c.lower_ == "whereby" or (
                c.dep_ == "prep" and any(g.tag_ in ("WDT", "WP") for g in c.children))):
            return True
    return False


def _in_as_phrase(subj):
    """"as two of 155 participants in the Pledge, the U.S. and the UAE will": the parser
    took the object of "as" for the subject."""
    left = subj.left_edge.i
    return left > 0 and subj.doc[left - 1].lower_ in ("as", "like")


def _np_before(trigger, lex, org_tokens):
    """(start, end, head token) of a party noun phrase right before "will" that opens the
    clause (after a comma or at the start of the sentence), or None."""
    doc = trigger.doc
    i = trigger.i - 1
    while i >= trigger.sent.start and doc[i].pos_ == "ADV":
        i -= 1
    end = i + 1
    while i >= trigger.sent.start and (doc[i].pos_ in ("PROPN", "NOUN", "DET", "CCONJ", "ADJ", "NUM", "PART")
                                       or doc[i].text in (".", "-", "\u2013")) and doc[i].text != ",":
        i -= 1
    start = i + 1
    if start >= end or not (start == sentence_body_start(trigger.sent) or doc[start - 1].text == ","):
        return None
    while start < end and doc[start].pos_ in ("CCONJ", "PART"):
        start += 1
    nouns = [t for t in doc[start:end] if t.pos_ in ("PROPN", "NOUN", "PRON")]
    if not nouns or not is_party(nouns[-1], lex, org_tokens):
        return None  # the head noun (the last one: "Japan's contributions") must be a party
    heads = [t for t in nouns if is_party(t, lex, org_tokens)]
    return start, end, heads[0]


def _action_end(action, clause, lex, extra_heads=()):
    """Index one past the last token of the promised action headed by ``action``.

    The action's subtree, plus what the parser hung on the trigger (or noun) to
    the right of the action (", including within multilateral fora, on issues
    ..."), without coordinated predicates of their own and participial clauses.
    """
    right = action.i
    for c in action.children:
        if c.i < action.i:
            continue
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and (
                _has_child(c, ("nsubj", "nsubjpass"))
                or c.lemma_.lower() in lex["speech_verbs"] or c.lemma_.lower() in lex["frame_verbs"]):
            continue
        right = max(right, c.right_edge.i)
    heads = [h for h in (clause,) + tuple(extra_heads) if h is not None and h is not action]
    for head in heads:
        for c in head.children:
            if c.i <= action.i or c.dep_ in ("punct", "cc", "relcl", "parataxis", "ccomp", "mark", "nsubj"):
                continue
            if c.dep_ == "conj" and _separate_predicate(c, clause, lex):
                continue
            if c.dep_ == "advcl" and c.tag_ == "VBG":
                continue
            right = max(right, c.right_edge.i)
    end = min(right + 1, action.sent.end)
    # "... to a strong security relationship and to expanding defense cooperation"
    doc = action.doc
    sent_end = action.sent.end
    if end + 1 < sent_end and doc[end].lower_ == "and" and doc[end + 1].lower_ == "to":
        nxt = doc[end + 1]
        end = min(max(end, nxt.right_edge.i + 1, *(c.right_edge.i + 1 for c in nxt.children)), sent_end)
    return end


# --------------------------------------------------------------------------- candidates

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


def _date_value_past(value, anchor):
    if not value or not anchor or not value[:4].isdigit():
        return False
    iso = anchor.isoformat()
    head = value.split("-")
    if len(head) > 1 and not head[1].isdigit():
        return value[:4] < iso[:4]
    return value < iso[:len(value)]


def _path_ok(tok, stop, lex, limit=40):
    """True when ``tok`` reaches one of the ``stop`` tokens without crossing another clause.

    A date after a timing preposition ("beginning Thursday", "starting in 2025")
    times the main action even when the parser hangs it on a subjectless
    participle clause ("will travel to Italy, followed by Saudi Arabia,
    beginning Thursday")."""
    seen = 0
    timed = tok.dep_ in ("pobj", "npadvmod", "dobj") and tok.head.lower_ in lex["timing_preps"]
    while seen < limit:
        seen += 1
        if tok.i in stop:
            return True
        if tok.dep_ in lex["date_blocking_deps"]:
            participle = tok.tag_ in ("VBN", "VBG") and _has_child(tok, ("nsubj", "nsubjpass")) is None
            if not (timed and participle and tok.dep_ in ("advcl", "acl")):
                return False
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _in_parentheses(doc, span):
    text = text_of(doc)
    left = text.rfind("(", 0, span.start_char)
    if left <= text.rfind(")", 0, span.start_char) or text.find(")", span.end_char) == -1:
        return False
    return left >= span.sent.start_char


def _clause_dates(doc, cand, lex):
    """Date spans (with values) that time the action."""
    stop = {cand.action.i, cand.trigger.i}  # a date hung on the trigger after it times the action
    out = []
    for d in doc.spans.get("dates", []):
        value = d._.value
        if not value:
            continue
        root = d.root
        if root.dep_ in lex["date_modifier_deps"] or _in_parentheses(doc, d):
            continue
        if any(t.text[:1].isupper() and t.lower_ in lex["date_name_words"] for t in d):
            continue  # "the U.S.-India Major Defense Partnership in the 21st Century": part of a name
        inside = cand.action_start <= d.start and d.end <= cand.end
        fronted = (cand.entry["kind"] == "modal" and d.end <= cand.start
                   and d.sent == cand.action.sent and _path_ok(root, {cand.action.i}, lex))
        if not (inside or fronted):
            continue
        if inside and not _path_ok(root, stop, lex):
            continue
        out.append(d)
    return out


def _trigger_dated_in_past(doc, cand, lex):
    """The trigger clause itself carries a date before the statement ("committed in 2022 to")."""
    anchor = doc._.anchor
    head = cand.frame if cand.frame is not None else cand.trigger
    for d in doc.spans.get("dates", []):
        if cand.action_start <= d.start < cand.end:
            continue
        if d.sent != head.sent:
            continue
        if _path_ok(d.root, {head.i}, lex) and d.root.dep_ not in lex["date_modifier_deps"]:
            if _date_value_past(d._.value, anchor):
                return True
    return False


def _candidate(doc, nodes, entry, lex, org_tokens, quotes):
    """The commitment of one trigger match, or :class:`Rejected` saying why it is none."""
    names = [n["RIGHT_ID"] for n in entry["pattern"]]
    tok = {name: doc[i] for name, i in zip(names, nodes)}
    trigger, action = tok["trigger"], tok["action"]
    frame = tok.get("frame")
    kind = entry["kind"]
    cand = Candidate(entry=entry, trigger=trigger, action=action, frame=frame)
    clause = {"verb": trigger, "noun": frame, "modal": action}[kind]
    cand.clause = clause
    sent = trigger.sent
    if sent.text.rstrip().endswith("?"):
        raise Rejected("question")
    if in_regions(trigger, quotes) or (frame is not None and in_regions(frame, quotes)):
        raise Rejected("inside a quotation")
    if action.i <= trigger.i and kind != "modal":
        raise Rejected("action before trigger")
    if frame is not None and frame.pos_ == "NOUN" and not _has_child(frame, ("nsubj",)):
        raise Rejected("declaring word is a noun")  # a verb mis-tagged as noun keeps its subject
    if kind == "verb" and action.lemma_.lower() == "be":
        raise Rejected("a state, not an action ('aims to be a global leader')")
    if kind == "verb" and action.dep_ == "advcl":
        # "committed to enhance" is sometimes parsed as a purpose clause
        to = _has_child(action, ("aux",), ("to",))
        between = doc[trigger.i + 1:to.i] if to is not None else []
        if to is None or any(t.pos_ in ("VERB", "AUX") for t in between) or len(between) > 10 \
                or _has_child(action, ("mark", "nsubj")):
            raise Rejected("adverbial clause, not the complement of the trigger")
    # negation of the trigger ("did not agree"); "will not" is a negative promise and kept
    if kind != "modal":
        for t in (clause, clause.head if clause.dep_ == "acomp" else None):
            if t is not None and _has_child(t, ("neg",)):
                raise Rejected("negated trigger")
        if _has_child(clause, ("aux",), lex["past_aux"]):
            raise Rejected("past perfect: report of an earlier act")
        if _has_child(clause, ("advmod",), lex["past_time_adverbs"]) and clause.tag_ in ("VBD", "VBN"):
            raise Rejected("'recently agreed': report of an earlier act")
        if _has_child(clause, ("auxpass",)) and clause.lemma_.lower() not in lex["passive_triggers"]:
            raise Rejected("passive trigger")
        if _has_child(clause, ("mark",), ("if", "unless", "whether")):
            raise Rejected("conditional")
    # the clause must be asserted by the statement
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
    elif not clause_is_asserted(clause, lex):
        raise Rejected("not asserted by the statement (subordinate clause)")
    # the actor
    subj = subject_of(clause, lex)
    if relcl_event:
        subj = clause.head
    if subj is not None and (subj.lower_ in lex["negative_subjects"] or _has_child(subj, ("det",), ("no",))):
        raise Rejected("negative subject")
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
    if kind == "modal":
        lemma = action.lemma_.lower()
        if passive:
            agent = _has_child(action, ("agent",))
            agent_tok = _has_child(agent, ("pobj",)) if agent is not None else None
            if subj is not None and is_event(subj, lex) and lemma in lex["event_verbs"]:
                actor = agent_tok if agent_tok is not None and is_party(agent_tok, lex, org_tokens) else None
                direct = False
            elif agent_tok is not None and is_party(agent_tok, lex, org_tokens):
                actor, direct = agent_tok, False
            else:
                raise Rejected("passive future without a party or a meeting")
        else:
            if lemma in lex["nonaction_verbs"] or lemma in lex["speech_verbs"]:
                raise Rejected("not an action verb")
            if subj is not None and is_event(subj, lex) and (
                    lemma in lex["event_intransitive_verbs"]
                    and (lemma != "take" or _has_child(action, ("dobj",), ("place",)))):
                actor, direct = None, False
            elif subj is None or not is_party(subj, lex, org_tokens) or _in_as_phrase(subj):
                np = _np_before(trigger, lex, org_tokens)
                if np is None or (subj is not None and np[0] <= subj.i < np[1]):
                    raise Rejected("subject is not a party")
                # "Recognizing that ..., the U.S. and India will review": the parser lost the subject
                actor, direct = np[2], True
                cand.actor_bounds = np[:2]
    else:
        if actor is None or not is_party(actor, lex, org_tokens):
            raise Rejected("subject is not a party")
    if actor is not None and actor.pos_ == "NOUN":
        # "as two of 155 participants in the Pledge, the U.S. and the UAE will ...": the
        # parser makes the description the subject and the named parties its apposition
        named = [c for c in actor.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and is_party(c, lex, org_tokens)]
        if named:
            actor = named[0]
    cand.actor, cand.actor_direct = actor, direct
    # extent: trigger words, action, clause span
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
    if kind == "modal" and passive and subj is not None and subj.head == action and subj.i < trigger.i \
            and subj.lower_ not in ("that", "which", "who"):
        # "Development and construction of the LRI system will be led by JPL": what is
        # promised starts with the passive subject
        start = min(start, phrase_bounds(subj)[0])
    cand.start = start
    if cand.end <= cand.action_start:
        raise Rejected("empty action")
    if kind != "modal" and _trigger_dated_in_past(doc, cand, lex):
        raise Rejected("trigger dated before the statement: report of an earlier act")
    cand.reaffirmed = _reaffirmed(cand, lex)
    return cand


def _reaffirmed(cand, lex):
    if cand.entry["reaffirmed"]:
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
        nxt = _climb(t, lex)
        if nxt is None:
            break
        t = nxt
    gov = _declaring_governor(clause, lex)
    if gov is not None and _is_reaffirm_verb(gov, lex):
        return True
    return False


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
    out = []
    for c in kept:
        nested = any(o is not c and o.action_start <= c.trigger_start and c.trigger.i < o.end
                     and o.trigger_start < c.trigger_start for o in kept)
        if not nested:
            out.append(c)
        elif rejected is not None:
            rejected[c.trigger.i] = (c.entry["id"], "inside the action of another commitment")
    return out


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
    t_start, t_end = cand.trigger_start, max(cand.action_start, cand.trigger.i + 1)
    while t_end > t_start + 1 and doc[t_end - 1].is_punct:
        t_end -= 1
    if cand.entry["kind"] == "modal":
        t_start, t_end = cand.trigger.i, cand.trigger.i + 1
    span._.trigger = doc[t_start:t_end].text if t_end > t_start else cand.trigger.text
    span._.action = doc[a_start:a_end].text if a_end > a_start else None
    if cand.actor is not None:
        s, e = cand.actor_bounds or phrase_bounds(cand.actor)
        while e - 1 > s and doc[e - 1].lower_ in FLOATING_QUANTIFIERS:
            e -= 1  # "The United States and Italy both reaffirm"
        span._.actor = doc[s:e].text
    else:
        span._.actor = None
    span._.strength = cand.entry["strength"]
    span._.reaffirmed = bool(cand.reaffirmed)
    span._.dates = _dedupe(d._.value for d in _clause_dates(doc, cand, lex))
    names = []
    for s in doc.spans.get("orgs", []):
        if a_start <= s.start and s.end <= a_end:
            names.extend(s._.names or [s.text])
    span._.organizations = _dedupe(names)
    return span


# --------------------------------------------------------------------------- component

class CommitmentTagger:
    """Sets ``doc.spans["commitments"]`` on body paragraphs (``doc._.kind`` "body", or unset for a
    plain ``nlp(text)`` call); title, meta and heading paragraphs get none.

    Reads ``doc.spans["dates"]`` (``span._.value``) and ``doc.spans["orgs"]``
    (``span._.names``); writes the span extensions actor, trigger, action,
    strength, reaffirmed, dates, organizations.
    """

    def __init__(self, nlp, name, triggers_path=None, lexicon_path=None):
        self.name = name
        self.lex = load_lexicon(lexicon_path)
        self.triggers = load_triggers(triggers_path, lexicon_path)
        self.matcher = build_matcher(nlp.vocab, self.triggers)

    def __call__(self, doc):
        spans = []
        actors = []
        rejected = {}
        if doc._.kind in ("body", None):  # None: a plain nlp(text) call outside the tag stage
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


# --------------------------------------------------------------------------- document level

def _antecedents(doc, lex):
    """Subjects of asserted clauses in a Doc, outside quotes, as
    (token index, text, plural, is a party) for every non-pronoun subject."""
    org_tokens = {t.i for s in doc.spans.get("orgs", []) for t in s}
    quotes = quote_regions(text_of(doc))
    out = []
    for tok in doc:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ == "PRON" or in_regions(tok, quotes):
            continue
        if tok.lower_ in lex["agentive_pronouns"] or tok.lower_ in ("that", "which", "who"):
            continue
        if not clause_is_asserted(tok.head, lex):
            continue
        s, e = phrase_bounds(tok)
        plural = (tok.tag_ in ("NNS", "NNPS") or any(True for _ in tok.conjuncts)
                  or _has_child(tok, ("det", "nummod", "predet"), ("both", "two", "three", "all")) is not None)
        out.append((tok.i, doc[s:e].text, plural, is_party(tok, lex, org_tokens)))
    return out


def resolve_document(docs, lexicon_path=None):
    """Resolve pronoun actors ("they", "he", "she") across the statement's paragraphs.

    Walks the paragraph Docs in order. "they" takes the last plural party
    subject of an asserted clause before it (same paragraph or earlier ones),
    "he" and "she" the last singular one; without one the actor stays as
    written. A "will" commitment whose pronoun most plausibly refers to
    something that is not a party ("The spacecraft will fly at 300 miles.
    Together they will monitor ...") is dropped.
    """
    lex = load_lexicon(lexicon_path)
    cache = {}

    def ants_of(n):  # (doc number, token index, text, plural, party), computed when needed
        if n not in cache:
            cache[n] = [(n, i, text, plural, party) for i, text, plural, party in _antecedents(docs[n], lex)]
        return cache[n]

    def pool_before(n, actor_i, size=12):
        """The last ``size`` antecedents before token ``actor_i`` of paragraph ``n``."""
        pool = [a for a in ants_of(n) if a[1] < actor_i]
        m = n - 1
        while len(pool) < size and m >= 0:
            pool = ants_of(m) + pool
            m -= 1
        return pool[-size:]

    for n, doc in enumerate(docs):
        spans = list(doc.spans.get("commitments", []))
        actors = doc.user_data.get(ACTOR_USER_DATA) or [None] * len(spans)
        drop = set()
        for k, (span, actor_i) in enumerate(zip(spans, actors)):
            if actor_i is None or not span._.actor:
                continue
            word = doc[actor_i].lower_
            if word not in lex["pronoun_actors"]:
                continue
            want_plural = word in ("they", "them")
            pool = pool_before(n, actor_i)
            if span._.trigger in ("will", "shall", "would") and pool and not pool[-1][4]:
                drop.add(k)
                continue
            for _, _, text, plural, party in reversed(pool):
                if party and plural == want_plural:
                    span._.actor = text
                    break
        if drop:
            doc.spans["commitments"] = [s for k, s in enumerate(spans) if k not in drop]
            doc.user_data[ACTOR_USER_DATA] = [a for k, a in enumerate(actors) if k not in drop]
    return docs

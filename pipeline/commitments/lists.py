"""Commitments of a list introduced by a commitment (ANNOTATION.md 4).

Fact sheets and joint statements announce a list with a promise and give the
actions as items: "The Department of Commerce will:", "The two sides decided
to:", "directed the U.S. Government to do the following:". Each item that
states an action (it begins with a verb) is one commitment; the
introduction alone is not one more. The item takes the introduction's
trigger, strength and reaffirmed flag; its actor is the introduction's
resolved actor when the commitment finder found one, else null (which
ANNOTATION accepts for an item that names no actor of its own). An item with
a commitment of its own ("NASA will ...") keeps that one.

Pure function over the statement's paragraph Docs, run after the
per-paragraph commitment tagger and actor resolution.
"""
import re

from spacy.tokens import Span

from ..segment import BULLET as MARKER  # the list markers the segmenter knows
from .tagger import ACTOR_USER_DATA
from .spans import _dedupe
from .syntax import is_party, phrase_bounds, subject_of
from .timing import item_dates
from .triggers import load_lexicon

# the words that can stand between the trigger and the colon: "will take the following steps:"
INTRO_TAIL = r"(?P<rest>[^.:;!?]{0,80}?)\s*:\s*$"
# what may follow an introduction's own commitment before the colon when that commitment only
# announces the list ("the Committee plans to:", "the Participants decided to:", "agreed on the following:")
ANNOUNCING_TAIL = re.compile(r"^[\s,]*(?:to|on|upon|the following)?[\s,]*:\s*$", re.I)
# the sub-paragraph numbers of IMO and UN circulars and resolutions (".1 complete the phase-out ...")
SUBITEM = re.compile(r"^\.\d{1,2}\s+")
# an introduction that announces its items as the agreed things themselves ("agreed to the following:"),
# or as the parts of its action ("plans to disburse its loan in three tranches:"): then an item may be
# a noun phrase. A list of fields ("will focus on the following areas:") names no act (ANNOTATION 4:
# an item that states an action; tests/commitments/test_new_publisher_shapes.py)
FOLLOWING_INTRO = re.compile(r"\b(?:(?:to|on|upon)\s+the\s+following"
                             r"|in\s+(?:two|three|four|five|six|[2-9])\s+[a-z]+)\s*:\s*$", re.I)


def _intro_re(lex):
    words = sorted(lex["list_intro_firm"] | lex["list_intro_intent"], key=len, reverse=True)
    return re.compile(r"\b(?P<t>" + "|".join(re.escape(w) for w in words) + r")\b" + INTRO_TAIL, re.I)


def list_intro(doc, lex, intro_re=None):
    """(trigger, strength, reaffirmed, actor, intro span or None) when the paragraph announces a
    list of promised actions, else None."""
    text = doc.user_data.get("text") or doc.text
    if not text.rstrip().endswith(":"):
        return None
    own = [s for s in doc.spans.get("commitments", []) if s.end_char >= len(text.rstrip()) - 2
           or ANNOUNCING_TAIL.match(doc.text[s.end_char:])]
    if own:
        span = own[-1]
        return span._.trigger, span._.strength, bool(span._.reaffirmed), span._.actor, span, list(span._.dates or [])
    m = (intro_re or _intro_re(lex)).search(text)
    if not m:
        return None
    trigger = m.group("t")
    lead = text[:m.start()].lower()
    reaffirmed = any(w in lead for w in lex["reaffirm_verbs"]) or "continue" in m.group("rest").lower()
    strength = "intent" if trigger.lower() in lex["list_intro_intent"] else "firm"
    dates = _dedupe(d._.value for d in doc.spans.get("dates", []) if d.start_char >= m.start() and d._.value)
    return trigger, strength, reaffirmed, _intro_actor(doc, m.start("t"), lex), None, dates


def _intro_actor(doc, char, lex):
    """The party that announces the list ("Under the programme, the two agencies will:",
    "To support these efforts, the OECD will:"): the subject of the trigger word when it is a
    party, as written without relative clauses; else None."""
    tok = next((t for t in doc if t.idx >= char), None)
    if tok is None:
        return None
    org_tokens = {t.i for s in doc.spans.get("orgs", []) for t in s}
    subj = subject_of(tok, lex)
    if subj is None and tok.dep_ in ("aux", "auxpass") and tok.head.i > tok.i:
        subj = subject_of(tok.head, lex)
    if subj is None or subj.i > tok.i or not is_party(subj, lex, org_tokens):
        return None
    while subj.dep_ == "conj" and subj.head.pos_ in ("PROPN", "NOUN") and subj.head.i < subj.i:
        subj = subj.head  # "IMO and Cospas-Sarsat have decided to:": the whole coordination
    s, e = phrase_bounds(subj)
    while s >= 2 and doc[s - 1].lower_ == "and" and doc[s - 2].i in org_tokens:
        s = doc[s - 2].left_edge.i if doc[s - 2].left_edge.i in org_tokens else s - 2  # a first party the parser hung elsewhere
    return doc[s:e].text


def _item_start(doc):
    """Index of the item's first word after its marker, or None when the paragraph is no list item."""
    text = doc.user_data.get("text") or doc.text
    m = MARKER.match(text) or SUBITEM.match(text)
    start = m.end() if m else 0
    for tok in doc:
        if tok.idx >= start and not tok.is_space:
            return tok.i, bool(m)
    return None


def _states_action(tok, lex):
    """The item opens with a verb: a base form ("Expand cooperation ...") or a gerund
    ("Strengthening cooperation on SSA", after "agreed on the following:"), also after an
    infinitive's "to" or an adverb ("To expand cooperation ...", "Jointly developing ...",
    "further enhance cooperation ...", after "agreed to the following:", "decided to:")."""
    doc = tok.doc
    i = tok.i
    while i + 1 < len(doc) and (doc[i].tag_ == "TO" or doc[i].lower_ == "to"
                                or (doc[i].pos_ == "ADV" and doc[i].lower_.endswith("ly"))
                                or doc[i].lower_ in lex["list_item_adverbs"]):
        i += 1
    tok = doc[i]
    return tok.lower_ in lex["list_item_verbs"] or (tok.tag_ in ("VB", "VBP", "VBG") and tok.pos_ == "VERB") \
        or _misread_verb(tok)


def _misread_verb(tok):
    """A lower-case first word the tagger took for an adjective or a noun though it heads the
    item and governs a direct object, as only a verb does ("select at least two Malaysian
    CubeSats for deployment", "task the Conflict Prevention Centre with compiling ..."): an
    imperative-like item whose verb doubles as an adjective or a noun."""
    return tok.text[:1].islower() and tok.pos_ in ("ADJ", "NOUN") and tok.dep_ == "ROOT" \
        and any(c.dep_ == "dobj" for c in tok.children)


def _action_noun_item(tok):
    """After "agreed to the following:" / "decided on the following:" the items may name the
    agreed acts as noun phrases ("a joint test campaign with receivers ...;", "regular exchanges
    of market intelligence ..."): an item in lower case that opens with an article or an
    adjective and whose head is a noun states the agreed action."""
    root = tok.sent.root
    return tok.text[:1].islower() and tok.pos_ in ("DET", "ADJ") and root.pos_ == "NOUN" and tok.i <= root.i


def _acknowledges(tok, lex):
    """The item acknowledges rather than acts ("Express our appreciation to the host",
    "Welcome the offer of ...", "Take note of the report"): no commitment (ANNOTATION.md 4, No),
    though the list goes on."""
    return tok.lemma_.lower() in lex["list_item_acknowledging_verbs"] and (
        tok.lemma_.lower() != "take" or any(c.lower_ == "note" for c in tok.children))


def _item_commitment(doc, first, intro, lex):
    """The item's one commitment (ANNOTATION.md 4), though it joins two verbs after ", and": its
    words after the marker, without the closing punctuation."""
    trigger, strength, reaffirmed, actor, _, intro_dates = intro
    end = len(doc)
    while end > first + 1 and doc[end - 1].is_punct:
        end -= 1
    span = Span(doc, first, end)
    span._.actor, span._.trigger, span._.action = actor, trigger, span.text
    span._.strength, span._.reaffirmed = strength, reaffirmed
    # "intend to pursue the following objectives by 2031:": the introduction's deadline times
    # every item that has no date of its own
    span._.dates = _dedupe(d._.value for d in item_dates(doc, first, end, lex)) or list(intro_dates)
    span._.organizations = _dedupe(n for o in doc.spans.get("orgs", []) if first <= o.start and o.end <= end
                                   for n in (o._.names or []))
    return span


def add_list_commitments(docs, lexicon_path=None):
    """Add one commitment per action item of every list introduced by a commitment; drop an
    introduction's own commitment when its action is only the announcement ("do the following")."""
    lex = load_lexicon(lexicon_path)
    intro_re = _intro_re(lex)
    n = 0
    while n < len(docs):
        intro = list_intro(docs[n], lex, intro_re) if docs[n]._.kind in ("body", None) else None
        if intro is None:
            n += 1
            continue
        found = 0
        m = n + 1
        following = FOLLOWING_INTRO.search(docs[n].text) is not None
        while m < len(docs) and docs[m]._.kind in ("body", None):
            start = _item_start(docs[m])
            if start is None:
                break
            first, marked = start
            acts = _states_action(docs[m][first], lex) or (following and _action_noun_item(docs[m][first]))
            if not (marked or acts):
                break
            if not _own_commitments(docs[m]) and acts \
                    and not _acknowledges(docs[m][first], lex):
                for sub in list(docs[m].spans.get("commitments", [])):
                    if not _other_party_relative(sub):
                        _remove(docs[m], sub)
                _append(docs[m], _item_commitment(docs[m], first, intro, lex))
            found += 1
            m += 1
        if found and intro[4] is not None and _announcement_only(intro[4]):
            _remove(docs[n], intro[4])
        n = m if found else n + 1
    return docs


def _in_relative_clause(span):
    """The commitment's words hang from a relative clause ("... to the Congress at its
    extraordinary session, which will meet in October 2025"): they describe a noun of the
    item, they promise nothing of their own."""
    return any(t.dep_ in ("relcl", "acl") for t in (span.root, *span.root.ancestors))


def _other_party_relative(span):
    """A relative clause's promise of a party of its own ("..., which the Government intends to
    present to the Storting in the spring of 2024"): a commitment beside the item's, kept."""
    return span._.actor is not None and _in_relative_clause(span) and span._.trigger not in ("will", "shall")


def _own_commitments(doc):
    """The item's own commitments ("NASA will ...", "Commit to ..."), leaving out those of a
    relative clause, which the item's commitment replaces."""
    return [s for s in doc.spans.get("commitments", []) if not _in_relative_clause(s)]


def _announcement_only(span):
    """The introduction's action only announces the list ("do the following", "take the
    following steps", "pursue the following objectives by 2031"): four words at most once
    its dates and the prepositions before them are left out."""
    doc = span.doc
    dated = set()
    for d in doc.spans.get("dates", []):
        if span.start <= d.start and d.end <= span.end:
            dated.update(range(d.start, d.end))
            if d.start > span.start and doc[d.start - 1].pos_ == "ADP":
                dated.add(d.start - 1)
    return len((span._.action or "").split()) - len(dated) <= 4


def _append(doc, span):
    doc.spans["commitments"] = list(doc.spans.get("commitments", [])) + [span]
    doc.user_data[ACTOR_USER_DATA] = list(doc.user_data.get(ACTOR_USER_DATA) or []) + [None]


def _remove(doc, span):
    spans = list(doc.spans["commitments"])
    actors = list(doc.user_data.get(ACTOR_USER_DATA) or [None] * len(spans))
    k = next(i for i, s in enumerate(spans) if s.start == span.start and s.end == span.end)
    doc.spans["commitments"] = spans[:k] + spans[k + 1:]
    doc.user_data[ACTOR_USER_DATA] = actors[:k] + actors[k + 1:]

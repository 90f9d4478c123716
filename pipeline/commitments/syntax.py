"""Syntax helpers on the dependency parse: quotations, subjects, whether a clause is the
statement's own assertion, whether a word is a party or an event, phrase bounds, the end of an action."""

OPEN_QUOTES = "\u201c\u201e"
CLOSE_QUOTES = "\u201d"
STRAIGHT_QUOTES = '"'
HYPHENS = ("-", "\u2010", "\u2011")
FINITE = ("VBD", "VBZ", "VBP")
from .clauses import MODALS, _has_child, _own_modal, _reported_clause_before, _state_title, _tense_class  # noqa: E402,F401


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


def _is_participle_clause(tok):
    """A participial adverbial clause without subject or marker ("..., emphasizing their commitment to")."""
    return (tok.dep_ == "advcl" and tok.tag_ == "VBG"
            and not _has_child(tok, ("nsubj", "nsubjpass", "mark", "expl")))


def _climb(tok, lex):
    """The step from a clause head to the clause it depends on for subject and assertion, or None."""
    dep = tok.dep_
    if dep == "conj" and tok.head.pos_ in ("VERB", "AUX", "ADJ"):
        head = tok.head
        if _own_modal(tok) and _has_child(head, ("aux",), ("to",)):
            # "will establish a group to identify areas and will report on its findings": a
            # "will" clause does not coordinate with an infinitive; it joins the "will" clause above
            for anc in head.ancestors:
                if anc.pos_ in ("VERB", "AUX") and _own_modal(anc):
                    return anc
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
            reported = _reported_clause_before(head, tok, cls, lex)
            if reported is not None:
                return reported
        return head
    if dep == "acomp":
        return tok.head
    if dep == "xcomp" and tok.head.lemma_.lower() in lex["continuation_verbs"]:
        return tok.head
    if dep == "xcomp" and tok.head.dep_ == "acomp" and tok.head.lower_ in lex["announcing_adjectives"]:
        return tok.head  # "Canada is pleased to announce that it will contribute": the party announces
    if _is_participle_clause(tok):
        if tok.i > 0 and tok.doc[tok.i - 1].text == "," and tok.sent.root.pos_ in ("VERB", "AUX") \
                and tok.sent.root is not tok:
            return tok.sent.root  # a sentence-final ", underscoring ..." modifies the main clause
        return tok.head
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
        if subj is None and tok.tag_ in FINITE:
            subj = _compound_subject(tok)
        if subj is not None:
            return subj
        if _has_child(tok, ("expl",)):
            return None
        tok = _climb(tok, lex)
    return None


def _compound_subject(verb):
    """The subject the parser hung on a finite verb as a compound ("DLR plans to provide
    instruments": "DLR plans" read as a noun phrase, then "plans" retagged a verb): a noun
    before the verb with no verb between; no verb has a compound of its own."""
    for c in verb.children:
        if c.dep_ == "compound" and c.i < verb.i and c.pos_ in ("PROPN", "NOUN") \
                and not any(t.pos_ in ("VERB", "AUX") for t in verb.doc[c.i + 1:verb.i]):
            return c
    return None


ROMAN_NUMERALS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def _item_letter(tok):
    """A list number or letter before its ")" or "." ("1.", "(c)", "iv)"): the item's marker."""
    return tok.like_num or (len(tok.text) == 1 and tok.text.isalpha()) or tok.lower_ in ROMAN_NUMERALS


def numbered(tok):
    """A list number or letter opens the paragraph at ``tok`` ("2.", "(b)", "iv)")."""
    doc = tok.doc
    if tok.text == "(" and tok.i + 1 < len(doc):
        tok = doc[tok.i + 1]
    return tok.tag_ == "LS" or (_item_letter(tok) and tok.i + 1 < len(doc) and doc[tok.i + 1].text in (".", ")"))


def sentence_body_start(sent):
    """Index of the first word of a sentence after bullets, list numbers and a "Label:" prefix."""
    i = sent.start
    end = sent.end
    while i < end and (sent.doc[i].is_punct or sent.doc[i].tag_ == "LS" or _item_letter(sent.doc[i])
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
        if tok.dep_ in ("ccomp", "parataxis") and (tok.head.lemma_.lower() in lex["ccomp_governors"]
                                                   or _self_report(tok, lex) or _text_provides(tok, lex)):
            tok = tok.head
            continue
        if tok.dep_ == "relcl" and _has_child(tok, ("advmod",), ("where",)):
            return True  # "met at Goddard, where they reaffirmed their determination to ..."
        if _contrasted_task(tok):
            # "TASA will operate the satellites, while NOAA will fund the processing": a contrast
            # of two parties' tasks, each asserted as much as the other
            tok = tok.head
            continue
        subj = _has_child(tok, ("nsubj", "nsubjpass"))
        body = sentence_body_start(tok.sent)
        if subj is not None and subj.pos_ != "PRON" and subj.left_edge.i == body \
                and (tok.dep_ not in ("relcl", "acl", "advcl", "pcomp", "csubj") or tok.head.i < body):
            return True  # "X will V ..." opens the sentence: a main clause whatever the parser hung it on
        return False
    return False


def _contrasted_task(tok):
    """A "while" clause with a party and a "will" of its own ("TASA will operate the satellites,
    while NOAA will fund the processing"): a contrast of two parties' tasks, each asserted."""
    return tok.dep_ == "advcl" and _has_child(tok, ("mark",), ("while", "whereas")) is not None \
        and _own_modal(tok) and _has_child(tok, ("nsubj",)) is not None


def _text_provides(tok, lex):
    """A that-clause of what an agreement lays down ("The agreement provides that each side
    will bear its own costs", "The memorandum stipulates that the Parties shall ..."): the
    text's terms are the parties' promises."""
    subj = _has_child(tok.head, ("nsubj",))
    return tok.head.lemma_.lower() in lex["provision_verbs"] and subj is not None \
        and subj.lemma_.lower() in lex["document_nouns"]


def _self_report(tok, lex):
    """A that-clause in which a party says what it itself will do ("The United States noted that
    it will continue to provide close approach notifications"): a reporting verb whose clause has
    a pronoun subject standing for the reporter; "noted that Japan would host" reports a third party."""
    if tok.head.lemma_.lower() not in lex["self_report_governors"]:
        return False
    subj = _has_child(tok, ("nsubj",))
    outer = _has_child(tok.head, ("nsubj",))
    if subj is not None and outer is not None and _issuer_voice(outer, lex) and subj.pos_ != "PRON":
        return True
    if subj is None or outer is None or subj.lower_ not in ("it", "they", "we", "he", "she"):
        return False
    plural = outer.tag_ in ("NNS", "NNPS") or any(True for _ in outer.conjuncts) or outer.lower_ in ("we", "they")
    return plural == (subj.lower_ in ("they", "we")) and (outer.lower_ == "we") == (subj.lower_ == "we")


def _issuer_voice(outer, lex):
    """The issuer speaking of itself through its press office ("The press service noted that RSC
    Energia, the prime contractor for the Russian segment, will provide technical support"): what
    it reports of the parties is the release's own assertion, not a third party's news."""
    return outer.pos_ != "PRON" and outer.lemma_.lower() in lex["issuer_voices"] \
        and _has_child(outer, ("det",), ("the", "its")) is not None


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


def _singular(word):
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _is_party_head(tok, lex, org_tokens):
    lower = tok.lower_
    lemma = tok.lemma_.lower()
    if lower in lex["negative_subjects"]:
        return False
    if tok.pos_ == "PRON" or (tok.pos_ == "DET" and lower in lex["agentive_pronouns"]):
        return lower in lex["agentive_pronouns"]
    if _short_form(tok, lex):
        return True
    if _thing_possessor(tok, lex, org_tokens):
        return False
    if lemma in lex["nonparty_heads"] or lower in lex["nonparty_heads"]:
        return False
    if tok.i in org_tokens:
        return True
    if _led_by_party(tok, lex, org_tokens) or _members_of_party(tok, lex, org_tokens):
        return True
    if tok.ent_type_ in ("GPE", "PERSON", "NORP", "ORG") or _state_title(tok, lex):
        return True
    # a capitalized plural ("The Ministers", "The Participants") is tagged PROPN and keeps its -s lemma
    if lemma in lex["party_nouns"] or lower in lex["party_nouns"] or _singular(lower) in lex["party_nouns"]:
        mods = [c for c in tok.children if c.dep_ in ("det", "poss", "nummod", "predet", "amod", "quantmod")]
        if any(c.lower_ in lex["nonspecific_determiners"] for c in mods):
            return False
        if any(c.dep_ in ("det", "poss", "nummod", "predet") for c in mods):
            return True
        if any(c.dep_ == "compound" and (c.i in org_tokens or c.ent_type_ in ("GPE", "ORG", "NORP"))
               for c in tok.children):
            return True
        # the members of the body that speaks ("Member countries agreed to", "participating
        # agencies will"): a party noun named by its role in the body
        if any(c.dep_ in ("compound", "amod") and c.lower_ in lex["party_modifiers"] for c in tok.children):
            return True
        # a capitalized party noun names the parties ("Signatories commit to"); so does one that
        # opens a lettered list item in lower case ("(c) signatories with established space
        # programs will explore ways to ...")
        return tok.text[:1].isupper() or (tok.tag_ == "NNS" and tok.i == sentence_body_start(tok.sent))
    return False


def _possessor(tok):
    """The non-pronoun possessor of a noun phrase ("MBRSC" in "MBRSC's engineers"), also when the
    parser hangs it on a name word ("The Quad's Climate Information Services (CIS) Initiative")."""
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return c
    for c in tok.children:
        if c.i < tok.i and c.dep_ in ("compound", "nmod"):
            owner = _possessor(c)
            if owner is not None:
                return owner
    return None


def _thing_possessor(tok, lex, org_tokens=()):
    """A party noun that belongs to a thing ("the rover's onboard laboratory", "the mission's
    team"): a part of the thing, not a party that promises."""
    owner = _possessor(tok)
    if owner is None or _short_form(owner, lex, any_noun=True) or owner.i in org_tokens:
        return False  # "The Forum's Space Education working group": a body's own group
    return owner.lemma_.lower() in lex["nonparty_heads"] or owner.lower_ in lex["nonparty_heads"]


def leader_of(tok, lex, org_tokens):
    """The party that leads the group ``tok`` heads ("European industry, led by Thales Alenia
    Space, will build ...", "a team headed by JPL"), or None: the group acts for that party."""
    for c in tok.children:
        if c.dep_ == "acl" and c.lemma_.lower() in lex["leading_verbs"]:
            agent = _has_child(c, ("agent",))
            obj = _has_child(agent, ("pobj",)) if agent is not None else None
            if obj is not None and obj is not tok and _is_party_head(obj, lex, org_tokens):
                return obj
    return None


def _led_by_party(tok, lex, org_tokens):
    return leader_of(tok, lex, org_tokens) is not None


def _members_of_party(tok, lex, org_tokens):
    """The staff of a named body ("MBRSC's engineers will work alongside NASA", "NASA's
    scientists"): people who act for the body that owns them."""
    if tok.lemma_.lower() not in lex["member_nouns"] and tok.lower_ not in lex["member_nouns"]:
        return False
    owner = _possessor(tok)
    if owner is not None:
        return _is_party_head(owner, lex, org_tokens)
    # the body named before its people as a compound: "Roscosmos cosmonauts", "NASA astronauts"
    return any(c.dep_ == "compound" and c.i < tok.i and c.i in org_tokens for c in tok.children)


def _short_form(tok, lex, any_noun=False):
    """A capitalized short form of a body named in full elsewhere ("The Alliance will improve
    ...", "the Commission", ANNOTATION.md 2): a capitalized party noun after "the", without
    modifiers of its own ("the U.S.-ROK Alliance" is a relationship). With ``any_noun``, any
    capitalized noun so used ("The Forum's Space Education working group")."""
    if not tok.text[:1].isupper() or tok.i == tok.sent.start \
            or not (any_noun or tok.lower_ in lex["party_nouns"]):
        return False
    kids = [c for c in tok.children if c.i < tok.i]
    return len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ == "the" and kids[0].i == tok.i - 1


def _trim(doc, start, end):
    """Shrink [start, end) so it neither starts nor ends with punctuation or a conjunction
    (a closing bracket stays when its opening one is inside)."""
    # a list item's marker ("(c)", "a)") hung on the phrase is no part of it
    while start < end and (doc[start].is_punct or doc[start].dep_ in ("cc", "meta") or doc[start].tag_ == "LS"):
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
            if tok.head.i > tok.i and c.i > tok.head.i:
                continue  # a subject ends before its verb ("the parties will continue the exchange: cosmonaut ...")
            if t is tok and tok.pos_ == "PRON" and c.i > tok.i and _comma_apposition(c):
                continue  # "We, Prime Minister Albanese and President Biden, ...": parsed as conj
            keep.add(c.i)
            stack.append(c)
    start, end = min(keep), max(keep) + 1
    doc = tok.doc
    # a closing bracket dropped as punctuation closes one the phrase opened: "The Department of Commerce (DOC)"
    opened = sum(t.text == "(" for t in doc[start:end]) - sum(t.text == ")" for t in doc[start:end])
    if opened > 0 and end < len(doc) and doc[end].text == ")":
        end += 1
    return _trim(doc, start, end)




def _own_promise(verb, lex):
    """A coordinated clause that promises by itself: its own "will" or a promising verb with its
    infinitive ("will continue joint work ... and intend to consider joint projects")."""
    if _own_modal(verb):
        return True
    if _declared_promise(verb, lex):
        return True
    if verb.lemma_.lower() not in lex["promise_verbs"] or _has_child(verb, ("xcomp",)) is None:
        return False
    # "Quad countries seek to establish an MOC ... aims to strengthen": a verb that does not agree
    # with its conjunct has another subject (the MOC), and is no promise of the parties
    return {verb.tag_, verb.head.tag_} != {"VBZ", "VBP"}


def _declared_promise(verb, lex):
    """A coordinated verb that declares a promise noun of its own ("The Member States will continue
    to implement the Strategy ... and reaffirm their intention to expand cooperation in trade"):
    a declaring verb whose object is a commitment, intention or determination to act."""
    if verb.lemma_.lower() not in lex["frame_verbs"]:
        return False
    obj = _has_child(verb, ("dobj",))
    return obj is not None and obj.lemma_.lower() in lex["promise_nouns"] \
        and any(c.dep_ in ("acl", "prep") and c.i > obj.i for c in obj.children)


def _joins(verb, action):
    """Whether the coordinated "will" clause ``verb`` is coordinated with ``action`` itself (or
    hung by the parser on an infinitive of it), not with a clause nested inside its action."""
    head = verb.head
    if head.i == action.i:
        return True
    if not _has_child(head, ("aux",), ("to",)):
        return False
    anc = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX") and _own_modal(a)), None)
    return anc is not None and anc.i == action.i


def _separate_predicate(c, clause, lex):
    """Whether verb ``c``, coordinated with the trigger clause head, is a predicate of its own
    ("committed to X and noted that ...") rather than a piece of the action the parser
    misattached ("reaffirmed their commitment to de-escalate ..., alleviate ...")."""
    if c.pos_ not in ("VERB", "AUX"):
        return False
    if _has_child(c, ("nsubj", "nsubjpass", "expl")) or _own_promise(c, lex):
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
    # a coordinated "will" clause ends the action: nothing after it (its final full stop
    # hangs on the action) belongs to this one
    limit = min((c.left_edge.i for c in action.subtree if c.dep_ == "conj" and c.i > action.i
                 and c.pos_ in ("VERB", "AUX") and _own_promise(c, lex) and _joins(c, action)),
                default=len(action.doc))
    # so does a contrasted task of another party (", while NOAA will fund ...")
    limit = min([limit] + [c.left_edge.i for c in action.children if c.i > action.i and _contrasted_task(c)])
    for c in action.children:
        if c.i < action.i or c.i > limit:
            continue
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and (
                _has_child(c, ("nsubj", "nsubjpass")) or _own_promise(c, lex)
                or c.lemma_.lower() in lex["speech_verbs"] or c.lemma_.lower() in lex["frame_verbs"]):
            continue
        right = max(right, c.right_edge.i)
    right = min(right, limit - 1) if limit > action.i else right
    heads = [h for h in (clause,) + tuple(extra_heads) if h is not None and h is not action]
    for head in heads:
        # what the parser hung on the head after a coordinated predicate of its own belongs to that one
        stop = min((c.left_edge.i for c in head.children if c.i > action.i and c.dep_ == "conj"
                    and _separate_predicate(c, clause, lex)), default=len(action.doc))
        for c in head.children:
            if c.i <= action.i or c.i > stop or c.dep_ in ("punct", "cc", "relcl", "parataxis", "ccomp", "mark",
                                                            "nsubj"):
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


def _impersonal(clause, lex):
    """"It was agreed to establish a joint working group", "It was decided to hold the next
    meeting in 2025": a decision of the meeting in the impersonal passive; no actor named."""
    subj = _has_child(clause, ("nsubjpass", "expl"))
    return clause.lemma_.lower() in lex["impersonal_triggers"] and subj is not None and subj.lower_ == "it" \
        and _has_child(clause, ("auxpass",)) is not None


def _operative_clause(cand, lex):
    """An operative paragraph of a resolution or decision: the sentence opens with the promising
    verb in the third person and no subject ("Decides to include in the provisional agenda of its
    seventy-ninth session the item ...", "Further decides to consider the matter"); the body that
    adopts the text is the actor, unnamed.
    A numbered operative paragraph of a declaration whose subject opens the text ("We, the
    ministers ..., Hereby: 1. Commit to strengthen ...; 4. Reaffirm our commitment to ...")
    has the verb in the base form; a second verb of the paragraph ("Resolve to build ..., and
    intend to double ...") shares it."""
    kind = cand.entry["kind"]
    verb = cand.trigger if kind == "verb" else cand.clause if kind == "noun" else None
    if verb is None:
        return False
    while verb.dep_ == "conj" and verb.head.i < verb.i and verb.head.pos_ == "VERB":
        verb = verb.head
    start = sentence_body_start(verb.sent)
    while start < verb.i and verb.doc[start].is_space:
        start += 1
    if not (verb.tag_ == "VBZ" or (verb.tag_ in ("VB", "VBP") and start > verb.sent.start
                                   and numbered(verb.doc[verb.sent.start]))):
        return False
    lead = verb.doc[start:verb.i]
    return verb.doc[start].text[:1].isupper() and all(
        t.dep_ == "advmod" and t.lower_ in lex["operative_adverbs"] for t in lead)

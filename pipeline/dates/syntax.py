"""What the parse says about a date: the tense of the verb that governs it, whether an explicit
year speaks of the same event, the bounds of its sentence."""
from .lexicon import lexicon


def _parsed(doc):
    return doc.has_annotation("DEP")


def _verb_tense(verb, lex):
    """past / future / present for one verb from its tag and auxiliaries; None to look further up."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & set(lex["modal_future"]) or any(a.tag_ == "TO" for a in auxes):
        return "future"
    # "the leaders looked forward to the Summit in May": what one looks forward to comes later,
    # though the looking is reported in the past
    if verb.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in verb.children):
        return "future"
    if verb.lemma_.lower() in lex["future_lemmas"] and verb.tag_ != "VBD" and not lowers & {"has", "have", "had",
                                                                                             "was", "were"}:
        return "future"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN":
        if lowers & {"is", "are", "am", "be", "being"}:
            return "present"
        if not auxes and verb.dep_ in ("advcl", "conj", "xcomp"):
            return None  # "followed by", "built and launched": the tense of the verb it hangs on
        return "past"
    if verb.tag_ == "VBG":
        if lowers & {"was", "were"}:
            return "past"
        if lowers & {"is", "are", "am"}:
            return "future"
        # "train 40 technicians ..., starting in January" (a statement of November): a start
        # participle opens a period that lies ahead, unless the sentence tells of the past ("The
        # programme, starting in January, trained ...")
        above = next((t for t in verb.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if not auxes and verb.lemma_.lower() in lex["scheduled_present_lemmas"] \
                and verb.dep_ in ("advcl", "xcomp", "acl") and (above is None or above.tag_ not in ("VBD", "VBN")):
            return "future"
        return None
    if verb.tag_ in ("VBZ", "VBP"):
        # a scheduled event in the present ("Registration opens in January", "The call closes in March"):
        # the present of a timetable speaks of what comes
        return "future" if verb.lemma_.lower() in lex["scheduled_present_lemmas"] else "present"
    return None


def governing_tense(span):
    """The tense of the verb that governs ``span`` in the parse (past, future, present or None)."""
    if not _parsed(span.doc):
        return None
    lex = lexicon()
    tok = span.root
    for _ in range(20):
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            tense = _verb_tense(tok, lex)
            if tense:
                return tense
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return None


def _governor(tok):
    """The first verb above a token in the parse (or the root)."""
    for _ in range(20):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _related(year_span, span):
    """Whether an explicit year speaks of the same event as a year-less date of its sentence: the same verb
    governs both ("In 2023, they met in March"), or the year modifies a noun the date hangs on ("the 2013
    Roadmap released in August")."""
    if not _parsed(span.doc):
        return True
    if _governor(year_span.root.head if year_span.root.dep_ != "ROOT" else year_span.root).i == \
            _governor(span.root.head if span.root.dep_ != "ROOT" else span.root).i:
        return True
    return year_span.root.head.i in {t.i for t in span.root.ancestors}


def _sentence_bounds(doc, i):
    if _parsed(doc):
        sent = doc[i].sent
        return sent.start, sent.end
    return 0, len(doc)


def _sentence_initial(doc, i):
    """True when token i opens its sentence or paragraph (opening quotes and dashes aside)."""
    j = i - 1
    while j >= 0 and (doc[j].is_quote or doc[j].text in ("-", "–", "—", "(", "•", "*")):
        j -= 1
    if j < 0:
        return True
    if doc[j].text in (".", "!", "?", ":", ";"):
        return True
    return _parsed(doc) and doc[j + 1].is_sent_start

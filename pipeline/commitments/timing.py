"""The dates of a commitment: the date spans that time its action, and whether the trigger
itself is dated before the statement (a report of an earlier act)."""
from ..core.extensions import text_of
from .syntax import _has_child, _own_promise


def _date_value_past(value, anchor):
    if not value or not anchor or not value[:4].isdigit():
        return False
    iso = anchor.isoformat()
    head = value.split("-")
    if len(head) > 1 and not head[1].isdigit():
        return value[:4] < iso[:4]
    return value < iso[:len(value)]


def _path_ok(tok, stop, lex, limit=40, widened=None):
    """True when ``tok`` reaches one of the ``stop`` tokens without crossing another clause.

    A date after a timing preposition ("beginning Thursday", "starting in 2025")
    times the main action even when the parser hangs it on a subjectless
    participle clause ("will travel to Italy, followed by Saudi Arabia,
    beginning Thursday"); so does one inside a participle of timing ("beginning with an event
    in 2023"). A list ``widened`` gets True when the path crossed a clause only because it is
    part of the action (``_part_of_action``): the caller then wants a date still to come."""
    seen = 0
    timed = tok.dep_ in ("pobj", "npadvmod", "dobj") and tok.head.lower_ in lex["timing_preps"]
    while seen < limit:
        seen += 1
        if tok.i in stop:
            return True
        if tok.dep_ in lex["date_blocking_deps"]:
            participle = tok.tag_ in ("VBN", "VBG") and _has_child(tok, ("nsubj", "nsubjpass")) is None
            # "will organize a series of events ..., beginning with an event in the United States in
            # 2023": a participle of timing itself ("beginning", "starting") dates the action's first step
            opening = participle and tok.lower_ in lex["timing_preps"]
            if not ((timed or opening) and participle and tok.dep_ in ("advcl", "acl")) \
                    and not _object_relative(tok, stop):
                if not _part_of_action(tok, lex):
                    return False
                if widened is not None:
                    widened.append(True)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _part_of_action(tok, lex):
    """A dependent clause that is part of the promised action, not a clause of its own: a purpose
    infinitive ("will work together to achieve positive outcomes at the Conference in February
    2024"), a small clause with a noun for its head ("aims to make Thailand a provider of
    services by 2030"), a schedule participle ("a first launch planned for 2023", "on its
    Mission 1, scheduled to launch in 2022")."""
    if tok.dep_ == "advcl" and tok.tag_ == "VB" and _has_child(tok, ("aux",), ("to",)) is not None \
            and _has_child(tok, ("nsubj", "nsubjpass", "mark")) is None:
        return True
    if tok.dep_ == "ccomp" and tok.pos_ in ("NOUN", "PROPN"):
        return True
    return tok.dep_ in ("acl", "advcl") and tok.tag_ == "VBN" and tok.lemma_.lower() in lex["schedule_verbs"] \
        and _has_child(tok, ("nsubj", "nsubjpass")) is None


def _object_relative(tok, stop):
    """A relative clause on the promised object that says when it is delivered: "Australia will
    build a semi-autonomous rover that will travel to the Moon ... as early as 2026", "will
    establish a working group which will hold its first meeting by June 2025", "will convene a
    second workshop, to be hosted by a signatory in the spring of 2024" (issue 13: the dates of
    the promised clause, relative clauses included)."""
    obj = tok.head
    future = (tok.dep_ == "relcl" and _has_child(tok, ("aux",), ("will", "shall")) is not None) \
        or (tok.dep_ in ("relcl", "acl") and _has_child(tok, ("aux",), ("to",)) is not None) \
        or (tok.dep_ == "relcl" and tok.lemma_ == "be" and any(  # "which is to be launched by 2026"
            c.dep_ == "xcomp" and _has_child(c, ("aux",), ("to",)) is not None for c in tok.children))
    if tok.dep_ == "advcl" and _has_child(tok, ("aux",), ("to",)) is not None \
            and _has_child(tok, ("auxpass",)) is not None:
        return obj.i in stop  # the parser hangs ", to be hosted ..." on the verb
    # a finite relative clause may hang on the last noun of the object's phrase; an infinitive
    # one ("cooperation on initiatives to be delivered") describes that noun
    return future and _in_object(obj, stop, chain=tok.dep_ == "relcl")


RELATIVE_WORDS = ("which", "that", "who", "whom")


def _own_subject(verb):
    """The relative clause has a subject of its own, another thing than the noun it describes
    ("the African Space Agency, whose headquarters in Cairo is to be inaugurated in April 2025";
    "the Space Act, which the Government intends to present"): its time is not the promise's.
    "which", "that", "the first of which" are the noun itself, a pronoun the promise's actor."""
    subject = _has_child(verb, ("nsubj", "nsubjpass"))
    if subject is None:
        return False
    if subject.lower_ in RELATIVE_WORDS or subject.pos_ == "PRON":
        return False  # "which we intend to submit to the Conference": the promise's own actor
    return not any(t.lower_ in ("which", "whom") and t.head.lower_ == "of" for t in subject.subtree)


def _future_clause(verb):
    """A clause of what is still to happen: "will", "shall" or "to" ("which will open", "to be
    launched"), "is to be" ("which is to be placed in orbit"), "intend to" ("which we intend to
    submit")."""
    if _has_child(verb, ("aux",), ("will", "shall", "to")) is not None:
        return True
    return any(c.dep_ == "xcomp" and _has_child(c, ("aux",), ("to",)) is not None for c in verb.children)


OBJECT_PREPS = ("of", "on", "for")


def _in_object(noun, stop, chain=True, limit=8):
    """The noun is the action's object or inside its phrase ("will sign an implementing
    arrangement on the use of the satellite data, which will be concluded no later than March
    2024": the parser hangs the relative clause on the last noun of the object's phrase); not
    a noun the object is directed to ("their commitment to the African Space Agency, whose
    headquarters is to be inaugurated in April 2025")."""
    for _ in range(limit):
        if noun.dep_ == "dobj":
            return noun.head.i in stop
        if not chain:
            return False
        if noun.dep_ == "prep" and noun.lower_ not in OBJECT_PREPS:
            return False
        if noun.dep_ not in ("pobj", "prep", "conj", "appos", "compound") or noun.head.i == noun.i:
            return False
        noun = noun.head
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
    if cand.frame is not None:
        # "reaffirm our commitment to the Green Alliance and to achieving net-zero emissions by
        # 2050": the parser hangs the second "to" on the declaring verb; inside the action, it times it
        stop.add(cand.frame.i)
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
        fronted = (d.end <= cand.start and d.sent == cand.action.sent
                   and (cand.entry["kind"] == "modal" and _path_ok(root, {cand.action.i}, lex)
                        or _fronted_on_present_verb(d, cand, lex)))
        trailing = d.start >= cand.end and d.sent == cand.action.sent and _starts_after(doc, d, cand, lex)
        if not (inside or fronted or trailing):
            continue
        if _duration(d, lex):
            continue  # "within the coming year": a duration (answers count it from the statement's day)
        if _before_statement_year(value, doc._.anchor):
            continue  # "its commitment to the Strategy, adopted by the Government in 2021": background
        widened = []
        if (inside or trailing) and not _path_ok(root, stop, lex, widened=widened):
            continue
        if widened and not _still_to_come(value, doc._.anchor):
            continue  # "to build the foundations of tomorrow's successes today"
        out.append(d)
    return out


def _fronted_on_present_verb(d, cand, lex):
    """A time adverbial opening the sentence of a present-tense intention ("In 2025, Arianespace
    intends to perform up to ten launches", "Next year, the agencies plan to ..."): it times the
    intended action when still to come; a firm verb's fronted date ("This year, the parties agree
    to ...", "On 12 May, the parties agreed to ...") is the date of the agreeing."""
    trigger = cand.trigger
    return cand.entry["kind"] == "verb" and cand.entry.get("strength") == "intent" \
        and trigger.tag_ in ("VBZ", "VBP") and d.end <= trigger.i \
        and _still_to_come(d._.value, d.doc._.anchor) and _path_ok(d.root, {trigger.i}, lex)


def _before_statement_year(value, anchor):
    """A date of a year before the statement's: what a promise is about ("the Outer Space Act of
    2011", "the Strategy adopted in 2021"), never when the promised act is due; no commitment of
    the tuning sets' gold is dated so."""
    return anchor is not None and len(value) >= 4 and value[:4].isdigit() and int(value[:4]) < anchor.year


def _duration(d, lex):
    """A period after "within" is a length ("within the coming year"), no date; "within this
    year" is the deadline."""
    return d.start >= 1 and d.doc[d.start - 1].lower_ in lex["duration_preps"] and d[0].lower_ == "the"


def _still_to_come(value, anchor):
    """The value ends after the statement's day (a later day, month, year or season)."""
    if not anchor:
        return True
    iso = anchor.isoformat()
    return not _date_value_past(value, anchor) and value != iso


def _starts_after(doc, d, cand, lex):
    """A start date after the commitment's span, in its sentence ("committed to provide initial
    seed funding ... for workforce training, beginning in 2024"): a timing participle before it,
    nothing but the participle's preposition between."""
    words = [t.lower_ for t in doc[cand.end:d.start] if not t.is_punct]
    return 1 <= len(words) <= 2 and words[0] in lex["start_participles"]


def _plan_period(d, lex):
    """The period of a plan or programme, not the time of a list item's action: a range hung on
    a noun by "for" ("develop a joint work plan for 2024-2026 no later than September 2024") or a
    date in apposition to "the period" ("Adopt the Plan of Action ..., for the period 2022-2026").
    Only for list items: in a sentence's commitment the gold is divided (a clause-level rule
    lowered the held-out commitment dates)."""
    root = d.root
    head = root.head
    if head.lower_ in lex["period_nouns"] and root.dep_ in ("appos", "compound", "nummod", "npadvmod", "pobj"):
        return True
    if head.lower_ in lex["period_nouns"] and head.dep_ == "pobj":
        return True
    doc = d.doc
    start = d.start
    if start >= 2 and doc[start - 1].text in RANGE_DASHES + ("to", "through") and doc[start - 2].like_num:
        start -= 2  # the second end of "2024-2026"
    ranged = start < d.start or (d.end < len(doc) and doc[d.end].text in RANGE_DASHES + ("to", "through")) \
        or any(t.text in RANGE_DASHES for t in d)
    before = doc[start - 1] if start >= 1 else None
    return ranged and before is not None and before.lower_ == "for" and before.head.pos_ in ("NOUN", "PROPN")


RANGE_DASHES = ("-", "–", "—")


def _trigger_dated_in_past(doc, cand, lex):
    """The trigger clause itself carries a date before the statement ("committed in 2022 to")."""
    anchor = doc._.anchor
    head = cand.frame if cand.frame is not None else cand.trigger
    # a coordinated promise of its own ("commit to X and will convene a forum in 2023") times itself
    own = [(c.left_edge.i, c.right_edge.i + 1) for c in head.children
           if c.dep_ == "conj" and c.i > head.i and _own_promise(c, lex)]
    for d in doc.spans.get("dates", []):
        if cand.action_start <= d.start < cand.end or any(a <= d.start < b for a, b in own):
            continue
        if d.sent != head.sent:
            continue
        if _path_ok(d.root, {head.i}, lex) and d.root.dep_ not in lex["date_modifier_deps"]:
            if _date_value_past(d._.value, anchor):
                return True
    return False


def item_dates(doc, first, end, lex):
    """Date spans that time a list item's action (tokens ``first`` to ``end``, its verb first):
    those inside the item, but not a plan's period ("develop a joint work plan for 2024-2026 no
    later than September 2024") nor one in a clause of its own on a noun of the item ("under the
    new Space Act, which the Government intends to present to the Storting in the spring of
    2024"; "the Working Group, which meets in Geneva in September")."""
    out = []
    for d in doc.spans.get("dates", []):
        if not (first <= d.start and d.end <= end) or not d._.value:
            continue
        if _plan_period(d, lex) or _before_statement_year(d._.value, doc._.anchor):
            continue
        clause = next((t for t in (d.root, *d.root.ancestors) if t.dep_ in ("relcl", "acl") and t.i >= first), None)
        if clause is not None and clause.dep_ == "relcl" and (_own_subject(clause) or not _future_clause(clause)):
            continue
        out.append(d)
    return out

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


def _path_ok(tok, stop, lex, limit=40):
    """True when ``tok`` reaches one of the ``stop`` tokens without crossing another clause.

    A date after a timing preposition ("beginning Thursday", "starting in 2025")
    times the main action even when the parser hangs it on a subjectless
    participle clause ("will travel to Italy, followed by Saudi Arabia,
    beginning Thursday"); so does one inside a participle of timing ("beginning with an event
    in 2023")."""
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
                return False
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _object_relative(tok, stop):
    """A relative clause on the promised object that says when it is delivered: "Australia will
    build a semi-autonomous rover that will travel to the Moon ... as early as 2026", "will
    establish a working group which will hold its first meeting by June 2025", "will convene a
    second workshop, to be hosted by a signatory in the spring of 2024" (issue 13: the dates of
    the promised clause, relative clauses included)."""
    obj = tok.head
    future = (tok.dep_ == "relcl" and _has_child(tok, ("aux",), ("will", "shall")) is not None) \
        or (tok.dep_ in ("relcl", "acl") and _has_child(tok, ("aux",), ("to",)) is not None)
    if tok.dep_ == "advcl" and _has_child(tok, ("aux",), ("to",)) is not None \
            and _has_child(tok, ("auxpass",)) is not None:
        return obj.i in stop  # the parser hangs ", to be hosted ..." on the verb
    return future and obj.dep_ == "dobj" and obj.head.i in stop


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

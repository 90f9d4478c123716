"""Short forms of a body named in full in the same statement (ANNOTATION.md 2).

"The Committee on the Peaceful Uses of Outer Space adopted ... The Committee
also noted ...": a capitalized "the <Head>" (or "the <Modifier> <Head>",
"the Working Group") after the full name of exactly one body of the
statement with that head is a mention of that body and takes its canonical
name. A company named with its legal suffix ("Planet Labs PBC", "Astroscale
Holdings Inc.") is also named by its first word alone ("Planet"). When two
bodies of the statement share the head ("the Agency" after two agencies),
the short form cites the one named most often before it (by name or
acronym), on a tie the one introduced in an earlier paragraph; it stays
unlinked when the tied bodies were introduced together and when none is
named before it.

Pure function over the statement's paragraph Docs, after ``link_document``.
"""
import functools
import re

from spacy.tokens import Span

from .candidate import MONTHS
from .knowledge import load as load_knowledge

LABEL = "ORG"
COMPANY_SUFFIXES = ("Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.", "LLC", "PBC", "plc", "PLC",
                    "AG", "SA", "S.A.", "GmbH", "Co.", "Holdings", "Limited", "Labs", "Technologies")
PREPOSITIONS = {"of", "on", "for", "in", "at", "to", "and", "the"}
# a date right after a short form ("Action by the Commission September 29, 2022") does not make it part of a longer name
MONTH_WORDS = "(?:" + "|".join(sorted(MONTHS)) + ")"


@functools.lru_cache(maxsize=None)
def _knowledge_tables():
    """(org head words, place words) from the registry's filters and countries, read once."""
    K = load_knowledge()
    heads = set(K.filters.get("heads", {})) - set(K.filters.get("no_short_form_heads", []))
    return frozenset(heads), frozenset(_place_words(K)), frozenset(K.filters.get("registry_short_form_heads", []))


@functools.lru_cache(maxsize=None)
def _document_objects():
    return frozenset(load_knowledge().filters.get("document_objects", []))


_ON_NAME = re.compile(r"\s+on\s+(?:the\s+)?([A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and|for|the)\b)*)")


def _on_a_document(text, e, doc_objects):
    """After a short form, "on (the) <Name>" makes a longer body's name ("the Committee on Space
    Research"), unless the name is a document the body acts on ("the conclusions of the Council on
    the EU Space Strategy for Security and Defence", filters ``document_objects``): True when the
    short form may stand here."""
    m = _ON_NAME.match(text, e)
    if m is None:
        return True
    words = [w for w in m.group(1).split() if w[:1].isupper()]
    return any(w in doc_objects for w in words)


def _place_words(K):
    """Country names and adjectives: no short form of a body ("Palau", "U.S. Department")."""
    out = {"U.S.", "US", "U.S", "UK", "EU", "UN"}
    for rec in K.countries.values():
        out.update(rec.get("names", []))
        out.update(rec.get("adjectives", []))
    return out


def _short_forms(name, heads, places=frozenset()):
    """The short forms a full name can be cited by: its head word, and the head with the word before it."""
    words = name.split()
    forms = []
    if len(words) >= 3 and len(words[0]) >= 2 and words[0].isupper() and words[0].isalpha():
        # an organ named after its parent's acronym, later without it: "the Commission on Safety Standards"
        forms.append(" ".join(words[1:]))
    for i, w in enumerate(words):
        if w == "and" and 0 < i < len(words) - 1 and words[i + 1][:1].isupper():
            continue        # coordinated modifiers before the head: "Scientific and Technical Subcommittee"
        if w in PREPOSITIONS:
            break
        if w in heads and i + 1 < len(words) and words[i + 1] in heads:
            continue        # "Senate Committee on ...": the later head heads the name ("the Senate" is another body)
        if w in heads and (i >= 1 or len(words) >= 3):
            forms.append(w)
            if i >= 1 and words[i - 1] not in PREPOSITIONS and words[i - 1] not in places \
                    and words[i - 1].isalpha() and not (words[i - 1].isupper() and len(words[i - 1]) >= 2):
                # (a parent's acronym before the head is the name itself: "COSPAR Secretariat")
                forms.append(f"{words[i - 1]} {w}")
    return forms


def _company_first_word(span, places):
    words = span.text.split()
    if (span._.kind == "company" and len(words) >= 2 and words[-1] in COMPANY_SUFFIXES
            and words[0][:1].isupper() and len(words[0]) >= 4 and words[0] not in places):
        return words[0]
    return None


def _statement_text(docs):
    """The statement's whole text, whitespace folded: its raw text when the tag stage gives it
    (``context["statement_text"]``, boilerplate paragraphs included), else its tagged paragraphs."""
    ctx = docs[0]._.context if docs and docs[0]._.context else {}
    text = ctx.get("statement_text") or " ".join(d.user_data.get("text") or d.text for d in docs)
    return " ".join(text.split())


def _named_in_full(span, full_text):
    """A registry body cited by its acronym alone here ("ESPI will follow ..."), whose full name the
    statement writes somewhere, also in an "About ESPI" block the tagger skips: its name's short
    forms cite it ("The Institute will publish ...", ANNOTATION.md: a short form of a body named in
    full in the same statement)."""
    return len(span) == 1 and span._.known and span.text.isupper() and len(span._.names or []) == 1 \
        and bool(full_text) and span._.names[0] in full_text


def _bodies(docs, heads, places, registry_heads=frozenset(), full_text=""):
    """Short form -> set of (names, country, kind) of the statement's bodies cited by it. A registry
    body also gives the short forms of ``registry_short_form_heads`` (filters), words that head no
    name the registry lacks ("the Conference" after the Conference on Disarmament, while "the 66th
    International Astronautical Conference" is a meeting)."""
    table = {}
    for doc in docs:
        for span in doc.spans.get("orgs", []):
            if len(span._.names or []) != 1 or (len(span) < 2 and not _named_in_full(span, full_text)):
                continue
            key = (tuple(span._.names), span._.country, span._.kind)
            forms = _short_forms(span.text, heads | registry_heads if span._.known else heads, places)
            if span.text.isupper() and span._.known:
                # a title in capitals ("SHANGHAI COOPERATION ORGANISATION"): the body's own name gives the forms
                forms += _short_forms(span._.names[0], heads, places)
            if span.text in forms and not span._.known:
                continue        # itself a bare short form ("the Coordination Group"), no full name
            for form in forms:
                if form == span.text:
                    continue    # a registry body named by a bare short form cites nothing by it
                table.setdefault(form, set()).add(key)
            first = _company_first_word(span, places)
            if first:
                table.setdefault(("company", first), set()).add(key)
        text = doc.user_data.get("text") or doc.text
        ending = {}
        for span in doc.spans.get("orgs", []):
            if len(span._.names or []) == 1:
                ending.setdefault(span.end_char, []).append(span)
        for end, spans in sorted(ending.items()):
            defined = _defined_short_form(text, end)
            if not defined:
                continue
            # a word of the name itself gives its short form the usual way, whichever body of a name
            # inside another it cites: 'the Council of Heads of State of the Shanghai Cooperation
            # Organisation (hereinafter "the SCO" or "the Organisation")'
            if any(defined in sp.text.split() for sp in spans):
                continue
            span = max(spans, key=len)
            table.setdefault(defined, set()).add((tuple(span._.names), span._.country, span._.kind))
    return table


# a short form the text defines in quotes after the name, a company's or a legal text's habit:
# 'Rocket Lab (Nasdaq: RKLB) ("Rocket Lab" or "the Company")', 'the Agency (hereinafter "the Agency")'
_DEFINED = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?\((?:hereinafter(?: referred to as)?\s+)?"
                      r"(?:[\"“][^\"”()]{1,40}[\"”],?\s+(?:or|and)\s+)?(?:the\s+)?[\"“](?:the|The)\s+([A-Z][a-z]+)[\"”]\)")


def _defined_short_form(text, end):
    """The capitalized word that the quoted definition right after a name makes its short form
    ("the Company"), else None."""
    m = _DEFINED.match(text, end)
    return m.group(1) if m else None


def _new_span(doc, start_char, end_char, key):
    span = doc.char_span(start_char, end_char, label=LABEL)
    if span is None:
        return None
    names, country, kind = key
    span._.names, span._.country, span._.kind = list(names), country, kind
    span._.known = True
    return span


def _free(doc, start_char, end_char):
    return not any(s.start_char < end_char and start_char < s.end_char for s in doc.spans.get("orgs", []))


def _relink_bare(doc, start_char, end_char, key, surfaces=None):
    """A short form the tagger took for a body of its own name ("the Coordination Group" after the
    International Space Exploration Coordination Group): an unknown body named by just these
    words is the statement's body with that short form. So is a registry body the statement names
    only by these words ("the General Assembly" of a release that names the OAS General Assembly and
    no United Nations General Assembly): ``surfaces`` maps a canonical name to the statement's
    texts for it."""
    for span in doc.spans.get("orgs", []):
        if (span.start_char, span.end_char) != (start_char, end_char):
            continue
        own = not span._.known and list(span._.names or []) == [span.text]
        only_bare = span._.known and surfaces is not None and len(span._.names or []) == 1 \
            and tuple(span._.names) != key[0] and span._.names[0] != span.text \
            and surfaces.get(span._.names[0]) == {span.text}
        if own or only_bare:
            names, country, kind = key
            span._.names, span._.country, span._.kind = list(names), country, kind
            span._.known = True


_DETERMINERS = {"The", "This", "That", "A", "An", "Its", "Our", "Their"}


def _drop_event_heads(docs, heads):
    """A registry body named by a bare head ("the Congress": the United States Congress) in a
    statement that also names something else with that head, no body of the registry ("the 66th
    International Astronautical Congress"): the bare head is that thing's short form, no mention."""
    texts = [(d, d.user_data.get("text") or d.text) for d in docs]
    for doc in docs:
        # a heading in capitals writes the head so too: "NEXT CONGRESS"
        bare = [s for s in doc.spans["orgs"] if len(s) == 1 and _head_word(s.text) in heads and s._.known]
        if not bare:
            continue
        drop = set()
        for word in {_head_word(s.text) for s in bare}:
            pat = re.compile(r"(?<![\w.-])([A-Z][\w-]*)\s+" + re.escape(word) + r"\b(?!\s+[A-Z])")
            for other, text in texts:
                covered = [(o.start_char, o.end_char) for o in other.spans["orgs"]]
                if any(m.group(1) not in _DETERMINERS and
                       not any(a <= m.start(1) < b or a < m.end() <= b for a, b in covered)
                       for m in pat.finditer(text)):
                    drop.add(word)
                    break
        if drop:
            doc.spans["orgs"] = [s for s in doc.spans["orgs"]
                                 if not (len(s) == 1 and _head_word(s.text) in drop and s in bare)]


def _head_word(text):
    """A head as the word lists write it: "CONGRESS" is "Congress"."""
    return text.capitalize() if text.isupper() and len(text) > 3 else text


def _bare_context(text, s):
    """A head without its article is a short form only after a lower-case word, a dash or nothing:
    after a capitalized word it ends a longer name ("European Council conclusions")."""
    before = text[:s].rstrip()
    words = before.split()
    if not words or not words[-1][:1].isalpha():
        return True
    return words[-1][:1].islower() and words[-1] not in ("the", "a", "an")


def _surfaces(docs):
    """Canonical name -> the set of texts the statement names that body by."""
    out = {}
    for doc in docs:
        for sp in doc.spans.get("orgs", []):
            for name in sp._.names or ():
                out.setdefault(name, set()).add(" ".join(sp.text.split()))
    return out


# a body the statement's title names is what the statement is about, often its issuer ("Manama
# Declaration issued by the Council of the League of Arab States"): its naming there counts twice
# for ``_most_named_before``, so "the Council" of the text cites it over a body the text names in
# passing ("call on the Security Council", with "United Nations" counting for its organ)
TITLE_WEIGHT = 2


def _mention_order(docs):
    """(paragraph index, start char, end char, names, weight) of every mention of the statement, in
    text order; a mention in the title weighs ``TITLE_WEIGHT``, any other 1."""
    return sorted((di, sp.start_char, sp.end_char, tuple(sp._.names or ()),
                   TITLE_WEIGHT if doc._.kind == "title" else 1)
                  for di, doc in enumerate(docs) for sp in doc.spans.get("orgs", []))


def _most_named_before(mentions, keys, pos):
    """The body, of those a short form can cite, that the statement named most often before ``pos``
    (full name or acronym, a name with its acronym in parentheses once), unless the short form's own
    paragraph names one of them most (``_local_antecedent``): "the Agency" in a release of the Egyptian Space Agency that also names the
    African Space Agency is the Egyptian one. A tie goes to the one tied body named in the short form's
    own paragraph before it, else to the body introduced in an earlier paragraph
    (``_first_introduced``); None on a tie of bodies introduced together ("X Agency and Y Agency signed.
    The Agency ...") and when none is named before it."""
    by_names = {k[0]: k for k in keys}
    count = {}
    first = {}
    here = {}
    last = None
    for di, start, end, names, weight in mentions:
        if (di, start) >= pos:
            break
        defined_here = last is not None and last[0] == di and last[2] == names and 0 <= start - last[1] <= 3
        last = (di, end, names)
        owner = _counts_for(names, by_names)
        if owner is not None and not defined_here:
            # a full name and its acronym in parentheses ("... Programme (SPREP)") are one naming
            count[owner] = count.get(owner, 0) + weight
            first.setdefault(owner, di)
            if di == pos[0]:
                here[owner] = here.get(owner, 0) + 1
    local = _local_antecedent(here, count)
    if local is not None:
        return by_names[local]
    ranked = sorted(count.values(), reverse=True)
    if not ranked:
        return None
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        tied_here = [n for n in here if count[n] == ranked[0]]
        if len(tied_here) == 1:
            return by_names[tied_here[0]]     # of the tied bodies, the one named in the short form's paragraph
        return _first_introduced(count, first, ranked[0], by_names)
    return by_names[max(count, key=count.get)]


# salience of the paragraph: a definite short form cites the body its own paragraph names before it
# ("The Secretary-General of APSCO welcomed the role of Bangladesh in the Organization", in a release
# of the national agency that names itself more often): the body named most in that paragraph, the
# statement's counts breaking a tie there; None when the paragraph names none or the tie stays
def _local_antecedent(here, count):
    if not here:
        return None
    ranked = sorted(((here[n], count[n]) for n in here), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return max(here, key=lambda n: (here[n], count[n]))


def _counts_for(names, by_names):
    """The body a mention names for ``_most_named_before``: itself, or the one organ of it that the
    short form can cite ("Pacific Islands Forum" counts for the Pacific Islands Forum Secretariat:
    "the Secretariat" of a forum's communiqué is the forum's own)."""
    if names in by_names:
        return names
    if len(names) != 1:
        return None
    # the organ is the body's name and one head word ("Pacific Islands Forum Secretariat"); a body
    # whose longer name only starts with it ("European Union Agency for the Space Programme") is
    # another body, and "the EU" does not name it
    organs = [n for n in by_names if len(n) == 1 and n[0].startswith(names[0] + " ")
              and " " not in n[0][len(names[0]) + 1:]]
    return organs[0] if len(organs) == 1 else None


def _first_introduced(count, first, top, by_names):
    """On a tie, the body the statement introduced in an earlier paragraph than every other tied one
    (the issuer of a release, "The Senate Committee on Commerce ... today approved", before a body
    quoted later, "the House Committee on Science ..."): "the Committee" cites it. Bodies first named
    in one paragraph ("X Agency and Y Agency signed") stay a tie."""
    tied = sorted((first[n], n) for n, c in count.items() if c == top)
    if tied[0][0] == tied[1][0]:
        return None
    return by_names[tied[0][1]]


# "... (COSPAR) held the autumn meeting of its Bureau": a possessive before an organ's head
_ITS_ORGAN = re.compile(r"\b(?:its|their)\s+([A-Z][a-z]+)\b(?!\s+(?:of|for|on)\b)(?!\s+[A-Z])")


def _organ_name(owner, head, K):
    """The organ's key (names, country, kind): the registry's "<owner> <Head>" when it has one
    ("ESA Council"), else a name built from the owner's acronym or name ("COSPAR Bureau")."""
    label = owner.text if owner.text.isupper() else (owner._.acronym or owner._.names[0])
    for form in (f"{label} {head}", f"{owner._.names[0]} {head}"):
        entries = K.lookup(form)
        if len(entries) == 1:
            return (entries[0].name,), entries[0].country, entries[0].kind, True
    return (f"{label} {head}",), owner._.country, K.filters.get("heads", {}).get(head), False


def _possessive_organs(docs):
    """A body's organ named by a possessive ("COSPAR held the meeting of its Bureau", "the Agency
    and its Council") in the sentence that names the body: a mention of that organ (``organ_heads``
    of the filters), whose head later cites it ("The Bureau decided to:"). Adds the spans and
    returns their short-form table entries."""
    K = load_knowledge()
    organ_heads = set(K.filters.get("organ_heads", []))
    table = {}
    for doc in docs:
        text = doc.user_data.get("text") or doc.text
        added = []
        for m in _ITS_ORGAN.finditer(text):
            s, e = m.start(1), m.end(1)
            tok = doc.char_span(s, e)
            if m.group(1) not in organ_heads or tok is None or not _free(doc, s, e):
                continue
            owners = [sp for sp in doc.spans.get("orgs", []) if sp.end_char <= m.start()
                      and len(sp._.names or []) == 1 and sp.sent == tok.sent]
            if not owners:
                continue
            names, country, kind, known = _organ_name(owners[-1], m.group(1), K)
            span = _new_span(doc, s, e, (names, country, kind))
            if span is not None:
                span._.known = known
                added.append(span)
                table.setdefault(m.group(1), set()).add((names, country, kind))
        if added:
            doc.spans["orgs"] = sorted(list(doc.spans["orgs"]) + added, key=lambda sp: (sp.start, sp.end))
    return table


def link_short_forms(docs, heads=None):
    """Add the short-form mentions of the statement's bodies to ``doc.spans['orgs']``."""
    docs = [d for d in docs if "orgs" in d.spans]
    known_heads, places, registry_heads = _knowledge_tables()
    doc_objects = _document_objects()
    _drop_event_heads(docs, known_heads if heads is None else heads)
    organs = _possessive_organs(docs)
    table = _bodies(docs, known_heads if heads is None else heads, places, registry_heads, _statement_text(docs))
    for form, keys in organs.items():
        table.setdefault(form, set()).update(keys)
    forms = sorted((f for f in table if isinstance(f, str)), key=len, reverse=True)
    firsts = sorted(f[1] for f in table if isinstance(f, tuple) and len(table[f]) == 1)
    if not forms and not firsts:
        return docs
    head_re = re.compile(r"\b[Tt]he (" + "|".join(re.escape(f) for f in forms) + r")\b"
                         r"(?!\s+(?:of|for)\s+(?:the\s+)?[A-Z])(?![\w-])"
                         r"(?!\s+(?!" + MONTH_WORDS + r"\b)[A-Z])") if forms else None
    first_re = re.compile(r"(?<![\w-])(" + "|".join(re.escape(f) for f in firsts) + r")(?![\w-])(?!\s+[A-Z])") \
        if firsts else None
    # the head alone as a modifier of a noun, without its article: "- Council conclusions (14 November 2023)"
    singles = [f for f in forms if " " not in f]
    bare_re = re.compile(r"(?<![\w.'’-])(" + "|".join(re.escape(f) for f in singles) + r")(?=\s+[a-z]{3,}\b)") \
        if singles else None
    mentions = _mention_order(docs)
    surfaces = _surfaces(docs)
    for di, doc in enumerate(docs):
        text = doc.user_data.get("text") or doc.text
        added = []
        for regex, kind in ((head_re, "head"), (first_re, "company"), (bare_re, "bare")):
            if regex is None:
                continue
            for m in regex.finditer(text):
                s, e = m.start(1), m.end(1)
                if kind == "bare" and not _bare_context(text, s):
                    continue
                if kind == "head" and not _on_a_document(text, e, doc_objects):
                    continue
                keys = table[("company", m.group(1))] if kind == "company" else table[m.group(1)]
                key = next(iter(keys)) if len(keys) == 1 else _most_named_before(mentions, keys, (di, s))
                if key is None:
                    continue
                if _free(doc, s, e) and not any(a.start_char < e and s < a.end_char for a in added):
                    span = _new_span(doc, s, e, key)
                    if span is not None:
                        added.append(span)
                elif kind == "head":
                    _relink_bare(doc, s, e, key, surfaces)
        if added:
            doc.spans["orgs"] = sorted(list(doc.spans["orgs"]) + added, key=lambda sp: (sp.start, sp.end))
    return docs

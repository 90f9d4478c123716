"""How an actor refers to bodies (issue 13): an acronym the statement defines itself ("Quad
Investors Network (QUIN)"), a short form of a body named in full ("the Agency", "the
ministry"), the coordinated short forms of a joint actor ("The Organization and the
Programme"), and the signatories of an accord as a group."""
import re

from .lexicon import is_code, registry


_DEFINED = re.compile(r"((?:[A-Z][\w'-]*\s+(?:(?:of|and|for|on|the)\s+)*){1,8})\(([A-Z][A-Za-z]{1,9})\)")
_ACRONYM_ACTOR = re.compile(r"^(?:[Tt]he\s+)?([A-Z][A-Za-z]{1,9})$")


def defined_acronym(actor, records):
    """The long name an acronym actor ("The QUIN") is given in the statement itself
    ("Quad Investors Network (QUIN)"), when its capitalized words' initials spell it: a
    body defined in the text that the organization stage did not record."""
    m = _ACRONYM_ACTOR.match((actor or "").strip())
    if not m:
        return None
    acronym = m.group(1)
    for rec in records:
        for d in _DEFINED.finditer(rec.get("text", "")):
            if d.group(2) != acronym:
                continue
            name = d.group(1)
            words = [w for w in re.finditer(r"\S+", name) if w.group(0)[0].isupper()]
            for i in range(len(words)):
                if _spells(acronym.upper(), [w.group(0) for w in words[i:]]):
                    return " ".join(name[words[i].start():].split())
    return None


def _subsequence(short, long):
    it = iter(long)
    return all(ch in it for ch in short)


def _spells(acronym, words):
    """True when the words' initials are, in order, in the acronym, which starts with the
    first one and whose letters are, in order, in the words (QUIN: Quad Investors Network)."""
    initials = "".join(w[0] for w in words).upper()
    letters = "".join(words).upper()
    return (len(words) >= 2 and acronym[0] == initials[0] and _subsequence(initials, acronym)
            and _subsequence(acronym, letters))


_SHORT_FORM = re.compile(r"^(?:[Tt]he\s+)?([A-Z][a-z]+)$")


def short_form_body(word, parties, surfaces):
    """The body a capitalized short form ("the Agency", "the Subcommittee") stands for: the
    one party, else the one registry body named in the statement, whose name's head (its
    words before "of") ends with that word (ANNOTATION.md: a short form of a body named in
    full is a mention of it); None when there is none or more than one."""
    m = _SHORT_FORM.match((word or "").strip())
    if not m:
        lower = _LOWER_SHORT_FORM.match((word or "").strip())
        if not lower:
            return None
        # "The ministry said it plans ...": a lower-case head noun is a reference to the one
        # party whose name has that head, not a mention of any body the statement names
        head = lower.group(1).capitalize()
        named = {n for names in surfaces.values() for n in names if n in registry()[0]}
        for pool in ([n for n in parties if not is_code(n)], named if all(is_code(n) for n in parties) else ()):
            # (then, when the parties are countries only, the one body of that head the statement
            # names: "the ministry plans to ..." in a wire story of a country's launch, after "the
            # Ministry of Transport and ..."; beside a body party, "the agency" is that party's)
            hits = sorted({n for n in pool if re.search(r"\b" + head + r"$", n.split(" of ")[0])})
            if len(hits) == 1:
                return hits[0]
        return None
    known = registry()[0]
    named = [n for names in surfaces.values() for n in names if n in known]
    for pool in ([p for p in parties if not is_code(p)], named):
        hits = sorted({n for n in pool if re.search(r"\b" + m.group(1) + r"$", n.split(" of ")[0])})
        if len(hits) == 1:
            return hits[0]
    return None


_LOWER_SHORT_FORM = re.compile(r"^[Tt]he\s+(ministry|agency|department|commission|secretariat|institute|"
                               r"administration|office|council|committee|centre|center|organi[sz]ation)$")


_SIGNATORIES = re.compile(r"^(?:[Tt]he\s+)?(?:signatories|[Pp]rincipals)(?:\s+(?:with|that|who|which|of\s+which)\s.*)?$", re.S)
_SIGNATORIES_OF = re.compile(r"\bsignatories\s+(?:to|of)\s+the\s+((?:[A-Z][\w'’-]*\s+){0,5}[A-Z][\w'’-]*)")


def signatories_group(actor, records):
    """"The signatories" (or some of them: "signatories with established space programs"; or
    their "Principals", who meet for them) of a
    statement that names them "the signatories to the Artemis Accords": the group of parties "Artemis Accords signatories" (ANNOTATION.md: a group of
    parties, not one body); None otherwise (or when the statement names several such groups)."""
    if not _SIGNATORIES.match((actor or "").strip()):
        return None
    groups = {" ".join(m.group(1).split()) for rec in records for m in _SIGNATORIES_OF.finditer(rec.get("text", ""))}
    return f"{groups.pop()} signatories" if len(groups) == 1 else None


# the conjuncts of a coordinated actor: "The Organization and the Programme", "the Agency, the
# Commission and the Office"
_CONJUNCTS = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)\s*")


def conjunct_short_forms(actor, parties, surfaces):
    """The bodies the capitalized short forms of a coordinated actor stand for, in order,
    when every conjunct is a short form of one body (``short_form_body``): "The Organization
    and the Programme will report ..." in a joint statement of the International Maritime
    Organization and the International Cospas-Sarsat Programme is both; [] otherwise (the
    organization stage may tag one of them and not the other)."""
    parts = [x for x in _CONJUNCTS.split((actor or "").strip()) if x]
    if len(parts) < 2 or not all(_SHORT_FORM.match(x) for x in parts):
        return []
    found = [short_form_body(x, parties, surfaces) for x in parts]
    return list(dict.fromkeys(found)) if all(found) else []

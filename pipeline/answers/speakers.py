"""Quoted speakers (issue 13): the body a quotation's "we" speaks for, from its attribution
("... said Dr. Al-Tamimi" after "Dr. Mohammed Al-Tamimi, CEO of the Saudi Space Agency")."""
import re

from .lexicon import party_of_entry, registry, rules

_SAID = re.compile(r"\b(?:said|says|added|stated)\b[^\"\u201c\u201d]{0,120}")


def speaker_body(rec, records=()):
    """The body of the official a quotation is attributed to in its paragraph ("..." said
    Daniel Neuenschwander, ESA Director of Human and Robotic Exploration): the one party that
    the attributions name, else None. A quoted "we" or "our teams" speaks for that body, not
    for all the statement's parties. An attribution names its speaker before "said" ("Head of
    BRIN Laksana Tri Handoko said that ...", "Salem AlMarri, Director General of MBRSC, said:")
    or after it; the speaker is a head of state or government by name (``persons``: "Abe said
    at a meeting of the Headquarters" is Japan's), a body named in the attribution, or a
    person named there whose first mention in the statement gives their body ("said Dr.
    Al-Tamimi" after "Dr. Mohammed Al-Tamimi, CEO of the Saudi Space Agency"; "Dr. Abdissa
    said" after "SSGI Director General Dr. Abdissa Yilma")."""
    found = []
    text = rec.get("text", "")
    for m in _SAID.finditer(text):
        # the subject before "said" when it names a speaker, not the bodies of the reported
        # clause ("... said that ... the former LAPAN ...")
        for part, before in ((_subject_before(text, m.start()), True), (m.group(0), False)):
            named = _speaker_in(part, before, rec, records)
            if named:
                found += named
                break
    found = list(dict.fromkeys(found))
    return found if len(found) == 1 else None


def _speaker_in(part, before, rec, records):
    """Party ids of the speaker an attribution's part names (see ``speaker_body``), or []."""
    named = [party_of_entry(n) for o in rec.get("organizations", []) if o.get("names") and o["text"] in part
             for n in o["names"] if n in registry()[0] or o.get("kind")]
    if named:
        return named
    r = rules()
    persons = [r["persons"][" ".join(m.group(1).split())] for m in r["persons_rx"].finditer(part)]
    if persons:
        return persons
    m = (_NAME_BEFORE.search(part) if before else _NAME_AFTER.match(part))
    surname = m.group(1).split()[-1] if m else None
    return person_affiliation(surname, records) if surname and surname.lower() not in _NOT_NAMES else []


_NAME = r"((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]+)"
_NAME_BEFORE = re.compile(_NAME + r"\s*,?\s*$")
_NAME_AFTER = re.compile(r"^\w+:?\s+" + _NAME)
_NOT_NAMES = {"he", "she", "they", "it", "we", "i", "the", "this", "that", "officials", "minister", "spokesperson"}


def person_affiliation(surname, records, before=50, after=80):
    """The body a person named by ``surname`` holds office in, from the name's first mention
    in the statement that gives one: a body named just before the name with only a title
    between ("SSGI Director General Dr. Abdissa Yilma", "IAF President Clay Mowry"), else a
    body named in an apposition after it ("Dr. Mohammed Al-Tamimi, CEO of the Saudi Space
    Agency"); [] when no mention does."""
    name = re.compile(r"(?<![\w])" + re.escape(surname) + r"(?![\w])")
    for rec in records:
        text = rec.get("text", "")
        orgs = [o for o in rec.get("organizations", []) if o.get("names")
                and any(n in registry()[0] or o.get("kind") for n in o["names"])]
        for hit in name.finditer(text):
            head = text[max(0, hit.start() - before):hit.start()]
            for o in orgs:
                at = head.rfind(o["text"])
                if at != -1 and _TITLE_GAP.match(head[at + len(o["text"]):]):
                    return [party_of_entry(n) for n in o["names"]]
            tail = text[hit.end():hit.end() + after]
            hits = sorted((tail.find(o["text"]), o["names"]) for o in orgs if tail.find(o["text"]) != -1)
            if hits and _APPOSITION.match(tail[:hits[0][0]]):
                return [party_of_entry(n) for n in hits[0][1]]
    return []


# between a body's name and a person's: capitalized title words only ("Director General Dr.")
_TITLE_GAP = re.compile(r"^(?:['’]s)?\s+(?:[A-Z][\w.-]*\s+){1,6}$")
# between a person's name and a body's: an apposition (", CEO of the", ", Director General of", ", "),
# not the next item of a list ("Chang Lih Kang, and officials of the Embassy of Japan")
_APPOSITION = re.compile(r"^(?:\s*\([^()]{0,30}\))?\s*,(?!\s*(?:and|or|as\s+well\s+as)\b)\s*"
                         r"(?:[^,.;()]{0,60}?\b(?:of|at|for|from)\s+)?(?:the\s+)?$")


def _subject_before(text, at, width=120):
    """The words of the sentence before ``at`` (at most ``width`` characters)."""
    head = text[max(0, at - width):at]
    cut = max(head.rfind(". "), head.rfind("\u201d"), head.rfind('"'))
    return head[cut + 1:] if cut >= 0 else head

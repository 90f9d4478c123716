"""Quoted speakers (issue 13): the body a quotation's "we" speaks for, from its attribution
("... said Dr. Al-Tamimi" after "Dr. Mohammed Al-Tamimi, CEO of the Saudi Space Agency")."""
import re

from .countries import find_countries
from .lexicon import body_country, is_code, party_of_entry, registry, rules

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
    if not found and _PRONOUN_SAID.search(text):
        found = _previous_speaker(rec, records)
    return found if len(found) == 1 else None


# "..., he said.": the quotation is the speaker's whom the paragraphs before name
_PRONOUN_SAID = re.compile(r"\b(?:he|she)\s+(?:said|says|added|stated)\b", re.IGNORECASE)


def _previous_speaker(rec, records, back=3):
    """The body of the last person the paragraphs before ``rec`` name as a speaker ("Kıraç said
    Türkiye ... was keen to share its experience" before "“We intend to work with MYSA ...,” he
    said"), or []."""
    at = next((i for i, r in enumerate(records) if r is rec), None)
    if at is None:
        return []
    for prev in reversed([r for r in records[max(0, at - back):at] if r.get("kind") != "boilerplate"]):
        names = list(_SPEAKER_NAMED.finditer(prev.get("text", "")))
        if names:
            surname = names[-1].group(1).split()[-1]
            return person_affiliation(surname, records) if surname.lower() not in _NOT_NAMES else []
    return []


def _speaker_in(part, before, rec, records):
    """Party ids of the speaker an attribution's part names (see ``speaker_body``), or []."""
    named = [party_of_entry(n) for o in rec.get("organizations", []) if o.get("names") and o["text"] in part
             for n in o["names"] if n in registry()[0] or o.get("kind")]
    if named:
        return named
    r = rules()
    # a namesake of a head of state the statement introduces as a body's official ("Yoon
    # said" after "Yoon Young-bin, head of the Korea AeroSpace Administration") is that body's
    persons = [person_affiliation(m.group(1).split()[-1], records) or [r["persons"][" ".join(m.group(1).split())]]
               for m in r["persons_rx"].finditer(part)]
    if persons:
        return [p for found in persons for p in found]
    m = (_NAME_BEFORE.search(part) if before else _NAME_AFTER.match(part))
    surname = m.group(1).split()[-1] if m else None
    return person_affiliation(surname, records) if surname and surname.lower() not in _NOT_NAMES else []


_NAME = r"((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]+)"
_NAME_BEFORE = re.compile(_NAME + r"\s*,?\s*$")
_NAME_AFTER = re.compile(r"^\w+:?\s+" + _NAME)
# "Kıraç said", "Minister Chang Lih Kang said": a named speaker
_SPEAKER_NAMED = re.compile(r"([A-Z][\w'’-]+)\s+(?:said|says|added|stated)\b")
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
# (or a title in lower case, as news agencies write it: "TUA president Yusuf Kıraç", "MYSA
# director-general Azlikamil Napiah")
_TITLE_GAP = re.compile(r"^(?:['’]s)?\s+(?:(?:[A-Z][\w.-]*|(?:vice\s+|deputy\s+)?(?:president|director-general|director|"
                        r"chairman|chairperson|chair|chief|head|administrator|secretary-general|ceo)(?:\s+general)?)\s+){1,6}$")
# between a person's name and a body's: an apposition (", CEO of the", ", Director General of", ", "),
# not the next item of a list ("Chang Lih Kang, and officials of the Embassy of Japan")
# (the given names after a family name written first may stand between: "Yoon Young-bin, head of the")
_APPOSITION = re.compile(r"^(?:\s+[A-Z][\w'’-]+){0,2}(?:\s*\([^()]{0,30}\))?\s*,(?!\s*(?:and|or|as\s+well\s+as)\b)\s*"
                         r"(?:[^,.;()]{0,60}?\b(?:of|at|for|from)\s+)?(?:the\s+)?$")


def _subject_before(text, at, width=120):
    """The words of the sentence before ``at`` (at most ``width`` characters)."""
    head = text[max(0, at - width):at]
    cut = max(head.rfind(". "), head.rfind("\u201d"), head.rfind('"'))
    return head[cut + 1:] if cut >= 0 else head


# a government minister's office ("Federal Minister", "Transport and Infrastructure Minister",
# "the Minister of State for Trade Promotion", "The Cabinet Secretary for Defence")
_MINISTER = re.compile(r"\b(?:Minister|Cabinet\s+Secretary|Secretary\s+of\s+State)\b")


def minister_country(rec, records, issuer_id=None, parties=(), window=90):
    """The country a quoted "we" speaks for when the quotation is a government minister's
    ("We will use this Memorandum to open new markets for Irish companies," said Minister
    Calleary; "Uraloğlu said" after "Transport and Infrastructure Minister Abdulkadir
    Uraloğlu"): a minister speaks for the government, not for the ministry or agency whose
    page carries the quote. The country is the one named in the minister's title ("Sweden's
    Minister for Energy"), else the issuer's, else the statement's one country party (a wire
    story); None when the attribution names no minister."""
    text = rec.get("text", "")
    for m in _SAID.finditer(text):
        for part, before in ((_attribution_before(text, m.start()), True), (m.group(0), False)):
            if _MINISTER.search(part):
                return _minister_home(part, issuer_id, parties)
            n = (_NAME_BEFORE.search(part) if before else _NAME_AFTER.match(part))
            surname = n.group(1).split()[-1] if n else None
            office = _office_of(surname, records, window) if surname and surname.lower() not in _NOT_NAMES else None
            if office is not None:
                return _minister_home(office, issuer_id, parties) if _MINISTER.search(office) else None
    return None


# a sentence end, not the period of an honorific or an initial ("Hon. Aden Duale", "Eng. Ali")
_ATTRIBUTION_END = re.compile(r"(?<!\b[A-Z])(?<!\b[DM]r)(?<!\bMs)(?<!\bMrs)(?<!\b(?:Hon|Eng|Gen|Col|Sen|Rep|Amb))(?<!\bProf)"
                              r"\.\s|[\"\u201c\u201d]")


def _attribution_before(text, at, width=250):
    """The words of the attribution before "said" ("The Cabinet Secretary for Defence, Hon. Aden
    Duale, who watched the launch ..., said:"): back to the last sentence end or quotation mark."""
    head = text[max(0, at - width):at]
    ends = [m.end() for m in _ATTRIBUTION_END.finditer(head)]
    return head[ends[-1]:] if ends else head


def _office_of(surname, records, window):
    """The words before a surname's first mention in the statement (its holder's title), or
    None when the statement never names it. A title that names a body ("the Chairwoman of
    the UAE Space Agency, Minister of State for Advanced Technology Sarah Al Amiri") is the
    body's office: it is given as "" (no minister's)."""
    name = re.compile(r"(?<![\w])" + re.escape(surname) + r"(?![\w])")
    for rec in records:
        hit = name.search(rec.get("text", ""))
        if hit:
            head = re.split(r"[.;:!?]\s", rec["text"][max(0, hit.start() - window):hit.start()])[-1]
            bodies = [o for o in rec.get("organizations", []) if o.get("names") and o["text"] in head]
            return "" if bodies else head
    return None


def _minister_home(words, issuer_id, parties):
    """The country a minister's title names ("Sweden's Minister for Energy"; not a body named
    further on in the attribution: "at the KSA offices"), else the issuer's country, else the
    parties' one country (None if none)."""
    title = _MINISTER.search(words)
    named = find_countries(words[max(0, title.start() - 25):title.end() + 40]) if title else []
    if named:
        return named[-1]["code"]
    home = (issuer_id if is_code(issuer_id) else body_country(issuer_id)) if issuer_id else None
    codes = list(dict.fromkeys(p if is_code(p) else body_country(p) for p in parties if is_code(p) or body_country(p)))
    return home or (codes[0] if len(codes) == 1 else None)

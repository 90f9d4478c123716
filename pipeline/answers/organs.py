"""Bodies the registry does not know (issue 13): a governing organ of a known organization
("SKAO Council", "Council of the League of Arab States") acts for the organization, and a
body the organization stage found in the text ("The Government Technology Agency (GovTech)
and ISRO signed ...") can be a side although the registry lacks it.

The registry names the organizations; the organs' head words are ``organ_heads`` of
``models/answers.json``.
"""
import re
from functools import lru_cache

from .lexicon import is_code, party_of_entry, registry, rules


@lru_cache(maxsize=1)
def _organ_rx():
    heads = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in
                     sorted(rules()["organ_heads"]["words"], key=lambda x: (-len(x), x)))
    return re.compile(r"^(?:(?P<pre>.+?)\s+(?:" + heads + r")(?:\s+(?:on|for)\s+.+)?|(?:" + heads +
                      r")\s+of\s+(?:the\s+)?(?P<post>.+))$")


def organ_owner(name, kinds):
    """The registry organization an unknown organ's name belongs to ("SKAO Council" -> SKA
    Observatory; "Council of the League of Arab States" -> League of Arab States; "IAEA
    Commission on Safety Standards" -> International Atomic Energy Agency): a council,
    board or secretariat the registry lacks acts for the body it governs or serves, when that
    body (by name or acronym) is of one of ``kinds``; so does a registry entry of kind
    ``council`` named as a known body's organ (the SKAO Council: a governing organ the registry
    lists for its own mentions); None otherwise (a registry body of another kind such as the
    Council of the European Union stays itself)."""
    entry = registry()[0].get(name)
    if not name or (entry is not None and entry.kind != "council"):
        return None
    m = _organ_rx().match(name)
    if not m:
        return None
    from ..organizations import knowledge
    k = knowledge.load()
    owner = (m.group("pre") or m.group("post")).strip()
    hits = {e.name for e in k.lookup(owner) + (k.lookup_acronym(owner) if owner.isupper() else []) if e.kind in kinds}
    return party_of_entry(hits.pop()) if len(hits) == 1 else None


def organ_of(parent, body):
    """True when ``body`` is named as an organ of ``parent``: the parent's name, then one or two
    words and an organ's head word ("United Nations General Assembly", "United Nations Security
    Council"); not a body of another kind under it ("United Nations Office for Outer Space
    Affairs")."""
    if not body.startswith(parent + " "):
        return False
    heads = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in rules()["organ_heads"]["words"])
    return bool(re.fullmatch(r"(?:[A-Z][\w-]*\s+){0,2}(?:" + heads + r")", body[len(parent) + 1:]))


def unknown_party(o, n, kinds, itself=False):
    """The party id of a canonical name ``n`` of organization record ``o`` the registry lacks,
    when the organization stage gave the record a party kind: its organ's owner; with
    ``itself`` (the subject of a lead's signing verb: "The Government Technology Agency
    (GovTech) and ISRO signed"), else the name itself. None for a registry name, another
    kind, or a name that is no organ without ``itself`` (a byline's "Office of the
    Spokesman", a wire's name in a title)."""
    if n in registry()[0] or o.get("kind") not in kinds:
        return None
    return organ_owner(n, kinds) or (party_of_entry(n) if itself else None)


def covered_countries(bodies, codes):
    """The countries of ``codes`` that ``bodies`` stand for: each registry body its own
    country; the bodies the registry lacks, when as many as the codes left, the codes left
    ("Bhutan and India sign arrangement ...": "The Government Technology Agency (GovTech) and
    the Indian Space Research Organisation (ISRO) signed": ISRO is India's, GovTech Bhutan's)."""
    known = [b for b in bodies if b in registry()[0]]
    covered = {registry()[0][b].country for b in known}
    unknown = [b for b in bodies if b not in registry()[0] and not (len(b) == 2 and b.isupper())]
    left = [c for c in codes if c not in covered]
    return covered | set(left) if unknown and len(unknown) == len(left) else covered


def without_bodies(raw, p):
    """A paragraph's text with its organizations' names blanked: "Government Technology
    Agency", "Royal Government of Bhutan attended" say no body signs for a government."""
    chars = list(raw[p["start"]:p["end"]])
    for o in p.get("organizations", []):
        chars[o["start"] - p["start"]:o["end"] - p["start"]] = " " * (o["end"] - o["start"])
    return "".join(chars)


def organ_signers(ids, lead):
    """The lead's signers when they name an organ of the headline's subject ("African Union
    inaugurates the African Space Agency in Cairo": "The African Union Commission (AUC) and
    the Government of the Arab Republic of Egypt today officially inaugurated the headquarters
    of the African Space Agency"): the organ and its co-signers act, what the headline names
    after its verb is the object. None otherwise."""
    if len(lead) < 2 or not ids or is_code(ids[0]) or ids[0] in lead:
        return None
    return lead if any(heads(ids[0], i) for i in lead) else None


def heads(parent, body):
    """True when a body's name begins another's ("United Nations" and "United Nations Office
    for Outer Space Affairs"): the first is the organization the second belongs to."""
    return body.startswith(parent + " ")


_SECRETARIAT = re.compile(r"^(?:the\s+)?Secretariat$")


def secretariat_of(actor, parties):
    """The body a bare "the Secretariat" stands for in a statement of the body it serves (a
    COPUOS report: the Office for Outer Space Affairs; ``secretariats``), else None."""
    if not _SECRETARIAT.match((actor or "").strip()):
        return None
    table = rules()["secretariats"]
    served = list(dict.fromkeys(table[p] for p in parties if p in table))
    return served[0] if len(served) == 1 else None


_OWN_SECRETARIAT = re.compile(r"^(?:(?P<pre>.+?)\s+(?:General\s+)?Secretariat|(?:General\s+)?Secretariat\s+of\s+(?:the\s+)?(?P<post>.+))$")


def secretariat_party(pid, parties):
    """The party whose secretariat a body is ("The ICAO Secretariat plans to set up a Space
    Operations Task Force" in an ICAO-UNOOSA release; "the OAS General Secretariat"): an
    organization acts through its secretariat, which is no side of its own; None otherwise."""
    m = _OWN_SECRETARIAT.match(pid or "")
    if not m:
        return None
    owner = m.group("pre") or m.group("post")
    for p in parties:
        entry = registry()[0].get(p)
        if owner == p or (entry is not None and owner in entry.acronyms):
            return p
    return None


# "The heads of the ISS partner agencies, NASA, ESA, JAXA, CSA and Roscosmos, met in Milan ... as
# the International Space Station Multilateral Coordination Board (MCB)": the bodies that meet
# as a forum speak, the forum is their meeting
_MET_AS = re.compile(r"(?P<who>.{5,600}?)\s+met\b[^.;]{0,200}?\bas\s+(?:the\s+)?$", re.S)


def members_meeting_as(forum_ids, records, raw, mentions, paragraphs=2):
    """(forum, the bodies the opening paragraphs say meet as it), when two bodies or more of a
    party kind do; else None. ``mentions(text, base, orgs)`` gives the party ids a text names."""
    for p in [p for p in records if p["kind"] == "body"][:paragraphs]:
        for o in p.get("organizations", []):
            forum = next((n for n in o.get("names") or [] if n in forum_ids), None)
            m = _MET_AS.match(raw, p["start"], o["start"]) if forum else None
            if m:
                bodies = [i for i in mentions(m.group("who"), m.start("who"), p.get("organizations", []))
                          if not is_code(i) and i != forum]
                if len(set(bodies)) >= 2:
                    return forum, list(dict.fromkeys(bodies))
    return None


# "of the SCO will be held": a forum named as the owner of something else is no subject
_OWNED = re.compile(r"\bof\s+(?:the\s+)?$")


def members_speak(records, raw):
    """True when a content paragraph names a forum's members as the speakers ("The Member
    States reaffirm", "We, the Leaders of the Federative Republic of Brazil, ...", "We, the
    Combined Space Operations Initiative participants")."""
    patterns = rules()["member_speaker_rx"]
    return any(rx.search(raw[p["start"]:p["end"]]) for p in records if p["kind"] in ("body", "caption")
               for rx in patterns)


def forum_speaks(forum, records, raw):
    """True when a content paragraph makes the forum itself the subject of a pledge ("The
    Quad is committed to", "the Quad will partner"): a forum's declaration where its members
    speak ("The Member States reaffirm", "We, the Leaders of ...") is its members' alone."""
    patterns = rules()["forum_subject_rx"]
    for p in records:
        if p["kind"] not in ("body", "caption"):
            continue
        for o in p.get("organizations", []):
            if forum not in (o.get("names") or []) or _OWNED.search(raw[max(0, o["start"] - 8):o["start"]]):
                continue
            after = raw[o["end"]:o["end"] + 60]
            if any(rx.match(after) for rx in patterns):
                return True
    return False

"""Resolved actors (issue 13): each commitment's ``actor_names`` (party ids: ISO codes for
countries, canonical names for bodies) and ``actor_basis``.

- ``explicit``: the actor names its parties: organizations ("NASA and JAXA"; a national
  government is its country), countries ("the United States and the ROK"), heads of state
  and ministers by name ("President Yoon" -> KR), a country adjective before a side noun
  ("the Japanese side"); "Quad leaders", "G7 members" stand for the forum's members.
- ``coreference``: the same, when the actor was resolved from a pronoun to a party named
  earlier (the actor's words are not in the commitment's paragraph), or a person named by
  title and surname ("Dr. Yamakawa") stands for the body named just after the name's
  first mention ("Dr. YAMAKAWA Hiroshi, President of JAXA").
- ``statement parties``: "we", "both sides", "the leaders", "the participants", a bare
  title ("the President": the issuer's country), no actor, or a subject that is no party
  ("the program", "this partnership"): the statement's parties (its countries when it
  has any, else all of them; a forum's own programs stand for the forum).
"""
import re
from functools import lru_cache

from .countries import find_countries
from .headline import agencies_named
from .lexicon import adjectives, body_country, is_code, party_of_entry, registry, rules
from .issuers import PARTY_KINDS
from .organs import organ_owner, secretariat_of, secretariat_party
from .references import conjunct_short_forms, defined_acronym, short_form_body, signatories_group
from .speakers import minister_country, speaker_body

_BARE_TITLE = re.compile(r"^(?:the\s+)?(?:u\.s\.\s+|us\s+)?(?:vice\s+president|president|prime\s+minister|"
                         r"secretary(?:\s+of\s+state)?|administrator|chancellor|national security advisor)$", re.I)


def surface_map(records):
    """Organization surface text -> canonical names, over the whole statement (first seen wins)."""
    out = {}
    for rec in records:
        for o in rec.get("organizations", []):
            if o.get("names"):
                out.setdefault(o["text"], list(o["names"]))
    return out


@lru_cache(maxsize=16)
def _surface_rx(surfaces):
    """One pattern over a statement's organization surfaces (a tuple), longest first."""
    alts = "|".join(re.escape(x) for x in sorted(surfaces, key=lambda x: (-len(x), x)))
    return re.compile(r"(?<![\w])(?:" + alts + r")(?![\w])") if alts else None


def _org_mentions(actor, surfaces):
    """(position, canonical names, end) of organization surfaces in the actor text, longest first."""
    rx = _surface_rx(tuple(sorted(surfaces)))
    found, taken = [], []
    generic = rules()["party_rx"]
    for m in rx.finditer(actor) if rx else ():
        taken.append((m.start(), m.end()))
        if _HEADS_OF.search(actor[:m.start()]):
            continue  # "CARICOM Heads of Government": the leaders, not a government "Government" stands for
        if generic.fullmatch(m.group(0)) or (_PLURAL_GENERIC.search(m.group(0))
                                             and not any(n in registry()[0] for n in surfaces[m.group(0)])):
            continue  # "Each Party", "the Cooperating Agencies": a text's word for its sides
        found.append((m.start(), surfaces[m.group(0)], m.end()))
    return found, taken


_HEADS_OF = re.compile(r"\bHeads?\s+of\s+(?:State\s+and\s+)?$")
# a name the registry lacks that ends in a plural common noun names several bodies, not one
_PLURAL_GENERIC = re.compile(r"\b(?:Agencies|Parties|Sides|Organi[sz]ations|Governments|Participants)$")


def explicit_parties(actor, surfaces):
    """Party ids the actor text names itself (empty when it names none)."""
    bodies, _ = agencies_named(actor)
    if bodies:
        return bodies  # "the BRICS space agencies", "the Italian and French space agencies"
    r = rules()
    orgs, taken = _org_mentions(actor, surfaces)
    found = []
    member_noun = bool(r["member_rx"].search(actor))
    for pos, names, end in orgs:
        if _owning_body(actor, end, orgs):
            continue  # "BRIN's Research Organization for Aeronautics and Space": the unit acts
        for n in names:
            pid = party_of_entry(n)
            members = r["forums"].get(pid)
            if members and member_noun:
                found += [(pos, m) for m in members]
            else:
                found.append((pos, pid))
    found += [(c["start"], c["code"]) for c in find_countries(actor, 0, taken) if not _owner(actor, c, orgs)]
    persons = r["persons"]
    found += [(m.start(), persons[" ".join(m.group(1).split())]) for m in r["persons_rx"].finditer(actor)
              if not _official_of(actor, m.start(), orgs)]
    adj_rx, adj = adjectives()
    side = r["side_nouns"]
    for m in adj_rx.finditer(actor):
        rest = actor[m.end():].lower().split()
        if rest and rest[0].rstrip("s") in side and not any(s <= m.start() < e for s, e in taken) \
                and not (len(rest) > 1 and _BODIES_NOUN.match(rest[1])):
            found.append((m.start(), adj[m.group(1)]))
    out = []
    for pos, pid in sorted(found, key=lambda x: x[0]):
        if out and _PLACE.search(actor[:pos]):
            continue  # "Thales Alenia Space in the UK", "the NATO Space Centre at Allied Air Command"
        if pid not in out:
            out.append(pid)
    return out


_POSSESSIVE = re.compile(r"['’]s\s+")


def _owner(actor, c, orgs):
    """True when a country is named as the owner of the body right after it ("India's Ministry
    of Commerce and Industry"): the body is the actor, its country no second one."""
    m = _POSSESSIVE.match(actor, c["end"])
    if not m:
        return False
    return any(pos == m.end() and all(body_country(n) in (None, c["code"]) for n in names) for pos, names, _ in orgs)


def _owning_body(actor, end, orgs):
    """True when the body ending at ``end`` owns the body named right after it ("BRIN's Research
    Organization for Aeronautics and Space"): the unit is the actor, not its parent beside it."""
    m = _POSSESSIVE.match(actor, end)
    return bool(m) and any(pos == m.end() for pos, _, _ in orgs)


# "NASA astronaut Frank Rubio", "ESA Director General Josef Aschbacher": a person named after a
# body and a title holds office in that body (a namesake in ``persons`` is not meant)
_OFFICE_GAP = re.compile(r"^\s+(?:[\w.'’-]+\s+){1,5}$")


def _official_of(actor, at, orgs):
    """True when the person named at ``at`` follows a body and a title in the actor."""
    return any(end <= at and _OFFICE_GAP.match(actor[end:at]) and not re.search(r"\b(?:and|or|with)\b", actor[end:at])
               for _, _, end in orgs)


# "other Israeli government agencies": a country adjective and a side noun that modify the
# bodies after them name no side of their own
_BODIES_NOUN = re.compile(r"^(?:agencies|bodies|entities|institutions|organi[sz]ations|departments|ministries)\b")


# a party named after another one and after "in" or "at" is where the first one is, not a
# second actor
_PLACE = re.compile(r"\b(?:in|at|based\s+in|located\s+in)\s+(?:the\s+)?$", re.I)


_DUAL = re.compile(r"\b(?:both|two|three|four|each|leaders|countries|nations|sides|presidents|they)\b", re.I)


def speaking_sides(parties):
    """The parties that speak as sides: the countries, and the bodies that are no part of
    a party country or forum of members ("we" in an EU-Japan statement is the European
    Union and Japan; beside the United Kingdom its space agency is not another side, nor
    is the Quad beside its four members). Bodies alone are all sides."""
    codes = [p for p in parties if is_code(p)]
    if not codes:
        return list(parties)
    forums = rules()["forums"]
    out = []
    for p in parties:
        entry = registry()[0].get(p)
        if is_code(p) or not ((entry is not None and entry.country in codes)
                               or any(m in codes for m in forums.get(p, []))):
            out.append(p)
    return out


_AGENCY_NOUN = re.compile(r"\bagenc(?:y|ies)\b", re.I)


def _as_agencies(sides):
    """"The two agencies" of a statement between NASA and India, "the Cooperating Agencies"
    of a treaty between two countries: each country side stands for its national space
    agency (``space_agencies``), when it has one."""
    table = rules()["space_agencies"]
    return [table.get(p, p) if is_code(p) else p for p in sides]


def _space_agencies_among(sides):
    """"Both agencies" of a statement whose sides are agencies and other bodies (the UK Space
    Agency, the Australian Space Agency, a trade department and a trade commission): the
    national space agencies (``space_agencies``) among them, when there are two or more."""
    table = set(rules()["space_agencies"].values())
    agencies = [p for p in sides if p in table]
    return agencies if len(agencies) >= 2 else sides


def _statement_default(parties, issuer_id, actor, named=()):
    """The parties a collective or non-party actor stands for; "both countries" in a
    one-sided statement adds the countries its title names (``named``)."""
    codes = speaking_sides(parties)
    if actor and _AGENCY_NOUN.search(actor) and len(codes) > 1:
        return _space_agencies_among(_as_agencies(codes))
    if actor and len(codes) < 2 and _DUAL.search(actor):
        codes = codes + [p for p in named if is_code(p) and p not in codes]
    if actor and _BARE_TITLE.match(actor.strip()):
        home = issuer_id if issuer_id in codes or (issuer_id and len(issuer_id) == 2) else (codes[:1] or [None])[0]
        return [home] if home else list(parties)
    r = rules()
    forums = [p for p in parties if p in r["forums"]]
    if actor and forums and not r["party_rx"].search(actor):
        return forums[:1]  # "the program", "this partnership": the forum's own work
    return codes or list(parties)


_PERSON = re.compile(r"^(?:Dr|Mr|Ms|Mrs|Prof|Professor)\.?\s+(?:[A-Z][\w'-]+\s+)?([A-Z][\w'-]+)$")


def person_body(actor, records):
    """The body a person named only by title and surname heads or speaks for: the first
    organization named within a few words after the name's first mention in the statement
    ("Dr. YAMAKAWA Hiroshi, President of JAXA" -> JAXA)."""
    m = _PERSON.match(actor.strip())
    if not m:
        return []
    surname = re.compile(r"(?<![\w])" + re.escape(m.group(1)) + r"(?![\w])", re.IGNORECASE)
    for rec in records:
        for hit in surname.finditer(rec.get("text", "")):
            after = rec["text"][hit.end():hit.end() + 80]
            for o in sorted(rec.get("organizations", []), key=lambda o: o["start"]):
                at = after.find(o["text"])
                if at != -1 and o.get("names"):
                    return [party_of_entry(n) for n in o["names"]]
    return []


_FIRST_PERSON = re.compile(r"^(?:we|our)\b", re.I)
def _in_quote(c, rec):
    """Whether the commitment's words stand inside quotation marks of its paragraph."""
    text = rec.get("text", "")
    at = _find_commitment(c, text)
    if at <= 0:
        return False
    before = text[:at]
    return before.count('"') % 2 == 1 or before.rfind("\u201c") > before.rfind("\u201d")


# "his delegation", "her country": the country of the representative who speaks
_OWN_SIDE = re.compile(r"^(?:his|her|its|their)\s+(?:country|delegation|government|nation)$", re.I)
# "the representative of Japan", "the Republic of Korea's representative"
_SPEAKER_BEFORE = re.compile(r"\b(?:representatives?|delegates?|ambassadors?|envoys?|speakers?|delegations?)\s+"
                             r"(?:of|for|from)\s+(?:the\s+)?$", re.I)
_SPEAKER_AFTER = re.compile(r"^(?:['’]s\s+|\s+)(?:representatives?|delegates?|ambassadors?|envoys?|delegations?)\b", re.I)


# what joins two clauses of one sentence: "The Government of Malaysia will continue to invest
# ..., and we aim to place ...": the "we" of the second is the subject of the first
_JOINED = re.compile(r"^[^.!?;:\"\u201c\u201d]{0,40}?,?\s+and\s+$")


def _coordinated_subject(c, rec):
    """The resolved actor of the commitment just before a first-person one in the same
    sentence, when the two clauses are joined by "and" and the first names its subject
    itself (``explicit``); else None."""
    text = rec.get("text", "")
    at = _find_commitment(c, text)
    prev = [p for p in rec.get("commitments", []) if p is not c and p.get("actor_names") and p["end"] <= c["start"]]
    if at <= 0 or not prev:
        return None
    p = max(prev, key=lambda p: p["end"])
    p_at = _find_commitment(p, text)
    p_len = len(" ".join(str(p.get("text", "")).split()))
    if p.get("actor_basis") != "explicit" or p_at < 0 or not _JOINED.match(text[p_at + p_len:at]):
        return None
    return list(p["actor_names"])


# a country as the subject of a quoted sentence: "Kenya is ready to share what we have learned.",
# "Kenya has moved from being a consumer of space data to a producer, and ..."
_SUBJECT_VERB = re.compile(r"^\s+(?:is|has|was|will|remains|stands|can|must|wants|intends|aims|has\s+become)\b")
_CLAUSE_START = re.compile(r"(?:^|[\"\u201c]|[.!?;]\s+)\s*$")


def _quoted_country_subject(c, rec):
    """The country a quotation makes the subject of the sentence before its first-person
    commitment ("Kenya is ready to share what we have learned. We will also support ...", "Kenya
    has moved ..., and we will use it to ..."): the speaker's "we" is that nation. None when
    the quote names no country so (its "we" is the speaker's body's)."""
    text = rec.get("text", "")
    at = _find_commitment(c, text)
    if at <= 0:
        return None
    opening = max(text.rfind("\u201c", 0, at), text.rfind('"', 0, at))
    inside = text[opening + 1:at] if opening >= 0 else ""
    found = [x for x in find_countries(inside) if _CLAUSE_START.search(inside[:x["start"]])
             and _SUBJECT_VERB.match(inside[x["end"]:])]
    return [found[-1]["code"]] if found else None


def _quoted_voice(c, rec, records):
    """Whom a quoted "we" speaks for (a minister's aside): the country the quote makes its
    subject when it is the speaker's own ("Kenya is ready to share what we have learned. We
    will also support ...", said the head of the Kenya Space Agency) or the speaker's body is
    unknown; else the speaker's body, whatever other country the quote names ("Poland has
    chosen ..., and we are proud", said the Head of Space Systems at Airbus)."""
    subject = _quoted_country_subject(c, rec)
    body = speaker_body(rec, records)
    if subject and (not body or subject[0] in {_country(b) for b in body}):
        return subject
    return body or subject


def _find_commitment(c, text):
    """Where the commitment's words start in its paragraph's folded text, else -1."""
    return text.find(" ".join(str(c.get("text", "")).split()))


def _actor_at(actor, c, rec):
    """Where the actor's words stand in the paragraph's folded text: their last occurrence up to
    the commitment's words, else where those start (else the paragraph's end)."""
    text = rec.get("text", "")
    at = _find_commitment(c, text)
    at = at if at >= 0 else len(text)
    pos = text.rfind(actor, 0, at + len(actor))
    return pos if pos >= 0 else at


def speaker_country(actor, c, rec):
    """The country a possessive speaker's side ("his delegation", "her country") stands for in
    meeting coverage: the last country named as a representative's before the actor in its
    paragraph ("The representative of Japan ... said that his country remains committed"),
    else None."""
    if not _OWN_SIDE.match((actor or "").strip()):
        return None
    head = rec.get("text", "")[:_actor_at(actor, c, rec)]
    found = [x for x in find_countries(head) if _SPEAKER_BEFORE.search(head[:x["start"]])
             or _SPEAKER_AFTER.match(head[x["end"]:x["end"] + 20])]
    return found[-1]["code"] if found else None


_GOVERNMENT = re.compile(r"^(?:the\s+)?government$", re.I)


def home_government(actor, parties, issuer_id):
    """The country a bare "the Government" stands for: the issuer's (a national body's
    statement: "the Government intends to present to the Storting"), else the statement's one
    country party; None otherwise."""
    if not _GOVERNMENT.match((actor or "").strip()):
        return None
    home = _country(issuer_id) if issuer_id else None
    if home:
        return home
    codes = [p for p in parties if is_code(p)]
    return codes[0] if len(codes) == 1 else None


_COUNTED_COUNTRIES = re.compile(r"^(?:the\s+|our\s+)?(both|two|three|four)\s+(?:countries|nations|governments)$", re.I)
_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4}


def counted_countries(actor, parties, rec):
    """The countries "both countries" or "the two countries" stand for when the statement has
    fewer country parties than the number says (an agency's release: "Norway and Germany signed
    ..., and the two countries will continue"): the parties' countries, then those its
    paragraph names (by name or by their bodies: "between CONIDA and NASA"), as many as the
    number; None otherwise."""
    m = _COUNTED_COUNTRIES.match((actor or "").strip())
    if not m:
        return None
    want = _COUNTS[m.group(1).lower()]
    own = [_country(p) for p in parties]
    if len({p for p in own if p}) >= want:
        return None
    named = [(x["start"], x["code"]) for x in rec.get("countries", [])]
    named += [(o["start"], _country(party_of_entry(n))) for o in rec.get("organizations", []) for n in o.get("names") or []]
    out = list(dict.fromkeys([p for p in own if p] + [code for _, code in sorted(named, key=lambda x: x[0]) if code]))
    return out[:want] if len(out) >= want else None


def _country(pid):
    """A party id's country: a country's code itself, a registry body's country, else None."""
    return pid if is_code(pid) else body_country(pid)


_TWO_SIDES = re.compile(r"^(?:the\s+)?(?:two|both)\s+(?:sides|agencies|organi[sz]ations|institutions|parties)$", re.I)
_PAIR_JOIN = re.compile(r"^\s+and\s+(?:the\s+)?$")


def _paragraph_mentions(text, orgs):
    """(start, end, party id) of the parties a paragraph's folded text names: its
    organizations (by their text) and countries, in order."""
    found = []
    for o in orgs:
        for m in re.finditer(r"(?<![\w])" + re.escape(o["text"]) + r"(?![\w])", text) if o.get("names") else ():
            found += [(m.start(), m.end(), party_of_entry(n)) for n in o["names"][:1]]
    found += [(x["start"], x["end"], x["code"]) for x in find_countries(text)]
    return sorted(set(found))


def paired_sides(actor, c, rec, parties):
    """The two sides "the two sides" ("the two agencies", "both organizations") stands for in a
    one-sided statement (an agency's release on its meeting with another, a forum's report of
    two members' memorandum): the pair named "X and Y" in the actor's sentence after it
    ("... the joint working group between EgSA and CNSA"), else the last pair before it in its
    paragraph ("The AUC and the European Union also reviewed ... The two sides agreed"); None
    when the statement has two sides already or no pair is named."""
    if not _TWO_SIDES.match((actor or "").strip()) or len(speaking_sides(parties)) >= 2:
        return None
    text = rec.get("text", "")
    pos = _actor_at(actor, c, rec)
    end = text.find(". ", pos)
    mentions = _paragraph_mentions(text, rec.get("organizations", []))
    pairs = [(a[0], [a[2], b[2]]) for a, b in zip(mentions, mentions[1:])
             if a[2] != b[2] and _PAIR_JOIN.match(text[a[1]:b[0]])]
    after = [p for start, p in pairs if pos < start and (end < 0 or start < end)]
    before = [p for start, p in pairs if start < pos]
    return (after[:1] or before[-1:] or [None])[0]


_THE_COMPANY = re.compile(r"^the\s+(?:company|firm)$", re.I)


def last_company(actor, c, rec):
    """The company "the company" stands for: the last company its paragraph names before the
    actor ("Isar Aerospace plans ... The company has signed ... and aims to"), else None."""
    if not _THE_COMPANY.match((actor or "").strip()):
        return None
    text = rec.get("text", "")
    pos = _actor_at(actor, c, rec)
    found = [(text.rfind(o["text"], 0, pos), o["names"][0]) for o in rec.get("organizations", [])
             if o.get("names") and o.get("kind") == "company" and text.rfind(o["text"], 0, pos) != -1]
    return max(found)[1] if found else None


# "The two sides agreed that NASA and the VNSC will sign ...", "The Council also decided that ESA
# will draft ...": the sides decide, the bodies the that-clause names are to act
_THAT_SUBJECT = re.compile(r"\b(?:agreed|agree|decided|decide|concurred|resolved)\s+that\s+(.{2,160}?)\s+"
                           r"(?:will|shall|would|is\s+to|are\s+to)\s", re.I)


def delegated_subject(c, surfaces):
    """The parties a commitment's that-clause names as its subject ("agreed that NASA and the
    Viet Nam National Space Center (VNSC), a body under VAST, will sign"), else None: the
    promised action is theirs."""
    m = _THAT_SUBJECT.search(" ".join(str(c.get("text") or "").split()))
    if not m:
        return None
    subject = re.split(r",\s", m.group(1))[0]
    if _names_a_thing(subject, surfaces):
        return None
    found = [f for f in explicit_parties(subject, surfaces) if f in registry()[0] or is_code(f)]
    return found or None


_CAPITALIZED = re.compile(r"\b(?!(?:The|Both|Each|And)\b)[A-Z][\w'’-]*")


def _names_a_thing(subject, surfaces):
    """True when a that-clause's subject is a name that holds a party's name without being
    one ("agreed that the second Africa–EU Space Dialogue will be held in Brussels": the
    meeting, not the EU): capitalized words are left once its bodies, countries, country
    adjectives and parenthesized acronyms are blanked."""
    rx = _surface_rx(tuple(sorted(surfaces)))
    rest = rx.sub(" ", subject) if rx else subject
    for c in sorted(find_countries(rest), key=lambda x: -x["start"]):
        rest = rest[:c["start"]] + " " + rest[c["end"]:]
    rest = adjectives()[0].sub(" ", re.sub(r"\([^()]*\)", " ", rest))
    return bool(_CAPITALIZED.search(rest))


def _dedup_list(items):
    return list(dict.fromkeys(items))


def resolve_actor(c, rec, surfaces, parties, issuer_id, named=(), records=()):
    """(actor_names, actor_basis) of one commitment record."""
    actor = c.get("actor")
    first_person = bool(actor and _FIRST_PERSON.match(actor))
    joined = _coordinated_subject(c, rec) if first_person else None
    if joined:
        return joined, "coreference"
    quoted = first_person and _in_quote(c, rec)
    speaker = None
    if quoted:  # a minister speaks for the country, anyone else for the body or country of the quote
        minister = minister_country(rec, records, issuer_id, parties)
        speaker = [minister] if minister else _quoted_voice(c, rec, records)
    if speaker:
        return speaker, "coreference"
    home = speaker_country(actor, c, rec) or home_government(actor, parties, issuer_id)
    if home:
        return [home], "coreference"
    counted = counted_countries(actor, parties, rec) or paired_sides(actor, c, rec, parties)
    if counted and counted != _statement_default(parties, issuer_id, actor, named):
        return counted, "coreference"  # (the same sides as the statement's are its parties')
    delegated = delegated_subject(c, surfaces)
    if delegated:
        return delegated, "explicit"
    if actor:
        found = [(short_form_body(f, parties, surfaces) or f) if f not in registry()[0] and not is_code(f) else f
                 for f in explicit_parties(actor, surfaces)]
        found = _dedup_list(secretariat_party(f, parties) or organ_owner(f, PARTY_KINDS) or f for f in found)
        found = found or [b for b in [short_form_body(actor, parties, surfaces)] if b]
        wider = conjunct_short_forms(actor, parties, surfaces)
        found = wider if set(found) < set(wider) else found
        if found:
            basis = "explicit" if actor in rec.get("text", "") else "coreference"
            return found, basis
        found = person_body(actor, records)
        if found:
            return found, "coreference"
        group = signatories_group(actor, records)
        if group:
            return [group], "coreference"
        served = secretariat_of(actor, parties) or last_company(actor, c, rec)
        if served:
            return [served], "coreference"
        long_name = defined_acronym(actor, records)
        if long_name:
            return [long_name], "explicit"
    return _statement_default(parties, issuer_id, actor, named), "statement parties"

"""Whose voice a statement is (issue 13): the title line that names the speaker of a statement
delivered at a meeting, the facility where an act takes place, an official who signs for the
issuer, an agreement's signature block, and a company's own release."""
import re

from .countries import find_countries
from .issuers import government_site_country, registry_mentions
from .lexicon import is_code, registry, rules


# "sign Joint Statement of Intent at NASA Goddard Space Flight Center": a centre, a launch
# complex or a headquarters named after "at" or "in" is where the act takes place
_AT_PLACE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:['’]s)?\s+)?$")
_FACILITY = re.compile(r"\b(?:Cent(?:er|re)|Headquarters|Complex|Cosmodrome|Spaceport|Range|Laboratory)$")


def facility_venue(text, at, names):
    """True when the body at ``at`` is a facility named as the place of the act, no side."""
    return bool(_AT_PLACE.search(text[max(0, at - 30):at])) and any(_FACILITY.search(n) for n in names)


# "FOR THE GOVERNMENT OF JAPAN:          FOR THE GOVERNMENT OF THE UNITED STATES OF AMERICA:",
# "For the Kenya Space Agency: ...": the sides an agreement's signature block names
_SIGNED_FOR = re.compile(r"(?:^|\s{2,}|\n)(?:FOR|For)\s+(?:THE|the)\s+([^:\n]{3,80}(?:\n\s*[^:\n]{2,40})?)\s*:", re.S)


def signature_block(records, raw, mentions, last=15):
    """The parties a signature block at the end of a statement names ("For the Government of
    X:" beside or below "For the Government of Y:"), two at least, in order; else [].
    ``mentions(text, base, orgs)`` gives the party ids a text names."""
    found = []
    for p in [p for p in records if p["kind"] != "boilerplate"][-last:]:
        text = raw[p["start"]:p["end"]]
        for m in _SIGNED_FOR.finditer(text):
            found += mentions(" ".join(m.group(1).split()), -10 ** 9, []) or \
                mentions(m.group(1), p["start"] + m.start(1), p.get("organizations", []))
    found = list(dict.fromkeys(found))
    return found if len(found) >= 2 else []


# "EU Statement – UN General Assembly 78th First Committee: ...", "Japan's Remarks at the
# Conference on Disarmament": one speaker's statement and the meeting it is delivered at
_SPEAKER_STATEMENT = re.compile(r"^(?!.*\bjoint\b)([^–—:]{2,60}?)(?:['’]s?)?\s+(?:statement|remarks|intervention|address|speech)"
                                r"\s*(?:[–—:]|-\s|\b(?:at|to|before|in)\b)", re.IGNORECASE)


# "Statement on behalf of the European Union" below "78th Session of the United Nations General
# Assembly First Committee ...": the title line that names who speaks
_SPEAKER_LINE = re.compile(r"^(?:statement|remarks|intervention|address|speech)\s+(?:by|of|from|on\s+behalf\s+of)\s",
                           re.IGNORECASE)


def speaker_titles(titles):
    """The title paragraphs that name a statement's parties: the one line that says whose
    statement it is when the others name the meeting it is delivered at, else all."""
    said = [t for t in titles if _SPEAKER_LINE.match(t["text"])]
    return said[:1] if said and len(titles) > 1 else titles


def speaker_part(text):
    """The words of a title that name its speakers: before the statement noun when the title
    is one speaker's statement at a meeting (the meeting's body, "UN General Assembly", is
    where it is said, no side of it), else the whole title."""
    m = _SPEAKER_STATEMENT.match(text)
    return text[:m.end(1)] if m and (find_countries(m.group(1)) or registry_mentions(m.group(1))) else text


# "Minister Calleary", "Administrator Nelson", "Secretary of State Blinken": an office title
# and a name, no body
_OFFICIAL = r"^(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+)?(?i:{titles})(?:\s+(?:of\s+State|for\s+[A-Z][\w'’-]+))?(?:\s+[A-Z][\w'’.-]+){{1,3}}$"


def official_of_issuer(text, by_issuer):
    """[the issuer] when ``text`` names an official only by title and name, else []."""
    if not by_issuer:
        return []
    titles = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in rules()["titles"] if not w.startswith("_"))
    return [by_issuer] if re.match(_OFFICIAL.format(titles=titles), text.strip()) else []


def company_alone(ids, by_issuer, co_signing):
    """A company's own press release speaks for the company alone ("Poland orders two Airbus
    Earth observation satellites" on airbus.com: the customer is no side of the announcement),
    unless its headline makes the company and another body the co-subjects of a signing or
    agreeing verb (``co_signing``: "Axiom Space and the European Space Agency Sign ..."); any
    other issuer's parties as they are."""
    entry = registry()[0].get(by_issuer) if by_issuer else None
    if entry is None or entry.kind != "company" or co_signing:
        return ids
    return [by_issuer]


# "Joint press conference with the President of the Republic of Korea", "Joint Statement with
# Prime Minister Kishida": a joint act the headline says the host holds "with" a guest
_JOINT_WITH = re.compile(r"\bjoint\b[^.:;]{0,60}?\bwith\b", re.IGNORECASE)


def host_side(head, ids, by_issuer):
    """The issuer's side beside the guest a headline names, when the headline is a joint act
    held "with" the guest on the host's page (a head of government's transcript of a joint
    press conference with a visiting president): the issuer's country, or its body when it is
    no government's, then the guest's parties; ``ids`` as they are otherwise (or when they
    hold the issuer's side already)."""
    if not by_issuer or not ids or not _JOINT_WITH.search(head or ""):
        return ids
    entry = registry()[0].get(by_issuer)
    home = by_issuer if len(by_issuer) == 2 and by_issuer.isupper() else (
        entry.country if entry is not None and entry.kind in ("government", "ministry", "office") and entry.country
        else by_issuer)
    if home in ids or (entry is not None and entry.country in ids):
        return ids
    return [home] + list(ids)


# "Transcript of the joint press conference of Prime Minister Evika Siliņa and Prime Minister
# of Estonia Kristen Michal": a joint act of two leaders where only the guest's country is
# written; the host is the government whose site publishes it
_JOINT_OF = re.compile(r"\bjoint\s+(?:press\s+conference|press\s+statement|statement|declaration|"
                       r"communiqu[eé]|news\s+conference|press\s+availability)\b", re.IGNORECASE)


def joint_host(head, ids, meta):
    """The host country first beside the one country a joint act's headline names, when the
    statement is on the host government's own domain (``government_site_country``) and the
    headline names no other country; ``ids`` as they are otherwise."""
    host = government_site_country(meta)
    named = [i for i in ids if is_code(i)]
    if not host or not _JOINT_OF.search(head or "") or len(named) != 1 or host in named:
        return ids
    return [host] + list(ids)

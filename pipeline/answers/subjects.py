"""Who a statement's headline and lead say act (issue 13): the bodies a headline makes the
co-subjects of a signing verb ("Eutelsat and NIGCOMSAT sign strategic partnership to bring
... to Nigeria"), and the body whose officials the lead says release the statement
("Chairman A and Ranking Member B of the House Committee on ... released the following
statement"). ``mentions(text, base, orgs, companies=..., unknown=...)`` gives the party ids a
text names (``parties._mentions``)."""
import re

from ..organizations import knowledge
from .headline import title_paragraphs
from .issuers import PARTY_KINDS
from .lexicon import is_code, party_of_entry
from .voices import official_of_issuer

# "ispace Signs Agreement with the Mohammed Bin Rashid Space Centre to Carry ...": a body
# signing an agreement with another body; the two are the sides (companies too)
_BODY_SIGNS = re.compile(r"^(.{2,80}?)\s+(?:signs|signed|sign|concludes|concluded)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                         r"(?:agreement|memorandum|mou|contract|arrangement|deal)s?\b.{0,80}?\bwith\s+(.{3,150}?)"
                         r"(?=\s+(?:to|for|on|in|at)\s|[,:;]|$)", re.IGNORECASE | re.S)


def body_signers(records, raw, by_issuer, mentions):
    """The sides of a title saying a body signs an agreement with another body (no country
    before the verb), or [] ("Luxembourg signs ... with NASA" is a country's accession). An
    official named by title ("Minister Calleary signs space cooperation memorandum with the UK
    Space Agency") signs for the issuer whose page it is."""
    for t in title_paragraphs(records):
        text = raw[t["start"]:t["end"]]
        m = _BODY_SIGNS.search(text)
        if not m:
            continue
        orgs = t.get("organizations", [])
        subject = mentions(m.group(1), t["start"] + m.start(1), orgs, companies=True) or _registry_tail(m.group(1)) \
            or official_of_issuer(m.group(1), by_issuer)
        others = mentions(m.group(2), t["start"] + m.start(2), orgs, companies=True)
        if subject and others and not any(is_code(i) for i in subject + others):
            return list(dict.fromkeys(subject + others))
    return []


def _registry_tail(text, words=4):
    """The registry body the last words of a text name (the organization stage may leave a
    lower-case company name untagged: "ispace Signs ..."), as a one-item list, or []."""
    parts = text.split()
    for n in range(min(words, len(parts)), 0, -1):
        hits = knowledge.load().lookup(" ".join(parts[-n:]))
        if len(hits) == 1 and hits[0].kind in PARTY_KINDS + ("company",):
            return [party_of_entry(hits[0].name)]
    return []


# "A and B sign ...", "A, B Agree to ...": the words before the verb are its subjects
_CO_SIGNERS = re.compile(r"^(?P<subject>[^:]{2,120}?(?:\s(?:and|&)\s|,\s)[^:]{2,120}?)\s(?:sign|agree|partner|"
                         r"team\s+up|conclude|renew|extend)(?:s|ed|ing)?\b", re.IGNORECASE)
_LIST_PARTS = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s)\s*", re.IGNORECASE)


def co_subject_sides(records, raw, title, mentions):
    """The bodies a headline names as the co-subjects of a signing or agreeing verb, when
    they are two at least and no country: the sides of the act. What the headline names
    after the verb is its object or theme ("to bring OneWeb connectivity to Nigeria"), and
    a subtitle ("... a data processing centre in Greece") names none. The first title
    paragraph is read (with its organization records), else the sidecar's title (its parts
    looked up in the registry, companies too); [] when neither is such a headline."""
    titles = title_paragraphs(records, 1)
    for t in titles:
        m = _CO_SIGNERS.search(raw[t["start"]:t["end"]])
        if m:
            found = mentions(m.group("subject"), t["start"], t.get("organizations", []), companies=True, unknown=True)
            return _bodies_only(found)
    m = _CO_SIGNERS.search(title or "") if not titles else None
    return _bodies_only([_registry_body(part) for part in _LIST_PARTS.split(m.group("subject"))]) if m else []


def _bodies_only(ids):
    """``ids`` deduplicated when they are two bodies or more and no country or unknown part; else []."""
    out = list(dict.fromkeys(ids))
    return out if len(out) >= 2 and all(i and not is_code(i) for i in out) else []


def _registry_body(part):
    """The one registry body of a party kind or a company a headline's part names (by name,
    alias or acronym, without a leading article), else None."""
    k = knowledge.load()
    words = re.sub(r"^(?:the|The)\s+", "", part.strip())
    hits = {e.name for e in k.lookup(words) + k.lookup_acronym(words) if e.kind in PARTY_KINDS + ("company",)}
    return party_of_entry(hits.pop()) if len(hits) == 1 else None


# "Chairman Brian Babin (R-TX) and Ranking Member Zoe Lofgren (D-CA) of the House Committee on
# Science, Space, and Technology released the following statement": the officials of a body
# issue its statement
_RELEASED = re.compile(r"(?:^|[.!?]\s+)(?P<subject>[^.!?]{2,300}?)\s+(?:released|issued|made|delivered)\s+"
                       r"(?:the\s+following|this|a|their|the)\s+(?:joint\s+)?statement\b", re.S)


def statement_releasers(records, raw, mentions, paragraphs=2):
    """The bodies the opening body paragraphs name in the subject of "released (issued) the
    following statement", in order, else []."""
    for p in [p for p in records if p["kind"] == "body"][:paragraphs]:
        text = raw[p["start"]:p["end"]]
        for m in _RELEASED.finditer(text):
            found = mentions(m.group("subject"), p["start"] + m.start("subject"), p.get("organizations", []),
                             unknown=True)
            if found:
                return list(dict.fromkeys(found))
    return []

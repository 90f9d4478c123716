"""The parties of a statement (issue 13): the countries and bodies on whose behalf it speaks.

A party is an id: an ISO 3166-1 alpha-2 code for a country, the canonical registry name
for a body (a national government is its country). In order:

1. the sidecar's ``parties``, when given (names resolved to ids);
2. else the headline (``headline``: the title paragraphs, else the sidecar's title, else
   a heading that reads as a headline): its countries (in any language), heads of state
   and bodies ("Joint Statement from Quad Leaders", "U.S.-EU Summit Statement",
   "JAXA-ESA online bilateral meeting", "with Italian and French Space Agencies"); a
   title where one country signs or joins an accord gives that country and the issuer; a
   one-sided title ("FACT SHEET: ...", "Statement by ...", "X Welcomes Y") gives the
   issuer alone; an agency and a country signing give the country's space agency;
3. the opening paragraphs: "We, Prime Minister A and President B", "between the
   Government of X and the Government of Y";
4. a forum with known members (``models/answers.json`` ``forums``) brings its members;
5. else the forums named in the first content paragraphs ("met at the International
   Space Exploration Forum (ISEF)");
6. the issuer (from the sidecar's ``source``: the registry's web sites, or
   ``models/answers.json`` ``issuers``; else the page's "From:" byline) when nothing
   else was found.
"""
import re
from urllib.parse import urlparse

from .countries import find_countries
from .headline import agencies_named, byline_issuer, cjk_mentions, headline_paragraphs, native_mentions, signatory
from .lexicon import countries, party_of_entry, registry, rules

_LEAD = re.compile(r"\b(?:We|we),\s+(.{5,300}?),\s+(?:[a-z]|reaffirm|affirm|today)")
_BETWEEN = re.compile(r"\bbetween\s+(.{5,300}?)(?:[.;:]|$)")


def resolve_name(name):
    """The id of a party written as a name (a sidecar's): a country code or a canonical name."""
    table, _, names = countries()
    text = str(name).strip()
    if text in table:
        return text
    if text in names or text.removeprefix("the ") in names:
        return names.get(text) or names[text.removeprefix("the ")]
    from ..organizations import knowledge
    k = knowledge.load()
    hits = k.lookup(text) or k.lookup_acronym(text)
    return party_of_entry(hits[0].name) if hits else text


def issuer(meta):
    """The issuer named by the sidecar's ``source``, or None."""
    source = str((meta or {}).get("source") or "")
    if not source:
        return None
    for key, party in rules()["issuers"].items():
        if not key.startswith("_") and key in source:
            return party
    host = urlparse(source).netloc.lower().removeprefix("www.")
    hosts = registry()[1]
    while host and "." in host:
        if host in hosts:
            return party_of_entry(hosts[host])
        host = host.split(".", 1)[1]
    return None


_PARTY_KINDS = ("forum", "intergovernmental", "agency", "government", "ministry", "department", "office",
                "council", "legislature")
# "Axiom Space and the European Space Agency Sign ...": bodies joined as the subjects of a
# signing or agreeing verb are the sides, companies too
_CO_SUBJECTS = re.compile(r"^[^:]{2,120}?(?:\s(?:and|&)\s|,\s)[^:]{2,120}?\s(?:sign|agree|partner|team\s+up|"
                          r"conclude|renew|extend)(?:s|ed|ing)?\b", re.IGNORECASE)


def statement_issuer(meta, records):
    """The issuer: from the sidecar's ``source``, else from the page's byline."""
    found = issuer(meta)
    if found is None:
        body = byline_issuer(records, _PARTY_KINDS)
        found = party_of_entry(body) if body else None
    return found


def _is_agency(pid):
    entry = registry()[0].get(pid)
    return entry is not None and entry.kind == "agency" and bool(entry.country)


def _agency_counterparts(ids, by_issuer):
    """A space agency's release (or a title naming one) on what it and a country sign or
    partner on ("NASA and India Sign Agreements", "US, Germany Partnering on Mission"): the
    agency stands for its own country, the other country for its national space agency
    (``space_agencies``)."""
    agencies = [i for i in [by_issuer] + list(ids) if i and _is_agency(i)]
    if not agencies:
        return ids
    by_issuer, entry = agencies[0], registry()[0][agencies[0]]
    table = rules()["space_agencies"]
    out = []
    for i in ids:
        if i == entry.country:
            out.append(by_issuer)
        elif len(i) == 2 and i.isupper() and i in table:
            out.append(table[i])
        else:
            out.append(i)
    return _dedup(out)


def _mentions(text, base, orgs):
    """Party ids named in a text, in order: organizations (from the records), countries, persons."""
    found = []
    skip = []
    kinds = _PARTY_KINDS + (("company",) if _CO_SUBJECTS.search(text) else ())
    for o in orgs:
        if base <= o["start"] and o["end"] <= base + len(text):
            skip.append((o["start"], o["end"]))
            for n in o.get("names") or []:
                entry = registry()[0].get(n)
                if entry is None or entry.kind not in kinds:
                    continue
                found.append((o["start"], party_of_entry(n)))
    found += [(c["start"], c["code"]) for c in find_countries(text, base, skip)]
    persons = rules()["persons"]
    for m in rules()["persons_rx"].finditer(text):
        found.append((base + m.start(), persons[" ".join(m.group(1).split())]))
    return [p for _, p in sorted(found, key=lambda x: x[0])]


def _registry_mentions(text):
    """Bodies named by their registry acronym in a text without organization records
    (a sidecar's title): "JAXA-ESA online bilateral meeting"."""
    from ..organizations import knowledge
    k = knowledge.load()
    out = []
    for word in re.split(r"[\s,;:/()\-–—]+", text):
        hits = k.lookup_acronym(word) if len(word) >= 2 and word.isupper() else []
        if len(hits) == 1:
            out.append(party_of_entry(hits[0].name))
    return out


def _named_bodies(title, records):
    """Bodies of the statement's organization records whose name, as the text writes it,
    is in a title without records of its own (a sidecar's "Report of the Committee on the
    Peaceful Uses of Outer Space, ..."), in the title's order."""
    found = []
    for rec in records:
        for o in rec.get("organizations", []):
            m = re.search(r"(?<![\w])" + re.escape(o["text"]) + r"(?![\w])", title) if len(o["text"]) > 3 else None
            for n in (o.get("names") or []) if m else []:
                entry = registry()[0].get(n)
                if entry is not None and entry.kind in _PARTY_KINDS:
                    found.append((m.start(), party_of_entry(n)))
    return [p for _, p in sorted(found, key=lambda x: x[0])]


def _dedup(ids):
    out = []
    for i in ids:
        if i and i not in out:
            out.append(i)
    return out


def _one_sided(title):
    r = rules()
    return any(rx.search(title) for rx in r["one_sided_rx"]) and not any(
        rx.search(title) for rx in r["one_sided_exceptions_rx"])


def _lead_parties(records, raw):
    """Parties named by the opening body paragraphs ("We, ...", "between ...")."""
    body = [p for p in records if p["kind"] == "body"][:3]
    for p in body:
        text = raw[p["start"]:p["end"]]
        for rx in (_LEAD, _BETWEEN):
            m = rx.search(text)
            if m:
                ids = _mentions(m.group(1), p["start"] + m.start(1), p.get("organizations", []))
                if len(ids) >= 2:
                    return ids
    return []


def headline(records, raw, title):
    """(headline text, party ids it names): the title paragraphs, else the sidecar's
    title, else the first heading that reads as a headline (``headline``), whichever
    names a party first; the text is the title's when none does."""
    titles = _title_paragraphs(records)
    text = " ".join(t["text"] for t in titles) if titles else (title or "")
    ids = []
    for t in titles:
        ids += _mentions(raw[t["start"]:t["end"]], t["start"], t.get("organizations", []))
    if not ids and title:
        ids = _named_bodies(title, records) + _registry_mentions(title) + _mentions(title, -10 ** 9, [])
        text = title if ids else text
    for p in [] if ids else headline_paragraphs(records):
        ids = _mentions(raw[p["start"]:p["end"]], p["start"], p.get("organizations", []))
        if ids:
            text = p["text"]
            break
    ids += native_mentions(text, foreign_only=True) + cjk_mentions(text)  # 日EU; "Sverige och USA förlänger samarbete ..."
    bodies, forums = agencies_named(text)
    ids = [i for i in ids if i not in forums] + bodies
    return text, _dedup(ids)


def title_mentions(records, raw, title):
    """Party ids named in the statement's headline, before a one-sided title is cut to its
    issuer."""
    return headline(records, raw, title)[1]


def _title_paragraphs(records):
    """The title paragraphs at the head of the statement (up to three)."""
    return [p for p in records if p["kind"] == "title"][:3]


def _forums_in_opening(records):
    """Forums and intergovernmental bodies named in the first content paragraphs."""
    ids = []
    for p in [p for p in records if p["kind"] in ("body", "caption")][:3]:
        for o in p.get("organizations", []):
            for n in o.get("names") or []:
                entry = registry()[0].get(n)
                if entry is not None and entry.kind in ("forum", "intergovernmental"):
                    ids.append(n)
    return _dedup(ids)


def statement_parties(records, raw, meta, title):
    """(party ids, basis): basis ``sidecar`` or ``text``."""
    meta = meta or {}
    if meta.get("parties"):
        return _dedup(resolve_name(n) for n in meta["parties"]), "sidecar"
    by_issuer = statement_issuer(meta, records)
    head, ids = headline(records, raw, title)
    signer = signatory(head, by_issuer)
    if signer:
        # "Luxembourg signs the Artemis Accords": the signatory beside the publisher
        ids = _dedup([signer, by_issuer])
    elif _one_sided(head) and (by_issuer or ids):
        ids = [by_issuer or ids[0]]
    elif len(_dedup(ids)) < 2:
        ids = ids + _lead_parties(records, raw)
    if _CO_SUBJECTS.search(head):
        ids = _agency_counterparts(ids, by_issuer)
    forums = rules()["forums"]
    with_members = []
    for i in _dedup(ids):
        with_members.append(i)
        with_members += forums.get(i, [])
    ids = _dedup(with_members)
    if not ids:
        ids = _forums_in_opening(records)
    if not ids and by_issuer:
        ids = [by_issuer]
    return ids, "text"


def party_record(pid):
    """{name, country, acronym} of a party id (SCHEMA-style record for documents.jsonl)."""
    table = countries()[0]
    if pid in table:
        return {"name": table[pid]["name"], "country": pid, "acronym": None}
    entry = registry()[0].get(pid)
    return {"name": pid, "country": None, "acronym": (entry.acronyms[0] if entry and entry.acronyms else None)}

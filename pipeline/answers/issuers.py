"""The issuer of a statement (issue 13): the body or country that publishes it, from the
sidecar's ``source`` (a registry web site, ``models/answers.json`` ``issuers``, or a source
given in words: "CONIDA News bulletin (e-mail)"), else from the page's byline ("From: UK
Space Agency"). A legislature's page of a minister's statement is its government's.
"""
import re
from urllib.parse import urlparse

from .headline import byline_issuer
from .lexicon import body_country, company_sites, countries, is_code, native_countries, party_of_entry, registry, rules

# the kinds of body that speak for a statement
PARTY_KINDS = ("forum", "intergovernmental", "agency", "government", "ministry", "department", "office",
               "council", "legislature")
# the co-subjects of a signing are its sides whatever body they are: a company, a university
# ("ZINGSA and Kyushu Institute of Technology sign agreement"), a scientific union or
# association ("IAU and ITU sign memorandum"), not only a government's bodies
SIGNER_KINDS = PARTY_KINDS + ("company", "academia", "other")


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
    labels = host.split(".")
    full = host
    while host and "." in host:
        if host in hosts and (host == full or not _shared_domain(host)):
            return party_of_entry(hosts[host])
        host = host.split(".", 1)[1]
    return (company_of_site(full) or _host_acronym(labels)) if "://" in source else _source_body(source)


def company_of_site(host):
    """The company whose own site ``host`` (or a site it is a subdomain of) is, by the registry's
    sources (``company_sites``: the shortest name on a site, no news outlet), else None."""
    sites, labels = company_sites(), host.split(".")
    found = [(len(sites[s]), sites[s]) for s in (".".join(labels[k:]) for k in range(len(labels))) if s in sites]
    return min(found)[1] if found else None


# the second-level labels of a government's own domains: "mk.gov.lv", "www.gouv.fr", "pmindia.gov.in"
_GOVERNMENT_LABELS = {"gov", "gob", "go", "gouv", "govt", "gv", "gc"}
# the second-level labels of a country's shared public domains ("gob.pe", "go.jp", "gov.uk")
_SHARED_LABELS = _GOVERNMENT_LABELS | {"mil", "ac", "or", "co", "com", "org", "net", "edu", "nic"}


def _shared_domain(host):
    """True when a host is a country's shared public domain ("gob.pe"): a site under it
    ("www.conida.gob.pe") is not the body the registry lists on the domain itself."""
    labels = host.split(".")
    return len(labels) == 2 and len(labels[1]) == 2 and labels[0] in _SHARED_LABELS


# the country-code domains whose code is not the country's ISO code
_DOMAIN_CODES = {"uk": "GB"}


def government_site_country(meta):
    """The ISO code of the country whose government domain the sidecar's ``source`` is on
    ("https://www.mk.gov.lv/en/..." -> LV, "www.gov.uk" -> GB), else None."""
    labels = urlparse(str((meta or {}).get("source") or "")).netloc.lower().split(".")
    if len(labels) < 2 or len(labels[-1]) != 2 or labels[-2] not in _GOVERNMENT_LABELS:
        return None
    code = _DOMAIN_CODES.get(labels[-1], labels[-1].upper())
    return code if code in countries()[0] else None


# generic domains of public bodies: the country their bodies belong to ("gov": U.S. federal
# bodies; "int", "org", "eu": international and European bodies, of no country: a national
# acronym on them, "conida.org", is no evidence)
_GENERIC_DOMAINS = {"gov": ("US",), "mil": ("US",), "int": (None,), "org": (None,), "eu": (None,)}


def _host_acronym(labels):
    """The body a site's host names by its registry acronym: on its country's domain, one
    body of that country ("www.conida.gob.pe" -> CONIDA, Peru's); on a generic domain of
    public bodies (``_GENERIC_DOMAINS``: "www.unoosa.org", "www.eumetsat.int"), the one party
    body of that acronym and of the domain's country (none for international domains). None for a host of another domain or of several bodies."""
    tld = labels[-1] if labels else ""
    if len(tld) == 2 and tld != "eu":
        countries = (_DOMAIN_CODES.get(tld, tld.upper()),)
    elif tld in _GENERIC_DOMAINS:
        countries = _GENERIC_DOMAINS[tld]
    else:
        return None
    from ..organizations import knowledge
    for label in labels[:-1]:
        hits = {h.name for h in knowledge.load().lookup_acronym(label.upper()) if h.kind in PARTY_KINDS
                and h.country in countries} if len(label) >= 3 else set()
        if len(hits) == 1:
            return party_of_entry(hits.pop())
    return None


def _source_body(source):
    """The national body a source given in words names by its acronym ("CONIDA News bulletin
    (e-mail), 31 May 2024"), when it names exactly one; else None."""
    found = [i for i in registry_mentions(source) if body_country(i) or is_code(i)]
    return found[0] if len(set(found)) == 1 else None


def statement_issuer(meta, records):
    """The issuer: from the sidecar's ``source``, else from the page's byline."""
    found = issuer(meta)
    if found is None:
        body = byline_issuer(records, PARTY_KINDS)
        found = party_of_entry(body) if body else None
    return _minister_of_legislature(found, records)


# "CNES - Centre national d'études spatiales", "Ministry of Science and ICT", "BRIN | Badan Riset
# ...": a masthead line, whole or in the parts its separators set apart
_MASTHEAD_PARTS = re.compile(r"\s+[-–—|·]\s+")


def masthead_issuer(records, limit=12):
    """The body a page's masthead names: the first short page-chrome line above the first title
    that is, whole or in a part, one registry body of a party kind (by name or acronym); None
    when there is none. A page saved without its sidecar still carries its site's name: the
    party of last resort when the text names none (a page in another language)."""
    from ..organizations import knowledge
    k = knowledge.load()
    for p in records[:limit]:
        if p["kind"] == "title":
            break
        text = " ".join(p.get("text", "").split())
        if p["kind"] != "boilerplate" or not text or len(text) > 80:
            continue
        for part in [text] + _MASTHEAD_PARTS.split(text):
            hits = {e.name for e in k.lookup(part) + (k.lookup_acronym(part) if part.isupper() else [])
                    if e.kind in PARTY_KINDS}
            if len(hits) == 1:
                return hits.pop()
    return None


def _minister_of_legislature(found, records, limit=40):
    """A legislature's page of a minister's statement ("Made by" above the member's name: a
    written ministerial statement) speaks for the government: the legislature's country;
    any other issuer as it is."""
    entry = registry()[0].get(found) if found else None
    if entry is None or entry.kind != "legislature" or not entry.country:
        return found
    lines = rules()["ministerial_statement_rx"]
    for p in records[:limit]:
        text = " ".join(p.get("text", "").split())
        if any(rx.search(text) for rx in lines):
            return entry.country
    return found


_ELIDED = re.compile(r"^(?:[lLdD]|[Dd]ell|[Aa]ll|[Nn]ell|[Ss]ull|[Dd]all)['’](?=[A-Z])")


def registry_mentions(text):
    """Bodies named by their registry acronym in a text without organization records
    (a sidecar's title): "JAXA-ESA online bilateral meeting"."""
    from ..organizations import knowledge
    k = knowledge.load()
    out = []
    for word in re.split(r"[\s,;:/()\-–—]+", text):
        word = _ELIDED.sub("", word)  # "entre l'ASAL et ...", "dell'ESA": the acronym after an elided article
        hits = k.lookup_acronym(word) if len(word) >= 2 and word.isupper() else []
        if len(hits) == 1:
            out.append(party_of_entry(hits[0].name))
    return out


def resolve_name(name):
    """The id of a party written as a name (a sidecar's): a country code or a canonical name."""
    table, _, names = countries()
    text = str(name).strip()
    if text in table:
        return text
    if text in names or text.removeprefix("the ") in names:
        return names.get(text) or names[text.removeprefix("the ")]
    native = native_countries()[1]  # a sidecar in the page's language: "Nederland", "Brasil"
    if text in native:
        return native[text]
    from ..organizations import knowledge
    k = knowledge.load()
    hits = k.lookup(text) or k.lookup_acronym(text)
    if hits:
        return party_of_entry(hits[0].name)
    # "National Space Policy Secretariat (Japan)": a name the sidecar's writer set apart by
    # its country or acronym in parentheses
    bare = re.sub(r"\s*\([^()]{2,40}\)$", "", text)
    hits = (k.lookup(bare) or k.lookup_acronym(bare)) if bare != text else []
    if hits:
        return party_of_entry(hits[0].name)
    # a name the registry lacks that holds one body's acronym ("OAS General Secretariat": the
    # Organization acts through its Secretariat) is that body
    inside = list(dict.fromkeys(registry_mentions(text)))
    return inside[0] if len(inside) == 1 and inside[0] != text else text

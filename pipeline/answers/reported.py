"""The body a news story reports (issue 13): a wire story, or a portal's reprint of one,
names the ministry or agency whose announcement it carries ("..., according to the
Ministry of Science and ICT", "NASA said in a statement", "the China National Space
Administration (CNSA) said on Thursday"); the news agency is no side of its own.
"""
import re

from .issuers import PARTY_KINDS
from .lexicon import body_country, is_code, party_of_entry, registry

_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)
# (an acronym in parentheses may stand between the name and the verb)
_SAID = re.compile(r"^(?:\s*\([^()]{1,15}\))?\s+(?:said|says|announced|stated)\b")


def is_agency(pid):
    """True when ``pid`` is a national agency of the registry."""
    entry = registry()[0].get(pid)
    return entry is not None and entry.kind == "agency" and bool(entry.country)


def reported_sources(records, raw, paragraphs=3):
    """Bodies the opening paragraphs of a report cite as their source, in order: the ministry
    or agency whose announcement it reports speaks (beside its country)."""
    out = []
    for p in [p for p in records if p["kind"] == "body"][:paragraphs]:
        for o in p.get("organizations", []):
            if not (_ACCORDING.search(raw[max(0, o["start"] - 20):o["start"]]) or _SAID.match(raw[o["end"]:o["end"] + 20])):
                continue
            for n in o.get("names") or []:
                entry = registry()[0].get(n)
                pid = party_of_entry(n) if entry is not None and entry.kind in PARTY_KINDS else None
                if pid and pid not in out:
                    out.append(pid)
    return out


def reported_agency(given, records, raw):
    """The space agency a reprinted wire story reports, when the sidecar names one country as
    the statement's party and the agency is that country's ("China's Chang'e-7 to carry
    payloads ..." on the State Council's portal, sidecar China: "..., the China National
    Space Administration (CNSA) said"): the agency speaks as an issuing agency would. None
    otherwise."""
    if len(given) != 1 or not is_code(given[0]):
        return None
    found = [i for i in reported_sources(records, raw) if is_agency(i) and body_country(i) == given[0]]
    return found[0] if found else None

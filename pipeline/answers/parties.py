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

from .behalf import delivered_on_behalf
from .countries import find_countries
from .headline import (agencies_named, cjk_mentions, compound_mentions, headline_paragraphs, native_body_mentions,
                       native_mentions, signatory, title_paragraphs)
from .issuers import PARTY_KINDS as _PARTY_KINDS, SIGNER_KINDS as _SIGNER_KINDS
from .issuers import issuer, masthead_issuer, registry_mentions, resolve_name, statement_issuer  # (issuer, resolve_name:
#   also imported from here)
from .lexicon import body_country, countries, is_code, native_bodies, party_of_entry, registry, rules
from .organs import (covered_countries, forum_speaks, heads, members_meeting_as, members_speak, organ_of, organ_owner,
                     organ_signers, secretariat_party, unknown_party, without_bodies)
from .reported import is_agency, reported_agency, reported_sources
from .subjects import body_signers, co_subject_sides, statement_releasers
from .voices import company_alone, facility_venue, host_side, joint_host, signature_block, speaker_part, speaker_titles

# (across the line breaks of hard-wrapped texts: e-mails, PDF text)
_LEAD = re.compile(r"\b(?:We|we),\s+(.{5,300}?),\s+(?:[a-z]|reaffirm|affirm|today)", re.S)
_BETWEEN = re.compile(r"\bbetween\s+(.{5,300}?)(?:[.;:](?!\w)|$)", re.S)


# "Axiom Space and the European Space Agency Sign ...": bodies joined as the subjects of a
# signing or agreeing verb are the sides, companies too
_CO_SUBJECTS = re.compile(r"^[^:]{2,120}?(?:\s(?:and|&)\s|,\s)[^:]{2,120}?\s(?:sign|agree|partner|team\s+up|"
                          r"conclude|renew|extend)(?:s|ed|ing)?\b", re.IGNORECASE)


def _agency_counterparts(ids, by_issuer):
    """A space agency's release (or a title naming one) on what it and a country sign or
    partner on ("NASA and India Sign Agreements", "US, Germany Partnering on Mission"): the
    agency stands for its own country, the other country for its national space agency
    (``space_agencies``)."""
    agencies = [i for i in [by_issuer] + list(ids) if i and is_agency(i)]
    if not agencies:
        return ids
    by_issuer, entry = agencies[0], registry()[0][agencies[0]]
    if by_issuer in ids and entry.country in ids:
        # "China and Pakistan Sign ..." over the agency's "Source:" line: the countries sign
        # by name, the agency beside its own country
        return ids
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


def _mentions(text, base, orgs, companies=False, unknown=False):
    """Party ids named in a text, in order: organizations (from the records), countries, persons
    (companies too with ``companies``; any body that can sign, a university or a scientific
    union too, when the text is a title of co-signing bodies: ``_SIGNER_KINDS``)."""
    found = []
    skip = []
    kinds = _SIGNER_KINDS if _CO_SUBJECTS.search(text) else \
        _PARTY_KINDS + (("company",) if companies else ())
    owners, authors, ends = [], set(), []
    for o in orgs:
        if base <= o["start"] and o["end"] <= base + len(text):
            skip.append((o["start"], o["end"]))
            if _authors_document(text, o["start"] - base) or (authors and set(o.get("names") or []) <= authors):
                authors |= set(o.get("names") or [])  # its acronym or document symbol after it too
                continue
            if facility_venue(text, o["start"] - base, o.get("names") or []) or _inner_acronym(text, base, o, orgs) or \
                    _OWNER_OF.search(text[max(0, o["start"] - base - 60):o["start"] - base]):
                continue
            for n in o.get("names") or []:
                entry = registry()[0].get(n)
                lacking = unknown_party(o, n, kinds, unknown) if entry is None else organ_owner(n, kinds)
                if lacking:  # a body the registry lacks, of a party kind by the organization stage
                    found.append((o["start"], lacking))
                if entry is None or entry.kind not in kinds or lacking:
                    continue
                found.append((o["start"], party_of_entry(n)))
                owners.append((o["start"], entry.country))
            ends.append((o["end"], body_country((o.get("names") or [None])[0])))
    for c in find_countries(text, base, skip):
        if not _owner_or_venue(text, base, c, owners) and not _body_of(text, base, c, ends):
            found.append((c["start"], c["code"]))
    persons = rules()["persons"]
    for m in rules()["persons_rx"].finditer(text):
        found.append((base + m.start(), persons[" ".join(m.group(1).split())]))
    return [p for _, p in sorted(found, key=lambda x: x[0])]


def _inner_acronym(text, base, o, orgs):
    """True when ``o`` is an acronym in parentheses right after another body's name that holds
    the acronym's own long name ("Secretariat of the Caribbean Community (CARICOM)": the
    acronym is the Community's, named inside the Secretariat's name: no side of its own)."""
    at = o["start"] - base
    entry = registry()[0].get((o.get("names") or [None])[0])
    if entry is None or not text[max(0, at - 2):at].rstrip().endswith("("):
        return False
    longs = [entry.name] + list(entry.aliases)
    return any(p is not o and 0 <= o["start"] - p["end"] <= 2 and p["text"] not in longs and
               any(x in p["text"] for x in longs) for p in orgs)


def _authors_document(text, at):
    """True when the body at ``at`` is named as the author of a document the statement acts
    on ("[on the report of the First Committee]"): the author is no side of its own."""
    return bool(rules()["document_of_rx"].search(text[max(0, at - 40):at]))


# "AFRICAN SPACE AGENCY ... An Organ of the African Union", "NSIL, a company under the
# Department of Space": the body a description says the one just named belongs to is no side
_OWNER_OF = re.compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:organ|agency|body|institution|subsidiary|unit|arm|entity|"
                       r"company|department|office)\s+(?:of|under|within)\s+(?:the\s+)?$", re.IGNORECASE)
# "the Ministry of ... (MDDIC) of Mongolia": a country named after a body (and its acronym)
# with "of" is the body's country, no side of its own
_OF_COUNTRY = re.compile(r"^\s*(?:\([^()]{1,15}\)\s*)?of\s+(?:the\s+)?$")


def _body_of(text, base, c, ends):
    """True when the country mention ``c`` follows a body's name and "of" (the body's
    country, or a body the registry gives no country)."""
    return any(end <= c["start"] and country in (None, c["code"]) and _OF_COUNTRY.match(text[end - base:c["start"] - base])
               for end, country in ends)


# "Taiwan's National Space Organization": a country named as the owner of the body that
# follows is no side of its own
_POSSESSIVE = re.compile(r"^['’]s\s+(?:own\s+)?$")
# "Meeting, Baku, Azerbaijan", "held in Cairo, Egypt": a country after a city is a venue
_VENUE = re.compile(r"(?:\bin|\bat|,)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+(?:the\s+)?$")


# "Manama, Kingdom of Bahrain, 16 May 2024": a place line (a city, its country, a date or
# nothing after them) names where the statement is made, no side
_PLACE_HEAD = re.compile(r"^\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+(?:the\s+)?$")
_PLACE_LINE = re.compile(r"^\s*(?:,\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}\b|\d{4})|$)")


def _owner_or_venue(text, base, c, owners):
    """True when a country mention names the owner of the body right after it, the leader of
    a program ("U.S.-led"), or the country of a city named just before it (a meeting's venue,
    a dateline's place)."""
    at, end = c["start"] - base, c["end"] - base
    if rules()["led_rx"].match(text[end:end + 20]):  # "a U.S.-led project": the program's leader
        return True
    for start, country in owners:
        if country == c["code"] and start - base > end and _POSSESSIVE.match(text[end:start - base]):
            return True
    m = _VENUE.search(text[:at]) or (_PLACE_LINE.match(text[end:]) and _PLACE_HEAD.match(text[:at]))
    return bool(m) and not find_countries(m.group(1))


def _named_bodies(title, records):
    """Bodies of the statement's organization records whose name, as the text writes it,
    is in a title without records of its own (a sidecar's "Report of the Committee on the
    Peaceful Uses of Outer Space, ..."), in the title's order; of any signing kind when the
    title makes them co-subjects ("Viasat and ESA Extend Iris Partnership")."""
    found = []
    kinds = _SIGNER_KINDS if _CO_SUBJECTS.search(title) else _PARTY_KINDS
    for rec in records:
        for o in rec.get("organizations", []):
            m = re.search(r"(?<![\w])" + re.escape(o["text"]) + r"(?![\w])", title) if len(o["text"]) > 3 else None
            for n in (o.get("names") or []) if m else []:
                entry = registry()[0].get(n)
                if entry is not None and entry.kind in kinds:
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
            if m and (rx is _LEAD or _opens_with_party(m.group(1), p["start"] + m.start(1), p.get("organizations", []))):
                ids = _mentions(m.group(1), p["start"] + m.start(1), p.get("organizations", []))
                if len(ids) >= 2:
                    return ids
    return []


def _opens_with_party(text, base, orgs, width=30):
    """True when a party is named in the first words of ``text`` ("between the Government of
    Japan and ..."); "friendly relations between States, Mindful of ..." (a preamble run on to
    the next clause) names none, whatever the clauses after it name."""
    if find_countries(text[:width]):
        return True
    return any(base <= o["start"] < base + width and any(
        (registry()[0].get(n) is not None and registry()[0][n].kind in _PARTY_KINDS) for n in o.get("names") or [])
        for o in orgs)


# the sides a statement's lead says sign, announce or inaugurate: "The UNOOSA and the CMSA
# today announced", "The Kingdom of Saudi Arabia, represented by the Saudi Space Commission,
# today signed", "NASA Administrator Bill Nelson and Japan's science minister signed", "NASA
# and the U.S. Department of State co-chaired", "The WMO and the CGMS have agreed"; and the
# bodies a signing is "signed by"
_SENTENCE = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z\"“])")
# a period after these ends no sentence ("the U.S. Department of State", "Dr. Isa Pantami")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:[A-Z]\.)+[A-Z]|\b(?:Dr|Prof|Mr|Mrs|Ms|Sr|Jr|St|No|Inc|Corp|Co|Ltd|Gen|Lt|Col|Hon|Amb|Rep|Sen|Gov|H\.E))\.$")
# a subject holds no clause of its own ("The mission will receive US support, following an
# agreement signed ...")
_CLAUSE = re.compile(r"\b(?:will|would|shall|is|are|was|were|been|be|following|under|after|before|when|while|which|who)\b")
_DATELINE = re.compile(r"^[^.]{0,100}?\s(?:[–—]|-{1,2})\s+(?=[A-Z])")
_SUBJECT = re.compile(r"(?:^|\bthat\s+)(.{2,250}?)\s+(?:(?:today|jointly|officially|formally|have|has|also)\s+)*"
                      r"(signed|announced|inaugurated|concluded|co-chaired|agreed)\b", re.S)
_SIGNED_BY = re.compile(r"\bsigned\s+(?:[^.;]{0,60}?\s)?by\s+(?:the\s+)?(?:representatives|heads|leaders)\s+of\s+"
                        r"(.{3,250}?)(?=\s+on\s+behalf\b|\s+in\s+the\s+presence\b|[.;](?!\w)|$)", re.S)


def sentence_bounds(text):
    """The offsets where the sentences of a text start, and its end."""
    return [0] + [m.end() for m in _SENTENCE.finditer(text)
                  if not _ABBREVIATION.search(text[max(0, m.start() - 12):m.start()])] + [len(text)]


def lead_signers(records, raw, paragraphs=2, sentences=2):
    """Party ids (bodies, companies and countries) the opening sentences name as the ones
    who sign, announce, inaugurate or co-chair: the subjects of those verbs (two at least,
    or one that signs), and the bodies a text says it is "signed by representatives of"."""
    ids = []
    for p in [p for p in records if p["kind"] == "body"][:paragraphs]:
        text = raw[p["start"]:p["end"]]
        bounds = sentence_bounds(text)
        for i in range(min(sentences, len(bounds) - 1)):
            start = bounds[i]
            sentence = text[start:bounds[i + 1]]
            lead = _DATELINE.match(sentence) if i == 0 else None
            shift = lead.end() if lead else 0
            ids += _sentence_signers(sentence[shift:], p["start"] + start + shift, p.get("organizations", []))
            ids += _native_subjects(sentence[shift:])
    return _dedup(ids)


_SUBJECT_REACH = 80  # where a subject's name may start (the verbs of each language are unknown)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _native_subjects(sentence):
    """Bodies a lead sentence in another language (no organization records) names as its
    subjects: in its first words ("L'Agenzia Spaziale Italiana e la NASA hanno firmato"), not
    at its end ("..., d'intesa con ... l'Agenzia Spaziale Italiana"); anywhere in a script
    written without spaces ("国家航天局局长 ... 与俄罗斯国家航天集团公司总经理 ... 共同签署")."""
    if _CJK.search(sentence):
        return native_body_mentions(sentence)
    return [b for b in native_body_mentions(sentence) if _starts_within(sentence, b)]


def _starts_within(sentence, body):
    """True when a native name of ``body`` starts in the first ``_SUBJECT_REACH`` characters."""
    rx, table = native_bodies()
    return any(table.get(" ".join(m.group(1).split())) == body and m.start() < _SUBJECT_REACH
               for m in rx.finditer(sentence))


def _sentence_signers(sentence, base, orgs):
    out = []
    for m in _SUBJECT.finditer(sentence):  # "MSIT announced that Minister Lee and Administrator Nelson of NASA signed"
        if _CLAUSE.search(m.group(1)):
            continue
        found = _mentions(m.group(1), base + m.start(1), orgs, unknown=True)
        if len(found) >= 2 or (found and m.group(2) == "signed"):
            out += found
    for m in _SIGNED_BY.finditer(sentence):
        out += _mentions(m.group(1), base + m.start(1), orgs)
    return out


def headline(records, raw, title):
    """(headline text, party ids it names): the title paragraphs, else the sidecar's
    title, else the first heading that reads as a headline (``headline``), whichever
    names a party first; the text is the title's when none does."""
    titles = title_paragraphs(records)
    text = " ".join(t["text"] for t in titles) if titles else (title or "")
    ids = []
    for t in speaker_titles(titles):
        ids += _mentions(speaker_part(raw[t["start"]:t["end"]]), t["start"], t.get("organizations", []))
    if not ids and title:
        said = speaker_part(title)
        ids = _named_bodies(said, records) + registry_mentions(said) + _mentions(said, -10 ** 9, [])
        text = title if ids else text
    for p in [] if ids else headline_paragraphs(records):
        ids = _mentions(raw[p["start"]:p["end"]], p["start"], p.get("organizations", []))
        if ids:
            text = p["text"]
            break
    if titles and len({_side_key(i, ids) for i in ids}) == 1:
        text, ids = _joint_heading(records, raw, titles) or (text, ids)
    # 日EU; "Sverige och USA förlänger samarbete ..."; "Résolution du Parlement européen"
    ids += native_mentions(text, foreign_only=True) + cjk_mentions(text) + native_body_mentions(text) + \
        compound_mentions(text)
    bodies, forums = agencies_named(text)
    ids = [i for i in ids if i not in forums] + bodies
    return text, _dedup(ids)


def _side_key(pid, ids):
    """The side a party id is on: a country's own; a national body its country; an
    organization's secretariat the organization ("CARICOM TODAY: News and updates from the
    Caribbean Community Secretariat" names one side, CARICOM)."""
    return pid if is_code(pid) else (body_country(pid) or secretariat_party(pid, ids) or pid)


def _joint_heading(records, raw, titles):
    """(text, ids) of a heading below the title paragraphs that reads as a headline and names
    two parties or more ("Joint Leaders' Statement: Elevating United States-Viet Nam
    Relations ..." under a ministry's masthead set as a title, "MINISTRY OF FOREIGN AFFAIRS
    OF VIET NAM"), else None: titles naming one side only (a country and its bodies) are the
    site's, not the statement's."""
    last = max(t["start"] for t in titles)
    for p in headline_paragraphs(records):
        if p["start"] <= last or p["kind"] == "title":
            continue
        ids = _dedup(_mentions(raw[p["start"]:p["end"]], p["start"], p.get("organizations", [])))
        if len(ids) >= 2:
            return p["text"], ids
    return None


def title_mentions(records, raw, title):
    """Party ids named in the statement's headline, before a one-sided title is cut to its
    issuer."""
    return headline(records, raw, title)[1]


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
    by_issuer = statement_issuer(meta, records)
    head, ids = headline(records, raw, title)
    if meta.get("parties"):
        given = _dedup(resolve_name(n) for n in meta["parties"])
        sides = _sidecar_sides(given, ids, head) or _agency_release_sides(given, by_issuer, records, raw)
        speaker = by_issuer or reported_agency(given, records, raw)
        return _issuer_alone(sides or _with_own_agency(given, speaker), speaker,
                             _first_title(records, head)), "sidecar"
    behalf = delivered_on_behalf(records, raw)
    if behalf:
        return behalf, "text"
    signers = body_signers(records, raw, by_issuer, _mentions) or co_subject_sides(records, raw, title, _mentions)
    if signers:
        return signers, "text"
    signer = signatory(head, by_issuer)
    one_sided = False
    if signer:
        # "Luxembourg signs the Artemis Accords": the signatory beside the publisher (a
        # ministry of the signatory's government speaks as that government)
        ids = _dedup([signer] + ([] if _is_own_ministry(by_issuer, signer) else [by_issuer]))
    elif _one_sided(head) and (by_issuer or ids):
        ids, one_sided = [by_issuer or ids[0]], True
    else:
        ids = joint_host(head, host_side(head, ids, by_issuer), meta)
    if not signer and not one_sided and len(_dedup(ids)) < 2:
        ids = ids + (_lead_parties(records, raw) or signature_block(records, raw, _mentions)
                     or ([] if ids else statement_releasers(records, raw, _mentions)))
    co_signing = bool(_CO_SUBJECTS.search(head))
    if co_signing:
        ids = _agency_counterparts(ids, by_issuer)
    if signer:
        # the signatory's own bodies the lead names ("represented by the Saudi Space
        # Commission"), not the other countries signing beside it
        ids = _dedup(ids + [i for i in lead_signers(records, raw) if body_country(i) == signer])
    elif not one_sided:
        # the lead names the sides when the headline does not ("The UNOOSA and the CMSA
        # today announced"), else the bodies that sign for the headline's countries ("China
        # and Pakistan Sign ...": "signed by representatives of the CMSA and SUPARCO")
        below = _below_headline(records, head)
        lead = lead_signers(below, raw)
        ids = organ_signers(ids, lead) or _dedup(
            ids + (lead if len(_dedup(ids)) < 2 else [i for i in lead if body_country(i) in ids]))
        ids = _signers_for_theme(ids, lead, head, below, raw)
    if by_issuer is None:
        ids = _dedup(ids + [i for i in reported_sources(records, raw) if body_country(i) in ids])
    forums = rules()["forums"]
    with_members = []
    for i in _dedup(ids):
        members = forums.get(i, [])
        if not members or not members_speak(records, raw) or forum_speaks(i, records, raw):
            with_members.append(i)
        with_members += members
    ids = _without_parents(_dedup(with_members))
    met = members_meeting_as(_forum_ids(ids), records, raw, _mentions)
    if met:  # the bodies that meet as a forum speak, not the forum beside them
        ids = _dedup([i for i in ids if i != met[0]] + met[1])
    if not ids:
        ids = _without_parents(_forums_in_opening(records))
    if not ids and by_issuer:
        ids = [by_issuer]
    elif not ids and not meta.get("source"):
        masthead = masthead_issuer(records)  # a page saved without its source: the site's name
        ids = [party_of_entry(masthead)] if masthead else []
    ids = company_alone(ids, by_issuer, co_signing)
    return _issuer_alone(ids, by_issuer, _first_title(records, head)), "text"


def _below_headline(records, head):
    """The records whose lead tells who acts: those after the headline when it is a heading
    further down (a digest's item heading "CARICOM AND INDIA AGREE ON A REGIONAL SATELLITE DATA
    CENTRE" under the digest's masthead: its lead is that item's first paragraph), else all."""
    for i, p in enumerate(records):
        if p["kind"] in ("heading", "body") and p.get("text") == head and i > 0 and \
                any(q["kind"] == "title" for q in records[:i]):
            return records[i + 1:]
    return records


def _forum_ids(ids):
    return [i for i in ids if getattr(registry()[0].get(i), "kind", None) == "forum"]


def meeting_forum(records, raw):
    """The forum the opening paragraphs say the statement's bodies meet as ("... met in Milan
    ... as the International Space Station Multilateral Coordination Board"), else None: an
    actor naming it ("the Board will review") stands for those bodies."""
    named = _forum_ids(_dedup(n for p in records[:40] for o in p.get("organizations", []) for n in o.get("names") or []))
    met = members_meeting_as(named, records, raw, _mentions)
    return met[0] if met else None


def _first_title(records, head):
    """The first title paragraph (the headline without its subtitle), else the headline."""
    titles = title_paragraphs(records)
    return titles[0]["text"] if titles else head


# a headline of a signing, an accession or a joint act: the issuer's country is a side; so is
# a member state's subscription or pledge to an organization's programmes ("Austria
# subscribes around EUR 260 million to ESA programmes" on its agency's site)
_JOINT_ACT = re.compile(r"\b(?:sign\w*|agree\w*|accord\w*|joint\w*|join\w*|treaty|memorandum|mou|"
                        r"declaration|statement|arrangement|framework|dialogue|summit|becomes?|accedes?|"
                        r"subscrib\w*|pledg\w*)\b", re.IGNORECASE)
_OWN_VOICE_KINDS = ("agency", "legislature")


def _issuer_alone(ids, by_issuer, head):
    """The issuer alone when a space agency (or a legislature's committee) announces its own
    work ("Kenya's first operational Earth observation satellite launched", "Committee
    Approves ... Act") and the parties found are only its country (and itself): the
    country owns the satellite, the agency speaks. A headline of a signing, an accession or
    a joint act ("Germany signs the Artemis Accords", "Brasil assina os Acordos Artemis":
    ``accession_verbs``) keeps the country beside it."""
    entry = registry()[0].get(by_issuer) if by_issuer else None
    if entry is None or entry.kind not in _OWN_VOICE_KINDS or not entry.country or entry.country not in ids:
        return ids
    head = head or ""
    if not set(ids) <= {entry.country, by_issuer} or _JOINT_ACT.search(head) or _CO_SUBJECTS.search(head) or \
            rules()["accession_rx"].search(head):
        return ids
    return [by_issuer]


def _sidecar_sides(given, head_ids, head):
    """The bodies a headline makes the co-subjects of a signing or agreeing verb ("NSSA, UAE
    Space Agency agree to develop ..."), one for each country a sidecar names as its
    parties (Bahrain, United Arab Emirates): the bodies are the sides. None otherwise."""
    if len(given) < 2 or not all(is_code(i) for i in given) or not _CO_SUBJECTS.search(head or ""):
        return None
    bodies = [i for i in head_ids if not is_code(i)]
    if len(bodies) != len(given) or sorted(body_country(b) or "" for b in bodies) != sorted(given):
        return None
    return bodies


def _agency_release_sides(given, by_issuer, records, raw):
    """A space agency's release on what it and its counterparts sign, with a sidecar naming
    their countries ("The Rwanda Space Agency (RSA) and the Kenya Space Agency (KSA) today
    signed", sidecar Rwanda, Kenya): the bodies the lead says sign, one for each country, are
    the sides (a press release of one agency about its agreement with another). None otherwise."""
    if len(given) < 2 or not all(is_code(i) for i in given) or not is_agency(by_issuer or "") or \
            body_country(by_issuer) not in given:
        return None
    bodies = [i for i in lead_signers(records, raw) if not is_code(i)]
    if by_issuer not in bodies or sorted(body_country(b) or "" for b in bodies) != sorted(given):
        return None
    return bodies


def _signers_for_theme(ids, lead, head, records, raw):
    """The headline's countries replaced by the bodies the lead says sign for them, when the
    headline names the countries only as its theme ("Building a Space Bridge between the UK
    and Australia": "the UK Space Agency, the Australian Space Agency ... signed"), or as
    the short names of the bodies that sign ("Ethiopia and China agree to build ...": "The
    SSGI and the CNSA today signed"; "United Nations and China agree ...": "The UNOOSA and
    the CMSA today announced"; a headline naming a body beside its country counts it too).
    A headline where the countries sign keeps them when the lead says so too ("China and
    Pakistan Sign ...": "China and Pakistan signed ..., signed by representatives of the
    CMSA and SUPARCO") or says the bodies sign for their governments (``government_words``)."""
    codes = [i for i in ids if is_code(i)]
    signs = _CO_SUBJECTS.search(head) or any(w in head for w in rules()["signing_substrings"]["words"])
    if not lead or any(is_code(i) for i in lead) or (signs and _for_governments(records, raw)):
        return ids
    bodies = _dedup(lead + [i for i in ids if not is_code(i)])
    if not codes or not set(codes) <= covered_countries(bodies, codes):
        return ids
    # (nor the organization whose secretariat signs for it: "CARICOM AND INDIA AGREE ...": "The
    # Secretariat of the Caribbean Community (CARICOM) and ISRO have agreed")
    return [i for i in bodies if not any(b != i and (heads(i, b) or secretariat_party(b, [i]) == i) for b in lead)]


def _for_governments(records, raw, paragraphs=2):
    """True when the opening body paragraphs say the bodies act for their governments ("on
    behalf of the two governments", "经中俄两国政府批准": ``government_words``)."""
    words = [w.lower() for w in rules()["government_words"]["words"]]
    return any(w in without_bodies(raw, p).lower() for p in [p for p in records if p["kind"] == "body"][:paragraphs]
               for w in words)





_GOVERNMENT_KINDS = ("ministry", "department", "government", "office", "council", "legislature")


def _is_own_ministry(body, code):
    """True when ``body`` is a ministry or department of the government of ``code``."""
    entry = registry()[0].get(body) if body else None
    return entry is not None and entry.kind in _GOVERNMENT_KINDS and entry.country == code


def _with_own_agency(ids, by_issuer):
    """A sidecar's parties, and the publishing agency when it is a body of one of their
    countries: "Germany signs the Artemis Accords" on DLR's site, a treaty of Canada and
    the United States on the Canadian Space Agency's are also the agency's (a ministry
    speaks as its government, which is the country already)."""
    entry = registry()[0].get(by_issuer) if by_issuer else None
    if entry is not None and entry.kind == "agency" and entry.country in ids:
        return _dedup(ids + [by_issuer])
    return ids


def _without_parents(ids):
    """Party ids without a body whose name ends another one's ("Scientific and Technical
    Subcommittee of the Committee on the Peaceful Uses of Outer Space" names its parent:
    the parent is no side of its own), nor one whose name begins an organ's of it ("United
    Nations" beside the "United Nations General Assembly" whose resolution it is: ``organ_of``)."""
    return [i for i in ids if not any(o != i and len(i) > 2 and (re.search(r"\bof\s+(?:the\s+)?" + re.escape(i) + "$", o)
                                                                 or organ_of(i, o)) for o in ids)]


def party_record(pid):
    """{name, country, acronym} of a party id (SCHEMA-style record for documents.jsonl)."""
    table = countries()[0]
    if pid in table:
        return {"name": table[pid]["name"], "country": pid, "acronym": None}
    entry = registry()[0].get(pid)
    return {"name": pid, "country": None, "acronym": (entry.acronyms[0] if entry and entry.acronyms else None)}

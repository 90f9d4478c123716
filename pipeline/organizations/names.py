"""Canonical names of the candidates, the last stage: each resolved with its country cue
(``resolve``), acronyms after their long forms, unknown bodies unified across a statement;
``assign_names`` writes ``doc.spans["orgs"]``."""
import re

from spacy.tokens import Span

from .definitions import _context, definition_at, _pos
from .knowledge import norm_key
from .resolve import mention_cues, pick_entry, Resolution, resolve_key


LABEL = "ORG"
CANDS = "org_candidates"
COUNTRIES = "org_countries"


def _doc_countries(ctx, K):
    """The statement's countries: its parties, then the countries it mentions most."""
    order = []
    for p in ctx.get("parties") or []:
        code = K.country_of(str(p)) or (str(p) if str(p) in K.countries else None)
        if code and code not in order:
            order.append(code)
    counts = ctx.get("org_country_counts", {})
    for code, _ in sorted(counts.items(), key=lambda kv: (-kv[1][0], kv[1][1], kv[0])):
        if code not in order and counts[code][0] > 0:
            order.append(code)
    return order


def resolve_cand(K, c, cue, doc_countries, defs, pos=(0, 0)):
    """Resolution of one candidate (acronyms of a definition take their long form's names)."""
    if c.is_acronym:
        lf = c.long_form
        if lf is None:
            d = definition_at(defs, c.keys[0], pos)
            if d and d["org"]:
                lf = d.get("cand")
        if lf is not None and getattr(lf, "resolution", None) is not None:
            r = lf.resolution
            return Resolution(list(r.names), r.country, r.kind, r.known, c.keys[0])
        name, country, entry = resolve_key(K, c.keys[0], True, cue, doc_countries, None)
        return Resolution([name], country, entry.kind if entry else None, entry is not None, c.keys[0])
    names, entries, country = [], [], None
    for key in c.keys:
        name, ctry, entry = resolve_key(K, key, False, cue, doc_countries, c.head)
        names.append(name)
        entries.append(entry)
        country = country or ctry
    if c.acronym and len(c.keys) == 1 and entries[0] is None:
        # "Germany's Ministry for Economic Cooperation and Development (BMZ)": a long form the
        # registry spells differently, known by its acronym
        e = pick_entry(K.lookup_acronym(c.acronym), cue or country, doc_countries, True)
        if e is not None and (country is None or e.country in (None, country)) and _spells(c.keys[0], e):
            names, entries, country = [e.name], [e], e.country
    known = all(e is not None for e in entries)
    kind = next((e.kind for e in entries if e and e.kind), None) or K.filters.get("heads", {}).get(c.head or "")
    if kind is None and c.head in K.filters.get("plural_heads", {}):
        kind = K.filters["heads"].get(K.filters["plural_heads"][c.head])
    acronym = c.acronym
    if acronym is None and len(entries) == 1 and entries[0] and entries[0].acronyms:
        acronym = entries[0].acronyms[0]
    out = []
    for n in names:
        if n not in out:
            out.append(n)
    return Resolution(out, country, kind, known, acronym)


_WORD = re.compile(r"[a-z]{3,}")


def _spells(long_form, entry):
    """A long form shares at least half of its words with a name of the registry body that has
    its acronym: two bodies with one acronym ("Space Policy Institute (SPI)" and another SPI)
    are not merged."""
    words = set(_WORD.findall(long_form.lower())) - {"the", "and", "for"}
    if not words:
        return True
    return any(2 * len(words & set(_WORD.findall(n.lower()))) >= len(words) for n in [entry.name] + entry.aliases)


def assign_names(docs, K, doc_countries, unify=False):
    """Resolve every candidate of ``docs`` and write ``doc.spans['orgs']``."""
    defs = _context(docs[0])["org_acronyms"] if docs else {}
    per_doc = []
    for doc in docs:
        cands = doc.user_data.get(CANDS, [])
        countries = doc.user_data.get(COUNTRIES, {})
        own, cue, parent = mention_cues(doc, cands, countries, K)
        per_doc.append((doc, cands, own, cue, parent))
    # long forms and other names first, acronyms after (they copy their long form)
    for acronyms_pass in (False, True):
        for doc, cands, own, cue, parent in per_doc:
            for i, c in enumerate(cands):
                if c.is_acronym != acronyms_pass:
                    continue
                cc = own[i] or cue[i]
                if cc is None and parent[i] is not None:
                    p = cands[parent[i]]
                    cc = getattr(p, "resolution", None) and p.resolution.country
                c.resolution = resolve_cand(K, c, cc, doc_countries, defs, _pos(doc, c.start))
    if unify:
        _unify_unknown(per_doc)
        _unify_organs(per_doc, K)
    for doc, cands, *_ in per_doc:
        spans = []
        for c in cands:
            r = c.resolution
            span = Span(doc, c.start, c.end, label=LABEL)
            span._.names = list(r.names)
            span._.acronym = r.acronym
            span._.country = r.country
            span._.kind = r.kind
            span._.known = bool(r.known)
            spans.append(span)
        doc.spans["orgs"] = spans


def _unify_unknown(per_doc):
    """An unknown body keeps one canonical name across the statement ('Ministry of the Economy,
    Tourism, and Sport' and 'Ministry of Economy, Tourism, and Sport')."""
    first = {}
    for doc, cands, *_ in per_doc:
        for c in cands:
            r = c.resolution
            if r.known or len(r.names) != 1:
                continue
            key = (norm_key(r.names[0]), r.country)
            if key in first:
                r.names = [first[key]]
            else:
                first[key] = r.names[0]
    _unify_tails(per_doc, first)


def _unify_tails(per_doc, first):
    """An unknown body named again without its first word(s) ("Satellite Assembly, Integration and
    Testing Center", then "the Assembly, Integration and Testing Center") is the same body, when
    the shorter name has three words or more and ends exactly one longer name of the statement."""
    for doc, cands, *_ in per_doc:
        for c in cands:
            r = c.resolution
            if r.known or len(r.names) != 1 or len(r.names[0].split()) < 3:
                continue
            tail = " " + norm_key(r.names[0])
            longer = sorted({name for (key, country), name in first.items()
                             if country == r.country and key.endswith(tail)})
            if len(longer) == 1:
                r.names = [longer[0]]


def _parent_body(K, text):
    """The one registry body a name or an acronym stands for ("Shanghai Cooperation Organisation",
    "SCO"), or None."""
    ids = K.by_key.get(norm_key(text)) or K.by_acronym.get(text) or []
    names = {K.entries[i].name for i in ids}
    return next(iter(names)) if len(names) == 1 else None


def _organ_split(K, name):
    """("Council of Heads of State", "the ", parent's canonical name) for an organ named after a
    registry body ("... of the SCO"), else None: the first ' of ' whose tail is that body."""
    for m in re.finditer(r" of (the )?", name):
        parent = _parent_body(K, name[m.end():])
        if parent and m.start() > 0:
            return name[:m.start()], m.group(1) or "", parent
    return None


def _unify_organs(per_doc, K):
    """An organ of a body, named after the body's full name, after its acronym, and alone in one
    statement ("Council of Heads of State of the Shanghai Cooperation Organisation", "... of the
    SCO", "the Council of Heads of State") is one body: every mention takes the name with the
    parent's full name. A bare organ name after two different parents stays as it is."""
    unknown = [c.resolution for _, cands, *_ in per_doc for c in cands
               if not c.resolution.known and len(c.resolution.names) == 1]
    full = {}
    for r in unknown:
        split = _organ_split(K, r.names[0])
        if split:
            organ, the, parent = split
            full.setdefault(organ, set()).add(f"{organ} of {the}{parent}")
    for r in unknown:
        split = _organ_split(K, r.names[0])
        organ = split[0] if split else r.names[0]
        if len(full.get(organ, ())) == 1:
            r.names = [next(iter(full[organ]))]

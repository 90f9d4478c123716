"""Country cues and canonical names of organization mentions (pure functions).

A generic name ("Ministry of Defense", "Cabinet Office", "National Security
Council") names one body only with its country. The country comes, in this
order, from:

1. the mention itself: "U.S. Department of Defense", "Government of Japan";
2. its neighbours: "Japan's Cabinet Office", "Space Force of the United
   States", "Cabinet Office for Japan", "... (Japan)";
3. the list it stands in: in "the Ministry of Foreign Affairs; ...; and
   NICT from the Japanese side, and the Departments of State, Defense, and
   Commerce; and NASA from the U.S. side" a cue after a list names the
   country of every name in it, back to the previous cue;
4. its parent: "the Department of State's Office of Transportation Policy";
5. the statement: its parties, then the countries it mentions most
   (a registry's "Department of X" prefers the United States, "Ministry of X"
   another country; a department the registry lacks takes the first country).

``resolve_key`` then picks the registry entry of that country, or builds the
canonical name of a body the registry lacks (``Knowledge.canonical_unknown``).
"""
from dataclasses import dataclass

from .candidate import POSSESSIVE

LIST_GAP = {",", ";", "and", "&", "the", "-", "–", "—", "(", ")", "as", "well", "'s", "’s", "both", "its"}
CUE_PREPS = ("for", "from", "of", "on")
SIDE_WORDS = ("side", "sides", "delegation", "government", "Government", "team")
# heads of bodies every country has: without a cue they belong to the statement's country
NATIONAL_GUESS = {"Ministry", "Ministries", "Department", "Departments", "Government", "Cabinet", "Parliament",
                  "Navy", "Army", "Force", "Forces", "Guard", "Embassy", "Congress", "Senate"}


@dataclass
class Resolution:
    names: list
    country: str | None
    kind: str | None
    known: bool
    acronym: str | None


def country_tokens(doc, matcher, K):
    """Token index -> ISO2 code for every token inside a country name or adjective."""
    out = {}
    spans = []
    for key_id, s, e in matcher(doc):
        spans.append((s, e, doc.vocab.strings[key_id]))
    spans.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    for s, e, code in spans:
        if any(k in out for k in range(s, e)):
            continue
        # "US" in capitals only; "us" the pronoun is not a country
        if doc[s:e].text in ("US",) and doc[s].text != "US":
            continue
        for k in range(s, e):
            out[k] = code
    return out


def country_counts(doc, countries, cands):
    """Mentions of each country in the Doc outside organization names (first position kept)."""
    inside = set()
    for c in cands:
        inside.update(range(c.start, c.end))
    counts = {}
    seen = set()
    for k in sorted(countries):
        code = countries[k]
        if (k - 1) in countries and countries[k - 1] == code and (k - 1) in seen:
            seen.add(k)
            continue
        seen.add(k)
        n, first = counts.get(code, (0, doc[k].idx + (doc._.index or 0) * 1000000))
        counts[code] = (n + (0 if k in inside else 1), first)
    return counts


def _cue_after(doc, p, countries, K):
    """Country named right after a mention: 'for Japan', 'from the Japanese side', '(Japan)'."""
    n = len(doc)
    if p < n and doc[p].text == "(":
        q = p + 1
        if q < n and q in countries:
            code = countries[q]
            while q < n and countries.get(q) == code:
                q += 1
            if q < n and doc[q].text == ")":
                return code
        # skip an acronym in parentheses: "(NICT) from the Japanese side"
        while q < n and q - p <= 5 and doc[q].text != ")":
            q += 1
        if q < n and doc[q].text == ")":
            p = q + 1
    if p < n and doc[p].lower_ in CUE_PREPS:
        q = p + 1
        if q < n and doc[q].lower_ == "the":
            q += 1
        if q < n and q in countries:
            code = countries[q]
            r = q
            while r < n and countries.get(r) == code:
                r += 1
            side = r < n and doc[r].lower_ in SIDE_WORDS
            # "of Japan" and "for Japan" cue; "from the Japanese side" too; "from Japan" alone is a
            # place of origin, still a good cue for the bodies listed before it
            if side or doc[p].lower_ in ("for", "of", "from"):
                return code
    return None


def mention_cues(doc, cands, countries, K):
    """Per candidate: (own country, cue country, index of a parent candidate or None)."""
    own = []
    cue = [None] * len(cands)
    list_cue = [None] * len(cands)
    parent = [None] * len(cands)
    ends = {c.end: i for i, c in enumerate(cands)}
    for i, c in enumerate(cands):
        own.append(_own_country(doc, c, countries))
        if c.suffix_country:
            cue[i] = list_cue[i] = c.suffix_country
        s = c.start
        if s >= 2 and doc[s - 1].text in POSSESSIVE:
            if (s - 2) in countries:
                cue[i] = cue[i] or countries[s - 2]
            elif (s - 1) in ends:
                parent[i] = ends[s - 1]
        elif s >= 1 and (s - 1) in countries and doc[s - 1].text not in ("U.S.", "US"):
            cue[i] = cue[i] or countries[s - 1]        # "Japanese Cabinet Office" outside the span
        elif s in ends and not cands[ends[s]].is_acronym:
            parent[i] = ends[s]     # run on after its parent: "the Department of Energy Office of Science"
        after = _cue_after(doc, c.end, countries, K)
        if after:
            cue[i] = cue[i] or after
            list_cue[i] = list_cue[i] or after
    # a cue after a list names the country of the whole list, back to the previous cue
    for i in range(len(cands) - 1, -1, -1):
        if list_cue[i] is None:
            continue
        code = list_cue[i]
        j = i
        while j > 0:
            a, b = cands[j - 1], cands[j]
            gap = doc[a.end:b.start]
            if not all(t.text in LIST_GAP or t.lower_ in LIST_GAP or _is_paren_acronym(doc, t) for t in gap):
                break
            if cue[j - 1] is not None and cue[j - 1] != code:
                break
            if own[j - 1] and own[j - 1] != code:
                break
            cue[j - 1] = cue[j - 1] or code
            j -= 1
    return own, cue, parent


def _own_country(doc, c, countries):
    """Country named by the mention itself: before its head ("U.S. Department of Defense",
    "Japan Aerospace Exploration Agency"), or as its place ("Government of Japan")."""
    if c.is_acronym:
        return None
    for k in range(c.start, c.end):
        t = doc[k]
        if k in countries:
            return countries[k]
        if t.lower_ in ("of", "for", "on") or (c.head and t.text == c.head):
            break
    if c.head in PLACE_OWN:
        for k in range(c.start, c.end):
            if k in countries:
                return countries[k]
    return None


PLACE_OWN = {"Government", "Embassy", "Consulate", "Parliament", "Cabinet", "Bank", "Congress", "Senate"}


def _is_paren_acronym(doc, t):
    return t.i > 0 and t.i + 1 < len(doc) and doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")"


def pick_entry(entries, cue, doc_countries, generic, text=None, head=None):
    """The registry entry of the cued country; a single entry when nothing contradicts it;
    else the one spelled as in the text ("Defense" is American, "Defence" British), then the
    statement's countries in order (a "Department" of the United States first, a "Ministry"
    of another country first)."""
    if not entries:
        return None
    if cue:
        same = [e for e in entries if e.country == cue]
        if same:
            return same[0]
        world = [e for e in entries if not e.country]
        if world:
            return world[0]
        if generic:
            return None
    if len(entries) == 1:
        return entries[0]
    if text:
        low = " ".join(text.lower().split())
        exact = [e for e in entries if low in e.spellings]
        if exact and len(exact) < len(entries):
            entries = exact
            if len(entries) == 1:
                return entries[0]
    for code in _ordered(doc_countries, head):
        same = [e for e in entries if e.country == code]
        if same:
            return same[0]
    world = [e for e in entries if not e.country]
    return world[0] if len(world) == 1 else None


def _ordered(doc_countries, head):
    if head in ("Department", "Departments") and "US" in doc_countries:
        return ["US"] + [c for c in doc_countries if c != "US"]
    if head in ("Ministry", "Ministries"):
        return [c for c in doc_countries if c != "US"] + [c for c in doc_countries if c == "US"]
    return list(doc_countries)


def guess_country(head, doc_countries):
    """Statement-level country for a generic body without any cue."""
    if not doc_countries or head not in NATIONAL_GUESS:
        return None
    # a department the registry lacks is the United States' only in a statement mostly about
    # it: an Australian release naming NASA has its own "Department of Industry, ..."
    if head in ("Ministry", "Ministries"):
        others = [c for c in doc_countries if c != "US"]
        return others[0] if others else None
    return doc_countries[0]


def strip_country_prefix(K, text):
    """('Angolan', 'Ministry of Transportation') for 'Angolan Ministry of Transportation'."""
    words = text.split(" ")
    for n in (3, 2, 1):
        if len(words) > n:
            code = K.country_of(" ".join(words[:n]))
            if code:
                return code, " ".join(words[n:])
    return None, text


def resolve_key(K, key, is_acronym, cue, doc_countries, head):
    """(canonical name, country, registry entry or None) for one surface form."""
    if is_acronym:
        entries = K.lookup_acronym(key)
        e = pick_entry(entries, cue, doc_countries, False)
        if e:
            return e.name, e.country, e
        return key, cue, None
    entries = K.lookup(key)
    generic = K.is_generic_surface(key) or K.is_generic_text(key)
    e = pick_entry(entries, cue, doc_countries, generic, key, head)
    if e:
        return e.name, e.country, e
    code, rest = strip_country_prefix(K, key)
    if code and rest != key:
        rest_head = head
        entries2 = K.lookup(rest)
        generic2 = K.is_generic_surface(rest) or K.is_generic_text(rest)
        e = pick_entry(entries2, code, [code], generic2, rest, head)
        if e and (e.country == code or not generic2):
            return e.name, e.country, e
        if generic2 and _qualifiable(K, rest):
            return K.canonical_unknown(rest, code, rest_head), code, None
        return K.canonical_unknown(key, None, head), code, None
    if generic:
        country = cue or guess_country(head, doc_countries)
        return K.canonical_unknown(key, country, head), country, None
    return K.canonical_unknown(key, None, head), cue, None


def _qualifiable(K, rest):
    """'Ministry of Transportation', 'Navy': a country's adjective before it is not part of the name."""
    words = rest.split(" ")
    if len(words) == 1:
        return words[0] in K.filters.get("national_heads", [])
    return words[0] in NATIONAL_GUESS and words[1] in ("of", "for", "on")

"""Candidate organization mentions in one paragraph Doc (pure functions).

Stages, each a function of the Doc and the candidates so far:

1. ``registry_candidates``: phrase matches of the registry's names, aliases
   (case-insensitive, capitalized in the text) and acronyms (exact case).
2. ``head_candidates``: names built around a head word the registry may not
   know ("Ministry of Foreign Trade and Tourism", "Swiss Space Office").
   The chunker splits run-together lists ("Ministry of Foreign Affairs and
   National Space Policy Secretariat, Cabinet Office": a comma or "and"
   followed by words with a head of their own starts a new name; "Ministry
   of Education, Culture, Sports, Science and Technology": items without a
   head belong to the name), stops at a possessive ("Executive Office of the
   President's National Space Council" gives two), and expands a plural
   head shared by a list ("Departments of State, Defense, and Commerce": one
   mention, three names).
3. ``ner_candidates``: the statistical model's ORG entities, for what has
   no head word (companies, bodies known by a single name).
4. ``merge``: one set of non-overlapping mentions, structured matches first.
5. ``keep``: filters for what is not an organization: places, programs,
   missions, documents, meetings, topics, job titles, diseases.

Modules: ``candidate`` (the ``Cand`` record and token tests), ``heads`` (stage 2),
``filters`` (stage 5). Acronym definitions are stage 6, in ``tagger.py`` with ``acronyms``.
"""
import re

from .acronyms import is_acronym
from .candidate import FUNCTION_LOWER, MONTHS, PARTICLES, POSSESSIVE, Cand, is_cap, longest_first, no_space_between
from .filters import NotOrganizationFilters
from .heads import HeadNames
from .knowledge import norm_key


def _hyphen_tail(doc, i):
    """The lower-case second part of a hyphenated word of a name: "Co-operation", "Long-term"."""
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
        and doc[i - 2].text[:1].isupper()


_SYMBOL_AFTER = re.compile(r"/[A-Z0-9][A-Za-z0-9.]*/")
_SYMBOL_BEFORE = re.compile(r"(?:^|\s)[A-Z0-9][A-Za-z0-9.]*/$")


def _in_designation(doc, s):
    """An acronym after a single letter and a hyphen is the rest of a vehicle's or an instrument's
    designation ("a Japanese H-IIA upper stage", "H-IIB"), no mention of the body with that acronym."""
    return s >= 2 and doc[s - 1].text == "-" and len(doc[s - 2].text) == 1 and doc[s - 2].text.isalpha() \
        and no_space_between(doc, s - 2) and no_space_between(doc, s - 1)


def _in_document_symbol(doc, s, e):
    """An acronym inside a document symbol ("ESCAP/MCSASD/2022/L.1", "A/AC.105/C.1"), a PDF's running
    header: a body's acronym there is no mention of it."""
    text = doc.text
    a, b = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
    return bool(_SYMBOL_AFTER.match(text, b) or _SYMBOL_BEFORE.search(text[max(0, a - 20):a]))


class Chunker(HeadNames, NotOrganizationFilters):
    """Knowledge-bound helpers; ``K`` is a ``knowledge.Knowledge``. Stages 1, 3 and 4 are here;
    stage 2 comes from ``heads.HeadNames``, stage 5 from ``filters.NotOrganizationFilters``."""

    def __init__(self, K):
        self.K = K
        f = K.filters
        self.heads = f.get("heads", {})
        self.plural = f.get("plural_heads", {})
        self.place_heads = set(f.get("place_heads", []))
        self.national_heads = set(f.get("national_heads", []))
        self.owner_tails = set(f.get("owner_tails", []))
        self.not_org_heads = set(f.get("not_org_heads", []))
        self.acronym_heads = set(f.get("acronym_heads", []))
        self.prefix_acronyms = set(f.get("prefix_acronyms", []))
        self.organ_heads = set(f.get("organ_heads", []))
        self.not_org = set(f.get("not_org", []))
        self.not_org_first = set(f.get("not_org_first", []))
        self.topic_acronyms = set(f.get("topic_acronyms", []))
        self.descriptors = set(f.get("descriptors", []))
        self.titles = set(f.get("title_words", []))
        self.head_modifier_titles = set(f.get("head_modifier_titles", []))
        self.process_heads = set(f.get("process_heads", []))
        self.places = set(f.get("places", []))
        self.person_heads = set(f.get("person_heads", []))
        self.facility_nouns = set(f.get("facility_nouns", []))
        self.building_tails = set(f.get("building_tails", []))
        self.thing_nouns = set(f.get("thing_nouns", []))
        self.document_heads = set(f.get("document_heads", []))
        self.document_objects = set(f.get("document_objects", []))
        self.cap_function = set(f.get("capitalized_function_words", []))
        self.weak = set(f.get("weak_modifiers", []))
        self.topic_words = set(f.get("topic_words", []))
        self.titles_lower = {t.lower() for t in self.titles if t.isalpha()}
        self.state_forms = set(f.get("state_forms", []))
        self.host_heads = set(f.get("host_heads", []))
        self.honorifics = set(f.get("honorifics", []))
        self.post_nominals = set(f.get("post_nominals", []))
        self.speech_verbs = set(f.get("speech_verbs", ["say"]))
        self.legal_suffixes = set(f.get("legal_suffixes", []))
        self.document_kinds = list(f.get("document_kinds", []))
        self.class_plurals = set(f.get("class_plurals", []))
        self.domain_phrases = [d for d in f.get("domain_phrases", []) if len(d.split()) == 2]
        self.adjectives = {a for rec in K.countries.values() for a in rec.get("adjectives", [])}

    # -- token classes
    def is_head(self, tok):
        return tok.text in self.heads and is_cap(tok)

    def is_plural_head(self, tok):
        return tok.text in self.plural

    def name_word(self, tok):
        """A capitalized word that may be part of a name."""
        return is_cap(tok) and tok.text not in self.cap_function and tok.text not in ("(", ")") \
            and tok.text not in POSSESSIVE

    # ------------------------------------------------------------ stage 1
    def registry_candidates(self, doc, names_matcher, acr_matcher, countries):
        """Registry names and acronyms found in ``doc``."""
        K = self.K
        out = []
        for key_id, s, e in names_matcher(doc):
            span = doc[s:e]
            key = doc.vocab.strings[key_id]
            ids = K.by_key.get(key, [])
            if not ids:
                continue
            if not self._capitalized_name(span) and not self._lowercase_brand(span, ids) \
                    and not self._exact_spelling(span, ids):
                continue
            out.extend(p for c in self._split_registry(doc, s, e, ids) for p in self._split_parent_acronym(doc, c))
        for key_id, s, e in acr_matcher(doc):
            acr = doc.vocab.strings[key_id]
            ids = K.by_acronym.get(acr, [])
            if ids and not _in_document_symbol(doc, s, e) and not _in_designation(doc, s):
                out.append(Cand(s, e, "registry", [acr], entries=list(ids), is_acronym=True))
                out.extend(self._acronym_inside_name(doc, s, e, ids))
        out = [self._with_country_subsidiary(doc, self._with_legal_suffix(doc, c), countries)
               for c in out if not self._embedded(doc, c, countries)]
        return longest_first([self._without_country_word(doc, c, countries) for c in out])

    def _without_country_word(self, doc, c, countries):
        """A registry alias that is the country's name or adjective before the body's own name ("US
        National Aeronautics and Space Administration", "United States National ..."): the mention is
        the name after the country word, as for a name the registry lacks; the country word stays a cue.
        A canonical name that itself starts with the country ("U.S. Department of State", "Indian
        Space Research Organisation") keeps it."""
        if c.is_acronym or len(c.entries) != 1 or c.start not in countries:
            return c
        code = countries[c.start]
        k = c.start
        while k < c.end and (countries.get(k) == code or doc[k].text == "-"):
            k += 1
        entry = self.K.entries[c.entries[0]]
        if k >= c.end - 1 or not is_cap(doc[k]) or not self._own_name_after(doc, c.start, k, c.end, entry, code):
            return c
        return Cand(k, c.end, c.source, [doc[k:c.end].text], entries=list(c.entries), head=c.head,
                    is_acronym=c.is_acronym)

    @staticmethod
    def _own_name_after(doc, s, k, e, entry, code):
        """Whether ``doc[k:e]``, after the words of the country ``code`` at ``doc[s:k]``, is the body's
        own canonical name and the body is that country's: "US National Aeronautics and Space
        Administration". Not when the canonical name itself starts with the country word ("US
        Department of State": U.S. Department of State), nor for another name of the body
        ("Singapore Economic Development Board" is its name)."""
        return entry.country == code \
            and norm_key(entry.name).split()[0] != norm_key(doc[s:e].text).split()[0] \
            and norm_key(doc[k:e].text) == norm_key(entry.name)

    def _acronym_inside_name(self, doc, s, e, ids):
        """A registry name with its acronym in parentheses before its last word(s): "the Combined
        Space Operations (CSpO) Initiative" is one mention of the Combined Space Operations Initiative."""
        if s < 2 or e + 1 >= len(doc) or doc[s - 1].text != "(" or doc[e].text != ")":
            return []
        out = []
        for eid in ids:
            ent = self.K.entries[eid]
            for name in [ent.name] + list(ent.aliases):
                words = name.lower().split()
                for j in range(1, len(words)):
                    left, right = words[:j], words[j:]
                    a, b = s - 1 - len(left), e + 1 + len(right)
                    if a < 0 or b > len(doc):
                        continue
                    if [t.lower_ for t in doc[a:s - 1]] == left and [t.lower_ for t in doc[e + 1:b]] == right \
                            and is_cap(doc[a]) and is_cap(doc[e + 1]):
                        out.append(Cand(a, b, "registry", [name], entries=[eid]))
        return out[:1]

    def _with_legal_suffix(self, doc, c):
        """A registry company named by its short name and a legal form ("NigComSat Limited",
        "Astroscale Holdings Inc."): the legal form belongs to the mention (filters ``legal_suffixes``)."""
        suffixes = self.legal_suffixes
        if c.end >= len(doc) or doc[c.end].text not in suffixes or "\n" in doc[c.end - 1].whitespace_:
            return c
        if not c.entries or any(self.K.entries[i].kind != "company" for i in c.entries):
            return c
        c.end += 1
        return c

    def _with_country_subsidiary(self, doc, c, countries):
        """A registry company's name followed by a country's name ("Beyond Gravity Austria", "Thales
        Alenia Space UK", "OHB Sweden"): the company's national subsidiary, a body of its own named by
        the whole, not the group (no canonical name shared with it). The country's adjective ("Airbus
        Italian ...") and a capitalized word after the country ("... Austria Office") do not make one."""
        e = c.end
        if e >= len(doc) or e not in countries or "\n" in doc[e - 1].whitespace_ or not doc[e - 1].whitespace_:
            return c
        if not c.entries or any(self.K.entries[i].kind != "company" for i in c.entries):
            return c
        code = countries[e]
        k = e
        while k < len(doc) and countries.get(k) == code:
            k += 1
        name = " ".join(doc[e:k].text.split())
        if name not in self.K.countries.get(code, {}).get("names", []) and name not in ("UK", "US", "USA"):
            return c
        if k < len(doc) and (self.name_word(doc[k]) or doc[k].text in POSSESSIVE):
            return c
        return Cand(c.start, k, "head", [doc[c.start:k].text])

    def _split_registry(self, doc, s, e, ids):
        """A registry alias that is a list of two registry names ("National Space Policy
        Secretariat, Cabinet Office") gives two mentions (ANNOTATION.md: names run together)."""
        K = self.K
        for k in range(s + 1, e - 1):
            if doc[k].text in (",", ";", "-", "–") and (doc[k].text == "," or doc[k - 1].whitespace_):
                left, right = doc[s:k], doc[k + 1:e]
                lk, rk = norm_key(left.text), norm_key(right.text)
                if lk in K.by_key and rk in K.by_key and self._capitalized_name(right):
                    return [Cand(s, k, "registry", [left.text], entries=list(K.by_key[lk])),
                            Cand(k + 1, e, "registry", [right.text], entries=list(K.by_key[rk]))]
        return [Cand(s, e, "registry", [doc[s:e].text], entries=list(ids))]

    def _split_parent_acronym(self, doc, c):
        """A registered sub-body's name after its parent's acronym ("NASA Goddard Space Flight Center",
        "ESA European Space Operations Centre") gives two mentions, the parent and the sub-body,
        as a possessive would ("NASA's Goddard Space Flight Center"). The parent has the
        sub-body's country; an acronym used as an adjective ("UN Security Council", filters
        ``prefix_acronyms``) or in the official name ("ITU Radiocommunication Bureau") stays
        part of the name."""
        K = self.K
        first = doc[c.start].text
        if c.end - c.start < 3 or first in self.prefix_acronyms or not K.by_acronym.get(first):
            return [c]
        rest = doc[c.start + 1:c.end]
        same = [i for i in K.by_key.get(norm_key(rest.text), []) if i in c.entries]
        parents = [K.entries[i] for i in K.by_acronym[first] if i not in c.entries]
        if not same or not self._capitalized_name(rest) or \
                not any(p.country == K.entries[i].country for p in parents for i in same):
            return [c]
        if any(norm_key(K.entries[i].name) == norm_key(doc[c.start:c.end].text) for i in same):
            return [c]      # the prefix is in the official name: "ITU Radiocommunication Bureau"
        return [Cand(c.start, c.start + 1, "registry", [first], entries=list(K.by_acronym[first]), is_acronym=True),
                Cand(c.start + 1, c.end, "registry", [rest.text], entries=same)]

    def _organ_of(self, parent):
        """An intergovernmental body's acronym before the name of one of its organs is part of the organ's
        official name ("IAEA Commission on Safety Standards", "ITU Radiocommunication Bureau")."""
        return parent.is_acronym and bool(parent.entries) and \
            all(self.K.entries[i].kind == "intergovernmental" for i in parent.entries)

    def _of_bare_head(self, rest):
        """'of the Secretariat', 'of the Ministry': a parent named by its head word alone."""
        words = [t for t in rest if t.lower_ != "the"]
        return len(words) == 2 and words[0].lower_ == "of" and self.is_head(words[1])

    def _of_registry_parent(self, doc, first, rest, inside):
        """A registry body's complete name, then "of the" and its parent's registry name ("Committee on the
        Peaceful Uses of Outer Space of the United Nations"): the parent is named after a name that is already
        whole, so they are two mentions; an organ that names its parent to be whole ("Council of the League
        of Arab States", "Space Research Centre of the Polish Academy of Sciences") is one registry name and
        the phrase matcher has already given it."""
        if first.is_acronym or first.end - first.start < 3 or doc[first.start].text in self.organ_heads:
            return False
        words = [t for t in rest if t.lower_ != "the"]
        if len(words) < 2 or words[0].lower_ != "of":
            return False
        parent = [r for r in inside if r is not first and r.start > first.end and r.end == rest.end]
        return len(parent) == 1 and all(t.lower_ in ("of", "the") for t in doc[first.end:parent[0].start])

    def _lowercase_brand(self, span, ids):
        """A name the registry spells in lower case itself ("ispace"), written exactly so."""
        text = " ".join(span.text.split())
        return any(text == n and n[:1].islower() for i in ids
                   for n in [self.K.entries[i].name] + list(self.K.entries[i].aliases))

    def _exact_spelling(self, span, ids):
        """A capitalized name the registry writes with lower-case words of another language ("Badan Riset
        dan Inovasi Nasional", "Agencia Espacial de Colombia"), written exactly so."""
        text = " ".join(span.text.split())
        return span[0].text[:1].isupper() and any(
            text == n for i in ids for n in [self.K.entries[i].name] + list(self.K.entries[i].aliases))

    def _capitalized_name(self, span):
        words = [t for t in span if t.is_alpha]
        if not words or not is_cap(span[0]):
            return False
        for t in words:
            if t.lower_ in FUNCTION_LOWER or t.lower_ in PARTICLES or t.lower_ in ("to", "in", "at", "a", "an"):
                continue
            if not t.text[0].isupper() and not _hyphen_tail(span.doc, t.i):
                return False
        return True

    def _embedded(self, doc, c, countries):
        """A registry name inside a longer proper name: 'Vandenberg Space Force Base'."""
        if c.is_acronym:
            return False
        nxt = doc[c.end] if c.end < len(doc) else None
        if nxt is not None and nxt.text in self.building_tails:
            return True     # "Parliament House, Canberra": a building named after its occupant, a place
        if c.start == 0:
            return False
        prev = doc[c.start - 1]
        if not self.name_word(prev) or prev.is_sent_start:
            return False
        if prev.text in self.titles or (c.start - 1) in countries or prev.text in ("U.S.", "US"):
            return False
        if is_acronym(prev.text):
            return False
        if nxt is not None and nxt.text == "Office" and c.end + 1 < len(doc) and doc[c.end + 1].text == "Building":
            return True     # "Russell Senate Office Building": a building's name
        return nxt is not None and self.name_word(nxt) and nxt.text not in self.heads \
            and nxt.text not in self.owner_tails and nxt.text not in self.titles

    # ------------------------------------------------------------ stage 3
    def ner_candidates(self, doc):
        out = []
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            s, e = ent.start, ent.end
            while s < e and (doc[s].lower_ in ("the", "a", "an") or doc[s].is_punct):
                s += 1
            while e > s and (doc[e - 1].text in POSSESSIVE or doc[e - 1].is_punct and doc[e - 1].text not in (".",)):
                e -= 1
            if e <= s:
                continue
            # a possessive inside: two names ("Japan's Cabinet Office")
            pieces = []
            a = s
            for k in range(s, e):
                if doc[k].text in POSSESSIVE:
                    pieces.append((a, k))
                    a = k + 1
            pieces.append((a, e))
            for a, b in pieces:
                if b > a:
                    head = doc[b - 1].text if self.is_head(doc[b - 1]) else None
                    out.append(Cand(a, b, "ner", [doc[a:b].text], head=head))
        return out

    def joint_ventures(self, doc, cands, countries):
        """A name followed by a lower-case "joint venture" ("the Ghalam joint venture with Airbus", "at the
        Baiterek joint venture"): the joint venture, a company, is the mention, its name words and the
        words "joint venture"; a country's name or adjective alone before them ("a French joint venture")
        makes none."""
        out = list(cands)
        for k in range(1, len(doc) - 1):
            if doc[k].lower_ != "joint" or doc[k + 1].lower_ not in ("venture", "ventures") or not doc[k].is_lower:
                continue
            s = k
            while s > 0 and self.name_word(doc[s - 1]) and not (doc[s - 1].is_sent_start and doc[s - 1].text in
                                                                  ("The", "A", "An", "This", "Its")):
                s -= 1
            if s == k or all(i in countries for i in range(s, k)) or any(doc[i].text in MONTHS for i in range(s, k)):
                continue
            near = [c for c in out if c.start < k + 2 and s < c.end]
            if any(c.start < s or c.end > k for c in near):
                continue    # a mention across the name's words: "the NASA-ISRO joint venture" stays as tagged
            for c in near:
                out.remove(c)
            whole = [c for c in near if (c.start, c.end) == (s, k) and c.source == "registry" and not c.is_acronym]
            if whole:
                whole[0].end = k + 2
                out.append(whole[0])
            else:
                out.append(Cand(s, k + 2, "head", [doc[s:k + 2].text], head="Company"))
        return sorted(out, key=lambda c: (c.start, c.end))

    # ------------------------------------------------------------ stage 4
    def _registry_whole(self, doc, h, countries):
        """A head-built name that is, as a whole, a registry name the phrase matcher could not see
        token by token ("United Nations Office for Outer Space Af- fairs", a word cut at a PDF's line
        end): one registry mention of that body, not its parent and a name of its own."""
        if h.coordinated or len(h.keys) != 1:
            return None
        span = doc[h.start:h.end]
        if not any(t.is_space or (t.text.endswith("-") and len(t) > 1 and t.i + 1 < h.end) for t in span):
            return None     # the phrase matcher saw these tokens: its matches (and splits) stand
        ids = self.K.by_key.get(norm_key(span.text))
        if not ids:
            return None
        return self._without_country_word(doc, Cand(h.start, h.end, "registry", [doc[h.start:h.end].text],
                                                     entries=list(ids)), countries)

    def _country_prefixed(self, doc, h, inside, countries):
        """A country's name or adjective before the full name of that country's registry body ("the US
        National Aeronautics and Space Administration", "the Spanish Centre for the Development of
        Industrial Technology"): the name is the registry's, the country word is no part of it (it
        stays a cue). A generic name ("Japanese Ministry of Defense") keeps its country."""
        if h.coordinated or len(inside) != 1:
            return False
        r = inside[0]
        if r.end != h.end or r.start == h.start or r.is_acronym or len(r.entries) != 1:
            return False
        code = countries.get(h.start)
        if code is None or any(countries.get(k) != code and doc[k].text not in ("-",) for k in range(h.start, r.start)):
            return False
        entry = self.K.entries[r.entries[0]]
        return self._own_name_after(doc, h.start, r.start, h.end, entry, code) \
            and not self.K.is_generic_surface(doc[r.start:r.end].text)

    def merge(self, doc, registry, heads, ner, countries=None):
        """Non-overlapping mentions: registry and head-built names first, then NER."""
        keep = list(registry)
        final_heads = []
        for h in heads:
            inside = [r for r in keep if h.start <= r.start and r.end <= h.end and (r.start, r.end) != h.span]
            crossing = [r for r in keep if r.start < h.end and h.start < r.end and r not in inside]
            if crossing:
                continue
            whole = self._registry_whole(doc, h, countries or {})
            if whole is not None:
                for r in inside:
                    keep.remove(r)
                keep.append(whole)
                continue
            if inside and self._country_prefixed(doc, h, inside, countries or {}):
                continue
            if inside:
                first = min(inside, key=lambda r: r.start)
                rest = doc[first.end:h.end]
                if first.start == h.start and len(rest) >= 2 and not h.coordinated \
                        and doc[first.start].text not in self.prefix_acronyms and not self._organ_of(first) \
                        and any(self.is_head(t) for t in rest) and is_cap(rest[0]) \
                        and any(t.is_alpha and t.lower_ not in self.K.vocabulary and not self.K.country_of(t.text)
                                for t in rest):
                    # "NASA Goddard Space Flight Center": the registry body, then a name of its own
                    if not any(r.start >= first.end for r in inside):
                        final_heads.append(Cand(first.end, h.end, "head", [rest.text], head=h.head,
                                                suffix_country=h.suffix_country))
                    continue
                if first.start == h.start and first.end - first.start >= 2 and len(rest) >= 2 \
                        and not h.coordinated and rest[-1].text in self.not_org_heads \
                        and not any(self.is_head(t) for t in rest) and is_cap(rest[0]):
                    # "U.S. Department of Commerce Commercial Law Development Program": the body's program;
                    # not a name that goes on after a connecting word ("Ministry of Transport and
                    # Infrastructure": the registry's "Ministry of Transport" is only its start)
                    continue
                if first.start == h.start and self._of_bare_head(rest):
                    continue    # "Office for Outer Space Affairs of the Secretariat": the body, then its parent's head
                if first.start == h.start and self._of_registry_parent(doc, first, rest, inside):
                    continue    # "Committee on the Peaceful Uses of Outer Space of the United Nations": two bodies
                for r in inside:
                    keep.remove(r)
            final_heads.append(h)
        keep += final_heads
        taken = set()
        for c in keep:
            taken.update(range(c.start, c.end))
        for c in ner:
            if any(k in taken for k in range(c.start, c.end)):
                continue
            keep.append(c)
            taken.update(range(c.start, c.end))
        keep.sort(key=lambda c: (c.start, c.end))
        return keep

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

Acronym definitions are stage 6, in ``organizations.py`` with ``org_acronyms``.
"""
from dataclasses import dataclass, field

from .acronyms import is_acronym
from .knowledge import norm_key

POSSESSIVE = ("'s", "’s", "'", "’")
MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
FUNCTION_LOWER = {"of", "the", "and", "&", "for", "on"}
PARTICLES = {"bin", "al", "de", "du", "des", "da", "do", "del", "la", "le", "van", "von", "y", "und", "für"}


@dataclass
class Cand:
    start: int                       # token offsets in the Doc
    end: int
    source: str                      # registry | head | ner | acronym
    keys: list                       # surface forms of the bodies named (several when coordinated)
    head: str | None = None          # head word of a built name
    entries: list = field(default_factory=list)   # registry ids a registry match names
    is_acronym: bool = False
    long_form: "Cand | None" = None  # for an acronym defined here: its long form candidate
    acronym: str | None = None       # for a long form: its acronym defined here
    suffix_country: str | None = None  # "of Japan" left out of the name
    coordinated: bool = False

    @property
    def span(self):
        return (self.start, self.end)


# ---------------------------------------------------------------- token tests

def is_cap(tok):
    t = tok.text
    if not t:
        return False
    if t[0].isupper():
        return True
    return t[0].isdigit() and any(c.isupper() for c in t)


def no_space_between(doc, i):
    """True when doc[i] and doc[i+1] touch ('Self' '-' 'Defense')."""
    return not doc[i].whitespace_


class Chunker:
    """Knowledge-bound helpers; ``K`` is an ``org_knowledge.Knowledge``."""

    def __init__(self, K):
        self.K = K
        f = K.filters
        self.heads = f.get("heads", {})
        self.plural = f.get("plural_heads", {})
        self.place_heads = set(f.get("place_heads", []))
        self.national_heads = set(f.get("national_heads", []))
        self.owner_tails = set(f.get("owner_tails", []))
        self.not_org_heads = set(f.get("not_org_heads", []))
        self.not_org = set(f.get("not_org", []))
        self.not_org_first = set(f.get("not_org_first", []))
        self.topic_acronyms = set(f.get("topic_acronyms", []))
        self.descriptors = set(f.get("descriptors", []))
        self.titles = set(f.get("title_words", []))
        self.places = set(f.get("places", []))
        self.person_heads = set(f.get("person_heads", []))
        self.facility_nouns = set(f.get("facility_nouns", []))
        self.cap_function = set(f.get("capitalized_function_words", []))
        self.weak = set(f.get("weak_modifiers", []))
        self.topic_words = set(f.get("topic_words", []))
        self.titles_lower = {t.lower() for t in self.titles if t.isalpha()}
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
            if not self._capitalized_name(span):
                continue
            key = doc.vocab.strings[key_id]
            ids = K.by_key.get(key, [])
            if not ids:
                continue
            out.extend(self._split_registry(doc, s, e, ids))
        for key_id, s, e in acr_matcher(doc):
            acr = doc.vocab.strings[key_id]
            ids = K.by_acronym.get(acr, [])
            if ids:
                out.append(Cand(s, e, "registry", [acr], entries=list(ids), is_acronym=True))
        out = [c for c in out if not self._embedded(doc, c, countries)]
        return longest_first(out)

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

    def _capitalized_name(self, span):
        words = [t for t in span if t.is_alpha]
        if not words or not is_cap(span[0]):
            return False
        for t in words:
            if t.lower_ in FUNCTION_LOWER or t.lower_ in PARTICLES or t.lower_ in ("to", "in", "at", "a", "an"):
                continue
            if not t.text[0].isupper():
                return False
        return True

    def _embedded(self, doc, c, countries):
        """A registry name inside a longer proper name: 'Vandenberg Space Force Base'."""
        if c.is_acronym or c.start == 0:
            return False
        prev = doc[c.start - 1]
        if not self.name_word(prev) or prev.is_sent_start:
            return False
        if prev.text in self.titles or (c.start - 1) in countries or prev.text in ("U.S.", "US"):
            return False
        if is_acronym(prev.text):
            return False
        nxt = doc[c.end] if c.end < len(doc) else None
        return nxt is not None and self.name_word(nxt) and nxt.text not in self.heads \
            and nxt.text not in self.owner_tails and nxt.text not in self.titles

    # ------------------------------------------------------------ stage 2
    def head_candidates(self, doc, registry, countries):
        """Names built around head words."""
        reg_end = {c.end: c for c in registry}
        reg_start = {c.start: c for c in registry}
        out = []
        n = len(doc)
        for i, tok in enumerate(doc):
            plural = self.is_plural_head(tok) and is_cap(tok)
            if not (self.is_head(tok) or plural):
                continue
            # a head followed by another capitalized head word: the later one heads the name
            if i + 1 < n and self.is_head(doc[i + 1]):
                continue
            start = self._extend_left(doc, i, reg_end)
            end = i + 1
            # designators: "Task Force 59", "Unit SOUTH"
            if end < n and (doc[end].text.isdigit() or (doc[end].text.isupper() and doc[end].is_alpha
                                                        and len(doc[end].text) <= 6
                                                        and doc[end].text not in self.K.by_acronym)) \
                    and doc[i].whitespace_:
                end += 1
            if tok.text in ("Embassy", "Consulate") and end < n:
                if end in countries:
                    code = countries[end]
                    while end < n and countries.get(end) == code:
                        end += 1
                elif doc[end].lower_ == "in" and end + 1 < n and (end + 1 in countries or
                                                                  doc[end + 1].ent_type_ == "GPE"):
                    end += 2
                    while end < n and (end in countries and countries[end] == countries.get(end - 1)
                                       or doc[end].ent_type_ == "GPE" and doc[end - 1].ent_type_ == "GPE"):
                        end += 1
            bare = start == i and end == i + 1
            items, pp_end, suffix_country = self._prepositional(doc, end, bare, tok.text, registry, reg_start,
                                                                countries)
            coordinated = False
            keys = None
            if items:
                if plural and doc[end].lower_ == "of" and len(items) >= 2:
                    coordinated = True
                    single = self.plural[tok.text]
                    pre = doc[start:i].text
                    keys = [" ".join(x for x in (pre, single, "of", doc[a:b].text) if x) for a, b in items]
                end = pp_end
            elif plural:
                continue
            if not coordinated and plural:
                continue
            # capitalized words after the name that are not part of it
            if not items and end < n and self.name_word(doc[end]) and doc[end].text not in self.owner_tails \
                    and doc[end].text not in self.titles and (end not in countries) \
                    and doc[end].ent_type_ != "PERSON" and not doc[end].is_sent_start:
                continue
            c = Cand(start, end, "head", keys or [doc[start:end].text], head=tok.text,
                     suffix_country=suffix_country, coordinated=coordinated)
            pre_country_only = all(k in countries or doc[k].text in ("-",) for k in range(start, i))
            if end == i + 1 and pre_country_only and not self._bare_ok(doc, c, countries):
                continue            # "the U.S. Department" alone names no body
            out.append(c)
        return longest_first(out)

    def _extend_left(self, doc, i, reg_end):
        j = i - 1
        start = i
        while j >= 0:
            t = doc[j]
            if t.text in POSSESSIVE or t.text in self.titles:
                break
            if self.name_word(t):
                start = j
                j -= 1
                continue
            if t.text in ("-", "/") and j > 0 and no_space_between(doc, j - 1) and no_space_between(doc, j) \
                    and self.name_word(doc[j - 1]) and (t.text == "-" or doc[j - 1].text.isupper()):
                start = j
                j -= 1
                continue
            if t.lower_ in PARTICLES and j > 0 and self.name_word(doc[j - 1]):
                start = j
                j -= 1
                continue
            if t.lower_ in ("and", "&") and j > 0 and self._may_join_left(doc, j, reg_end):
                start = j
                j -= 1
                continue
            break
        # never start on a connector
        while start < i and not is_cap(doc[start]):
            start += 1
        return start

    def _may_join_left(self, doc, j, reg_end):
        """'National Aeronautics and Space Administration': the words before 'and' are
        modifiers of the same name, not a name of their own or the object of 'of'."""
        k = j - 1
        if k in reg_end or (k + 1) in reg_end:
            return False
        words = 0
        while k >= 0 and (self.name_word(doc[k]) or (doc[k].text == "-" and no_space_between(doc, k))):
            if self.is_head(doc[k]) or self.is_plural_head(doc[k]):
                return False
            words += 1
            k -= 1
        if words == 0 or words > 4:
            return False
        if k >= 0 and doc[k].lower_ in ("of", "for", "on", "to", "in", "at"):
            return False
        if k >= 0 and doc[k].lower_ in ("and", "&"):
            return k > 0 and doc[k - 1].text in (";", ",")
        return True

    def _item(self, doc, pos, after_the, countries):
        """End of one capitalized item of a prepositional phrase starting at ``pos``."""
        n = len(doc)
        k = pos
        while k < n:
            t = doc[k]
            if self.name_word(t):
                if t.text in MONTHS:
                    break
                if t.text in self.titles and not after_the:
                    break
                if t.text in self.owner_tails and k > pos:
                    break
                if t.ent_type_ == "PERSON" and k > pos and doc[k - 1].ent_type_ != "PERSON":
                    break
                k += 1
                continue
            if t.text in ("-", "/") and k > pos and no_space_between(doc, k - 1) and no_space_between(doc, k) \
                    and k + 1 < n and self.name_word(doc[k + 1]) and (t.text == "-" or doc[k + 1].text.isupper()):
                k += 1
                continue
            if t.lower_ == "of" and k > pos and k + 1 < n:
                m = k + 1
                if doc[m].lower_ == "the" and m + 1 < n:
                    m += 1
                if self.name_word(doc[m]) and m not in countries:
                    k = m
                    continue
            if t.lower_ in PARTICLES and k > pos and k + 1 < n and self.name_word(doc[k + 1]):
                k += 1
                continue
            break
        return k

    def _item_has_head(self, doc, a, b):
        return any(self.is_head(doc[x]) or self.is_plural_head(doc[x]) for x in range(a, b))

    def _prepositional(self, doc, end, bare, head, registry, reg_start, countries):
        """Items of the prepositional phrase after a head ('of Education, Culture, ... and
        Technology'): returns ``(items, end, suffix_country)``; no items when the phrase
        is not part of the name."""
        n = len(doc)
        if end >= n or doc[end].lower_ not in ("of", "for", "on") or doc[end].text[0].isupper():
            return [], end, None
        pos = end + 1
        after_the = False
        if pos < n and doc[pos].lower_ == "the":
            pos += 1
            after_the = True
        if pos >= n or not self.name_word(doc[pos]):
            return [], end, None
        first_end = self._item(doc, pos, after_the, countries)
        if first_end == pos:
            return [], end, None
        country = countries.get(pos)
        if country and countries.get(first_end - 1) == country and doc[end].lower_ in ("of", "for"):
            # "Government of Japan" keeps it; "Space Force of the United States" gives a cue
            if head not in self.place_heads:
                return [], end, country
        if self._item_has_head(doc, pos, first_end) and not bare:
            return [], end, None
        if pos in reg_start and reg_start[pos].end > first_end and not bare:
            return [], end, None
        items = [(pos, first_end)]
        k = first_end
        while k < n:
            j = k
            if doc[j].text == ",":
                j += 1
            if j < n and doc[j].lower_ in ("and", "&"):
                j += 1
            if j == k or j >= n:
                break
            if doc[k].text == "," and j == k + 1 and not self.name_word(doc[j]):
                break
            if not self.name_word(doc[j]):
                break
            e = self._item(doc, j, False, countries)
            if e == j or self._item_has_head(doc, j, e) or j in reg_start or countries.get(j) \
                    or (e < n and doc[e].text == "(" and e - j == 1 and is_acronym(doc[j].text)):
                break
            if e + 1 < n and doc[e].lower_ in ("and", "&") and self.name_word(doc[e + 1]):
                e2 = self._item(doc, e + 1, False, countries)
                if self._item_has_head(doc, e + 1, e2):
                    break           # "..., National Aeronautics and Space Administration": a name of its own
            if doc[j].ent_type_ in ("PERSON", "GPE", "LOC") and doc[j].text not in ("State",):
                break
            items.append((j, e))
            k = e
        return items, items[-1][1], None

    def _bare_ok(self, doc, c, countries):
        """A national head names a body after a country: "Angola's Navy", "U.S. Navy"."""
        if doc[c.end - 1].text not in self.national_heads:
            return False
        if c.start < c.end - 1:
            return True
        s = c.start
        return s >= 2 and doc[s - 1].text in POSSESSIVE and (s - 2) in countries

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

    def _ner_context_ok(self, doc, span, countries):
        """Context tests for a statistical-model ORG: places, job titles, people, modifiers."""
        n = len(doc)
        s, e = span.start, span.end
        prev = doc[s - 1] if s > 0 else None
        # a place: "in Palomares", "naval bases in Callao", "the U.S. port of Hueneme"
        if len(span) == 1 and not is_acronym(span.text) and prev is not None \
                and prev.lower_ in ("in", "at", "of", "near", "to", "from"):
            return False
        # a person: "Donald J. Trump", "astronaut Sultan Al Neyadi", "astronaut, Sultan Al Neyadi,"
        if prev is not None and (prev.ent_type_ == "PERSON" or re_initial(prev.text)
                                 or prev.lower_ in self.titles_lower):
            return False
        if prev is not None and prev.text == "," and s >= 2 and doc[s - 2].lower_ in self.titles_lower:
            return False
        # a product after its model code: "C-130J Super Hercules", "CH-47F Chinooks"
        if prev is not None and any(c.isdigit() for c in prev.text) and any(c.isupper() for c in prev.text):
            return False
        # the object of a document's or a title's name: "Treaty on the Non-Proliferation of ...",
        # "Secretary of Transportation Pete Buttigieg", "Minister for Economic Affairs, Education & Research"
        k = s - 1
        while k >= 0 and (doc[k].lower_ in ("of", "for", "on", "the", "and", "&", ",", "to") or
                          (self.name_word(doc[k]) and not self.is_head(doc[k]))):
            if doc[k].text in self.titles or doc[k].text in self.not_org_heads:
                return False
            k -= 1
        # an appositive of a person: "Aušrinė Armonaitė, Lithuanian Minister of ..."
        if e < n and doc[e].text == ",":
            for k in range(e + 1, min(n, e + 4)):
                if doc[k].text in self.titles or doc[k].lower_ in self.titles_lower:
                    return False
                if not self.name_word(doc[k]):
                    break
        # a modifier of a noun: "Black Hawk helicopters", "Lobito Rail concession"
        if e < n and doc[e].is_lower and doc[e].pos_ in ("NOUN", "ADJ", "PROPN") and doc[e].is_alpha:
            return False
        # part of a longer name of a fund, program ...: "Global Flaring and Methane Reduction (GFMR) Trust Fund"
        k = e
        if k < n and doc[k].text == "(":
            while k < n and doc[k].text != ")" and k - e < 5:
                k += 1
            k += 1
        last_cap = None
        while k < n and (self.name_word(doc[k]) or doc[k].lower_ in ("of", "for", "on", "in", "to", "the", "and", "&")
                         and k + 1 < n and self.name_word(doc[k + 1])):
            if self.name_word(doc[k]):
                last_cap = doc[k]
            k += 1
        if last_cap is not None and last_cap.text in self.not_org_heads:
            return False
        return True

    # ------------------------------------------------------------ stage 4
    def merge(self, doc, registry, heads, ner):
        """Non-overlapping mentions: registry and head-built names first, then NER."""
        keep = list(registry)
        final_heads = []
        for h in heads:
            inside = [r for r in keep if h.start <= r.start and r.end <= h.end and (r.start, r.end) != h.span]
            crossing = [r for r in keep if r.start < h.end and h.start < r.end and r not in inside]
            if crossing:
                continue
            if inside:
                first = min(inside, key=lambda r: r.start)
                rest = doc[first.end:h.end]
                if first.start == h.start and len(rest) >= 2 and not h.coordinated \
                        and any(self.is_head(t) for t in rest) and is_cap(rest[0]) \
                        and any(t.is_alpha and t.lower_ not in self.K.vocabulary and not self.K.country_of(t.text)
                                for t in rest):
                    # "NASA Goddard Space Flight Center": the registry body, then a name of its own
                    if not any(r.start >= first.end for r in inside):
                        final_heads.append(Cand(first.end, h.end, "head", [rest.text], head=h.head,
                                                suffix_country=h.suffix_country))
                    continue
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

    # ------------------------------------------------------------ stage 5
    def keep(self, doc, c, countries, defined):
        """False for what is not an organization (ANNOTATION.md section 2)."""
        span = doc[c.start:c.end]
        text = span.text
        if c.source == "registry":
            if c.is_acronym and text in self.topic_acronyms:
                return defined(text, c.start) is True
            return True
        if text in self.not_org or text in self.places or text in self.descriptors:
            return False
        first = span[0]
        if first.text in self.not_org_first or first.text.split("-")[0] in self.not_org_first:
            return False
        if all((k in countries) for k in range(c.start, c.end)):
            return False
        rest = [t for t in span if t.i not in countries and t.text not in ("-",)]
        if len(rest) == 1 and rest[0].text in self.heads and rest[0].text not in self.national_heads \
                and rest[0].i == span.end - 1:
            return False        # "the U.S. Department"
        if self.K.country_of(text):
            return False
        if c.source in ("head", "acronym") and c.head in self.person_heads and c.start < c.end - 1:
            pre = [t for t in doc[c.start:c.end - 1] if t.is_alpha]
            if pre and not any(t.lower_ in self.K.vocabulary or (t.i in countries) for t in pre):
                return False            # "Biden-Harris Administration"
        if c.source == "ner":
            return self._keep_ner(doc, span, countries, defined)
        if c.source == "head" and not c.coordinated and c.head and span[-1].text == c.head:
            pre = [t.text for t in span[:-1] if t.is_alpha]
            if pre and all(w in self.weak for w in pre):
                return False    # "International Government", "Joint Committee"
        return True

    def _keep_ner(self, doc, span, countries, defined):
        text = span.text
        last = span[-1]
        if not self._ner_context_ok(doc, span, countries):
            return False
        if last.text in self.not_org_heads or span[0].text in self.not_org_heads:
            return False
        for k, t in enumerate(span):
            if t.text in self.not_org_heads and not any(self.is_head(u) for u in span[k + 1:]):
                return False    # "Japan-U.S. Comprehensive Dialogue on Space"
        if any(t.text in self.topic_acronyms or defined(t.text, t.i) is False for t in span):
            return False    # "SSA Services"
        if len(span) >= 3 and span[1].text == "-" and self.K.country_of(span[0].text) \
                and self.K.country_of(span[2].text):
            return False
        if not is_cap(span[0]) or not any(c.isalpha() for c in text):
            return False
        if any(t.text in self.titles for t in span):
            return False
        if any(not is_cap(t) and t.is_alpha and t.lower_ not in FUNCTION_LOWER and t.lower_ not in PARTICLES
               for t in span):
            return False
        if len(span) > 8:
            return False
        # "U.S.-India COMPACT", "Japan-U.S. Comprehensive Dialogue": bilateral labels, not bodies
        first = span[0].text
        if "-" in first and any(self.K.country_of(p) for p in first.split("-")):
            return False
        if doc._.kind in ("heading", "title") and not is_acronym(text):
            return False        # title-case headings: "Counter-Terrorism"
        if span[0].tag_ == "VBG" or span[0].pos_ == "VERB":
            return False        # "Advancing Clean Energy", "Counter Foreign State ..."
        content = [t for t in span if t.is_alpha and t.lower_ not in FUNCTION_LOWER]
        if content and not any(self.is_head(t) for t in span) and all(
                t.text in self.topic_words or t.lower_ in self.K.vocabulary or t.text in self.not_org_heads
                for t in content):
            return False        # "Critical Minerals", "Collaborative Research"
        if span[0].text in self.adjectives and not any(self.is_head(t) for t in span):
            return False        # "Angolan Foreign Minster ...", "American Spaces"
        if len(span) == 1:
            if span[0].pos_ not in ("PROPN", "NOUN", "X") and not is_acronym(text):
                return False    # "Invest"
            if "'" in text.strip("'") or "’" in text.strip("’"):
                return False    # "Sana’a"
            if text in self.topic_acronyms:
                return False
            if is_acronym(text) and defined(text, span.start) is not True:
                return False        # an acronym neither in the registry nor defined as a body
            if text.lower() in self.K.vocabulary:
                return False        # a common word: "Council", "Alliance"
        if span.end < len(doc) and doc[span.end].lower_ in self.facility_nouns:
            return False
        if any(t.like_num for t in span) and len(span) <= 2:
            return False
        return True


def re_initial(text):
    """'J.' in 'Donald J. Trump'."""
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def longest_first(cands):
    """Non-overlapping candidates, longer ones first, then earlier ones (deterministic)."""
    out = []
    taken = set()
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start, c.keys)):
        r = range(c.start, c.end)
        if any(k in taken for k in r):
            continue
        out.append(c)
        taken.update(r)
    return sorted(out, key=lambda c: c.start)

"""Stage 2 of the chunker: names built around a head word the registry may not know
("Ministry of Foreign Trade and Tourism", "Swiss Space Office"), with list splitting,
coordination ("Departments of State, Defense, and Commerce": one mention, three names) and
possessives."""
from .acronyms import is_acronym
from .candidate import MONTHS, POSSESSIVE, PARTICLES, Cand, is_cap, longest_first, no_space_between


def _line_end_hyphen(doc, j):
    """Start of a capitalized word cut by a PDF's line-end hyphenation ("EU Space Informa- tion
    Sharing and Analysis Centre", the line break folded to a space) when ``doc[j]`` is its
    lower-case second part, else None. A suspended hyphen ("Short- and long-term") is not one."""
    t = doc[j]
    if j < 1 or not (t.is_alpha and t.is_lower) or t.lower_ in ("and", "or", "to"):
        return None
    m = j - 1
    if doc[m].is_space and m >= 1:
        m -= 1      # the next line indented: "Af-\n    fairs" has a whitespace token between the parts
    first = doc[m]
    word = first.text[:-1]
    if first.text.endswith("-") and (first.whitespace_ or doc[m + 1].is_space) and len(word) >= 2 \
            and word.isalpha() and word[0].isupper():
        return m
    return None


class HeadNames:
    """Stage 2, mixed into ``chunks.Chunker``: reads the word sets its ``__init__`` sets."""

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
            organ = end == i + 1 and self._organ_words(doc, start, i)
            items, pp_end, suffix_country = self._prepositional(doc, end, bare, tok.text, registry, reg_start,
                                                                countries, organ)
            if not items and plural and self.plural[tok.text] in self.place_heads and end < n \
                    and doc[end].lower_ == "of":
                # "the Governments of Portugal and Spain": one mention, a government for each country
                items = self._country_list(doc, end + 1, countries)
                if len(items) < 2:
                    continue
                pp_end = items[-1][1]
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
                    and doc[end].ent_type_ != "PERSON" and not doc[end].is_sent_start \
                    and not (self._peer_body(tok) and self._run_on_name(doc, end)):
                continue
            if not coordinated and end < n and doc[end].text == "Building" and doc[end - 1].text == "Office":
                continue            # "Russell Senate Office Building": a building's name
            c = Cand(start, end, "head", keys or [doc[start:end].text], head=tok.text,
                     suffix_country=suffix_country, coordinated=coordinated)
            pre_country_only = all(k in countries or doc[k].text in ("-",) for k in range(start, i))
            if end == i + 1 and pre_country_only and not self._bare_ok(doc, c, countries):
                continue            # "the U.S. Department" alone names no body
            out.append(c)
        return longest_first(out)

    def _country_list(self, doc, pos, countries):
        """(start, end) of each country named in a list starting at ``pos`` ("Portugal and Spain",
        "Japan, India and Australia"), the list's words only between them."""
        n = len(doc)
        out = []
        k = pos
        while k < n:
            if doc[k].lower_ == "the" and k + 1 < n and k + 1 in countries:
                k += 1
            if k not in countries:
                break
            code = countries[k]
            b = k
            while b < n and countries.get(b) == code:
                b += 1
            out.append((k, b))
            k = b
            if k < n and doc[k].text == ",":
                k += 1
            if k < n and doc[k].lower_ == "and":
                k += 1
            if k == b:
                break
        return out

    def _extend_left(self, doc, i, reg_end):
        j = i - 1
        start = i
        while j >= 0:
            t = doc[j]
            if t.text in POSSESSIVE:
                break
            if t.text in self.titles and not (j == i - 1 and (self._peer_body(doc[i]) or
                                                              t.text in self.head_modifier_titles)):
                break
            if j <= i - 3 and self.is_head(t) and self._peer_body(t):
                break       # "Quad Space Working Group Extreme Precipitation Steering Committee": two names
            if self.name_word(t):
                start = j
                j -= 1
                continue
            cut = _line_end_hyphen(doc, j)
            if cut is not None:
                start = cut
                j = cut - 1
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
            if t.text == "," and any(doc[x].lower_ in ("and", "&") for x in range(start, i)) \
                    and self._comma_modifier(doc, j, reg_end):
                start = j       # "Satellite Assembly, Integration and Testing Center": a list of modifiers
                j -= 1
                continue
            break
        # never start on a connector
        while start < i and not is_cap(doc[start]):
            start += 1
        return start

    def _prefix_acronym(self, doc, c):
        """A grouping's acronym written before the name of one of its bodies ("APEC Telecommunications
        and Information Working Group"): filters ``prefix_acronyms``, part of the name."""
        return doc[c.start:c.end].text in self.prefix_acronyms

    def _comma_modifier(self, doc, j, reg_end):
        """The words before the comma at ``j`` are one more modifier of a list of them before a head
        ("Assembly, Integration and Testing Center"): one to three capitalized words without a head,
        no country, place or person, and not the end of a registry name."""
        if j in reg_end:
            return False
        k = j - 1
        words = 0
        while k >= 0 and self.name_word(doc[k]):
            t = doc[k]
            if k == j - 1 and t.text in self.process_heads and not t.is_sent_start:
                words += 1      # "Assembly, Integration and Testing": the act, no body's head
                k -= 1
                continue
            if self.is_head(t) or self.is_plural_head(t) or t.ent_type_ in ("PERSON", "GPE", "LOC") \
                    or self.K.country_of(t.text) or is_acronym(t.text) or t.is_sent_start:
                return False
            words += 1
            k -= 1
        return 1 <= words <= 3

    def _peer_body(self, head):
        """A forum or council head: a title right before it names its members, and is part of
        the name ("U.S.-Brazil CEO Forum", "Chiefs Council")."""
        return self.heads.get(head.text) in ("forum", "council")

    def _members(self, doc, pos, k):
        """A plural title in the first two words after a head's 'of' ("Heads", "Permanent Representatives")."""
        return k <= pos + 1 and pos > 0 and doc[pos - 1].lower_ == "of" and doc[k].text.endswith("s")

    def _run_on_name(self, doc, k):
        """Another body's name starts at ``k`` right after a group's or committee's head: two or more
        capitalized words, then a head ("... Working Group Extreme Precipitation Steering Committee")."""
        m = k
        while m < len(doc) and self.name_word(doc[m]) and not self.is_head(doc[m]):
            m += 1
        return m - k >= 2 and m < len(doc) and self.is_head(doc[m])

    def _may_join_left(self, doc, j, reg_end):
        """'National Aeronautics and Space Administration': the words before 'and' are
        modifiers of the same name, not a name of their own or the object of 'of'."""
        k = j - 1
        if (k in reg_end and not self._prefix_acronym(doc, reg_end[k])) or (k + 1) in reg_end:
            return False
        words = 0
        while k >= 0 and (self.name_word(doc[k]) or (doc[k].text == "-" and no_space_between(doc, k))):
            if self.is_head(doc[k]) or self.is_plural_head(doc[k]):
                return False
            if doc[k].ent_type_ == "PERSON":
                return False    # "Administrator Charles Bolden and Israel Space Agency": a person, then a body
            words += 1
            k -= 1
        if words == 0 or words > 4:
            return False
        if k >= 0 and doc[k].lower_ in ("of", "for", "on", "to", "in", "at"):
            return False
        if k >= 0 and doc[k].lower_ in ("and", "&"):
            # a list before: "...; and", "..., and", "... (IHR Review Committee) and"
            return k > 0 and doc[k - 1].text in (";", ",", ")")
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
                # a plural title first names the members: "Assembly of Heads of State and Government",
                # "Council of Ministers", "Committee of Permanent Representatives"
                if t.text in self.titles and not after_the and not self._members(doc, pos, k):
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
            if k > pos and k in countries and countries.get(k - 1) == countries[k]:
                k += 1      # the rest of a country's name in lower case: "Government of Côte d'Ivoire"
                continue
            if t.text in self.cap_function and t.is_alpha and k > pos and self.name_word(doc[k - 1]) \
                    and k + 1 < n and self.name_word(doc[k + 1]) and t.pos_ in ("NOUN", "PROPN"):
                k += 1      # a noun of that list inside a name: "National Center for Satellite Image Operations"
                continue
            if t.is_space and k > pos and k + 1 < n and _line_end_hyphen(doc, k + 1) is not None:
                k += 1      # the indentation of the line that goes on with the cut word
                continue
            if k > pos and (_line_end_hyphen(doc, k) or -1) >= pos:
                k += 1      # "International Organization for Stand- ardization": the word goes on after the line end
                continue
            if t.text == "-" and k > pos and no_space_between(doc, k - 1) and no_space_between(doc, k) \
                    and k + 1 < n and doc[k + 1].is_lower and doc[k + 1].is_alpha and doc[k - 1].text[:1].isupper():
                k += 2      # a hyphenated word with a lower-case part: "Long-term", "Co-operation"
                continue
            if t.lower_ == "of" and k > pos and k + 1 < n:
                m = k + 1
                if doc[m].lower_ == "the" and m + 1 < n:
                    m += 1
                if self.name_word(doc[m]) and (m not in countries or self._state_form(doc, pos, k)):
                    k = m       # "Government of the Republic of Mauritius": the state's form, then its country
                    continue
            if t.lower_ in PARTICLES and k > pos and k + 1 < n and self.name_word(doc[k + 1]):
                k += 1
                continue
            if t.lower_ == "in" and after_the and k > pos and self._in_domain(doc, k + 1):
                k += 3      # "Working Group on the Use of Nuclear Power Sources in Outer Space"
                continue
            if t.lower_ == "in" and k > pos:
                sub = self._in_subject(doc, k + 1, countries)
                if sub is not None:
                    k = sub     # "Specialised Committee on Participation in Union Programmes"
                    continue
            break
        return k

    def _state_form(self, doc, pos, k):
        """``doc[pos:k]`` is the form of a state whose country follows ("Republic", "United Republic",
        "Arab Republic" before "of Egypt"): filters ``state_forms``, every word of it."""
        return k > pos and all(doc[x].text in self.state_forms for x in range(pos, k))

    def _in_subject(self, doc, m, countries):
        """End of the subject an 'in' adds to a body's descriptive name ("Committee on Participation in
        Union Programmes", "Working Group on Cooperation in Space Activities"): one to three
        capitalized words ending in a plural noun, none a country, place, date, month or person (the
        place where a body meets or sits, "the Ministerial Council in Skopje", and groups of places,
        "in Member States" (filters ``place_plurals``), end the name); None
        when the words after 'in' are no such subject."""
        n = len(doc)
        e = m
        while e < n and e - m < 4 and self.name_word(doc[e]):
            t = doc[e]
            if e in countries or t.ent_type_ in ("GPE", "LOC", "DATE", "PERSON", "NORP", "FAC") \
                    or t.text in MONTHS or is_acronym(t.text):
                return None
            e += 1
        if e == m or e - m > 3:
            return None
        last = doc[e - 1]
        if last.text in self.K.filters.get("place_plurals", ()) or self.is_head(last):
            return None     # "in Member States": where the body works
        return e if last.tag_ in ("NNS", "NNPS") and last.text.endswith("s") else None

    def _in_domain(self, doc, m):
        """'in Outer Space' ends a long descriptive name of a body (the domain it works on, not a
        place where it sits): the words listed in filters ``domain_phrases``."""
        return m + 2 <= len(doc) and " ".join(doc[m:m + 2].text.split()) in self.domain_phrases

    def _item_has_head(self, doc, a, b):
        """A head word in an item, before an 'in' that adds the subject ("... in Union Programmes")."""
        for x in range(a, b):
            if doc[x].lower_ == "in":
                return False
            if self.is_head(doc[x]) or self.is_plural_head(doc[x]):
                return True
        return False

    def _organ_words(self, doc, start, i):
        """The words of a name up to its head ``doc[i]`` name only an organ, no body of their own: the
        head alone or after weak modifiers and modifier titles ("Secretariat", "General Secretariat",
        "Executive Council"), so the body they belong to follows ('of the Organization of American
        States')."""
        return all(doc[k].text in self.weak or doc[k].text in self.head_modifier_titles for k in range(start, i))

    def _organ_of_body(self, doc, end, pos, reg_start, organ):
        """End of a registry body's name after an organ's head and 'of the' ("General Secretariat of the
        Organization of American States", "Council of the RATS"): the organ's name holds its parent's,
        one mention; None otherwise."""
        reg = reg_start.get(pos)
        if not organ or reg is None or doc[end].lower_ != "of" or not doc[pos - 1].lower_ == "the":
            return None
        if not any(self.K.entries[e].country is None for e in reg.entries):
            return None         # a country's body: "Office of the Prime Minister ...", two bodies
        return reg.end

    def _prepositional(self, doc, end, bare, head, registry, reg_start, countries, organ=False):
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
        parent_end = self._organ_of_body(doc, end, pos, reg_start, organ)
        if parent_end is not None:
            return [(pos, parent_end)], parent_end, None
        first_end = self._item(doc, pos, after_the, countries)
        if first_end == pos:
            return [], end, None
        country = countries.get(pos)
        if country and countries.get(first_end - 1) == country and doc[end].lower_ == "on" \
                and first_end < n and doc[first_end].text in POSSESSIVE:
            return [], end, None    # "the European Commission on the United Kingdom's association": the body, then its topic
        if country and countries.get(first_end - 1) == country and doc[end].lower_ in ("of", "for"):
            # "Government of Japan" keeps it; "Space Force of the United States" gives a cue
            if head not in self.place_heads and f"{doc[end - 2].text} {head}" not in self.place_heads:
                return [], end, country
        if self._item_has_head(doc, pos, first_end) and not bare:
            return [], end, None
        if doc[end].lower_ == "on" and doc[first_end - 1].text in self.document_objects:
            return [], end, None    # "the Council on the EU Space Strategy": the body, then the document it acts on
        if doc[end].lower_ == "on" and " ".join(doc[pos:first_end].text.split()) in self.not_org:
            return [], end, None    # "the Canadian Space Agency on the Gateway": the body, then the program it works on
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
        host_end = self._host_country_end(doc, head, items[-1][1], countries)
        if host_end is not None:
            items[-1] = (items[-1][0], host_end)
        return items, items[-1][1], None

    def _host_country_end(self, doc, head, e, countries):
        """End of the host country a diplomatic mission's name gives after its own ("Embassy of Japan in
        Viet Nam", "High Commission of India in Mauritius"): filters ``host_heads``; None otherwise."""
        n = len(doc)
        if head not in self.host_heads or e + 1 >= n or doc[e].lower_ != "in" or countries.get(e - 1) is None:
            return None
        k = e + 2 if doc[e + 1].lower_ == "the" else e + 1      # "in the Philippines"
        if k not in countries:
            return None
        code = countries[k]
        while k < n and countries.get(k) == code:
            k += 1
        return k

    def _bare_ok(self, doc, c, countries):
        """A national head names a body after a country: "Angola's Navy", "U.S. Navy"."""
        if doc[c.end - 1].text not in self.national_heads:
            return False
        if c.start < c.end - 1:
            return True
        s = c.start
        return s >= 2 and doc[s - 1].text in POSSESSIVE and (s - 2) in countries

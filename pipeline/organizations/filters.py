"""Stage 5 of the chunker: filters for what is not an organization (ANNOTATION.md section 2):
places, programs, missions, documents, meetings, topics, job titles, diseases; the
statistical model's ORG entities are also tested on their context."""
import re

from .acronyms import is_acronym
from .candidate import FUNCTION_LOWER, MONTHS, PARTICLES, is_cap, re_initial
from .definitions import _context


_DATE_TOKEN = re.compile(r"(?<!\w)\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?!\w)")
# a product's model designation: "F414", "A400M", "A320neo", "777X", "737", a satellite's "6A" after its
# operator's name ("Türksat 6A", "Arabsat 7A") (a count, "20 launches", is none)
_MODEL = re.compile(r"^(?:[A-Z]{1,3}\d{2,4}[A-Za-z]{0,3}|\d{2,4}[A-Za-z]{1,3}|[1-9]\d{2}|[1-9][A-Z])$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
SERIAL = re.compile(r"-(?:\d{1,3}[A-Z]?|[A-Z]{1,2}\d?)$")     # a serial on a product name: "Satellite-4", "Probe-2B"


class NotOrganizationFilters:
    """Stage 5, mixed into ``chunks.Chunker``: reads the word sets its ``__init__`` sets."""

    def keep(self, doc, c, countries, defined):
        """False for what is not an organization (ANNOTATION.md section 2)."""
        span = doc[c.start:c.end]
        text = span.text
        if c.source == "registry":
            if c.is_acronym and text in self.topic_acronyms:
                return defined(text, c.start) is True
            if c.is_acronym and span.end < len(doc) and doc[span.end].text == "+" and not span[-1].whitespace_:
                return False    # "G7+", "ASEAN+3": another group named after the body
            if c.is_acronym and self._address_region(doc, span, countries):
                return False    # "Lugbe, Abuja, FCT, Nigeria": a region's code in an address
            if self._product_maker(doc, span, c):
                return False    # "GE F414 jet engines", "Airbus A400M": the maker's name in a product's
            # a body's name inside a document's name: "the UN Charter", "United Nations Convention on ..."
            return not (span.end < len(doc) and doc[span.end].text in self.document_heads)
        if text in self.not_org or text in self.places or text in self.descriptors:
            return False
        if _DATE_TOKEN.search(text) or "[" in text or "]" in text:
            return False    # a news list's date ("Plesetsk 08.07.2022 Results") or a link mark ("[18]ESA Council")
        first = span[0]
        word = text.split()[0]  # "Mini-SAR", "Megha-Tropiques": the tokenizer splits at the hyphen
        if {first.text, first.text.split("-")[0], word, word.split("-")[0]} & self.not_org_first:
            return False
        if all((k in countries) for k in range(c.start, c.end)):
            return False
        rest = [t for t in span if t.i not in countries and t.text not in ("-",)]
        if len(rest) == 1 and rest[0].text in self.heads and rest[0].text not in self.national_heads \
                and rest[0].i == span.end - 1:
            return False        # "the U.S. Department"
        if self.K.country_of(text) or self._state_name(span):
            return False
        if all(t.text in self.honorifics or t.is_punct for t in span):
            return False        # "H.E. Prof." before a name
        if c.source in ("head", "acronym") and c.head in self.person_heads and c.start < c.end - 1:
            pre = [t for t in doc[c.start:c.end - 1] if t.is_alpha]
            if pre and not any(t.lower_ in self.K.vocabulary or (t.i in countries) for t in pre):
                return False            # "Biden-Harris Administration"
        if not c.coordinated and (span[-1].text in self.plural or span[-1].text in self.class_plurals):
            return False        # a class of bodies, no named body: "Cooperating Agencies", "International Organisations"
        if not c.coordinated and self._class_of_country(span, countries):
            return False        # the same with its country: "the Cooperating Agencies of Japan"
        if c.source == "ner":
            return self._keep_ner(doc, span, countries, defined)
        if c.source == "head" and not c.coordinated and c.head and span[-1].text == c.head:
            pre = [t.text for t in span[:-1] if t.is_alpha]
            if pre and all(w in self.weak for w in pre):
                return False    # "International Government", "Joint Committee"
        return True

    def _product_maker(self, doc, span, c):
        """A registry company's name right before a model designation ("GE F414 jet engines", "Boeing
        737", "Airbus A400M"): part of the product's name, no mention of the company. A year after the
        name ("Boeing 2024 report") is no model."""
        if span.end >= len(doc) or not span[-1].whitespace_ or "\n" in span[-1].whitespace_:
            return False
        if not c.entries or any(self.K.entries[i].kind != "company" for i in c.entries):
            return False
        return bool(_MODEL.match(doc[span.end].text)) and not _YEAR.match(doc[span.end].text)

    @staticmethod
    def _address_region(doc, span, countries):
        """An acronym between a place and a country, commas around it ("Abuja, FCT, Nigeria"): the
        code of a region in a postal address, not a body."""
        s, e = span.start, span.end
        return s >= 2 and e + 1 < len(doc) and doc[s - 1].text == "," and is_cap(doc[s - 2]) \
            and doc[e].text == "," and (e + 1) in countries

    def _class_of_country(self, span, countries):
        """A plural head and only 'of (the) <country>' after it: "Cooperating Agencies of Japan"."""
        for k, t in enumerate(span):
            if t.text in self.plural or t.text in self.class_plurals:
                rest = span[k + 1:]
                return len(rest) >= 2 and rest[0].lower_ == "of" and \
                    all(r.i in countries or r.lower_ == "the" for r in rest[1:])
        return False

    def _keep_ner(self, doc, span, countries, defined):
        text = span.text
        last = span[-1]
        if not self._ner_context_ok(doc, span, countries):
            return False
        if last.lower_ in FUNCTION_LOWER or (last.text.endswith("ing") and last.text.istitle() and len(span) > 1
                                              and last.whitespace_ and last.pos_ == "VERB"):
            return False    # cut at a line: "Independent Oversight and", "U.S. Acknowledging" (a new clause)
        if any(text.startswith(k + " ") for k in self.document_kinds):
            return False    # a page's running header run into the text: "Press Release the UAE"
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
        if doc._.kind in ("heading", "title", "meta") and not is_acronym(text):
            return False        # title-case headings: "Counter-Terrorism"; places of a dateline: "Sandton, Gauteng"
        if len(span) > 1 and all(t.is_upper or not t.is_alpha for t in span) and not any(self.is_head(t) for t in span) \
                and not any(t.lower_ in self.K.vocabulary for t in span if t.is_alpha):
            return False        # places of a dateline in capitals: "HOUSTON & SEVILLE –"
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

    def _state_name(self, span):
        """A country's official name: its name or adjective with the words of a state's form
        around it ("Federal Democratic Republic of Ethiopia", "Russian Federation")."""
        words = [t for t in span if t.is_alpha or t.text in self.state_forms]
        forms = [t for t in words if t.text in self.state_forms]
        rest = [t.text for t in words if t.text not in self.state_forms and t.lower_ not in ("of", "the")]
        return bool(forms) and bool(rest) and self.K.country_of(" ".join(rest)) is not None

    def _ner_context_ok(self, doc, span, countries):
        """Context tests for a statistical-model ORG: places, job titles, people, modifiers."""
        n = len(doc)
        s, e = span.start, span.end
        prev = doc[s - 1] if s > 0 else None
        # a name after the lower-case noun of its kind: "the space shuttle Columbia", "the rover Perseverance";
        # the statement's later mentions of it are the thing too ("when Columbia broke up")
        things = _context(doc).setdefault("org_things", set())
        if span.text in things:
            return False
        if self._called_a_thing(doc, e) or (prev is not None and prev.lower_ in self.thing_nouns and prev.is_lower):
            things.add(span.text)
            return False
        # a common noun capitalized because it starts the sentence ("Software drives our lives") or
        # a name of its own ("Responsible State' Behaviour", "Target 19"): no single-word body
        if len(span) == 1 and span[0].pos_ == "NOUN" and not is_acronym(span.text):
            return False
        # one word cut from a longer name of a document or a policy: "the Spirit of Camp David",
        # "ASEAN's Outlook on the Indo-Pacific"
        if len(span) == 1 and not is_acronym(span.text) and e + 1 < n and doc[e].lower_ in ("of", "on") \
                and (is_cap(doc[e + 1]) or doc[e + 1].lower_ == "the" and e + 2 < n and is_cap(doc[e + 2])):
            return False
        # a place: "in Palomares", "naval bases in Callao", "the U.S. port of Hueneme"
        if len(span) == 1 and not is_acronym(span.text) and prev is not None \
                and prev.lower_ in ("in", "at", "of", "near", "to", "from"):
            return False
        # a place before a date, as a caption or a dateline writes it: "Signing ceremony, Ulaanbaatar, 12 March 2025"
        if len(span) == 1 and not is_acronym(span.text) and e + 1 < n and doc[e].text == "," \
                and (doc[e + 1].text in MONTHS or doc[e + 1].like_num and e + 2 < n and doc[e + 2].text in MONTHS):
            return False
        # two places after the preposition: "from the ground stations at Gazipur and Betbunia"
        if len(span) == 3 and span[1].lower_ in ("and", "&") and prev is not None \
                and prev.lower_ in ("in", "at", "near", "from") \
                and not any(self.is_head(t) or t.lower_ in self.K.vocabulary or is_acronym(t.text)
                            for t in (span[0], span[2])):
            return False
        # the end of a longer proper name the model cut: "Rosalind Franklin will be the first rover"
        if len(span) == 1 and not is_acronym(span.text) and prev is not None and prev.pos_ == "PROPN" \
                and is_cap(prev) and not prev.ent_type_ and (s - 1) not in countries \
                and prev.text not in self.titles and not self.is_head(prev) and not is_acronym(prev.text):
            return False
        # a person: "Donald J. Trump", "astronaut Sultan Al Neyadi", "astronaut, Sultan Al Neyadi,"
        if prev is not None and (prev.ent_type_ == "PERSON" or re_initial(prev.text)
                                 or prev.lower_ in self.titles_lower):
            return False
        if prev is not None and prev.text == "," and s >= 2 and doc[s - 2].lower_ in self.titles_lower:
            return False
        if self._named_person(doc, span) or self._quoted_person_or_coordinated_thing(doc, span, prev):
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
        if self._person_around(doc, span):
            return False
        # a modifier of a noun: "Black Hawk helicopters", "Lobito Rail concession"
        if e < n and doc[e].is_lower and doc[e].pos_ in ("NOUN", "ADJ", "PROPN") and doc[e].is_alpha:
            return False
        return not self._inside_longer_name(doc, e)

    def _person_around(self, doc, span):
        """Is ``span`` a person's name by what surrounds it: an appositive title, a speech verb, post-nominals?"""
        n, e = len(doc), span.end
        # an appositive of a person: "Aušrinė Armonaitė, Lithuanian Minister of ..."
        if e < n and doc[e].text == ",":
            for k in range(e + 1, min(n, e + 4)):
                if doc[k].text in self.titles or doc[k].lower_ in self.titles_lower:
                    return True
                if not self.name_word(doc[k]):
                    break
        # a person quoted by name: "Head of the Australian Space Agency Enrico Palermo said ...", "Ricardo
        # Conde recalled that ..." (a name of no organization word that speaks; bodies that speak are named
        # by their heads)
        if e < n and (doc[e].lemma_ == "say" or doc[e].lemma_ in self.speech_verbs and doc[e].pos_ == "VERB") \
                and not any(self.is_head(t) or t.lower_ in self.K.vocabulary for t in span) \
                and not is_acronym(span.text):
            return True
        # a first name the model cut from the person it begins: "Salem Humaid AlMarri, Director General"
        if len(span) == 1 and not is_acronym(span.text) and not self.is_head(span[0]) \
                and span[0].lower_ not in self.K.vocabulary:
            for k in range(e, min(n, e + 3)):
                if not self.name_word(doc[k]) or self.is_head(doc[k]):
                    break
                if doc[k].ent_type_ == "PERSON":
                    return True
        # a person's name with the letters after it: "Dara Calleary TD", "Jane Smith MP"
        if len(span) >= 2 and span[-1].text in self.post_nominals and not any(self.is_head(t) for t in span):
            return True
        return False

    def _inside_longer_name(self, doc, e):
        """Does the name ending at token ``e`` go on into a longer name headed by a non-body noun?"""
        n = len(doc)
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
        # a serial number on the head counts as the head: "Advanced Land Observing Satellite-4"
        if last_cap is not None and SERIAL.sub("", last_cap.text) in self.not_org_heads:
            return True
        return False

    def _quoted_person_or_coordinated_thing(self, doc, span, prev):
        """A person quoted after the verb ('"...," said Mowry.': a body that speaks has a head or an
        acronym), or the first of two names of things ("the NanoDragon and MicroDragon satellite data")."""
        e, n = span.end, len(doc)
        if prev is not None and prev.lemma_ in self.speech_verbs and prev.pos_ == "VERB" \
                and not any(self.is_head(t) or t.lower_ in self.K.vocabulary for t in span) \
                and not is_acronym(span.text):
            return True
        if not (e + 2 < n and doc[e].lower_ == "and" and self.name_word(doc[e + 1])):
            return False
        # the thing noun may carry lower-case modifiers: "the Ofek and TecSAR observation satellites"
        k = e + 2
        while k < min(n, e + 4) and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in self.thing_nouns:
            k += 1
        return k < n and doc[k].lower_ in self.thing_nouns

    def _named_person(self, doc, span):
        """A person after a courtesy title ("Hon. Aden Duale") or listed with people ("drafted by Marit
        Undseth, Claire Jolly and Mattia Olivari"): a name of no organization word."""
        s, e = span.start, span.end
        if any(self.is_head(t) or t.lower_ in self.K.vocabulary for t in span) or is_acronym(span.text):
            return False
        prev = doc[s - 1] if s > 0 else None
        if prev is not None and (prev.text in self.honorifics or prev.text == "." and s >= 2
                                 and doc[s - 2].text + "." in self.honorifics and not doc[s - 2].whitespace_):
            return True
        return self._listed_with_people(doc, s, e)

    def _listed_with_people(self, doc, s, e):
        """The name's neighbour in a list ("A B, C D and E F") is a person the model tagged so."""
        n = len(doc)
        if e + 1 < n and doc[e].text in (",", "and") and doc[e + 1].ent_type_ == "PERSON" \
                and doc[e + 1].ent_iob_ == "B":
            return True
        return s >= 2 and doc[s - 1].text in (",", "and") and doc[s - 2].ent_type_ == "PERSON"

    def _called_a_thing(self, doc, e):
        """The name is followed by an appositive or a predicate that calls it a mission, program
        or thing: "Hera, an ESA-led mission", "Hera is an international planetary defence mission"."""
        n = len(doc)
        k = e
        if k < n and (doc[k].text == "," or doc[k].lemma_ == "be"):
            k += 1
        if k >= n or doc[k].lower_ not in ("a", "an", "the"):
            return False
        if doc[k].lower_ == "the" and not (k + 1 < n and doc[k + 1].pos_ == "ADJ"):
            return False    # "the first arrangement of its kind", not "the agency"
        for j in range(k + 1, min(n, k + 8)):
            if (doc[j].is_punct and doc[j].text != "-") or doc[j].pos_ in ("AUX", "ADP"):
                return False
            if doc[j].lower_ in self.thing_nouns and (j + 1 >= n or doc[j + 1].pos_ not in ("NOUN", "PROPN")):
                return True
        return False

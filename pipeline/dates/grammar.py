"""Date candidates: the ``Cal`` record, the token patterns of the grammar (one Matcher label
per form), the tests that tell a date word from a count, a name or the generic present, and
the words before a date that belong to it ("the end of", "early")."""
import re

from spacy.matcher import Matcher

from .lexicon import DAY_RE, YEAR_RE, _SPECIAL, _TWO_DIGITS, _YEAR
from .syntax import _parsed, _sentence_initial, governing_tense


class Cal:
    """One date under construction: token range, what the text says, and how to resolve what it does not."""

    __slots__ = ("start", "end", "label", "year", "month", "day", "gran", "part", "mod", "value",
                 "needs_year", "weekday", "rel", "year_explicit")

    def __init__(self, start, end, label, **kw):
        self.start, self.end, self.label = start, end, label
        self.year = self.month = self.day = self.part = self.mod = self.value = None
        self.weekday = self.rel = self.gran = None
        self.needs_year = self.year_explicit = False
        for k, v in kw.items():
            setattr(self, k, v)

    def __repr__(self):
        return f"Cal({self.label} {self.start}-{self.end} {self.gran} y={self.year} m={self.month} d={self.day})"


def build_matcher(vocab, lex):
    """The token patterns of the date grammar, one label per form."""
    months = sorted(lex["months"])
    M = {"LOWER": {"IN": months}}
    D = {"TEXT": {"REGEX": DAY_RE}}
    Y = {"TEXT": {"REGEX": YEAR_RE}}
    C = {"ORTH": ",", "OP": "?"}
    W = {"LOWER": {"IN": sorted(lex["weekdays"])}}
    S = {"LOWER": {"IN": sorted(lex["seasons"])}}
    REL = {"LOWER": {"IN": sorted(lex["relative"])}}
    UNIT = {"LOWER": {"IN": sorted(lex["relative_units"])}}
    SP = {"TEXT": {"REGEX": _SPECIAL}}
    THE = {"LOWER": "the"}
    OF = {"LOWER": "of"}
    num = {"LOWER": {"IN": sorted(lex["number_words"])}}
    ago_unit = {"LOWER": {"IN": sorted(lex["ago_units"])}}
    # a day in words before its month ("the twenty-first of May 2024", "the first of June"; with
    # "day of", the signature clause's form, see ``resolve._day_ordinal_prefix``)
    ORDW = {"LOWER": {"IN": sorted(lex["day_ordinals"])}}
    TENS = {"LOWER": {"IN": sorted(lex["day_ordinal_tens"])}}
    word_day = [[ORDW, OF], [TENS, {"ORTH": "-", "OP": "?"}, ORDW, OF]]
    patterns = {
        "WORD_DMY": [p + [M, C, Y] for p in word_day],
        "WORD_DM": [p + [M] for p in word_day],
        "PART_DECADE": [[{"LOWER": {"IN": sorted(k for k in lex["adjective_mods"] if lex["adjective_mods"][k])}},
                         {"ORTH": "-"}, {"LOWER": "decade"}]],
        "MDY": [[M, D, C, Y], [W, C, M, D, C, Y]],
        "DMY": [[D, M, C, Y], [W, C, D, M, C, Y], [THE, D, OF, M, C, Y], [D, OF, M, C, Y]],
        "MY": [[M, C, Y], [M, OF, Y]],
        "MD": [[M, D], [W, C, M, D]],
        "DM": [[D, M], [W, C, D, M], [THE, D, OF, M]],
        "M": [[M]],
        "Y": [[Y]],
        "YEAR_WORD": [[THE, {"LOWER": "year"}, Y], [{"LOWER": "year"}, Y],
                      [{"LOWER": "calendar"}, {"LOWER": "year"}, Y]],
        "FY": [[{"LOWER": "fiscal"}, {"LOWER": "year"}, Y], [{"LOWER": {"IN": ["fy", "jfy", "cy"]}}, Y]],
        "SPECIAL": [[SP]],
        "DECADE": [[THE, SP]],
        "CENTURY": [[THE, D, {"LOWER": "century"}],
                    [THE, {"LOWER": "twenty"}, {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": ["first", "second"]}},
                     {"LOWER": "century"}],
                    [THE, {"LOWER": {"IN": ["nineteenth", "twentieth"]}}, {"LOWER": "century"}]],
        "SEASON_Y": [[S, C, Y], [S, OF, Y], [THE, S, OF, Y]],
        "SEASON_REL": [[S, OF, REL, {"LOWER": "year"}], [THE, S, OF, REL, {"LOWER": "year"}]],
        "REL_SEASON": [[REL, S], [REL, {"LOWER": "past"}, S]],
        "THE_SEASON": [[THE, S]],
        "REL_UNIT": [[REL, UNIT]],
        "COMING_UNIT": [[THE, {"LOWER": {"IN": sorted(lex["coming_words"])}}, UNIT]],
        "MONTH_REL_YEAR": [[M, REL, {"LOWER": "year"}], [M, OF, REL, {"LOWER": "year"}]],
        # "on 3 February this year", "on February 3 last year": a day of a year counted from the statement's
        "DAY_REL_YEAR": [[D, M, REL, {"LOWER": "year"}], [M, D, REL, {"LOWER": "year"}]],
        "DAYPART": [[{"LOWER": "this"}, {"LOWER": {"IN": sorted(lex["dayparts"])}}]],
        "REL_MONTH": [[REL, M], [REL, {"LOWER": "past"}, M]],
        "REL_WEEKDAY": [[REL, W], [REL, {"LOWER": "past"}, W]],
        "THE_UNIT": [[THE, UNIT]],
        "DEICTIC": [[{"LOWER": {"IN": sorted(lex["deictic"])}}]],
        "W": [[W]],
        # "Five years ago today": an anniversary names the very day, one date
        "AGO": [[{"LIKE_NUM": True}, ago_unit, {"LOWER": "ago"}], [num, ago_unit, {"LOWER": "ago"}],
                [{"LIKE_NUM": True}, ago_unit, {"LOWER": "ago"}, {"LOWER": "today"}],
                [num, ago_unit, {"LOWER": "ago"}, {"LOWER": "today"}]],
        "HQ_YEAR": [[SP, Y]],
        "ISO": [[Y, {"ORTH": "-"}, {"SHAPE": "dd"}, {"ORTH": "-"}, {"SHAPE": "dd"}]],
    }
    matcher = Matcher(vocab)
    for label, pats in patterns.items():
        matcher.add(label, pats)
    return matcher


def _day_of(tok):
    m = re.match(r"^(\d{1,2})", tok.text)
    return int(m.group(1)) if m else None


def _year_tok(span):
    for t in span:
        if _YEAR.match(t.text):
            return int(t.text)
    return None


def _is_name_word(tok, lex):
    """A proper noun that makes a following number part of a name ("Vision 2030", "Resolution 2231")."""
    low = tok.lower_
    if low in lex["year_prefix_words"] or low in lex["months"] or low in lex["weekdays"] or low in lex["seasons"]:
        return False
    return tok.text[:1].isupper() and tok.is_alpha


def _valid_year(doc, i, lex):
    """A bare four-digit number is a year unless it is a count, money, an identifier or part of a name."""
    tok = doc[i]
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if prev is not None:
        if prev.lower_ in lex["year_count_prefixes"] or prev.text in lex["year_count_prefixes"]:
            return False
        if _is_name_word(prev, lex):
            # "Vision 2030", "IAC 2024 in Milan" are names; "the NASA 2024 budget" is a year of the budget
            if not (prev.text.isupper() and nxt is not None and nxt.is_lower and nxt.is_alpha
                    and nxt.tag_[:2] in ("NN", "JJ")):
                return False
        if prev.text in ("-", "–", "/") and i >= 2 and doc[i - 2].like_num and not _YEAR.match(doc[i - 2].text):
            return False
        if prev.lower_ == "than" and i >= 2 and doc[i - 2].lower_ in ("more", "fewer", "less"):
            return False
        counted = nxt is not None and nxt.tag_ in ("NN", "NNS", "NNPS", "JJ") and nxt.is_lower \
            and nxt.lower_ not in ("levels", "level")
        if counted and (i >= 2 and (doc[i - 2].lower_, prev.lower_) in (("up", "to"), ("at", "least"),
                                                                         ("at", "most"))
                        or prev.lower_ in lex["vague_quantifiers"]):
            return False  # "up to 2000 engineers", but "through at least 2030"
    if nxt is not None:
        if nxt.lower_ in lex["year_count_suffixes"]:
            return False
        if nxt.text in ("-", "–", "/", ".") and i + 2 < len(doc) and doc[i + 2].like_num:
            follow = doc[i + 2].text
            if not (_YEAR.match(follow) or _TWO_DIGITS.match(follow)):
                return False
        if nxt.text in (":", "."):
            if i + 2 < len(doc) and doc[i + 2].text.isdigit() and not doc[i + 1].whitespace_:
                return False
    if tok.tag_ and tok.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"):
        return False
    return True


def _valid_month_alone(doc, i, lex):
    tok = doc[i]
    if not tok.text[:1].isupper() or tok.tag_ in ("MD", "VB", "VBP", "VBZ", "VBD"):
        return False
    if tok.ent_type_ in ("PERSON", "ORG", "WORK_OF_ART", "PRODUCT"):
        return False
    if i > 0 and _is_name_word(doc[i - 1], lex) and doc[i - 1].tag_ in ("NNP", "NNPS"):
        return False
    if tok.lower_ == "may":
        # the modal verb, or "May" as a name: require a date context word before it
        prev = doc[i - 1].lower_ if i > 0 else ""
        if prev not in ("in", "of", "since", "until", "till", "by", "from", "through", "during", "and", "or",
                        "early", "late", "mid", "-", "this", "last", "next", "before", "after", ",", "to"):
            return False
    return True


def _valid_weekday(doc, i, lex):
    if i > 0 and doc[i - 1].lower_ in lex["weekday_names"]:
        return False
    return doc[i].text[:1].isupper()


def _clock_time_today(doc, tok):
    """"today" right after the zone of a clock time: "Thailand time today", "local time today"."""
    i = tok.i
    return i >= 2 and doc[i - 1].lower_ == "time" and tok.head.i == i - 1 \
        and (doc[i - 2].lower_ == "local" or doc[i - 2].pos_ == "PROPN" and doc[i - 2].text[:1].isupper())


def _valid_deictic(doc, i, lex):
    """"today" that points at the statement's day, not the generic present ("the challenges we face today")."""
    tok = doc[i]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    prev = doc[i - 1] if i > 0 else None
    if nxt is not None and nxt.lower_ in ("'s", "’s"):
        return _parsed(doc) and tok.head.lower_ in lex["today_event_nouns"]
    if prev is not None and prev.lower_ == "of":
        return i >= 2 and doc[i - 2].lower_ == "as"
    if _sentence_initial(doc, i):
        return True
    if tok.text[:1].isupper() and prev is not None and prev.is_alpha and prev.text[:1].isupper():
        return False  # a name: "Gulf Today", "USA Today"
    if not _parsed(doc):
        return True
    if nxt is not None and nxt.tag_ == "VBD" and nxt.pos_ in ("VERB", "AUX"):
        # "JAXA today signed a Memorandum", "NASA today announced": a release's day before its verb,
        # whatever noun the parser hung it on
        return True
    if tok.dep_ == "conj" and tok.head.lower_ in lex["deictic"]:
        return _valid_deictic(doc, tok.head.i, lex)
    if tok.head.pos_ in ("NOUN", "PROPN", "ADJ") and tok.head.i != tok.i:
        # the day of an event named by its noun ("agreed at their meeting in Kiruna, Sweden, today") or of a
        # clock time ("launched at 08.36 a.m. Thailand time today", "local time today"); not the present
        # of a noun or an adjective ("the world today", "more important today")
        return tok.head.lower_ in lex["today_event_nouns"] or _clock_time_today(doc, tok)
    tense = governing_tense(doc[i:i + 1])
    if tense == "present":
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ in ("aux", "auxpass"):
            verb = verb.head  # "The UK has today signed": the verb of "has" is "signed"
        return verb.lemma_.lower() not in lex["generic_present_verbs"]
    return True


def _prefix(doc, start, lex):
    """Words before a calendar nucleus that belong to the date: (new start, mod, half/quarter (kind, n))."""
    i = start
    # "the first half of", "the second quarter of"
    if i >= 3 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in ("half", "quarter") \
            and doc[i - 3].lower_ in lex["ordinals"]:
        n = lex["ordinals"][doc[i - 3].lower_]
        kind = doc[i - 2].lower_
        if n == -1:
            n = 2 if kind == "half" else 4
        if not (kind == "half" and n > 2):
            s = i - 3
            if s >= 1 and doc[s - 1].lower_ == "the":
                s -= 1
            return s, None, (kind, n)
    # "the end of", "end of", "the beginning of"
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in lex["part_mods"]:
        s = i - 2
        if s >= 1 and doc[s - 1].lower_ in ("the", "very") :
            s -= 1
            if s >= 1 and doc[s - 1].lower_ == "the":
                s -= 1
        return s, lex["part_mods"][doc[i - 2].lower_], None
    # "year-end 2023"
    if i >= 3 and doc[i - 1].lower_ == "end" and doc[i - 2].text == "-" and doc[i - 3].lower_ == "year":
        return i - 3, "END", None
    # "mid-March", "early 2024", "late last year", "later this year"
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in lex["adjective_mods"] and not doc[i - 1].whitespace_:
        return i - 2, lex["adjective_mods"][doc[i - 2].lower_], None
    if i >= 1 and doc[i - 1].lower_ in lex["adjective_mods"]:
        return i - 1, lex["adjective_mods"][doc[i - 1].lower_], None
    return start, None, None

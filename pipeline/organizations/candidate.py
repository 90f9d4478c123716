"""The candidate record of an organization mention, the token tests every chunking stage
uses, and the non-overlapping selection of candidates."""
from dataclasses import dataclass, field


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

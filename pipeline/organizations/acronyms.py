"""Acronym definitions in running text (pure functions).

The method is Schwartz & Hearst (2003), "A simple algorithm for identifying
abbreviation definitions in biomedical text": a short form in parentheses
right after its long form ("Japan Aerospace Exploration Agency (JAXA)"), or
the other way round ("ESA (European Space Agency)"); the long form is the
shortest run of words before the parenthesis whose characters contain the
short form's characters in order, the short form's first character starting
a word. Names defined in another language (BMBF, CONIDA's Spanish long form)
do not pass the character test; the tagger still links them when the long
form is already known to be an organization.
"""
import re

ACRONYM_RE = re.compile(r"^[A-Z][A-Za-z0-9&.+\-/]{1,11}$")
# a short form made of the first syllables of its long form's words ("ExCom", "NavCom"):
# a short form only where the statement defines it, in parentheses after the long form
SYLLABLE_FORM_RE = re.compile(r"^(?:[A-Z][a-z]{1,3}){2,3}$")


def is_acronym(text):
    """A short form: starts upper case, mostly upper case letters, 2 to 12 characters ("NASA",
    "DoD", "G42", "NAMRU-SOUTH", "TCBMs"), not a plain capitalized word ("Japan")."""
    if not ACRONYM_RE.match(text) or re.search(r"/\d", text):
        return False        # a document symbol: "A/68/409", "S/RES/2222"
    upper = sum(c.isupper() for c in text)
    lower = sum(c.islower() for c in text)
    digits = sum(c.isdigit() for c in text)
    if upper >= 2 and lower <= upper:
        return True
    return upper == 1 and digits >= 1 and lower == 0


def best_long_form(short, long):
    """The Schwartz-Hearst long form of ``short`` at the end of ``long``, or None."""
    s = len(short) - 1
    l_idx = len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while (l_idx >= 0 and long[l_idx].lower() != c) or \
                (s == 0 and l_idx > 0 and long[l_idx - 1].isalnum()):
            l_idx -= 1
        if l_idx < 0:
            return None
        l_idx -= 1
        s -= 1
    start = long.rfind(" ", 0, l_idx + 1) + 1
    return long[start:]


def window_words(short):
    """How many words before the parenthesis a long form may take (Schwartz & Hearst)."""
    n = len([c for c in short if c.isalnum()])
    return min(n + 5, 2 * n)


def paren_group(doc, i):
    """If ``doc[i]`` opens a parenthesis holding one short form, return ``(text, start, end)`` of
    the tokens inside it (the short form may be split by the tokenizer: "NAMRU - SOUTH")."""
    if i >= len(doc) or doc[i].text != "(":
        return None
    j = i + 1
    while j < len(doc) and j - i <= 4 and doc[j].text != ")":
        j += 1
    if j >= len(doc) or doc[j].text != ")" or j == i + 1:
        return None
    inner = doc[i + 1:j]
    if any(t.whitespace_ for t in inner[:-1]):
        return None
    text = inner.text
    return (text, i + 1, j) if is_acronym(text) or SYLLABLE_FORM_RE.match(text) else None


def long_form_before(doc, paren, short):
    """Token start of the Schwartz-Hearst long form of ``short`` ending right before
    ``doc[paren]`` ("("), within the word window; None when there is none."""
    k = window_words(short)
    start = paren
    words = 0
    while start > 0 and words < k:
        start -= 1
        if doc[start].text in ("(", ")", ";", ":", "."):
            start += 1
            break
        if not doc[start].is_punct:
            words += 1
    span = doc[start:paren]
    if not len(span):
        return None
    text = span.text
    lf = best_long_form(short, text)
    if not lf:
        return None
    offset = span.start_char + len(text) - len(lf)
    for t in span:
        if t.idx == offset:
            return t.i
        if t.idx > offset:
            return t.i
    return None

"""The date tagger's words (``models/dates.json``) and its one-token forms as regular expressions."""
import functools
import json
import re

from ..core.config import models_path


# a day, or a day range spaCy keeps in one token ("14–15": en and em dashes are not split)
DAY_RE = r"^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:[–—](?:0?[1-9]|[12]\d|3[01]))?$"
YEAR_RE = r"^(?:1[89]\d\d|20\d\d|2100)$"
_DAY = re.compile(DAY_RE, re.I)
_YEAR = re.compile(YEAR_RE)
_ORD_NUM = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$", re.I)
_FY = re.compile(r"^[JC]?FY(\d{2}|\d{4})$|^CY(\d{2}|\d{4})$", re.I)
_DECADE = re.compile(r"^(?:(mid|early|late)-)?((?:1[89]|20)\d)0s$", re.I)
_YEAR_MOD = re.compile(r"^(mid|early|late|end)-((?:1[89]|20)\d\d)$", re.I)
_HQ_YEAR = re.compile(r"^(?:([HQ])([1-4])|([1-4])([HQ]))$", re.I)
_NUMERIC = re.compile(r"^(?:\d{1,2}/\d{1,2}/\d{4}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4})$")
_TWO_DIGITS = re.compile(r"^\d{2}$")
_YEAR_RANGE = re.compile(r"^((?:1[89]|20)\d\d)[–—]((?:1[89]|20)\d\d|\d\d)$")
# one Matcher predicate for the rare one-token forms (each regex predicate costs a call per token):
# FY2024, 2030s, mid-2020s, H1, Q3, 11/30/2023, mid-2024, 2024–2026
_SPECIAL = "(?i)" + "|".join(f"(?:{r.pattern})" for r in (_FY, _DECADE, _HQ_YEAR, _NUMERIC, _YEAR_MOD, _YEAR_RANGE))
_DURATION_WORDS = re.compile(
    r"\b(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|annual(?:ly)?|monthly|weekly|daily|"
    r"yearly|quarterly|ago|long|past|coming|ahead|next|previous|recent(?:ly)?|each|every|per)\b", re.I)
TIMEX_DATE = "DATE"
_ANY_DIGIT = re.compile(r"\d")


@functools.lru_cache(maxsize=None)
def lexicon():
    """The tagger's word lists (``models/dates.json``)."""
    return json.loads(models_path("dates.json").read_text(encoding="utf-8"))


def day_in_words(words):
    """The day an ordinal names in words or figures ("thirteenth" 13, "twenty-first" and
    "twenty first" 21, "5th" 5), None for another word (``day_ordinals``, ``day_ordinal_tens``)."""
    lex = lexicon()
    parts = re.split(r"[-\s]+", words.lower().strip())
    if len(parts) == 1 and parts[0][:-2].isdigit() and parts[0][-2:] in ("st", "nd", "rd", "th"):
        return int(parts[0][:-2])
    if len(parts) == 2 and parts[0] in lex["day_ordinal_tens"] and lex["day_ordinals"].get(parts[1], 99) < 10:
        return lex["day_ordinal_tens"][parts[0]] + lex["day_ordinals"][parts[1]]
    return lex["day_ordinals"].get(parts[0]) if len(parts) == 1 else None

"""Which language a paragraph is written in (ISO 639-1), by script and function words.

The extraction rules and the spaCy model read one language
(``models/languages.json`` → ``model``); a paragraph in another language is
kept with its kind and offsets but gets no organizations, dates or
commitments (nothing invented from words the rules cannot read). Pure
functions, data in ``models/languages.json``:

* a script of its own (kana, Hangul, Han, Cyrillic, Arabic, ...) names the
  language when a third of the paragraph's letters are in it (kana before
  Han: Japanese mixes both), and letters of their own tell apart the
  languages that share a script (Ukrainian or Kazakh from Russian in
  Cyrillic, Persian or Urdu from Arabic);
* Latin-script text is told apart by the commonest short words of each
  language; a short paragraph, or one with no such word, takes the
  statement's language.
"""
import json
import re
from functools import lru_cache

from ..core.config import models_path

WORD = re.compile(r"[^\W\d_]+")
LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=None)
def _data():
    data = json.loads(models_path("languages.json").read_text(encoding="utf-8"))
    words = {lang: frozenset(ws) for lang, ws in data["function_words"].items()}
    scripts = [(lang, re.compile("[" + "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in ranges) + "]"))
               for lang, ranges in data["scripts"].items()]
    letters = {script: [(lang, re.compile("[" + re.escape(own) + "]", re.IGNORECASE)) for lang, own in langs]
               for script, langs in data.get("script_letters", {}).items()}
    return data, words, scripts, letters


def model_language():
    return _data()[0]["model"]


def language_name(code):
    """The English name of a language code (the code itself when the data has none)."""
    return _data()[0].get("names", {}).get(code, code)


def script_language(text):
    """The language named by the script of a third of the letters, or None for Latin text."""
    data, _, scripts, own_letters = _data()
    if text.isascii():
        return None
    letters = len(LETTER.findall(text))
    if not letters:
        return None
    for lang, chars in scripts:
        n = len(chars.findall(text))
        if 3 * n >= letters or (lang == "ja" and 20 * n >= letters):
            # a language sharing the script, told by letters the script's first language lacks
            for other, own in own_letters.get(lang, ()):
                if len(own.findall(text)) >= max(1, data["script_letters_share"] * n):
                    return other
            return lang
    return None


def word_language(text):
    """The Latin-script language whose function words are commonest, or None when too few words tell."""
    data, words, _, _ = _data()
    tokens = [w.lower() for w in WORD.findall(text)]
    if len(tokens) < data["min_words"]:
        return None
    hits = {lang: sum(1 for t in tokens if t in ws) for lang, ws in words.items()}
    best = max(sorted(hits), key=lambda lang: hits[lang])
    if hits[best] < 2:
        return None
    model = data["model"]
    # the model's language wins ties and near ties: English shares short words with many
    if best != model and 2 * hits[best] <= 3 * hits.get(model, 0):
        return model
    return best


def own_language(text):
    """The paragraph's language by its script, else its function words, or None when neither tells."""
    return script_language(text) or word_language(text)


def in_statement(found, statement):
    """A paragraph's language in a statement's context: text in a script two languages share
    (Han characters alone, in a Japanese statement) is read as the statement's language."""
    if found and statement in _data()[0].get("read_as_statement", {}).get(found, ()):
        return statement
    return found


def statement_language(texts, langs=None):
    """The language of most of a statement's letters (content paragraphs' texts; ``langs``,
    their ``own_language`` when already known)."""
    weight = {}
    for text, lang in zip(texts, langs if langs is not None else map(own_language, texts)):
        if lang:
            weight[lang] = weight.get(lang, 0) + len(text)
    if not weight:
        return model_language()
    return max(sorted(weight), key=lambda lang: weight[lang])

"""The headline of a statement (issue 13): which text names its parties, and who signs.

Publishers put a statement's headline in different places: a title paragraph, the
sidecar's title, or (on syndicated and government pages whose first title is the site's
or the wire's name) a heading further down that reads as a headline ("Joint Statement of
the Leaders of the United States and the Philippines", "UK signs Artemis Accords ...").
Headings that read so are found by the words of ``models/answers.json``
``headline_words``.

A title saying that one country signs or joins an accord ("Luxembourg signs the Artemis
Accords", "Brasil assina os Acordos Ártemis", "... firma ... la adhesión de España") makes
that country a party beside the publisher: the verbs are ``accession_verbs`` (English and
the corpus's other languages), the countries are found by their names in any language
(``native`` in ``models/countries.json``).
"""
import re

from .lexicon import native_countries, rules

_HEAD_KINDS = ("title", "heading", "body")


def headline_paragraphs(records, limit=15):
    """Headings among the first content paragraphs that read as a statement's headline
    (a heading, a title or a short one-line body paragraph), in order."""
    rx = rules()["headline_rx"]
    out = []
    content = [p for p in records if p["kind"] != "boilerplate"][:limit]
    for p in content:
        text = p.get("text", "")
        if p["kind"] not in _HEAD_KINDS or len(text) > 200 or (p["kind"] == "body" and text.rstrip().endswith(".")):
            continue
        if rx.search(text):
            out.append(p)
    return out


def native_mentions(text):
    """ISO codes of the countries a text names, in English or another language, in order."""
    rx, names = native_countries()
    out = []
    for m in rx.finditer(text or ""):
        code = names.get(" ".join(m.group(1).split()))
        if code and code not in out:
            out.append(code)
    return out


def signatory(text):
    """The country a title says signs or joins an accord, else None."""
    if not text or not rules()["accession_rx"].search(text):
        return None
    codes = native_mentions(text)
    return codes[0] if codes else None

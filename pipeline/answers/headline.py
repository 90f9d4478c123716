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

from ..organizations import knowledge
from .lexicon import adjectives, body_country, native_bodies, native_countries, registry, rules

_HEAD_KINDS = ("title", "heading", "body")


def title_paragraphs(records, limit=3):
    """The title paragraphs at the head of the statement (up to ``limit``)."""
    return [p for p in records if p["kind"] == "title"][:limit]


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


def native_mentions(text, foreign_only=False):
    """ISO codes of the countries a text names, in English or another language (only in
    another language with ``foreign_only``), in order."""
    rx, names = native_countries()
    k = knowledge.load()
    out = []
    for m in rx.finditer(text or ""):
        word = " ".join(m.group(1).split())
        code = names.get(word)
        if foreign_only and word not in k.countries[code].get("native", []):
            continue
        if code and code not in out:
            out.append(code)
    return out


def native_body_mentions(text):
    """Canonical names of the bodies a text in another language names ("Résolution du
    Parlement européen", "国家航天局局长 ... 与俄罗斯国家航天集团公司总经理 ... 共同签署"), in
    order: the organization records are English only."""
    rx, table = native_bodies()
    out = []
    for m in rx.finditer(text or ""):
        name = table.get(" ".join(m.group(1).split()))
        if name and name not in out:
            out.append(name)
    return out


def signatory(text, issuer_id=None):
    """The country a title says signs or joins an accord, else None: its first country
    that is not the publisher's own ("United States Welcomes Türkiye's Signing ...")."""
    r = rules()
    if not text or not r["accession_rx"].search(text) or any(rx.search(text) for rx in r["one_sided_exceptions_rx"]):
        return None  # "Signing of Joint Declaration of Intent between X and Y" has two sides
    home = issuer_id if issuer_id and len(issuer_id) == 2 else body_country(issuer_id)
    codes = native_mentions(text)
    others = [c for c in codes if c != home]
    return (others or codes or [None])[0] if len(others) <= 1 else None


_AGENCIES = re.compile(r"\bspace\s+agencies\b", re.IGNORECASE)


def agencies_named(text):
    """(bodies, forums): the national space agencies a title names by their countries'
    adjectives or their forum ("Agreement with Italian, Norwegian, and French Space
    Agencies", "BRICS Space Agencies Sign ..."), and the forums so replaced by them."""
    r = rules()
    table = r["space_agencies"]
    adj_rx, adj = adjectives()
    bodies, forums = [], []
    for m in _AGENCIES.finditer(text or ""):
        before = re.split(r"\b(?:with|between|of|by|for)\b|[:;]", text[:m.start()])[-1]
        codes = [adj[a.group(1)] for a in adj_rx.finditer(before)]
        for forum, members in r["forums"].items():
            if not forum.startswith("_") and re.search(r"(?<![\w])" + re.escape(forum) + r"(?![\w])", before):
                forums.append(forum)
                codes += members
        bodies += [table[c] for c in codes if c in table and table[c] not in bodies]
    return bodies, forums


def byline_issuer(records, kinds, limit=40):
    """The body a page's byline names as its publisher: "From: UK Space Agency and Amanda
    Solloway MP" (one line, or the label alone and the names on the next), the first
    organization of a party kind in it; None when the head of the page has no byline."""
    labels = {w.lower() for w in rules()["byline_labels"] if not w.startswith("_")}
    head = records[:limit]
    for i, p in enumerate(head):
        text = " ".join(p.get("text", "").split())
        label, _, rest = text.partition(":")
        if label.lower() not in labels or len(label) > 30:
            continue
        carrier = p if rest.strip() else next((q for q in head[i + 1:i + 2]), None)
        names = [n for o in sorted((carrier or {}).get("organizations", []), key=lambda o: o["start"])
                 for n in o.get("names") or []]
        if carrier is not None and not names:
            # a byline marked as page metadata has no organizations tagged: its parts named in the registry
            value = rest if rest.strip() else " ".join(carrier.get("text", "").split())
            names = _byline_names(value)
        for n in names:
            entry = registry()[0].get(n)
            if entry is not None and entry.kind in kinds:
                return n
    return None


def _byline_names(value):
    """Registry names a byline value lists: the whole value when it is one body's name with
    commas in it ("From: Department of Enterprise, Trade and Employment"), else each of its
    parts ("UK Space Agency and Amanda Solloway MP")."""
    k = knowledge.load()
    whole = [e.name for e in k.lookup(value.strip())]
    return whole or [e.name for part in re.split(r",|\band\b|&", value) for e in k.lookup(part.strip())]


def cjk_mentions(text):
    """Countries and bodies a Chinese, Japanese or Korean title names by one-character
    abbreviations in a run (日米, 中俄签署) or beside a Latin acronym (第4回日EU宇宙政策対話):
    ISO codes and the registry bodies of the acronyms, in order."""
    table = {k: v for k, v in rules()["cjk_abbreviations"].items() if not k.startswith("_")}
    chars = "".join(re.escape(c) for c in table)
    out = []
    for m in re.finditer(r"(?:[" + chars + r"]|[A-Z]{2,6}){2,}", text or ""):
        parts = re.findall(r"[A-Z]{2,6}|.", m.group(0))
        if sum(1 for p in parts if p in table) == 0:
            continue
        for p in parts:
            hits = knowledge.load().lookup_acronym(p) if len(p) > 1 else []
            pid = table.get(p) or (hits[0].name if len(hits) == 1 else None)
            if pid and pid not in out:
                out.append(pid)
    return out


# a hyphenated compound of words ("polsko-amerykańskie", "белорусско-китайской")
_COMPOUND = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")


def compound_mentions(text):
    """ISO codes of the countries a title in Polish, Russian, Ukrainian or Czech names by a
    compound of country adjectives ("Pierwsze polsko-amerykańskie konsultacje ...": PL, US;
    "О заседании белорусско-китайской подкомиссии": BY, CN), in order: a compound counts only
    when every part starts with a stem of ``compound_adjective_stems``."""
    stems = {k: v for k, v in rules()["compound_adjective_stems"].items() if not k.startswith("_")}
    ordered = sorted(stems, key=lambda x: (-len(x), x))
    out = []
    for m in _COMPOUND.finditer(text or ""):
        codes = [next((stems[s] for s in ordered if part.lower().startswith(s)), None) for part in m.group(0).split("-")]
        if all(codes):
            out += [c for c in codes if c not in out]
    return out

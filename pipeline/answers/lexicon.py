"""The answers stage's knowledge, read once from ``models/`` (``answers.json``, ``topics.json``,
``countries.json`` and the organization registry), and the word patterns built from it."""
import json
import re
from functools import lru_cache
from urllib.parse import urlparse

from ..core.config import models_path
from ..core.errors import PipelineError
from ..organizations import knowledge


def _read(name):
    try:
        return json.loads(models_path(name).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise PipelineError(f"models/{name} cannot be read ({exc}); restore it from the repository") from None


def words_pattern(words, flags=re.IGNORECASE):
    """One regular expression matching any of ``words`` as whole words (longest first);
    a trailing ``*`` matches any word ending, and every word also matches its plural."""
    alts = []
    for w in sorted(set(words), key=lambda x: (-len(x), x)):
        if w.startswith("_"):
            continue
        body = re.escape(w.rstrip("*")).replace(r"\ ", r"\s+")
        alts.append(body + (r"[\w-]*" if w.endswith("*") else r"(?:s|es)?"))
    if not alts:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<![\w.-])(?:" + "|".join(alts) + r")(?![\w])", flags)


@lru_cache(maxsize=1)
def rules():
    """``models/answers.json`` with compiled patterns added."""
    r = _read("answers.json")
    r["one_sided_rx"] = [re.compile(p, re.IGNORECASE) for p in r["one_sided_titles"]]
    r["one_sided_exceptions_rx"] = [re.compile(p, re.IGNORECASE) for p in r["one_sided_exceptions"]]
    r["persons_rx"] = re.compile(r"(?<![\w])(" + "|".join(
        re.escape(k).replace(r"\ ", r"\s+") for k in sorted(r["persons"], key=lambda x: (-len(x), x)) if not k.startswith("_")) + r")(?![\w])")
    r["party_rx"] = words_pattern(r["party_actor_words"])
    r["member_rx"] = words_pattern(r["member_nouns"])
    r["titles_rx"] = words_pattern(r["titles"])
    r["headline_rx"] = words_pattern(r["headline_words"])
    r["accession_rx"] = words_pattern(r["accession_verbs"])
    r["forum_subject_rx"] = [re.compile(x, re.IGNORECASE) for x in r["forum_subject_verbs"]["patterns"]]
    r["ministerial_statement_rx"] = [re.compile(x, re.IGNORECASE) for x in r["ministerial_statement_lines"]
                                     if not x.startswith("_")]
    r["member_speaker_rx"] = [re.compile(x, re.IGNORECASE) for x in r["forum_subject_verbs"]["member_speaker_patterns"]]
    r["document_of_rx"] = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in r["document_of_words"]["words"])
                                     + r")s?\s+(?:of|by|from)\s+(?:the\s+)?$", re.IGNORECASE)
    r["led_rx"] = re.compile(r"^[-‐‑]\s*(?:" + "|".join(re.escape(w) for w in r["led_suffixes"]["words"]) + r")\b",
                             re.IGNORECASE)
    return r


def substrings_pattern(terms):
    """One pattern matching any of ``terms`` anywhere (scripts written without spaces)."""
    terms = sorted(set(terms), key=lambda x: (-len(x), x))
    return re.compile("|".join(re.escape(w) for w in terms)) if terms else re.compile(r"(?!x)x")


def _by_script(by_topic, substring_languages):
    """(topic -> whole-word terms, topic -> substring terms) of ``{topic: {language: terms}}``."""
    whole, parts = {}, {}
    for tid, by_lang in by_topic.items():
        if tid.startswith("_"):
            continue
        for lang, terms in sorted(by_lang.items()):
            (parts if lang in substring_languages else whole).setdefault(tid, []).extend(terms)
    return whole, parts


@lru_cache(maxsize=1)
def topics():
    """``models/topics.json`` with one pattern per topic, weak term sets and the space patterns."""
    t = _read("topics.json")
    other = t.get("other_languages", {})
    whole, parts = _by_script(other.get("topics", {}), other.get("substring_languages", ()))
    space_whole, space_parts = _by_script({"space": other.get("space_terms", {})}, other.get("substring_languages", ()))
    t["topic_rx"] = {tid: words_pattern(words + whole.get(tid, [])) for tid, words in t["topics"].items()}
    t["topic_part_rx"] = {tid: substrings_pattern(parts.get(tid, [])) for tid in t["topics"]}
    weak = {tid: list(words) + list(other.get("weak_terms", {}).get(tid, [])) for tid, words in t["weak_terms"].items()}
    t["weak"] = {tid: set(w.lower() for w in words) for tid, words in weak.items() if not tid.startswith("_")}
    t["companions"] = {tid: set(words) for tid, words in t.get("companion_terms", {}).items() if not tid.startswith("_")}
    t["space_rx"] = words_pattern(t["space_terms"] + space_whole.get("space", []))
    t["space_part_rx"] = substrings_pattern(space_parts.get("space", []))
    t["false_rx"] = words_pattern(t["space_false_friends"])
    t["false_pattern_rx"] = [re.compile(p) for p in t.get("false_friend_patterns", [])]
    t["non_space_rx"] = words_pattern(t["non_space_terms"])
    t["office_rx"] = office_titles_pattern(t.get("office_titles", {}))
    t["claimed_rx"] = {tid: _phrases_pattern(words)
                       for tid, words in sorted(t.get("claimed_phrases", {}).items()) if not tid.startswith("_")}
    return t


def _alts(words):
    return "|".join(re.escape(w.rstrip("*")).replace(r"\ ", r"\s+") + (r"[\w-]*" if w.endswith("*") else "")
                    for w in sorted(set(words), key=lambda x: (-len(x), x)) if not w.startswith("_"))


def office_titles_pattern(o):
    """One pattern over the names of offices and the titles of their holders that hold a
    portfolio ("Minister of Innovation, Science and Industry", "ministra de Ciencia e
    Innovación", "Science Minister", "commission de l'industrie, de la recherche"): a head
    word, a link word and one or more portfolios, or the portfolios before a head word. The
    lists are ``office_titles`` of ``models/topics.json``."""
    if not o.get("heads") or not o.get("portfolios"):
        return re.compile(r"(?!x)x")
    art = r"(?:(?:" + _alts(o.get("articles", [])) + r")\s*)?"
    port = r"(?:" + _alts(o["portfolios"]) + r")"
    sep = r"(?:\s*,\s*(?:(?:" + _alts(o.get("conjunctions", [])) + r")\s+)?|\s+(?:" + _alts(o.get("conjunctions", [])) + r")\s+)"
    ports = port + r"(?:" + sep + art + port + r")*"
    link = r"\s+(?:(?:" + _alts(o.get("link_prefixes", [])) + r")\s+)?(?:" + _alts(o["links"]) + r")\s+"
    head = r"(?:" + _alts(o["heads"]) + r")"
    after = r"(?:" + _alts(o.get("after", [])) + r")"
    return re.compile(r"(?<![\w-])(?:" + head + link + art + ports + r"|" + ports + r"\s+" + after + r")(?![\w])")


def _phrases_pattern(words):
    """Whole-word phrases, or anywhere for phrases in a script written without spaces."""
    cjk = [w for w in words if re.search(r"[\u3040-\u30ff\u3400-\u9fff]", w)]
    latin = [w for w in words if w not in cjk]
    alts = [r"(?<![\w.-])(?:" + _alts(latin) + r")(?:s|es)?(?![\w])"] if latin else []
    if cjk:
        alts.append(_alts(cjk))
    return re.compile("|".join(alts)) if alts else re.compile(r"(?!x)x")


def _country_names(k, keys, curly=False):
    """Country name -> ISO code over each country's ``name`` and its lists ``keys`` of
    ``models/countries.json`` (the first country to claim a name keeps it); ``curly``: each
    name with a curly apostrophe too."""
    names = {}
    for code, rec in k.countries.items():
        for name in [rec["name"]] + [n for key in keys for n in rec.get(key, [])]:
            names.setdefault(name, code)
            if curly:
                names.setdefault(name.replace("'", "’"), code)
    return names


@lru_cache(maxsize=1)
def countries():
    """(code -> record, one pattern over every country name with the code of each name)."""
    k = knowledge.load()
    names = _country_names(k, ("names",), curly=True)
    alts = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=lambda x: (-len(x), x)))
    rx = re.compile(r"(?<![\w.])(?:the\s+)?(" + alts + r")(?![\w]|\.\w)")
    return k.countries, rx, names


@lru_cache(maxsize=1)
def adjectives():
    """Country adjectives (``Japanese`` -> JP) as one pattern and a map."""
    k = knowledge.load()
    adj = {}
    for code, rec in k.countries.items():
        for a in rec.get("adjectives", []):
            adj.setdefault(a, code)
    alts = "|".join(re.escape(a) for a in sorted(adj, key=lambda x: (-len(x), x)))
    return re.compile(r"(?<![\w])(" + alts + r")(?![\w])"), adj


@lru_cache(maxsize=1)
def registry():
    """(canonical name -> entry, registry web site host -> canonical name)."""
    k = knowledge.load()
    by_name = {e.name: e for e in k.entries.values()}
    hosts = {}
    # a site's body is the entry whose acronym the host spells (mext.go.jp is MEXT's, not the
    # forum it hosted once; asi.it is ASI's, not its space centre's), else the entry whose
    # source is the site itself (the shortest URL), not a field center or an office with a
    # page on it
    for e in sorted(k.entries.values(), key=lambda e: (not _host_spells(e), len((e.source or "").rstrip("/")), e.id)):
        host = urlparse(e.source or "").netloc.lower()
        if host.startswith("www."):
            host = host[4:]
        if host and e.kind in ("agency", "ministry", "forum", "intergovernmental", "department", "legislature"):
            hosts.setdefault(host, e.name)
    return by_name, hosts


@lru_cache(maxsize=1)
def company_sites():
    """Registry company web site host -> the company's canonical name (of several companies on
    one site, the shortest name: airbus.com is Airbus SE's, not its divisions'). A news outlet
    (``news_outlet_words``: "Yonhap News Agency", "Reuters") publishes other bodies' news: its
    site names no issuer."""
    outlet = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in rules()["news_outlet_words"]["words"]) + r")\b",
                        re.IGNORECASE)
    found = {}
    for e in knowledge.load().entries.values():
        site = urlparse(e.source or "").netloc.lower().removeprefix("www.")
        if e.kind == "company" and site and not outlet.search(e.name):
            found[site] = min(found.get(site, (len(e.name), e.name)), (len(e.name), e.name))
    return {site: name for site, (_, name) in found.items()}


def _host_spells(entry):
    labels = urlparse(entry.source or "").netloc.lower().split(".")
    return any(a.lower() in labels for a in entry.acronyms)


def body_country(pid):
    """The country of a registry body's canonical name; None for anything else, a country's code too."""
    entry = registry()[0].get(pid) if pid else None
    return entry.country if entry is not None else None


def is_code(pid):
    """True for a party id that is a country's ISO code ("JP"), not a body's canonical name."""
    return len(pid) == 2 and pid.isupper()


def party_of_entry(name):
    """A party for a canonical organization name: a national government stands for its
    country (ISO code); any other body is itself (its canonical name)."""
    entry = registry()[0].get(name)
    if entry is not None and entry.kind == "government" and entry.country:
        return entry.country
    return _government_country(name) if entry is None else name


# "Government of Malaysia", "Government of the Republic (Estonia)", "the Federal Government of
# Azerbaijan": a national government the registry lacks by that name (the organization
# stage forms it from the country's name)
_GOVERNMENT = re.compile(r"^(?:the\s+)?(?:(?:Federal|Royal|National|Central)\s+)?Government\s+of\s+(.+)$")


def _government_country(name):
    """The country code of a government named by its country, else the name itself."""
    m = _GOVERNMENT.match(str(name))
    if not m:
        return name
    _, rx, names = countries()
    rest = m.group(1).strip()
    found = {names.get(" ".join(x.group(1).split())) for x in rx.finditer(rest)}
    found.discard(None)
    return found.pop() if len(found) == 1 else name


def _script_bounded(name):
    """A name as a pattern: whole words in alphabetic scripts; in scripts written without
    spaces (CJK, kana; Hangul names sit in longer words too) any occurrence."""
    body = re.escape(name).replace(r"\ ", r"\s+")
    if re.search(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", name):
        return body
    return r"(?<![\w.])" + body + r"(?![\w]|\.\w)"


@lru_cache(maxsize=1)
def native_bodies():
    """(one pattern over the ``native_bodies`` names of ``models/answers.json``, name ->
    canonical name): bodies as pages in other languages name them."""
    table = {k: v for k, v in rules()["native_bodies"].items() if not k.startswith("_")}
    alts = "|".join(_script_bounded(n) for n in sorted(table, key=lambda x: (-len(x), x)))
    return re.compile("(" + alts + ")"), table


@lru_cache(maxsize=1)
def native_countries():
    """(one pattern over every country name, English and in other languages (the
    ``native`` key of ``models/countries.json``), name -> code): titles of statements in
    German, Swedish, Japanese, Korean, Spanish... name their countries so."""
    names = _country_names(knowledge.load(), ("names", "native"))
    alts = "|".join(_script_bounded(n) for n in sorted(names, key=lambda x: (-len(x), x)))
    return re.compile("(" + alts + ")"), names

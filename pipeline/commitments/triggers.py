"""The trigger patterns and word lists (``models/commitment_triggers.jsonl``,
``models/commitment_lexicon.json``), validated, and the gated matcher that runs them."""
import json
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER
from spacy.matcher import DependencyMatcher

from ..core.config import models_path, read_model_json
from ..core.errors import PipelineError


TRIGGERS_FILE = "commitment_triggers.jsonl"
LEXICON_FILE = "commitment_lexicon.json"
COUNTRIES_FILE = "countries.json"
KINDS = ("verb", "noun", "modal")
STRENGTHS = ("firm", "intent")


@lru_cache(maxsize=None)
def load_lexicon(path=None):
    """The word lists of ``models/commitment_lexicon.json`` as frozensets."""
    return load_word_lists(path or str(models_path(LEXICON_FILE)), "the commitment lexicon")


def load_word_lists(path, what):
    """A models/ file of named word lists (keys starting with ``_`` are notes) as lower-case
    frozensets; a PipelineError naming the file and ``what`` it holds when it is unreadable."""
    raw = read_model_json(path, what)
    lex = {}
    for key, value in raw.items():
        if key.startswith("_"):
            continue
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise PipelineError(f"{path}: {key!r} must be a list of strings, got {value!r}")
        lex[key] = frozenset(v.lower() for v in value)
    return lex


def _expand(value, lex, where):
    """Replace "@name" list references in a pattern by the lexicon's list."""
    if isinstance(value, str) and value.startswith("@"):
        name = value[1:]
        if name not in lex:
            raise PipelineError(f"{where}: unknown word list {value!r} (known: {', '.join(sorted(lex))})")
        return sorted(lex[name])
    if isinstance(value, dict):
        return {k: _expand(v, lex, where) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v, lex, where) for v in value]
    return value


@lru_cache(maxsize=None)
def load_country_names(path=None):
    """Lower-case names of the countries in ``models/countries.json`` ("uae", "south africa")."""
    path = path or str(models_path(COUNTRIES_FILE))
    raw = read_model_json(path, "the countries")
    return frozenset(n.lower() for entry in raw.values() if isinstance(entry, dict)
                     for n in [entry.get("name", "")] + list(entry.get("names", [])) if n)


@lru_cache(maxsize=None)
def load_triggers(path=None, lexicon_path=None):
    """The trigger patterns of ``models/commitment_triggers.jsonl``, validated, in file order."""
    path = path or str(models_path(TRIGGERS_FILE))
    lex = load_lexicon(lexicon_path)
    entries = []
    seen = set()
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError as exc:
        raise PipelineError(f"{path}: cannot read the commitment triggers ({exc})") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            entry = json.loads(line)
        except ValueError as exc:
            raise PipelineError(f"{where}: not a JSON object ({exc})") from exc
        for key in ("id", "kind", "family", "strength", "pattern"):
            if key not in entry:
                raise PipelineError(f"{where}: missing key {key!r} (a trigger needs id, kind, family, "
                                    f"strength, reaffirmed, pattern)")
        if entry["id"] in seen:
            raise PipelineError(f"{where}: duplicate id {entry['id']!r}")
        seen.add(entry["id"])
        if entry["kind"] not in KINDS:
            raise PipelineError(f"{where}: kind {entry['kind']!r} must be one of {', '.join(KINDS)}")
        if entry["strength"] not in STRENGTHS:
            raise PipelineError(f"{where}: strength {entry['strength']!r} must be one of {', '.join(STRENGTHS)}")
        nodes = {node.get("RIGHT_ID") for node in entry["pattern"]}
        needed = {"trigger", "action"} | ({"frame"} if entry["kind"] == "noun" else set())
        if not needed <= nodes:
            raise PipelineError(f"{where}: pattern nodes {sorted(nodes)} must include {sorted(needed)}")
        entry = dict(entry)
        entry["reaffirmed"] = bool(entry.get("reaffirmed", False))
        entry["pattern"] = _expand(entry["pattern"], lex, where)
        entries.append(entry)
    return tuple(entries)


def pattern_words(entry):
    """The word sets (lemma or lower-case form) of a trigger pattern's lexically
    constrained nodes: the pattern can only match a Doc that has a word of each."""
    sets = []
    for node in entry["pattern"]:
        for attr in ("LEMMA", "LOWER", "ORTH"):
            value = node["RIGHT_ATTRS"].get(attr)
            if isinstance(value, str):
                sets.append({value.lower()})
            elif isinstance(value, dict) and isinstance(value.get("IN"), list):
                sets.append({v.lower() for v in value["IN"]})
    return sets


def trigger_lemmas(triggers):
    """Every word a trigger pattern constrains (lemma or form), lower case."""
    return frozenset(w for entry in triggers for words in pattern_words(entry) for w in words)


def fix_operative_lemmas(doc, lemmas):
    """Give a capitalized third-person verb opening an operative paragraph its lemma ("7.
    Reaffirms its commitment to ...", "Requests the Secretary-General to ..."): the tagger,
    reading it as a proper noun or a base form, leaves the lemma "reaffirms", which no trigger
    matches. Only a word that opens its sentence (after a paragraph number) and whose stem
    without "s" / "es" is a trigger word is changed; ``doc`` is changed in place."""
    for tok in doc:
        first = tok.is_sent_start or (tok.i > 0 and doc[tok.i - 1].like_num and doc[tok.i - 1].is_sent_start) \
            or (tok.i > 1 and doc[tok.i - 1].text in (".", ")") and doc[tok.i - 2].like_num
                and doc[tok.i - 2].is_sent_start)
        text = tok.text
        if not first or len(text) < 5 or not (text[0].isupper() and text[1:].islower()) \
                or not text.endswith("s") or tok.lemma_.lower() != tok.lower_:
            continue
        stem = next((w for w in (tok.lower_[:-1], tok.lower_[:-2]) if w in lemmas), None)
        if stem is not None:
            tok.lemma_ = stem
    return doc


class GatedMatcher:
    """One DependencyMatcher per trigger pattern, run only on the Docs that hold a word
    for each of the pattern's lexical nodes (a set test on the Doc's LOWER and LEMMA
    hashes): most paragraphs need none or a few of the patterns, and the matcher's
    cost grows with the patterns it runs. Matches come as DependencyMatcher's do."""

    def __init__(self, vocab, triggers):
        self.gates = []
        for entry in triggers:
            matcher = DependencyMatcher(vocab)
            matcher.add(entry["id"], [entry["pattern"]])
            needs = [{vocab.strings[w] for w in words} for words in pattern_words(entry)]
            self.gates.append((needs, matcher))

    def __call__(self, doc):
        hashes = None
        matches = []
        for needs, matcher in self.gates:
            if needs:
                if hashes is None:
                    hashes = set(doc.to_array([LOWER, LEMMA]).ravel().tolist())
                if not all(words & hashes for words in needs):
                    continue
            matches.extend(matcher(doc))
        return matches


def build_matcher(vocab, triggers):
    return GatedMatcher(vocab, triggers)

"""Knowledge for the organization tagger, read from ``models/`` (pure helpers).

* the registry ``models/organizations.jsonl`` (one body a line: ``id``,
  ``name`` canonical, ``acronyms``, ``aliases``, ``country`` ISO2 or null,
  ``kind``, ``source``) plus ``models/organizations_extra.jsonl`` (same
  format, entries found missing; an entry of the main registry wins over an
  extra one with the same id or name). A registry still being written may
  end with a cut line: it is skipped with a warning.
* ``models/countries.json``: ISO2 code -> name, other names, adjectives.
* ``models/org_filters.json``: head words, non-organization lists, titles.
* ``models/corrections.jsonl``: the analysts' fixed canonical names (``rename``
  lines, core/corrections.py): a registry entry named ``from`` is named ``name``
  instead (the old name kept as an alias), and a body the registry lacks whose
  built name is ``from`` gets ``name``.

``Knowledge`` answers the questions the tagger asks: which registry entries
a surface form names, which country a word names, and what canonical name
a body gets. Canonical names of bodies the registry lacks are built the
registry's way: "Ministry of Foreign Affairs (Uruguay)", "U.S. Department of X".
"""
import json
import re
import sys
import warnings
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from ..core import corrections
from ..core.config import models_path
from ..core.errors import PipelineError

REGISTRY = "organizations.jsonl"
REGISTRY_EXTRA = "organizations_extra.jsonl"
COUNTRIES = "countries.json"
FILTERS = "org_filters.json"

# lower-case words that may sit inside a name without starting a new one
NAME_LOWER = {"of", "the", "and", "for", "on", "in", "at", "de", "du", "des", "la", "le", "el", "y", "del", "da", "do",
              "to", "und", "für", "et", "&", "an", "a", "bin", "al", "van", "von"}
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
US_PREFIXES = ("U.S. ", "US ", "United States ", "U.S.A. ", "USA ")


def norm_key(text):
    """Key under which surface forms are compared: lower case, '&' as 'and',
    no commas, no 'the' after 'of', folded whitespace, straight apostrophes."""
    t = text.translate(APOSTROPHES).replace("&", " and ")
    t = re.sub(r"\s*,\s*", " ", t)
    t = re.sub(r"(?<=\w)-(?=\w)", " ", t)
    t = " ".join(t.lower().split())
    t = re.sub(r"(?<=[a-z])- (?=[a-z])", "", t)     # a word cut at a PDF's line end: "stand- ardization"
    t = re.sub(r"^the ", "", t)
    t = t.replace(" for the ", " of ").replace(" of the ", " of ").replace(" for ", " of ")
    t = re.sub(r"\bdefence\b", "defense", t)
    t = re.sub(r"\borganisation\b", "organization", t)
    t = re.sub(r"\bcentre\b", "center", t)
    t = re.sub(r"^(?:u\.s\.|us|united states|u\.s\.a\.|usa|united states of america) ", "u.s. ", t)
    return t


def clean_name(text):
    """A surface form as a canonical name: folded, straight apostrophes, no article, no possessive,
    no serial comma ("Ministry of Economy, Tourism and Sport")."""
    t = " ".join(text.translate(APOSTROPHES).split())
    t = re.sub(r"(?<=[A-Za-z])- (?=[a-z])", "", t)    # a word cut at a PDF's line end: "Informa- tion"
    t = re.sub(r"^(?:the|The) ", "", t)
    t = re.sub(r"'s?$", "", t).strip()
    t = re.sub(r"^(?:US|United States|U\.S\.A\.|USA) (?=[A-Z])", "U.S. ", t)
    t = t.replace(", and ", " and ")            # one spelling of a list inside a name
    return t


@dataclass
class Entry:
    id: str
    name: str
    acronyms: list
    aliases: list
    country: str | None
    kind: str | None
    source: str = ""
    extra: bool = False
    spellings: set = field(default_factory=set)   # lower-case names and aliases as registered


@dataclass
class Knowledge:
    entries: dict = field(default_factory=dict)          # id -> Entry
    by_key: dict = field(default_factory=dict)           # norm_key(surface) -> [ids]
    by_acronym: dict = field(default_factory=dict)       # acronym (exact) -> [ids]
    by_name: dict = field(default_factory=dict)          # canonical name -> id
    countries: dict = field(default_factory=dict)        # code -> record
    country_words: dict = field(default_factory=dict)    # surface -> code (names, adjectives)
    country_label: dict = field(default_factory=dict)    # code -> label used in "(Label)"
    filters: dict = field(default_factory=dict)
    vocabulary: set = field(default_factory=set)         # lower-case words of registry names
    surfaces: list = field(default_factory=list)         # (surface, key) for the phrase matcher
    warnings: list = field(default_factory=list)
    renames: dict = field(default_factory=dict)          # old canonical name -> fixed one (corrections)

    # ---- countries
    def country_of(self, text):
        """ISO2 code of a country name or adjective ('Japan', 'Japanese', 'U.S.'), else None."""
        t = text.translate(APOSTROPHES).strip()
        if t in self.country_words:
            return self.country_words[t]
        if t.startswith("the ") or t.startswith("The "):
            return self.country_words.get(t[4:])
        return None

    def label(self, code):
        return self.country_label.get(code) or (self.countries.get(code) or {}).get("name") or code

    # ---- registry
    def lookup(self, text):
        """Registry entries whose name or alias is ``text`` (compared by ``norm_key``)."""
        return [self.entries[i] for i in self.by_key.get(norm_key(text), [])]

    def lookup_acronym(self, text):
        return [self.entries[i] for i in self.by_acronym.get(text, [])]

    def is_generic_surface(self, text):
        """True when a surface form needs a country to name one body ('Ministry of Defense')."""
        key = norm_key(text)
        ids = self.by_key.get(key, [])
        if len(ids) > 1:
            return True
        for i in ids:
            e = self.entries[i]
            if norm_key(e.name) != key and re.search(r" \([^()]+\)$", e.name):
                return True
        return False

    def canonical_unknown(self, text, country, head):
        """Canonical name for a body the registry lacks (as an analyst fixed it, if so)."""
        name = self._built_name(text, country, head)
        return self.renames.get(name, name)

    def _built_name(self, text, country, head):
        """A generic name ("Ministry of Health") with a known country is
        qualified the registry's way; any other name is its cleaned text."""
        name = clean_name(text)
        if not country or not self.is_generic_text(name):
            return name
        if country == "US":
            if name.startswith("U.S. "):
                return name
            if head in ("Department", "Departments"):
                return "U.S. " + name
        return f"{name} ({self.label(country)})"

    def is_generic_text(self, name):
        """A name without a country or proper word in it: only head words, org vocabulary and
        connecting words ('Ministry of Health', 'National Security Council')."""
        words = [w for w in re.findall(r"[A-Za-z][A-Za-z.'-]*", name)]
        if not words:
            return False
        intl = set(self.filters.get("international_words", []))
        for w in words:
            if self.country_of(w) or w in ("U.S.", "US") or w in intl:
                return False
        heads = self.filters.get("heads", {})
        if words[0] in heads or words[0] in self.filters.get("plural_heads", {}):
            return True
        content = [w for w in words if w.lower() not in NAME_LOWER]
        return all(w.lower() in self.vocabulary or w in heads for w in content)


def _read_jsonl(path, problems):
    rows = []
    if not path.exists():
        return rows
    lines = path.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            if n == len(lines):
                problems.append(f"{path}: line {n} is not complete JSON ({exc.msg}); skipped "
                                f"(the registry may still be being written)")
                continue
            raise PipelineError(f"{path}: line {n} is not valid JSON ({exc.msg}): {line[:80]!r}; "
                                f"each line must be one JSON object") from None
        if not isinstance(obj, dict) or not obj.get("name"):
            problems.append(f"{path}: line {n} has no 'name'; skipped")
            continue
        rows.append(obj)
    return rows


def _variants(name):
    """Spellings of a registry name that texts use for the same body."""
    out = {name}
    for s in list(out):
        if ", and " in s:
            out.add(s.replace(", and ", " and "))
        elif "," in s and " and " in s:
            i = s.rfind(" and ")
            out.add(s[:i] + "," + s[i:])
    for s in list(out):
        if "&" in s:
            out.add(s.replace("&", "and"))
        if " and " in s and s.count(" and ") == 1 and "," not in s:
            out.add(s.replace(" and ", " & "))
    for s in list(out):
        for a, b in (("Defense", "Defence"), ("Defence", "Defense"), ("Organization", "Organisation"),
                     ("Organisation", "Organization"), ("Center", "Centre"), ("Centre", "Center")):
            if a in s:
                out.add(s.replace(a, b))
    for s in list(out):
        # a company's legal form abbreviated: "Toyota Motor Corp" for "Toyota Motor Corporation"
        for long, shorts in (("Corporation", ("Corp", "Corp.")), ("Limited", ("Ltd", "Ltd.")),
                             ("Incorporated", ("Inc", "Inc."))):
            if s.endswith(" " + long):
                out.update(s[:-len(long)] + short for short in shorts)
    for s in list(out):
        if " of the " in s:
            out.add(s.replace(" of the ", " of ", 1))
        elif " of " in s:
            out.add(s.replace(" of ", " of the ", 1))
    for s in list(out):
        for p in US_PREFIXES:
            if s.startswith(p):
                rest = s[len(p):]
                out.update(q + rest for q in ("U.S. ", "US ", "United States "))
    return out


def _apply_renames(k, base):
    """The analysts' fixed names (``corrections.jsonl``) on the registry entries and ``k.renames``."""
    for old, new in corrections.renames(corrections.read(base / corrections.FILE)):
        eid = k.by_name.get(old)
        if eid is not None and new not in k.by_name:
            e = k.entries[eid]
            del k.by_name[old]
            e.aliases.append(old)
            e.name = new
            k.by_name[new] = eid
        k.renames[old] = new
    for old in list(k.renames):        # a name fixed twice ends at the last fix
        seen = {old}
        while k.renames[old] in k.renames and k.renames[old] not in seen:
            seen.add(k.renames[old])
            k.renames[old] = k.renames[k.renames[old]]


@lru_cache(maxsize=4)
def load(models_dir=None):
    """Read the knowledge files once per process (``models_dir`` for tests)."""
    from pathlib import Path
    base = Path(models_dir) if models_dir else models_path("")
    k = Knowledge()
    try:
        k.filters = json.loads((base / FILTERS).read_text(encoding="utf-8"))
        countries = json.loads((base / COUNTRIES).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise PipelineError(f"{base}: organization knowledge files {FILTERS} and {COUNTRIES} "
                            f"cannot be read ({exc}); restore them from the repository") from None
    k.countries = countries
    for code, rec in countries.items():
        for w in rec.get("names", []) + rec.get("adjectives", []):
            k.country_words.setdefault(w, code)
            k.country_words.setdefault(w.replace("'", "’"), code)
    problems = []
    main = _read_jsonl(base / REGISTRY, problems)
    extra = _read_jsonl(base / REGISTRY_EXTRA, problems)
    seen_names = set()
    for obj, is_extra in [(o, False) for o in main] + [(o, True) for o in extra]:
        eid = str(obj.get("id") or obj["name"])
        if eid in k.entries or obj["name"] in seen_names:
            if not is_extra:
                problems.append(f"{base / REGISTRY}: duplicate entry {eid!r} / {obj['name']!r}; the first is kept")
            continue
        e = Entry(id=eid, name=obj["name"], acronyms=list(obj.get("acronyms") or []),
                  aliases=list(obj.get("aliases") or []), country=obj.get("country") or None,
                  kind=obj.get("kind") or None, source=obj.get("source") or "", extra=is_extra)
        k.entries[eid] = e
        seen_names.add(e.name)
        k.by_name[e.name] = eid
    _apply_renames(k, base)
    labels = defaultdict(Counter)
    for e in k.entries.values():
        surfaces = {e.name} | set(e.aliases)
        e.spellings = {" ".join(x.lower().split()) for x in surfaces}
        bare = re.sub(r" \([^()]+\)$", "", e.name)
        if bare != e.name:
            surfaces.add(bare)
            suffix = e.name[len(bare) + 2:-1]
            if e.country and k.country_of(suffix) == e.country:
                labels[e.country][suffix] += 1
        for s in surfaces:
            for v in _variants(s):
                key = norm_key(v)
                ids = k.by_key.setdefault(key, [])
                if e.id not in ids:
                    ids.append(e.id)
                k.surfaces.append((v, key))
        for a in e.acronyms:
            ids = k.by_acronym.setdefault(a, [])
            if e.id not in ids:
                ids.append(e.id)
    for code, c in labels.items():
        # the label most registry names use for this country, ties broken by name
        k.country_label[code] = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    k.country_label.setdefault("US", "United States")
    k.vocabulary |= {h.lower() for h in k.filters.get("heads", {})}
    k.vocabulary |= {w.lower() for w in k.filters.get("org_vocabulary", [])}
    k.vocabulary -= NAME_LOWER
    k.surfaces = sorted(set(k.surfaces))
    k.warnings = problems
    for p in problems:
        warnings.warn(p)
        print(f"warning: {p}", file=sys.stderr)
    return k

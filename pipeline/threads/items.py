"""The items a thread is made of, read from an extraction folder (not the raw text).

Every commitment of ``paragraphs/<doc_id>.jsonl`` is a ``promise``, and so
is every ``prospects`` record (a sentence looking ahead that is no party's
commitment: "More countries are expected to sign"); every ``reports``
record is a ``report``. Each item keeps its statement, the
statement's date, raw offsets and text, and what matching reads: content
terms (lower case, crudely stemmed, stopwords dropped; ``models/threads.json``),
canonical organization names (the record's, those of the organization spans
inside it, the statement's ``parties`` and a commitment's ``actor_names``
when the extraction has them), ordinals of series nouns ("the Eighth
meeting" → (8, "meeting")), and for a promise its due date: the end of the
latest date in it after the statement's own date ("in 2021" → 2021-12-31).
"""
import calendar
import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..core.config import models_path, read_model_json
from ..core.errors import PipelineError
from ..core.textio import read_jsonl
from .context import widened
from .parts import parts_of

THREADS_FILE = "threads.json"
COUNTRIES_FILE = "countries.json"
WORD = re.compile(r"[A-Za-z][A-Za-z0-9.\-’']*[A-Za-z0-9]|[A-Za-z]")
ORDINAL_DIGITS = re.compile(r"^(\d+)(st|nd|rd|th)$", re.I)


@lru_cache(maxsize=None)
def load_model(path=None):
    path = path or str(models_path(THREADS_FILE))
    model = read_model_json(path, "the thread model")
    for key in ("weights", "thresholds", "stopwords", "suffixes", "ordinals", "ordinal_nouns", "period_ends"):
        if key not in model:
            raise PipelineError(f"{path}: missing {key!r}")
    model["stopwords"] = frozenset(model["stopwords"])
    model["ordinal_nouns"] = frozenset(model["ordinal_nouns"])
    model["act_of"] = {}
    for group, words in sorted(model.get("acts", {}).items()):
        for w in words:
            model["act_of"][w] = group
            model["act_of"][stem(w, model)] = group
    model["weak_triggers"] = frozenset(model.get("weak_triggers", []))
    model["passive_auxiliaries"] = frozenset(model.get("passive_auxiliaries", []))
    model["object_acts"] = frozenset(model.get("object_acts", []))
    if "due_periods" in model:
        spec = model["due_periods"]
        numbers = "|".join(sorted(spec["numbers"], key=len, reverse=True))
        spec["pattern"] = re.compile(r"\b(?:%s)\s+the\s+(?:%s)\s+(?:(?P<count>\d+|%s)\s+)?(?P<unit>(?:%s)s?)\b" % (
            "|".join(spec["prepositions"]), "|".join(spec["determiners"]), numbers, "|".join(spec["units"])))
    model["meeting_nouns"] = frozenset(model.get("meeting_nouns", []))
    model["recurrence_words"] = frozenset(model.get("recurrence_words", []))
    model["synonym_stems"] = [[frozenset(stem(w, model) for w in _words(form)
                                         if w not in model["stopwords"] and len(w) > 1) for form in forms]
                              for forms in model.get("synonyms", [])]
    model["synonym_phrases"] = [[content_stems(form, model, parts=False) for form in forms]
                                for forms in model.get("synonyms", [])]
    return model


@dataclass
class Item:
    role: str
    source: str  # the paragraph list it comes from: commitment, prospect (a promise) or report
    doc_id: str
    date: str
    paragraph: int
    start: int
    end: int
    text: str
    record: dict
    terms: frozenset = field(default_factory=frozenset)
    organizations: frozenset = field(default_factory=frozenset)
    ordinals: frozenset = field(default_factory=frozenset)
    acts: frozenset = field(default_factory=frozenset)
    due: str = None
    done: str = None  # a report's latest date (the end of it): when the act was done, if it says
    recurring: bool = False  # "will meet annually", "regular meetings": a standing promise, not one dated event
    objects: dict = field(default_factory=dict)  # {act kind: terms of what is acted on}, see act_objects
    parties: frozenset = field(default_factory=frozenset)  # the statement's parties and the countries it names
    counterparts: frozenset = field(default_factory=frozenset)  # countries it names that are not its statement's
    fields: frozenset = field(default_factory=frozenset)  # synonyms classes named ("SSA"), see fields_of
    own_fields: frozenset = field(default_factory=frozenset)  # those named in its own clause
    own: frozenset = None  # the content terms of its own clause (``terms``: of its sentence); None: the same
    series: frozenset = field(default_factory=frozenset)  # the series its meetings are of ("quad~summit"), see series_of

    @property
    def key(self):
        return (self.date or "", self.doc_id, self.start, self.end, self.role)

    @property
    def ident(self):
        return f"{self.doc_id}:{self.start}-{self.end}"


POSSESSIVE = re.compile(r"[’']s$")


def stem(word, model):
    # a possessive names its owner: "last year’s Summit", "the ROK’s intention" (year, rok)
    word = POSSESSIVE.sub("", word.lower()).strip(".-’'")
    for suffix in model["suffixes"]:
        if word.endswith(suffix) and len(word) - len(suffix) >= model.get("min_stem", 4):
            return word[: -len(suffix)]
    return word


def _words(text):
    """Lower-case words, a hyphenated one also by its parts ("net-zero" → net-zero, net, zero)."""
    out = []
    for w in WORD.findall(text):
        w = w.lower()
        out.append(w)
        if "-" in w:
            out += [p for p in w.split("-") if p]
    return out


def content_stems(text, model, parts=True):
    """The stems of a text's content words in order (stopwords and one-letter words left out)."""
    words = _words(text) if parts else [w.lower() for w in WORD.findall(text)]
    return tuple(stem(w, model) for w in words if w not in model["stopwords"] and len(w) > 1)


def _names(phrase, seq):
    """Whether the stems ``phrase`` occur in ``seq`` one after another ("satellite data", not
    "satellite-based radio frequency (RF) data")."""
    n = len(phrase)
    return n > 0 and any(seq[i:i + n] == phrase for i in range(len(seq) - n + 1))


def _named_classes(text, model):
    """The indices of the ``synonyms`` classes a text names by one of its forms, as a phrase."""
    seqs = (content_stems(text, model, parts=False), content_stems(text, model))
    return [i for i, forms in enumerate(model.get("synonym_phrases", ()))
            if any(_names(f, seq) for f in forms for seq in seqs)]


def terms_of(text, model):
    """Content terms: stemmed words, stopwords and act words ("hold", "signed": compared as acts) left out;
    a synonym or abbreviation of ``models/threads.json`` (``synonyms``: "SSA" / "space situational
    awareness") adds the terms of the other form."""
    stems = set(content_stems(text, model))
    for i in _named_classes(text, model):
        for f in model["synonym_stems"][i]:
            stems |= f
    return frozenset(s for s in stems if s not in model["act_of"])


def fields_of(text, model):
    """The ``synonyms`` classes (their index) a text names by either form ("SSA", "space situational
    awareness"): a named field of cooperation, compared by :func:`.link.score` (``same_field``)."""
    return frozenset(_named_classes(text, model))


def ordinals_of(text, model):
    """(number, noun) for every ordinal followed within ``ordinal_window`` words by a series noun
    ("the second pandemic preparedness table top exercise" → (2, exercise))."""
    tokens = re.findall(r"[A-Za-z]+|\d+(?:st|nd|rd|th)\b", text)
    found = set()
    for i, tok in enumerate(tokens):
        low = tok.lower()
        digits = ORDINAL_DIGITS.match(low)
        number = int(digits.group(1)) if digits else model["ordinals"].get(low)
        if number is None:
            continue
        for nxt in tokens[i + 1:i + 1 + model.get("ordinal_window", 3)]:
            noun = nxt.lower()
            noun = noun if noun in model["ordinal_nouns"] else noun[:-1]
            if noun in model["ordinal_nouns"]:
                found.add((number, noun))
                break
    return frozenset(found)


def series_of(text, model, trigger=None):
    """The series a text's meetings are of: for each meeting noun (``meeting_nouns``), the first content
    word before it within ``series_window`` words, stopwords, ordinals, numbers and ``series_skip``
    (months: "the July meeting") skipped, up to a determiner or preposition (``series_stops``): "the
    next Quad Leaders' Summit hosted by India" and "hosting President Trump in New Delhi for the Quad
    leaders' Summit" → quad~summit, "convene a business and investment forum" and "launched the
    inaugural Quad Technology Business and Investment Forum" → invest~forum; "our fourth meeting"
    names none. Only a text naming a meeting by its act does (a meeting word, or a report's
    ``trigger``: "held"): "the Comprehensive Dialogue on Space which will continue to guide ..." names
    what a dialogue does, no meeting of it."""
    raw = [w.strip("’'") for w in WORD.findall(text or "")]
    words = [w.lower() for w in raw]
    meet = model.get("meeting_act")
    if not meet or not (act_group((trigger or "").lower(), model) == meet
                        or any(act_group(w, model) == meet and w not in model["meeting_nouns"] for w in words)):
        return frozenset()
    nouns, stops = model["meeting_nouns"], model.get("series_stops", ())
    skip = model["stopwords"] | set(model["ordinals"]) | set(model.get("series_skip", ())) | model["recurrence_words"]
    found = set()
    for i, w in enumerate(words):
        noun = w if w in nouns else w[:-1] if w[:-1] in nouns else None
        if noun is None:
            continue
        for j in range(i - 1, max(-1, i - 1 - model.get("series_window", 0)), -1):
            prev = words[j]
            if prev in stops:
                break
            if prev in skip or stem(prev, model) in skip or ORDINAL_DIGITS.match(prev) or prev.isdigit() or act_group(prev, model):
                continue
            if raw[j][:1].isupper():  # a name ("the Quad Leaders' Summit"), not "a bilateral space dialogue"
                found.add(f"{stem(prev, model)}~{noun}")
            break
    return frozenset(found)


def period_end(value, model):
    """The last day of a TIMEX value ("2021" → "2021-12-31", "2015-H1" → "2015-06-30"), or None."""
    m = re.match(r"^(\d{4})(?:-(\d{2}|[A-Z]{2}|H\d|Q\d))?(?:-(\d{2}))?$", value or "")
    if not m:
        return None
    year, part, day = m.groups()
    if day:
        return f"{year}-{part}-{day}"
    if part is None:
        return f"{year}-12-31"
    if part.isdigit():
        return f"{year}-{part}-{calendar.monthrange(int(year), int(part))[1]:02d}"
    end = model["period_ends"].get(part)
    return f"{year}-{end}" if end else None


def due_of(values, statement_date, model):
    """The end of the latest date after the statement's own date, or None."""
    ends = [period_end(v, model) for v in values]
    ends = [e for e in ends if e and (not statement_date or e > statement_date)]
    return max(ends) if ends else None


def _add_months(date, months):
    year, month, day = (int(x) for x in date.split("-"))
    year, month = year + (month - 1 + months) // 12, (month - 1 + months) % 12 + 1
    return f"{year:04d}-{month:02d}-{min(day, calendar.monthrange(year, month)[1]):02d}"


def period_due(text, statement_date, model):
    """A due date from a period counted from the statement's date, which the date stage leaves out
    as a duration ("over the next five years" → five years after it, "over the coming year" → one);
    ``due_periods`` of ``models/threads.json``. A plural unit without a number ("in the coming
    months", "in the years ahead") is too vague: None."""
    spec = model.get("due_periods")
    if not spec or not statement_date or not re.match(r"^\d{4}-\d{2}-\d{2}$", statement_date):
        return None
    found = []
    for m in spec["pattern"].finditer(text.lower()):
        count, unit = m.group("count"), m.group("unit")
        if count is None and unit.endswith("s"):
            continue
        n = 1 if count is None else (int(count) if count.isdigit() else spec["numbers"].get(count))
        if n:
            found.append(_add_months(statement_date, n * spec["units"][unit.rstrip("s")]))
    return max(found) if found else None


def act_objects(role, rec, model):
    """{act kind: the terms of what is acted on}: the first ``object_terms`` content terms after each
    act word of the item ("to sign the Artemis Accords" → join: artemi, accord), before it when the
    verb is passive ("the International Space Exploration Forum was hosted by Japan" → meet: forum,
    explor). Ordinals and numbers are left out (the ordinal feature compares them)."""
    text = rec.get("action") if role == "promise" and rec.get("action") else rec.get("text") or ""
    words = [w.lower() for w in WORD.findall(text)]
    k = model.get("object_terms", 3)
    passive = model.get("passive_auxiliaries", frozenset())
    skip = model["stopwords"] | set(model["ordinals"])
    recurrence = {stem(w, model) for w in model["recurrence_words"]} | model["recurrence_words"]
    out = {}
    for i, w in enumerate(words):
        group = act_group(w, model)
        if not group:
            continue
        span = words[max(0, i - 6):i][::-1] if i and words[i - 1] in passive else words[i + 1:i + 8]
        terms = [stem(x, model) for x in span if x not in skip and len(x) > 1 and not ORDINAL_DIGITS.match(x)]
        # a stopword by its stem ("ministers") or a word of recurrence ("meet annually") names no thing
        # acted on: "hold the first trilateral meeting between our finance ministers" and "foreign
        # ministers will meet annually" do not meet on the same thing
        terms = [t for t in terms if t not in model["act_of"] and t not in skip and t not in recurrence][:k]
        if terms:
            out[group] = out.get(group, frozenset()) | frozenset(terms)
    return out


def act_group(word, model):
    """The kind of act (``acts`` of ``models/threads.json``) a lower-case word names, by itself
    or by its stem ("signing" → join), else None."""
    return model["act_of"].get(word) or model["act_of"].get(stem(word, model))


def _event_started(rec, sentence, model):
    """Whether a report starts an event of a series: its trigger is of a kind of ``event_start_acts``
    ("launched", "inaugurated") and a meeting noun follows it within ``event_start_window`` words of
    its sentence ("The Quad successfully launched the inaugural [LINK: ...] Quad Technology Business
    and Investment Forum in Sydney"): the event was held, as "will convene a business and investment
    forum" promised."""
    kinds = model.get("event_start_acts") or ()
    trigger = (rec.get("trigger") or "").lower()
    if not model.get("meeting_act") or act_group(trigger, model) not in kinds:
        return False
    words = [w.lower() for w in WORD.findall(sentence or rec.get("text") or "")]
    at = next((i for i, w in enumerate(words) if act_group(w, model) == act_group(trigger, model)), None)
    nouns = model["meeting_nouns"]
    window = words[at + 1:at + 1 + model.get("event_start_window", 8)] if at is not None else []
    stops = model.get("event_start_stops", ())  # "Launched at the Tokyo Summit": the venue, not what was launched
    window = window[:next((i for i, w in enumerate(window) if w in stops), len(window))]
    return any(w in nouns or w[:-1] in nouns for w in window)


def _meeting_promised(action, model):
    """Whether a promise's action names a meeting as what is promised ("enhance the trilateral dialogue
    on space security"), not as the means of another act: a meeting noun within ``means_window`` words
    after a word of ``means_words`` ("extend support to countries in the region through joint
    workshops") is how the support is given, and a report of workshops held elsewhere does not fulfill
    the consultation promised beside it."""
    words = [w.lower() for w in WORD.findall(action)]
    nouns, means = model["meeting_nouns"], frozenset(model.get("means_words", ()))
    window = model.get("means_window", 0)
    return any((w in nouns or w[:-1] in nouns) and not means & set(words[max(0, i - window):i])
               for i, w in enumerate(words))


def acts_of(role, rec, model, sentence=None):
    """The kinds of act (``models/threads.json`` acts) an item names: a promise's action head
    ("holding the third meeting" → meet), a report's trigger (a weak one, "welcomed": any act word;
    one starting a series event, "launched the inaugural Forum", also meets: :func:`_event_started`)."""
    if role == "promise":
        words = WORD.findall(rec.get("action") or "")[:model.get("action_head_words", 4)]
    elif rec.get("trigger") in model["weak_triggers"]:
        words = WORD.findall(rec["text"])
    else:
        words = [rec.get("trigger") or ""]
    found = set()
    for w in words:
        group = act_group(w.lower(), model)
        if group:
            found.add(group)
    if role == "promise" and model.get("meeting_act") and _meeting_promised(rec.get("action") or "", model):
        found.add(model["meeting_act"])
    if role == "report" and _event_started(rec, sentence, model):
        found.add(model["meeting_act"])
    if role == "report":
        found |= _meeting_purposes(rec, model)
    return frozenset(found)


def _meeting_purposes(rec, model):
    """The kinds of act of the purpose infinitives of a meeting reported held ("the Steering Committee has
    hosted two workshops to strengthen collaboration ... to build capacity in the region": create): a
    meeting is how a series does what it promised, and a report of it reports that act done too.
    Only for a report whose trigger is the meeting act (``meeting_act``), and only the infinitives
    ("to" + an act word) within ``purpose_window`` words after the trigger."""
    window = model.get("purpose_window")
    meet = model.get("meeting_act")
    trigger = (rec.get("trigger") or "").lower()
    if not window or not meet or act_group(trigger, model) != meet:
        return frozenset()
    words = [w.lower() for w in WORD.findall(rec.get("text") or "")]
    at = next((i for i, w in enumerate(words) if act_group(w, model) == meet and w not in model["meeting_nouns"]), None)
    if at is None:
        return frozenset()
    span = words[at + 1:at + 1 + window]
    return frozenset(g for prev, w in zip(span, span[1:]) if prev == "to"
                     for g in [act_group(w, model)] if g and g != meet)


@lru_cache(maxsize=None)
def country_names():
    """{ISO code: canonical name} of ``models/countries.json``."""
    table = read_model_json(str(models_path(COUNTRIES_FILE)), "the country table")
    return {code: entry["name"] for code, entry in table.items() if entry.get("name")}


@lru_cache(maxsize=None)
def _country_pattern():
    """(one pattern over every country name of ``models/countries.json``, longest first; name -> canonical)."""
    table = read_model_json(str(models_path(COUNTRIES_FILE)), "the country table")
    canon = {}
    for entry in table.values():
        for name in [entry.get("name")] + list(entry.get("names") or []):
            if name and len(name) > 2:  # "US", "UK": two letters match too much as words
                canon.setdefault(name, entry["name"])
    alternatives = "|".join(re.escape(n) for n in sorted(canon, key=lambda n: (-len(n), n)))
    return re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % alternatives), canon


VENUE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.I)


def countries_named(text, venues=True):
    """Canonical names of the countries a text names ("deliver a telescope to Peru" -> Peru); with
    ``venues`` false, not those named as where it takes place ("the Eighth meeting ... in the United
    States")."""
    pattern, canon = _country_pattern()
    text = text or ""
    return {canon[m.group(0)] for m in pattern.finditer(text) if venues or not VENUE.search(text[:m.start()])}


def counterparts_of(text, parties):
    """The countries a promise is to act with besides its statement's parties ("reestablishing dialogue
    with the DPRK"): named in it, not as a venue, not a party; none when the statement's parties are
    unknown."""
    return frozenset(countries_named(text, venues=False) - set(parties)) if parties else frozenset()


def party_names(names):
    """Canonical names of a record's parties: the answers stage's ``actor_names`` are party ids (ISO
    codes for countries: "JP"), the statement's ``parties`` and the organization spans canonical
    names ("Japan"); one party counts once, whichever way it was named, so two promises of the same
    partnership overlap fully (organization Jaccard) whether or not their actors were resolved."""
    table = country_names()
    return frozenset(table.get(n, n) for n in names)


def _span_orgs(para, start, end):
    names = set()
    for org in para.get("organizations", []):
        if org["start"] >= start and org["end"] <= end:
            names.update(org.get("names") or [])
    return names


SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z“\"(])")


def _shift(rec, para):
    """How far the paragraph's folded text is off its raw offsets where the record sits (0 when
    the text is as long as the span), or None when the record's text is not found in it."""
    text = para.get("text") or ""
    if len(text) == para["end"] - para["start"]:
        return 0
    at = text.find(rec["text"])
    return None if at < 0 else rec["start"] - para["start"] - at


def _folded_sentence(rec, para, exact=True):
    """(shift, lo, hi): the bounds of the sentence(s) around a record in the paragraph's text, and how
    far that text is off its raw offsets at the record (:func:`_shift`); None when the record's text
    is not found in it, or is a found report (a sentence already). ``exact``: the record ends where
    its folded text does; else where its raw length would put it, which in a hard-wrapped paragraph
    runs past the line breaks folded inside the record, often into the next sentence (the wider
    context the terms of an item are read from, :func:`sentence_of`; the matching is tuned on it)."""
    text = para.get("text") or ""
    shift = None if rec.get("found") else _shift(rec, para)
    if shift is None:
        return None
    s = rec["start"] - para["start"] - shift
    e = s + (len(rec["text"]) if exact else rec["end"] - rec["start"])
    cuts = [0] + [m.end() for m in SENTENCE_END.finditer(text)] + [len(text)]
    lo = max((c for c in cuts if c <= s), default=0)
    hi = min((c for c in cuts if c >= e), default=len(text))
    return shift, lo, hi


def sentence_span(rec, para):
    """Raw (start, end) of the sentence(s) of the paragraph around a record (its context: the subject
    and the series named outside a commitment's clause, "the Forum that will be hosted by Japan").
    A paragraph text with folded whitespace is read from where the record's text sits in it
    (raw offsets then counted from the record's own); not found there, the record alone. A sentence
    bound at the paragraph's edge is the paragraph's raw edge: in a hard-wrapped paragraph the
    folded line breaks between the record and that edge make the shifted offset fall short (a
    bullet "commit to strengthen cooperation ... and will convene a ... forum in\n    2023."
    would lose its year)."""
    found = _folded_sentence(rec, para)
    if found is None:
        return rec["start"], rec["end"]
    shift, lo, hi = found
    text = para.get("text") or ""
    s = rec["start"] - para["start"] - shift
    start = para["start"] if lo == 0 else rec["start"] - (s - lo)
    end = para["end"] if hi == len(text) else rec["end"] + (hi - s - len(rec["text"]))
    return start, end


def sentence_of(rec, para):
    """The context an item's terms are read from: the sentence(s) around it in the paragraph's text
    (folded or not), the record's end counted unfolded (:func:`_folded_sentence`)."""
    return _sentence_text(rec, para, exact=False)


def _sentence_text(rec, para, exact=True):
    found = _folded_sentence(rec, para, exact)
    if found is None:
        return rec["text"]
    _, lo, hi = found
    return (para.get("text") or "")[lo:hi]


def promise_due(rec, para, date, model):
    """A promise's due date: from its own dates, else from the dates of its sentence ("In 2025, Quad
    partners intend to hold ...", "India will host the 2025 Quad Leaders Summit")."""
    due = due_of(rec.get("dates") or [], date, model)
    if due:
        return due
    lo, hi = sentence_span(rec, para)
    values = [d.get("value") for d in para.get("dates", []) if d["start"] >= lo and d["end"] <= hi]
    return due_of(values, date, model) or period_due(_sentence_text(rec, para), date, model)


def _item(role, rec, para, doc, model, source, previous="", raw=None):
    rec, around = widened(rec, para, previous, raw, model)
    names = set(rec.get("organizations") or []) | _span_orgs(para, rec["start"], rec["end"])
    names |= set(rec.get("actor_names") or []) | set(doc.get("parties") or [])
    date = doc.get("date")
    part = rec.get("context")  # one of two actions of a record (.parts): read from its own words
    due = (due_of(rec.get("dates") or [], date, model) or period_due(part, date, model) if part else
           promise_due(rec, para, date, model)) if role == "promise" else None
    sentence = " ".join(w for w in (part or sentence_of(rec, para), around) if w)
    ends = [period_end(v, model) for v in rec.get("dates") or []] if role == "report" else []
    done = max((e for e in ends if e), default=None)
    return Item(role=role, source=source, doc_id=doc["doc_id"], date=date, paragraph=para["index"], start=rec["start"],
                end=rec["end"], text=rec["text"], record=rec, terms=terms_of(sentence, model), own=terms_of(" ".join(w for w in (rec["text"], around) if w), model), fields=fields_of(sentence, model),
                own_fields=fields_of(rec["text"], model),
                organizations=party_names(names), ordinals=ordinals_of(rec["text"], model),
                acts=acts_of(role, rec, model, sentence), due=due, done=done, objects=act_objects(role, rec, model),
                series=series_of(rec["text"], model, rec.get("trigger") if role == "report" else None),
                parties=frozenset(doc.get("parties") or []) | countries_named(rec["text"]),
                counterparts=counterparts_of(rec["text"], doc.get("parties")) if role == "promise" else frozenset(),
                recurring=bool(model["recurrence_words"] & set(_words(rec["text"]))))


def reported_promise(rec, model):
    """Whether a report with a weak trigger reports a promise, not an act done ("the Vice President
    welcomed President Yoon's commitment not to conduct destructive ... testing"): a promise restated,
    which renews a thread and fulfills none (``reported_promise_pattern``)."""
    pattern = model.get("reported_promise_pattern")
    return bool(pattern and rec.get("trigger") in model["weak_triggers"] and re.search(pattern, rec["text"]))


def expected_effect(rec, model):
    """Whether a prospect tells what the promise before it is to bring about ("Such efforts will
    contribute to the long-term sustainability of the space environment", "This partnership will
    help ..."): its sentence opens with a demonstrative (``effect_prospect_pattern``). An expected
    effect is borderline in ANNOTATION.md, and as an item it would take its statement's slot in a
    thread from the promise it follows."""
    pattern = model.get("effect_prospect_pattern")
    return bool(pattern and re.match(pattern, (rec.get("text") or "").lstrip()))


def raw_text(doc, out=None):
    """The raw text a statement was extracted from (``source`` of documents.jsonl, as given to the run:
    from the working folder, else from the extraction folder's parent), or None when it is not there
    or is no longer the text read (its sha256 differs): only found reports of folded paragraphs need
    it (:func:`.found.folded_starts`), the rest of the stage reads the extraction."""
    source = Path(doc.get("source") or "")
    paths = [source] + ([Path(out).resolve().parent / source] if out is not None and not source.is_absolute() else [])
    path = next((p for p in paths if p.is_file()), None)
    try:
        data = path.read_bytes() if path else None
    except OSError:
        return None
    if data is None or hashlib.sha256(data).hexdigest() != doc.get("sha256"):
        return None
    text = data.decode("utf-8", errors="replace")
    return text[1:] if text.startswith("\ufeff") else text


def load_items(out, model=None, finder=None):
    """(items sorted by date, statement and offset; the corpus's latest statement date). ``finder``
    (paragraph, model, raw text) → more report records of a paragraph (:func:`.found.found_reports`)."""
    model = model or load_model()
    out = Path(out)
    docs = list(read_jsonl(out / "documents.jsonl"))
    items = []
    for doc in docs:
        path = out / "paragraphs" / f"{doc['doc_id']}.jsonl"
        if not path.exists():
            continue
        raw = raw_text(doc, out)
        previous = ""  # the text of the paragraph before (what a reference back may name, :mod:`.context`)
        for para in read_jsonl(path):
            for rec in (p for c in para.get("commitments", []) for p in parts_of(c, para, raw, model)):
                items.append(_item("promise", rec, para, doc, model, "commitment", previous, raw))
            for rec in para.get("prospects", []):
                if not expected_effect(rec, model):
                    items.append(_item("promise", rec, para, doc, model, "prospect", previous, raw))
            for rec in para.get("reports", []):
                if not any(c["start"] <= rec["start"] and rec["end"] <= c["end"] for c in para.get("commitments", [])):
                    role = "promise" if reported_promise(rec, model) else "report"
                    items.append(_item(role, rec, para, doc, model, "report", previous, raw))
            for rec in finder(para, model, raw) if finder else ():
                items.append(_item("report", rec, para, doc, model, "found", previous, raw))
            if para.get("kind") in tuple(model.get("found_kinds", ("body",))) + ("heading",):
                previous = para.get("text") or ""
    items.sort(key=lambda it: it.key)
    latest = max((d["date"] for d in docs if d.get("date")), default=None)
    return items, latest

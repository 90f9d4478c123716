"""Topics and the space flag of paragraphs and commitments (issue 13): rules kept as data
(``models/topics.json``: a lexicon per topic, matched on whole words of the lower-cased text)
propose, and a small trained classifier (``topic_model.py``, weights in
``models/topic_model.json``) decides, the rules' findings being among its features.

- A topic's weak terms ("market", "training", "norms") count only when the text is about
  space (a space term, or a strong term of any topic).
- ``space`` is true when the text names a topic or a space term (false friends such as
  "cyberspace" and "airspace" removed first).
- A paragraph naming neither space nor another subject is about space when most of the
  statement's content paragraphs are.
- Office titles ("Minister of Innovation, Science and Industry", ``office_titles``) name no
  topic; a phrase claimed by one topic ("scientists and engineers", ``claimed_phrases``)
  counts as that topic's weak term and is blanked before the other terms are looked for.
- A body named by a short form ("the Committee") gives the topic its full name is a term of.
- A commitment gets the topics and the space flag of its own span (the model deciding the
  flag); from its paragraph it takes only the paragraph's one topic, when it names none.
- In a statement few of whose paragraphs name space, a text naming neither space nor a topic, or
  a topic by its weak terms only, is not about space (``mixed_statement_space``).
- A dateline (kind ``meta``) and page furniture (``boilerplate``) are judged by their own
  words only (no model, no inherited flag).
"""
import re
from functools import lru_cache

from ..segment.shapes import BULLET
from .lexicon import topics
from .topic_model import features, model, scores, shared_topics, theme_margin

# a footnote number glued to the word it follows ("the programme Copernicus2,", "par satellite1,"
# in legal and PDF text): the word is read without it
_FOOTNOTE = re.compile(r"(?<=[^\W\d_]{3})\d{1,2}(?![\w])")
_SPACE = re.compile(r"\s")


def _clean(text):
    """The lower-cased text with footnote numbers, false friends (``space_false_friends``,
    ``false_friend_patterns``) and the portfolios of office titles blanked ("Minister of
    Innovation, Science and Industry" names no science: ``office_titles``)."""
    t = topics()
    low = _FOOTNOTE.sub(" ", " ".join(text.split()).lower())
    low = t["office_rx"].sub(lambda m: " " * len(m.group(0)), low)
    for rx in t["false_pattern_rx"]:
        low = rx.sub(" ", low)
    return t["false_rx"].sub(" ", low)


def _space_terms(text):
    t = topics()
    return bool(t["space_rx"].search(text) or t["space_part_rx"].search(text))


def _is_weak(word, weak_terms):
    """True when the matched term ``word`` is one of ``weak_terms``: itself, its singular, or
    a weak prefix ("disaster*") followed by the rest of one word only ("disasters"; the strong
    phrase "disaster monitoring" is no weak "disaster*")."""
    forms = {word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word}
    return any(w in forms or (w.endswith("*") and word.startswith(w[:-1]) and not _SPACE.search(word, len(w) - 1))
               for w in weak_terms)


# a pure function of its two strings, called several times on one text (rules propose for the
# statement's theme, the paragraph, its commitments and the mixed-statement check): memoized
@lru_cache(maxsize=8192)
def _terms(text, space_text=None):
    """(strong topics, weak topics, space term found) of one text, as frozen sets."""
    t = topics()
    low = cleaned = _clean(text)
    strong, weak = set(), set()
    # a phrase that names one topic in words of another ("scientists and engineers": the
    # workforce, not science; "Scientific and Technical Subcommittee": COPUOS) gives its
    # topic as a weak term does (counting only in a text about space: "training and
    # exercises" of armed forces on Earth are no space security) and is blanked before the
    # other terms are looked for (``claimed_phrases``; those under "none" give no topic: the
    # names of bodies, "Indian Space Research Organisation")
    for tid, rx in t["claimed_rx"].items():
        if rx.search(low):
            weak |= {tid} - {"none"}
            low = rx.sub(lambda m: " " * len(m.group(0)), low)
    seen = {}
    for tid, rx in t["topic_rx"].items():
        for m in rx.finditer(low):
            if _is_weak(m.group(0), t["weak"].get(tid, ())):
                seen.setdefault(tid, set()).add(" ".join(m.group(0).split()))
            else:
                strong.add(tid)
                break
    # a generic weak word ("standards", "interoperability": law-norms; ``companion_terms``)
    # counts only beside another word of its topic
    for tid, words in seen.items():
        lone = t["companions"].get(tid, set())
        if len(words) > 1 or not any(_is_weak(w, lone) for w in words):
            weak.add(tid)
    # languages written without spaces (Japanese, Chinese): a topic's terms anywhere in the
    # text, the weak ones ("企業", "教育") counting as weak terms do
    for tid, rx in t["topic_part_rx"].items():
        for m in rx.finditer(low):
            if m.group(0) in t["weak"].get(tid, ()):
                weak.add(tid)
            else:
                strong.add(tid)
                break
    return (frozenset(strong), frozenset(weak - strong),
            _space_terms(cleaned if space_text is None else _clean(space_text)))


def rule_classify(text, space_text=None):
    """(sorted topic ids, space flag) of one text by the rules alone; ``space_text`` (default:
    the text) is where space terms are looked for (the text before organization names were
    blanked)."""
    strong, weak, space_term = _terms(text, space_text)
    space = bool(strong) or space_term
    return sorted(strong | (weak if space else set())), space


def weak_topics(text):
    """The topics of a text's weak terms, for a text found to be about space otherwise."""
    return _terms(text)[1]


def rule_features(text, space_text=None, unit="paragraph", theme=(), context=()):
    """The classifier's features of one text: its words, what the rules find in it, the
    statement's ``theme`` (``topic_model.statement_theme``) and the paragraph's ``context``
    (``topic_model.neighbour_context``)."""
    found, space = rule_classify(text, space_text)
    return features(text, found, space, not neutral(space_text or text), unit, theme, context)


def classify(text, space_text=None, unit="paragraph", theme=(), rules=None, context=()):
    """(sorted topic ids, space flag) of one text (a ``paragraph`` or a ``commitment``): the
    rules propose, the trained model decides the labels its file says it decides (those it
    scores above 0), the rules the others; a text with a topic is about space.

    A text the model finds about space also takes the topics of the statement's ``theme`` it
    scores above ``model_theme.margin`` (``models/topics.json``) (annotators label a text naming no topic, "will exchange data",
    by the theme of the statement: a memorandum on Earth observation; the margin below 0 since
    the rules' topics stay the rules', the model's own topics being weaker cross-validated).
    ``rules``: the text's ``rule_classify(text, space_text)`` when the caller has it already;
    ``context``: a paragraph's neighbours naming space (``topic_model.neighbour_context``)."""
    found, space = rules if rules is not None else rule_classify(text, space_text)
    m = model()
    if m["decides"]:
        s = scores(features(text, found, space, not neutral(space_text or text), unit, theme, context), m)
        found = sorted(set(lab for lab in found if lab not in m["decides"])
                       | set(lab for lab in m["decides"] if lab != "space" and s[lab] > 0))
        if "space" in m["decides"] and s["space"] > 0 and not space:
            # weak terms count in a text about space ("interoperability: partners will
            # support common standards", a list item of a space statement)
            found = sorted(set(found) | weak_topics(text))
        if "space" in m["decides"]:
            space = s["space"] > 0
        if space:
            found = sorted(set(found) | {t for t in theme if t in s and s[t] > theme_margin()})
    return found, bool(found) or space


def paragraph_topics(text, kind, space_text=None, theme=(), rules=None, context=()):
    """(topics, space) of a paragraph of this ``kind``: a dateline or a place and date line
    (``meta``) and page furniture (``boilerplate``: a breadcrumb ending in the headline, notes
    to editors) are about space only when their own words say so (the trained model, which
    leans toward space for a text with no words of either kind, does not decide them).
    ``rules``: the text's ``rule_classify(text, space_text)`` when the caller has it already."""
    if kind in ("meta", "boilerplate"):
        return rules if rules is not None else rule_classify(text, space_text)
    return classify(text, space_text, theme=theme, rules=rules, context=context)


def body_topics(orgs, start, end):
    """The topics named by the full names of the bodies a span (``start``-``end``) names by a
    short form: "The Committee agreed that..." in a report of the Committee on the Peaceful
    Uses of Outer Space is about its subject (law-norms) as the full name would be. Only a
    body whose whole canonical name is a topic's term counts (its acronym, "COPUOS", is
    matched in the text already; "Indian Space Research Organisation" names no subject)."""
    t = topics()
    found = set()
    for o in orgs:
        names = [" ".join(n.lower().split()) for n in o.get("names") or []]
        if start <= o.get("start", -1) and o.get("end", end + 1) <= end and \
                " ".join(o.get("text", "").lower().split()) not in names:
            found |= {tid for n in names for tid, rx in t["topic_rx"].items() if rx.fullmatch(n)}
    return found


def with_bodies(result, orgs, start, end):
    """(topics, space) of ``result`` with the topics of the bodies named by a short form."""
    extra = body_topics(orgs, start, end)
    return (sorted(set(result[0]) | extra), True) if extra else result


def neutral(text):
    """True when a text names no non-space subject (it may inherit a space flag)."""
    return not topics()["non_space_rx"].search(_clean(text))


def commitment_topics(text, space_text=None, paragraph=((), False), sentence=None, theme=()):
    """(topics, space) of a commitment span, by its own words: the trained model decides a
    span that names neither space nor another subject ("will convene in Detroit later this
    week"), the paragraph's flag does not (a pledge beside a space sentence is often about
    something else; held out, the paragraph's flag lowered the flag's accuracy).

    Its ``paragraph`` ((topics, space) of the paragraph holding it) gives context only: a
    span about space that names no topic takes the topic of a paragraph that names one topic
    only ("The instruments will be provided at no cost", in a paragraph on a lunar mission).
    (Counting the span's weak terms in a paragraph about space, "will support stability and
    prosperity", lowered the dev and blind figures.)

    A span naming no topic first takes the topics its own ``sentence`` names (the masked text
    of the sentence holding it, by the rules alone): "Under the agreement on the CubeSat
    mission to measure space weather, the two agencies agreed to hold joint reviews" is about
    what its sentence says, a neighbouring sentence of the paragraph often is not."""
    found, space = classify(text, space_text, "commitment", theme)
    if not found and sentence:
        found = rule_classify(sentence)[0]
    para_topics, _ = paragraph
    if not found and space and len(para_topics) == 1:
        found = list(para_topics)
    return found, space or bool(found)


def inherit_statement_space(records):
    """A paragraph that names neither space nor another subject ("Both sides concurred on
    holding the next meeting in 2021") is about space when most of the statement's
    content paragraphs are."""
    content = [r for r in records if r["kind"] != "boilerplate"]
    if not content or 2 * sum(1 for r in content if r["space"]) <= len(content):
        return
    for r in content:
        # a dateline ("Washington, DC", "12 June 2019") inherits nothing
        if not r["space"] and r["kind"] != "meta" and neutral(r["text"]):
            r["space"] = True
            r["topics"] = sorted(set(r["topics"]) | weak_topics(r["text"]))



def names_space(text):
    """True when a text names space by its own words: a topic's strong term or a space term."""
    return rule_classify(text)[1]


def mixed_statement_space(records):
    """In a statement few of whose content paragraphs name space (``mixed_statements`` of
    ``models/topics.json``: a joint leaders' statement with one space paragraph among trade,
    health and defence ones), a paragraph or a commitment that names neither space nor a topic
    ("The two sides will:", "to hold its next meeting in 2019", "Excellency:") is not about
    space: the trained model leans toward space for a text with no words of either kind, which
    is right in a statement about space only. Nor is one whose topics are only those of its weak
    terms ("EDUCATION", "prevention, awareness, and outreach": the weak terms count once the
    model finds a text about space); it loses them. Run after the commitments got their topics."""
    share = topics().get("mixed_statements", {}).get("space_share", 0.0)
    content = [r for r in records if r["kind"] not in ("boilerplate", "meta")]
    if not content or sum(1 for r in content if names_space(r["text"])) >= share * len(content):
        return
    for r in content:
        if not names_space(r["text"]) and _off_space(r["topics"], r["text"]):
            r["space"], r["topics"] = False, []
        for c in r.get("commitments", []):
            if not names_space(c.get("text") or "") and _off_space(c.get("topics"), c.get("text") or ""):
                c["space"], c["topics"] = False, []


def _off_space(found, text):
    """True when ``found`` (the topics of a text of a mixed statement naming no space by its own
    words) are none, or only the weak terms of the text: "EDUCATION", "prevention, awareness,
    and outreach" in a leaders' statement on other subjects are about those subjects."""
    return not found or set(found) <= weak_topics(text)


def statement_theme(records):
    """A commitment about space that names no topic (by its span, its sentence or its paragraph)
    takes the topics at least ``statement_theme.share`` of the statement's content paragraphs
    name: "plans to sign an implementing agreement with each of them by the end of this year" in a
    release on a lunar mission is about the Moon as the release is. Run after
    ``mixed_statement_space`` (a mixed statement has no such theme)."""
    share = topics().get("statement_theme", {}).get("share")
    content = [r for r in records if r["kind"] not in ("boilerplate", "meta")]
    if not share or not content:
        return
    theme = shared_topics([r["topics"] for r in content], share)
    if not theme:
        return
    for r in content:
        for c in r.get("commitments", []):
            if not c.get("topics") and c.get("space"):
                c["topics"] = list(theme)

# a mission named with a number ("THEOS-2", "Taifa-1", "MisrSat-2", "Crew-5") and the craft
# nouns that say a name is a mission's ("the THEOS-2 Earth observation satellite")
_MISSION = re.compile(r"(?<![\w-])([A-Z][\w’']*(?:-[A-Z][\w]*)?-\d{1,2}[A-Z]?)(?![\w-])")
_CRAFT = re.compile(r"\b(?:satellites?|spacecraft|missions?|rovers?|landers?|orbiters?|probes?|telescopes?|"
                    r"observator(?:y|ies)|constellations?|nanosatellites?|cubesats?|microsatellites?)\b", re.IGNORECASE)


def _window(text, start, end, words=7):
    """The words around ``text[start:end]`` (``words`` each side), within its sentence."""
    before = re.split(r"[.;:!?]\s", text[:start])[-1].split()[-words:]
    after = re.split(r"[.;:!?](?:\s|$)|\s(?:from|at|in|aboard|by)\s", text[end:])[0].split()[:words]
    return " ".join(before + [text[start:end]] + after)


def mission_topics(records):
    """A mission the statement defines by its topic ("the THEOS-2 Earth observation
    satellite", "Taifa-1, Kenya's first operational Earth observation satellite") gives that
    topic to every content paragraph about space naming it ("THEOS-2 was built by ...",
    "Distribute Taifa-1 data to ministries"): a press release on a satellite seldom repeats
    what the satellite is for. Only a topic's strong terms next to a craft noun define it."""
    content = [r for r in records if r["kind"] not in ("boilerplate", "meta")]
    defined = {}
    for r in content:
        for m in _MISSION.finditer(r["text"]):
            window = _window(r["text"], m.start(1), m.end(1))
            if _CRAFT.search(window.replace(m.group(1), " ")):
                defined.setdefault(m.group(1), set()).update(_terms(window)[0])
    defined = {name: found for name, found in defined.items() if found}
    for r in content:
        names = {m.group(1) for m in _MISSION.finditer(r["text"])} & set(defined)
        if names and r["space"]:
            r["topics"] = sorted(set(r["topics"]).union(*(defined[n] for n in names)))


def _list_items(records, n):
    """The content records after an introduction ``records[n]`` ("The two agencies will:") that
    are its items: a list marker or a lower-case first word, up to the first that is neither."""
    items = []
    for r in records[n + 1:]:
        if r["kind"] == "boilerplate":
            continue
        text = r["text"].lstrip()
        if r["kind"] != "body" or not (BULLET.match(text) or text[:1].islower()):
            break
        items.append(r)
    return items


def list_topics(records):
    """A list's introduction naming no topic ("Under the agreement, the parties will:") is
    about the topics every one of its items names."""
    content = [r for r in records if r["kind"] != "boilerplate"]
    for n, r in enumerate(content):
        if r["kind"] != "body" or not r["text"].rstrip().endswith(":") or r["topics"]:
            continue
        items = _list_items(content, n)
        if items:
            shared = set.intersection(*(set(i["topics"]) for i in items))
            if shared:
                r["topics"] = sorted(shared)
                r["space"] = True

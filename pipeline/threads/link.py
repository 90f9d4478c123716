"""Links between items of different statements, each with a relation and a score that explains itself.

An item (promise or report) links to the best-scoring promise(s) of each of its
``per_statement`` best earlier statements (earlier by statement date; same
date: earlier by name), at or above its role's threshold. The score (weights
in ``models/threads.json``; a term overlap under ``min_term_score``, or
``min_term_score_same_act`` when both name the same kind of act, is no link;
abbreviations and their expansions share terms, ``synonyms``):

- ``terms``: IDF-weighted overlap of the content terms (shared weight over
  the smaller item's weight, at least ``min_terms`` average terms' weight,
  so a short promise restated inside a long sentence still matches while a
  two-word one does not match everything; common terms weigh little);
- ``organizations``: overlap of canonical organization names (Jaccard: the
  shared names over all names of the two, so a bilateral promise and a
  four-party summit's overlap less than two bilateral ones);
- ``ordinal``: the same ordinal of the same series noun ("the Eighth
  meeting" / "held the Eighth meeting"); a different ordinal of the same noun
  ("third meeting" / "Seventh Meeting") vetoes the link;
- ``acts``: the same kind of act ("held" / "holding the meeting") adds,
  different kinds ("launched" / "will host") subtract;
- ``object``: the same kind of act on the same thing ("sign the accords" /
  "became the 36th country to sign the Artemis Accords"; ``object_acts``,
  the first ``object_terms`` content terms after the verb, before a passive
  one) adds, and a term overlap of ``min_term_score_same_object`` and one
  shared term then suffice: a signing report need not repeat the promise;
- ``found``: a report found only by its series ordinal (:mod:`.found`)
  counts less than one the tag stage read by its verb.

Each item's terms are its sentence's (the subject and series named outside
its clause); a link that passes only a lowered gate (the same act, the same
parties, the same field) needs a shared term of the later item's own clause,
since a long sentence holds several promises.

Statements of different partnerships (each has two parties or more and a
party the other lacks: U.S.-Italy / U.S.-Sweden, Japan-U.S. / U.S.-ROK)
link only when their words are nearly the same (``other_parties_below``).
Candidates tying with a statement's best are all kept.

A standing promise ("will meet annually"; ``recurrence_words``) and a dated
one-off promise ("will host the 2025 Summit") are not linked: each dated
event is its own thread.

A report must come from a later statement, not date the act before the
promise was made ("the Accords were established in 2020" fulfills no promise
of 2023), name the same ordinal when the promise names one ("the Eighth meeting" is not fulfilled by "the Dialogue
was held"), and not a different kind of act.

Relations: a report ``fulfills`` the promise; a promise ``updates`` it when
it sets a due date the earlier one lacked or moves it to another year, or names a step of a
series the earlier one did not ("a second pandemic preparedness exercise" after "a joint
pandemic-preparedness tabletop or exercise in 2022"), else
``renews`` it (the same date, none, or the same year made precise: "in the
third quarter of 2023" / "in August 2023").
"""
import math
import re
from collections import defaultdict

from .items import WORD, act_group, content_stems


def idf_table(items, model=None):
    """({term: weight}, {term: number of items}): IDF, a common term (in more than ``max_df_share``
    of the items) scaled down by ``generic_weight`` ("space", "international" say little)."""
    df = defaultdict(int)
    for it in items:
        for t in it.terms:
            df[t] += 1
    n = max(len(items), 1)
    model = model or {}
    limit = max(model.get("max_df_share", 1.0) * n, model.get("min_df_limit", 1))
    scale = model.get("generic_weight", 1.0)
    return {t: math.log((n + 1) / (c + 0.5)) * (scale if c > limit else 1.0) for t, c in df.items()}, df


def _overlap(a, b, idf, min_weight):
    shared = a.terms & b.terms
    if not shared:
        return 0.0, []
    weight = lambda ts: sum(idf[t] for t in ts)  # noqa: E731
    smaller = max(min(weight(a.terms), weight(b.terms)), min_weight)
    return weight(shared) / smaller, sorted(shared, key=lambda t: (-idf[t], t))


def _ordinal(a, b):
    """+1 same ordinal of a shared noun, -1 a different one, 0 none shared."""
    nouns_a = {n for _, n in a.ordinals}
    shared_nouns = nouns_a & {n for _, n in b.ordinals}
    if not shared_nouns:
        return 0
    if a.ordinals & b.ordinals:
        return 1
    return -1


def _same_object(a, b, limit, df, limit_groups):
    """The terms of what both act on in the same kind of act ("sign the accords" / "became the 36th
    country to sign the Artemis Accords": join, accord); common terms (in more than ``limit`` items)
    are left out: "space" names no object."""
    shared = set()
    for group in a.acts & b.acts & limit_groups:
        shared |= {t for t in a.objects.get(group, ()) if t in b.objects.get(group, ()) and df.get(t, 0) <= limit}
    return sorted(shared)


def _same_series(a, b, model):
    """The series both name a meeting of, when both name the meeting act ("the next Quad Leaders' Summit
    hosted by India in 2025" / "looks forward to hosting President Trump in New Delhi for the Quad
    leaders' Summit"): the same act on the same thing. Not for two promises due in different years:
    two editions of a series ("the 2023 Quad Summit" / "the 2025 Quad Summit")."""
    act = model.get("meeting_act")
    if not act or act not in a.acts or act not in b.acts:
        return []
    if a.role == b.role == "promise" and a.due and b.due and a.due[:4] != b.due[:4]:
        return []
    return sorted(a.series & b.series)


def standing_to_meet(item, model):
    """Whether a promise is its parties' standing promise to meet (``recurrence_words``): its action opens
    with a meeting verb and names no purpose ("our leaders and foreign ministers will meet annually").
    A standing meeting for a purpose ("we will meet regularly to coordinate our efforts, map the region's
    infrastructure needs") is a working mechanism's, not the series of the parties' own meetings; a
    meeting noun after another verb ("review our progress regularly through existing G7 mechanisms,
    including ... meetings") is no promise to meet."""
    act = model.get("meeting_act")
    if not model.get("standing_meetings") or item.role != "promise" or not item.recurring or not act:
        return False
    words = [w.lower() for w in WORD.findall(item.record.get("action") or "")]
    if not words or act_group(words[0], model) != act or words[0] in model["meeting_nouns"]:
        return False
    return "to" not in words[1:]


def counted_meeting(item, model):
    """Whether an item is a meeting of a series told by its count alone: a found report (:mod:`.found`,
    no tag-stage verb) of the meeting act numbering a meeting noun ("Today in Tokyo, we convene for our
    fourth meeting"). A meeting reported by its words ("hosted ... for the Quad Leaders' Summit") is
    matched by them, to the dated promise of that event."""
    return (item.role == "report" and item.source == "found" and model.get("meeting_act") in item.acts
            and any(n in model["meeting_nouns"] for _, n in item.ordinals))


def _standing_meeting(a, b, org_share, model):
    """The numbered meetings ("meeting#4") of a counted meeting (:func:`counted_meeting`) that fulfills a
    standing promise to meet (:func:`standing_to_meet`) of the same parties (``same_parties_share``):
    "our leaders and foreign ministers will meet annually" (2021) / "Today in Tokyo, we convene for our
    fourth meeting" (2022). The same parties meet again and again and count their meetings; the count
    names an event of the series the standing promise is of, though the two share no word."""
    if not counted_meeting(b, model) or org_share < model.get("same_parties_share", math.inf):
        return []
    if not standing_to_meet(a, model):
        return []
    return sorted(f"{noun}#{n}" for n, noun in b.ordinals if noun in model["meeting_nouns"])


def other_parties(a, b):
    """Whether two statements are of different partnerships: each names two parties or more and each
    has a party the other lacks (Japan-U.S. / U.S.-Republic of Korea; a U.S.-Italy promise and a
    U.S.-Sweden one). A statement whose parties are among the other's (a bilateral meeting of two Quad
    members, a trilateral of three) is of the same."""
    return len(a.parties) > 1 and len(b.parties) > 1 and bool(a.parties - b.parties) and bool(b.parties - a.parties)


def weight_floor(idf, model):
    """The least weight an item's terms count for: ``min_terms`` terms of average weight."""
    return model.get("min_terms", 1) * sum(idf.values()) / max(len(idf), 1)


def score(a, b, idf, model, floor=None, df=None, limit=None):
    """(score, evidence) of linking later item ``b`` to earlier promise ``a``."""
    w = model["weights"]
    terms, shared = _overlap(a, b, idf, weight_floor(idf, model) if floor is None else floor)
    objects = _same_object(a, b, math.inf if limit is None else limit, df or {}, model["object_acts"])
    series = _same_series(a, b, model)  # counts as what both act on, but does not join two partnerships
    orgs = a.organizations & b.organizations
    org_share = len(orgs) / len(a.organizations | b.organizations) if orgs else 0.0
    ordinal = _ordinal(a, b)
    acts = sorted(a.acts & b.acts)
    evidence = {"shared_terms": shared[:8], "shared_organizations": sorted(orgs), "ordinal": ordinal,
                "terms": round(terms, 4), "organizations": round(org_share, 4), "acts": acts, "objects": objects + series}
    least, fewest = model.get("min_term_score", 0), model.get("min_shared_terms", 1)
    if acts:
        least = model.get("min_term_score_same_act", least)
    if org_share >= model.get("same_parties_share", math.inf):  # the same parties: fewer shared words do
        least = min(least, model.get("min_term_score_same_parties", least))
        if a.fields & b.fields:  # and the same named field ("cooperation on SSA" / "SSA cooperation")
            least = min(least, model.get("min_term_score_same_field", least))
    if objects or series:  # the same act on the same thing: a report of it need not repeat the promise's words
        least, fewest = model.get("min_term_score_same_object", least), 1
    standing = _standing_meeting(a, b, org_share, model)
    if standing:  # "our leaders and foreign ministers will meet annually" / "we convene for our fourth meeting"
        least, fewest = 0.0, 0
        series = sorted(set(series) | set(standing))
        evidence["objects"] = objects + series
    if other_parties(a, b) and not objects and terms < model.get("other_parties_below", 0):
        # the same words of another partnership: not the same promise; though the same act on the
        # same thing ("More countries are expected to sign the accords" / "Uruguay became the 36th
        # country to sign the Artemis Accords") is one series whoever its parties are; a series of
        # meetings is not ("a new space dialogue" of U.S.-Italy, "the U.S.-Germany Space Dialogue")
        return 0.0, evidence
    objects = objects + series
    if ordinal < 0 or len(shared) < fewest or terms < least:
        return 0.0, evidence
    if terms < model.get("min_term_score", 0) and not objects and not ((b.terms if b.own is None else b.own) & set(shared)):
        # let in by a lower gate (the same act, the same parties), the shared words must be the later
        # clause's own, not only its sentence's: "host the next ... Investment Forum" / "committed to
        # deepen bilateral dialogue ... and launched ..., a new bilateral forum to advance coordinated
        # investments": another clause's forum
        return 0.0, evidence
    if b.role == "promise" and a.recurring != b.recurring and (a.due if b.recurring else b.due):
        return 0.0, evidence  # a standing promise ("meet annually") is not renewed by one dated meeting
    other_act = a.acts and b.acts and not acts and terms < model.get("act_veto_below", math.inf)
    done_before = b.done and a.date and b.done < a.date  # "established in 2020" fulfills no promise of 2023
    # a report naming no act the promise names ("strengthen our collaboration to respond to disasters" /
    # "the Steering Committee has hosted two workshops to strengthen capacity to respond to extreme
    # precipitation events") fulfills it only on nearly the same words: shared words of a field are
    # no report of the promised act done
    # a promise to act with another country ("reestablishing dialogue with the DPRK") is fulfilled by
    # a report of it with that country, not by one of its parties' own dialogue
    elsewhere = a.counterparts - b.parties - b.organizations
    actless = not acts and not objects and ordinal < 1 and terms < model.get("report_actless_below", 0)
    if b.role == "report" and (not (a.date or "") < (b.date or "") or (a.ordinals and ordinal < 1) or other_act
                               or done_before or actless or elsewhere):
        return 0.0, evidence
    # same kind of act, different kinds, unknown; a program named by both (a ``synonyms`` class: "build
    # back better" / "through the PGII") is promised again by another of its acts ("develop a partnership
    # to build back better" / "mobilize up to USD 600 billion through the PGII"): no conflict
    act = 1 if acts else (-1 if a.acts and b.acts and not program_renewed(a, b) else 0)
    return (w["terms"] * terms + w["organizations"] * org_share + w["ordinal"] * ordinal
            + w.get("acts", 0) * act + w.get("object", 0) * bool(objects)
            + w.get("found", 0) * (b.source == "found")), evidence


def program_renewed(a, b):
    """Whether a later promise names a program (a ``synonyms`` class: B3W / PGII, "SSA") the earlier
    one names too, each in its own clause: a program is promised again by another of its acts over
    its life (developed, then funded, then expanded), so a different kind of act is no conflict
    between the two promises. Not a program named only around a promise ("the committee will hold
    its first meeting in 2022" in a sentence on Earth observation cooperation), and a report still
    needs the act promised."""
    return b.role == "promise" and bool(a.own_fields & b.own_fields)


NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w,])|(?<![\w.,])\d+(?![\w,]|\.\d)")


def _counts(text, model):
    """The counts a text gives ("at least 1,800 scholarships" → 1800), years and small numbers left out
    (``progress_min_count``)."""
    least = model.get("progress_min_count", 10)
    out = []
    for m in NUMBER.finditer(text or ""):
        n = int(m.group(0).replace(",", ""))
        if n >= least and not (len(m.group(0)) == 4 and 1900 <= n <= 2100):
            out.append(n)
    return out


def progress(a, b, model):
    """Whether a report tells progress toward a promised count, not the promise kept: it says so
    (``progress_pattern``: "have already provided", "so far", "to date") and gives a count below the
    largest the promise sets ("will provide at least 1,800 scholarships" / "Quad partners have already
    provided well over 1,300 fellowships"): the promise is updated, still open."""
    pattern = model.get("progress_pattern")
    if not pattern or not re.search(pattern, (b.text or "").lower()):
        return False
    promised = _counts(a.text, model)
    return bool(promised) and any(n < max(promised) for n in _counts(b.text, model))


def relation(a, b, model=None):
    if b.role == "report":
        return "updates" if model and progress(a, b, model) else "fulfills"
    if b.due and (not a.due or a.due[:4] != b.due[:4]):  # a date set, or moved to another year
        return "updates"
    if b.ordinals and not a.ordinals:  # the next step of a series: "a second pandemic preparedness exercise"
        return "updates"
    return "renews"


def _before(a, b):
    return a.doc_id != b.doc_id and ((a.date or ""), a.doc_id) < ((b.date or ""), b.doc_id)


def candidates(items, idf, df, model):
    """For each item, the earlier promises sharing one of its key terms (inverted index), and for a
    meeting counted by its ordinal the earlier standing promises to meet."""
    limit = max(model.get("max_df_share", 1.0) * len(items), model.get("min_df_limit", 1))
    index = defaultdict(list)
    for k, it in enumerate(items):
        if it.role == "promise":
            for t in it.terms:
                if df[t] <= limit:
                    index[t].append(k)
    standing = [k for k, it in enumerate(items) if standing_to_meet(it, model)]
    for k, it in enumerate(items):
        found = set()
        for t in it.terms:
            if df[t] <= limit:
                found.update(j for j in index[t] if _before(items[j], it))
        if counted_meeting(it, model):  # no word shared: a standing promise to meet (_standing_meeting)
            found.update(j for j in standing if _before(items[j], it))
        yield k, sorted(found)


def _kept(found, items, per_statement):
    """The indices of the best-scoring candidate (and those tying with it) of each of the
    ``per_statement`` best earlier statements."""
    best = {}
    for f in found:
        doc = items[f[1]].doc_id
        if doc not in best or (f[0], f[1]) > (best[doc][0], best[doc][1]):
            best[doc] = f
    ranked = sorted(best.values(), key=lambda f: (-f[0], -f[1]))
    docs = {items[f[1]].doc_id: f[0] for f in ranked[:per_statement]}
    return {f[1] for f in found if docs.get(items[f[1]].doc_id) == f[0]}  # ties of a statement's best: all


def pair_scorer(items, model):
    """A function (i, j) → the score of items i and j in either order (the earlier one a promise),
    or None when they cannot be linked at all (one statement, two reports, a report before its
    promise); cached. What the cohesion of a thread is measured with (:func:`cohesive`)."""
    idf, df = idf_table(items, model)
    floor = weight_floor(idf, model)
    limit = max(model.get("max_df_share", 1.0) * len(items), model.get("min_df_limit", 1))
    cache = {}

    def pair(i, j):
        a, b = (items[i], items[j]) if _before(items[i], items[j]) else (items[j], items[i])
        if a.doc_id == b.doc_id or a.role != "promise":
            return None
        key = (min(i, j), max(i, j))
        if key not in cache:
            cache[key] = score(a, b, idf, model, floor, df, limit)[0]
        return cache[key]
    return pair


def term_scorer(items, model):
    """A function (item a, item b) → their IDF-weighted term overlap (:func:`_overlap`), the weights of
    the whole corpus; what :func:`restated` compares two promises of one statement with."""
    idf, _ = idf_table(items, model)
    floor = weight_floor(idf, model)
    return lambda a, b: _overlap(a, b, idf, floor)


def _action_head(item, model, k):
    """The first ``k`` content stems of a promise's action ("develop a new partnership to build back
    better" → develop, partnership, build, back, better), or None when it has fewer."""
    head = content_stems(item.record.get("action") or item.text, model)[:k]
    return frozenset(head) if len(head) == k else None


def restated(a, b, overlap, model):
    """Whether two promises of one statement are the same promise told twice: a summary and the body
    section it heads ("We will develop a new partnership to build back better for the world, through a
    step change ..." at the top of a communiqué, "we will develop a partnership to build back better for
    the world with the aim of ..." in its infrastructure section). The same action head (its first
    ``restated_head`` content words) and ``restated_terms`` shared terms or more, with a term overlap of
    ``restated_min``; both may then sit in one thread, which one statement's two promises otherwise may
    not (``one_per_statement``). Two promises of one shape on two fields ("share satellite data on
    climate" / "... on disaster response") differ in their heads."""
    least = model.get("restated_min")
    if least is None or a.doc_id != b.doc_id or a.role != "promise" or b.role != "promise":
        return False
    if listed_field(a, b, model):
        return True
    k = model.get("restated_head", 5)
    head = _action_head(a, model, k)
    if head is None or head != _action_head(b, model, k):
        return False
    terms, shared = overlap(a, b)
    return terms >= least and len(shared) >= model.get("restated_terms", 1)


def listed_field(a, b, model):
    """Whether one of two promises of a statement lists fields of cooperation (``restated_fields``
    ``synonyms`` classes or more in its own clause) and the other names one of them: a summary list
    and the section of one of its fields ("renewed their strong determination to expand bilateral
    cooperation in a variety of areas including space security, ..., space situational awareness
    (SSA), ... and global navigation satellite systems" / "both sides committed to enhance cooperation
    on SSA and mission assurance"), one promise told twice. Two sections on one field ("AI" in two
    paragraphs of one communiqué) are not."""
    least = model.get("restated_fields")
    shared = a.own_fields & b.own_fields
    return bool(least and shared and max(len(a.own_fields), len(b.own_fields)) >= least)


def cohesive(left, right, pair, model):
    """Whether two groups of items may become one thread: at least ``min_cohesion`` of the pairs
    across them that can be compared score ``cohesion_score`` or more. One loose link between two
    threads ("deepen cooperation on critical technologies" / "convene a business forum") does not
    chain them when their other members have nothing in common (single-link chaining)."""
    least = model.get("min_cohesion")
    if not least:
        return True
    scores = [pair(i, j) for i in left for j in right]
    scores = [s for s in scores if s is not None]
    if not scores:
        return True
    return sum(s >= model.get("cohesion_score", 0) for s in scores) >= least * len(scores)


def link(items, model):
    """[(from index, to index, relation, score, evidence)] sorted by the later item's position.

    A later item links to its best earlier promise scoring at least its role's threshold and,
    besides, to every earlier promise scoring at least ``also`` (a promise renewed in two
    statements the same year, a report of what two summits promised)."""
    idf, df = idf_table(items, model)
    floor = weight_floor(idf, model)
    limit = max(model.get("max_df_share", 1.0) * len(items), model.get("min_df_limit", 1))
    also = model["thresholds"].get("also")
    links = []
    for k, cands in candidates(items, idf, df, model):
        b = items[k]
        found = []
        for j in cands:
            s, ev = score(items[j], b, idf, model, floor, df, limit)
            if s >= model["thresholds"][b.role]:
                found.append((round(s, 6), j, ev))
        if not found:
            continue
        keep = _kept(found, items, model.get("per_statement", {}).get(b.role, 1))
        for s, j, ev in sorted(found, key=lambda f: f[1]):
            if j in keep or (also is not None and s >= also):
                links.append((j, k, relation(items[j], b, model), round(s, 4), ev))
    return _next_events(links, items, model)


def _next_events(links, items, model):
    """The links left once a promise of a one-off event already reported held is no longer renewed:
    "will convene a business and investment forum" (2022), then a statement reporting "the inaugural
    ... Forum in Sydney" and promising to "convene a commercial space business forum in 2023": the
    second promise is of the next event, its own thread (``next_event_acts``: the kinds of act done
    once per promise; a standing promise, "meet annually", is left as it is)."""
    kinds = frozenset(model.get("next_event_acts") or ())
    if not kinds:
        return links
    done = defaultdict(set)  # promise index -> {(statement of the report, act kind)}
    for j, k, rel, _, ev in links:
        if rel == "fulfills":
            done[j] |= {(items[k].key[:2], act) for act in ev["acts"] if act in kinds}

    def renews_done(j, k):
        a, b = items[j], items[k]
        if b.role != "promise" or a.recurring or b.recurring:
            return False
        return any(act in b.acts and when <= b.key[:2] for when, act in done.get(j, ()))
    return [ln for ln in links if not renews_done(ln[0], ln[1])]

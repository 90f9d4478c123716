"""Answers stage (issue 13): who committed, to what, by when, on which space topic.

Runs on the paragraph records of one statement after the commitments stage (pure:
records in, keys added), and adds beside SCHEMA.md's keys:

- paragraphs: ``countries`` ([{code, name, text, start, end}], ``countries``),
  ``topics`` (ids of ``models/topics.json``) and ``space`` (``topics``; of boilerplate too, by
  its own words: a breadcrumb may end in the headline);
- dates: ``earliest``/``latest`` (ISO days) and ``mod`` BEFORE (``timing``);
- commitments: ``actor_names`` and ``actor_basis`` (``actors``), ``due`` and ``start``
  (``timing``), ``topics`` and ``space`` (``topics``).

The statement's parties (``parties``) are found by :func:`statement_parties`; the export
stage writes them to ``documents.jsonl``.
"""
import re

from .actors import resolve_actor, surface_map
from .countries import paragraph_countries
from .issuers import issuer, statement_issuer
from .parties import meeting_forum, party_record, statement_parties, title_mentions
from .timing import annotate_dates, commitment_timing
from .topic_model import neighbour_context
from .topic_model import statement_theme as theme_of
from .topics import classify, commitment_topics, inherit_statement_space, list_topics, mission_topics, paragraph_topics, with_bodies
from .topics import mixed_statement_space, rule_classify, statement_theme


_ADMINISTRATIVE = ("ministry", "department", "office", "council", "government", "legislature", "military")


def masked(raw, start, end, orgs):
    """``raw[start:end]`` with the names of administrative bodies blanked: "Ministry of
    Education" or "Directorate-General for Defence Industry and Space" name no topic."""
    chars = list(raw[start:end])
    for o in orgs:
        if o.get("kind") in _ADMINISTRATIVE and start <= o["start"] and o["end"] <= end:
            chars[o["start"] - start:o["end"] - start] = " " * (o["end"] - o["start"])
    return "".join(chars)


# where a sentence (or a clause of a list run into one paragraph) ends: ". ", "; ", "! ", "? ",
# not the period of an initial or a title ("U.S. Department", "Dr. Isa Pantami")
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\b(?:Dr|Mr|Ms|No|St))[.;!?](?=\s|$)")


def commitment_sentence(rec, c, raw):
    """(start, end) raw offsets of the sentence of paragraph ``rec`` that holds commitment
    ``c``: from the last sentence end before the commitment to the first at or after its end."""
    lo, hi = rec["start"], rec["end"]
    start = max([m.end() for m in _SENTENCE_END.finditer(raw, lo, c["start"])] + [lo])
    end = _SENTENCE_END.search(raw, max(c["end"] - 1, start), hi)
    return start, max(c["end"], end.end() if end else hi)


def rules_findings(records, raw):
    """(masked text, the rules' (topics, space)) of each paragraph record: its text with the
    bodies' names blanked (``masked``), classified by the rules once; the statement's theme
    (``rules_theme``) and the paragraph's own topics (``paragraph_topics``) both read it."""
    out = []
    for r in records:
        text = masked(raw, r["start"], r["end"], r.get("organizations", []))
        out.append((text, rule_classify(text, r["text"])))
    return out


def rules_theme(records, findings):
    """The statement's theme (``topic_model.statement_theme``) from the rules' topics
    (``findings`` of ``rules_findings``) of its content paragraphs (not boilerplate, not
    datelines)."""
    return theme_of([rules[0] for r, (_, rules) in zip(records, findings) if r["kind"] not in ("boilerplate", "meta")])


def paragraph_contexts(records, findings):
    """The ``topic_model.neighbour_context`` of each paragraph record: whether the content
    paragraphs (not boilerplate) before and after it name space by the rules (``findings``);
    () for boilerplate."""
    content = [i for i, r in enumerate(records) if r["kind"] != "boilerplate"]
    flags = [findings[i][1][1] for i in content]
    out = [()] * len(records)
    for n, i in enumerate(content):
        out[i] = neighbour_context(flags, n)
    return out


def answer_statement(records, raw, anchor, meta, title):
    """Add the answers keys to the paragraph records of one statement; returns its party ids."""
    parties, _ = statement_parties(records, raw, meta, title)
    issuer_id = statement_issuer(meta, records)
    surfaces = surface_map(records)
    named = title_mentions(records, raw, title)
    forum = meeting_forum(records, raw)
    findings = rules_findings(records, raw)
    theme = rules_theme(records, findings)
    context = paragraph_contexts(records, findings)
    for rec, (text, rules), near in zip(records, findings, context):
        orgs = rec.get("organizations", [])
        rec["topics"], rec["space"] = with_bodies(
            paragraph_topics(text, rec["kind"], rec["text"], theme, rules, near),
            orgs if rec["kind"] != "boilerplate" else [], rec["start"], rec["end"])
        if rec["kind"] == "boilerplate":
            rec["countries"] = []
            continue
        rec["countries"] = paragraph_countries(rec, raw)
        annotate_dates(rec, raw)
    inherit_statement_space(records)
    mission_topics(records)
    list_topics(records)
    for rec in records:
        if rec["kind"] == "boilerplate":
            continue
        orgs = rec.get("organizations", [])
        for c in rec.get("commitments", []):
            c["actor_names"], c["actor_basis"] = resolve_actor(c, rec, surfaces, parties, issuer_id, named, records)
            if forum and c["actor_names"] == [forum]:  # "the Board will review": the bodies meeting as it
                c["actor_names"], c["actor_basis"] = list(parties), "statement parties"
            c["due"], c["start_date"] = commitment_timing(c, rec, raw, anchor)
            c["topics"], c["space"] = with_bodies(
                commitment_topics(masked(raw, c["start"], c["end"], orgs), raw[c["start"]:c["end"]],
                                  (rec["topics"], rec["space"]), masked(raw, *commitment_sentence(rec, c, raw), orgs),
                                  theme),
                orgs, c["start"], c["end"])
    mixed_statement_space(records)
    statement_theme(records)
    return parties


__all__ = ["answer_statement", "statement_parties", "party_record", "classify", "issuer"]

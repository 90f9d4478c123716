"""Tag stage: organizations, dates and commitments in segmented statements.

``tag_document(nlp, seg)`` is the whole stage for one statement: it fixes
the statement's date (the sidecar's, else the text's), runs the spaCy
pipeline over the non-boilerplate paragraphs (whitespace folded, with a map
back to raw offsets), lets the document-level passes link acronyms and
resolve actors across paragraphs, and returns the paragraph records of
SCHEMA.md. Boilerplate paragraphs are kept with empty lists.

Command line (``pipeline/cli.py``): ``python -m pipeline tag --raw DIR --build DIR [--jobs N] [--model NAME]`` tags
every segmented statement in ``DIR/segments`` whose input changed.
"""
import datetime as dt

import numpy

from ..core import extensions  # noqa: F401
from .. import organizations, dates, commitments, answers
from ..commitments.reports import find_prospects, find_reports
from ..core.config import settings
from ..segment.language import model_language
from ..core.errors import SpanError
from ..core.textio import content_slice, fold, fold_with_map, raw_span

ENTITY_GROUPS = ("orgs", "dates", "commitments")
_EMPTY = numpy.zeros((0, 0), dtype="float32")


def anchor_date(seg):
    """The statement's own date: the sidecar's ``date``, else the text's, else None."""
    meta_date = (seg.get("meta") or {}).get("date")
    if meta_date:
        return dt.date.fromisoformat(str(meta_date))
    text = seg["text"]
    paras = [(p["kind"], fold(paragraph_content(text, p))) for p in seg["paragraphs"]]
    return dates.statement_date(paras)


def _chunks(folded, limit):
    """Split a very long folded text at spaces into pieces of at most ``limit`` chars."""
    pieces = []
    start = 0
    while len(folded) - start > limit:
        cut = folded.rfind(" ", start, start + limit)
        if cut <= start:
            cut = start + limit
        pieces.append((start, cut))
        start = cut + (1 if folded[cut:cut + 1] == " " else 0)
    pieces.append((start, len(folded)))
    return pieces


def nlp_batches(docs, max_docs, max_chars):
    """Consecutive runs of ``docs`` of at most ``max_docs`` Docs and ``max_chars`` characters
    (a longer Doc alone): the model's working memory follows a batch's length, not its count."""
    batch, chars = [], 0
    for doc in docs:
        size = len(doc.user_data.get("text") or doc.text)
        if batch and (len(batch) >= max_docs or chars + size > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(doc)
        chars += size
    if batch:
        yield batch


def _pipe(nlp, docs_in):
    """Every Doc through the spaCy pipeline, in bounded batches; each Doc's tensor (the
    token vectors, read by no later step) is dropped as soon as its batch is done."""
    conf = settings()
    out = []
    for batch in nlp_batches(docs_in, conf["nlp_batch_size"], conf["nlp_batch_chars"]):
        for doc in nlp.pipe(batch, batch_size=len(batch)):
            doc.tensor = _EMPTY
            out.append(doc)
    return out


def _check(raw, start, end, text, what):
    if fold(raw[start:end]) != fold(text):
        raise SpanError(f"{what} span {start}-{end} {text!r} does not slice back to its text "
                        f"(raw has {raw[start:end]!r})")


def _span_record(span, starts, raw, what):
    start, end = raw_span(starts, span.start_char, span.end_char)
    rec = {"text": span.text, "start": start, "end": end}
    _check(raw, start, end, span.text, what)
    return rec


def org_record(span, starts, raw):
    rec = _span_record(span, starts, raw, "organization")
    ext = span._  # one Underscore object for all the reads
    rec["names"] = list(ext.names or [])
    for key in ("acronym", "country", "kind"):
        value = getattr(ext, key)
        if value:
            rec[key] = value
    return rec


def date_record(span, starts, raw):
    rec = _span_record(span, starts, raw, "date")
    ext = span._
    rec["value"] = ext.value
    if ext.mod:
        rec["mod"] = ext.mod
    if ext.timex_type:
        rec["type"] = ext.timex_type
    return rec


def commitment_record(span, starts, raw):
    rec = _span_record(span, starts, raw, "commitment")
    ext = span._
    rec.update({
        "actor": ext.actor, "trigger": ext.trigger, "action": ext.action,
        "strength": ext.strength, "reaffirmed": bool(ext.reaffirmed),
        "dates": list(ext.dates or []), "organizations": list(ext.organizations or []),
    })
    return rec


def paragraph_content(raw, p):
    """A segmented paragraph's raw text, its page furniture blanked (offsets kept)."""
    return content_slice(raw, p["start"], p["end"], p.get("omitted", ()))


def report_record(found, starts, raw):
    """A ``reports`` record: a sentence reporting a past act (pipeline/commitments/reports.py)."""
    sent, trigger, values, names = found
    rec = _span_record(sent, starts, raw, "report")
    rec.update({"trigger": trigger, "dates": values, "organizations": names})
    return rec


def prospect_record(found, starts, raw):
    """A ``prospects`` record: a sentence looking ahead that is not a commitment (third parties, plans)."""
    sent, trigger, action, values, names = found
    rec = _span_record(sent, starts, raw, "prospect")
    rec.update({"trigger": trigger, "action": action, "dates": values, "organizations": names})
    return rec


def _furniture_crossings(rec, raw):
    """Spans of a paragraph that a page break cuts, its furniture between the halves: a name or
    a date cut so is dropped (no page footer inside a name); a sentence keeps its raw text, so
    that its offsets slice back to it."""
    def crosses(r):
        return any(s < r["end"] and r["start"] < e for s, e in rec["omitted"])
    for key in ("organizations", "dates"):
        rec[key] = [r for r in rec[key] if not crosses(r)]
    for key in ("commitments", "reports", "prospects"):
        for r in rec[key]:
            if crosses(r):
                r["text"] = fold(raw[r["start"]:r["end"]])


def tag_document(nlp, seg):
    """Paragraph records (SCHEMA.md) and the statement's date for one segmented statement."""
    raw = seg["text"]
    # the rules read the statement with its page furniture blanked (same offsets); a record's
    # text stays its raw slice (SCHEMA), and ``_furniture_crossings`` keeps every span slicing back
    omitted = [o for p in seg["paragraphs"] for o in p.get("omitted", ())]
    blanked = content_slice(raw, 0, len(raw), omitted) if omitted else raw
    anchor = anchor_date(seg)
    limit = settings()["max_nlp_chars"]
    model = model_language()
    context = {"doc_id": seg["doc_id"], "anchor": anchor, "parties": (seg.get("meta") or {}).get("parties") or [],
               "statement_text": blanked}   # the whole statement, for "named in full" (organizations.shortforms)
    records = []
    jobs = []  # (record, starts, offset into folded) per Doc
    docs_in = []
    for index, p in enumerate(seg["paragraphs"]):
        content = blanked[p["start"]:p["end"]]
        rec = {"doc_id": seg["doc_id"], "index": index, "kind": p["kind"], "start": p["start"], "end": p["end"],
               "text": fold(raw[p["start"]:p["end"]]), "organizations": [], "dates": [], "commitments": [], "reports": [],
               "prospects": []}
        if p.get("omitted"):
            rec["omitted"] = [list(o) for o in p["omitted"]]
        records.append(rec)
        if p["kind"] == "boilerplate":
            continue
        if p.get("language", model) != model:
            # kept with its kind and offsets; the rules read only the model's language
            rec["language"] = p["language"]
            continue
        folded, starts = fold_with_map(content, base=p["start"])
        for cs, ce in _chunks(folded, limit):
            doc = nlp.make_doc(folded[cs:ce])
            doc.user_data["text"] = folded[cs:ce]  # extensions.text_of: no rebuilding from tokens
            doc._.doc_id, doc._.anchor, doc._.index, doc._.kind = seg["doc_id"], anchor, index, p["kind"]
            doc._.context = context
            docs_in.append(doc)
            jobs.append((rec, starts[cs:ce]))
    docs = _pipe(nlp, docs_in)
    organizations.link_document(docs)
    organizations.link_short_forms(docs)
    commitments.resolve_document(docs)
    commitments.add_list_commitments(docs)
    for doc, (rec, starts) in zip(docs, jobs):
        rec["organizations"] += [org_record(s, starts, blanked) for s in doc.spans.get("orgs", [])]
        rec["dates"] += [date_record(s, starts, blanked) for s in doc.spans.get("dates", [])]
        rec["commitments"] += [commitment_record(s, starts, blanked) for s in doc.spans.get("commitments", [])]
        rec["reports"] += [report_record(f, starts, blanked) for f in find_reports(doc)]
        rec["prospects"] += [prospect_record(f, starts, blanked) for f in find_prospects(doc)]
    for rec in records:
        if rec.get("omitted"):
            _furniture_crossings(rec, raw)
        for key in ("organizations", "dates", "commitments", "reports", "prospects"):
            rec[key].sort(key=lambda r: (r["start"], r["end"], r["text"]))
    meta = seg.get("meta") or {}
    answers.answer_statement(records, raw, anchor, meta, meta.get("title") or seg.get("title"))
    return records, anchor

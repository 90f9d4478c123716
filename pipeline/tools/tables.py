"""Corpus tables for analysts (``python -m pipeline tables --out extracted``).

Writes three CSV files to ``OUT/tables/``, one row per mention, from the
extraction (SCHEMA.md); boilerplate paragraphs contribute nothing:

- ``organizations.csv``: doc_id, paragraph, start, end, text, names
  (canonical names joined with `` | ``), acronym, country, kind; sorted by
  doc_id, start, end.
- ``dates.csv``, a timeline: doc_id, doc_date, value, mod, text, start, end,
  paragraph, earliest, latest (ISO days: sortable bounds of the value); sorted by value (empty values last), doc_id, start, end.
- ``commitments.csv``: doc_id, doc_date, start, end, actor, trigger, action,
  strength, reaffirmed, dates, organizations (lists joined with `` | ``),
  paragraph, text, and the answers (issue 13): actor_names, actor_basis, parties
  (the statement's party ids), due, start_date, topics, space; sorted by doc_id, start, end.
- ``documents.csv``: doc_id, date, title, parties (names), party_ids, origin, language,
  n_paragraphs, organizations, dates, commitments (the counts); sorted by doc_id.

Organizations rows also carry doc_date, the statement's date.

Sorting is stable and total, so the same extraction gives byte-identical
files (UTF-8, LF line endings, written atomically).

    import pandas as pd
    dates = pd.read_csv("extracted/tables/dates.csv", keep_default_na=False)
"""
import argparse
import sys
from pathlib import Path

import pandas as pd

from .review import load_folder
from ..core.locks import existing_folder_lock
from ..core.textio import write_atomic

SEP = " | "

COLUMNS = {
    "organizations": ["doc_id", "paragraph", "start", "end", "text", "names", "acronym", "country", "kind",
                      "doc_date"],
    "dates": ["doc_id", "doc_date", "value", "mod", "text", "start", "end", "paragraph", "earliest", "latest"],
    "commitments": ["doc_id", "doc_date", "start", "end", "actor", "trigger", "action", "strength",
                    "reaffirmed", "dates", "organizations", "paragraph", "text",
                    "actor_names", "actor_basis", "parties", "due", "start_date", "topics", "space"],
    "documents": ["doc_id", "date", "title", "parties", "party_ids", "origin", "language", "n_paragraphs",
                  "organizations", "dates", "commitments"],
}
SORT = {
    "organizations": ["doc_id", "start", "end", "text"],
    "dates": ["value", "doc_id", "start", "end"],
    "commitments": ["doc_id", "start", "end"],
    "documents": ["doc_id"],
}


def _joined(values):
    return SEP.join(str(v) for v in values or [])


def rows(documents, paragraphs):
    """``{table name: [row dicts]}`` for document records and
    ``{doc_id: [paragraph records]}``; boilerplate paragraphs are skipped."""
    out = {name: [] for name in COLUMNS}
    for doc in documents:
        doc_id, doc_date = doc["doc_id"], doc.get("date")
        counts = doc.get("counts") or {}
        out["documents"].append({
            "doc_id": doc_id, "date": doc_date, "title": doc.get("title"), "parties": _joined(doc.get("parties")),
            "party_ids": _joined(doc.get("party_ids")), "origin": doc.get("origin"), "language": doc.get("language"),
            "n_paragraphs": doc.get("n_paragraphs"), **{k: counts.get(k) for k in ("organizations", "dates", "commitments")}})
        for p in paragraphs.get(doc_id, []):
            if p.get("kind") == "boilerplate":
                continue
            where = {"doc_id": doc_id, "paragraph": p.get("index")}
            for e in p.get("organizations") or []:
                out["organizations"].append({
                    **where, "start": e["start"], "end": e["end"], "text": e.get("text"),
                    "names": _joined(e.get("names")), "acronym": e.get("acronym"),
                    "country": e.get("country"), "kind": e.get("kind") or e.get("type"), "doc_date": doc_date})
            for e in p.get("dates") or []:
                out["dates"].append({
                    **where, "doc_date": doc_date, "value": e.get("value"), "mod": e.get("mod"),
                    "text": e.get("text"), "start": e["start"], "end": e["end"],
                    "earliest": e.get("earliest"), "latest": e.get("latest")})
            for c in p.get("commitments") or []:
                out["commitments"].append({
                    **where, "doc_date": doc_date, "start": c["start"], "end": c["end"],
                    "actor": c.get("actor"), "trigger": c.get("trigger"), "action": c.get("action"),
                    "strength": c.get("strength"), "reaffirmed": bool(c.get("reaffirmed")),
                    "dates": _joined(c.get("dates")), "organizations": _joined(c.get("organizations")),
                    "text": c.get("text"), "actor_names": _joined(c.get("actor_names")),
                    "actor_basis": c.get("actor_basis"), "parties": _joined(doc.get("party_ids")),
                    "due": c.get("due"), "start_date": c.get("start_date"), "topics": _joined(c.get("topics")),
                    "space": c.get("space")})
    return out


def frame(name, records):
    """One table as a DataFrame with its columns in order, sorted."""
    df = pd.DataFrame.from_records(records, columns=COLUMNS[name])
    for col in ("start", "end", "paragraph", "n_paragraphs", "organizations", "dates", "commitments"):
        if col in df and not (name == "commitments" and col in ("dates", "organizations")):
            df[col] = df[col].astype("Int64")
    if name == "commitments":
        df["reaffirmed"] = df["reaffirmed"].astype("boolean")
        df["space"] = df["space"].astype("boolean")
    keys = SORT[name] + [c for c in COLUMNS[name] if c not in SORT[name]]   # a total order
    df = df.sort_values(keys, kind="mergesort", na_position="last", ignore_index=True)
    return df


def to_csv(df):
    """CSV text: UTF-8, LF line endings, empty cells for missing values."""
    return df.to_csv(index=False, lineterminator="\n", na_rep="")


def build(documents, paragraphs):
    """``{table name: DataFrame}``."""
    return {name: frame(name, recs) for name, recs in rows(documents, paragraphs).items()}


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m pipeline tables",
                                 description="Write OUT/tables/{organizations,dates,commitments,documents}.csv, "
                                             "one row per mention (boilerplate excluded).")
    ap.add_argument("--out", default="extracted", help="extraction folder (default: extracted)")
    ap.add_argument("--dest", default=None, help="where to write the tables (default: OUT/tables)")
    args = ap.parse_args(argv)
    dest = Path(args.dest) if args.dest else Path(args.out) / "tables"
    with existing_folder_lock(args.out):  # not while a run writes the folder
        documents, paragraphs = load_folder(args.out)
        for name, df in build(documents, paragraphs).items():
            path = dest / f"{name}.csv"
            changed = write_atomic(path, to_csv(df))
            print(f"{path}: {len(df)} rows{'' if changed else ' (unchanged)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

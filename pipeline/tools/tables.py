"""Corpus tables for analysts (``python -m pipeline tables --out extracted``).

Writes three CSV files to ``OUT/tables/``, one row per mention, from the
extraction (SCHEMA.md); boilerplate paragraphs contribute nothing:

- ``organizations.csv``: doc_id, paragraph, start, end, text, names
  (canonical names joined with `` | ``), acronym, country, kind; sorted by
  doc_id, start, end.
- ``dates.csv``, a timeline: doc_id, doc_date, value, mod, text, start, end,
  paragraph; sorted by value (empty values last), doc_id, start, end.
- ``commitments.csv``: doc_id, doc_date, start, end, actor, trigger, action,
  strength, reaffirmed, dates, organizations (lists joined with `` | ``),
  paragraph, text; sorted by doc_id, start, end.

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
from ..core.textio import write_atomic

SEP = " | "

COLUMNS = {
    "organizations": ["doc_id", "paragraph", "start", "end", "text", "names", "acronym", "country", "kind"],
    "dates": ["doc_id", "doc_date", "value", "mod", "text", "start", "end", "paragraph"],
    "commitments": ["doc_id", "doc_date", "start", "end", "actor", "trigger", "action", "strength",
                    "reaffirmed", "dates", "organizations", "paragraph", "text"],
}
SORT = {
    "organizations": ["doc_id", "start", "end", "text"],
    "dates": ["value", "doc_id", "start", "end"],
    "commitments": ["doc_id", "start", "end"],
}


def _joined(values):
    return SEP.join(str(v) for v in values or [])


def rows(documents, paragraphs):
    """``{table name: [row dicts]}`` for document records and
    ``{doc_id: [paragraph records]}``; boilerplate paragraphs are skipped."""
    out = {name: [] for name in COLUMNS}
    for doc in documents:
        doc_id, doc_date = doc["doc_id"], doc.get("date")
        for p in paragraphs.get(doc_id, []):
            if p.get("kind") == "boilerplate":
                continue
            where = {"doc_id": doc_id, "paragraph": p.get("index")}
            for e in p.get("organizations") or []:
                out["organizations"].append({
                    **where, "start": e["start"], "end": e["end"], "text": e.get("text"),
                    "names": _joined(e.get("names")), "acronym": e.get("acronym"),
                    "country": e.get("country"), "kind": e.get("kind") or e.get("type")})
            for e in p.get("dates") or []:
                out["dates"].append({
                    **where, "doc_date": doc_date, "value": e.get("value"), "mod": e.get("mod"),
                    "text": e.get("text"), "start": e["start"], "end": e["end"]})
            for c in p.get("commitments") or []:
                out["commitments"].append({
                    **where, "doc_date": doc_date, "start": c["start"], "end": c["end"],
                    "actor": c.get("actor"), "trigger": c.get("trigger"), "action": c.get("action"),
                    "strength": c.get("strength"), "reaffirmed": bool(c.get("reaffirmed")),
                    "dates": _joined(c.get("dates")), "organizations": _joined(c.get("organizations")),
                    "text": c.get("text")})
    return out


def frame(name, records):
    """One table as a DataFrame with its columns in order, sorted."""
    df = pd.DataFrame.from_records(records, columns=COLUMNS[name])
    for col in ("start", "end", "paragraph"):
        df[col] = df[col].astype("Int64")
    if name == "commitments":
        df["reaffirmed"] = df["reaffirmed"].astype("boolean")
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
                                 description="Write OUT/tables/{organizations,dates,commitments}.csv, "
                                             "one row per mention (boilerplate excluded).")
    ap.add_argument("--out", default="extracted", help="extraction folder (default: extracted)")
    ap.add_argument("--dest", default=None, help="where to write the tables (default: OUT/tables)")
    args = ap.parse_args(argv)
    dest = Path(args.dest) if args.dest else Path(args.out) / "tables"
    documents, paragraphs = load_folder(args.out)
    for name, df in build(documents, paragraphs).items():
        path = dest / f"{name}.csv"
        changed = write_atomic(path, to_csv(df))
        print(f"{path}: {len(df)} rows{'' if changed else ' (unchanged)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

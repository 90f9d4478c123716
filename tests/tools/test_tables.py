"""Corpus tables (pipeline/tools/tables.py): one row per mention, sorted, stable."""
import io
import json

import pandas as pd

from pipeline.tools import tables


def org(start, text, *names, **extra):
    return {"start": start, "end": start + len(text), "text": text, "names": list(names), **extra}


def date(start, text, value, **extra):
    return {"start": start, "end": start + len(text), "text": text, "value": value, **extra}


def para(doc_id, index, start, end, kind="body", orgs=(), dates=(), commitments=()):
    return {"doc_id": doc_id, "index": index, "kind": kind, "start": start, "end": end, "text": "...",
            "organizations": list(orgs), "dates": list(dates), "commitments": list(commitments)}


COMMIT = {"start": 120, "end": 180, "text": "NASA, ESA will fly in 2024, \"together\"", "actor": "NASA, ESA",
          "trigger": "will", "action": "fly in 2024", "strength": "firm", "reaffirmed": False,
          "dates": ["2024", "2025"], "organizations": ["National Aeronautics and Space Administration",
                                                       "European Space Agency"]}

DOCS = [
    {"doc_id": "b", "date": "2020-01-02", "title": "B", "n_paragraphs": 3},
    {"doc_id": "a", "date": "2019-05-06", "title": "A", "n_paragraphs": 2},
]
PARAS = {
    "b": [para("b", 0, 0, 50, "title", orgs=[org(10, "JAXA", "Japan Aerospace Exploration Agency",
                                                 acronym="JAXA", country="JP", kind="agency")]),
          para("b", 1, 100, 200, orgs=[org(150, "ESA", "European Space Agency"),
                                       org(120, "Departments of State, Defense",
                                           "Department of State", "Department of Defense")],
               dates=[date(170, "2024", "2024"), date(130, "spring 2015", "2015-SP", mod="START")],
               commitments=[COMMIT]),
          para("b", 2, 300, 400, "boilerplate",
               orgs=[org(310, "White House", "White House")], dates=[date(320, "1999", "1999")])],
    "a": [para("a", 0, 0, 90, orgs=[org(5, "NASA", "National Aeronautics and Space Administration"),
                                    org(40, "NASA", "National Aeronautics and Space Administration")],
               dates=[date(20, "2024", "2024"), date(60, "sometime", None)])],
}


def csvs(documents=DOCS, paragraphs=PARAS):
    return {name: tables.to_csv(df) for name, df in tables.build(documents, paragraphs).items()}


def read(text):
    return pd.read_csv(io.StringIO(text), keep_default_na=False, dtype=str)


def test_one_row_per_mention_boilerplate_excluded():
    out = csvs()
    orgs, dates, cmts = read(out["organizations"]), read(out["dates"]), read(out["commitments"])
    assert len(orgs) == 5 and len(dates) == 4 and len(cmts) == 1
    assert "White House" not in out["organizations"] and "1999" not in out["dates"]


def test_columns_and_values():
    out = csvs()
    orgs = read(out["organizations"])
    assert list(orgs.columns) == tables.COLUMNS["organizations"]
    row = orgs[orgs.text == "Departments of State, Defense"].iloc[0]
    assert row.names == "Department of State | Department of Defense"
    assert (row.doc_id, row.paragraph, row.start, row.end) == ("b", "1", "120", "149")
    jaxa = orgs[orgs.text == "JAXA"].iloc[0]
    assert (jaxa.acronym, jaxa.country, jaxa.kind) == ("JAXA", "JP", "agency")
    c = read(out["commitments"]).iloc[0]
    assert (c.doc_date, c.actor, c.strength, c.reaffirmed) == ("2020-01-02", "NASA, ESA", "firm", "False")
    assert c.dates == "2024 | 2025"
    assert c.organizations == "National Aeronautics and Space Administration | European Space Agency"
    assert c.text == COMMIT["text"]      # commas and quotes survive the CSV round trip
    dates = read(out["dates"])
    assert list(dates.columns) == tables.COLUMNS["dates"]
    assert dates[dates.value == "2015-SP"].iloc[0]["mod"] == "START"


def test_sorted_timeline_and_mentions():
    out = csvs()
    dates = read(out["dates"])
    assert list(zip(dates.value, dates.doc_id, dates.start)) == [
        ("2015-SP", "b", "130"), ("2024", "a", "20"), ("2024", "b", "170"), ("", "a", "60")]
    orgs = read(out["organizations"])
    assert list(zip(orgs.doc_id, orgs.start)) == [("a", "5"), ("a", "40"), ("b", "10"), ("b", "120"),
                                                   ("b", "150")]


def test_stable_bytes_whatever_the_input_order():
    first = csvs()
    shuffled = {k: [dict(p, organizations=list(reversed(p["organizations"]))) for p in reversed(v)]
                for k, v in reversed(list(PARAS.items()))}
    assert csvs(list(reversed(DOCS)), shuffled) == first
    for text in first.values():
        assert text.endswith("\n") and "\r" not in text


def test_empty_corpus_gives_headers():
    out = csvs([], {})
    assert out["commitments"] == ",".join(tables.COLUMNS["commitments"]) + "\n"


def test_main_writes_files_atomically(tmp_path, capsys):
    out = tmp_path / "extracted"
    (out / "paragraphs").mkdir(parents=True)
    (out / "documents.jsonl").write_text("".join(json.dumps(d, sort_keys=True) + "\n" for d in DOCS))
    for doc_id, paras in PARAS.items():
        (out / "paragraphs" / f"{doc_id}.jsonl").write_text(
            "".join(json.dumps(p, sort_keys=True, ensure_ascii=False) + "\n" for p in paras))
    assert tables.main(["--out", str(out)]) == 0
    written = {p.name: p.read_bytes() for p in (out / "tables").iterdir()}
    assert sorted(written) == ["commitments.csv", "dates.csv", "documents.csv", "organizations.csv"]
    assert written["dates.csv"].decode("utf-8") == csvs()["dates"]
    assert "organizations.csv: 5 rows" in capsys.readouterr().out
    assert tables.main(["--out", str(out)]) == 0
    assert "(unchanged)" in capsys.readouterr().out
    assert {p.name: p.read_bytes() for p in (out / "tables").iterdir()} == written

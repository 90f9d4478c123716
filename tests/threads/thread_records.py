"""Hand-made extraction folders for the threads tests (no spaCy: the stage reads extracted/ only)."""
import json


def write_records(out, docs):
    """docs: [(doc_id, date, [(text, list key, extra record fields)])]: one paragraph per record."""
    (out / "paragraphs").mkdir(parents=True, exist_ok=True)
    lines = []
    for doc_id, date, recs in docs:
        paras, pos = [], 0
        for i, (text, key, extra) in enumerate(recs):
            rec = {"text": text, "start": pos, "end": pos + len(text), "dates": [], "organizations": [], **extra}
            paras.append({"doc_id": doc_id, "index": i, "kind": "body", "start": pos, "end": pos + len(text),
                          "text": text, "organizations": [], "dates": [], "commitments": [], "prospects": [],
                          "reports": [], key: [rec]})
            pos += len(text) + 2
        (out / "paragraphs" / f"{doc_id}.jsonl").write_text("".join(json.dumps(p) + "\n" for p in paras))
        lines.append(json.dumps({"doc_id": doc_id, "date": date, "parties": ["Australia", "India", "Japan", "United States"]}))
    (out / "documents.jsonl").write_text("".join(sorted(ln + "\n" for ln in lines)))

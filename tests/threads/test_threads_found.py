"""Reports of the threads stage that the tag stage's records do not give as they are (issue 15):
series sentences of hard-wrapped (folded) paragraphs, an event launched read as an event held."""
import hashlib
import json

from pipeline.core.textio import fold
from pipeline.threads import run_threads
from pipeline.threads.found import folded_starts, found_reports
from pipeline.threads.items import Item, acts_of, fields_of, load_model, raw_text, terms_of
from pipeline.threads.link import score

# A fact sheet's paragraph hard-wrapped at 70 columns and indented: its folded text is shorter
# than its raw span, so offsets into the text are not raw offsets.
RAW = ("Quad Fellowship\n\n"
       "-   Together with the Institute of International Education, which leads\n"
       "    implementation of the Quad Fellowship, Quad governments welcome the\n"
       "    second cohort of Quad Fellows and the expansion of the program to\n"
       "    include Southeast Asian students. The program is funded by partners.\n")


def _folded_para(raw):
    start = raw.index("Together")
    end = raw.rindex(".") + 1
    return {"index": 1, "kind": "body", "start": start, "end": end, "text": fold(raw[start:end]),
            "commitments": [], "prospects": [], "reports": [], "dates": [], "organizations": []}


def test_a_series_sentence_of_a_hard_wrapped_paragraph_gets_raw_offsets_from_the_raw_text():
    model = load_model()
    para = _folded_para(RAW)
    found = found_reports(para, model, RAW)
    assert len(found) == 1
    rec = found[0]
    assert rec["text"].startswith("Together with the Institute") and rec["text"].endswith("Southeast Asian students.")
    assert fold(RAW[rec["start"]:rec["end"]]) == rec["text"]  # raw offsets: the slice folds to the text


def test_a_folded_paragraph_without_its_raw_text_gives_no_found_report():
    model = load_model()
    para = _folded_para(RAW)
    assert found_reports(para, model) == []
    assert folded_starts(para, RAW.replace("second", "third ")) is False  # not the text the extraction read


def test_the_raw_text_is_read_only_when_it_is_the_text_extracted(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(RAW, encoding="utf-8")
    sha = hashlib.sha256(RAW.encode("utf-8")).hexdigest()
    assert raw_text({"source": str(path), "sha256": sha}) == RAW
    assert raw_text({"source": str(path), "sha256": "0" * 64}) is None
    assert raw_text({"source": str(tmp_path / "missing.txt"), "sha256": sha}) is None


# "launched the inaugural ... Forum": an event of a series started is an event held, and fulfills
# "will convene a business and investment forum"; launching a programme is no meeting.
def test_a_launched_inaugural_forum_is_a_meeting_held():
    model = load_model()
    sentence = ("The Quad successfully launched the inaugural [LINK: Quad Technology Business and Investment Forum "
                "Outcomes (amazonaws.com)] Quad Technology Business and Investment Forum in Sydney, Australia in "
                "December 2022.")
    rec = {"text": "The Quad successfully launched the inaugural [LINK: Quad Technology Business and", "trigger": "launch"}
    assert acts_of("report", rec, model, sentence) == {"create", "meet"}
    programme = {"text": "The Quad launched the Quad Fellowship programme for graduate students.", "trigger": "launch"}
    assert acts_of("report", programme, model) == {"create"}


def _extraction(out, docs):
    """docs: [(doc_id, date, [(list name, record)])]: one paragraph per record, offsets of its text."""
    (out / "paragraphs").mkdir(parents=True, exist_ok=True)
    for doc_id, date, recs in docs:
        paras, pos = [], 0
        for i, (kind, rec) in enumerate(recs):
            text = rec["text"]
            rec = {"start": pos, "end": pos + len(text), "dates": [], "organizations": [], **rec}
            para = {"doc_id": doc_id, "index": i, "kind": "body", "start": pos, "end": pos + len(text), "text": text,
                    "organizations": [], "dates": [], "commitments": [], "prospects": [], "reports": []}
            para[kind] = [rec]
            paras.append(json.dumps(para))
            pos += len(text) + 2
        (out / "paragraphs" / f"{doc_id}.jsonl").write_text("".join(p + "\n" for p in paras))
    (out / "documents.jsonl").write_text("".join(json.dumps({"doc_id": d, "date": t, "parties": ["Quad"]}) + "\n"
                                                 for d, t, _ in docs))


# A one-off event promised, reported held, then promised again: the second promise is of the next
# event ("the next one in fall 2023"), its own thread, not a renewal of the fulfilled one.
def test_a_forum_promised_again_after_it_was_reported_held_is_the_next_forum(tmp_path):
    first = "We will convene a business and investment forum for networking with industry partners on critical technologies."
    held = "The Quad successfully launched the inaugural Quad Technology Business and Investment Forum in Sydney in December 2022."
    again = "The Quad will convene a business and investment forum with industry partners on critical technologies in 2023."
    other = "The partners will expand cooperation on lunar surface science and Earth observation data."
    _extraction(tmp_path, [
        ("a-2022", "2022-05-24", [("commitments", {"text": first, "action": first[8:], "actor": "We"})]),
        ("b-2023", "2023-05-20", [("reports", {"text": held, "trigger": "launch"}),
                                  ("commitments", {"text": again, "action": again[13:], "actor": "The Quad",
                                                   "dates": ["2023"]})]),
        ("z-2025", "2025-03-01", [("commitments", {"text": other, "action": other[17:], "actor": "The partners"})])])
    threads = run_threads(tmp_path)[0]
    by_first = {t["members"][0]["text"]: t for t in threads}
    assert by_first[first]["status"] == "fulfilled"
    assert [m["role"] for m in by_first[first]["members"]] == ["promise", "report"]
    assert by_first[again]["status"] == "overdue" and len(by_first[again]["members"]) == 1


# A paraphrase of one named field between the same partners: "cooperation in space situational
# awareness, including ..." / "cooperation on SSA": few words shared, but the same field by either
# form (synonyms) and the same parties.
def test_the_same_field_named_by_its_abbreviation_links_the_same_partners_at_a_lower_overlap():
    model = load_model()
    first = ("both sides shared the intention to continue cooperation in space situational awareness, including "
             "the exchange of information on space objects, and to explore the training of operators")
    later = "Both sides committed to enhance cooperation on SSA to protect their satellites"

    def item(text, doc, date, parties):
        return Item(role="promise", source="commitment", doc_id=doc, date=date, paragraph=0, start=0, end=len(text),
                    text=text, record={}, terms=terms_of(text, model), fields=fields_of(text, model),
                    organizations=frozenset(parties), parties=frozenset(parties))
    a, b = item(first, "a", "2017-07-13", {"Japan", "United States"}), item(later, "b", "2018-09-25", {"Japan", "United States"})
    idf = {t: 3.0 for t in a.terms | b.terms} | {"ssa": 1.0, "situational": 1.0, "awarenes": 1.0, "spac": 0.2}
    assert a.fields == b.fields != frozenset()
    s, ev = score(a, b, idf, model, floor=4.0)
    assert model["min_term_score_same_field"] <= ev["terms"] < model["min_term_score"] and s >= model["thresholds"]["promise"]
    stranger = item(later, "b", "2018-09-25", {"India", "Australia"})
    assert score(a, stranger, idf, model, floor=4.0)[0] == 0.0


def test_a_programme_launched_at_a_summit_is_no_meeting_held():
    model = load_model()
    rec = {"text": "Launched at the Tokyo Summit on May 24, 2022, IPMDA is now bringing cutting-edge satellite-based "
                   "radio frequency (RF) data to partners around the region", "trigger": "launch"}
    assert acts_of("report", rec, model) == {"create"}


def test_the_raw_text_is_found_from_the_extraction_folder_when_the_run_was_elsewhere(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text(RAW, encoding="utf-8")
    sha = hashlib.sha256(RAW.encode("utf-8")).hexdigest()
    assert raw_text({"source": "raw/a.txt", "sha256": sha}, tmp_path / "extracted") == RAW

"""Matching rules of the threads stage (issue 15), each on a real sentence shape."""
import json

from pipeline.threads import run_threads
from pipeline.threads.found import found_reports
from pipeline.threads.items import act_objects, load_model, ordinals_of, period_due, reported_promise
from pipeline.threads.link import cohesive, other_parties


def _para(text, start=0, **lists):
    return {"index": 0, "kind": "body", "start": start, "end": start + len(text), "text": text,
            "commitments": lists.get("commitments", []), "prospects": [], "reports": lists.get("reports", []),
            "dates": [], "organizations": []}


# Durations are no dates for the date stage; a promise "over the next five years" is still due then.
def test_a_period_counted_from_the_statement_date_gives_the_due_date():
    model = load_model()
    text = "invest at least $80 billion into the private sector in Africa over the next five years"
    assert period_due(text, "2021-06-13", model) == "2026-06-13"
    assert period_due("layer new technology and data into IPMDA over the coming year", "2024-09-21", model) == "2025-09-21"


def test_a_vague_period_gives_no_due_date():
    model = load_model()
    assert period_due("More countries are expected to sign the accords in the coming months", "2024-01-24", model) is None


# The same act on the same thing: a signing report need not repeat the words of the promise.
def test_the_object_of_an_act_is_read_after_the_verb_and_before_a_passive_one():
    model = load_model()
    assert "accord" in act_objects("report", {"text": "Uruguay became the 36th country to sign the Artemis Accords."},
                                   model)["join"]
    held = act_objects("report", {"text": "the Second International Space Exploration Forum was hosted by Japan"}, model)
    assert "forum" in held["meet"]


def test_a_signing_reported_in_other_words_fulfills_the_promise_of_more_signatures(tmp_path):
    promise = "More countries are expected to sign the accords in the months and years ahead."
    report = "During a ceremony at NASA Headquarters in Washington Thursday, Uruguay became the 36th country to sign the Artemis Accords."
    other = "The partners will expand cooperation on lunar surface science and Earth observation data."
    docs = [("a-2024", "2024-01-24", [(promise, "prospects", {"trigger": "will", "action": "sign the accords in the months and years ahead"})]),
            ("b-2024", "2024-02-15", [(report, "reports", {"trigger": "sign"})]),
            ("z-2025", "2025-03-01", [(other, "prospects", {"trigger": "will"})])]
    (tmp_path / "paragraphs").mkdir()
    for doc_id, date, recs in docs:
        lines = []
        for i, (text, kind, extra) in enumerate(recs):
            rec = {"text": text, "start": 0, "end": len(text), "dates": [], "organizations": [], **extra}
            para = _para(text)
            para.update({"doc_id": doc_id, "index": i, kind: [rec]})
            lines.append(json.dumps(para))
        (tmp_path / "paragraphs" / f"{doc_id}.jsonl").write_text("".join(ln + "\n" for ln in lines))
    (tmp_path / "documents.jsonl").write_text("".join(json.dumps({"doc_id": d, "date": t, "parties": [
        "National Aeronautics and Space Administration"]}) + "\n" for d, t, _ in docs))
    thread = next(t for t in run_threads(tmp_path)[0] if t["members"][0]["doc_id"] == "a-2024")
    assert thread["status"] == "fulfilled" and thread["links"][0]["evidence"]["objects"] == ["accord"]


# Reports without a past-tense verb: a series event held now, a new cohort welcomed.
def test_a_meeting_of_a_series_held_today_is_found_as_a_report():
    model = load_model()
    text = ("Just over one year ago, Leaders met for the first time. Today in Tokyo, we convene for our fourth meeting, "
            "and our second in person, to demonstrate that the Quad is a force for good.")
    found = found_reports(_para(text, start=100), model)
    assert [f["text"][:41] for f in found] == ["Today in Tokyo, we convene for our fourth"]
    assert found[0]["trigger"] == "convene" and text[found[0]["start"] - 100:].startswith("Today in Tokyo")


def test_a_series_event_still_to_come_or_already_extracted_is_not_found():
    model = load_model()
    ahead = _para("Australia is increasing the pool of specialists, with the first training session to commence in Darwin.")
    assert found_reports(ahead, model) == []
    text = "Uruguay became the 36th country to sign the Artemis Accords."
    done = _para(text, reports=[{"text": text, "start": 0, "end": len(text), "trigger": "sign"}])
    assert found_reports(done, model) == []


def test_an_ordinal_reaches_its_series_noun_over_a_few_words():
    model = load_model()
    text = "through the second pandemic preparedness table top exercise"
    assert (2, "exercise") in ordinals_of(text, model)


# "welcomed X's commitment not to ...": a promise restated, not an act done.
def test_a_report_of_a_welcomed_commitment_is_a_promise():
    model = load_model()
    rec = {"trigger": "welcome", "text": "the Vice President welcomed President Yoon's commitment not to conduct "
                                         "destructive, direct-ascent anti-satellite missile testing"}
    assert reported_promise(rec, model)
    assert not reported_promise({"trigger": "sign", "text": "Slovenia signed the Artemis Accords"}, model)


# Renewals are made by the same parties: U.S.-Italy and U.S.-Sweden are two partnerships.
def test_two_bilateral_partnerships_are_other_parties_and_a_quad_member_pair_is_not():
    class It:
        def __init__(self, *parties):
            self.parties = frozenset(parties)
    assert other_parties(It("United States", "Italy"), It("United States", "Sweden"))
    assert not other_parties(It("United States", "India"), It("United States", "India", "Japan", "Australia"))
    assert not other_parties(It("National Aeronautics and Space Administration"), It("United States", "Peru"))


# Single-link chaining: two threads joined by one loose link while nothing else of them matches.
def test_two_groups_join_only_when_enough_of_their_pairs_match():
    model = {"min_cohesion": 0.6, "cohesion_score": 0.3}
    scores = {(0, 2): 0.8, (0, 3): 0.0, (1, 2): 0.0, (1, 3): 0.1}
    pair = lambda i, j: scores.get((min(i, j), max(i, j)))  # noqa: E731
    assert not cohesive([0, 1], [2, 3], pair, model)
    scores.update({(0, 3): 0.5, (1, 2): 0.4})
    assert cohesive([0, 1], [2, 3], pair, model)



def test_a_signing_of_another_partnership_still_fulfills_the_open_promise_of_more_signatures(tmp_path):
    """The promise's page is Belgium's and NASA's, the report's Uruguay's and NASA's: two
    partnerships, though the same act on the same thing (signing the accords) is one series."""
    promise = "More countries are expected to sign the accords in the months and years ahead."
    report = "During a ceremony at NASA Headquarters in Washington Thursday, Uruguay became the 36th country to sign the Artemis Accords."
    docs = [("a-2024", "2024-01-24", ["Belgium", "National Aeronautics and Space Administration"],
             (promise, "prospects", {"trigger": "will", "action": "sign the accords in the months and years ahead"})),
            ("b-2024", "2024-02-15", ["Uruguay", "National Aeronautics and Space Administration"],
             (report, "reports", {"trigger": "sign"})),
            ("z-2025", "2025-03-01", ["Japan", "United States"],
             ("The partners will expand cooperation on lunar surface science and Earth observation data.", "prospects",
              {"trigger": "will"}))]
    (tmp_path / "paragraphs").mkdir()
    for doc_id, date, parties, (text, kind, extra) in docs:
        para = _para(text)
        para.update({"doc_id": doc_id, "index": 0, kind: [{"text": text, "start": 0, "end": len(text), "dates": [],
                                                           "organizations": [], **extra}]})
        (tmp_path / "paragraphs" / f"{doc_id}.jsonl").write_text(json.dumps(para) + "\n")
    (tmp_path / "documents.jsonl").write_text("".join(json.dumps({"doc_id": d, "date": t, "parties": p}) + "\n"
                                                      for d, t, p, _ in docs))
    thread = next(t for t in run_threads(tmp_path)[0] if t["members"][0]["doc_id"] == "a-2024")
    assert thread["status"] == "fulfilled" and len(thread["members"]) == 2

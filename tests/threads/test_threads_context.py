"""What an item says through the sentences around it and what a report tells of its promise (issue 15):
a reference back ("The program will provide ..."), a promise's scope sentence ("Areas of collaboration
include ..."), progress toward a promised count. Each on a real sentence shape."""
from types import SimpleNamespace

from pipeline.threads.context import antecedent, refers_back, scope_end
from pipeline.threads.items import _item, load_model
from pipeline.threads.link import progress, relation


def _para(text, start=0, index=0, kind="body"):
    return {"index": index, "kind": kind, "start": start, "end": start + len(text), "text": text,
            "commitments": [], "prospects": [], "reports": [], "dates": [], "organizations": []}


# A fact sheet names a program in a heading (or in the sentence before) and then says "The program
# will provide ..." / "Over the past year, it has expanded ...": the item's own words never name the
# program, the sentence referred back to does.
def test_the_program_under_its_heading_reads_the_heading_s_words():
    model = load_model()
    text = ("The program will provide at least 1,800 scholarships, work exchanges, and other executive programs "
            "to government officials on best practices surrounding the design, delivery, and management of "
            "high-standard infrastructure projects.")
    para = _para(text, start=1057, index=6)
    assert antecedent(para, 0, "Quad Infrastructure Fellowship", model) == "Quad Infrastructure Fellowship"
    rec = {"text": text, "start": 1057, "end": 1057 + len(text), "dates": [], "organizations": [], "action": "provide"}
    item = _item("promise", rec, para, {"doc_id": "d", "date": "2023-05-20"}, model, "prospect",
                 "Quad Infrastructure Fellowship")
    assert {"fellowship", "quad"} <= item.terms and "fellowship" in item.own


def test_it_has_expanded_refers_back_to_the_sentence_before():
    model = load_model()
    text = ("The Quad Infrastructure Fellowship was announced at the 2023 Quad Leaders' Summit to improve capacity. "
            "Over the past year, it has expanded to more than 2,200 experts, and Quad partners have already "
            "provided well over 1,300 fellowships.")
    at = text.index("Over the past year")
    assert antecedent(_para(text), at, "", model).startswith("The Quad Infrastructure Fellowship was announced")
    # a name is no reference back, nor is "the program of" something named right there
    assert not refers_back("The Quad Fellowship will bring 100 students from our countries to the United States", model)
    assert not refers_back("The program of work of the Committee will be adopted in June.", model)
    assert antecedent(_para(text), 0, "", model) == ""


# "the Participants intend to continue their strong partnership in civil space ... Areas of
# collaboration include the International Space Station, future Artemis lunar surface exploration
# missions": the scope sentence is part of the promise (its span and its words).
def test_a_promise_runs_to_the_scope_sentence_after_it():
    model = load_model()
    text = ("the Participants intend to continue their strong partnership in civil space and on aeronautics, "
            "science, and human exploration. Areas of collaboration include the International Space Station, "
            "future Artemis lunar surface exploration missions, and supporting enhancement of commercial space. "
            "The Participants intend to encourage further collaborative efforts to mitigate orbital debris.")
    clause = "the Participants intend to continue their strong partnership in civil space and on aeronautics, science, and human exploration"
    para = _para(text, start=100)
    rec = {"text": clause, "start": 100, "end": 100 + len(clause), "dates": [], "organizations": [], "action": "continue"}
    end, sentence, _ = scope_end(rec, para, None, model)
    assert sentence.startswith("Areas of collaboration include") and text[end - 100 - 1] == "."
    item = _item("promise", rec, para, {"doc_id": "d", "date": "2025-10-28"}, model, "commitment")
    assert item.end == end and "artemi" in item.terms and item.text.endswith("commercial space.")
    # "This could include ..." after "We commit to strengthen our cooperation on space" is its scope too
    text2 = ("We commit to strengthen our cooperation on space by building on the Galileo – GPS Agreement. This could "
             "include engaging on space-based Earth observation to support climate policies.")
    clause2 = "We commit to strengthen our cooperation on space by building on the Galileo – GPS Agreement"
    rec2 = {"text": clause2, "start": 0, "end": len(clause2), "action": "strengthen"}
    assert scope_end(rec2, _para(text2), None, model)[1].startswith("This could include")
    # a sentence of its own after it is not
    rec3 = {"text": clause, "start": 0, "end": len(clause), "action": "continue"}
    assert scope_end(rec3, _para(clause + ". The Participants intend to encourage efforts."), None, model) is None


def _it(role, text):
    return SimpleNamespace(role=role, text=text, due=None, ordinals=frozenset())


# "The program will provide at least 1,800 scholarships" (2023) / "Quad partners have already provided
# well over 1,300 fellowships" (2024): progress toward the count promised updates the promise; the
# thread is not fulfilled. A report of the act done with no count short of the promise fulfills it.
def test_a_count_short_of_the_promised_one_is_progress_not_fulfilment():
    model = load_model()
    promise = _it("promise", "The program will provide at least 1,800 scholarships, work exchanges, and other executive programs")
    short = _it("report", "Over the past year, it has expanded to more than 2,200 experts, and Quad partners have "
                          "already provided well over 1,300 fellowships.")
    assert progress(promise, short, model) and relation(promise, short, model) == "updates"
    done = _it("report", "Quad partners have provided 1,800 scholarships to officials across the region in 2024.")
    assert not progress(promise, done, model) and relation(promise, done, model) == "fulfills"
    # a year or an ordinal is no count: "the 71st country to sign the Accords to date"
    signing = _it("report", "Türkiye is the 71st country to sign the Accords to date, in 2026.")
    assert not progress(_it("promise", "More countries are expected to sign the accords"), signing, model)


# "We will work together to develop space applications, including in the area of Earth observations,
# and provide capacity building support to countries in the region, including with regards to extreme
# precipitation events" (Quad 2022): two promised actions with their own fates (the capacity building
# is reported done in 2023, the Earth observation cooperation promised again), one item each.
def test_a_record_holding_two_promised_actions_is_two_items():
    from pipeline.threads.parts import parts_of
    model = load_model()
    text = ("We will work together to develop space applications, including in the area of Earth observations, "
            "and provide capacity building support to countries in the region, including with regards to "
            "extreme precipitation events.")
    clause = text[:-1]
    para = _para(text, start=500)
    rec = {"text": clause, "start": 500, "end": 500 + len(clause), "dates": [], "organizations": [],
           "action": clause[len("We will work together to "):]}
    first, second = parts_of(rec, para, None, model)
    assert first["text"].endswith("in the area of Earth observations") and first["start"] == 500
    assert second["text"].startswith("provide capacity building") and second["end"] == rec["end"]
    assert text[second["start"] - 500:].startswith("provide") and second["context"].startswith("We will work together to")
    item = _item("promise", second, para, {"doc_id": "d", "date": "2022-05-24"}, model, "commitment")
    assert "precipit" in item.terms and "observ" not in item.terms
    # "; and to conserve ..." after "We commit to net zero no later than 2050, ...": two targets
    g7 = ("We commit to net zero no later than 2050, halving our collective emissions over the two decades to 2030; "
          "and to conserve or protect at least 30 percent of our land and oceans by 2030")
    parts = parts_of({"text": g7, "start": 0, "end": len(g7), "action": g7[13:], "dates": ["2050", "2030"]},
                     _para(g7 + "."), None, model)
    assert [p["text"][:12] for p in parts] == ["We commit to", "to conserve "]
    # one action with a list of objects stays one: "improve X, and Y" names no second verb
    one = "We will improve public access to Earth observation data, and applications for disaster response"
    assert len(parts_of({"text": one, "start": 0, "end": len(one), "action": one[8:]}, _para(one), None, model)) == 1

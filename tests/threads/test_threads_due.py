"""Due dates of promises in hard-wrapped paragraphs (the paragraph text folds the raw line breaks).

General phenomenon: a bullet or numbered item wrapped over several indented lines; the paragraph's
text folds each line break and its indentation into one space, so raw offsets and text positions
drift apart along the paragraph. The sentence a promise's due date is read from must still be its
own: the year at the end of a wrapped bullet belongs to both clauses of it, a date in the next
sentence to neither.
"""
from pipeline.threads.items import load_model, promise_due, sentence_span

# the raw text: "-   Quad partners commit to strengthen cooperation on commercial space\n    activities and
# will convene a commercial space business forum in\n    2023.", the bullet's text starting at 0
RAW = ("Quad partners commit to strengthen cooperation on commercial space\n    activities and will convene "
       "a commercial space business forum in\n    2023.")
FOLDED = " ".join(RAW.split())


def _para(raw, folded, dates):
    return {"start": 0, "end": len(raw), "text": folded, "index": 0,
            "dates": [{"start": raw.index(t), "end": raw.index(t) + len(t), "value": v} for t, v in dates]}


def _rec(raw, folded, text):
    at = raw.index(text.split()[0])
    end = raw.index(text.split()[-1]) + len(text.split()[-1])
    return {"start": at, "end": end, "text": " ".join(raw[at:end].split()), "dates": []}


def test_the_year_ending_a_hard_wrapped_bullet_is_the_due_date_of_its_first_clause_too():
    para = _para(RAW, FOLDED, [("2023", "2023")])
    first = _rec(RAW, FOLDED, "Quad partners commit to strengthen cooperation on commercial space\n    activities")
    assert sentence_span(first, para) == (0, len(RAW))
    assert promise_due(first, para, "2023-05-20", load_model()) == "2023-12-31"


def test_a_date_of_the_next_sentence_of_a_hard_wrapped_paragraph_is_no_due_date():
    raw = ("We intend to seek to update the WTO rulebook with more effective\n    disciplines on industrial "
           "subsidies. We intend to work towards a WTO\n    Ministerial later this year.")
    para = _para(raw, " ".join(raw.split()), [("later this year", "2021")])
    rec = _rec(raw, " ".join(raw.split()), "We intend to seek to update the WTO rulebook with more effective\n"
                                           "    disciplines on industrial subsidies")
    lo, hi = sentence_span(rec, para)
    assert raw[lo:hi].rstrip().endswith("subsidies.")
    assert promise_due(rec, para, "2021-06-15", load_model()) is None

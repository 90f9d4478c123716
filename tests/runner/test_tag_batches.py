"""The tag stage's spaCy batches are bounded in Docs and in characters (issue 14: memory on long input)."""
import spacy

from pipeline.runner.tag import nlp_batches


def _docs(lengths):
    nlp = spacy.blank("en")
    return [nlp.make_doc("x" * n) for n in lengths]


def test_a_batch_never_holds_more_characters_than_the_limit_unless_one_doc_alone():
    docs = _docs([60_000, 60_000, 100_000, 10, 10, 150_000, 5])
    batches = [[len(d.text) for d in b] for b in nlp_batches(docs, 64, 100_000)]
    assert batches == [[60_000], [60_000], [100_000], [10, 10], [150_000], [5]]


def test_many_short_docs_are_batched_by_count_in_order():
    docs = _docs([15] * 130)
    batches = list(nlp_batches(docs, 64, 100_000))
    assert [len(b) for b in batches] == [64, 64, 2]
    assert [d for b in batches for d in b] == docs

"""The trained topic and space classifier (pipeline/answers/topic_model.py, trained by
pipeline/tools/train_topics.py) and the topic terms of other languages (models/topics.json)."""
from pipeline.answers import topic_model
from pipeline.answers.topics import classify, rule_classify
from pipeline.tools import train_topics


def test_retrain_gives_the_committed_model_file_byte_for_byte():
    # the model file is data derived from the gold and the rules: a change to either needs
    # `make train`, and the same inputs must give the same bytes
    assert train_topics.main(["--check"]) == 0


def test_predictions_are_deterministic_and_the_model_is_read_once():
    text = "NASA and JAXA will cooperate on lunar surface exploration and the Gateway."
    first = classify(text), classify(text, unit="commitment")
    assert topic_model.model() is topic_model.model()  # cached: one read per process
    topic_model.model.cache_clear()
    assert (classify(text), classify(text, unit="commitment")) == first
    assert first[0] == (["human-spaceflight", "moon-mars"], True)


def test_model_keeps_a_health_pledge_off_space():
    # leaders' statements hold pledges on other subjects beside the space ones
    assert classify("The leaders will expand vaccine markets and health training.") == ([], False)
    assert classify("We will deepen trade and investment ties.", unit="commitment") == ([], False)


def test_swedish_statement_on_the_moon_is_about_space():
    # a government's release in its own language: the topic terms of that language as data
    assert rule_classify("Sverige och USA fördjupar samarbetet om rymden och månen.") == (["moon-mars"], True)
    assert rule_classify("Regeringen har beslutat att Sverige ska underteckna Artemisavtalen.")[0] == ["law-norms"]


def test_japanese_text_without_spaces_finds_its_topics():
    # scripts written without spaces between words: the terms are matched anywhere
    assert rule_classify("日本政府は宇宙飛行士の月面着陸に向けて協力する。") == (["human-spaceflight", "moon-mars"], True)


def test_french_spatiale_is_space_but_english_spatial_data_is_not():
    # a false friend across languages: only the French forms are space terms
    assert rule_classify("La France renforce sa coopération spatiale pour l'observation de la Terre.") == (
        ["earth-observation"], True)
    assert rule_classify("We will improve spatial data for urban planning.") == ([], False)


def test_training_examples_come_from_the_trainable_gold_only():
    # the blind answers gold is never read by the trainer
    assert all("blind" not in str(gold) for gold, _ in train_topics.SETS)
    data = train_topics.examples()
    assert data and all(len(labels) == len(train_topics.LABELS) for _, _, labels in data)


def test_artemis_accords_principle_labels_are_law_norms():
    # signing releases list the Accords' principles as "label: what signatories do"
    found, space = rule_classify("registration of space objects: partners will register objects they launch into space")
    assert "law-norms" in found and space
    assert "law-norms" in rule_classify("emergency assistance: signatories commit to render assistance to personnel "
                                        "in outer space who are in distress")[0]


def test_weak_terms_count_in_a_list_item_that_inherits_space():
    # a list item of a space statement names no space term itself; once it is about space
    # (the statement's flag), its weak terms ("transparency") give their topic
    from pipeline.answers.topics import inherit_statement_space
    item = {"kind": "body", "text": "transparency: signatories will be open about their national policies and plans",
            "topics": [], "space": False}
    space = [{"kind": "body", "text": "We signed the Artemis Accords.", "topics": ["law-norms"], "space": True}] * 2
    records = space + [item]
    inherit_statement_space(records)
    assert item["space"] is True and item["topics"] == ["law-norms"]

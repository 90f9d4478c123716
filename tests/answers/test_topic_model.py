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


def test_chinese_release_on_the_lunar_research_station_is_moon_mars():
    # Chinese is written without spaces too: its terms (models/topics.json, "zh") anywhere
    found, space = rule_classify("中俄签署合作建设国际月球科研站谅解备忘录")
    assert "moon-mars" in found and space
    assert "ssa-debris" in rule_classify("双方在卫星导航、对地观测、空间碎片监测等领域开展合作。")[0]


def test_footnote_number_glued_to_a_programme_name_still_names_it():
    # legal texts and PDFs glue footnote numbers to the word before them ("Copernicus2,")
    found, _ = rule_classify("vu le règlement (UE) nº 377/2014 établissant le programme Copernicus2,")
    assert "earth-observation" in found
    assert "navigation" in rule_classify("relatif aux systèmes européens de radionavigation par satellite1,")[0]


def test_mars_as_the_french_month_is_no_planet():
    # "mars" is March in French and Swedish: a date is no Mars mission
    assert "moon-mars" not in rule_classify("Le CNES a signé l'accord le 11 mars 2013 à Paris pour le satellite.")[0]
    assert "moon-mars" in rule_classify("La NASA prépare une mission habitée vers Mars.")[0]


def test_portuguese_artemis_accords_with_accent_are_law_norms():
    # accented spellings of the same names in other languages ("Acordos Ártemis")
    found, space = rule_classify("Brasil assina os Acordos Ártemis e reforça cooperação com a NASA")
    assert "law-norms" in found and space


def test_weak_japanese_term_counts_only_in_a_space_text():
    # weak terms of languages without spaces ("企業", companies) count only when the text is
    # about space, as the English weak terms do
    assert rule_classify("両国の企業は貿易を拡大する。") == ([], False)
    assert "commercial" in rule_classify("宇宙分野で企業の参画を促進する。")[0]


def test_bare_science_in_a_space_text_is_space_science():
    # "science" alone is a weak term: a space agency's science cooperation, not a trade pledge's
    assert "science" in rule_classify("The two space agencies will cooperate in science and exploration.")[0]
    assert rule_classify("The ministers discussed science and education policy.")[0] == []


def test_mission_and_programme_names_give_their_topic():
    # named missions, stations and bodies of one field (as data in models/topics.json)
    assert "moon-mars" in rule_classify("ESA decided to rebuild the ExoMars mission with European elements.")[0]
    assert "earth-observation" in rule_classify("EUMETSAT and NOAA will continue to operate the Metop satellites.")[0]
    assert "spectrum" in rule_classify("The revised Radio Regulations will enter into force on 1 January 2025.")[0]


def test_treaty_clauses_on_liability_are_law_norms():
    # framework agreements on space cooperation: liability and jurisdiction clauses
    found = rule_classify("The Parties agree to a cross-waiver of liability for protected space operations.")[0]
    assert "law-norms" in found


def test_an_alliance_between_two_nations_is_no_space_security():
    # "the Japan-U.S. alliance" in a space dialogue: no security topic from the word alone
    found = rule_classify("to further strengthen the Japan-U.S. alliance, the space dialogue was held.")[0]
    assert "space-security" not in found


def test_data_exchange_pledge_of_an_earth_observation_memorandum_takes_the_statement_theme():
    # annotators label a text naming no topic by the statement's theme: in a memorandum on
    # Earth observation, "will exchange data" is Earth observation (feature d:<topic>)
    # (a paragraph of it: the paragraphs around it are about space, ``n:prev``/``n:next``)
    text = "The two agencies will exchange data and hold joint workshops."
    assert classify(text, theme=["earth-observation"], context=("prev", "next")) == (["earth-observation"], True)
    assert classify(text, unit="commitment", theme=["earth-observation"])[0] == ["earth-observation"]
    assert classify(text)[0] == []


def test_the_theme_of_a_space_statement_leaves_a_health_pledge_off_space():
    # the theme says which topics a text may have, not whether it is about space
    assert classify("The leaders will expand vaccine markets and health training.", theme=["earth-observation"]) == (
        [], False)


def test_statement_theme_is_the_topics_half_the_content_paragraphs_name():
    theme = topic_model.statement_theme([["earth-observation"], ["earth-observation", "science"], [], ["moon-mars"]])
    assert theme == ["earth-observation"]
    assert topic_model.statement_theme([]) == []


def test_shared_topics_counts_a_topic_once_per_text_against_the_share():
    # one helper serves the model's theme features and topics.statement_theme
    lists = [["science", "science"], ["science"], ["moon-mars"], []]
    assert topic_model.shared_topics(lists, 0.5) == ["science"]
    assert topic_model.shared_topics(lists, 0.25) == ["moon-mars", "science"]
    assert topic_model.shared_topics([], 0.5) == []


def test_neighbour_context_names_the_paragraphs_around_that_name_space():
    # the content paragraphs before and after a paragraph, by the rules' reading of each
    flags = [True, False, True, False]
    assert topic_model.neighbour_context(flags, 1) == ("prev", "next")
    assert topic_model.neighbour_context(flags, 0) == ()
    assert topic_model.neighbour_context(flags, 3) == ("prev",)
    assert "n:prev" in topic_model.features("The MoU was signed at the ceremony.", [], False, False,
                                            "paragraph", context=("prev",))


def test_an_aside_between_paragraphs_off_space_is_off_space_and_between_space_ones_on_space():
    # topics run on across paragraphs: a paragraph naming neither space nor a topic ("The two
    # sides agreed to hold the next meeting in Seoul") is read with its neighbours: after a
    # paragraph on the satellite it continues it, after an unrelated aside ("Separately, the
    # company will report its quarterly results") it does not
    text = "The two sides agreed to hold the next meeting in Seoul in 2026."
    assert classify(text, context=("prev", "next"))[1] is True
    assert classify(text, context=())[1] is False


def test_the_neighbours_vote_on_the_space_flag_only():
    # whether a text is about space says nothing of its topic: no topic weight for them
    m = topic_model.model()
    assert set(m["weights"]["n:prev"]) == {str(m["index"]["space"])}
    assert set(m["weights"]["n:next"]) == {str(m["index"]["space"])}

"""Commitment shapes of the w21/w22 publishers (IMO circular letters, the African Space Agency's
communiqué, EUSPA, the House Science Committee, KUNA, TASA, IAI, GSSTI, Bernama, Kantei), on the real
sentence shapes they missed.

Decisions pinned here (ANNOTATION.md 4):
- An introduction that only announces its list ("the Committee plans to:", "the Participants
  decided to:", "agreed to the following:") is no commitment of its own once items follow.
- The items of "agreed to the following:" may name the agreed acts as noun phrases.
- One commitment per promised action clause: a serial list of verbs under one "will" closing
  with ", and", an infinitive after a finite relative clause, a "while" clause of another
  party's task each give one more; a list item stays one commitment (ANNOTATION.md 4).
"""
from commitment_tagging import tag as tag_spans
from pipeline import commitments


def tag(paragraph_docs, *paragraphs):
    docs = paragraph_docs(*paragraphs)
    commitments.resolve_document(docs)
    commitments.add_list_commitments(docs)
    return [[(s._.actor, s._.action, s._.strength) for s in d.spans["commitments"]] for d in docs]


def test_an_introduction_ending_in_plans_to_colon_is_not_one_more(paragraph_docs):
    got = tag(paragraph_docs, "In the coming months, the Committee plans to:",
              "\u2022 examine how NASA and the State Department recruit new signatories;",
              "\u2022 review the implementation of the Accords' provisions on scientific data.")
    assert got[0] == []
    assert [len(g) for g in got[1:]] == [1, 1] and got[1][0][2] == "intent"


def test_a_british_spelling_verb_the_tagger_reads_as_a_noun_opens_an_item(paragraph_docs):
    got = tag(paragraph_docs, "7.   To give effect to this Dialogue, the Participants decided to:",
              "(a)  establish a joint working group on Earth observation and climate services;",
              "(c)  organise in 2026, together with the United Nations Office for Outer Space Affairs "
              "(UNOOSA), a regional workshop on national space legislation;")
    assert got[0] == []
    assert got[2] and got[2][0][0] == "the Participants" and got[2][0][1].startswith("organise in 2026")


def test_imo_style_sub_paragraph_numbers_mark_list_items(paragraph_docs):
    got = tag(paragraph_docs, "3 Recognizing the benefits of these technologies, IMO and Cospas-Sarsat have decided to:",
              ".1 complete the phase-out of the LEOSAR system by the end of 2027;",
              ".2 phase in second-generation beacons from 1 January 2028;")
    assert [g[0][0] for g in got[1:]] == ["IMO and Cospas-Sarsat", "IMO and Cospas-Sarsat"]


def test_noun_phrase_items_after_agreed_to_the_following(paragraph_docs):
    got = tag(paragraph_docs, "The two organisations agreed to the following:",
              "a joint test campaign with receivers able to use both services, to be carried out in 2025;",
              "regular exchanges of market intelligence with Japanese industry.")
    assert got[0] == []
    assert [g[0][0] for g in got[1:]] == ["The two organisations", "The two organisations"]


def test_noun_phrase_items_after_a_list_of_areas_are_no_commitments(paragraph_docs):
    got = tag(paragraph_docs, "The agencies will focus on the following areas:",
              "the exchange of Earth observation data;", "Earth observation.")
    assert got[1] == [] and got[2] == []


def test_a_list_item_joining_two_actions_after_comma_and_stays_one(paragraph_docs):
    # ANNOTATION.md 4: one commitment per item that states an action
    got = tag(paragraph_docs, "The ministers agreed to:",
              "\u2022 examine the scope for a joint Nordic programme for Arctic satellite data, and present a "
              "proposal to the ministers within two years;")
    assert len(got[1]) == 1


def test_a_numbered_paragraphs_number_is_not_part_of_the_actor(nlp):
    spans = tag_spans(nlp, "5 IMO will, through NCSR, consider the amendments to SOLAS chapter IV.")
    assert [s._.actor for s in spans] == ["IMO"]


def test_an_infinitive_after_a_relative_clause_is_a_second_promised_action(nlp):
    spans = tag_spans(nlp, "The two sides also agreed to set up a joint steering committee, which will hold its "
                           "first meeting within three months, and to examine the inclusion of the Israel Space "
                           "Agency in future phases.")
    assert [s._.action for s in spans][-1] == "examine the inclusion of the Israel Space Agency in future phases"


def test_an_acronym_in_brackets_does_not_stop_the_split_of_and_to(nlp):
    spans = tag_spans(nlp, "The two agencies also agreed to explore joint participation in the African Resource "
                           "Management (ARM) satellite constellation and to hold the first meeting of the joint "
                           "technical committee in Cairo by the end of 2025.")
    assert len(spans) == 2 and spans[1]._.dates == ["2025"]


def test_a_while_clause_with_another_partys_will_is_its_own_commitment(nlp):
    spans = tag_spans(nlp, "Under the arrangement, TASA will operate the satellites from its mission operations "
                           "centre in Hsinchu, while NOAA will fund the processing of the data at UCAR.")
    assert [s._.actor for s in spans] == ["TASA", "NOAA"]
    assert "while" not in spans[0].text


def test_a_serial_list_of_verbs_under_one_will_gives_one_commitment_each(nlp):
    spans = tag_spans(nlp, "Under the MoU, the two sides will exchange Earth observation data for desert studies, "
                           "cooperate in research on the effects of dust storms, and organize joint workshops for "
                           "researchers.")
    assert [s._.action for s in spans] == ["exchange Earth observation data for desert studies",
                                           "cooperate in research on the effects of dust storms",
                                           "organize joint workshops for researchers"]


def test_verbs_sharing_one_object_under_one_will_stay_one(nlp):
    assert len(tag_spans(nlp, "The agencies will design, build and launch the satellite.")) == 1


def test_a_quoted_official_naming_both_agencies_commits_them(nlp):
    spans = tag_spans(nlp, "\u201cUnder the MoU, both agencies will set up a joint working committee within three "
                           "months to identify projects,\u201d he told reporters.")
    assert [s._.actor for s in spans] == ["both agencies"]


def test_a_quoted_we_of_rhetoric_stays_out(nlp):
    assert tag_spans(nlp, "\u201cTogether we will return to the Moon, this time to stay,\u201d said the Administrator.") == []


def test_leaders_setting_the_goal_of_an_act_declare_an_intention(nlp):
    spans = tag_spans(nlp, "The two Prime Ministers set the goal of exchanging 500,000 people between the two "
                           "countries over the next five years.")
    assert [(s._.actor, s._.trigger, s._.strength) for s in spans] == [
        ("The two Prime Ministers", "set the goal of", "intent")]


def test_a_target_set_in_an_earlier_year_or_by_a_document_is_none(nlp):
    assert tag_spans(nlp, "In 2019 the ministry set a target of 100 launches.") == []
    assert tag_spans(nlp, "The report sets the goal of reducing debris.") == []


def test_will_seek_a_thing_still_to_be_won_is_an_intent(nlp):
    # "seek" declares an intention (ANNOTATION.md 4); seeking doers for a task stays firm
    assert [s._.strength for s in tag_spans(nlp, "Japan will seek closer engagement with other regional bodies.")] \
        == ["intent"]
    assert [s._.strength for s in tag_spans(nlp, "The Agency will seek industry consortia to design and build "
                                                 "the rover.")] == ["firm"]


def test_whether_a_body_will_succeed_is_no_promise(nlp):
    assert tag_spans(nlp, "The African Space Agency will only succeed if its member states build their own "
                          "capacities.") == []


def test_an_infinitive_inside_the_relative_clause_joins_its_own_infinitive(nlp):
    spans = tag_spans(nlp, "Under an agreement with NASA, the UAE will develop and operate the Airlock module, which "
                           "will allow astronauts to move between the station and space, and to transfer scientific "
                           "experiments outside the station.")
    assert len(spans) == 1


def test_purposes_listed_without_a_closing_comma_and_stay_in_one_commitment(nlp):
    spans = tag_spans(nlp, "The QUIN will convene a Clean Energy Supply Chain Conference to showcase incentives, "
                           "promote investment in clean energy supply chains and identify and address barriers.")
    assert len(spans) == 1

"""Topic vocabulary of models/topics.json for phenomena that recur across publishers: the
security-and-norms vocabulary of arms control in outer space, the registration of space objects,
re-entries, training events named by their kind, and ground segments of Earth observation."""
from pipeline.answers.topics import rule_classify


def test_prevention_of_an_arms_race_in_outer_space_is_security_and_a_norm():
    # PAROS is an agenda item of the UN disarmament bodies: the annotators give it both topics,
    # as they do transparency and confidence-building measures
    found, space = rule_classify("We reaffirm our commitment to the prevention of an arms race in outer space "
                                 "and to the peaceful uses of outer space.")
    assert {"space-security", "law-norms"} <= set(found) and space
    found, _ = rule_classify("reiteraram o compromisso com a prevenção de uma corrida armamentista no espaço "
                             "exterior")
    assert {"space-security", "law-norms"} <= set(found)


def test_osce_csbms_are_security_and_norms():
    # the OSCE's confidence- and security-building measures (CSBMs), the counterpart of TCBMs
    found, _ = rule_classify("circulate a food-for-thought paper on space-related CSBMs to all participating "
                             "States by the end of September")
    assert {"space-security", "law-norms"} <= set(found)


def test_registering_space_objects_and_reentries_are_norms_and_debris():
    # the Registration Convention's "space objects" and notified re-entries of objects
    found, _ = rule_classify("provide advance notification of launches and planned re-entries, and register "
                             "our space objects promptly with the Secretary-General")
    assert {"law-norms", "ssa-debris"} <= set(found)
    assert "law-norms" in rule_classify("ruimtevoorwerpen te registreren en ruimtepuin te beperken")[0]


def test_sustainable_use_of_outer_space_and_planetary_protection_are_norms():
    assert "law-norms" in rule_classify("The two countries reaffirmed their shared commitment to the peaceful, "
                                        "safe and sustainable use of outer space.")[0]
    assert "law-norms" in rule_classify("revise the COSPAR Policy on Planetary Protection for crewed missions "
                                        "to Mars")[0]


def test_regional_workshops_and_courses_build_capacity():
    # a training event named by its kind ("regional workshop", "online course") in a space text
    found, _ = rule_classify("The agency plans to host a regional workshop on satellite data for partner states "
                             "next year.")
    assert "capacity-building" in found and "earth-observation" in found
    assert "capacity-building" in rule_classify("offer member states free access to its online course on space "
                                                "law")[0]
    # a workshop of experts alone names no training
    assert "capacity-building" not in rule_classify("convene an expert workshop on space threats in Vienna")[0]


def test_ground_receiving_station_and_data_policy_are_earth_observation():
    assert "earth-observation" in rule_classify("upgrade its ground receiving station to control both "
                                                "satellites")[0]
    assert "earth-observation" in rule_classify("Publish a national space data policy for public "
                                                "consultation.")[0]


def test_neutral_texts_of_a_mixed_leaders_statement_are_not_about_space():
    # a joint statement on trade, health and defence with one space paragraph: its neutral lines
    # ("The two sides will:", "to hold ... next year") are not about space (mixed_statements)
    from pipeline.answers.topics import mixed_statement_space

    def rec(kind, text, topics=(), space=True, commitments=()):
        return {"kind": kind, "text": text, "topics": list(topics), "space": space, "commitments": list(commitments)}
    meeting = {"text": "to hold the next round of the dialogue in Hanoi next year", "topics": [], "space": True}
    records = [rec("title", "Joint Statement on the Comprehensive Strategic Partnership", space=False),
               rec("body", "The two sides agreed to expand bilateral trade and investment.", space=False),
               rec("body", "The leaders welcomed cooperation on public health and pandemic preparedness.", space=False),
               rec("body", "The two sides will:"),
               rec("body", "The two sides agreed to maintain regular exchanges of delegations.", commitments=[meeting]),
               rec("body", "NASA and VNSC will cooperate on Earth observation satellites.", ["earth-observation"])]
    mixed_statement_space(records)
    assert not records[3]["space"] and not records[4]["space"] and not meeting["space"]
    assert records[5]["space"]
    # in a statement about space, the same neutral lines stay about space
    space_statement = [rec("body", "NASA and JAXA will cooperate on the lunar Gateway.", ["moon-mars"]),
                       rec("body", "The two agencies will launch a joint satellite mission.", []),
                       rec("body", "The two sides will:")]
    mixed_statement_space(space_statement)
    assert space_statement[2]["space"]



def test_weak_words_of_a_mixed_leaders_statement_are_its_other_subjects():
    # in a leaders' statement on trade, health and defence, a heading or a pledge whose only topic
    # words are weak ("EDUCATION", "policy and legislation; prevention, awareness, and outreach")
    # is about those subjects, not space: it loses the weak topics and the space flag
    from pipeline.answers.topics import mixed_statement_space

    def rec(kind, text, topics=(), space=True, commitments=()):
        return {"kind": kind, "text": text, "topics": list(topics), "space": space, "commitments": list(commitments)}
    pledge = {"text": "The Council will develop a work plan on victim support, prevention, awareness and "
                      "outreach", "topics": ["capacity-building"], "space": True}
    records = [rec("body", "The two sides agreed to expand bilateral trade and investment.", space=False),
               rec("body", "The leaders welcomed cooperation on public health and pandemic preparedness.", space=False),
               rec("heading", "EDUCATION", ["capacity-building"]),
               rec("body", "The leaders launched a new program of scholarships for graduate students.", space=False,
                   commitments=[pledge]),
               rec("body", "NASA and CSIRO will cooperate on Earth observation satellites.", ["earth-observation"])]
    mixed_statement_space(records)
    assert records[2]["space"] is False and records[2]["topics"] == []
    assert pledge["space"] is False and pledge["topics"] == []
    assert records[4]["space"] and records[4]["topics"] == ["earth-observation"]


def test_young_researchers_in_training_are_the_workforce_not_science():
    # researchers named as people to train or exchange (claimed_phrases): capacity building only
    found, _ = rule_classify("send 30 engineers and researchers to partner universities for training in satellite "
                             "engineering")
    assert "capacity-building" in found and "science" not in found
    found, _ = rule_classify("support exchanges of students and young researchers, including internships at "
                             "space agency centres")
    assert "capacity-building" in found and "science" not in found
    # researchers doing research still name science
    assert "science" in rule_classify("researchers will analyse the lunar samples returned by the mission")[0]


def test_developing_economies_and_new_actors_in_space_are_capacity_building():
    # helping emerging space nations is named by its beneficiaries ("developing economies",
    # "new actors in space", "newcomers") and its goal ("research capacities"): weak terms,
    # counting in a text about space only
    assert "capacity-building" in rule_classify("develop, with the ITU, indicators on satellite broadband "
                                                "connectivity in developing economies by the end of 2024")[0]
    assert "capacity-building" in rule_classify("The Handbook for New Actors in Space introduces the principles "
                                                "and norms of responsible space activities.")[0]
    assert "capacity-building" in rule_classify("strengthen the national space research capacities of the State")[0]
    assert rule_classify("We will support newcomers and developing economies in trade.") == ([], False)

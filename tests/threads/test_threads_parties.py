"""Party identity and report evidence in thread matching (issue 15), each on a real sentence shape."""
from pipeline.threads.items import _item, act_objects, countries_named, load_model, party_names
from pipeline.threads.link import idf_table, other_parties, score


def _para(text, rec):
    return {"index": 0, "kind": "body", "start": 0, "end": len(text), "text": text, "commitments": [rec],
            "prospects": [], "reports": [], "dates": [], "organizations": []}


def _items(model, *specs):
    """Items of (role, doc_id, date, statement parties, text, extra record fields)."""
    out = []
    for role, doc_id, date, parties, text, extra in specs:
        rec = {"text": text, "start": 0, "end": len(text), "dates": [], "organizations": [], **extra}
        out.append(_item(role, rec, _para(text, rec), {"doc_id": doc_id, "date": date, "parties": parties}, model,
                         "commitment" if role == "promise" else "report"))
    return out


# Party identity: the answers stage names a resolved actor by its party id ("JP"), the statement's
# parties by name ("Japan"); a party counts once however it was named.
def test_a_party_named_by_its_code_and_by_its_name_counts_once():
    assert party_names(["JP", "Japan", "US", "United States"]) == frozenset({"Japan", "United States"})
    assert party_names(["Quadrilateral Security Dialogue", "AU"]) == frozenset({"Quadrilateral Security Dialogue",
                                                                               "Australia"})


def test_a_resolved_actor_and_the_statement_parties_of_one_partnership_overlap_fully():
    model = load_model()
    a, b = _items(model,
                  ("promise", "a-2014", "2014-05-09", ["Japan", "United States"],
                   "confirmed their interest in implementing further bilateral cooperation in Space Situational "
                   "Awareness (SSA) information sharing", {"actor_names": ["JP", "US"], "action": "implementing"}),
                  ("promise", "b-2020", "2020-08-26", ["Japan", "United States"],
                   "both sides committed to enhance cooperation on SSA and mission assurance", {"action": "enhance"}))
    idf, df = idf_table([a, b], model)
    assert score(a, b, idf, model, 0.0, df)[1]["organizations"] == 1.0


# Partnerships: a U.S. fact sheet promising something to another country ("deliver a telescope to Peru")
# is of another partnership than a Japan-U.S. promise, though its statement's parties are the U.S. only.
def test_a_country_named_in_the_promise_is_one_of_its_parties():
    assert countries_named("The Department of Defense will deliver a telescope to Peru in 2025") == {"Peru"}
    assert countries_named("the Indo-Pacific region, the U.S.-ROK Alliance") == set()
    model = load_model()
    peru, japan = _items(model,
                         ("promise", "b-2024", "2024-11-15", ["United States"],
                          "The Department of Defense will deliver a telescope to Peru in 2025 to detect space debris",
                          {"action": "deliver a telescope"}),
                         ("promise", "a-2020", "2020-08-26", ["Japan", "United States"],
                          "Both sides renewed their strong determination to expand bilateral cooperation in space "
                          "situational awareness", {"action": "expand bilateral cooperation"}))
    assert peru.parties == frozenset({"United States", "Peru"})
    assert other_parties(japan, peru)


# The same act on the same thing: a word of recurrence or a stopword by its stem names no thing.
def test_ministers_meeting_annually_and_a_first_meeting_of_finance_ministers_act_on_nothing_shared():
    model = load_model()
    annual = act_objects("promise", {"action": "meet annually"}, model)
    first = act_objects("promise", {"action": "hold the first trilateral meeting between our finance ministers"}, model)
    assert "annual" not in annual.get("meet", frozenset()) and "annually" not in annual.get("meet", frozenset())
    assert not (annual.get("meet", frozenset()) & first.get("meet", frozenset()))
    assert "minister" not in first.get("meet", frozenset())


# A report fulfills a promise when it reports the promised act: a report of another act in the same
# field ("hosted two workshops" / "strengthen our collaboration to respond to disasters") is none.
def test_a_report_of_no_act_the_promise_names_needs_nearly_its_words():
    model = load_model()
    promise, report = _items(model,
                             ("promise", "a-2022", "2022-05-24", ["Quadrilateral Security Dialogue"],
                              "This Partnership will further strengthen our collaboration to effectively respond to "
                              "disasters in the region.", {"action": "further strengthen our collaboration"}),
                             ("report", "b-2023", "2023-05-20", ["Quadrilateral Security Dialogue"],
                              "The Quad Space Working Group Extreme Precipitation Steering Committee has hosted two "
                              "workshops to strengthen collaboration to effectively respond to extreme precipitation "
                              "events in the region.", {"trigger": "host"}))
    idf, df = idf_table([promise, report], model)
    value, evidence = score(promise, report, idf, model, 0.0, df)
    assert not evidence["acts"] and evidence["terms"] < model["report_actless_below"]
    assert value == 0.0
    assert score(promise, report, idf, dict(model, report_actless_below=0), 0.0, df)[0] > 0.0  # the gate decides


# A promise to act with a country outside its statement's parties is fulfilled by a report naming it:
# the three leaders' "dialogue with the DPRK" is not their own trilateral dialogue on space security.
def test_a_dialogue_promised_with_another_country_is_not_fulfilled_by_the_parties_own_dialogue():
    model = load_model()
    parties = ["Japan", "Republic of Korea", "United States"]
    report = ("report", "b-2023", "2023-11-08", parties,
              "On November 8, the Japan-U.S.-ROK Trilateral Dialogue on Space Security was held in Seoul, the "
              "Republic of Korea.", {"trigger": "hold"})
    dprk, space, held = _items(model,
                               ("promise", "a-2023", "2023-08-18", parties,
                                "committed to reestablishing dialogue with the DPRK", {"action": "reestablishing dialogue"}),
                               ("promise", "a-2023", "2023-08-18", parties,
                                "we seek to further enhance trilateral dialogue on space security cooperation",
                                {"action": "further enhance trilateral dialogue"}), report)
    assert dprk.counterparts == frozenset({"North Korea"}) and not space.counterparts
    idf, df = idf_table([dprk, space, held], model)
    assert score(dprk, held, idf, model, 0.0, df)[0] == 0.0
    assert score(space, held, idf, model, 0.0, df)[0] >= model["thresholds"]["report"]


def test_a_country_named_as_the_venue_is_no_counterpart():
    from pipeline.threads.items import counterparts_of
    text = "holding the Eighth meeting of the Dialogue in the United States in 2021"
    assert counterparts_of(text, ["Japan"]) == frozenset()
    assert counterparts_of("deliver a telescope to Peru", ["United States"]) == frozenset({"Peru"})
    assert counterparts_of("deliver a telescope to Peru", []) == frozenset()


# Relations: a later promise of the next step of a series updates the earlier one (new scope).
def test_a_promise_of_a_second_exercise_updates_the_promise_of_the_first():
    from pipeline.threads.link import relation
    model = load_model()
    quad = ["Quadrilateral Security Dialogue"]
    first, second, again = _items(model,
                                  ("promise", "a-2021", "2021-09-24", quad,
                                   "Our countries will also conduct a joint pandemic-preparedness tabletop or exercise",
                                   {"action": "conduct a joint pandemic-preparedness tabletop"}),
                                  ("promise", "b-2023", "2023-05-20", quad,
                                   "Quad partners plan to conduct a second pandemic preparedness exercise to increase "
                                   "coordination", {"action": "conduct a second pandemic preparedness exercise"}),
                                  ("promise", "c-2024", "2024-09-21", quad,
                                   "Our countries will conduct a joint pandemic preparedness exercise",
                                   {"action": "conduct a joint pandemic preparedness exercise"}))
    assert second.ordinals == frozenset({(2, "exercise")})
    assert relation(first, second) == "updates"
    assert relation(first, again) == "renews"

"""A list introduced by a commitment gives one commitment per action item (ANNOTATION 4)."""
from pipeline import commitments


def tag(paragraph_docs, *paragraphs):
    docs = paragraph_docs(*paragraphs)
    commitments.resolve_document(docs)
    commitments.add_list_commitments(docs)
    return [[(s._.actor, s._.trigger, s._.action, s._.strength, list(s._.dates)) for s in d.spans["commitments"]]
            for d in docs]


def test_will_colon_list_gives_one_commitment_per_item(paragraph_docs):
    got = tag(paragraph_docs, "The Department of Commerce (DOC) will:",
              "- Launch a pilot program for space traffic coordination in 2026;",
              "- Host an international workshop on debris mitigation.")
    assert got[0] == []
    assert got[1] == [("The Department of Commerce (DOC)", "will",
                       "Launch a pilot program for space traffic coordination in 2026", "firm", ["2026"])]
    assert got[2][0][2] == "Host an international workshop on debris mitigation"


def test_directive_intro_gives_its_actor_and_is_not_one_more(paragraph_docs):
    got = tag(paragraph_docs, "The President directed the U.S. Government to do the following:",
              "Establish a working group on lunar communications by June 2025.")
    assert got[0] == []
    assert got[1][0][0] == "The President" and got[1][0][4] == ["2025-06"]


def test_intent_intro_and_numbered_items(paragraph_docs):
    got = tag(paragraph_docs, "The two sides intend to:", "1. Convene the next dialogue in Tokyo in 2027.",
              "2. Share satellite data for disaster response.")
    assert [c[3] for item in got[1:] for c in item] == ["intent", "intent"]


def test_list_ends_at_a_paragraph_that_is_no_item(paragraph_docs):
    got = tag(paragraph_docs, "The agencies will:", "Share tracking data.", "The meeting ended with a reception.")
    assert len(got[1]) == 1 and got[2] == []


def test_colon_without_a_promise_is_no_list_intro(paragraph_docs):
    got = tag(paragraph_docs, "Participants in the ceremony included:", "Launch Director Jane Doe")
    assert got == [[], []]


def test_capitalized_plural_party_noun_commits(paragraph_docs):
    """"The Ministers agreed to ...": a capitalized plural is tagged PROPN with its -s lemma, still a party."""
    got = tag(paragraph_docs, "The Ministers agreed to convene the next Dialogue in Seoul in 2026.")
    assert got[0] and got[0][0][0] == "The Ministers" and got[0][0][4] == ["2026"]


def test_participle_pledging_its_commitment(paragraph_docs):
    """A State Department shape: "X signed the Accords, pledging its commitment to ..." (frame verb pledge)."""
    got = tag(paragraph_docs, "Türkiye signed the Artemis Accords, pledging its commitment to peaceful exploration of space.")
    assert got[0] and got[0][0][0] == "Türkiye" and got[0][0][1] == "pledging its commitment to"


def test_agreed_on_the_following_with_gerund_items(paragraph_docs):
    # an agreement on a list of actions worded as gerunds ("Strengthening ...", "Holding ...")
    got = tag(paragraph_docs, "The two sides agreed on the following:",
              "- Strengthening cooperation on space situational awareness;",
              "- Holding the next meeting in Tokyo in 2025.")
    assert got[0] == []
    assert [c[1:3] for item in got[1:] for c in item] == [
        ("agreed on", "Strengthening cooperation on space situational awareness"),
        ("agreed on", "Holding the next meeting in Tokyo in 2025")]


def test_items_opening_with_to_or_an_adverb_state_actions(paragraph_docs):
    # "agreed to the following: - To expand ...", "decided to: a) further enhance ...": the verb
    # comes after the infinitive's "to" or an adverb
    got = tag(paragraph_docs, "The two sides agreed to the following:", "- To expand cooperation in Earth observation;",
              "- Jointly developing a lunar navigation system.", "a) further enhance cooperation in space exploration.")
    assert [c[2] for item in got[1:] for c in item] == [
        "To expand cooperation in Earth observation", "Jointly developing a lunar navigation system",
        "further enhance cooperation in space exploration"]


def test_treaty_shall_list_with_lettered_items(paragraph_docs):
    # a verb the tagger reads as a noun at the start of an item ("exchange", "designate") is in
    # models/commitment_lexicon.json list_item_verbs
    got = tag(paragraph_docs, "The Parties shall:", "(a) exchange information on space debris;",
              "(b) designate points of contact.")
    assert [c[1:3] for item in got[1:] for c in item] == [
        ("shall", "exchange information on space debris"), ("shall", "designate points of contact")]


def test_items_of_areas_are_no_actions(paragraph_docs):
    got = tag(paragraph_docs, "Japan and the United States intend to pursue cooperation in the following areas:",
              "- Earth observation;", "- Space situational awareness.")
    assert got[1:] == [[], []]


def test_intro_deadline_times_the_items_and_the_intro_is_not_one_more(paragraph_docs):
    # "intend to pursue the following objectives by 2031:": the deadline is the items' own
    got = tag(paragraph_docs, "To realise this vision, the CSpO participants intend to pursue the following "
                              "objectives by 2031:",
              "Expand the sharing of space domain awareness data and analysis among participants.",
              "Strengthen the exchange of personnel among our defense space organizations in 2027.")
    assert got[0] == []
    assert [(c[3], c[4]) for item in got[1:] for c in item] == [("intent", ["2031"]), ("intent", ["2027"])]


def test_items_of_a_will_colon_intro_take_its_subject_as_actor(paragraph_docs):
    got = tag(paragraph_docs, "Under the executive programme, the two agencies will:",
              "- design and build the new satellite;", "- exchange data with universities.")
    assert [c[0] for item in got[1:] for c in item] == ["the two agencies", "the two agencies"]


def test_will_colon_intro_without_a_party_leaves_the_items_without_actor(paragraph_docs):
    got = tag(paragraph_docs, "Next year the programme will:", "- design and build the new satellite.")
    assert [c[0] for c in got[1]] == [None]


def test_bare_agreed_colon_introduces_numbered_to_items(paragraph_docs):
    """A commission's protocol: "the Parties agreed:" then "1) to complete ...", "2) to carry out ...";
    the bare verb before the colon announces the list as "agreed to" does."""
    got = tag(paragraph_docs, "Following the meeting, the Parties agreed:",
              "1) to complete the construction of the ground infrastructure no later than 30 September 2025;",
              "2) to hold the next meeting of the Commission in Moscow.")
    assert got[0] == []
    assert [c[1] for item in got[1:] for c in item] == ["agreed", "agreed"]
    assert got[1][0][0] == "the Parties" and got[1][0][3] == "firm"


def test_hereby_colon_introduces_the_operative_paragraphs(paragraph_docs):
    """A ministerial declaration's operative part: "Hereby:" then "1. Adopt the second phase of ..."."""
    got = tag(paragraph_docs, "We, the Ministers, Hereby:",
              "1. Adopt the second phase of the Plan of Action for the period 2022-2026;")
    assert len(got[1]) == 1 and got[1][0][2].startswith("Adopt the second phase")


def test_item_whose_only_will_is_in_a_relative_clause_is_the_items_commitment(paragraph_docs):
    """"4. Report on progress to the Congress at its session, which will meet in October 2025": the
    relative clause's "will" describes the session; the item's action is the commitment."""
    got = tag(paragraph_docs, "In a joint statement, the participants committed to:",
              "1. Establish a satellite data helpdesk no later than December 2024;",
              "2. Report on progress to the World Meteorological Congress at its extraordinary session, "
              "which will meet in October 2025.")
    assert len(got[2]) == 1 and got[2][0][2].startswith("Report on progress")
    assert got[2][0][1] == "committed to"


def test_operative_item_expressing_appreciation_is_no_commitment(paragraph_docs):
    """"Hereby: ... 7. Express our appreciation to the Government of Indonesia for hosting the
    Conference": an acknowledgement among the operative paragraphs, not a promised action."""
    got = tag(paragraph_docs, "We, the Ministers, Hereby:",
              "1. Adopt the Plan of Action for the period 2022-2026;",
              "2. Express our appreciation to the Government of Indonesia for hosting the Conference.")
    assert len(got[1]) == 1 and got[2] == []


def test_a_loan_disbursed_in_three_tranches_gives_one_commitment_per_tranche(paragraph_docs):
    # a schedule of parts of the promised action ("plans to disburse its loan in three tranches:"):
    # each part, a noun phrase with its own date, is one commitment
    got = tag(paragraph_docs, "The Bank plans to disburse its loan in three tranches:",
              "- a first tranche of 30% in the fourth quarter of 2025, for the design review;",
              "- a second tranche of 50% in 2026, at the start of satellite manufacturing.")
    assert [(c[3], c[4]) for item in got[1:] for c in item] == [("intent", ["2025-Q4"]), ("intent", ["2026"])]


def test_noun_phrase_items_after_a_colon_with_no_list_noun_are_no_commitments(paragraph_docs):
    # the items name no field of the action: "will:" needs verbs, noun phrases there are no acts
    got = tag(paragraph_docs, "The two agencies will work on several projects:",
              "- the ground station in Hanoi;", "- a training centre.")
    assert got[1] == [] and got[2] == []

"""Two promises in one sentence, one record each (ANNOTATION.md 4: one commitment per promised
action clause): a second promising verb coordinated with the first's action ("..., and hopes to
reach", "... activities and will convene"). Verbs sharing one object stay one promise."""
from commitment_tagging import tag


def test_and_hopes_to_after_a_will_commitment_is_a_second_commitment(nlp):
    found = tag(nlp, "Japan will start negotiations with the United States on the details of its "
                     "contribution, and hopes to reach an agreement by the end of next year.")
    assert [s._.trigger for s in found] == ["will", "hopes to"]
    assert found[0].text.endswith("details of its contribution")
    assert found[1]._.strength == "intent" and found[1]._.actor == "Japan"


def test_activities_and_will_convene_is_a_second_commitment(nlp):
    found = tag(nlp, "Quad partners commit to strengthen cooperation on commercial space activities and "
                     "will convene a commercial space business forum in 2023.")
    assert [s.text for s in found] == ["Quad partners commit to strengthen cooperation on commercial space activities",
                                       "will convene a commercial space business forum in 2023"]


def test_verbs_sharing_an_object_stay_one(nlp):
    assert len(tag(nlp, "NASA will develop and launch the satellite in 2026.")) == 1


def test_member_countries_name_the_parties_that_agree(nlp):
    """"Member countries ... agreed to review ...": a party noun named by its role in the body
    (member, partner, participating, signatory) is a party without a determiner."""
    found = tag(nlp, "Member countries agreed to review the common definitions of the space sector by 2025.")
    assert [s._.actor for s in found] == ["Member countries"]
    assert tag(nlp, "Many countries agreed to review the definitions by 2025.") == []

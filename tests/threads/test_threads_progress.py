"""What a thread's members say of a promise's progress: a meeting held for a promised end, a program
promised again by another of its acts, a report followed by a later promise (issue 15)."""
from types import SimpleNamespace

from pipeline.threads import run_threads, status_of
from pipeline.threads.items import acts_of, load_model
from pipeline.threads.link import program_renewed
from thread_records import write_records


# A series often does what it promised through meetings: "has hosted two workshops to ... build
# capacity" reports the capacity building done (Quad Space Working Group, 2023 fact sheet), as
# "convened a workshop to train ..." reports the training.
def test_a_meeting_held_for_a_promised_end_reports_that_act_too():
    model = load_model()
    text = ("The Quad Space Working Group Extreme Precipitation Steering Committee has hosted two workshops to "
            "strengthen collaboration between Quad countries to build capacity in the region to monitor and "
            "respond to extreme precipitation events more effectively.")
    assert acts_of("report", {"text": text, "trigger": "host"}, model) == {"meet", "create"}


def test_a_meeting_alone_or_another_act_s_purpose_adds_no_act():
    model = load_model()
    met = "The leaders met in Hiroshima on May 20, 2023 for the fifth Quad Leaders' Summit."
    assert acts_of("report", {"text": met, "trigger": "meet"}, model) == {"meet"}
    # only a meeting is a means of another act: a launch "to build" is a launch
    launched = "The partners launched a new fund to build resilient infrastructure in the region."
    assert acts_of("report", {"text": launched, "trigger": "launch"}, model) == {"create"}


def _item(role, date, fields=()):
    return SimpleNamespace(role=role, date=date, due=None, fields=frozenset(fields), own_fields=frozenset(fields))


# Build Back Better World, relaunched as PGII: "develop a partnership to build back better" (2021),
# "mobilize up to USD 600 billion through the PGII by 2027" (2024): the program promised again by
# another of its acts. A report must still name the act promised.
def test_a_program_named_by_both_promises_is_renewed_by_another_act():
    earlier, later = _item("promise", "2021-06-13", {13}), _item("promise", "2024-06-14", {13})
    assert program_renewed(earlier, later)
    assert not program_renewed(earlier, _item("promise", "2024-06-14", {4}))
    assert not program_renewed(earlier, _item("report", "2024-06-14", {13}))


# A thread holding a report and, later, a promise made again (the workshops reported in 2023, the
# Earth observation data still promised in 2024) is renewed: the promise lives on. A promise of the
# report's own statement ("we convene for our fourth meeting" / "we will regularize the Quad
# activities") leaves it fulfilled.
def test_a_promise_made_after_the_last_report_renews_a_fulfilled_thread():
    members = [_item("promise", "2022-05-24"), _item("report", "2023-05-20"), _item("promise", "2024-09-21")]
    assert status_of(members, {"fulfills", "renews"}, "2026-09-01")[0] == "renewed"
    same_day = [_item("promise", "2021-09-24"), _item("report", "2022-05-24"), _item("promise", "2022-05-24")]
    assert status_of(same_day, {"fulfills", "renews"}, "2026-09-01")[0] == "fulfilled"


# The same parties meet again and again and count their meetings: a standing promise to meet
# (Quad, 2021) is kept by a meeting told by its count alone (2022), with no word in common; a
# standing meeting for a purpose is a working group's, not the leaders' series.
def test_a_meeting_counted_by_its_ordinal_fulfills_a_standing_promise_to_meet(tmp_path):
    annual = "our leaders and foreign ministers will meet annually"
    working = "we will meet regularly to coordinate our efforts, map the region’s infrastructure needs"
    fourth = ("Today in Tokyo, we convene for our fourth meeting, and our second in person, to demonstrate, at a time "
              "of profound global challenge, that the Quad is a force for good.")
    write_records(tmp_path, [
        ("a-2021", "2021-09-24", [(annual, "commitments", {"action": "meet annually", "actor": "our leaders"}),
                                  (working, "commitments", {"action": "meet regularly to coordinate our efforts",
                                                            "actor": "we"})]),
        ("b-2022", "2022-05-24", [(fourth, "untagged", {})])])  # no tag-stage record: found by its ordinal
    threads, _ = run_threads(tmp_path)
    kept = next(t for t in threads if t["members"][0]["text"] == annual)
    assert kept["status"] == "fulfilled" and kept["links"][0]["evidence"]["objects"] == ["meeting#4"]
    assert next(t for t in threads if t["members"][0]["text"] == working)["status"] == "open"

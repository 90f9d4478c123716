"""What a thread's members say of a promise's progress: a meeting held for a promised end, a program
promised again by another of its acts, a report followed by a later promise (issue 15)."""
from types import SimpleNamespace

from pipeline.threads import status_of
from pipeline.threads.items import acts_of, load_model
from pipeline.threads.link import program_renewed


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

"""The answers stage (pipeline/answers/, issue 13) on hand-made paragraph records."""
import datetime as dt

from pipeline.answers import answer_statement, classify
from pipeline.answers.actors import explicit_parties
from pipeline.answers.countries import find_countries
from pipeline.answers.parties import issuer, resolve_name


def _para(raw, kind="body", orgs=(), dates=(), commitments=()):
    return {"kind": kind, "start": 0, "end": len(raw), "text": raw, "organizations": list(orgs),
            "dates": list(dates), "commitments": list(commitments)}


def test_countries_are_found_by_variant_and_not_inside_organizations():
    text = "The U.S. and the ROK met Türkiye; Government of Japan; South America."
    found = find_countries(text, skip=[(text.index("Government"), text.index("Government") + 19)])
    assert [c["code"] for c in found] == ["US", "KR", "TR"]


def test_sidecar_party_names_resolve_to_codes_and_canonical_names():
    assert resolve_name("United States of America") == "US"
    assert resolve_name("NASA") == "National Aeronautics and Space Administration"


def test_issuer_from_a_known_source():
    assert issuer({"source": "https://www.whitehouse.gov/briefing-room/x"}) == "US"
    assert issuer({}) is None


def test_actor_names_of_explicit_and_forum_member_actors():
    surfaces = {"NASA": ["National Aeronautics and Space Administration"], "JAXA": ["Japan Aerospace Exploration Agency"],
                "Quad": ["Quadrilateral Security Dialogue"]}
    assert explicit_parties("NASA and JAXA", surfaces) == ["National Aeronautics and Space Administration",
                                                           "Japan Aerospace Exploration Agency"]
    assert explicit_parties("Quad leaders", surfaces) == ["US", "AU", "JP", "IN"]
    assert explicit_parties("the Japanese side", {}) == ["JP"]
    assert explicit_parties("President Yoon", {}) == ["KR"]
    assert explicit_parties("the participants", {}) == []


def test_joint_statement_parties_resolve_we_and_a_deadline_in_a_relative_clause():
    title = "Joint Statement of Japan and the United States"
    body = ("We will establish a working group, which will hold its first meeting by June 2025, "
            "and the two sides will meet again.")
    raw = title + "\n" + body
    start = len(title) + 1
    d = raw.index("June 2025")
    rec = _para(body, dates=[{"text": "June 2025", "start": d, "end": d + 9, "value": "2025-06"}],
                commitments=[{"text": body, "start": start, "end": len(raw), "actor": "We"}])
    rec["start"], rec["end"] = start, len(raw)
    records = [dict(_para(title, kind="title")), rec]
    parties = answer_statement(records, raw, dt.date(2024, 5, 1), {}, title)
    assert parties == ["JP", "US"]
    c = rec["commitments"][0]
    assert c["actor_names"] == ["JP", "US"] and c["actor_basis"] == "statement parties"
    assert c["due"] == "2025-06-30" and c["start_date"] is None
    assert rec["dates"][0]["mod"] == "BEFORE" and rec["dates"][0]["earliest"] == "2025-06-01"
    assert records[0]["countries"][0]["code"] == "JP"


def test_past_event_date_is_no_deadline():
    raw = "Building on the meeting in March 2023, we will expand cooperation."
    d = raw.index("March 2023")
    rec = _para(raw, dates=[{"text": "March 2023", "start": d, "end": d + 10, "value": "2023-03"}],
                commitments=[{"text": raw, "start": 0, "end": len(raw), "actor": "we"}])
    answer_statement([rec], raw, dt.date(2024, 1, 1), {"parties": ["Japan"]}, None)
    assert rec["commitments"][0]["due"] is None


def test_topics_and_space_flag():
    assert classify("We will share Earth observation data and train young professionals.") == (
        ["capacity-building", "earth-observation"], True)
    assert classify("The leaders will expand vaccine markets and health training.") == ([], False)
    assert classify("They condemned the destructive direct-ascent anti-satellite missile test.")[0] == ["space-security"]
    assert classify("We support an open and secure cyberspace.")[1] is False


def test_fronted_beginning_date_gives_start_and_due():
    raw = "Beginning in 2026, the United States will deploy the system."
    d = raw.index("2026")
    s = raw.index("the United")
    rec = _para(raw, dates=[{"text": "2026", "start": d, "end": d + 4, "value": "2026"}],
                commitments=[{"text": raw[s:], "start": s, "end": len(raw), "actor": "the United States"}])
    answer_statement([rec], raw, dt.date(2024, 1, 1), {}, None)
    c = rec["commitments"][0]
    assert (c["start_date"], c["due"]) == ("2026-01-01", "2026-12-31")
    assert c["actor_names"] == ["US"] and c["actor_basis"] == "explicit"


def test_bare_title_actor_is_the_issuers_country_and_both_countries_adds_the_titles_counterpart():
    title = "FACT SHEET: The U.S.-Germany Partnership"
    body = "The Vice President will visit Berlin. Both countries will expand cooperation."
    raw = title + "\n" + body
    start = len(title) + 1
    first = body.index(".") + 1
    recs = [_para(title, kind="title"),
            {**_para(body), "start": start, "end": len(raw),
             "commitments": [{"text": body[:first], "start": start, "end": start + first, "actor": "The Vice President"},
                             {"text": body[first + 1:], "start": start + first + 1, "end": len(raw), "actor": "Both countries"}]}]
    parties = answer_statement(recs, raw, dt.date(2024, 10, 17), {"source": "https://www.whitehouse.gov/x"}, title)
    assert parties == ["US"]
    names = [c["actor_names"] for c in recs[1]["commitments"]]
    assert names == [["US"], ["US", "DE"]]

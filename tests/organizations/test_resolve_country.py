"""Statement-level country guess for a generic body without a cue (organizations/resolve.py)."""
from pipeline.organizations.resolve import guess_country


def test_a_department_the_registry_lacks_takes_the_statements_first_country_not_the_us():
    """An Australian release that names NASA: its "Department of Industry, Science, Energy and
    Resources" is Australia's, not a U.S. department."""
    assert guess_country("Department", ["AU", "US"]) == "AU"
    assert guess_country("Department", ["US", "JP"]) == "US"


def test_a_ministry_without_a_cue_is_not_the_united_states():
    assert guess_country("Ministry", ["US", "JP"]) == "JP"
    assert guess_country("Ministry", ["US"]) is None

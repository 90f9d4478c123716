"""The organization registry as knowledge (issue 11, unseen publishers; models/README.md).

The registry is general knowledge that grows family by family (national space agencies, the UN
system, regional organizations and space forums, meteorological, mapping and research agencies).
The checks keep it one body per entry: unique ids and names, the format's keys and kinds, an id
prefix that is the body's country, no topic acronym, no acronym two bodies of one country share
(the statement's country could not tell them apart), no alias that is another body's name. The
registry tests below pin down one body of each family the next statement may name."""
import json
import re
from collections import defaultdict

import pytest

from org_linking import orgs
from pipeline.core.config import models_path
from pipeline.organizations.knowledge import norm_key

KEYS = ["id", "name", "acronyms", "aliases", "country", "kind", "source"]
KINDS = {"agency", "ministry", "department", "office", "council", "military", "intergovernmental", "forum",
         "company", "academia", "government", "legislature", "other"}
# models/README.md: never a topic, a program or a common word, nor a time zone
NOT_ACRONYMS = {"SSA", "MDA", "LEO", "GPS", "QZSS", "ISS", "TCBMs", "SDGs", "GNSS", "ASAT", "GEO", "JST", "CST", "DST",
                "MSS", "PMD", "BMD", "PPP", "WHO"}


@pytest.fixture(scope="module")
def registry():
    lines = models_path("organizations.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_registry_lines_have_the_format_keys_in_order_and_a_known_kind(registry):
    for e in registry:
        assert list(e) == KEYS, e["id"]
        assert e["kind"] in KINDS, e["id"]
        assert e["name"] and e["name"] == " ".join(e["name"].split()), e["id"]


def test_registry_ids_and_names_are_unique(registry):
    for key in ("id", "name"):
        seen = defaultdict(int)
        for e in registry:
            seen[e[key]] += 1
        assert [k for k, n in seen.items() if n > 1] == []


def test_registry_id_prefix_is_the_country_or_international(registry):
    for e in registry:
        prefix = e["id"].split("-")[0]
        if e["country"]:
            assert prefix == e["country"].lower(), e["id"]
        else:
            assert prefix in ("int", "un", "eu"), e["id"]


def test_registry_acronym_is_no_topic_or_time_zone(registry):
    assert [(e["id"], a) for e in registry for a in e["acronyms"] if a in NOT_ACRONYMS] == []


def test_registry_acronym_is_shared_only_by_bodies_of_different_countries(registry):
    owners = defaultdict(list)
    for e in registry:
        for a in e["acronyms"]:
            owners[a].append(e["country"])
    assert {a: cs for a, cs in owners.items() if len(cs) != len(set(cs))} == {}


def test_registry_alias_is_no_other_bodys_name(registry):
    # the FCC Space Bureau was two entries, each the other's alias
    names = {norm_key(e["name"]): e["id"] for e in registry}
    clashes = [(e["id"], a) for e in registry for a in e["aliases"]
               if names.get(norm_key(a), e["id"]) != e["id"]]
    assert clashes == []


def test_registry_generic_name_of_a_second_country_carries_its_country(registry):
    # "National Meteorological Service" names bodies of Mexico and Argentina: both names say whose
    for e in registry:
        if e["id"] in ("mx-smn", "ar-smn", "sa-ncm", "ae-ncm"):
            assert re.search(r" \([A-Z][A-Za-z ]+\)$", e["name"]), e["id"]


def test_registry_bodies_of_the_un_system(paragraph_docs):
    got = dict(orgs(paragraph_docs, "UNICEF, UNCTAD and UN Women joined the United Nations Disarmament Commission "
                    "and the International Fund for Agricultural Development (IFAD) at the meeting."))
    assert got.get("UNICEF") == ("United Nations Children's Fund",)
    assert got.get("UNCTAD") == ("United Nations Conference on Trade and Development",)
    assert got.get("UN Women") == ("United Nations Entity for Gender Equality and the Empowerment of Women",)
    assert got.get("United Nations Disarmament Commission") == ("United Nations Disarmament Commission",)


def test_registry_copuos_working_group_and_wmo_organs(paragraph_docs):
    got = dict(orgs(paragraph_docs, "The Working Group on Legal Aspects of Space Resource Activities reported to "
                    "the WMO Executive Council and the World Meteorological Congress."))
    assert got.get("Working Group on Legal Aspects of Space Resource Activities") == \
        ("Working Group on Legal Aspects of Space Resource Activities",)
    assert got.get("WMO Executive Council") == ("WMO Executive Council",)


def test_registry_regional_organizations_of_south_asia_and_central_america(paragraph_docs):
    got = dict(orgs(paragraph_docs, "SAARC, BIMSTEC and SICA welcomed the Nordic Council of Ministers."))
    assert got.get("SAARC") == ("South Asian Association for Regional Cooperation",)
    assert got.get("BIMSTEC") == ("Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation",)
    assert got.get("SICA") == ("Central American Integration System",)
    assert got.get("Nordic Council of Ministers") == ("Nordic Council of Ministers",)


def test_registry_meteorological_and_research_agencies_by_acronym(paragraph_docs):
    got = dict(orgs(paragraph_docs, "PAGASA, BMKG and NIWA will share data with CONICET."))
    assert got.get("PAGASA") == ("Philippine Atmospheric, Geophysical and Astronomical Services Administration",)
    assert got.get("BMKG") == ("Meteorology, Climatology, and Geophysical Agency",)
    assert got.get("NIWA") == ("National Institute of Water and Atmospheric Research",)
    assert got.get("CONICET") == ("National Scientific and Technical Research Council",)


def test_registry_mobile_satellite_service_is_no_meteorological_service(paragraph_docs):
    # MSS is the spectrum topic here, not Singapore's meteorological service
    got = orgs(paragraph_docs, "The allocation for the mobile-satellite service (MSS) was discussed.")
    assert not any(text == "MSS" for text, _ in got)



def test_a_reorganized_predecessor_keeps_its_own_entry():
    # "TASA, which was reorganized from the National Space Organization (NSPO)": the predecessor is its own body
    from pipeline.organizations import knowledge
    K = knowledge.load()
    assert [e.name for e in K.lookup_acronym("NSPO")] == ["National Space Organization"]
    assert [e.name for e in K.lookup_acronym("TASA")] == ["Taiwan Space Agency"]


def test_regional_bodies_of_asia_are_registered():
    # regional intergovernmental bodies that space-applications statements name (disaster risk, meteorology)
    from pipeline.organizations import knowledge
    K = knowledge.load()
    assert [e.name for e in K.lookup_acronym("ADPC")] == ["Asian Disaster Preparedness Center"]
    assert [e.name for e in K.lookup("ASEAN Specialized Meteorological Centre")] == ["ASEAN Specialised Meteorological Centre"]


def test_registry_caribbean_institutions_and_african_aviation_bodies(paragraph_docs):
    # CARICOM's institutions and councils, Africa's air navigation and civil aviation bodies
    got = dict(orgs(paragraph_docs, "COTED asked CARDI, the CCCCC, AFCAC and ASECNA to share satellite data with GAEC."))
    assert got.get("COTED") == ("Council for Trade and Economic Development",)
    assert got.get("CARDI") == ("Caribbean Agricultural Research and Development Institute",)
    assert got.get("CCCCC") == ("Caribbean Community Climate Change Centre",)
    assert got.get("AFCAC") == ("African Civil Aviation Commission",)
    assert got.get("ASECNA") == ("Agency for Air Navigation Safety in Africa and Madagascar",)
    assert got.get("GAEC") == ("Ghana Atomic Energy Commission",)

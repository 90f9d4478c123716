"""Statement parties of news reprints and pages in other languages (issue 13)."""
from pipeline.answers.parties import statement_parties


def _records(lines, kinds, orgs_of=lambda line, at: []):
    raw = "\n".join(lines)
    records, at = [], 0
    for kind, line in zip(kinds, lines):
        records.append({"kind": kind, "start": at, "end": at + len(line), "text": line,
                        "organizations": orgs_of(line, at)})
        at += len(line) + 1
    return records, raw


def test_wire_reprint_reporting_a_countrys_agency_is_the_agencys():
    # a portal's reprint of a wire story (sidecar: the country) carries the announcement of
    # the country's space agency: "..., the China National Space Administration (CNSA) said"
    lines = ["China's Chang'e-7 to carry payloads from six countries",
             "WUHAN, April 25 (Xinhua) -- China's Chang'e-7 lunar probe will carry six scientific instruments "
             "from Egypt, Bahrain and Italy, the China National Space Administration (CNSA) said on Thursday."]

    def orgs_of(line, at):
        name = "China National Space Administration"
        i = line.find(name)
        return [{"text": name, "start": at + i, "end": at + i + len(name), "names": [name]}] if i >= 0 else []
    records, raw = _records(lines, ["title", "body"], orgs_of)
    meta = {"source": "english.www.gov.cn, News > Sci-tech (Xinhua reprint)", "parties": ["China"]}
    assert statement_parties(records, raw, meta, lines[0])[0] == ["China National Space Administration"]


def test_union_named_in_a_spanish_title_is_a_side():
    # "Chile y la Unión Europea lanzan ...": the organization stage tags English only; the
    # Union's name in the page's language makes it a side beside the country
    lines = ["Chile y la Unión Europea lanzan la Alianza Digital y el centro Copernicus para América Latina",
             "Chile y la Unión Europea acordaron impulsar la cooperación en observación de la Tierra."]
    records, raw = _records(lines, ["title", "body"])
    assert statement_parties(records, raw, {}, None)[0] == ["CL", "European Union"]

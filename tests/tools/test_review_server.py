"""The review server (pipeline/tools/review/server.py): what it serves, and every way a
correction request is refused."""
import http.client
import json
import re
import threading

import pytest

from pipeline.core.errors import PipelineError
from pipeline.tools import review
from pipeline.tools.review import server as srv
from test_review import RAW, paragraphs, write_corpus


@pytest.fixture
def served(tmp_path):
    raw_dir, out = write_corpus(tmp_path, {"a_doc": RAW})
    review.main(["--raw", str(raw_dir), "--out", str(out), "--since", "none"])
    (tmp_path / "secret.txt").write_text("not for the browser")
    fixes = tmp_path / "corrections.jsonl"
    server = srv.make_server(out / "review", out, port=0, corrections=fixes, who="tester", quiet=True,
                             raw=raw_dir)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server, fixes
    server.shutdown()
    server.server_close()


def request(server, method, path, body=None, headers=None):
    port = server.server_address[1]
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    base = {"Host": f"127.0.0.1:{port}"}
    if body is not None:
        base.update({"Content-Type": "application/json", "X-Review-Token": server.token})
    base.update(headers or {})
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    conn.request(method, path, body=data, headers=base)
    resp = conn.getresponse()
    return resp.status, resp.read(), resp


GOOD = {"doc_id": "a_doc", "kind": "commitment", "action": "reject"}


def good(**extra):
    c = paragraphs("a_doc", RAW)[2]["commitments"][0]
    return {**GOOD, "start": c["start"], "end": c["end"], **extra}


def test_pages_carry_the_token_and_strict_csp(served):
    server, _ = served
    status, data, resp = request(server, "GET", "/a_doc.html")
    assert status == 200 and f'name="review-token" content="{server.token}"'.encode() in data
    assert "script-src 'self'" in resp.getheader("Content-Security-Policy")
    assert request(server, "GET", "/")[0] == 200


def test_raw_file_is_served_as_plain_text(served):
    status, data, resp = request(served[0], "GET", "/raw/a_doc.txt")
    assert status == 200 and data.decode() == RAW and resp.getheader("Content-Type").startswith("text/plain")
    assert resp.getheader("X-Content-Type-Options") == "nosniff"


@pytest.mark.parametrize("path", ["/../secret.txt", "/raw/../secret.txt", "/raw/%2e%2e%2fsecret.txt",
                                  "/raw/..", "/raw/a_doc.meta.json", "/%2e%2e/secret.txt", "/.review-pages.json",
                                  "/..%2fsecret.txt", "/nothing.html"])
def test_paths_outside_the_pages_are_refused(served, path):
    status, data, _ = request(served[0], "GET", path)
    assert status == 404 and b"not for the browser" not in data


def test_good_correction_is_appended(served):
    server, fixes = served
    status, data, _ = request(server, "POST", "/api/corrections", good())
    assert status == 200, data
    [line] = fixes.read_text().splitlines()
    rec = json.loads(line)
    assert rec["who"] == "tester" and rec["action"] == "reject" and rec["text"].startswith("NASA & JAXA")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", rec["when"])


def test_rename_records_the_old_name(served):
    server, fixes = served
    org = paragraphs("a_doc", RAW)[2]["organizations"][1]
    status, data, _ = request(server, "POST", "/api/corrections",
                              {"doc_id": "a_doc", "kind": "organization", "action": "rename",
                               "start": org["start"], "end": org["end"], "name": " JAXA (Japan) "})
    assert status == 200, data
    rec = json.loads(fixes.read_text())
    assert (rec["from"], rec["name"]) == ("Japan Aerospace Exploration Agency", "JAXA (Japan)")


@pytest.mark.parametrize("body,headers,code,reason", [
    (b"{not json", {}, 400, "malformed JSON"),
    ([1, 2], {}, 400, "JSON object"),
    (good(action="delete"), {}, 400, "action"),
    (good(extra=1), {}, 400, "unknown key"),
    (good(start=-1), {}, 400, "offsets"),
    (good(start=True), {}, 400, "offsets"),
    (good(doc_id="../etc/passwd"), {}, 400, "doc_id"),
    (good(doc_id="b_doc"), {}, 400, "no statement"),
    (good(start=1), {}, 400, "no commitment at"),
    (good(action="rename", name="X"), {}, 400, "only an organization"),
    (good(), {"Content-Type": "text/plain"}, 415, "application/json"),
    (good(), {"X-Review-Token": "guess"}, 403, "Token"),
    (good(), {"Origin": "http://evil.example"}, 403, "cross-origin"),
    (good(), {"Host": "evil.example:80"}, 403, "Host"),
    (good(), {"Sec-Fetch-Site": "cross-site"}, 403, "cross-site"),
    (b"x" * (srv.MAX_BODY + 1), {}, 413, "bytes"),
])
def test_bad_request_is_refused_with_the_reason(served, body, headers, code, reason):
    server, fixes = served
    status, data, _ = request(server, "POST", "/api/corrections", body, headers)
    assert status == code and reason in json.loads(data)["error"]
    assert not fixes.exists()


def test_corrections_file_outside_the_project_is_refused(tmp_path):
    raw_dir, out = write_corpus(tmp_path, {"a_doc": RAW})
    review.main(["--raw", str(raw_dir), "--out", str(out), "--since", "none"])
    with pytest.raises(PipelineError, match="inside the project"):
        srv.make_server(out / "review", out, port=0, corrections="/etc/corrections.jsonl")


def test_binds_to_loopback_by_default(tmp_path):
    raw_dir, out = write_corpus(tmp_path, {"a_doc": RAW})
    review.main(["--raw", str(raw_dir), "--out", str(out), "--since", "none"])
    server = srv.make_server(out / "review", out, port=0, corrections=tmp_path / "c.jsonl")
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()

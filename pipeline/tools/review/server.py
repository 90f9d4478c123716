"""``pipeline review --serve``: the review pages on 127.0.0.1 with corrections actions.

GET serves the files of the review folder only (a path that resolves outside it, a
hidden file or anything but a regular file is refused), and ``/raw/<doc_id>.txt``
from the raw folder as plain text (what the pages' raw-file links point to when the
pages sit in ``OUT/review`` beside ``RAW``); each served HTML page carries this
server's random token. POST ``/api/corrections`` takes one JSON object
``{"doc_id", "kind", "start", "end", "action", "name"?}`` and appends it, completed
with ``text``, ``from`` (renames), ``who`` and ``when``, to the corrections file
(``models/corrections.jsonl``). It is refused (answered 4xx with the reason as
``{"error": ...}``) unless: the Host is this server's, the Origin (when sent) is
this server's, the token matches, the Content-Type is application/json, the body is
at most ``MAX_BODY`` bytes of valid JSON, and the record named exists in the
extraction with those offsets.
"""
import json
import os
import secrets
import sys
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ...core import corrections as corr
from ...core.config import ROOT, models_path
from ...core.errors import PipelineError
from ...core.textio import read_jsonl
from .assets import CSP

MAX_BODY = 16 * 1024
TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
         ".js": "text/javascript; charset=utf-8", ".png": "image/png"}
TOKEN_META = '<meta name="review-token" content="">'


class Refused(Exception):
    def __init__(self, status, reason):
        super().__init__(reason)
        self.status, self.reason = status, reason


def inside(path, folder):
    path, folder = Path(path).resolve(), Path(folder).resolve()
    return path == folder or folder in path.parents


def corrections_path(given, out):
    """The corrections file: ``models/corrections.jsonl`` by default; a given one must lie
    in the project or beside the extraction folder."""
    if not given:
        return models_path(corr.FILE)
    path = Path(given).resolve()
    if not (inside(path, ROOT) or inside(path, Path(out).resolve().parent)) or path.is_dir():
        raise PipelineError(f"{given}: the corrections file must lie inside the project ({ROOT}) "
                            f"or beside the extraction folder")
    return path


def find_record(out, rec):
    """The extracted record a correction names (kind, offsets), or ``Refused``."""
    docs = {d["doc_id"] for d in read_jsonl(Path(out) / "documents.jsonl")}
    if rec["doc_id"] not in docs:
        raise Refused(400, f"doc_id: no statement {rec['doc_id']!r} in the extraction")
    key = corr.KINDS[rec["kind"]]
    for p in read_jsonl(Path(out) / "paragraphs" / f"{rec['doc_id']}.jsonl"):
        for r in p.get(key) or []:
            if r.get("start") == rec["start"] and r.get("end") == rec["end"]:
                return r
    raise Refused(400, f"no {rec['kind']} at {rec['start']}-{rec['end']} in {rec['doc_id']}")


def complete(body, out, who, now=None):
    """The correction to append, from a request body (validated), or ``Refused``."""
    if not isinstance(body, dict):
        raise Refused(400, "the body must be a JSON object")
    extra = sorted(set(body) - {"doc_id", "kind", "start", "end", "action", "name"})
    if extra:
        raise Refused(400, f"unknown key(s): {', '.join(extra)}")
    rec = {k: body.get(k) for k in ("doc_id", "kind", "start", "end", "action")}
    rec["who"] = who
    rec["when"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now))
    if body.get("action") == "rename":
        rec["name"] = body.get("name")
        rec["from"] = "?"
    why = corr.problem(rec)
    if why:
        raise Refused(400, why)
    found = find_record(out, rec)
    rec["text"] = found.get("text") or ""
    if rec["action"] == "rename":
        names = found.get("names") or []
        if not names:
            raise Refused(400, "this organization has no canonical name to fix")
        rec["from"], rec["name"] = names[0], rec["name"].strip()
        if rec["from"] == rec["name"]:
            raise Refused(400, "name: the same as the current canonical name")
    return {k: rec[k] for k in sorted(rec)}


class Handler(BaseHTTPRequestHandler):
    server_version = "pipeline-review"
    sys_version = ""

    def log_message(self, fmt, *args):
        if not getattr(self.server, "quiet", False):
            sys.stderr.write("review: " + fmt % args + "\n")

    def _send(self, status, data, ctype):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)

    def _json(self, status, obj):
        self._send(status, json.dumps(obj, ensure_ascii=False).encode("utf-8"), "application/json")

    def do_GET(self):
        rel = unquote(urlsplit(self.path).path).lstrip("/") or "index.html"
        raw = self.server.raw
        if raw is not None and rel.startswith("raw/") and rel.count("/") == 1 and rel.endswith(".txt") \
                and not rel[4:].startswith(".") and "\x00" not in rel:
            path = Path(raw, rel[4:])
            if inside(path, raw) and path.is_file():
                return self._send(200, path.read_bytes(), "text/plain; charset=utf-8")
            return self._send(404, b"not found", "text/plain; charset=utf-8")
        path = Path(self.server.dest, rel)
        if "\x00" in rel or any(part.startswith(".") for part in Path(rel).parts) or \
                not inside(path, self.server.dest) or not path.is_file():
            return self._send(404, b"not found", "text/plain; charset=utf-8")
        data = path.read_bytes()
        if path.suffix == ".html":
            data = data.replace(TOKEN_META.encode(), f'<meta name="review-token" content="{self.server.token}">'
                                .encode(), 1)
        self._send(200, data, TYPES.get(path.suffix, "application/octet-stream"))

    def _check_request(self):
        host = self.headers.get("Host", "")
        if host not in self.server.hosts:
            raise Refused(403, f"Host {host!r} is not this server's")
        origin = self.headers.get("Origin")
        if origin is not None and origin != f"http://{host}":
            raise Refused(403, f"cross-origin request from {origin!r} refused")
        if self.headers.get("Sec-Fetch-Site") not in (None, "same-origin", "none"):
            raise Refused(403, "cross-site request refused")
        if not secrets.compare_digest(self.headers.get("X-Review-Token", ""), self.server.token):
            raise Refused(403, "missing or wrong X-Review-Token (reload the page from this server)")
        if self.headers.get("Content-Type", "").split(";")[0].strip().lower() != "application/json":
            raise Refused(415, "Content-Type must be application/json")
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            raise Refused(411, "Content-Length required") from None
        if not 0 < length <= MAX_BODY:
            raise Refused(413, f"the body must be 1 to {MAX_BODY} bytes")
        try:
            return json.loads(self.rfile.read(length).decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise Refused(400, f"malformed JSON: {exc}") from None

    def do_POST(self):
        if urlsplit(self.path).path != "/api/corrections":
            return self._json(404, {"error": "POST only to /api/corrections"})
        try:
            rec = complete(self._check_request(), self.server.out, self.server.who)
        except Refused as exc:
            return self._json(exc.status, {"error": exc.reason})
        line = json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n"
        self.server.corrections.parent.mkdir(parents=True, exist_ok=True)
        with open(self.server.corrections, "a", encoding="utf-8") as fh:
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())
        return self._json(200, {"ok": True, "correction": rec})


def make_server(dest, out, host="127.0.0.1", port=8765, corrections=None, who=None, quiet=False, raw=None):
    """The server (not yet serving); ``port=0`` picks a free port; ``raw``: the raw folder."""
    if not (Path(dest) / "index.html").is_file():
        raise PipelineError(f"{dest}: no review pages to serve")
    server = HTTPServer((host, port), Handler)
    real = server.server_address[1]
    server.dest, server.out, server.quiet = Path(dest).resolve(), Path(out), quiet
    server.raw = Path(raw).resolve() if raw else None
    server.corrections = corrections_path(corrections, out)
    server.who = who or os.environ.get("USER") or "analyst"
    server.token = secrets.token_urlsafe(24)
    server.hosts = {f"{host}:{real}", f"localhost:{real}", f"127.0.0.1:{real}"}
    return server


def serve(dest, out, host, port, corrections=None, who=None, raw=None):
    server = make_server(dest, out, host, port, corrections, who, raw=raw)
    print(f"serving the review pages on http://{host}:{server.server_address[1]}/ "
          f"(corrections go to {server.corrections}); Ctrl-C stops", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0

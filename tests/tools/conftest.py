"""A real headless Chromium driven through Debian's chromedriver (W3C WebDriver over
plain HTTP, standard library only: no download, works offline). Skips when chromium or
chromedriver is absent (.ci/run installs both)."""
import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
        "--disable-dev-shm-usage", "--window-size=1200,1000"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    """The few WebDriver commands the tests need."""

    def __init__(self, base, session):
        self.base, self.session = base, session

    def _call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(f"{self.base}{path}", data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                return json.loads(r.read() or b"{}").get("value")
        except urllib.error.HTTPError as exc:
            raise AssertionError(f"webdriver {method} {path}: {exc.read()[:500]!r}") from None

    def cmd(self, method, path, body=None):
        return self._call(method, f"/session/{self.session}{path}", body)

    def get(self, url):
        self.cmd("POST", "/url", {"url": url})

    def find(self, css):
        found = self.cmd("POST", "/element", {"using": "css selector", "value": css})
        assert isinstance(found, dict) and ELEMENT in found, f"{css}: {found}"
        return found[ELEMENT]

    def click(self, css):
        self.cmd("POST", f"/element/{self.find(css)}/click", {})

    def type(self, css, text):
        self.cmd("POST", f"/element/{self.find(css)}/value", {"text": text})

    def js(self, script, *args):
        return self.cmd("POST", "/execute/sync", {"script": script, "args": list(args)})

    def wait(self, script, timeout=20):
        end = time.time() + timeout
        while time.time() < end:
            value = self.js(script)
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for: {script}")

    def visible_rows(self):
        return self.js("return Array.from(document.querySelectorAll('#docs tbody tr'))"
                       ".filter(r => !r.hidden).map(r => r.dataset.id)")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        pytest.skip("Debian's chromium and chromium-driver are not installed "
                    "(apt-get install -y chromium chromium-driver)")
    port = free_port()
    log = tmp_path_factory.mktemp("chromedriver") / "log.txt"
    proc = subprocess.Popen([CHROMEDRIVER, f"--port={port}", f"--log-path={log}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/status", timeout=2).read()
                break
            except OSError:
                time.sleep(0.1)
        profile = tmp_path_factory.mktemp("profile")
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": CHROMIUM, "args": ARGS + [f"--user-data-dir={profile}"]}}}}
        req = urllib.request.Request(f"{base}/session", data=json.dumps(caps).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=120) as r:
            session = json.loads(r.read())["value"]["sessionId"]
        b = Browser(base, session)
        yield b
        b._call("DELETE", f"/session/{session}")
    finally:
        proc.terminate()
        proc.wait(timeout=20)

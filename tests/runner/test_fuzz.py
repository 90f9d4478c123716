"""Issue 14, "What it must do": random bytes, random Unicode (controls, U+2028, zero-width, RTL marks) and
random sidecars through the whole run, in process on a tiny folder: never a traceback, never
invalid JSON, offsets always slice back to their text."""
import atexit
import json
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from pipeline.core.textio import fold
from pipeline.runner.run import run_stages

PIECES = ["NASA", "ESA", "the Japan Aerospace Exploration Agency (JAXA)", " agreed to cooperate ",
          " will launch ", "on 5 March 2024", "in 2030", ".", "\n", "\n\n", "\r\n", " ", "\t",
          "\u2028", "\u2029", "\u200b", "\u200d", "\ufeff", "\u200f", "\u202e", "\u061c", "\x0b", "\x0c",
          "\x85", "\x07", "\x00", "–", "é", "日本", "\U0001F680", "<b>", "&amp;", "\"", "'"]
TEXTS = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
    st.text(max_size=120),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=25).map("".join),
)
RAW_BYTES = st.one_of(TEXTS.map(lambda t: t.encode("utf-8")), st.binary(max_size=160),
                      TEXTS.map(lambda t: t.encode("utf-16")))
VALUES = st.one_of(st.none(), st.text(max_size=20), st.integers(), st.floats(allow_nan=True),
                   st.lists(st.text(max_size=8), max_size=3), st.dates().map(lambda d: d.isoformat()),
                   st.dictionaries(st.text(max_size=4), st.integers(), max_size=2))
SIDECARS = st.one_of(
    st.none(),
    st.dictionaries(st.sampled_from(["date", "title", "source", "parties", "other"]), VALUES, max_size=4)
    .map(lambda d: json.dumps(d).encode("utf-8")),  # json.dumps writes NaN and Infinity as such
    st.binary(max_size=40),
)
NAMES = st.text(alphabet="abcXYZ09 ;|:$()'-_.", min_size=1, max_size=16).filter(
    lambda n: not n.startswith(".") and n.strip())


def _strict(line):
    def refuse(name):
        raise ValueError(name)
    return json.loads(line, parse_constant=refuse)


def _check_outputs(raw, out):
    docs_path = out / "documents.jsonl"
    if not docs_path.exists():
        return
    for line in docs_path.read_text(encoding="utf-8").splitlines():
        doc = _strict(line)
        data = (raw / f"{doc['doc_id']}.txt").read_bytes()
        text = data.decode("utf-8")
        text = text[1:] if text.startswith("\ufeff") else text
        for pline in (out / "paragraphs" / f"{doc['doc_id']}.jsonl").read_text(encoding="utf-8").splitlines():
            para = _strict(pline)
            for item in [para] + para["organizations"] + para["dates"] + para["commitments"]:
                assert 0 <= item["start"] <= item["end"] <= len(text)
                assert fold(text[item["start"]:item["end"]]) == fold(item["text"]), item


BUILD = tempfile.mkdtemp(prefix="fuzz-build-")  # shared by the examples (the cache is exercised too)
atexit.register(shutil.rmtree, BUILD, ignore_errors=True)


@settings(max_examples=20, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(files=st.dictionaries(NAMES, st.tuples(RAW_BYTES, SIDECARS), min_size=1, max_size=3))
def test_issue14_fuzz_whole_run_never_traceback_never_invalid_json(files):
    with tempfile.TemporaryDirectory() as tmp:
        raw, out = Path(tmp) / "raw", Path(tmp) / "out"
        raw.mkdir()
        for name, (data, sidecar) in files.items():
            (raw / f"{name}.txt").write_bytes(data)
            if sidecar is not None:
                (raw / f"{name}.meta.json").write_bytes(sidecar)
        status = run_stages(raw=str(raw), out=str(out), build=BUILD, jobs=1)
        assert status in (0, 1)
        _check_outputs(raw, out)
        assert not list(out.rglob("*.tmp")) if out.exists() else True

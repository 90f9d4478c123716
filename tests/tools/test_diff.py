"""Record-level diff of two extractions (pipeline/tools/diff/)."""
import copy
import hashlib
import json
import os
import re
import shutil
import subprocess

import pytest

from pipeline.tools import diff

RAW = (
    "Joint Statement on Space Cooperation\n\n"
    "Washington, August 26, 2020\n\n"
    "NASA and JAXA met in Tokyo in July 2020. Both sides reaffirmed their commitment to Artemis.\n\n"
    "The United States will provide a launch in 2024.\n\n"
    "For more information, contact the press office.\n"
)


def fold(text):
    return re.sub(r"\s+", " ", text).strip()


def paragraphs_of(doc_id, raw, ents=None, kinds=None, blocks=None):
    """Paragraph records per SCHEMA.md: blocks separated by blank lines (or
    ``blocks``, a list of (start, end)); ``ents`` maps a paragraph index to
    ``{"organizations": [{"text": ..., ...}], ...}``, offsets found in the raw
    text; ``kinds`` maps an index to its kind (default body)."""
    ents, kinds = ents or {}, kinds or {}
    if blocks is None:
        blocks = [(m.start(), m.end()) for m in re.finditer(r"\S(?:.|\n(?!\n))*", raw)]
    out = []
    for i, (start, end) in enumerate(blocks):
        rec = {"doc_id": doc_id, "index": i, "kind": kinds.get(i, "body"), "start": start, "end": end,
               "text": fold(raw[start:end]), "organizations": [], "dates": [], "commitments": []}
        for key, items in ents.get(i, {}).items():
            pos = start
            for item in items:
                item = dict(item)
                at = raw.index(item["text"], pos, end)
                item.update(start=at, end=at + len(item["text"]))
                pos = at
                item.setdefault("dates", []) if key == "commitments" else None
                rec[key].append(item)
            rec[key].sort(key=lambda e: e["start"])
        out.append(rec)
    return out


def write_extraction(folder, docs):
    """``docs``: ``{doc_id: (raw, paragraphs, extra document keys)}``."""
    (folder / "paragraphs").mkdir(parents=True, exist_ok=True)
    lines = []
    for doc_id in sorted(docs):
        raw, paras, extra = docs[doc_id]
        counts = {k: sum(len(p[k]) for p in paras) for k in ("organizations", "dates", "commitments")}
        rec = {"doc_id": doc_id, "source": f"raw/{doc_id}.txt",
               "sha256": hashlib.sha256(raw.encode()).hexdigest(), "title": fold(raw.split("\n")[0]),
               "date": "2020-08-26", "n_paragraphs": len(paras), "counts": counts, **extra}
        lines.append(json.dumps(rec, sort_keys=True, ensure_ascii=False))
        with open(folder / "paragraphs" / f"{doc_id}.jsonl", "w", encoding="utf-8", newline="\n") as f:
            for p in paras:
                f.write(json.dumps(p, sort_keys=True, ensure_ascii=False) + "\n")
    (folder / "documents.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return folder


ENTS = {
    2: {"organizations": [{"text": "NASA", "names": ["National Aeronautics and Space Administration"]},
                          {"text": "JAXA", "names": ["Japan Aerospace Exploration Agency"]}],
        "dates": [{"text": "July 2020", "value": "2020-07"}],
        "commitments": [{"text": "Both sides reaffirmed their commitment to Artemis", "actor": "Both sides",
                         "trigger": "reaffirmed their commitment to", "action": "Artemis",
                         "strength": "firm", "reaffirmed": True}]},
    3: {"organizations": [{"text": "The United States", "names": ["United States"]}],
        "dates": [{"text": "2024", "value": "2024"}],
        "commitments": [{"text": "The United States will provide a launch in 2024", "actor": "The United States",
                         "trigger": "will", "action": "provide a launch in 2024", "strength": "firm",
                         "reaffirmed": False, "dates": ["2024"]}]},
}
KINDS = {0: "title", 1: "meta", 4: "boilerplate"}


def base_docs():
    return {"d1": (RAW, paragraphs_of("d1", RAW, ENTS, KINDS), {}),
            "d2": (RAW, paragraphs_of("d2", RAW, ENTS, KINDS), {})}


def run(tmp_path, old_docs, new_docs, capsys):
    a = write_extraction(tmp_path / "a", old_docs)
    b = write_extraction(tmp_path / "b", new_docs)
    status = diff.main([str(a), str(b)])
    return status, capsys.readouterr().out


def test_no_change_exits_0(tmp_path, capsys):
    status, out = run(tmp_path, base_docs(), base_docs(), capsys)
    assert status == 0
    assert out.strip().splitlines()[-1] == "no changes"


def test_added_removed_and_changed_records(tmp_path, capsys):
    ents = copy.deepcopy(ENTS)
    ents[2]["organizations"] = [ents[2]["organizations"][0],   # JAXA removed
                                {"text": "Tokyo", "names": ["Tokyo Metropolitan Government"]}]  # added
    ents[2]["dates"][0]["value"] = "2021-07"                       # changed value
    ents[3]["commitments"][0]["strength"] = "intent"              # changed strength
    new = base_docs()
    new["d1"] = (RAW, paragraphs_of("d1", RAW, ents, KINDS), {})
    status, out = run(tmp_path, base_docs(), new, capsys)
    assert status == 1
    lines = out.splitlines()
    assert "=== d1" in out and "=== d2" not in out
    assert any(line.startswith('- org "JAXA" [Japan Aerospace Exploration Agency]') and "¶2" in line
               for line in lines)
    assert any(line.startswith('+ org "Tokyo" [Tokyo Metropolitan Government]') for line in lines)
    assert any(line.startswith('~ date "July 2020" 2020-07') for line in lines)
    assert "    2020-07 → 2021-07" in lines
    assert '    strength: "firm" → "intent"' in lines
    # context of the paragraph is quoted on the line
    assert any('¶2: "NASA and JAXA met in Tokyo' in line for line in lines if line.startswith("- org"))
    assert lines[-1] == ("1 document changed (0 added, 0 removed); organizations +1 -1 ~0; "
                         "dates +0 -0 ~1; commitments +0 -0 ~1; paragraphs +0 -0 ~0, split 0, joined 0")
    # nothing else: NASA, the 2024 date and the other commitment are not mentioned
    assert "NASA" not in out.replace("NASA and JAXA met", "")
    assert '"2024"' not in out


def test_edit_shifting_offsets_shows_only_the_edit(tmp_path, capsys):
    """A word inserted early in the statement moves every later offset; only
    the paragraph that changed is reported, no entity."""
    raw2 = RAW.replace("Joint Statement", "Joint Statement of the Two Agencies")
    raw2 = raw2.replace("NASA and JAXA met", "NASA and JAXA formally met")
    new = base_docs()
    new["d1"] = (raw2, paragraphs_of("d1", raw2, ENTS, KINDS), {})
    status, out = run(tmp_path, base_docs(), new, capsys)
    assert status == 1
    changes = [line for line in out.splitlines() if line[:2] in ("+ ", "- ", "~ ")]
    assert len(changes) == 3, out   # title paragraph, body paragraph, document (title, sha256)
    assert any("{+formally+}" in line and line.startswith("~ paragraph ¶2") for line in changes)
    assert any("{+of the Two Agencies+}" in line for line in changes)
    assert "organizations +0 -0 ~0; dates +0 -0 ~0; commitments +0 -0 ~0" in out


def test_new_and_deleted_document(tmp_path, capsys):
    old = base_docs()
    new = base_docs()
    del new["d2"]
    new["d3"] = (RAW, paragraphs_of("d3", RAW, ENTS, KINDS), {})
    status, out = run(tmp_path, old, new, capsys)
    assert status == 1
    assert "=== d2 (deleted document)" in out
    assert "=== d3 (new document)" in out
    d2 = out.split("=== d2")[1].split("===")[0]
    d3 = out.split("=== d3")[1].split("\n\n")[0]
    assert d2.count("\n- org") == 3 and d2.count("\n- commitment") == 2 and d2.count("\n- date") == 2
    assert d3.count("\n+ org") == 3 and "\n- " not in d3
    assert out.splitlines()[-1].startswith(
        "2 documents changed (1 added, 1 removed); organizations +3 -3 ~0; dates +2 -2 ~0; "
        "commitments +2 -2 ~0")


def test_paragraph_split_and_join(tmp_path, capsys):
    """A segmentation rule change: the same raw text, the two body blocks
    one paragraph on the old side and two on the new side."""
    blocks = [(m.start(), m.end()) for m in re.finditer(r"\S(?:.|\n(?!\n))*", RAW)]
    joined = blocks[:2] + [(blocks[2][0], blocks[3][1])] + blocks[4:]
    ents_joined = {2: {k: ENTS[2][k] + ENTS[3][k] for k in ENTS[2]}}
    one = paragraphs_of("d1", RAW, ents_joined, {0: "title", 1: "meta", 3: "boilerplate"}, blocks=joined)
    two = paragraphs_of("d1", RAW, ENTS, KINDS)
    status, out = run(tmp_path, {"d1": (RAW, one, {})}, {"d1": (RAW, two, {})}, capsys)
    assert status == 1
    assert "~ paragraph ¶2 split into ¶2, ¶3" in out
    assert out.splitlines()[-1].endswith("split 1, joined 0")
    assert "org" not in out.split("===")[1].replace("organizations", "")  # entities unchanged
    status, out = run(tmp_path / "r", {"d1": (RAW, two, {})}, {"d1": (RAW, one, {})}, capsys)
    assert "~ paragraph ¶2, ¶3 joined into ¶2" in out
    assert out.splitlines()[-1].endswith("split 0, joined 1")


def test_paragraph_kind_change_and_added_paragraph(tmp_path, capsys):
    kinds = dict(KINDS)
    kinds[3] = "boilerplate"
    ents = {2: ENTS[2]}
    raw2 = RAW + "\nA new closing paragraph.\n"
    new = base_docs()
    new["d1"] = (raw2, paragraphs_of("d1", raw2, ents, kinds), {})
    status, out = run(tmp_path, base_docs(), new, capsys)
    assert "~ paragraph ¶3 kind: body → boilerplate" in out
    assert '+ paragraph ¶5 (body) "A new closing paragraph."' in out
    assert out.count("\n- ") == 3   # the three records of the boilerplate paragraph


def test_order_is_deterministic(tmp_path, capsys):
    new = base_docs()
    del new["d1"]
    first = run(tmp_path / "x", base_docs(), new, capsys)
    second = run(tmp_path / "y", base_docs(), new, capsys)
    assert first[1].replace(str(tmp_path / "x"), "") == second[1].replace(str(tmp_path / "y"), "")


def test_provenance_reported_once(tmp_path, capsys):
    new = {k: (r, p, {"pipeline_version": "0.2.0"}) for k, (r, p, _) in base_docs().items()}
    old = {k: (r, p, {"pipeline_version": "0.1.0"}) for k, (r, p, _) in base_docs().items()}
    status, out = run(tmp_path, old, new, capsys)
    assert status == 1
    assert '~ provenance pipeline_version: "0.1.0" → "0.2.0" (2 documents)' in out
    assert "===" not in out


def test_bad_source_exits_2(tmp_path, capsys):
    a = write_extraction(tmp_path / "a", base_docs())
    assert diff.main([str(a), str(tmp_path / "missing")]) == 2
    assert "neither an extraction folder nor a git revision" in capsys.readouterr().err
    (a / "documents.jsonl").write_text("{not json\n")
    assert diff.main([str(a), str(a)]) == 2
    assert "documents.jsonl:1: not valid JSON" in capsys.readouterr().err


def test_textconv_stable_and_offset_free(tmp_path, capsys):
    paras = paragraphs_of("d1", RAW, ENTS, KINDS)
    f = tmp_path / "d1.jsonl"
    f.write_text("".join(json.dumps(p, sort_keys=True) + "\n" for p in paras))
    assert diff.main(["--textconv", str(f)]) == 0
    first = capsys.readouterr().out
    assert diff.main(["--textconv", str(f)]) == 0
    assert capsys.readouterr().out == first
    lines = first.splitlines()
    assert lines[0] == '¶ title "Joint Statement on Space Cooperation"'
    assert '    org "JAXA"  names=["Japan Aerospace Exploration Agency"]' in lines
    assert '    date "July 2020"  value="2020-07"' in lines
    # shifting every offset and index (a paragraph inserted before) leaves
    # the rendering of the others alone
    raw2 = "Preamble.\n\n" + RAW
    shifted = paragraphs_of("d1", raw2, {i + 1: v for i, v in ENTS.items()},
                            {i + 1: v for i, v in KINDS.items()})[1:]
    f.write_text("".join(json.dumps(p, sort_keys=True) + "\n" for p in shifted))
    diff.main(["--textconv", str(f)])
    assert capsys.readouterr().out == first
    docs = write_extraction(tmp_path / "e", base_docs()) / "documents.jsonl"
    diff.main(["--textconv", str(docs)])
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and out[0].startswith("d1  counts=") and 'title="Joint Statement' in out[0]


def git(cwd, *args):
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_revisions_and_working_tree(tmp_path, capsys, monkeypatch):
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    git(repo, "commit", "-q", "--allow-empty", "-m", "empty")
    write_extraction(repo / "extracted", base_docs())
    git(repo, "add", "extracted")
    git(repo, "commit", "-q", "-m", "extraction")
    ents = copy.deepcopy(ENTS)
    ents[3]["dates"][0]["value"] = "2025"
    new = base_docs()
    new["d2"] = (RAW, paragraphs_of("d2", RAW, ents, KINDS), {})
    write_extraction(repo / "extracted", new)
    monkeypatch.chdir(repo / "extracted" / "paragraphs")   # revision paths work from a subfolder
    monkeypatch.chdir(repo)
    assert diff.main([]) == 1                              # HEAD against the working tree
    out = capsys.readouterr().out
    assert out.startswith("--- HEAD:extracted\n+++ extracted\n")
    assert "=== d2" in out and "    2024 → 2025" in out
    assert diff.main(["HEAD", "HEAD"]) == 0
    assert capsys.readouterr().out.endswith("no changes\n")
    # a revision without the folder: everything is new
    assert diff.main(["HEAD~1", "HEAD"]) == 1
    assert "2 documents changed (2 added, 0 removed)" in capsys.readouterr().out
    assert diff.main(["HEAD:extracted", "extracted"]) == 1
    capsys.readouterr()
    monkeypatch.chdir(repo / "extracted")
    assert diff.main(["HEAD", ".", "--out", "."]) == 1
    assert "=== d2" in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_textconv_driver(tmp_path):
    """``git diff`` with the textconv driver shows records, not JSON lines."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    write_extraction(repo / "extracted", base_docs())
    (repo / ".gitattributes").write_text("extracted/**/*.jsonl diff=extraction\n")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "extraction")
    ents = copy.deepcopy(ENTS)
    ents[2]["dates"][0]["value"] = "2021-07"
    new = base_docs()
    new["d1"] = (RAW, paragraphs_of("d1", RAW, ents, KINDS), {})
    write_extraction(repo / "extracted", new)
    import sys
    import pipeline
    root = os.path.dirname(os.path.dirname(os.path.abspath(pipeline.__file__)))
    git(repo, "config", "diff.extraction.textconv",
        f"PYTHONPATH={root} {sys.executable} -m pipeline diff --textconv")
    out = git(repo, "diff", "extracted/paragraphs").stdout
    assert '-    date "July 2020"  value="2020-07"' in out
    assert '+    date "July 2020"  value="2021-07"' in out
    assert '"start"' not in out

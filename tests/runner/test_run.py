"""The whole chain on folders: bad inputs, incremental runs, determinism, offsets."""
import json
import shutil
from pathlib import Path

import pytest

from pipeline.runner.run import run_stages
from pipeline.core.textio import fold

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "raw" / "003_93882ebadc3484c3.txt"


def run(tmp_path, raw, out="out", jobs=1):
    return run_stages(raw=str(raw), out=str(tmp_path / out), build=str(tmp_path / "build"), jobs=jobs)


def outputs(folder):
    folder = Path(folder)
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.jsonl"))}


def docs(folder):
    lines = (Path(folder) / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["doc_id"]: json.loads(line) for line in lines}


@pytest.fixture
def raw(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    shutil.copy(SEED, folder / "good.txt")
    return folder


def assert_spans_slice_back(raw_text, paragraphs):
    for p in paragraphs:
        for item in [p] + p["organizations"] + p["dates"] + p["commitments"]:
            assert fold(raw_text[item["start"]:item["end"]]) == fold(item["text"]), item


def test_binary_file_fails_by_name_and_others_are_processed(tmp_path, raw, capsys):
    (raw / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert run(tmp_path, raw) == 1
    err = capsys.readouterr().err
    assert "image.txt" in err and "binary" in err
    assert set(docs(tmp_path / "out")) == {"good"}


def test_other_encoding_fails_by_name_with_the_byte(tmp_path, raw, capsys):
    (raw / "latin.txt").write_bytes("Caf\u00e9 cooperation was agreed.\n".encode("cp1252"))
    assert run(tmp_path, raw) == 1
    err = capsys.readouterr().err
    assert "latin.txt" in err and "not UTF-8" in err and "0xe9" in err
    assert set(docs(tmp_path / "out")) == {"good"}


def test_empty_file_fails_by_name(tmp_path, raw, capsys):
    (raw / "empty.txt").write_bytes(b"")
    (raw / "blank.txt").write_bytes(b"  \n\n\t\n")
    assert run(tmp_path, raw) == 1
    err = capsys.readouterr().err
    assert "empty.txt: file is empty" in err and "blank.txt" in err


def test_very_large_file_fails_by_name_with_the_limit(tmp_path, raw, capsys):
    (raw / "huge.txt").write_bytes(b"Both sides agreed to cooperate. " * 330_000)  # about 10 MB
    assert run(tmp_path, raw) == 1
    err = capsys.readouterr().err
    assert "huge.txt" in err and "above the limit" in err
    assert set(docs(tmp_path / "out")) == {"good"}


def test_bom_crlf_form_feed_and_tabs_process_with_raw_offsets(tmp_path, raw):
    text = SEED.read_text(encoding="utf-8")
    variant = "\ufeff" + text.replace("\n", "\r\n").replace("Both sides discussed", "Both\tsides discussed") \
        .replace("Both sides also re-affirmed", "\fBoth sides also re-affirmed")
    (raw / "variant.txt").write_bytes(variant.encode("utf-8"))
    assert run(tmp_path, raw) == 0
    decoded = variant[1:]
    paras = [json.loads(line) for line in (tmp_path / "out/paragraphs/variant.jsonl").read_text().splitlines()]
    assert_spans_slice_back(decoded, paras)
    good = [json.loads(line) for line in (tmp_path / "out/paragraphs/good.jsonl").read_text().splitlines()]
    assert [p["text"] for p in paras] == [p["text"] for p in good]
    assert [len(p["organizations"]) for p in paras] == [len(p["organizations"]) for p in good]


def test_failed_file_keeps_its_earlier_outputs_intact(tmp_path, raw, capsys):
    shutil.copy(SEED, raw / "later_bad.txt")
    assert run(tmp_path, raw) == 0
    before = outputs(tmp_path / "out")
    (raw / "later_bad.txt").write_bytes(b"\xff\xfe broken now")
    assert run(tmp_path, raw) == 1
    assert "later_bad.txt" in capsys.readouterr().err
    after = outputs(tmp_path / "out")
    assert after["paragraphs/later_bad.jsonl"] == before["paragraphs/later_bad.jsonl"]
    assert docs(tmp_path / "out")["later_bad"]["sha256"] == json.loads(
        [line for line in before["documents.jsonl"].decode().splitlines() if '"later_bad"' in line][0])["sha256"]
    assert not list((tmp_path / "out").rglob("*.tmp"))


def test_second_run_with_nothing_changed_tags_nothing(tmp_path, raw, capsys):
    shutil.copy(ROOT / "raw" / "002_77a92f4a1e830b36.txt", raw / "other.txt")
    assert run(tmp_path, raw) == 0
    capsys.readouterr()
    assert run(tmp_path, raw) == 0
    assert "0 tagged" in capsys.readouterr().err
    (raw / "other.txt").write_text((raw / "other.txt").read_text() + "\nBoth sides agreed to meet.\n")
    assert run(tmp_path, raw) == 0
    assert "1 tagged" in capsys.readouterr().err


def test_deleted_statement_disappears_from_outputs(tmp_path, raw):
    shutil.copy(SEED, raw / "gone.txt")
    assert run(tmp_path, raw) == 0
    (raw / "gone.txt").unlink()
    assert run(tmp_path, raw) == 0
    assert set(docs(tmp_path / "out")) == {"good"}
    assert not (tmp_path / "out/paragraphs/gone.jsonl").exists()


def test_sidecar_date_and_title_override_the_text(tmp_path, raw):
    (raw / "good.meta.json").write_text('{"date": "2014-05-10", "title": "Second Meeting", "source": "x"}')
    assert run(tmp_path, raw) == 0
    rec = docs(tmp_path / "out")["good"]
    assert rec["date"] == "2014-05-10" and rec["title"] == "Second Meeting" and rec["origin"] == "x"


def test_bad_sidecar_fails_by_name(tmp_path, raw, capsys):
    (raw / "good.meta.json").write_text('{"date": "May 9"}')
    assert run(tmp_path, raw) == 1
    assert "good.meta.json" in capsys.readouterr().err


def test_one_job_and_two_jobs_give_the_same_bytes(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for path in sorted((ROOT / "raw").glob("00*.txt")):
        shutil.copy(path, raw / path.name)
    assert run_stages(raw=str(raw), out=str(tmp_path / "a"), build=str(tmp_path / "b1"), jobs=1) == 0
    assert run_stages(raw=str(raw), out=str(tmp_path / "b"), build=str(tmp_path / "b2"), jobs=2) == 0
    assert outputs(tmp_path / "a") == outputs(tmp_path / "b")


def test_regenerating_the_corpus_gives_the_committed_extractions(tmp_path):
    """`make` was run and its outputs committed: regenerating raw/ gives the same bytes."""
    assert run_stages(raw=str(ROOT / "raw"), out=str(tmp_path / "out"), build=str(tmp_path / "build"),
                      jobs=2) == 0
    committed = outputs(ROOT / "extracted")
    fresh = outputs(tmp_path / "out")
    # the tables and the threads (the corpus stage) come after the run, from its outputs
    assert sorted(fresh) == sorted(k for k in committed if not k.startswith("tables/") and k != "threads.jsonl")
    from pipeline.threads import run_threads
    run_threads(tmp_path / "out")
    assert (tmp_path / "out" / "threads.jsonl").read_bytes() == (ROOT / "extracted" / "threads.jsonl").read_bytes()
    for name, data in fresh.items():
        if name == "documents.jsonl":
            continue  # source paths differ only by folder; compared below
        assert data == committed[name], f"{name} differs: run make and commit extracted/"
    a, b = docs(tmp_path / "out"), docs(ROOT / "extracted")
    for rec in list(a.values()) + list(b.values()):
        rec.pop("source")
    assert a == b


def test_every_committed_span_slices_back_to_its_text():
    for path in sorted((ROOT / "extracted" / "paragraphs").glob("*.jsonl")):
        raw_text = (ROOT / "raw" / f"{path.stem}.txt").read_bytes().decode("utf-8-sig")
        paras = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert paras, path
        assert_spans_slice_back(raw_text, paras)
        assert [p["index"] for p in paras] == list(range(len(paras)))
        assert all(a["end"] <= b["start"] for a, b in zip(paras, paras[1:]))


def test_deleted_output_file_is_rewritten_on_the_next_run(tmp_path, raw):
    assert run(tmp_path, raw) == 0
    before = outputs(tmp_path / "out")
    (tmp_path / "out/paragraphs/good.jsonl").unlink()
    assert run(tmp_path, raw) == 0
    assert outputs(tmp_path / "out") == before


def test_page_furniture_inside_a_paragraph_is_omitted_from_its_extractions(tmp_path, raw):
    """A PDF page break inside a paragraph: the page's footer and header are the paragraph's
    ``omitted`` ranges; its text stays the raw slice (SCHEMA) and nothing is extracted from them."""
    footer = "\n\nV.23-11548                         {n}/62\n                  A/78/20\n\n"
    text = ("A/78/20\n\n306. The Committee noted the initiatives of the Office for Outer Space Affairs, in "
            "particular the cooperation programme on CubeSat Deployment," + footer.format(n=51)
            + "conducted with the Japan Aerospace Exploration Agency (JAXA).\n\n"
            "307. Some delegations expressed the view that the Committee was the appropriate forum to"
            + footer.format(n=52) + "discuss the coordination of lunar activities.\n\n"
            "308. The Committee agreed that the item should be retained." + footer.format(n=53))
    (raw / "report.txt").write_text(text, encoding="utf-8")
    assert run(tmp_path, raw) == 0
    lines = (tmp_path / "out" / "paragraphs" / "report.jsonl").read_text(encoding="utf-8").splitlines()
    paras = [json.loads(line) for line in lines]
    p = next(p for p in paras if p["text"].startswith("306."))
    assert p["omitted"] and p["text"].endswith("(JAXA).")
    assert all("V.23" not in o["text"] for q in paras for o in q["organizations"])


def test_a_statement_in_another_language_is_reported_by_the_language_name(tmp_path, raw, capsys):
    (raw / "ukr.txt").write_text(
        "Меморандум про співпрацю\n\nДержавне космічне агентство України та Європейське космічне агентство "
        "домовилися поглибити співпрацю у галузі спостереження Землі.\n", encoding="utf-8")
    assert run(tmp_path, raw) == 0
    err = capsys.readouterr().err
    assert "notice: ukr: written in Ukrainian ('uk'), not English" in err
    assert docs(tmp_path / "out")["ukr"]["language"] == "uk"

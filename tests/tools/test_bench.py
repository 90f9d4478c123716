"""The benchmark's corpus builder and report (pipeline/tools/bench/); no timing is asserted."""
import datetime as dt
import hashlib
import json
import random
import re
from pathlib import Path

import pytest

from pipeline.tools import bench
from pipeline.core.config import ROOT

STATEMENTS = {
    "a": ("NASA and Belgium Sign Artemis Accords\n\nWashington, January 24, 2024\n\n"
          "NASA welcomed Belgium as the 20th nation to sign the Artemis Accords on January 24, 2024.\n\n"
          "The agencies will share 1,250 hours of data from the 2023 campaign and plan a joint mission in 2027.\n\n"
          "Belgium will contribute 450 engineers to the program, the minister said in March 2024.\n\n"
          "###\n\nMedia contact: press@nasa.gov\n"),
    "b": ("Joint Statement on Space Cooperation\n\n"
          "Japan and India reaffirmed their commitment to cooperation in outer space in May 2019.\n\n"
          "Both sides intend to launch a lunar polar exploration mission by 2028 under a 3.5 billion yen budget.\n\n"
          "The Japan Aerospace Exploration Agency (JAXA) and the Indian Space Research Organisation (ISRO) "
          "signed an implementing arrangement\non October 3, 2022.\n\n"
          "They will meet again in Tokyo in December.\n"),
    "c": ("Germany and Peru Deepen Space Ties\n\n"
          "The German Aerospace Center (DLR) and the Peruvian Space Agency agreed on July 12, 2021 to "
          "exchange satellite imagery.\n\n"
          "Peru will host a workshop for 120 participants in August 2025.\n\n"
          "The partners shall review progress every two years.\n"),
}


def make_raw(folder):
    folder.mkdir()
    for name, text in STATEMENTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "a.meta.json").write_text('{"date": "2024-01-24"}\n', encoding="utf-8")
    return folder


def files(folder):
    return {p.name: p.read_bytes() for p in sorted(Path(folder).iterdir())}


def test_corpus_is_deterministic_distinct_and_sized(tmp_path):
    raw = make_raw(tmp_path / "raw")
    s1 = bench.build_corpus(raw, tmp_path / "c1", 12, seed=3, doc_tokens=60)
    s2 = bench.build_corpus(raw, tmp_path / "c2", 12, seed=3, doc_tokens=60)
    f1, f2 = files(tmp_path / "c1"), files(tmp_path / "c2")
    assert f1 == f2 and s1 == {**s2, "dir": s1["dir"]}
    texts = {k: v for k, v in f1.items() if k.endswith(".txt")}
    metas = {k: v for k, v in f1.items() if k.endswith(".meta.json")}
    assert len(texts) == len(metas) == 12 == s1["docs"]
    assert sorted(texts) == [f"bench_{i:05d}.txt" for i in range(12)]
    assert len({hashlib.sha256(v).hexdigest() for v in texts.values()}) == 12
    for name, data in metas.items():
        meta = json.loads(data)
        dt.date.fromisoformat(meta["date"])
        assert (tmp_path / "c1" / name.replace(".meta.json", ".txt")).exists()
    for data in texts.values():
        text = data.decode("utf-8")
        assert "\n\n" in text and not text.startswith("\n") and text.endswith("\n")
        assert "\n\n\n" not in text
    assert s1["sources"] == 3
    # every statement reaches the token budget with at most a paragraph or two more
    assert 12 * 60 <= s1["estimated_tokens"] <= 12 * 60 * 1.6
    # another seed gives another corpus
    bench.build_corpus(raw, tmp_path / "c3", 12, seed=4, doc_tokens=60)
    assert files(tmp_path / "c3") != f1


def test_corpus_paragraphs_come_from_the_sources(tmp_path):
    raw = make_raw(tmp_path / "raw")
    bench.build_corpus(raw, tmp_path / "c", 6, seed=0, doc_tokens=40)
    digits = lambda s: re.sub(r"\d", "0", s)  # noqa: E731
    words = lambda s: set(re.findall(r"\b[a-z]+\b", s))  # noqa: E731
    source_paras = [p for t in STATEMENTS.values() for p in t.strip().split("\n\n")]
    for path in (tmp_path / "c").glob("*.txt"):
        for para in path.read_text(encoding="utf-8").strip().split("\n\n"):
            # names and numbers vary, lower-case words and the paragraph's line structure do not
            assert any(words(para) == words(src) and para.count("\n") == src.count("\n")
                       and len(digits(para)) - len(digits(src)) in range(-12, 13) for src in source_paras), para


def test_variation_keeps_shapes():
    vary = bench.Variation(random.Random("x"))
    text = "On March 3, 2024 the 1,250 engineers and 450 guests met in Belgium; 3.5 billion, 12 teams."
    out = vary(text)
    assert vary(text) != text or vary.year_shift == 0
    year = int(re.search(r"\b(\d{4})\b", out).group(1))
    assert year == 2024 + vary.year_shift
    month = re.match(r"On (\w+) 3,", out).group(1)
    assert month in bench.MONTHS31
    assert re.search(r"the \d,\d{3} engineers and \d{3} guests met in \w+; \d\.\d billion, 12 teams\.$", out)
    assert re.search(r"met in (\w+);", out).group(1) in bench.COUNTRIES


def test_tagged_texts_are_the_folded_non_boilerplate_paragraphs():
    text = "Title  here\n\nNASA  and\nJAXA met.\n\n###\n"
    seg = {"text": text, "paragraphs": [
        {"start": 0, "end": 11, "kind": "title"}, {"start": 13, "end": 32, "kind": "body"},
        {"start": 34, "end": 37, "kind": "boilerplate"}]}
    assert bench.tagged_texts(seg, 100000) == ["Title here", "NASA and JAXA met."]
    assert bench.tagged_texts(seg, 9) == ["Title", "here", "NASA and", "JAXA met."]


def test_compare_trees(tmp_path):
    for side in ("a", "b"):
        (tmp_path / side / "paragraphs").mkdir(parents=True)
        (tmp_path / side / "documents.jsonl").write_text("{}\n")
        (tmp_path / side / "paragraphs" / "x.jsonl").write_text("[1]\n")
    assert bench.compare_trees(tmp_path / "a", tmp_path / "b") == []
    (tmp_path / "b" / "paragraphs" / "x.jsonl").write_text("[2]\n")
    (tmp_path / "b" / "paragraphs" / "y.jsonl").write_text("[]\n")
    assert bench.compare_trees(tmp_path / "a", tmp_path / "b") == ["paragraphs/x.jsonl", "paragraphs/y.jsonl"]


def test_sampler_reports_memory_by_progress():
    s = bench.Sampler(pid=0, progress_dir="unused")
    mb = 1024
    s.samples = [(0.5, 0, 100 * mb, 90 * mb, 100 * mb, 1), (1.0, 30, 300 * mb, 200 * mb, 150 * mb, 3),
                 (1.5, 55, 310 * mb, 210 * mb, 155 * mb, 3), (2.0, 96, 320 * mb, 220 * mb, 160 * mb, 3)]
    out = s.summary(total=100)
    assert out["peak_rss_sum_mb"] == 320 and out["peak_pss_sum_mb"] == 220 and out["peak_process_rss_mb"] == 160
    assert out["max_processes"] == 3
    assert list(out["at_progress"]) == ["30%", "55%", "96%"]
    assert out["at_progress"]["96%"]["rss_sum_mb"] == 320


def fake_results():
    mem = lambda peak: {"peak_rss_sum_mb": peak, "peak_pss_sum_mb": peak - 50, "peak_process_rss_mb": 200,  # noqa: E731
                        "samples": 10, "max_processes": 3,
                        "at_progress": {"25%": {"seconds": 1, "rss_sum_mb": peak, "pss_sum_mb": peak - 50}}}
    bare = {"statements": 2000, "failed": 0, "paragraphs": 40000, "chars": 1, "tokens": 2_000_000, "load_s": 0.3,
            "pipe_s": 400.0, "pipe_cpu_s": 390.0, "pipeline_load_s": 0.5, "pipe_names": ["ner"], "pipeline_pipe_names": ["ner", "x"],
            "maxrss_kb": 300 * 1024, "memory": mem(310), "exit": 0, "wall_s": 405}
    one = {"status": 0, "exit": 0, "wall_s": 470.0, "cpu_s": 450.0, "maxrss_self_kb": 400 * 1024, "maxrss_children_kb": 0,
           "memory": mem(410), "phases": {"startup_s": 0.1, "segment_s": 5, "model_load_and_tag_s": 460,
                                          "export_s": 4}}
    many = {"status": 0, "exit": 0, "wall_s": 250.0, "cpu_s": 480.0, "maxrss_self_kb": 150 * 1024,
            "maxrss_children_kb": 420 * 1024, "memory": mem(900), "phases": None}
    noop = {"status": 0, "exit": 0, "wall_s": 1.2, "memory": mem(50)}
    return bare, one, many, noop


def test_report_numbers_and_table():
    bare, one, many, noop = fake_results()
    info = {"model": "m==1", "cpus": 2, "jobs": 2, "loadavg": {"start": 0.1, "end": 0.2}}
    rep = bench.summarize(bare, one, many, noop, 2, {"docs": 2000}, True, [], info)
    json.dumps(rep)
    assert rep["tokens"] == 2_000_000
    assert rep["bare"]["tok_per_s"] == 5000.0
    assert rep["one_job"]["ratio_vs_bare"] == round(400 / 470, 3)
    assert rep["n_jobs"]["speedup_vs_one_job"] == round(470 / 250, 3)
    assert rep["n_jobs"]["rss_upper_bound_mb"] == 150 + 2 * 420
    assert rep["peak_rss_mb"] == 900
    assert rep["noop_rerun_s"] == 1.2
    assert {k: t["met"] for k, t in rep["targets"].items()} == {
        "ratio_one_job": True, "speedup_n_jobs": True, "peak_rss_mb": True}
    table = bench.format_report(rep)
    lines = table.splitlines()
    assert lines[0].startswith("pipeline benchmark: 2,000 statements, 2,000,000 tokens")
    row = lambda label: next(line for line in lines if line.startswith(label))[34:].split()  # noqa: E731
    assert row("bare spaCy") == ["400.0", "5,000", "1.00", "310", "390.0"]
    assert row("pipeline, 1 job") == ["470.0", "4,255", "0.85", "1.00", "410", "450.0"]
    assert row("pipeline, 2 jobs") == ["250.0", "8,000", "1.60", "1.88", "900", "480.0"]
    assert rep["one_job"]["cpu_ratio_vs_bare"] == round(390 / 450, 3)
    assert "outputs of 1 and 2 jobs identical: yes" in table
    assert "target ratio_one_job >= 0.8: 0.851 met" in table
    assert "disturbed" not in table

    one["wall_s"] = 600.0
    rep = bench.summarize(bare, one, many, noop, 2, {}, False, ["paragraphs/x.jsonl"], info)
    assert not rep["targets"]["ratio_one_job"]["met"]
    table = bench.format_report(rep)
    assert "identical: no" in table and "paragraphs/x.jsonl" in table and "NOT MET" in table


def test_report_breakdown():
    bare, one, many, noop = fake_results()
    breakdown = {"statements": 200, "paragraphs": 4000, "tokens": 200_000, "bare_cpu_s": 40.0, "tag_cpu_s": 50.0,
                 "components_cpu_s": {"org_tagger": 3.0, "date_tagger": 2.0},
                 "doc_passes_cpu_s": {"commitments.resolve_document": 1.0},
                 "hotspots": [{"function": "dates.find_dates:10", "cum_s": 2.5, "own_s": 0.5, "calls": 4000}]}
    rep = bench.summarize(bare, one, many, noop, 2, {}, True, [], {"model": "m", "cpus": 2, "jobs": 2}, breakdown)
    bd = rep["breakdown"]
    assert bd["cpu_ratio_vs_bare"] == 0.8 and bd["rest_cpu_s"] == 44.0 and bd["rest_vs_bare"] == 1.1
    table = bench.format_report(rep)
    assert "bare spaCy 40.0 s, pipeline 50.0 s (ratio 0.80" in table
    parts = [line.split()[0] for line in table.splitlines() if line.startswith("  ") and line.strip().endswith("%")]
    assert parts == ["org_tagger", "date_tagger", "commitments.resolve_document"]
    assert "dates.find_dates:10" in table


def test_report_with_one_job_only():
    bare, one, _, _ = fake_results()
    rep = bench.summarize(bare, one, None, None, 1, {}, True, [], {"model": "m", "cpus": 1, "jobs": 1})
    assert "n_jobs" not in rep and "speedup_n_jobs" not in rep["targets"]
    table = bench.format_report(rep)
    assert "pipeline, 1 job" in table and "jobs identical" not in table


@pytest.mark.skipif(not (ROOT / "raw").is_dir(), reason="no raw statements")
def test_corpus_from_the_project_raw_folder(tmp_path):
    summary = bench.build_corpus(ROOT / "raw", tmp_path / "c", 5, doc_tokens=1000)
    assert summary["sources"] >= 5
    assert 5 * 1000 <= summary["estimated_tokens"] <= 5 * 1400
    assert len(list((tmp_path / "c").glob("*.txt"))) == 5


def test_report_dask_pass_overhead_and_cluster_estimate():
    bare, one, many, noop = fake_results()
    dask = {"status": 0, "exit": 0, "wall_s": 270.0, "workers": 2, "maxrss_self_kb": 150 * 1024,
            "maxrss_children_kb": 0, "memory": dict(one["memory"], peak_rss_sum_mb=600), "phases": None, "identical": True, "differing_files": [],
            "cluster_times": {"start": 100.0, "ready": 110.0, "done": 350.0}}
    rep = bench.summarize(bare, one, many, noop, 2, {}, True, [], {"model": "m", "cpus": 2, "jobs": 2}, None, dask)
    d = rep["dask"]
    assert d["speedup_vs_one_job"] == round(470 / 270, 3)
    assert d["cluster_start_and_model_load_s"] == 10.0 and d["tagging_s"] == 240.0
    assert d["per_statement_worker_s"] == round(240 * 2 / 2000, 4)
    est = d["cluster_estimate"]
    assert est["worker_processes_total"] == round(100_000 * 0.24 / 3600, 1)
    assert est["worker_processes_per_machine"] == 1
    assert rep["targets"]["speedup_dask"]["met"] is True
    table = bench.format_report(rep)
    assert "pipeline, Dask LocalCluster 2 wk" in table
    assert "100,000 statements an hour" in table and "on 10 machines" in table

"""Long inputs (issue 14): time and peak memory per MB on the longest statements.

Two inputs, each run through the whole pipeline (one job, fresh build folder)
in its own process: a generated file of 40,000 short lines (seeded, about
650 KB: short lines that each continue the one before, the worst case for
segmentation, which once took 397 s and 2.8 GB on such a file) and the
longest statement of the raw folder (a summit communiqué of some 135,000
characters), and two statements of 40,000 one-sentence items ("Item 1
noted."): one item a line (the lines join into one paragraph of 708 KB,
tagged in pieces of ``max_nlp_chars``: it once took 2.8 GB, every piece
being parsed in one batch) and one item a paragraph (40,000 paragraphs,
whose Docs are held together for the statement-level passes). The report gives wall seconds and peak RSS per MB of input; a
10,000-line file runs too, so that the growth from a quarter of the input to
all of it shows whether time and memory stay linear.
"""
import random
import shutil
from pathlib import Path

from .passes import run_pass
from .report import _peak_mb

LINE_COUNTS = (10_000, 40_000)
ITEMS = 40_000
WORDS = ("space", "cooperation", "agency", "satellite", "launch", "data", "orbit", "partners")


def short_lines(n, seed=0):
    """``n`` short lines of one to three words, some ending in a period or a comma."""
    rng = random.Random(seed)
    lines = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3))) + rng.choice((".", "", ","))
             for _ in range(n)]
    return "\n".join(lines) + "\n"


def items(n, sep):
    """``n`` one-sentence items ("Item 1 noted."), each followed by ``sep``."""
    return "".join(f"Item {i} noted.{sep}" for i in range(1, n + 1))


def longest_statement(raw):
    """The largest ``*.txt`` of the raw folder (its sidecar comes along), or None."""
    files = sorted(Path(raw).glob("*.txt"), key=lambda p: (-p.stat().st_size, p.name))
    return files[0] if files else None


def build_inputs(raw, folder):
    """One folder per long input under ``folder``: [(label, folder, bytes)]."""
    out = []
    for n in LINE_COUNTS:
        d = Path(folder) / f"lines-{n}"
        d.mkdir(parents=True, exist_ok=True)
        text = short_lines(n)
        (d / f"short-lines-{n}.txt").write_text(text, encoding="utf-8")
        out.append((f"{n:,} short lines", d, len(text.encode("utf-8"))))
    for label, name, sep in ((f"{ITEMS:,} items, one a line", "items-lines", "\n"),
                             (f"{ITEMS:,} items, one a paragraph", "items-paragraphs", "\n\n")):
        d = Path(folder) / name
        d.mkdir(parents=True, exist_ok=True)
        text = items(ITEMS, sep)
        (d / f"{name}.txt").write_text(text, encoding="utf-8")
        out.append((label, d, len(text.encode("utf-8"))))
    src = longest_statement(raw)
    if src is not None:
        d = Path(folder) / "longest"
        d.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, d / src.name)
        meta = src.with_suffix(".meta.json")
        if meta.exists():
            shutil.copyfile(meta, d / meta.name)
        out.append((f"longest statement ({src.stem})", d, src.stat().st_size))
    return out


def long_passes(raw, work, code_dir, model):
    """Each long input through the pipeline: [{label, bytes, wall_s, peak_rss_mb, s_per_mb, mb_per_mb, exit}]."""
    rows = []
    for label, folder, size in build_inputs(raw, Path(work) / "long" / "inputs"):
        name = folder.name
        res = run_pass("pipeline", code_dir, Path(work) / "results" / f"long-{name}.json", raw=folder,
                       build=Path(work) / "long" / name / "build", out=Path(work) / "long" / name / "out",
                       jobs=1, model=model)
        mb = size / 1_000_000
        peak = _peak_mb(res)
        rows.append({"label": label, "bytes": size, "wall_s": res["wall_s"], "peak_rss_mb": peak,
                     "s_per_mb": round(res["wall_s"] / mb, 1), "mb_per_mb": round(peak / mb),
                     "exit": res["exit"]})
    return rows


def format_long(rows):
    """The long inputs' lines of the report."""
    if not rows:
        return []
    lines = ["", f"{'long inputs, 1 job':44s}{'KB':>8s}{'wall s':>9s}{'peak MB':>9s}{'s/MB':>8s}{'MB/MB':>8s}"]
    for r in rows:
        flag = "" if not r["exit"] else f"  (exit {r['exit']})"
        lines.append(f"{r['label'][:44]:44s}{r['bytes'] / 1000:8.0f}{r['wall_s']:9.1f}{r['peak_rss_mb']:9.0f}"
                     f"{r['s_per_mb']:8.1f}{r['mb_per_mb']:8.0f}{flag}")
    lines.append("(wall time includes interpreter start and the model load; linear when s/MB and MB/MB "
                 "do not grow from the 10,000-line file to the 40,000-line one)")
    return lines

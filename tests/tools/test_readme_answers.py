"""The README's "Answers with pandas" block runs against extracted/ and answers its three questions."""
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def readme_block():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Answers with pandas", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_readme_answers_examples_run_on_extracted_and_answer_the_three_questions():
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        env = {}
        exec(compile(readme_block(), "README.md", "exec"), env)
    finally:
        os.chdir(here)
    bodies, deadlines, japan = env["bodies"], env["deadlines"], env["japan"]
    assert len(bodies) > 10 and bodies.iloc[0] >= bodies.iloc[-1]
    assert len(deadlines) > 0 and list(deadlines.due) == sorted(deadlines.due)
    assert len(japan) > 0 and list(japan.doc_date) == sorted(japan.doc_date)
    assert all("JP" in a.split(" | ") for a in env["com"].loc[japan.index, "actor_names"])
    assert {"due", "topics"} <= set(japan.columns)


def test_japan_question_is_one_line():
    lines = [l for l in readme_block().splitlines() if l.startswith("japan = ")]
    assert len(lines) == 1 and "sort_values" in lines[0]

"""The cache key covers every module that shapes an extraction, without a list to keep.

``runner.fingerprint.code_files`` walks the package folder; these tests work on
a copy of the package so they can add and change files freely.
"""
import shutil
import sys
from pathlib import Path

import pytest

from pipeline.core.config import MODELS
from pipeline.runner import fingerprint as fp

MODEL = "some_model"  # not installed: its version reads "unknown", the same for every key here


@pytest.fixture
def package(tmp_path):
    copy = tmp_path / "pipeline"
    shutil.copytree(fp.PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return copy


def key(package):
    return fp.fingerprint(MODEL, package=package, models=MODELS)


def test_a_copy_of_the_package_has_the_same_key(package):
    assert key(package) == key(fp.PACKAGE)


@pytest.mark.parametrize("new_file", [
    "dates/new_rule.py",                # a new module in a stage package
    "organizations/new_filter.py",
    "commitments/new_step.py",
    "core/new_helper.py",
    "runner/new_part.py",
    "corpus/__init__.py",               # a new stage package, not listed anywhere
    "new_stage.py",                     # a new top-level stage module
])
def test_a_new_module_changes_the_key(package, new_file):
    before = key(package)
    path = package / new_file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("RULE = 1\n", encoding="utf-8")
    assert key(package) != before, f"{new_file} is not covered by the cache key"


def test_an_edited_stage_module_changes_the_key(package):
    before = key(package)
    path = package / "commitments" / "candidates.py"
    path.write_text(path.read_text(encoding="utf-8") + "\n# a rule changed\n", encoding="utf-8")
    assert key(package) != before


def test_a_renamed_module_changes_the_key(package):
    before = key(package)
    (package / "dates" / "values.py").rename(package / "dates" / "values2.py")
    assert key(package) != before


@pytest.mark.parametrize("path", ["tools/new_tool.py", "tools/diff/render.py", "cli.py"])
def test_tools_and_the_command_line_do_not_change_the_key(package, path):
    before = key(package)
    target = package / path
    target.write_text((target.read_text(encoding="utf-8") if target.exists() else "") + "\nX = 1\n",
                      encoding="utf-8")
    assert key(package) == before


def test_every_imported_extraction_module_is_hashed():
    """Each pipeline module loaded to tag and export a statement has its file in the key."""
    import pipeline.runner.nlp  # noqa: F401  (the stages and their components)
    import pipeline.runner.run  # noqa: F401
    import pipeline.runner.tag  # noqa: F401
    hashed = {path.resolve() for _, path in fp.code_files()}
    loaded = {Path(m.__file__).resolve() for name, m in list(sys.modules.items())
              if name.split(".")[0] == "pipeline" and getattr(m, "__file__", None)
              and not name.startswith(("pipeline.tools", "pipeline.cli", "pipeline.__main__", "pipeline.threads"))}
    assert loaded and loaded <= hashed, sorted(map(str, loaded - hashed))


def test_the_corpus_stage_is_not_in_the_statements_key():
    """pipeline/threads reads the extractions: changing it must not re-tag every statement."""
    rels = [rel for rel, _ in fp.code_files()]
    assert "commitments/reports.py" in rels
    assert not any(rel.startswith("threads/") for rel in rels)


def test_code_files_are_sorted_and_relative():
    files = fp.code_files()
    rels = [rel for rel, _ in files]
    assert rels == sorted(rels)
    assert "runner/run.py" in rels and "dates/interpret.py" in rels and "segment/__init__.py" in rels and "segment/language.py" in rels
    assert not any(rel.startswith("tools/") or rel in ("cli.py", "__main__.py") for rel in rels)

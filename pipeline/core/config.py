"""The pipeline's settings, read from ``models/config.json``.

The spaCy model is loaded by name: ``models/config.json`` ``spacy_model``,
overridden by the environment variable ``PIPELINE_SPACY_MODEL`` or the
``--model`` option (``make MODEL=...``).
"""
import json
import os
from functools import lru_cache
from pathlib import Path

from .errors import PipelineError

ROOT = Path(__file__).resolve().parents[2]  # pipeline/core/config.py -> the repository
MODELS = ROOT / "models"


@lru_cache(maxsize=None)
def settings():
    return json.loads((MODELS / "config.json").read_text(encoding="utf-8"))


def model_name(override=None):
    return override or os.environ.get("PIPELINE_SPACY_MODEL") or settings()["spacy_model"]


def models_path(name):
    return MODELS / name


def read_model_json(path, what):
    """A ``models/`` JSON file's content; a PipelineError naming the file and ``what`` it holds
    when it cannot be read or parsed."""
    try:
        return json.loads(open(path, encoding="utf-8").read())
    except (OSError, ValueError) as exc:
        raise PipelineError(f"{path}: cannot read {what} ({exc})") from exc

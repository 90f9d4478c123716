"""The cache key of an extraction: everything that shapes it besides the statement itself.

``code_files()`` walks the ``pipeline`` package folder and returns every
``.py`` file in it, sorted by relative path, except the ones that cannot
change an extraction: the user tools (``pipeline/tools/``) and the command
line (``cli.py``, ``__main__.py``), and the corpus stage (``pipeline/threads/``,
with its ``models/threads.json``), which reads the extractions, not the statements. A new stage module, or a new stage
package, is covered as soon as it exists: there is no list to keep.
``fingerprint(model)`` hashes those files (path and bytes), every file of
``models/`` but the analysts' corrections (``corrections.jsonl``: applied at
export, they are part of the export's cache key instead, so a reject or accept
re-exports without re-tagging; only its fixed names, which the organization
tagger reads, are hashed here), and the spaCy model's name and version.
"""
import hashlib
from importlib import metadata
from pathlib import Path

from ..core import corrections
from ..core.config import MODELS

PACKAGE = Path(__file__).resolve().parents[1]
NOT_EXTRACTION = ("tools", "threads", "cli.py", "__main__.py")  # first path part under the package folder
NOT_TAGGING = ("corrections.jsonl",)  # models/ files applied at export (runner/run.py export_stage)
CORPUS_MODELS = ("threads.json",)  # read by the corpus stage (pipeline/threads) only: no statement depends on it


def model_version(name):
    try:
        return metadata.version(name.replace("_", "-"))
    except metadata.PackageNotFoundError:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "unknown"


def code_files(package=PACKAGE):
    """(relative posix path, path) of every source file that shapes an extraction, sorted."""
    package = Path(package)
    found = []
    for path in package.rglob("*.py"):
        rel = path.relative_to(package)
        if rel.parts[0] in NOT_EXTRACTION or "__pycache__" in rel.parts:
            continue
        found.append((rel.as_posix(), path))
    return sorted(found)


def fingerprint(model, package=PACKAGE, models=MODELS):
    """Hash of everything that shapes an extraction besides the statement itself."""
    h = hashlib.sha256()
    for rel, path in code_files(package):
        h.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    models = Path(models)
    for path in sorted(p for p in models.rglob("*") if p.is_file() and p.name not in NOT_TAGGING + CORPUS_MODELS):
        h.update(str(path.relative_to(models)).encode() + b"\0" + path.read_bytes() + b"\0")
    renames = corrections.renames(corrections.read(models / corrections.FILE))
    if renames:
        h.update(b"renames\0" + repr(renames).encode() + b"\0")
    h.update(f"{model}=={model_version(model)}".encode())
    return h.hexdigest()

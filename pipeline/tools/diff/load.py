"""Loading an extraction: a folder on disk, a git revision (the folder at that commit) or REV:path."""
import json
import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from ...core.errors import PipelineError
from ...core.textio import parse_jsonl


@dataclass
class Extraction:
    """An extraction folder in memory: ``{doc_id: document record}`` and
    ``{doc_id: [paragraph records in document order]}``."""
    label: str
    documents: dict = field(default_factory=dict)
    paragraphs: dict = field(default_factory=dict)
    threads: dict = field(default_factory=dict)  # {thread id: record} of threads.jsonl (corpus stage)

    def doc_ids(self):
        return sorted(set(self.documents) | set(self.paragraphs))


def from_files(label, files):
    """An :class:`Extraction` from ``{relative path: text}`` of one folder
    (``documents.jsonl`` and ``paragraphs/<doc_id>.jsonl``)."""
    ext = Extraction(label)
    for rel in sorted(files):
        where = f"{label}/{rel}"
        if rel == "documents.jsonl":
            for rec in parse_jsonl(files[rel], where):
                if "doc_id" not in rec:
                    raise PipelineError(f"{where}: a document record without doc_id: {json.dumps(rec)[:80]}")
                ext.documents[rec["doc_id"]] = rec
        elif rel == "threads.jsonl":
            ext.threads = {rec["id"]: rec for rec in parse_jsonl(files[rel], where) if "id" in rec}
        elif rel.startswith("paragraphs/") and rel.endswith(".jsonl") and rel.count("/") == 1:
            doc_id = rel[len("paragraphs/"):-len(".jsonl")]
            paras = parse_jsonl(files[rel], where)
            ext.paragraphs[doc_id] = sorted(paras, key=lambda p: (p.get("start", 0), p.get("index", 0)))
    return ext


def _git(args, cwd, what):
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True)
    except FileNotFoundError as exc:
        raise PipelineError("git is not installed; compare two extraction folders instead") from exc
    if proc.returncode != 0:
        raise PipelineError(f"{what}: {proc.stderr.decode('utf-8', 'replace').strip()}")
    return proc.stdout


def _read_revision(rev, path, cwd):
    """``{relative path: text}`` of the extraction folder ``path`` at ``rev``."""
    top = _git(["rev-parse", "--show-toplevel"], cwd, "not inside a git repository").decode().strip()
    rel = os.path.relpath(os.path.abspath(os.path.join(cwd, path)), os.path.realpath(top))
    if rel == os.curdir:
        rel = ""
    if rel.startswith(os.pardir):
        raise PipelineError(f"{path}: outside the git repository at {top}")
    rel = rel.replace(os.sep, "/")
    listing = _git(["ls-tree", "-r", "-z", "--name-only", f"{rev}^{{commit}}", "--", rel or "."],
                   top, f"cannot list {rel or '.'} at revision {rev}")
    prefix = f"{rel}/" if rel else ""
    names = [n.decode("utf-8") for n in listing.split(b"\0") if n]
    wanted = [n for n in names if n.startswith(prefix) and n.endswith(".jsonl")]
    if not wanted:
        return {}
    batch = "".join(f"{rev}:{n}\n" for n in wanted).encode("utf-8")
    proc = subprocess.run(["git", "cat-file", "--batch"], cwd=top, input=batch, capture_output=True)
    if proc.returncode != 0:
        raise PipelineError(f"cannot read {rel} at revision {rev}: {proc.stderr.decode().strip()}")
    out, pos, files = proc.stdout, 0, {}
    for name in wanted:
        header_end = out.index(b"\n", pos)
        header = out[pos:header_end].split()
        if len(header) < 3 or header[1] != b"blob":
            raise PipelineError(f"cannot read {name} at revision {rev}: {out[pos:header_end].decode()}")
        size = int(header[2])
        body = out[header_end + 1:header_end + 1 + size]
        pos = header_end + 1 + size + 1
        files[name[len(prefix):]] = body.decode("utf-8")
    return files


def _read_folder(folder):
    folder = Path(folder)
    files = {}
    docs = folder / "documents.jsonl"
    if docs.exists():
        files["documents.jsonl"] = docs.read_bytes().decode("utf-8")
    if (folder / "threads.jsonl").exists():
        files["threads.jsonl"] = (folder / "threads.jsonl").read_bytes().decode("utf-8")
    para_dir = folder / "paragraphs"
    if para_dir.is_dir():
        for p in sorted(para_dir.glob("*.jsonl")):
            files[f"paragraphs/{p.name}"] = p.read_bytes().decode("utf-8")
    if not files and any(folder.iterdir()):
        raise PipelineError(f"{folder}: not an extraction folder (no documents.jsonl, no paragraphs/)")
    return files


def is_revision(rev, cwd="."):
    """Whether ``rev`` names a commit of the git repository around ``cwd``."""
    try:
        proc = subprocess.run(["git", "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"],
                              cwd=cwd, capture_output=True)
    except FileNotFoundError:
        return False
    return proc.returncode == 0


def load_extraction(source, out="extracted", cwd="."):
    """Load an extraction from a folder path, a git revision ``REV`` (the
    folder ``out`` at that commit) or ``REV:path``.

    A revision where the folder does not exist yet gives an empty
    extraction (everything is then "added"); a folder that is neither an
    extraction nor a revision is an error.
    """
    source = str(source)
    path = Path(cwd, source)
    if path.is_dir():
        return from_files(source, _read_folder(path))
    rev, sep, rel = source.partition(":")
    if not sep:
        rel = out
    if rev and is_revision(rev, cwd):
        return from_files(f"{rev}:{rel}", _read_revision(rev, rel or ".", cwd))
    raise PipelineError(
        f"{source}: neither an extraction folder nor a git revision "
        f"(give a folder with documents.jsonl, a commit such as HEAD, or REV:path)")

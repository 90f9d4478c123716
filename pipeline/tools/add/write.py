"""Writing a statement and its sidecar into raw/: both or neither."""
import os
import tempfile

from ...core.errors import InputError
from .names import safe_target, sidecar_json


def _temp(raw_dir, data):
    fd, tmp = tempfile.mkstemp(dir=raw_dir, prefix=".add-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
    except BaseException:
        os.unlink(tmp)
        raise
    return tmp


def _place(tmp, target):
    """Move ``tmp`` to ``target`` without ever overwriting an existing file."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise InputError(target, "appeared while adding (another add running?)",
                         "run the add again") from None
    except OSError:
        # a file system without hard links: check, then rename
        if os.path.lexists(target):
            raise InputError(target, "appeared while adding (another add running?)",
                             "run the add again") from None
        os.replace(tmp, target)


def write_statement(raw_dir, name, text, meta):
    """Write ``name.meta.json`` then ``name.txt`` into ``raw_dir``, both or neither."""
    txt_path = safe_target(raw_dir, name)
    meta_path = safe_target(raw_dir, name, ".meta.json")
    temps = []
    placed = []
    try:
        tmp_txt = _temp(raw_dir, text.encode("utf-8"))
        temps.append(tmp_txt)
        tmp_meta = _temp(raw_dir, sidecar_json(meta))
        temps.append(tmp_meta)
        _place(tmp_meta, meta_path)
        placed.append(meta_path)
        _place(tmp_txt, txt_path)
        placed.append(txt_path)
    except BaseException:
        for path in placed:
            try:
                os.unlink(path)
            except OSError:
                pass
        raise
    finally:
        for tmp in temps:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
    return txt_path

"""Locks that keep concurrent runs apart (issue 14, case 13).

``folder_lock(folder)`` holds an exclusive ``flock`` on the output folder
itself (its directory descriptor: no lock file is left in a folder that
users commit), for a run's whole write. The lock follows the folder, not
its spelling: two runs with different build folders and the same ``OUT``
(or the same ``OUT`` written two ways) are serialised; the second says so
on stderr and waits. The build folder's own lock is ``runner/run.py``'s
``build_lock``.
"""
import contextlib
import fcntl
import os
import sys
from pathlib import Path

from .errors import PipelineError


def existing_folder_lock(folder):
    """``folder_lock`` for a reader of ``folder`` (tables, threads): none when it does not exist."""
    return folder_lock(folder) if Path(folder).is_dir() else contextlib.nullcontext()


@contextlib.contextmanager
def hold(fd, waiting):
    """Hold an exclusive flock on the open file ``fd`` until the block ends; when another
    process holds it, print ``waiting`` and wait for it."""
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(waiting, file=sys.stderr, flush=True)
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


@contextlib.contextmanager
def folder_lock(folder, what="output folder"):
    """Create ``folder`` if need be and hold an exclusive lock on it until the block ends."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as exc:
        raise PipelineError(f"{folder}: cannot create or open the {what} ({exc.strerror})") from None
    with hold(fd, f"waiting: another run is writing {folder}; it will go on when that one ends"):
        yield

"""The project's own scratch folder for openpyxl's temporary files, and cleaning what killed runs left.

openpyxl writes each sheet of a write-only workbook to a temporary file in the system temp folder and removes
it when the workbook is saved; a run killed with -9, or a write that fails midway, left them in /tmp (about
9.5 MB a job). Here they go to `<temp>/stdcompare-<uid>/p<pid>-<token>/` instead: a write that fails removes the
files it made (`scope`), and any stdcompare process removes the folders of processes that no longer run.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Iterator

ROOT = Path(tempfile.gettempdir()) / f"stdcompare-{os.getuid() if hasattr(os, 'getuid') else 'user'}"

_lock = threading.Lock()
_folder: Path | None = None
_local = threading.local()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_leftovers(root: Path | None = None) -> int:
    """Remove the scratch folders of processes that no longer run; returns how many were removed."""
    root = Path(root or ROOT)
    removed = 0
    if not root.is_dir():
        return 0
    for folder in root.iterdir():
        name = folder.name
        if not name.startswith("p") or "-" not in name:
            continue
        try:
            pid = int(name[1:].split("-", 1)[0])
        except ValueError:
            continue
        if pid != os.getpid() and not _alive(pid):
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


def process_folder() -> Path:
    """This process's scratch folder (made on first use, after removing dead processes' folders)."""
    global _folder
    with _lock:
        if _folder is None or not _folder.is_dir() or _folder.parent != Path(ROOT):
            clean_leftovers()
            folder = Path(ROOT) / f"p{os.getpid()}-{secrets.token_hex(4)}"
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            _folder = folder
        return _folder


def _temporary_file(suffix: str = "") -> str:
    """openpyxl's create_temporary_file, in the project's scratch folder."""
    from openpyxl.worksheet import _writer

    fd, name = tempfile.mkstemp(suffix=suffix, prefix="openpyxl.", dir=process_folder())
    os.close(fd)
    _writer.ALL_TEMP_FILES.append(name)
    made = getattr(_local, "made", None)
    if made is not None:
        made.append(name)
    return name


def install() -> None:
    """Send openpyxl's temporary sheet files to the scratch folder (openpyxl looks the function up at each
    new sheet, so replacing it in its module is enough); idempotent."""
    from openpyxl.worksheet import _writer

    _writer.create_temporary_file = _temporary_file


@contextlib.contextmanager
def scope() -> Iterator[None]:
    """Around writing a workbook: the temporary files made inside are removed at the end, whatever happened
    (openpyxl removes them itself only when the save succeeds)."""
    from openpyxl.worksheet import _writer

    install()
    outer = getattr(_local, "made", None)
    _local.made = []
    try:
        yield
    finally:
        for name in _local.made:
            with contextlib.suppress(OSError):
                os.unlink(name)
            with contextlib.suppress(ValueError):
                _writer.ALL_TEMP_FILES.remove(name)
        _local.made = outer

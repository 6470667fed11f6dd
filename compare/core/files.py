"""Files that appear only when complete: written to a temporary file beside the target, then renamed over it.

The temporary file is made private (mode 0600) while it is written; the finished file gets the mode any new file
of the user's gets (0666 less the umask, usually 0644), so a result workbook, a report or a TMX file can be opened
by the colleagues and services the user's umask lets read it, as a file saved by Excel could.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Iterator

from compare.core.errors import InputFileError


def _umask() -> int:
    """The process's umask, read without changing it where Linux shows it (a server writes from threads)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success rename it over `path` (with the mode a new file of the
    user's would have), on failure remove it."""
    path = Path(path)
    if not path.parent.exists():
        raise InputFileError(f"output folder does not exist: {path.parent}")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise

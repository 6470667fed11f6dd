"""The one write transaction of the store: every write goes through `transaction`.

SQLite undoes a transaction by itself on some errors (a full disk, an I/O error); an explicit ROLLBACK after that
fails with "cannot rollback - no transaction is active", which used to hide the real cause. Here the rollback
runs only while a transaction is still open, and a full disk is reported as such.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from typing import Iterator

from compare.core.errors import DiskFullError

FULL = "database or disk is full"


def is_disk_full(exc: BaseException) -> bool:
    """True for SQLite's full-disk error (SQLITE_FULL) and for an OS write error with ENOSPC."""
    import errno

    if isinstance(exc, sqlite3.Error):
        return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or FULL in str(exc)
    return isinstance(exc, OSError) and exc.errno == errno.ENOSPC


@contextmanager
def transaction(conn: sqlite3.Connection, *, where: str = "the store") -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT on `conn` (opened with isolation_level=None); on any exception the
    transaction is rolled back if SQLite has not already done so, and the original exception propagates
    (a full disk as DiskFullError, naming `where`)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # the first error is the one worth reporting
        if is_disk_full(exc):
            raise DiskFullError(f"nothing was written to {where}, which was left as it was; free some disk "
                                f"space and try again. SQLite said: {FULL}", option="store") from exc
        raise

"""The one write transaction of the store: every write goes through `transaction`.

SQLite undoes a transaction by itself on some errors (a full disk, an I/O error); an explicit ROLLBACK after that
fails with "cannot rollback - no transaction is active", which used to hide the real cause. Here the rollback
runs only while a transaction is still open, and a full disk is reported as such. `CheckpointAside` takes the
copy of a large write's log into the database file out of its COMMIT, to run beside what follows.
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from typing import Callable, Iterator

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


class CheckpointAside:
    """Around one large write on `conn` (WAL journal): SQLite's automatic checkpoint off, so that the COMMIT does
    not copy the log into the database file (and sync it) there and then, in the writer's serial path (at 100,000
    clauses a 411 MB log: about 0.9 s on a quiet machine, 3-5 s on a busy one). `begin()`, once the write is
    committed, makes that copy on a connection of its own (`connect()`), in a thread, beside the work that follows
    (the vector indexes); leaving waits for it and turns the automatic checkpoint back on.

    The copy is PASSIVE: it never waits for readers (a search meanwhile reads on). If it fails (a full disk), the
    rows are safe in the log all the same, and SQLite copies them at its next checkpoint (the next write, or when
    the last connection closes)."""

    def __init__(self, conn: sqlite3.Connection, connect: Callable[[], sqlite3.Connection]) -> None:
        self._conn, self._connect = conn, connect
        self._thread: threading.Thread | None = None
        self._automatic = 1000  # SQLite's default, read again on entering

    def __enter__(self) -> "CheckpointAside":
        self._automatic = self._conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        self._conn.execute("PRAGMA wal_autocheckpoint=0")
        return self

    def begin(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._copy, name="stdcompare-checkpoint", daemon=True)
            self._thread.start()

    def _copy(self) -> None:
        try:
            other = self._connect()
            try:
                other.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            finally:
                other.close()
        except sqlite3.Error:
            pass  # left to SQLite's next checkpoint (see the class)

    def __exit__(self, *exc) -> None:
        try:
            if self._thread is not None:
                self._thread.join()
        finally:
            self._conn.execute(f"PRAGMA wal_autocheckpoint={int(self._automatic)}")

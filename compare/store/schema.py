"""The store's SQLite: its tables, the settings every connection needs, and opening a store directory.

Opening is careful about what it is given: a directory that holds something else is never written into, and a
database file that is empty (0 bytes, truncated by a crash or a copy) is refused rather than taken for a new
store, because a new store would start its generation counters afresh and meet stale index files.
"""

from __future__ import annotations

import sqlite3
import uuid

from compare.core.errors import StoreError
from compare.core.vocabulary import Side
from compare.store.layout import StoreLayout

SCHEMA_VERSION = "1"
_SIDES_SQL = ", ".join(f"'{side}'" for side in Side)

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS standards (
    id     INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    body   TEXT NOT NULL DEFAULT '',
    title  TEXT NOT NULL DEFAULT '',
    lang   TEXT NOT NULL DEFAULT '',
    side   TEXT NOT NULL CHECK (side IN ({_SIDES_SQL}))
);
CREATE TABLE IF NOT EXISTS clauses (
    id          INTEGER PRIMARY KEY,
    standard_id INTEGER NOT NULL REFERENCES standards(id) ON DELETE CASCADE,
    clause      TEXT NOT NULL,
    text        TEXT NOT NULL,
    lang        TEXT NOT NULL,
    side        TEXT NOT NULL CHECK (side IN ({_SIDES_SQL})),
    vector      BLOB NOT NULL,
    UNIQUE (standard_id, clause)
);
CREATE INDEX IF NOT EXISTS clauses_side ON clauses(side);
CREATE TABLE IF NOT EXISTS links (
    id             INTEGER PRIMARY KEY,
    query_key      TEXT NOT NULL,
    counterpart_id INTEGER NOT NULL REFERENCES clauses(id) ON DELETE CASCADE,
    decision       TEXT NOT NULL CHECK (decision IN ('confirmed', 'rejected')),
    source         TEXT NOT NULL DEFAULT '',
    decided_at     TEXT NOT NULL DEFAULT (datetime('now')),
    UNIQUE (query_key, counterpart_id)
);
"""


def connect(layout: StoreLayout) -> sqlite3.Connection:
    """A connection to the store's database in autocommit mode (writes use compare.store.transaction),
    WAL journal, foreign keys on; usable from several threads under the caller's lock."""
    conn = sqlite3.connect(str(layout.database), timeout=30, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


def read_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
    return row[0] if row else None


def read_generation(conn: sqlite3.Connection, side: str) -> int:
    """The change counter of `side` (compare.store.ingest bumps it on every write that touches the side)."""
    return int(read_meta(conn, f"generation:{side}") or 0)


def check_folder(layout: StoreLayout, *, create: bool) -> bool:
    """Check that `layout.root` is a store, or (with `create`) may become one; returns True when a new store
    is to be made. Raises StoreError saying what to do otherwise."""
    path, db = layout.root, layout.database
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is a file, not a store directory; give a directory as the store", option="store")
    if db.is_file() and db.stat().st_size == 0:
        raise StoreError(f"{db} is empty (0 bytes): the store's database was truncated or lost, so its clauses "
                         "are gone. Restore the folder from a backup, or delete it and ingest the standards "
                         "again", option="store")
    if db.is_file():
        return False
    if not create:
        raise StoreError(f"no store at {path}; create one by ingesting a file into it, or give the right store "
                         "(env STDCOMPARE_STORE)", option="store")
    if path.exists() and any(path.iterdir()):
        raise StoreError(f"{path} is not a stdcompare store (no {db.name}) and is not empty; give an empty or "
                         "new directory as the store", option="store")
    return True


def open_database(layout: StoreLayout, *, create: bool = False) -> sqlite3.Connection:
    """Open (or, with `create`, make) the store database at `layout` with the schema in place."""
    new = check_folder(layout, create=create)
    if new:
        layout.root.mkdir(parents=True, exist_ok=True)
    try:
        conn = connect(layout)
        conn.executescript(SCHEMA)
        version = read_meta(conn, "schema_version")
        if version is None:
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
        elif version != SCHEMA_VERSION:
            conn.close()
            raise StoreError(f"{layout.root} was made by another version of stdcompare (schema {version}, "
                             f"this one reads {SCHEMA_VERSION}); re-ingest into a new store", option="store")
        # The identity that index files are checked against: files left by another database never match.
        if read_meta(conn, "store_id") is None:
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('store_id', ?)", (uuid.uuid4().hex,))
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{layout.database} is not a readable SQLite database ({exc}); restore it from a backup "
                         "or ingest into a new store", option="store") from exc
    return conn

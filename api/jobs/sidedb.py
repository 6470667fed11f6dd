"""Open the store's SQLite for a table kept beside the store's own (jobs), on a separate connection."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from compare.core.errors import StoreError
from compare.store.layout import StoreLayout


def connect_side_table(store_dir: str | Path, schema: str) -> sqlite3.Connection:
    """A connection to `<store_dir>/store.sqlite` with `schema` applied; WAL lets it work beside the store's."""
    db = StoreLayout.of(store_dir).database
    if not db.is_file():
        raise StoreError(f"no store at {store_dir}; create one by ingesting a file into it", option="store")
    try:
        conn = sqlite3.connect(str(db), timeout=30, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.executescript(schema)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{db} is not a readable SQLite database ({exc}); restore it from a backup") from exc
    return conn

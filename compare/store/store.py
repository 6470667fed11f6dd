"""The store: a directory holding SQLite (standards, clauses and their vectors) and one vector index per side.

SQLite is the source of truth, vectors included; the index files are a cache keyed by a per-side generation
number. An ingest encodes first, writes everything in one SQLite transaction, then saves new index files
atomically. A process killed at any point leaves either the old store or the new one: a stale or missing
index file is rebuilt from SQLite when the store is next opened.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

import numpy as np

from compare.core.errors import EncoderMismatchError, NotFoundError, StoreError
from compare.core.model import Clause
from compare.terms.stdnumber import standard_body
from embeddings.index import load_index, new_index

DB_NAME = "store.sqlite"
SIDES = ("domestic", "international")
SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS standards (
    id     INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    body   TEXT NOT NULL DEFAULT '',
    title  TEXT NOT NULL DEFAULT '',
    lang   TEXT NOT NULL DEFAULT '',
    side   TEXT NOT NULL CHECK (side IN ('domestic', 'international'))
);
CREATE TABLE IF NOT EXISTS clauses (
    id          INTEGER PRIMARY KEY,
    standard_id INTEGER NOT NULL REFERENCES standards(id) ON DELETE CASCADE,
    clause      TEXT NOT NULL,
    text        TEXT NOT NULL,
    lang        TEXT NOT NULL,
    side        TEXT NOT NULL CHECK (side IN ('domestic', 'international')),
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


@dataclass(frozen=True)
class ClauseRecord:
    """A clause to ingest."""

    standard: str
    clause: str
    text: str
    lang: str
    side: str
    title: str = ""


@dataclass(frozen=True)
class IngestReport:
    added: int
    replaced: int
    standards: int
    sides: dict[str, int]


def default_store_path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "stdcompare" / "store"


class Store:
    """A stdcompare store directory. Open it with `Store.open`; use it from one process or many."""

    def __init__(self, path: Path, conn: sqlite3.Connection, index_backend: str) -> None:
        self.path = path
        self._conn = conn
        self._lock = threading.RLock()
        self._index_backend = index_backend
        self._indexes: dict[str, tuple[int, object]] = {}

    # ------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: str | Path, *, create: bool = False, index_backend: str = "faiss") -> "Store":
        """Open the store at `path`. With `create`, a missing or empty directory becomes a new store;
        a non-empty directory that is not a store is refused rather than written into."""
        path = Path(path).expanduser()
        db = path / DB_NAME
        if not db.is_file():
            if not create:
                if path.exists() and not path.is_dir():
                    raise StoreError(f"{path} is a file, not a store directory; give a directory to --store")
                raise StoreError(f"no store at {path}; create one with `stdcompare ingest FILE --store {path}` "
                                 "or give the right --store (env STDCOMPARE_STORE)")
            if path.exists():
                if not path.is_dir():
                    raise StoreError(f"{path} is a file, not a store directory; give a directory to --store")
                if any(path.iterdir()):
                    raise StoreError(f"{path} is not a stdcompare store (no {DB_NAME}) and is not empty; "
                                     "give an empty or new directory to --store")
            path.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(str(db), timeout=30, check_same_thread=False, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.executescript(_SCHEMA)
            version = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            if version is None:
                conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
            elif version[0] != SCHEMA_VERSION:
                raise StoreError(f"{path} was made by another version of stdcompare (schema {version[0]}, "
                                 f"this one reads {SCHEMA_VERSION}); re-ingest into a new store")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{db} is not a readable SQLite database ({exc}); restore it from a backup or "
                             "ingest into a new store") from exc
        return cls(path, conn, index_backend)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ meta

    def _meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    @property
    def encoder_name(self) -> str | None:
        return self._meta("encoder")

    @property
    def dimension(self) -> int | None:
        value = self._meta("dimension")
        return int(value) if value else None

    def check_encoder(self, encoder) -> None:
        """Refuse an encoder other than the one the store was built with."""
        name, dim = self.encoder_name, self.dimension
        if name is None:
            return
        if name != encoder.name or dim != encoder.dimension:
            raise EncoderMismatchError(
                f"the store {self.path} was built with encoder '{name}' ({dim}-d), not '{encoder.name}' "
                f"({encoder.dimension}-d); use --model {name if name != 'use-multilingual-v3' else 'default'} "
                "or a new --store"
            )

    def _generation(self, side: str) -> int:
        return int(self._meta(f"generation:{side}") or 0)

    def generation(self, side: str) -> int:
        """The change counter of `side`: bumped by every ingest or delete that touches it."""
        with self._lock:
            return self._generation(side)

    # ------------------------------------------------------------ writing

    def ingest(
        self,
        records: Sequence[ClauseRecord],
        encoder,
        *,
        batch_size: int = 256,
        progress: Callable[[int], None] | None = None,
    ) -> IngestReport:
        """Add or replace clauses; a (standard, clause) already stored is replaced, never duplicated.

        All-or-nothing: the vectors are computed first, then written in a single transaction.
        """
        self.check_encoder(encoder)
        texts = [r.text for r in records]
        parts = []
        for start in range(0, len(texts), batch_size):
            parts.append(encoder.encode(texts[start:start + batch_size], role="document"))
            if progress:
                progress(len(parts[-1]))
        vectors = np.vstack(parts) if parts else np.zeros((0, encoder.dimension), np.float32)
        with self._lock:
            return self._write(records, vectors, encoder)

    def _write(self, records: Sequence[ClauseRecord], vectors: np.ndarray, encoder) -> IngestReport:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            self.check_encoder(encoder)  # another process may have set it meanwhile
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('encoder', ?)", (encoder.name,))
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('dimension', ?)", (str(encoder.dimension),))
            standard_ids: dict[str, int] = {}
            touched: dict[str, list[int]] = {s: [] for s in SIDES}
            removed: dict[str, list[int]] = {s: [] for s in SIDES}
            added = replaced = 0
            before = {side: self._generation(side) for side in SIDES}
            for record, vector in zip(records, vectors):
                sid = standard_ids.get(record.standard)
                if sid is None:
                    sid = self._upsert_standard(record)
                    standard_ids[record.standard] = sid
                old = conn.execute("SELECT id, side FROM clauses WHERE standard_id=? AND clause=?",
                                   (sid, record.clause)).fetchone()
                blob = np.asarray(vector, dtype=np.float32).tobytes()
                if old:
                    cid = old[0]
                    conn.execute("UPDATE clauses SET text=?, lang=?, side=?, vector=? WHERE id=?",
                                 (record.text, record.lang, record.side, blob, cid))
                    replaced += 1
                    if old[1] != record.side:
                        removed[old[1]].append(cid)
                else:
                    cid = conn.execute(
                        "INSERT INTO clauses (standard_id, clause, text, lang, side, vector) VALUES (?,?,?,?,?,?)",
                        (sid, record.clause, record.text, record.lang, record.side, blob)).lastrowid
                    added += 1
                touched[record.side].append(cid)
            changed = [s for s in SIDES if touched[s] or removed[s]]
            for side in changed:
                conn.execute("INSERT INTO meta VALUES (?, '1') ON CONFLICT(key) DO UPDATE SET value=value+1",
                             (f"generation:{side}",))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        for side in changed:
            self._update_index(side, before[side], touched[side], removed[side], records, vectors)
        return IngestReport(added=added, replaced=replaced, standards=len(standard_ids), sides=self._side_counts())

    def _update_index(self, side: str, generation_before: int, ids: list[int], removed: list[int],
                      records: Sequence[ClauseRecord], vectors: np.ndarray) -> None:
        """Bring the cached index of `side` up to date: in place when it was current before this write
        (the common case in a long-running server), else rebuilt from SQLite."""
        cached = self._indexes.get(side)
        generation = self._generation(side)
        if cached is None or cached[0] != generation_before or generation != generation_before + 1:
            self._refresh_index(side)
            return
        index = cached[1]
        if removed:
            index.remove(np.asarray(removed, dtype=np.int64))
        if ids:
            rows = [i for i, r in enumerate(records) if r.side == side]
            index.add(np.asarray(ids, dtype=np.int64), vectors[rows])
        try:
            index.save(self._index_file(side, generation))
        except OSError:
            pass
        self._indexes[side] = (generation, index)
        self._remove_old_index_files(side, generation)

    def _upsert_standard(self, record: ClauseRecord) -> int:
        conn = self._conn
        row = conn.execute("SELECT id, title FROM standards WHERE number=?", (record.standard,)).fetchone()
        if row:
            conn.execute("UPDATE standards SET side=?, lang=?, title=CASE WHEN ?<>'' THEN ? ELSE title END "
                         "WHERE id=?", (record.side, record.lang, record.title, record.title, row[0]))
            return row[0]
        return conn.execute(
            "INSERT INTO standards (number, body, title, lang, side) VALUES (?,?,?,?,?)",
            (record.standard, standard_body(record.standard), record.title, record.lang, record.side)).lastrowid

    def delete_standard(self, number: str) -> int:
        """Delete a standard and its clauses; returns the number of clauses removed."""
        with self._lock:
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                row = conn.execute("SELECT id FROM standards WHERE number=?", (number,)).fetchone()
                if row is None:
                    raise NotFoundError(f"standard '{number}' is not in the store")
                sides = [r[0] for r in conn.execute("SELECT DISTINCT side FROM clauses WHERE standard_id=?",
                                                    (row[0],))]
                removed = conn.execute("DELETE FROM clauses WHERE standard_id=?", (row[0],)).rowcount
                conn.execute("DELETE FROM standards WHERE id=?", (row[0],))
                for side in sides:
                    conn.execute("UPDATE meta SET value=value+1 WHERE key=?", (f"generation:{side}",))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            for side in sides:
                self._refresh_index(side)
            return removed

    # ------------------------------------------------------------ reviewed links

    def find_clause(self, standard: str, clause: str) -> Clause | None:
        row = self._conn.execute(
            "SELECT c.id, s.number, c.clause, c.text, c.lang, c.side, s.title, s.body FROM clauses c "
            "JOIN standards s ON s.id=c.standard_id WHERE s.number=? AND c.clause=?", (standard, clause)).fetchone()
        return Clause(*row) if row else None

    def record_links(self, decisions: Sequence[tuple[str, int, str]], source: str = "") -> int:
        """Store reviewers' decisions (query key, counterpart clause id, 'confirmed' | 'rejected'); a later
        decision on the same pair replaces the earlier one. One transaction."""
        with self._lock:
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                for key, cid, decision in decisions:
                    conn.execute(
                        "INSERT INTO links (query_key, counterpart_id, decision, source) VALUES (?,?,?,?) "
                        "ON CONFLICT(query_key, counterpart_id) DO UPDATE SET decision=excluded.decision, "
                        "source=excluded.source, decided_at=datetime('now')", (key, cid, decision, source))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return len(decisions)

    def links_for(self, keys: Iterable[str]) -> dict[str, dict[int, str]]:
        """Reviewed decisions per query key: {key: {counterpart clause id: decision}}."""
        out: dict[str, dict[int, str]] = {}
        rows = self._fetch_many("SELECT query_key, counterpart_id, decision FROM links WHERE query_key IN ({})",
                                list(set(keys)))
        for key, cid, decision in rows:
            out.setdefault(key, {})[cid] = decision
        return out

    def count_links(self) -> dict[str, int]:
        with self._lock:
            return dict(self._conn.execute("SELECT decision, COUNT(*) FROM links GROUP BY decision").fetchall())

    # ------------------------------------------------------------ the vector indexes

    def _index_file(self, side: str, generation: int) -> Path:
        return self.path / f"vectors-{side}-g{generation}.{self._index_backend}"

    def _refresh_index(self, side: str):
        """Return the index of `side` for the current generation, loading or rebuilding it as needed."""
        generation = self._generation(side)
        cached = self._indexes.get(side)
        if cached and cached[0] == generation:
            return cached[1]
        dimension = self.dimension
        if dimension is None:
            return None
        path = self._index_file(side, generation)
        index = None
        if path.is_file():
            try:
                index = load_index(self._index_backend, path, dimension)
            except Exception:
                index = None  # a damaged cache file: rebuild it from SQLite below
        if index is None:
            index = new_index(self._index_backend, dimension)
            ids, vectors = self._vectors(side)
            if len(ids):
                index.add(ids, vectors)
            try:
                index.save(path)
            except OSError:
                pass  # a read-only store still answers; the index is rebuilt in memory next time
        self._indexes[side] = (generation, index)
        self._remove_old_index_files(side, generation)
        return index

    def _remove_old_index_files(self, side: str, keep: int) -> None:
        pattern = re.compile(rf"^vectors-{side}-g(\d+)\.")
        for file in self.path.iterdir():
            m = pattern.match(file.name)
            if m and int(m.group(1)) < keep:
                try:
                    file.unlink()
                except OSError:
                    pass

    def _vectors(self, side: str) -> tuple[np.ndarray, np.ndarray]:
        rows = self._conn.execute("SELECT id, vector FROM clauses WHERE side=? ORDER BY id", (side,)).fetchall()
        if not rows:
            return np.zeros(0, np.int64), np.zeros((0, self.dimension or 0), np.float32)
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        vectors = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).reshape(len(rows), -1)
        return ids, vectors

    def side_vectors(self, side: str) -> tuple[np.ndarray, np.ndarray]:
        """(ids, vectors) of every clause of `side`, ordered by id."""
        with self._lock:
            return self._vectors(side)

    def vectors(self, ids: Iterable[int]) -> np.ndarray:
        """The stored vectors of the given clause ids, in that order."""
        ids = list(ids)
        found = self._fetch_many("SELECT id, vector FROM clauses WHERE id IN ({})", ids)
        by_id = {r[0]: np.frombuffer(r[1], dtype=np.float32) for r in found}
        missing = [i for i in ids if i not in by_id]
        if missing:
            raise NotFoundError(f"clause ids not in the store: {missing[:5]}")
        return np.vstack([by_id[i] for i in ids]) if ids else np.zeros((0, self.dimension or 0), np.float32)

    # ------------------------------------------------------------ reading

    def warm(self) -> None:
        """Load the vector index of each side now rather than on the first search."""
        with self._lock:
            for side in SIDES:
                self._refresh_index(side)

    def search(self, vectors: np.ndarray, side: str, k: int) -> list[list[tuple[int, float]]]:
        """For each query vector, the k nearest clauses of `side` as (clause id, cosine similarity)."""
        sims, ids = self.search_arrays(vectors, side, k)
        return [[(int(i), float(s)) for s, i in zip(srow, irow) if i >= 0]
                for srow, irow in zip(sims.tolist(), ids.tolist())]

    def search_arrays(self, vectors: np.ndarray, side: str, k: int) -> tuple[np.ndarray, np.ndarray]:
        """`search` as two (queries, k) arrays, cosine similarities and clause ids, best first; an id of -1
        marks an empty slot (fewer than k clauses)."""
        if side not in SIDES:
            raise StoreError(f"unknown side '{side}'; use domestic or international")
        # Searched under the lock: an ingest in another thread (the HTTP server) adds to this same index in
        # place, and a FAISS index must not be searched while it is being changed.
        with self._lock:
            index = self._refresh_index(side)
            if index is None or len(index) == 0 or len(vectors) == 0:
                return np.zeros((len(vectors), 0), np.float32), np.zeros((len(vectors), 0), np.int64)
            sims, ids = index.search(vectors, min(k, len(index)))
        return np.asarray(sims, dtype=np.float32), np.asarray(ids, dtype=np.int64)

    def clauses(self, ids: Iterable[int]) -> dict[int, Clause]:
        rows = self._fetch_many(
            "SELECT c.id, s.number, c.clause, c.text, c.lang, c.side, s.title, s.body "
            "FROM clauses c JOIN standards s ON s.id=c.standard_id WHERE c.id IN ({})", list(ids))
        return {r[0]: Clause(*r) for r in rows}

    def texts(self, ids: Iterable[int]) -> dict[int, str]:
        """The text of each of `ids` that the store holds (cheaper than `clauses` when only text is needed)."""
        return dict(self._fetch_many("SELECT id, text FROM clauses WHERE id IN ({})", list(ids)))

    def standard_clauses(self, number: str) -> list[Clause]:
        rows = self._conn.execute(
            "SELECT c.id, s.number, c.clause, c.text, c.lang, c.side, s.title, s.body "
            "FROM clauses c JOIN standards s ON s.id=c.standard_id WHERE s.number=? ORDER BY c.id", (number,)
        ).fetchall()
        if not rows:
            raise NotFoundError(f"standard '{number}' is not in the store")
        return [Clause(*r) for r in rows]

    def _fetch_many(self, sql: str, ids: list[int]) -> list[tuple]:
        out: list[tuple] = []
        with self._lock:
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                out.extend(self._conn.execute(sql.format(",".join("?" * len(chunk))), chunk).fetchall())
        return out

    def _side_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(SIDES, 0)
        for side, n in self._conn.execute("SELECT side, COUNT(*) FROM clauses GROUP BY side"):
            counts[side] = n
        return counts

    def stats(self) -> dict:
        with self._lock:
            standards = dict(self._conn.execute("SELECT side, COUNT(*) FROM standards GROUP BY side").fetchall())
            return {
                "store": str(self.path),
                "encoder": self.encoder_name,
                "dimension": self.dimension,
                "clauses": self._side_counts(),
                "standards": {s: standards.get(s, 0) for s in SIDES},
                "reviewed_links": self.count_links(),
            }

    def read(self, sql: str, args=()) -> list[tuple]:
        """Rows of a read-only query (compare/store/catalog.py lists standards with it)."""
        with self._lock:
            return self._conn.execute(sql, tuple(args)).fetchall()

    def clause_ids(self, side: str) -> list[int]:
        """The ids of every clause of `side`, in the order they were added."""
        with self._lock:
            return [r[0] for r in self._conn.execute("SELECT id FROM clauses WHERE side=? ORDER BY id", (side,))]

    def links(self, decision: str | None = None) -> list[tuple[str, int, str, str, str]]:
        """Every reviewed link as (query key, counterpart clause id, decision, source, decided at), oldest first."""
        sql = "SELECT query_key, counterpart_id, decision, source, decided_at FROM links"
        with self._lock:
            return self._conn.execute(sql + (" WHERE decision=?" if decision else "") + " ORDER BY id",
                                      (decision,) if decision else ()).fetchall()

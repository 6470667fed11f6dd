"""Read queries over the store's SQLite: clauses, texts, vectors and counts (no writes here)."""

from __future__ import annotations

import sqlite3
from typing import Iterable, Iterator

import numpy as np

from compare.core.errors import NotFoundError
from compare.core.model import Clause
from compare.core.vocabulary import Side

CHUNK = 500  # ids per IN (...) query: well under SQLite's host-parameter limit
_CLAUSE = ("SELECT c.id, s.number, c.clause, c.text, c.lang, c.side, s.title, s.body "
           "FROM clauses c JOIN standards s ON s.id=c.standard_id")


def fetch_many(conn: sqlite3.Connection, sql: str, ids: list) -> list[tuple]:
    """Run `sql` (with one `IN ({})`) over `ids` in chunks; returns all rows."""
    out: list[tuple] = []
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        out.extend(conn.execute(sql.format(",".join("?" * len(chunk))), chunk).fetchall())
    return out


def clauses(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, Clause]:
    return {r[0]: Clause(*r) for r in fetch_many(conn, _CLAUSE + " WHERE c.id IN ({})", list(ids))}


def find_clause(conn: sqlite3.Connection, standard: str, clause: str) -> Clause | None:
    row = conn.execute(_CLAUSE + " WHERE s.number=? AND c.clause=?", (standard, clause)).fetchone()
    return Clause(*row) if row else None


def standard_clauses(conn: sqlite3.Connection, number: str) -> list[Clause]:
    rows = conn.execute(_CLAUSE + " WHERE s.number=? ORDER BY c.id", (number,)).fetchall()
    if not rows:
        raise NotFoundError(f"standard '{number}' is not in the store; ingest it first")
    return [Clause(*r) for r in rows]


def texts(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, str]:
    return dict(fetch_many(conn, "SELECT id, text FROM clauses WHERE id IN ({})", list(ids)))


def clause_ids(conn: sqlite3.Connection, side: Side) -> np.ndarray:
    """The ids of every clause of `side`, ascending (the order they were added)."""
    rows = conn.execute("SELECT id FROM clauses WHERE side=? ORDER BY id", (str(side),)).fetchall()
    return np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))


# Multiplier of the ids' hash sum: small enough that id x multiplier stays a 64-bit integer in SQLite.
_ID_HASH = 40503


def ids_signature(conn: sqlite3.Connection, side: Side) -> tuple[int, str]:
    """(count, signature) of the ids of `side`, worked out by SQLite in one pass over its index (a million ids
    in a fraction of a second, where reading them into Python takes seconds); `signature_of` gives the same
    for an array of ids."""
    n, lo, hi, total, hashed = conn.execute(
        f"SELECT COUNT(*), MIN(id), MAX(id), SUM(id), SUM((id * {_ID_HASH}) % 4294967296) FROM clauses "
        "WHERE side=?", (str(side),)).fetchone()
    return n, f"n{n}:lo{lo or 0}:hi{hi or 0}:s{total or 0}:h{hashed or 0}"


def signature_of(ids: np.ndarray) -> str:
    """The signature `ids_signature` gives for these ids (a multiset summary: count, bounds, sum, hash sum)."""
    ids = np.asarray(ids, dtype=np.int64)
    if not len(ids):
        return "n0:lo0:hi0:s0:h0"
    hashed = int(((ids * _ID_HASH) % 4294967296).sum())
    return f"n{len(ids)}:lo{int(ids.min())}:hi{int(ids.max())}:s{int(ids.sum())}:h{hashed}"


def side_vectors(conn: sqlite3.Connection, side: Side, dimension: int) -> tuple[np.ndarray, np.ndarray]:
    """(ids, vectors) of every clause of `side`, ordered by id."""
    # filled row by row into one array: a million clauses take their 2 GB once, not three times over
    count = conn.execute("SELECT COUNT(*) FROM clauses WHERE side=?", (str(side),)).fetchone()[0]
    ids = np.zeros(count, np.int64)
    vectors = np.zeros((count, dimension), np.float32)
    filled = 0
    for cid, blob in conn.execute("SELECT id, vector FROM clauses WHERE side=? ORDER BY id", (str(side),)):
        if filled == count:
            break
        ids[filled] = cid
        vectors[filled] = np.frombuffer(blob, dtype=np.float32)
        filled += 1
    return ids[:filled], vectors[:filled]


def side_vector_chunks(conn: sqlite3.Connection, side: Side, dimension: int,
                       rows: int) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """(ids, vectors) of the clauses of `side`, ascending by id, at most `rows` at a time: a million clauses
    never sit in memory at once. The caller holds one read transaction, so the chunks are one snapshot."""
    last = -1
    while True:
        batch = conn.execute("SELECT id, vector FROM clauses WHERE side=? AND id>? ORDER BY id LIMIT ?",
                             (str(side), last, rows)).fetchall()
        if not batch:
            return
        ids = np.fromiter((r[0] for r in batch), dtype=np.int64, count=len(batch))
        vectors = np.frombuffer(b"".join(r[1] for r in batch), dtype=np.float32).reshape(len(batch), dimension)
        del batch
        yield ids, vectors
        last = int(ids[-1])


def vectors(conn: sqlite3.Connection, ids: list[int], dimension: int) -> np.ndarray:
    """The stored vectors of the given clause ids, in that order."""
    by_id = {r[0]: np.frombuffer(r[1], dtype=np.float32)
             for r in fetch_many(conn, "SELECT id, vector FROM clauses WHERE id IN ({})", ids)}
    missing = [i for i in ids if i not in by_id]
    if missing:
        raise NotFoundError(f"clause ids not in the store: {missing[:5]}")
    return np.vstack([by_id[i] for i in ids]) if ids else np.zeros((0, dimension), np.float32)


def side_counts(conn: sqlite3.Connection, table: str = "clauses") -> dict[str, int]:
    """Rows per side of `table` (clauses or standards), every side present."""
    counts = dict.fromkeys(Side, 0)
    for side, n in conn.execute(f"SELECT side, COUNT(*) FROM {table} GROUP BY side"):
        counts[Side(side)] = n
    return {str(side): n for side, n in counts.items()}

"""A reviewer's decisions on counterpart pairs (confirmed or rejected), kept in the store's SQLite.

Pairs are keyed by standard and clause numbers, not row ids, so a decision survives a re-ingest of either
standard. Confirmed pairs feed the TMX export and the statistics.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path

from compare.errors import InvalidRowsError
from compare.sidedb import connect_side_table

DECISIONS = ("confirmed", "rejected")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS reviews (
    domestic_standard      TEXT NOT NULL,
    domestic_clause        TEXT NOT NULL,
    international_standard TEXT NOT NULL,
    international_clause   TEXT NOT NULL,
    decision               TEXT NOT NULL CHECK (decision IN ('confirmed', 'rejected')),
    reviewer               TEXT NOT NULL DEFAULT '',
    decided                REAL NOT NULL,
    PRIMARY KEY (domestic_standard, domestic_clause, international_standard, international_clause)
);
"""


@dataclass(frozen=True)
class Review:
    """A decision on one pair: (domestic standard, clause) against (international standard, clause)."""

    domestic_standard: str
    domestic_clause: str
    international_standard: str
    international_clause: str
    decision: str
    reviewer: str = ""
    decided: float = 0.0


class ReviewTable:
    """The reviews table of a store."""

    def __init__(self, store_dir: str | Path) -> None:
        self._lock = threading.Lock()
        self._conn = connect_side_table(store_dir, _SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def record(self, review: Review) -> Review:
        """Record (or change) the decision on a pair; the latest decision wins."""
        if review.decision not in DECISIONS:
            raise InvalidRowsError(f"decision must be confirmed or rejected, not '{review.decision}'")
        stamped = Review(**{**review.__dict__, "decided": time.time()})
        with self._lock:
            self._conn.execute(
                "INSERT INTO reviews VALUES (?,?,?,?,?,?,?) ON CONFLICT DO UPDATE SET decision=excluded.decision, "
                "reviewer=excluded.reviewer, decided=excluded.decided",
                (stamped.domestic_standard, stamped.domestic_clause, stamped.international_standard,
                 stamped.international_clause, stamped.decision, stamped.reviewer, stamped.decided))
        return stamped

    def listed(self, decision: str | None = None) -> list[Review]:
        sql = "SELECT * FROM reviews" + (" WHERE decision=?" if decision else "") + " ORDER BY decided"
        with self._lock:
            rows = self._conn.execute(sql, (decision,) if decision else ()).fetchall()
        return [Review(*r) for r in rows]

    def counts(self) -> dict[str, int]:
        with self._lock:
            found = dict(self._conn.execute("SELECT decision, COUNT(*) FROM reviews GROUP BY decision").fetchall())
        return {d: found.get(d, 0) for d in DECISIONS}

"""Reviewed links: reviewers' decisions that a clause is (or is not) the counterpart of a query.

A decision is keyed by the query (its key, e.g. "GB 2762-2022 4.1") and the counterpart clause id; a later
decision on the same pair replaces the earlier one.
"""

from __future__ import annotations

import sqlite3
from typing import Iterable, Sequence

from compare.store.reads import fetch_many
from compare.store.transaction import transaction

Decision = tuple[str, int, str]  # (query key, counterpart clause id, "confirmed" | "rejected")


def record_links(conn: sqlite3.Connection, decisions: Sequence[Decision], source: str = "",
                 superseded: Sequence[tuple[str, int]] = ()) -> int:
    """Store the decisions in one transaction, removing the (query key, counterpart id) links they replace under
    an older key (`superseded`); returns how many decisions were given."""
    with transaction(conn):
        for key, cid in superseded:
            conn.execute("DELETE FROM links WHERE query_key=? AND counterpart_id=?", (key, cid))
        for key, cid, decision in decisions:
            conn.execute(
                "INSERT INTO links (query_key, counterpart_id, decision, source) VALUES (?,?,?,?) "
                "ON CONFLICT(query_key, counterpart_id) DO UPDATE SET decision=excluded.decision, "
                "source=excluded.source, decided_at=datetime('now')", (key, cid, decision, source))
    return len(decisions)


def links_for(conn: sqlite3.Connection, keys: Iterable[str]) -> dict[str, dict[int, str]]:
    """Reviewed decisions per query key: {key: {counterpart clause id: decision}}."""
    out: dict[str, dict[int, str]] = {}
    rows = fetch_many(conn, "SELECT query_key, counterpart_id, decision FROM links WHERE query_key IN ({})",
                      list(set(keys)))
    for key, cid, decision in rows:
        out.setdefault(key, {})[cid] = decision
    return out


def count_links(conn: sqlite3.Connection) -> dict[str, int]:
    return dict(conn.execute("SELECT decision, COUNT(*) FROM links GROUP BY decision").fetchall())


def all_links(conn: sqlite3.Connection, decision: str | None = None) -> list[tuple[str, int, str, str, str]]:
    """Every reviewed link as (query key, counterpart clause id, decision, source, decided at), oldest first."""
    sql = "SELECT query_key, counterpart_id, decision, source, decided_at FROM links"
    return conn.execute(sql + (" WHERE decision=?" if decision else "") + " ORDER BY id",
                        (decision,) if decision else ()).fetchall()

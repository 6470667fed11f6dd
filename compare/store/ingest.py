"""Ingest: turn the rows of a user's file into checked clause records, then write them in one transaction.

`prepare_records` checks every row before anything is written; `write_records` adds or replaces the clauses
(a (standard, clause) already stored is replaced, never duplicated) and bumps the generation of each side it
touched, all inside the store's one transaction helper.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from typing import Iterable, Sequence

import numpy as np

from compare.core.errors import InvalidRowsError, NotFoundError, StoreError
from compare.core.model import InputRow
from compare.core.text import detect_language, side_for_language
from compare.terms.stdnumber import standard_body
from compare.core.vocabulary import Side
from compare.store.transaction import transaction

SIDES = tuple(str(side) for side in Side)
_SURROGATES = re.compile("[\ud800-\udfff]")  # cannot be stored as UTF-8: refused with the row named


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
class SideChange:
    """What one write did to one side: its generation before and after, the texts it put in (of the clauses
    written) and took out (of the clauses replaced or moved to the other side), and the ids of those clauses.
    What statistics kept per generation above the store need to follow the write (compare.workflows.ingest_clauses)."""

    side: str
    before: int
    after: int
    entered: tuple[str, ...]
    left: tuple[str, ...]
    changed: tuple[int, ...]


@dataclass(frozen=True)
class IngestReport:
    added: int
    replaced: int
    standards: int
    sides: dict[str, int]
    changes: tuple[SideChange, ...] = field(default=(), repr=False, compare=False)

MAX_LISTED = 5


@dataclass(frozen=True)
class Prepared:
    records: list[ClauseRecord]
    warnings: list[str]


def prepare_records(
    rows: Iterable[InputRow],
    *,
    side: str | None = None,
    standard: str | None = None,
    skip_invalid: bool = False,
) -> Prepared:
    """Check every row and build ClauseRecords.

    Rows with no text or no standard number, and two rows with the same standard and clause but
    different text, are problems: they stop the ingest (nothing is written) unless `skip_invalid`,
    in which case they are left out and reported. A row repeated exactly is kept once, with a warning.
    Side defaults from the language: Chinese text is domestic, other text international.
    """
    if side is not None and side not in SIDES:
        raise InvalidRowsError(f"unknown side '{side}'; use domestic or international", option="side")
    problems: list[str] = []
    unnumbered = 0  # rows with no standard number: one number for the whole file fixes them
    warnings: list[str] = []
    by_key: dict[tuple[str, str], tuple[InputRow, ClauseRecord]] = {}
    order: list[tuple[str, str]] = []
    seen_rows = 0
    for row in rows:
        if row.skip:  # a total row ('合计'), no clause
            warnings.append(f"row {row.row} (line {row.line}): a {row.skip}, left out")
            continue
        seen_rows += 1
        where = f"row {row.row} (line {row.line})"
        number = (standard or row.standard).strip()
        if row.note:
            warnings.append(f"{where}: {row.note}")
        if not row.text.strip():
            problems.append(f"{where}: empty text")
            continue
        if any(_SURROGATES.search(value) for value in (row.text, row.standard, row.clause, row.title)):
            problems.append(f"{where}: holds a lone surrogate (half of a UTF-16 character, such as \\udcff), "
                            "which is not text")
            continue
        if not number:
            problems.append(f"{where}: no standard number (add a 标准号/standard column, or give one standard "
                            "number for the whole file)")
            unnumbered += 1
            continue
        lang = (row.lang or detect_language(row.text)).strip().lower()
        record = ClauseRecord(standard=number, clause=row.clause.strip(), text=row.text.strip(), lang=lang,
                              side=side or side_for_language(lang), title=row.title.strip())
        key = (record.standard, record.clause)
        if key in by_key:
            first, kept = by_key[key]
            if kept.text == record.text:
                warnings.append(f"{where} repeats row {first.row} ({number} {record.clause}); kept once")
            else:
                problems.append(f"{where} and row {first.row} both give {number} clause '{record.clause}' "
                                "with different text")
            continue
        by_key[key] = (row, record)
        order.append(key)
    if seen_rows == 0:
        raise InvalidRowsError("the file has no data rows")
    if problems and not skip_invalid:
        listed = "; ".join(problems[:MAX_LISTED])
        more = f" (and {len(problems) - MAX_LISTED} more)" if len(problems) > MAX_LISTED else ""
        raise InvalidRowsError(f"{len(problems)} row(s) cannot be ingested: {listed}{more}; nothing was written. "
                               "Fix them, or skip the invalid rows to ingest the others",
                               option="standard" if unnumbered == len(problems) else "skip_invalid")
    if problems:
        warnings.extend(f"skipped {p}" for p in problems)
    records = [by_key[k][1] for k in order]
    if not records:
        raise InvalidRowsError("no usable rows: every row was empty or invalid; nothing was written")
    return Prepared(records=records, warnings=warnings)


@dataclass
class Written:
    """What one write changed: counts, and per side the clause ids (re)written, the ids that left it and the
    texts that left it (of clauses replaced or moved to the other side)."""

    added: int = 0
    replaced: int = 0
    standards: int = 0
    touched: dict[str, list[int]] = field(default_factory=lambda: {s: [] for s in SIDES})
    removed: dict[str, list[int]] = field(default_factory=lambda: {s: [] for s in SIDES})
    left: dict[str, list[str]] = field(default_factory=lambda: {s: [] for s in SIDES})

    @property
    def changed_sides(self) -> list[str]:
        return [s for s in SIDES if self.touched[s] or self.removed[s]]


def write_records(conn: sqlite3.Connection, records: Sequence[ClauseRecord], vectors: Iterable[np.ndarray], *,
                  encoder_name: str, dimension: int, before_write=None, where: str = "the store") -> Written:
    """Write `records` with their `vectors` (one row each) in one transaction: all or nothing.

    `vectors` may be an array or rows still arriving (an encoder's batches, written as they come back); an
    error while they arrive, or a count that is not one vector a record, rolls the whole write back.
    `before_write(conn)` runs first inside the transaction (the store re-checks its encoder there: another
    process may have set it meanwhile)."""
    written = Written()
    rows = iter(vectors)
    with transaction(conn, where=where):
        if before_write is not None:
            before_write(conn)
        conn.execute("INSERT OR IGNORE INTO meta VALUES ('encoder', ?)", (encoder_name,))
        conn.execute("INSERT OR IGNORE INTO meta VALUES ('dimension', ?)", (str(dimension),))
        standard_ids: dict[str, int] = {}
        for record, vector in zip(records, rows):
            sid = standard_ids.get(record.standard)
            if sid is None:
                sid = upsert_standard(conn, record)
                standard_ids[record.standard] = sid
            old = conn.execute("SELECT id, side, text FROM clauses WHERE standard_id=? AND clause=?",
                               (sid, record.clause)).fetchone()
            blob = np.asarray(vector, dtype=np.float32).tobytes()
            if old:
                cid = old[0]
                conn.execute("UPDATE clauses SET text=?, lang=?, side=?, vector=? WHERE id=?",
                             (record.text, record.lang, record.side, blob, cid))
                written.replaced += 1
                written.left[old[1]].append(old[2])
                if old[1] != record.side:
                    written.removed[old[1]].append(cid)
            else:
                cid = conn.execute(
                    "INSERT INTO clauses (standard_id, clause, text, lang, side, vector) VALUES (?,?,?,?,?,?)",
                    (sid, record.clause, record.text, record.lang, record.side, blob)).lastrowid
                written.added += 1
            written.touched[record.side].append(cid)
        if written.added + written.replaced != len(records) or next(rows, None) is not None:
            raise StoreError(f"{len(records)} clauses to write but not as many vectors; nothing was written")
        for side in written.changed_sides:
            bump_generation(conn, side)
        written.standards = len(standard_ids)
    return written


def upsert_standard(conn: sqlite3.Connection, record: ClauseRecord) -> int:
    """The row id of the record's standard, added or updated (side, language, a non-empty title)."""
    row = conn.execute("SELECT id, title FROM standards WHERE number=?", (record.standard,)).fetchone()
    if row:
        conn.execute("UPDATE standards SET side=?, lang=?, title=CASE WHEN ?<>'' THEN ? ELSE title END "
                     "WHERE id=?", (record.side, record.lang, record.title, record.title, row[0]))
        return row[0]
    return conn.execute(
        "INSERT INTO standards (number, body, title, lang, side) VALUES (?,?,?,?,?)",
        (record.standard, standard_body(record.standard), record.title, record.lang, record.side)).lastrowid


def bump_generation(conn: sqlite3.Connection, side: str) -> None:
    """Count one more change of `side` (inside a transaction): index files of older generations go stale."""
    conn.execute("INSERT INTO meta VALUES (?, '1') ON CONFLICT(key) DO UPDATE SET value=value+1",
                 (f"generation:{side}",))


def delete_standard(conn: sqlite3.Connection, number: str, where: str = "the store") -> Written:
    """Delete a standard and its clauses in one transaction; returns what left each side (`removed`)."""
    with transaction(conn, where=where):
        row = conn.execute("SELECT id FROM standards WHERE number=?", (number,)).fetchone()
        if row is None:
            raise NotFoundError(f"standard '{number}' is not in the store")
        written = Written()
        for cid, side in conn.execute("SELECT id, side FROM clauses WHERE standard_id=?", (row[0],)):
            written.removed[side].append(cid)
        conn.execute("DELETE FROM clauses WHERE standard_id=?", (row[0],))
        conn.execute("DELETE FROM standards WHERE id=?", (row[0],))
        for side in written.changed_sides:
            bump_generation(conn, side)
    return written

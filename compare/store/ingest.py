"""Turn the rows of a user's file into clause records, checking them before anything is written."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from compare.core.errors import InvalidRowsError
from compare.core.model import InputRow
from compare.store.store import SIDES, ClauseRecord
from compare.core.text import detect_language, side_for_language

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
        raise InvalidRowsError(f"unknown side '{side}'; use domestic or international")
    problems: list[str] = []
    warnings: list[str] = []
    by_key: dict[tuple[str, str], tuple[InputRow, ClauseRecord]] = {}
    order: list[tuple[str, str]] = []
    seen_rows = 0
    for row in rows:
        seen_rows += 1
        where = f"row {row.row} (line {row.line})"
        number = (standard or row.standard).strip()
        if not row.text.strip():
            problems.append(f"{where}: empty text")
            continue
        if not number:
            problems.append(f"{where}: no standard number (add a 标准号/standard column or pass --standard)")
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
                               "Fix them, or pass --skip-invalid to ingest the other rows")
    if problems:
        warnings.extend(f"skipped {p}" for p in problems)
    records = [by_key[k][1] for k in order]
    if not records:
        raise InvalidRowsError("no usable rows: every row was empty or invalid; nothing was written")
    return Prepared(records=records, warnings=warnings)

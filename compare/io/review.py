"""Read a reviewed result workbook back: 确认 (confirm) and 驳回 (reject) decisions become stored links, so
later matches put confirmed counterparts first and leave rejected ones out."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from compare.core.errors import ColumnError, NotFoundError
from compare.core.model import query_key, standard_key
from compare.io.readers import _load_workbook
from compare.store.store import Store
from compare.core.text import clean_cell
from compare.io.workbook import MATCH_COLUMNS, MATCHES_SHEET, REVIEW_HEADER, find_sheet

CONFIRM = {"确认", "confirm", "confirmed", "yes", "y", "是", "同意"}
REJECT = {"驳回", "reject", "rejected", "no", "n", "否", "不同意"}
PENDING = {"待定", "pending", "", "已确认"}  # 已确认: confirmed in an earlier review, nothing new


@dataclass
class ReviewReport:
    confirmed: int = 0
    rejected: int = 0
    pending: int = 0
    problems: list[str] = field(default_factory=list)


def apply_review(path: Path, store: Store) -> ReviewReport:
    """Store the decisions of a reviewed Matches sheet; rows left pending change nothing."""
    wb = _load_workbook(Path(path))
    sheet = find_sheet(wb, MATCHES_SHEET)  # '匹配 Matches', or 'Matches' in workbooks written before
    if sheet is None:
        raise ColumnError(f"{Path(path).name} has no '{MATCHES_SHEET}' sheet; give the result workbook of a "
                          "matched list")
    rows = sheet.iter_rows(values_only=True)
    header = [clean_cell(h) for h in next(rows, [])]
    needed = [MATCH_COLUMNS[0][0], MATCH_COLUMNS[1][0], REVIEW_HEADER, "_query_standard", "_query_clause",
              "_query_text"]
    missing = [n.splitlines()[-1] for n in needed if n not in header]
    if missing:
        raise ColumnError(f"the Matches sheet of {Path(path).name} lacks the columns {', '.join(missing)}; "
                          "review the workbook stdcompare wrote, keeping its columns")
    at = {name: header.index(name) for name in needed}
    row_at = header.index("_row") if "_row" in header else None
    report = ReviewReport()
    decisions: list[tuple[str, int, str]] = []
    superseded: list[tuple[str, int]] = []
    texts: dict[str, set[str]] = {}          # query key -> the texts of the sheet's rows under it
    under: Counter = Counter()               # query key -> the sheet's rows under it
    decided: dict[str, list[tuple[str, int, str]]] = {}  # query key -> (where, counterpart, decision) of each row
    for line, row in enumerate(rows, start=2):
        cells = [clean_cell(c) for c in row]

        def get(name):
            i = at[name]
            return cells[i] if i < len(cells) else ""

        if get("_query_text"):
            row_key = query_key(get("_query_standard"), get("_query_clause"), get("_query_text"))
            texts.setdefault(row_key, set()).add(" ".join(get("_query_text").split()))
            under[row_key] += 1

        # where the reviewer finds the row: the sheet's row number, and the list's own (序号 counts from 1)
        listed = row[row_at] if row_at is not None and row_at < len(row) and isinstance(row[row_at], int) else None
        where = f"sheet row {line}" + (f" (list row {listed})" if listed is not None else "")
        choice = get(REVIEW_HEADER).lower()
        if choice in PENDING:
            report.pending += 1
            continue
        if choice in CONFIRM:
            decision = "confirmed"
        elif choice in REJECT:
            decision = "rejected"
        else:
            report.problems.append(f"{where}: review value '{get(REVIEW_HEADER)}' is not 确认, 驳回 or 待定")
            continue
        if not get(MATCH_COLUMNS[0][0]):
            # a row with no counterpart (none found, an empty or total row): there is nothing to decide on
            columns = " and ".join(f"'{name.replace(chr(10), ' / ')}'" for name, _ in MATCH_COLUMNS[:2])
            report.problems.append(f"{where}: '{get(REVIEW_HEADER)}' on a row with no counterpart; to confirm one, "
                                   f"type its standard and clause in the columns {columns}")
            continue
        counterpart, whole = _counterpart(store, get(MATCH_COLUMNS[0][0]), get(MATCH_COLUMNS[1][0]))
        if counterpart is None:
            report.problems.append(f"{where}: counterpart {get(MATCH_COLUMNS[0][0])} "
                                   f"'{get(MATCH_COLUMNS[1][0])}' is not in the store")
            continue
        # a whole standard reviewed against a whole standard is kept by its number (and its title, for export)
        key = (standard_key(get("_query_standard"), get("_query_text"))
               if whole and get("_query_standard") and not get("_query_clause") else
               query_key(get("_query_standard"), get("_query_clause"), get("_query_text")))
        if key.startswith("standard:"):
            # reviewed before the number was kept, the same pair stood under its title alone: this replaces it
            superseded.append((query_key("", "", get("_query_text")), counterpart.id))
        decisions.append((key, counterpart.id, decision))
        decided.setdefault(key, []).append((where, counterpart.id, decision))
    # A decision is kept by the row's standard and clause: rows of other texts listed under the same clause
    # ('表1' for each substance of a table) would all take it, and a confirmed counterpart displaced the right
    # one of every other row. It is stored only when every such row carries the same decision.
    shared = {key for key, found in texts.items() if key.startswith("clause:") and len(found) > 1 and
              (len(decided.get(key, ())) < under[key] or len({d[1:] for d in decided[key]}) > 1)}
    for key in sorted(shared & set(decided)):
        standard, _, clause = key.removeprefix("clause:").partition("|")
        rows_named = ", ".join(where for where, _, _ in decided[key])
        report.problems.append(
            f"{rows_named}: not stored: {len(texts[key])} rows of different texts are listed as {standard} "
            f"'{clause}', and a decision is kept by standard and clause, so it would apply to all of them; give "
            "each row its own clause label in the list (4.1 表1 谷物, 4.1 表1 蔬菜), or the same decision on all")
    decisions = [d for d in decisions if d[0] not in shared]
    for _, _, decision in decisions:
        setattr(report, decision, getattr(report, decision) + 1)
    store.record_links(decisions, source=Path(path).name, superseded=superseded)
    return report


def _counterpart(store: Store, standard: str, clause: str):
    """The stored clause a reviewed row names, and whether it stands for a whole standard: a list of standards
    matched on titles names no clause, and the standard stands as its first clause, as compare.matching.titles
    shows it."""
    found = store.find_clause(standard, clause)
    if found is not None or clause or not standard:
        return found, False  # a stored clause named '' (ingested with no clause column) is itself
    try:
        return store.standard_clauses(standard)[0], True
    except NotFoundError:
        return None, False

"""Write match results as JSONL, CSV or XLSX. Files appear only when complete (temporary file, then rename)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from compare.core.errors import InputFileError, OutputError
from compare.core.model import Candidate, MatchResult
from compare.core.files import atomic_path
from compare.io.workbook import WorkbookInfo, write_result_workbook
from compare.io.xlsx import FORMULA_PREFIXES

OUTPUT_FORMATS = (".jsonl", ".csv", ".xlsx")
# OWASP "CSV injection": a cell starting with one of these is run as a formula by spreadsheet programs (tab and
# carriage return too, as some strip them first). Such a cell is written with a leading apostrophe.
CSV_FORMULA_PREFIXES = FORMULA_PREFIXES + ("\t", "\r")


def csv_safe(value):
    """`value` as a CSV cell that no spreadsheet runs as a formula: text starting with = + - @ tab or CR gets a
    leading apostrophe (OWASP); other values are returned as they are."""
    if isinstance(value, str) and value.startswith(CSV_FORMULA_PREFIXES):
        return "'" + value
    return value


def candidate_to_dict(candidate: Candidate) -> dict[str, Any]:
    c = candidate.clause
    out = {"standard": c.standard, "clause": c.clause, "text": c.text, "score": candidate.score,
           "title": c.title, "lang": c.lang, "side": c.side}
    if candidate.confirmed:
        out["confirmed"] = True
    if candidate.stated_in:
        out["degree"], out["stated_in"] = candidate.degree, candidate.stated_in
    if candidate.comparison is not None:
        # Indicator comparison (compare.indicators.verdicts): the verdict of the clause pair and each indicator's.
        comparison = candidate.comparison.to_dict()
        out["verdict"] = comparison["overall"]
        out["consistency"] = comparison["score"]
        out["indicators"] = comparison["indicators"]
        if "unread" in comparison:  # numbers of either clause read as no value: for the reviewer to check
            out["unread"] = comparison["unread"]
    return out


def result_to_dict(result: MatchResult) -> dict[str, Any]:
    """The JSON shape of one matched row, shared by the CLI and the HTTP API."""
    row = result.row
    out = {"row": row.row, "standard": row.standard, "clause": row.clause, "text": row.text,
           "lang": result.lang, "target_side": result.target_side,
           "matches": [candidate_to_dict(c) for c in result.matches]}
    if result.note:
        out["note"] = result.note
    return out


def check_output_path(path: Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in OUTPUT_FORMATS:
        raise InputFileError(f"unknown output type '{suffix or path}': the output file must end in "
                             ".jsonl, .csv or .xlsx")
    if not Path(path).parent.exists():
        raise InputFileError(f"output folder does not exist: {Path(path).parent}")
    return suffix


def write_matches(results: Iterable[MatchResult], path: Path, *, headers: list[str] | None = None,
                  on_row: Callable[[MatchResult], None] | None = None, workbook_info=None,
                  compare=None, verdicts: bool = False) -> int:
    """Write results to `path` (format from the extension); returns the number of rows written.

    An .xlsx output is the full review workbook (compare.io.workbook); `workbook_info` and `compare` go to it.
    `verdicts` adds the best match's indicator verdict and consistency score as CSV columns.
    """
    suffix = check_output_path(path)
    try:
        if suffix == ".xlsx":
            from compare.io import scratch

            with scratch.scope():
                summary = write_result_workbook(results, Path(path), headers=headers or [],
                                                info=workbook_info or WorkbookInfo(), compare=compare, on_row=on_row)
            return summary.rows
        writer = {".jsonl": _write_jsonl, ".csv": _write_csv}[suffix]
        extra = VERDICT_COLUMNS if verdicts else []
        with atomic_path(path) as tmp:
            return writer(_tap(results, on_row), tmp, headers or [], extra)
    except OSError as exc:
        raise output_error(path, exc) from exc


def output_error(path: Path, exc: OSError) -> OutputError:
    """The named error for a result file that could not be written (no partial file is left)."""
    import errno

    if exc.errno == errno.ENOSPC:
        return OutputError(f"cannot write {Path(path).name}: the disk is full, so no file was written; free some "
                           f"space in {Path(path).parent} or write the results to another folder", option="output")
    return OutputError(f"cannot write {Path(path).name} ({exc.strerror or exc}); no file was written; choose "
                       "another output file or folder", option="output")


def _tap(results: Iterable[MatchResult], on_row) -> Iterator[MatchResult]:
    for result in results:
        if on_row:
            on_row(result)
        yield result


def _write_jsonl(results: Iterable[MatchResult], tmp: Path, headers: list[str], extra=()) -> int:
    n = 0
    with tmp.open("w", encoding="utf-8") as fh:
        for result in results:
            fh.write(json.dumps(result_to_dict(result), ensure_ascii=False) + "\n")
            n += 1
    return n


BEST_COLUMNS = ["best_standard", "best_clause", "best_text", "best_score"]
VERDICT_COLUMNS = ["best_verdict", "best_consistency"]


def _verdict_cells(result: MatchResult) -> list[Any]:
    best = result.matches[0] if result.matches else None
    comparison = best.comparison if best else None
    return [comparison.overall, comparison.score] if comparison is not None else ["", None]


def _flat_row(result: MatchResult, headers: list[str], extra=()) -> list[Any]:
    original = result.row.original
    cells = [original.get(h) for h in headers] if headers else [result.row.standard, result.row.clause,
                                                                 result.row.text]
    best = result.matches[0] if result.matches else None
    if best:
        cells += [best.clause.standard, best.clause.clause, best.clause.text, best.score]
    else:
        cells += ["", "", "", None]
    return cells + (_verdict_cells(result) if extra else [])


def _columns(headers: list[str], extra=()) -> list[str]:
    return (list(headers) if headers else ["standard", "clause", "text"]) + BEST_COLUMNS + list(extra)


def _write_csv(results: Iterable[MatchResult], tmp: Path, headers: list[str], extra=()) -> int:
    n = 0
    # UTF-8 with BOM: Excel on Chinese Windows opens it without garbling the Chinese.
    with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow([csv_safe(c) for c in _columns(headers, extra)])
        for result in results:
            out.writerow(["" if v is None else csv_safe(v) for v in _flat_row(result, headers, extra)])
            n += 1
    return n

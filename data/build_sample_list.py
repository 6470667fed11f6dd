"""Build domestic_list.xlsx, the sample list a Chinese official would upload.

Reads domestic_clauses.csv beside this file and writes domestic_list.xlsx: sheet
"比对清单", a merged title row, a blank row, then a header row (序号, 标准号, 条款号,
条款内容, 备注) and one row per clause. The counterpart columns are left out on
purpose: they are the answer key. Run with: .venv/bin/python data/build_sample_list.py
"""

import csv
import os
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "domestic_clauses.csv"
TARGET = HERE / "domestic_list.xlsx"

TITLE = "重点领域国家标准与国际标准比对清单（2026年）"
HEADERS = ["序号", "标准号", "条款号", "条款内容", "备注"]
WIDTHS = [6, 18, 26, 70, 40]
HEADER_ROW = 3


def read_clauses(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def build_workbook(clauses: list[dict[str, str]]) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "比对清单"

    ws.cell(row=1, column=1, value=TITLE).font = Font(bold=True, size=14)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))

    for col, name in enumerate(HEADERS, start=1):
        ws.cell(row=HEADER_ROW, column=col, value=name).font = Font(bold=True)
    for number, clause in enumerate(clauses, start=1):
        # The title goes in 备注: officials usually note the standard's name there.
        values = [number, clause["standard"], clause["clause"], clause["text"], clause["title"]]
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=HEADER_ROW + number, column=col, value=value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(value, str):
                cell.data_type = "s"  # never let a cell be read as a formula

    for col, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[chr(ord("A") + col - 1)].width = width
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)
    return wb


def save_atomically(wb: Workbook, target: Path) -> None:
    fd, tmp = tempfile.mkstemp(suffix=".xlsx", dir=target.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; the list is an ordinary file
        os.replace(tmp, target)
    except BaseException:
        os.unlink(tmp)
        raise


def main() -> None:
    clauses = read_clauses(SOURCE)
    save_atomically(build_workbook(clauses), TARGET)
    print(f"wrote {TARGET.name}: {len(clauses)} clauses")


if __name__ == "__main__":
    main()

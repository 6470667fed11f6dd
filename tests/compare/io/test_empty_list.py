"""A list with its column names and no row under them was matched into an empty workbook, an empty report and an
HTTP job 'done' with 0 rows (checked as a new user, eleventh round). Real files, a real store."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from compare.core.errors import InputFileError
from compare.io.readers import check_has_rows, open_table
from compare.store.store import Store
from compare.workflows import match_list


def header_only(tmp_path):
    wb = Workbook()
    wb.active.title = "清单"
    wb.active.append(["贸易便利化比对清单"])
    wb.active.append([])
    wb.active.append(["标准号", "条款号", "条款内容"])
    wb.active.append([None, None, None])
    wb.save(tmp_path / "empty-list.xlsx")
    csv = tmp_path / "empty-list.csv"
    csv.write_text("标准号,条款号,条款内容\n,,\n\n", encoding="utf-8")
    return tmp_path / "empty-list.xlsx", csv


def test_a_list_with_no_rows_is_refused_saying_so(tmp_path):
    xlsx, csv = header_only(tmp_path)
    with pytest.raises(InputFileError, match=r"empty-list.xlsx \(sheet '清单'\) has column names \(row 3\) but no rows"):
        check_has_rows(open_table(xlsx))
    with pytest.raises(InputFileError, match=r"empty-list.csv has column names \(row 1\) but no rows"):
        check_has_rows(open_table(csv))
    check_has_rows(_one_row(tmp_path))  # a list with a row passes


def _one_row(tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("标准号,条款号,条款内容\nGB 1,1,铅不得超过0.2 mg/kg\n", encoding="utf-8")
    return open_table(path)


def test_match_list_refuses_it_before_writing_anything(tmp_path):
    xlsx, _ = header_only(tmp_path)
    store = Store.open(tmp_path / "store", create=True)
    out = tmp_path / "out.xlsx"
    with pytest.raises(InputFileError, match="no rows"):
        match_list(open_table(xlsx), store, None, out)
    assert not out.exists()


def test_a_total_row_is_counted_as_one_not_as_a_blank_row(tmp_path):
    """An official's list ending in '合计 | 12 条' read '空行 / Empty rows 1' on the Summary sheet and '13（空行 1）' on
    the report's cover, for a list with no blank row left in it."""
    from docx import Document
    from openpyxl import load_workbook

    from compare.core.model import MatchResult
    from compare.core.vocabulary import Side
    from compare.indicators.verdicts import compare_clauses
    from compare.io.report_data import summary_from_workbook
    from compare.io.report_docx import write_report_docx
    from compare.io.workbook import SUMMARY_SHEET, WorkbookInfo, write_result_workbook

    path = tmp_path / "list.csv"
    path.write_text("标准号,条款号,条款内容\nGB 2762-2022,4.1,铅（以Pb计）不得超过0.2 mg/kg。\n合计,1 条,\n",
                    encoding="utf-8")
    rows = list(open_table(path).rows())
    assert [r.skip for r in rows] == ["", "total row"]
    out = tmp_path / "result.xlsx"
    summary = write_result_workbook([MatchResult(r, "zh", Side.INTERNATIONAL, ()) for r in rows], out,
                                    headers=["标准号", "条款号", "条款内容"],
                                    info=WorkbookInfo(source="list.csv", store="s"),
                                    compare=lambda d, i: compare_clauses(d, i).to_dict())
    assert (summary.rows, summary.empty, summary.totals) == (2, 1, 1)
    sheet = {r[0]: r[1] for r in load_workbook(out)[SUMMARY_SHEET].iter_rows(values_only=True) if r and r[0]}
    assert sheet["空行 / Empty rows"] == 0 and sheet["合计行（不是条款）/ Total rows (not clauses)"] == 1
    read = summary_from_workbook(out)
    assert (read.summary.empty, read.summary.totals) == (1, 1)
    document = Document(str(write_report_docx(read, tmp_path / "r.docx")))
    assert document.tables[0].rows[3].cells[1].text == "2（空行 0，合计行 1）"

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

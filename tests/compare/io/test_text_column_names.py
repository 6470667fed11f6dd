"""A list whose clause text column has a name stdcompare did not know was matched as a list of whole standards, on
its titles, without a word (checked as a new user, eleventh round): real workbooks and CSV files made here."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from compare.core.errors import ColumnError
from compare.io.readers import open_table

CLAUSES = [("GB 2762-2022", "食品安全国家标准 食品中污染物限量", "4.1", "谷物及其制品中铅（以Pb计）限量为0.2 mg/kg。"),
           ("GB 5749-2022", "生活饮用水卫生标准", "表1", "砷的限值为0.01 mg/L。"),
           ("GB 4706.1-2005", "家用和类似用途电器的安全 第1部分：通用要求", "13.2", "Ⅱ类器具的泄漏电流不应超过0.25 mA；")]


def official_list(path, text_header: str, rows=CLAUSES):
    """An official's list: a merged title row, a two-row header merged over 标准 and 条款, a blank row."""
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "贸易便利化重点商品标准比对清单"
    ws.merge_cells("A1:E1")
    ws["A3"], ws["B3"], ws["D3"] = "序号", "国家标准", "条款"
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:C3")
    ws.merge_cells("D3:E3")
    ws["B4"], ws["C4"], ws["D4"], ws["E4"] = "标准编号", "标准名称", "章条", text_header
    line = 5
    for n, row in enumerate(rows, start=1):
        if n == 2:
            line += 1  # a blank row
        ws.cell(line, 1, n)
        for column, value in enumerate(row, start=2):
            ws.cell(line, column, value)
        line += 1
    wb.save(path)
    return path


@pytest.mark.parametrize("name", ["条文内容", "技术要求内容", "条款原文", "章条内容（中文）", "Requirement text"])
def test_other_usual_names_of_the_text_column_are_read_as_clause_text(tmp_path, name):
    table = open_table(official_list(tmp_path / "清单.xlsx", name))
    assert not table.of_standards and table.columns["text"] == name
    rows = list(table.rows())
    assert [(r.standard, r.clause, r.text) for r in rows] == [(s, c, t) for s, _, c, t in CLAUSES]


def test_sentences_under_a_name_not_known_are_not_passed_over_for_the_titles(tmp_path):
    with pytest.raises(ColumnError) as caught:
        open_table(official_list(tmp_path / "清单.xlsx", "规定事项"))
    message = str(caught.value)
    assert "'规定事项' holds sentences" in message and "'标准名称'" in message
    assert caught.value.option == "text_column"
    table = open_table(tmp_path / "清单.xlsx", columns={"text": "规定事项"})
    assert not table.of_standards and len(list(table.rows())) == 3


def test_a_list_of_whole_standards_with_a_notes_column_is_still_one(tmp_path):
    path = tmp_path / "standards.csv"
    path.write_text("标准号,标准名称,备注\nGB 2762-2022,食品安全国家标准 食品中污染物限量,2023年实施\n"
                    "GB 5749-2022,生活饮用水卫生标准,\nGB/T 19001-2016,质量管理体系 要求,等同采用ISO 9001\n",
                    encoding="utf-8")
    table = open_table(path)
    assert table.of_standards and [r.text for r in table.rows()][1] == "生活饮用水卫生标准"

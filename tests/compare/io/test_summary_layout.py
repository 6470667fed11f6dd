"""How the Summary sheet's figures sit on the page, as LibreOffice prints it for an official."""

from __future__ import annotations

from openpyxl import load_workbook

from compare.io.workbook import SUMMARY_SHEET
from tests.compare.io.test_workbook import workbook_of_one_pair


def _summary(tmp_path):
    out = workbook_of_one_pair(tmp_path, "铅不得超过0.2 mg/kg。", "Lead: maximum level 0.2 mg/kg.")
    return load_workbook(out)[SUMMARY_SHEET]


def test_a_degree_rows_clause_count_does_not_run_into_the_words_beside_it(tmp_path):
    """The clause count of the suggested degrees (column D) was right-aligned against the left-aligned '否 / no:
    Codex not counted by the rule' of column E: printed, it read '6否 / no'. It is centred now."""
    ws = _summary(tmp_path)
    header = next(r for r in ws.iter_rows() if r[0].value == "国内标准 / Domestic standard")
    assert header[3].value == "条款数 / Clauses"
    count = ws.cell(row=header[0].row + 1, column=4)
    assert count.value == 1 and isinstance(count.value, int)
    assert count.alignment.horizontal == "center"
    assert str(ws.cell(row=header[0].row + 1, column=5).value).startswith(("是", "否"))


def test_the_run_sections_numbers_start_where_its_words_do(tmp_path):
    """The score threshold (50) and the check line (70) sat at the far right of the merged value cell, under
    nothing, while every other value of the Run section started at its left: they are numbers, left-aligned."""
    ws = _summary(tmp_path)
    values = {r[0].value: r[1] for r in ws.iter_rows() if r[0].value}
    for label in ("相似度阈值 / Score threshold", "低分复核线 / Low-score check below"):
        cell = values[label]
        assert isinstance(cell.value, (int, float)), (label, cell.value)  # a number, not text
        assert cell.alignment.horizontal == "left", label
    assert values["模型 / Model"].alignment.horizontal == "left"


def test_the_adoption_verdict_stands_apart_from_the_target(tmp_path):
    """'85.0%' (the target, right-aligned) touched '达到 / met' (left-aligned in the next cell): printed, it read
    '85.0%达到 / met'. The verdict is centred in its fill."""
    ws = _summary(tmp_path)
    row = next(r for r in ws.iter_rows() if str(r[0].value).startswith("其中建议等同或修改采用"))
    assert row[3].value == 0.85 and row[3].number_format == "0.0%"
    assert str(row[4].value).startswith(("达到", "未达到")) and row[4].alignment.horizontal == "center"

"""Rows written without openpyxl cells read back as openpyxl would have written them."""

from __future__ import annotations

import math

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, PatternFill

from compare.io import xlsx as xlsx_rows
from compare.io.xlsx import RowWriter, Styled

ROWS = [
    ["=SUM(A1:A2)", "+86 10", "-5", "@user", " padded ", "tab\there", "bell\x07and\x1fescape", "中文条款 ≤0.2 mg/kg"],
    [1, 2.5, -0.1, True, False, None, float("nan"), 10**15],
]


def _write(tmp_path, fast: bool):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Rows")
    ws.column_dimensions["A"].width = 30
    rows = RowWriter(ws, fast=fast)
    fill = rows.style({"fill": PatternFill("solid", fgColor="C6EFCE"), "alignment": Alignment(wrap_text=True)})
    percent = rows.style({"number_format": "0.0%"})
    for row in ROWS:
        rows.append(row)
    rows.append([Styled("consistent", fill), Styled(0.853, percent), Styled(None, fill)])
    path = tmp_path / f"rows-{fast}.xlsx"
    wb.save(path)
    assert rows.rows == 3
    return load_workbook(path)["Rows"]


@pytest.mark.parametrize("fast", [True, False])
def test_values_types_and_styles_read_back(tmp_path, fast):
    if fast and not xlsx_rows._FAST_ROWS:
        pytest.skip("lxml is not installed: only the openpyxl path exists")
    ws = _write(tmp_path, fast)
    text = [c.value for c in ws[1]]
    # text stays text: no formula, nothing typed as a number; spaces and tabs kept; control characters dropped
    assert text == ["=SUM(A1:A2)", "+86 10", "-5", "@user", " padded ", "tab\there", "bellandescape",
                    "中文条款 ≤0.2 mg/kg"]
    assert all(c.data_type == "s" for c in ws[1])
    numbers = [c.value for c in ws[2]]
    assert numbers[:5] == [1, 2.5, -0.1, True, False] and numbers[5] is None
    assert numbers[6] == "nan" and numbers[7] == 10**15
    assert isinstance(numbers[0], int) and not math.isnan(numbers[1])
    styled = ws[3]
    assert styled[0].value == "consistent" and styled[0].fill.fgColor.rgb.endswith("C6EFCE")
    assert styled[0].alignment.wrap_text
    assert styled[1].value == pytest.approx(0.853) and styled[1].number_format == "0.0%"
    assert styled[2].value is None and styled[2].fill.fgColor.rgb.endswith("C6EFCE")
    assert ws.column_dimensions["A"].width == 30


def test_text_cells_of_the_other_reports_drop_control_characters(tmp_path):
    from compare.io.xlsx import text_cell

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Report")
    ws.append([text_cell(ws, "GB\x0b 2762\x00"), text_cell(ws, "=1+1"), text_cell(ws, 3)])
    wb.save(tmp_path / "report.xlsx")
    row = [c.value for c in load_workbook(tmp_path / "report.xlsx")["Report"][1]]
    assert row == ["GB 2762", "=1+1", 3]


def _lxml_row(values, index, height=None) -> bytes:
    """The row as lxml writes it in openpyxl's stream (ASCII with character references): the reference."""
    import io

    from lxml.etree import Element, SubElement, xmlfile

    from compare.io.xlsx import xml_text

    row = Element("row", r=str(index))
    if height:
        row.set("ht", f"{height:g}")
        row.set("customHeight", "1")
    for i, value in enumerate(values):
        style = 0
        if type(value) is Styled:
            value, style = value
        if value is None and not style:
            continue
        column = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[i]
        cell = SubElement(row, "c", r=f"{column}{index}")
        if style:
            cell.set("s", str(style))
        if value is None:
            continue
        if isinstance(value, str):
            cell.set("t", "inlineStr")
            text = SubElement(SubElement(cell, "is"), "t")
            text.text = xml_text(value)
            if text.text != text.text.strip():
                text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        elif isinstance(value, bool):
            cell.set("t", "b")
            SubElement(cell, "v").text = "1" if value else "0"
        elif isinstance(value, (int, float)) and math.isfinite(value):
            cell.set("t", "n")
            SubElement(cell, "v").text = repr(value) if isinstance(value, float) else str(value)
        else:
            cell.set("t", "inlineStr")
            SubElement(SubElement(cell, "is"), "t").text = xml_text(str(value))
    out = io.BytesIO()
    with xmlfile(out) as xf:
        xf.write(row)
    return out.getvalue()


def test_rows_are_the_bytes_lxml_writes(tmp_path):
    if not xlsx_rows._FAST_ROWS:
        pytest.skip("lxml is not installed: only the openpyxl path exists")
    import datetime

    wb = Workbook(write_only=True)
    rows = RowWriter(wb.create_sheet("Rows"))
    wrap, fill = rows.style({"alignment": Alignment(wrap_text=True)}), rows.style({"fill": PatternFill("solid")})
    texts = ["a & b < c > d", "line\r\nnext\rlast", " lead", "trail\t", "", "   ", 'quotes " and \'', "大米 ≤0.2 mg/kg",
             "𝄞 astral", "nul\x00 and \ud800 lone", "x\x85y\u2028z"]
    values = [Styled(t, wrap) if i % 2 else t for i, t in enumerate(texts)]
    values += [Styled(None, fill), None, 0, -7, 10**20, 2.5, -0.1, 1e-300, True, Styled(False, wrap), float("inf"),
               float("nan"), datetime.date(2024, 1, 2)]
    for height in (None, 30.0, 17.5):
        for end in (1, 5, len(values)):
            assert rows._row(values[:end], 12, height) == _lxml_row(values[:end], 12, height)
    rows.append(values, height=30.0)
    wb.save(tmp_path / "rows.xlsx")
    read = [c.value for c in load_workbook(tmp_path / "rows.xlsx")["Rows"][1]]
    assert read[:4] == ["a & b < c > d", "line\r\nnext\rlast", " lead", "trail\t"]


def test_the_fast_rows_use_openpyxl_internals_only_where_they_are_as_expected(monkeypatch):
    # On the openpyxl the project installs, the fast path is taken ...
    assert xlsx_rows._writer_internals()
    # ... and a release whose worksheet writer lacks a part it uses gets the ordinary cells instead.
    from openpyxl.worksheet import _writer

    monkeypatch.delattr(_writer.WorksheetWriter, "write_top")
    assert not xlsx_rows._writer_internals()

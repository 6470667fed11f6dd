"""Tables as GB and ISO documents set them: a header of two rows (a first column merged down, a cell spanning the
element columns above their names), and the unit line GB puts between the caption and the table ("单位为毫克每
千克"). Each file is made here: a .docx with python-docx (gridSpan, vMerge), a text PDF with reportlab whose rules
leave the merged cells open, as Word and LibreOffice draw them."""

from __future__ import annotations

import docx
import pytest

from compare.documents import read_document
from tests.compare.documents import render

ELEMENTS = ["锑(Sb)", "砷(As)", "镉(Cd)", "铅(Pb)"]
ROWS = [("除指画颜料外的玩具材料", "60", "25", "50", "90"), ("指画颜料", "10", "10", "15", "25")]


def gb_docx(path, *, unit_line: bool = True):
    d = docx.Document()
    d.add_paragraph("GB 6675.4—2025")
    d.add_paragraph("玩具安全 第4部分：特定元素的迁移")
    d.add_paragraph("1 范围", style="Heading 1")
    d.add_paragraph("本文件规定了玩具材料中可迁移元素的最大限量。")
    d.add_paragraph("4 要求", style="Heading 1")
    d.add_paragraph("4.1 玩具材料中可迁移元素的含量不应超过表1给出的最大限量。")
    d.add_paragraph("表1 玩具材料中特定元素的最大迁移限量")
    if unit_line:
        d.add_paragraph("单位为毫克每千克")
    table = d.add_table(rows=2 + len(ROWS), cols=1 + len(ELEMENTS))
    table.cell(0, 0).merge(table.cell(1, 0)).text = "玩具材料"
    table.cell(0, 1).merge(table.cell(0, len(ELEMENTS))).text = "元素"
    for i, name in enumerate(ELEMENTS, start=1):
        table.cell(1, i).text = name
    for r, row in enumerate(ROWS, start=2):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.add_paragraph("注：限量值以元素计。")
    d.add_paragraph("4.2 试验结果等于或小于表1规定的限量时，判定为合格。")
    d.save(str(path))
    return path


def iso_pdf(path):
    """Table 1 with a two-row header: 'Toy material' merged down, 'Element' spanning the element columns."""
    from reportlab.pdfgen.canvas import Canvas

    render._register_font()
    c = Canvas(str(path), pagesize=(595, 842))
    c.setFont(render.FONT, 10.5)
    y = 780
    for line in ("ISO 8124-3:2020", "Safety of toys — Part 3: Migration of certain elements", "1 Scope",
                 "This document specifies maximum limits for the migration of elements.", "4 Requirements",
                 "4.1 The migration of elements shall not exceed the levels given in Table 1.",
                 "Table 1 — Maximum element migration from toy materials"):
        c.drawString(70, y, line)
        y -= 18
    left, widths, h = 70.0, [150.0, 70.0, 70.0, 70.0, 70.0], 20.0
    xs = [left + sum(widths[:i]) for i in range(len(widths) + 1)]
    top = y - 4
    rows = 2 + len(ROWS)
    ys = [top - i * h for i in range(rows + 1)]
    c.setLineWidth(0.8)
    for i, yy in enumerate(ys):  # the rule between the two header rows leaves the merged first column open
        c.line(xs[1] if i == 1 else xs[0], yy, xs[-1], yy)
    for j, x in enumerate(xs):  # no rule inside 'Element' on the first header row
        c.line(x, ys[1] if 1 < j < len(xs) - 1 else ys[0], x, ys[-1])
    c.setFont(render.FONT, 9)
    c.drawString(xs[0] + 4, ys[1] - 4, "Toy material")
    c.drawString(xs[1] + 4, ys[0] - 14, "Element (mg/kg)")
    for j, name in enumerate(["Sb", "As", "Cd", "Pb"], start=1):
        c.drawString(xs[j] + 4, ys[1] - 14, name)
    english = [("Any toy material except finger paint", "60", "25", "75", "90"),
               ("Finger paint", "10", "10", "15", "25")]
    for r, row in enumerate(english, start=2):
        for j, value in enumerate(row):
            c.drawString(xs[j] + 4, ys[r] - 14, value)
    c.setFont(render.FONT, 10.5)
    c.drawString(70, ys[-1] - 24, "4.2 A toy material complies when the result is not more than the value in Table 1.")
    c.showPage()
    c.save()
    return path


def rows_of(path):
    return [n for n in read_document(path).nodes if str(n.kind) == "table_row"]


def test_a_two_row_header_names_each_column(tmp_path):
    rows = rows_of(gb_docx(tmp_path / "gb.docx"))
    # before: the element names were the first data row, and the values sat under the headers '3', '4' ...
    assert [r.number for r in rows] == ["表1 第1行", "表1 第2行"]
    assert "元素 锑(Sb): 60" in rows[0].text and "元素 铅(Pb): 90" in rows[0].text
    assert "玩具材料: 除指画颜料外的玩具材料" in rows[0].text
    assert "元素 镉(Cd): 15" in rows[1].text
    assert " 3:" not in rows[0].text and "第3行" not in rows[0].text


def test_the_unit_line_above_a_table_is_the_tables(tmp_path):
    document = read_document(gb_docx(tmp_path / "gb.docx"))
    tree = {n.number: n for n in document.nodes}
    # before: '单位为毫克每千克' was a line of clause 4.1, and no row said what its numbers were
    assert "单位为毫克每千克" not in tree["4.1"].text
    assert all("(单位为 mg/kg)" in n.text for n in document.nodes if str(n.kind) == "table_row")


def test_a_pdf_two_row_header_with_open_rules(tmp_path):
    if not render.FONT_FILE.exists():
        pytest.skip("the CJK font is missing")
    rows = rows_of(iso_pdf(tmp_path / "iso.pdf"))
    assert [r.number for r in rows] == ["Table 1 row 1", "Table 1 row 2"]
    assert "Element (mg/kg) Sb: 60" in rows[0].text and "Element (mg/kg) Cd: 75" in rows[0].text
    assert "Toy material: Any toy material except finger paint" in rows[0].text
    assert "Element (mg/kg) Pb: 25" in rows[1].text


def test_a_one_row_header_and_cells_merged_down_are_as_before(tmp_path):
    d = docx.Document()
    d.add_paragraph("GB 1—2026")
    d.add_paragraph("1 范围", style="Heading 1")
    d.add_paragraph("本文件规定了限量。")
    d.add_paragraph("表1 限量")
    table = d.add_table(rows=4, cols=3)
    for r, row in enumerate([("食品类别", "项目", "限量/(mg/kg)"), ("谷物", "铅", "0.2"), ("", "镉", "0.1"),
                             ("蔬菜", "铅", "0.1")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(1, 0).merge(table.cell(2, 0))
    d.save(str(tmp_path / "one.docx"))
    rows = rows_of(tmp_path / "one.docx")
    assert [r.text for r in rows] == ["表1 限量 — 食品类别: 谷物 | 项目: 铅 | 限量/(mg/kg): 0.2",
                                      "表1 限量 — 食品类别: 谷物 | 项目: 镉 | 限量/(mg/kg): 0.1",
                                      "表1 限量 — 食品类别: 蔬菜 | 项目: 铅 | 限量/(mg/kg): 0.1"]


def test_the_unit_line_gives_the_rows_a_unit_the_indicators_read(tmp_path):
    from compare.indicators.extract import extract_indicators

    rows = rows_of(gb_docx(tmp_path / "gb.docx"))
    # before: '(单位为毫克每千克)': the indicators read '毫克' (mg), not mg/kg
    assert "(单位为 mg/kg)" in rows[0].text
    found = extract_indicators(rows[0].text, "zh")
    assert {i.value for i in found} >= {60.0, 25.0, 50.0, 90.0}, rows[0].text
    assert {i.unit for i in found} == {"mg/kg"}, rows[0].text


def test_a_row_whose_cell_starts_with_zhi_keeps_its_numbers(tmp_path):
    """Before: ': 指' in a row ('玩具材料: 指画颜料') read as a definition ('X：指…', clausetext.SCOPE) to the end of
    the row and hid every number of it; a definition ends with its cell."""
    from compare.indicators.extract import extract_indicators

    rows = rows_of(gb_docx(tmp_path / "gb.docx"))
    assert "玩具材料: 指画颜料 |" in rows[1].text
    found = extract_indicators(rows[1].text, "zh")
    assert sorted(i.value for i in found) == [10.0, 10.0, 15.0, 25.0], rows[1].text
    assert {i.unit for i in found} == {"mg/kg"}


def test_a_definition_still_hides_its_numbers():
    """A definition outside a table, and one inside a cell, still states no requirement."""
    from compare.indicators.extract import extract_indicators

    assert extract_indicators("3.1 低铅涂料：指铅含量不超过90 mg/kg的涂料。", "zh") == ()
    found = extract_indicators("术语: 低铅涂料：指铅含量不超过90 mg/kg的涂料 | 铅(Pb)/(mg/kg): 25", "zh")
    assert [i.value for i in found] == [25.0]


def test_merged_cells_of_a_scanned_table_are_found_from_its_rules():
    """A page image of the two-row header: rules drawn as a scan shows them, the merged cells left open."""
    import numpy as np

    from compare.documents.ocr import cell_owners, find_grid

    page = np.full((900, 1200), 255, dtype=np.uint8)
    xs, ys = [100, 400, 550, 700, 850, 1000], [200, 260, 320, 380, 440]
    for i, y in enumerate(ys):  # the rule under the first header row leaves 'Toy material' open
        page[y - 1:y + 2, (xs[1] if i == 1 else xs[0]):xs[-1] + 2] = 0
    for j, x in enumerate(xs):  # no rule inside 'Element' on the first header row
        page[(ys[1] if 1 < j < len(xs) - 1 else ys[0]):ys[-1] + 2, x - 1:x + 2] = 0
    grid = find_grid(page)
    assert len(grid) == 1
    found_ys, found_xs = grid[0]
    assert len(found_ys) == len(ys) and len(found_xs) == len(xs)
    owners = cell_owners(page, found_ys, found_xs)
    assert owners[0] == [(0, 0), (0, 1), (0, 1), (0, 1), (0, 1)]  # 'Element' spans four columns
    assert owners[1] == [(0, 0), (1, 1), (1, 2), (1, 3), (1, 4)]  # 'Toy material' merged down
    assert owners[2] == [(2, c) for c in range(5)]


def test_an_sts_table_with_a_two_row_thead_colspan_and_rowspan(tmp_path):
    """ISO's STS XML writes the same Table 1 with <thead> of two rows, colspan and rowspan (XHTML table model)."""
    path = tmp_path / "iso.xml"
    path.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<standard xml:lang="en"><front><iso-meta><title-wrap xml:lang="en"><full>Safety of toys — Part 3: Migration of
certain elements</full></title-wrap><std-ref type="dated">ISO 8124-3:2020</std-ref></iso-meta></front>
<body><sec id="sec_1"><label>1</label><title>Scope</title><p>This document specifies limits.</p></sec>
<sec id="sec_4"><label>4</label><title>Requirements</title>
<p>The migration of elements shall not exceed the levels given in Table 1.</p>
<table-wrap id="tab_1"><label>Table 1</label><caption><title>Maximum element migration</title></caption>
<table><thead><tr><th rowspan="2">Toy material</th><th colspan="2">Element (mg/kg)</th></tr>
<tr><th>Sb</th><th>Cd</th></tr></thead>
<tbody><tr><td>Any toy material</td><td>60</td><td>75</td></tr>
<tr><td>Finger paint</td><td>10</td><td>15</td></tr></tbody></table></table-wrap></sec></body></standard>
""", encoding="utf-8")
    rows = rows_of(path)
    # before: 'Sb', 'Cd' were data row 1 and the values sat under 'Element (mg/kg)' and '3'
    assert [r.text.split(" — ", 1)[1] for r in rows] == [
        "Toy material: Any toy material | Element (mg/kg) Sb: 60 | Element (mg/kg) Cd: 75",
        "Toy material: Finger paint | Element (mg/kg) Sb: 10 | Element (mg/kg) Cd: 15"]


def test_a_dense_line_of_scanned_text_is_no_table_rule():
    """Scanned English set close (OCR of ISO 8124-3, tenth round): rows through a line's letters were more than 35 %
    dark, so find_grid took a text line for a one-row table whose 80 'columns' were letter strokes, and the line's
    words went into that table and out of the text ('sampling and extraction prior to analysis …' lost)."""
    import numpy as np

    from compare.documents.ocr import find_grid

    page = np.full((900, 1200), 255, dtype=np.uint8)
    for top in (100, 160):  # two lines of serif 'letters': a stem each, their heads and feet nearly touching
        for x in range(60, 1140, 14):
            page[top:top + 24, x + 3:x + 6] = 0
            page[top:top + 3, x:x + 9] = 0
            page[top + 21:top + 24, x:x + 9] = 0
    xs, ys = [100, 500, 900], [400, 460, 520]  # and a real table below
    for y in ys:
        page[y - 1:y + 2, xs[0]:xs[-1] + 2] = 0
    for x in xs:
        page[ys[0]:ys[-1] + 2, x - 1:x + 2] = 0
    grids = find_grid(page)
    assert len(grids) == 1 and len(grids[0][0]) == 3 and len(grids[0][1]) == 3, grids


def test_a_bound_word_in_an_english_caption_is_every_cells(tmp_path):
    """ISO 8124-3's Table 1 'Maximum element migration from toy materials' (tenth round): only the first cell, whose
    sentence the caption starts, read 'max'; the others read 'equal', so pairs with GB's '最大迁移限量' read
    'different'. The caption's bound word is said of every cell under it."""
    if not render.FONT_FILE.exists():
        pytest.skip("the CJK font is missing")
    from compare.indicators.extract import extract_indicators

    for row in rows_of(iso_pdf(tmp_path / "iso.pdf")):
        found = extract_indicators(row.text, "en")
        assert len(found) == 4 and {str(i.comparator) for i in found} == {"max"}, row.text


def test_a_cell_keeps_its_own_bound_and_a_caption_without_one_gives_none():
    from compare.indicators.extract import extract_indicators

    def kinds(text):
        return [(i.value, str(i.comparator)) for i in extract_indicators(text, "en")]

    own = "Table 2 Maximum levels — Grade: A | Lead (mg/kg): 0.2 | Protein, min. (%): 12"
    assert kinds(own) == [(0.2, "max"), (12.0, "min")]
    plain = "Table 4 Test conditions — Test: A | Temperature (°C): 40 | Duration (h): 24"
    assert kinds(plain) == [(40.0, "equal"), (24.0, "equal")]

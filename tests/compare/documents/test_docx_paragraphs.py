"""A Word draft as officials write one: paragraphs that are not clauses, clause numbers with a gap (a clause
deleted in a modified adoption), a table without a caption. Each .docx is made here with python-docx."""

from __future__ import annotations

import docx
from typer.testing import CliRunner

from api.cli import app
from compare.documents import read_document


def draft(path, *, styled: bool):
    document = docx.Document()
    document.add_paragraph("GB 1234—2026")
    document.add_paragraph("食品中某物质限量")

    def heading(text: str, level: int) -> None:
        document.add_paragraph(text, style=f"Heading {level}" if styled else None)

    heading("1 范围", 1)
    document.add_paragraph("本文件规定了食品中某物质的限量。")
    document.add_paragraph("本文件适用于各类食品。")
    heading("2 规范性引用文件", 1)
    document.add_paragraph("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。")
    document.add_paragraph("GB 5009.12 食品安全国家标准 食品中铅的测定")
    document.add_paragraph("GB 5009.15 食品安全国家标准 食品中镉的测定")
    heading("3 技术要求", 1)
    heading("3.1 铅", 2)
    document.add_paragraph("谷物中铅不得超过0.2 mg/kg。")
    table = document.add_table(rows=2, cols=2)
    for r, (a, b) in enumerate([("项目", "指标"), ("铅/(mg/kg)", "≤0.2")]):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    heading("3.4 镉", 2)  # 3.2 and 3.3 deleted
    document.add_paragraph("大米中镉不得超过0.2 mg/kg。")
    heading("3.10 汞", 2)  # 3.5 to 3.9 deleted
    document.add_paragraph("Mercury: 0.02 mg/kg.")
    document.add_paragraph("Second paragraph.")
    document.save(str(path))
    return path


def nodes(path):
    return {n.number: n for n in read_document(path).nodes}


def test_paragraphs_of_a_clause_stay_apart(tmp_path):
    tree = nodes(draft(tmp_path / "draft.docx", styled=True))
    assert tree["1"].text == "本文件规定了食品中某物质的限量。\n本文件适用于各类食品。"
    # two references were one run-on line: '…食品中铅的测定GB 5009.15 …'
    assert tree["2"].text.split("\n") == ["下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。",
                                         "GB 5009.12 食品安全国家标准 食品中铅的测定",
                                         "GB 5009.15 食品安全国家标准 食品中镉的测定"]
    assert tree["3.10"].text == "Mercury: 0.02 mg/kg.\nSecond paragraph."


def test_a_gap_in_the_numbering_keeps_the_headings(tmp_path):
    for styled in (True, False):
        tree = nodes(draft(tmp_path / f"draft-{styled}.docx", styled=styled))
        assert tree["3.4"].title == "镉" and tree["3.4"].text.startswith("大米中镉不得超过0.2 mg/kg。"), styled
        assert tree["3.1"].text == "谷物中铅不得超过0.2 mg/kg。"  # the headings were read into 3.1's text
        if styled:  # a Word heading goes on whatever it skips; a plain paragraph, a few numbers at the most
            assert tree["3.10"].title == "汞"
        else:
            assert "3.10" not in tree and "3.10 汞" in tree["3.4"].text


def test_a_table_without_a_caption_is_not_given_a_number(tmp_path):
    path = draft(tmp_path / "draft.docx", styled=True)
    rows = [n for n in read_document(path).nodes if n.kind == "table_row"]
    assert [n.number for n in rows] == ["3.1 无表号表格1 第1行"]  # was '表3.1-1 第1行', a number it has not
    assert rows[0].text == "3.1 无表号表格1 — 项目: 铅/(mg/kg) | 指标: ≤0.2" and rows[0].parent == "3.1"
    shown = CliRunner().invoke(app, ["outline", str(path)]).stdout
    assert "本文件规定了食品中某物质的限量。 ¶ 本文件适用于各类食品。" in shown  # one line a unit

"""The foreword (with its list of changes), the introduction and the bibliography are front matter: read and shown
by `outline`, but no clause to match, align or compare. Before, a GB foreword's change list ('由75 mg/kg改为50
mg/kg（见4.1，2014年版的4.1）') was aligned with ISO's Foreword and compared like a clause: its numbers gave
'missing' and 'different' rows in the difference table of the align workbook and the report."""

from __future__ import annotations

import docx

from compare.documents import Kind, clause_rows, read_document
from compare.indicators.extract import extract_indicators
from compare.io.readers import open_table

FOREWORD = ("本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。",
            "本文件代替GB 6675.4—2014，与GB 6675.4—2014相比，除结构调整和编辑性改动外，主要技术变化如下：",
            "——修改了镉的最大限量，由75 mg/kg改为50 mg/kg（见4.1，2014年版的4.1）；",
            "——增加了指画颜料中锑的最大限量10 mg/kg（见表1）。",
            "本文件修改采用ISO 8124-3:2020《玩具安全 第3部分：特定元素的迁移》。")


def gb_with_foreword(path):
    d = docx.Document()
    d.add_paragraph("GB 6675.4—2025")
    d.add_paragraph("玩具安全 第4部分：特定元素的迁移")
    d.add_paragraph("前言")
    for line in FOREWORD:
        d.add_paragraph(line)
    d.add_paragraph("1 范围")
    d.add_paragraph("本文件规定了玩具材料中可迁移元素的最大限量。")
    d.add_paragraph("4 要求")
    d.add_paragraph("4.1 玩具材料中可迁移镉的含量不应超过50 mg/kg。")
    d.add_paragraph("参考文献")
    d.add_paragraph("[1] GB 6675.1 玩具安全 第1部分：基本规范")
    d.save(str(path))
    return path


def test_the_foreword_is_shown_but_not_compared(tmp_path):
    path = gb_with_foreword(tmp_path / "gb.docx")
    document = read_document(path)
    assert [n.title for n in document.front_matter] == ["前言", "参考文献"]
    assert document.info.adoption is not None and document.info.adoption.reference == "ISO 8124-3:2020"
    shown = list(clause_rows(document))  # what `outline` prints and writes
    assert shown[0]["clause"] == "前言" and "由75 mg/kg改为50 mg/kg" in shown[0]["text"]
    assert shown[0]["kind"] == str(Kind.FRONT)
    # the foreword's numbers are what the difference table showed as noise
    assert extract_indicators(shown[0]["text"], "zh")
    compared = list(open_table(path).rows())  # what ingest, match and align read
    assert [r.clause for r in compared] == ["1", "4", "4.1"]
    assert not any("改为" in r.text or "GB 6675.1" in r.text for r in compared)
    assert document.summary().endswith("front matter, not compared: 前言, 参考文献")

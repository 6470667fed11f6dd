"""A table of contents as OCR reads it: the dot leaders are gone and the page numbers stand apart ('前言',
'1范围', '5试验方法3', '7'), so the entries look like the headings themselves. GB/T 1.1 and the ISO Directives
start the foreword on a page of its own: on the contents page, '前言' / 'Foreword' is an entry."""

from __future__ import annotations

from compare.documents.model import Kind, Source
from compare.documents.structure import Line, build_tree

CONTENTS = ["GB6675.4-2025", "目次", "前言", "1范围", "2规范性引用文件", "3术语和定义", "4要求", "5试验方法3",
            "附录A（规范性）取样与试验部分的制备", "7", "参考文献8"]
BODY = [(3, "前言"), (3, "本文件按照GB/T1.1一2020的规定起草。"), (4, "玩具安全第4部分：特定元素的迁移"), (4, "1范围"),
        (4, "本文件规定了玩具材料中可迁移元素的最大限量。"), (4, "2规范性引用文件"), (4, "下列文件适用于本文件。"),
        (4, "3术语和定义"), (4, "下列术语和定义适用于本文件。"), (4, "4要求"), (4, "4.1总则"),
        (4, "4.1.1玩具材料中可迁移元素的含量应符合4.2的规定。"), (5, "5试验方法"), (5, "5.1原理"),
        (5, "在模拟胃酸的条件下溶出可溶性元素。"), (6, "附录A"), (6, "（规范性）"), (6, "取样与试验部分的制备"),
        (6, "A.1总则"), (6, "试验部分应从单个玩具样品上取得。")]


def blocks():
    lines = [Line("GB 6675.4—2025", 1, Source.OCR, 99.0), Line("玩具安全第4部分：特定元素的迁移", 1, Source.OCR, 99.0)]
    lines += [Line(text, 2, Source.OCR, 99.0) for text in CONTENTS]
    lines += [Line(text, page, Source.OCR, 99.0) for page, text in BODY]
    return lines


def test_contents_entries_read_by_ocr_are_not_the_tree():
    nodes, _, _ = build_tree(blocks(), "zh")
    tree = {n.number or n.title: n for n in nodes}
    # before: '前言' on the contents page ended the contents; '1范围' … '附录A' of the contents became the
    # clauses (all on page 2) and the body was text of annex A
    assert tree["前言"].page == 3 and tree["前言"].text.startswith("本文件按照")
    assert tree["1"].page == 4 and tree["1"].title == "范围"
    assert tree["4.1.1"].text.startswith("玩具材料中可迁移元素")
    assert tree["附录A"].page == 6 and tree["A.1"].text == "试验部分应从单个玩具样品上取得。"
    assert not [n for n in nodes if n.page == 2]
    assert [n.number for n in nodes if n.kind is Kind.CLAUSE] == ["1", "2", "3", "4", "4.1", "4.1.1", "5", "5.1",
                                                                "A.1"]


def test_a_docx_without_page_breaks_still_leaves_its_contents_at_the_foreword():
    lines = [Line(text, 1, Source.DOCX) for text in ["GB 1—2026", "目次", "前言\tIII", "1 范围\t1", "前言",
                                                      "本文件按照GB/T 1.1—2020的规定起草。", "1 范围", "本文件规定了限量。"]]
    nodes, _, _ = build_tree(lines, "zh")
    assert [(n.number or n.title, n.text) for n in nodes] == [("前言", "本文件按照GB/T 1.1—2020的规定起草。"),
                                                              ("1", "本文件规定了限量。")]

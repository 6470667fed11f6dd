"""What a line is, from its numbering alone; whether a number continues the numbering."""

from __future__ import annotations

import pytest

from compare.documents.front import read_adoption
from compare.documents.numbering import classify, follows, number_path
from compare.matching.signals import clause_anchor


@pytest.mark.parametrize("line,kind,number,rest", [
    ("5.2.1 铅的限量应符合表1的规定。", "clause", "5.2.1", "铅的限量应符合表1的规定。"),
    ("５．２ 水分", "clause", "5.2", "水分"),
    ("4.1General characteristics", "clause", "4.1", "General characteristics"),
    ("A.1 Principle", "clause", "A.1", "Principle"),
    ("附  录  A", "annex", "A", ""),
    ("附录B（资料性） 按籽粒长度分类", "annex", "B", "按籽粒长度分类"),
    ("Annex A (normative) Determination of defects", "annex", "A", "Determination of defects"),
    ("表1  缺陷的最大限量", "table", "1", "缺陷的最大限量"),
    ("续表1", "table", "1", ""),
    ("表B.1 籽粒长度类别", "table", "B.1", "籽粒长度类别"),
    ("Table 1 — Maximum limits of defects", "table", "1", "Maximum limits of defects"),
    ("Table 1 (continued)", "table", "1", ""),
    ("注：限量适用于销售状态的稻米。", "note", "", "限量适用于销售状态的稻米。"),
    ("注2：见附录A。", "note", "2", "见附录A。"),
    ("NOTE 1 The limits apply to rice as sold.", "note", "1", "The limits apply to rice as sold."),
    ("Note 1 to entry: Parboiling changes the colour.", "note", "1", "Parboiling changes the colour."),
    ("前  言", "front", "", "前言"),
    ("Foreword", "front", "", "Foreword"),
])
def test_classify(line, kind, number, rest):
    heading = classify(line)
    assert heading is not None and (heading.kind, heading.number, heading.rest) == (kind, number, rest)


@pytest.mark.parametrize("line", [
    "20 °C and 50 % relative humidity", "15 % mass fraction.", "注册商标的使用", "Annex A, shall not exceed",
    "Table 1 gives the limits.", "表1给出的限量。", "本文件规定了稻米的要求。", "5G network"])
def test_running_text_is_not_a_heading(line):
    heading = classify(line)
    assert heading is None or heading.kind == "clause"  # a clause number is only a candidate (see follows)


def test_annex_status_is_read():
    assert classify("Annex B (informative)").status == "informative"
    assert classify("附录A（规范性）").status == "normative"


@pytest.mark.parametrize("previous,candidate,ok", [
    ("5.2", "5.2.1", True), ("5.2.1", "5.2.2", True), ("5.2.1", "5.3", True), ("5.2.1", "6", True),
    ("5.2.1", "5.2.3", True),  # one clause deleted in a modified adoption
    ("5.2.1", "8", False), ("5.2", "5.2.3", False), ("3", "20", False), ("5.2.1", "5.2.1", False),
    ("A.1", "A.2", True), ("A.1", "A.1.1", True), ("A.2", "B.1", False),
])
def test_follows(previous, candidate, ok):
    assert follows(number_path(previous), number_path(candidate)) is ok


def test_adoption_statements():
    zh = read_adoption(["本文件修改采用ISO 17301-1:2016《谷物和豆类 规格和试验方法 第1部分：稻米》。"])
    assert (zh.reference, zh.degree) == ("ISO 17301-1:2016", "MOD")
    en = read_adoption(["This standard is identical to IEC 60335-1:2020, Household appliances — Safety."])
    assert (en.reference, en.degree) == ("IEC 60335-1:2020", "IDT")
    cover = read_adoption(["(ISO 9001:2015, IDT)"])
    assert (cover.reference, cover.degree) == ("ISO 9001:2015", "IDT")
    neq = read_adoption(["本文件与ISO 712:2009的一致性程度为非等效。"])
    assert neq.degree == "NEQ"
    assert read_adoption(["本文件按照GB/T 1.1—2020的规定起草。"]) is None


def test_clause_anchors_pair_labels_across_languages():
    assert clause_anchor("表1 第3行") == clause_anchor("Table 1 row 3") == "T1/3"
    assert clause_anchor("附录A") == clause_anchor("Annex A")
    assert clause_anchor("4.5 注") == clause_anchor("4.5 NOTE")
    assert clause_anchor("前言") == ""

"""Documents become clause trees: text PDF, DOCX (typed and Word numbering) and STS XML of a GB/T adoption and its
ISO original, each with the right number and title for at least 98 % of clauses; tables as row units with their
headers and title, the table continued on the next page joined; the standard and its adoption statement."""

from __future__ import annotations

import pytest

from compare.core.vocabulary import Degree
from compare.documents import Kind, clause_rows, read_document
from tests.compare.documents.conftest import STANDARDS

FORMATS = ("pdf", "docx", "docx-word-numbering", "xml")


def share_right(document, standard) -> float:
    found = {(n.number, n.title) for n in document.nodes}
    expected = standard.expected()
    return sum(1 for e in expected if e in found) / len(expected)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_tree_has_right_numbers_and_titles(documents, lang, fmt):
    document = read_document(documents[lang, fmt])
    assert share_right(document, STANDARDS[lang]) >= 0.98
    levels = {n.number: n.level for n in document.nodes}
    assert levels["4"] == 1 and levels["4.5"] == 2 and levels["A.2.1"] == 3
    annex = "附录A" if lang == "zh" else "Annex A"
    assert levels[annex] == 1 and levels["A.1"] == 2


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_table_rows_carry_headers_and_title_and_continued_table_is_joined(documents, lang, fmt):
    document = read_document(documents[lang, fmt])
    rows = [n for n in document.nodes if n.kind is Kind.TABLE_ROW and n.table in ("表1", "Table 1")]
    assert len(rows) == 16  # nine rows on one page, seven on the next: one table
    assert [r.row for r in rows] == list(range(1, 17))
    first = rows[0]
    assert first.parent == "4.5"
    if lang == "zh":
        assert first.number == "表1 第1行"
        assert first.text == "表1 缺陷的最大限量 — 缺陷: 水分 | 糙米 %（质量分数）: 15.0 | 大米 %（质量分数）: 15.0"
        assert "损伤粒" in rows[9].text and "缺陷:" in rows[9].text
    else:
        assert first.number == "Table 1 row 1"
        assert first.text.startswith("Table 1 Maximum limits of defects — Defect: Moisture content | Husked rice")
    if fmt == "pdf":
        assert rows[8].page + 1 == rows[9].page


@pytest.mark.parametrize("fmt", FORMATS)
def test_standard_and_adoption_statement(documents, fmt):
    zh = read_document(documents["zh", fmt])
    assert zh.info.number == "GB/T 17301.1-2024" and zh.info.year == 2024
    assert zh.info.title.replace(" ", "") == "谷物和豆类规格和试验方法第1部分：稻米"
    assert zh.info.title_en.startswith("Cereals and pulses")
    assert zh.info.adoption is not None
    assert zh.info.adoption.reference == "ISO 17301-1:2016" and zh.info.adoption.degree is Degree.MOD
    en = read_document(documents["en", fmt])
    assert en.info.number == "ISO 17301-1:2016" and en.info.adoption is None
    assert en.info.title.startswith("Cereals and pulses — Specifications and test methods")


def test_front_matter_terms_notes_and_pages(documents):
    document = read_document(documents["zh", "pdf"])
    kinds = {n.number or n.title: n.kind for n in document.nodes}
    assert kinds["前言"] is Kind.FRONT and kinds["引言"] is Kind.FRONT
    assert kinds["3.1"] is Kind.TERM and kinds["3"] is Kind.CLAUSE
    note = next(n for n in document.nodes if n.number == "4.5 注")
    assert note.kind is Kind.NOTE and note.parent == "4.5" and note.text.startswith("限量适用于销售状态的稻米")
    term = next(n for n in document.nodes if n.number == "3.3")
    assert term.title == "蒸谷米 parboiled rice" and term.text.startswith("稻谷经浸泡")
    # running heads and page numbers are not clause text; the title repeated above clause 1 is not foreword text
    assert all("GB/T 17301.1—2024" not in n.text for n in document.nodes if n.kind is not Kind.FRONT)
    foreword = next(n for n in document.nodes if n.title == "引言")
    assert not foreword.text.endswith("稻米")
    assert next(n for n in document.nodes if n.number == "5").page == 6


def test_clause_rows_are_a_clause_table(documents):
    document = read_document(documents["en", "xml"])
    rows = list(clause_rows(document))
    term = next(r for r in rows if r["clause"] == "3.1")
    assert term["standard"] == "ISO 17301-1:2016" and term["heading"] == "husked rice"
    assert term["text"].startswith("husked rice: paddy rice from which the husk only has been removed")
    assert term["kind"] == "term" and term["level"] == 2 and term["parent"] == "3"

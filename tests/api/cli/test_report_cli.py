"""`stdcompare report`: a Word report from a result workbook, or from a list matched on the spot."""

from __future__ import annotations

import pytest
from docx import Document

from tests.api.cli.test_cli import run, store_dir  # noqa: F401  (the fixture)
from tests.conftest import write_xlsx

LIST = {"清单": [["标准号", "条款号", "条款内容"], ["GB 2762-2022", "4.1", "谷物中铅的限量为0.2 mg/kg"],
                 ["GB 2762-2022", "4.3", "大米中镉（以Cd计）限量不大于0.2 mg/kg"]]}


def test_report_from_a_workbook_and_from_a_list(tmp_path, store_dir):  # noqa: F811
    listing = write_xlsx(tmp_path / "list.xlsx", LIST)
    workbook = tmp_path / "result.xlsx"
    assert run("match", listing, "--store", store_dir, "-o", workbook).exit_code == 0
    result = run("report", workbook, "-o", tmp_path / "a.docx")
    assert result.exit_code == 0, result.output
    assert "report written" in result.stdout and "2025 rule" in result.stdout
    first = Document(str(tmp_path / "a.docx"))
    assert any(p.text.startswith("一、范围") for p in first.paragraphs)
    # A list matched on the spot gives the same figures as its workbook.
    result = run("report", listing, "--store", store_dir, "-o", tmp_path / "b.docx", "--workbook",
                 tmp_path / "kept.xlsx")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "kept.xlsx").exists()
    tables = [[[c.text for c in r.cells] for r in t.rows] for t in Document(str(tmp_path / "b.docx")).tables]
    assert [t for t in tables if t[0][0] == "结论 Verdict"] == [t for t in
                                                              [[[c.text for c in r.cells] for r in t.rows]
                                                               for t in first.tables] if t[0][0] == "结论 Verdict"]


def test_report_refuses_other_outputs(tmp_path):
    result = run("report", tmp_path / "x.xlsx", "-o", tmp_path / "report.pdf")
    assert result.exit_code == 2 and ".docx" in result.output


def test_report_of_two_standards_named_without_their_years(tmp_path, store_dir):  # noqa: F811
    """`report "GB 2762" "CXS 193"` was refused ("neither a file nor a standard") while the HTTP API resolves the
    same numbers: the CLI takes the stored edition, says which, and the report is written; an unknown number is
    still refused."""
    out = tmp_path / "pair.docx"
    result = run("report", "GB 2762", "CXS 193", "--store", store_dir, "-o", out)
    assert result.exit_code == 0, result.output
    assert "'GB 2762' taken as GB 2762-2022" in result.stdout and "'CXS 193' taken as CXS 193-1995" in result.stdout
    assert "GB 2762-2022 ↔ CXS 193-1995" in result.stdout
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "GB 2762-2022" in text
    # The full number says nothing more; `align` resolves the same way.
    result = run("align", "GB 2762-2022", "CXS 193", "--store", store_dir, "-o", tmp_path / "pair.jsonl")
    assert result.exit_code == 0, result.output
    assert "taken as GB 2762" not in result.stdout and "'CXS 193' taken as CXS 193-1995" in result.stdout
    result = run("report", "GB 276", "CXS 193", "--store", store_dir, "-o", tmp_path / "none.docx")
    assert result.exit_code == 2 and "'GB 276' is neither a file nor a standard" in result.output


@pytest.mark.slow
def test_align_workbook_and_report_count_the_same_pairs(tmp_path):
    """The workbook `align` writes and the report of the same two standards give the same figures: an aligned
    pair is the alignment's, whatever its score (tenth round: a GB draft aligned with its ISO original gave 40 of 46
    rows with a counterpart in the workbook, the bibliography's pair at 43.4 marked 'no counterpart', and 41 in the
    report)."""
    from compare.io.report_data import summary_from_workbook

    domestic, international = tmp_path / "gb.csv", tmp_path / "iso.csv"
    domestic.write_text("标准号,条款号,条款内容\n"
                        "GB 6675.4-2025,1,范围: 本文件规定了玩具材料中可迁移元素的最大限量。\n"
                        "GB 6675.4-2025,4.1,玩具材料中可迁移元素的含量应符合4.2的规定。\n"
                        "GB 6675.4-2025,5.1,在模拟胃酸的条件下，用盐酸溶液从试验部分中溶出可溶性元素。\n"
                        "GB 6675.4-2025,参考文献,[1] GB/T 27476.5 检测实验室安全 第5部分：化学因素\n", encoding="utf-8")
    international.write_text(
        "standard,clause,text\n"
        "ISO 8124-3:2020,1,Scope: This document specifies maximum levels for the migration of elements from toys.\n"
        "ISO 8124-3:2020,4.1,The migration of elements from toy materials and parts of toys shall comply with 4.2.\n"
        "ISO 8124-3:2020,5.1,Soluble elements are extracted from test portions with hydrochloric acid.\n"
        'ISO 8124-3:2020,Bibliography,"[1] ISO 8124-4, Safety of toys — Part 4: Swings, slides and similar toys"\n',
        encoding="utf-8")
    aligned = tmp_path / "aligned.xlsx"
    result = run("align", domestic, international, "-o", aligned)
    assert result.exit_code == 0, result.output
    assert "aligned 4 of 4" in result.stdout and "no counterpart found" not in result.stdout
    kept = tmp_path / "kept.xlsx"
    result = run("report", domestic, international, "-o", tmp_path / "r.docx", "--workbook", kept)
    assert result.exit_code == 0, result.output
    ours, theirs = summary_from_workbook(aligned).summary, summary_from_workbook(kept).summary
    # before: 3 of 4 in the workbook (the bibliographies' pair scores below 50), 4 of 4 in the report
    assert (ours.rows, ours.with_counterpart) == (theirs.rows, theirs.with_counterpart) == (4, 4)

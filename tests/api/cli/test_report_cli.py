"""`stdcompare report`: a Word report from a result workbook, or from a list matched on the spot."""

from __future__ import annotations

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

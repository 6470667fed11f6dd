"""Two standards whose clauses state no limit (a management system: GB/T 19001 and ISO 9001) have no key indicator
to suggest a degree from. The suggestion was 'NEQ', so the report of the aligned pair, 56 of 56 clauses, read
'suggested adoption rate 0.0 % (not met)'. No degree is suggested now, and the pair stays out of the rate."""

from __future__ import annotations

from docx import Document
from openpyxl import load_workbook

from compare.core.model import Candidate, Clause, InputRow, MatchResult
from compare.core.vocabulary import Side
from compare.indicators.verdicts import compare_clauses
from compare.io.report_data import PAIR, report_input
from compare.io.report_docx import write_report_docx
from compare.io.workbook import SUMMARY_SHEET, WorkbookInfo, write_result_workbook

QMS = [("组织应确定与其宗旨和战略方向相关并影响其实现质量管理体系预期结果的各种外部和内部因素。",
        "The organization shall determine external and internal issues that are relevant to its purpose."),
       ("最高管理者应证实其对质量管理体系的领导作用和承诺。",
        "Top management shall demonstrate leadership and commitment with respect to the quality management system.")]


def summary_of(tmp_path, domestic: str, international: str, pairs):
    results = []
    for i, (d, e) in enumerate(pairs, start=1):
        counterpart = Clause(id=i, standard=international, clause=str(i + 3), text=e, lang="en",
                             side=Side.INTERNATIONAL)
        results.append(MatchResult(InputRow(i, i + 1, d, domestic, str(i + 3), lang="zh"), "zh", Side.INTERNATIONAL,
                                   (Candidate(counterpart, 80.0, 0.8),)))
    out = tmp_path / "result.xlsx"
    summary = write_result_workbook(results, out, headers=[], info=WorkbookInfo(source="list.xlsx", store="s"),
                                    compare=lambda d, e: compare_clauses(d, e).to_dict())
    return summary, out


def test_no_indicator_suggests_no_degree_and_leaves_the_rate_alone(tmp_path):
    summary, out = summary_of(tmp_path, "GB/T 19001-2016", "ISO 9001:2015", QMS)
    [row] = summary.degree_rows()
    assert str(row.degree) == "—" and not row.degree.adopts and not row.in_rate
    assert "no degree suggested" in row.why_outside
    adoption = summary.adoption()
    assert adoption.rate is None and adoption.in_rate == ()  # was 0.0 % (not met)
    sheet = [" ".join(str(c) for c in r if c is not None)
             for r in load_workbook(out)[SUMMARY_SHEET].iter_rows(values_only=True)]
    [line] = [line for line in sheet if line.startswith("GB/T 19001-2016 ISO 9001:2015")]
    assert " — " in line and "NEQ" not in line and "no degree suggested" in line
    report = tmp_path / "report.docx"
    write_report_docx(report_input(PAIR, "GB/T 19001-2016 ↔ ISO 9001:2015", summary), report)  # as `report A B`
    cells = [c.text for t in Document(str(report)).tables for r in t.rows for c in r.cells]
    assert "未建议（无可比指标）—" in cells and "非等效 NEQ" not in cells


def test_a_pair_with_indicators_still_gets_its_degree(tmp_path):
    summary, _ = summary_of(tmp_path, "GB/T 1800.1-2020", "ISO 286-1:2010",
                            [("IT6的标准公差数值为13 μm", "the standard tolerance for grade IT6 is 13 µm")])
    [row] = summary.degree_rows()
    assert str(row.degree) == "IDT" and row.in_rate and summary.adoption().rate == 100.0

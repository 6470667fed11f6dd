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


def test_indicators_read_on_one_side_only_suggest_no_degree_and_say_why(tmp_path):
    """Limits on the domestic side facing a text with none: nothing compared, so no degree (it was NEQ, and the
    pair counted as not adopted), the reason under the pair and the rule on the Summary sheet and in the report."""
    pairs = [("谷物中铅（以Pb计）的限量为0.2 mg/kg", "Lead in cereal grains is subject to the general standard."),
             ("大米中镉（以Cd计）限量不大于0.2 mg/kg", "Cadmium in rice is considered in the general standard.")]
    summary, out = summary_of(tmp_path, "GB 2762-2022", "CXS 193-1995", pairs)
    [row] = summary.degree_rows()
    assert row.counts.get("missing_international") == 2 and row.indicators == 2
    assert str(row.degree) == "—" and not row.in_rate and summary.adoption().in_rate == ()
    sheet = [" ".join(str(c) for c in r if c is not None)
             for r in load_workbook(out)[SUMMARY_SHEET].iter_rows(values_only=True)]
    at = next(i for i, line in enumerate(sheet) if line.startswith("GB 2762-2022 CXS 193-1995"))
    assert " — " in sheet[at] and "NEQ" not in sheet[at]
    assert sheet[at + 1].strip().startswith("依据 / Reasons: 2 indicators read on one side only")
    assert any(line.startswith("建议规则：IDT") and "How a degree is suggested" in line for line in sheet)
    report = tmp_path / "report.docx"
    write_report_docx(report_input(PAIR, "GB 2762-2022 ↔ CXS 193-1995", summary), report)
    cells = [c.text for t in Document(str(report)).tables for r in t.rows for c in r.cells]
    assert "未建议（无可比指标）—" in cells and "非等效 NEQ" not in cells
    assert any(c.startswith("2 项指标只在一侧读出（国际缺项 2）") for c in cells)

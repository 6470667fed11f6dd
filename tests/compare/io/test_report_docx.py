"""The comparison report (比对分析报告): made from a result workbook, read back with python-docx."""

from __future__ import annotations

import pytest
from docx import Document

from compare.core.errors import InputFileError
from compare.core.vocabulary import FOUR_WAY
from compare.io.report_data import summary_from_workbook
from compare.io.report_docx import write_report_docx
from compare.io.summary import verdict_label
from tests.compare.io.test_workbook import make_workbook

HEADINGS = ["一、范围 Scope", "二、方法 Method", "三、比对结果 Results", "四、一致性程度建议 Suggested degree of correspondence",
            "五、国际标准采用率（建议）Adoption rate (suggested)", "六、指标差异表 Indicator differences",
            "七、需复核事项 What a reviewer must still check", "八、审核意见 Review"]


def table_with(document, first_header: str):
    return next(t for t in document.tables if t.rows[0].cells[0].text == first_header)


@pytest.fixture()
def report(tmp_path, small_store, encoder):
    out, summary, _ = make_workbook(tmp_path, small_store, encoder)
    data = summary_from_workbook(out)
    path = write_report_docx(data, tmp_path / "report.docx")
    return Document(str(path)), data, summary


def test_report_reads_back_the_workbook_figures(report):
    _, data, written = report
    # The figures read back from the workbook are those the workbook was written with.
    assert data.summary.four_way() == written.four_way()
    assert data.summary.indicator_verdicts == written.indicator_verdicts
    assert data.summary.verdicts == written.verdicts
    assert data.summary.degrees() == written.degrees()
    assert (data.summary.rows, data.summary.with_counterpart, data.summary.empty) == (6, 3, 2)


def test_report_headings_and_four_way_table(report):
    document, data, _ = report
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == HEADINGS
    assert any(p.text == "标准比对分析报告" for p in document.paragraphs)
    four_way = table_with(document, "结论 Verdict")
    rows, total = data.summary.four_way()
    cells = {r.cells[0].text: [c.text for c in r.cells[1:]] for r in four_way.rows[1:]}
    for row in rows:
        assert cells[verdict_label(row.verdict)][0] == str(row.count)
    assert [r.cells[0].text for r in four_way.rows[1:5]] == [verdict_label(v) for v in FOUR_WAY]
    assert cells["合计 Total"][0] == str(total) == "3"
    assert cells[verdict_label("stricter")][1] == "33.3 %"


def test_report_degrees_differences_adoption_and_checks(report):
    document, data, _ = report
    degrees = table_with(document, "国内标准 Domestic")
    by_standard = {r.cells[0].text: r.cells[2].text for r in degrees.rows[1:]}
    assert by_standard == {"GB 2762-2022": "修改采用 MOD", "GB 5749-2022": "等同采用 IDT"}
    differences = table_with(document, "序号 No.")
    assert len(differences.rows) - 1 == len(data.summary.differences) == 1  # the one stricter indicator
    row = [c.text for c in differences.rows[1].cells]
    assert row[1].startswith("GB 2762-2022") and row[2].startswith("CXS 193-1995")
    assert row[4] == "≤0.2 mg/kg" and row[5] == "≤0.4 mg/kg" and row[6] == verdict_label("stricter")
    text = "\n".join(p.text for p in document.paragraphs)
    # Codex and WHO are outside the 2025 rule: no rate is claimed against the target.
    assert "ISO、IEC、ITU" in text and "不计算采用率" in text
    checks = table_with(document, "行号 Row")
    kinds = {r.cells[2].text for r in checks.rows[1:]}
    assert "未找到对应 / no counterpart" in kinds  # the steel clause in a food store
    assert document.tables[-1].rows[1].cells[1].text == "审核人 Reviewed by"


def test_the_report_of_a_workbook_names_the_list_it_compared(report):
    """The report of demo-matches.xlsx said "本报告比对清单“demo-matches.xlsx”" and gave the workbook as the
    subject, while its Summary sheet names the list (domestic_list.xlsx): the list is the subject, the workbook
    what the report is based on, and the run's model and store are those the Summary sheet records."""
    document, data, _ = report
    assert (data.subject, data.source_note) == ("list.xlsx", "result.xlsx")
    assert data.store == "s" and data.model == "use-multilingual-v3"
    cover = {r.cells[0].text: r.cells[1].text for r in document.tables[0].rows}
    assert cover["比对对象 Subject"] == "list.xlsx" and cover["依据 Based on"] == "result.xlsx"
    text = "\n".join(p.text for p in document.paragraphs)
    assert "比对清单“list.xlsx”" in text and "result.xlsx”" not in text
    assert "use-multilingual-v3" in text


def test_report_must_be_docx(report, tmp_path):
    _, data, _ = report
    with pytest.raises(InputFileError, match=".docx"):
        write_report_docx(data, tmp_path / "report.pdf")
    assert not (tmp_path / "report.pdf").exists()


def test_numbers_not_read_are_left_for_the_reviewer(tmp_path, small_store, encoder):
    from compare.indicators.verdicts import comparison_function
    from compare.io.readers import open_table
    from compare.io.workbook import WorkbookInfo, write_result_workbook
    from compare.matching.lists import match_rows
    from tests.conftest import write_xlsx

    listing = write_xlsx(tmp_path / "list.xlsx", {"清单": [["标准号", "条款号", "条款内容"],
                                                         ["GB 2762-2022", "4.1", "谷物中铅含量不大于0.2 qx/kg"]]})
    table = open_table(listing)
    out = tmp_path / "r.xlsx"
    written = write_result_workbook(match_rows(table.rows(), small_store, encoder), out, headers=table.headers,
                                    info=WorkbookInfo(threshold=10.0), compare=comparison_function(encoder))
    read = summary_from_workbook(out).summary
    for summary in (written, read):
        unread = [c for c in summary.checks if c.kind == "unread"]
        assert len(unread) == 1 and "qx/kg" in unread[0].detail
    document = Document(str(write_report_docx(summary_from_workbook(out), tmp_path / "r.docx")))
    checks = table_with(document, "行号 Row")
    assert any(r.cells[2].text == "数值未读出 / numbers not read" and "qx/kg" in r.cells[3].text
               for r in checks.rows[1:])


def judged_workbook(tmp_path, domestic_standard: str, rows: list[tuple[str, str, str]]):
    """The result workbook of `rows` (domestic text, international standard, international text), each row
    matched to its international clause at 80 and judged for real; returns (path, Summary written)."""
    from compare.core.model import Candidate, Clause, InputRow, MatchResult
    from compare.core.vocabulary import Side
    from compare.indicators.verdicts import compare_clauses
    from compare.io.workbook import WorkbookInfo, write_result_workbook

    results = []
    for i, (domestic, standard, international) in enumerate(rows, start=1):
        counterpart = Clause(id=i, standard=standard, clause=f"{i}", text=international, lang="en",
                             side=Side.INTERNATIONAL)
        results.append(MatchResult(InputRow(i, i + 1, domestic, domestic_standard, f"4.{i}", lang="zh"), "zh",
                                   Side.INTERNATIONAL, (Candidate(counterpart, 80.0, 0.8),)))
    out = tmp_path / "result.xlsx"
    written = write_result_workbook(results, out, headers=[], info=WorkbookInfo(source="list.csv", store="s"),
                                    compare=lambda d, i: compare_clauses(d, i).to_dict())
    return out, written


def test_a_rejected_counterpart_is_not_reported_as_found(tmp_path):
    """The reviewer rejects (驳回) row 2's counterpart: the report made from the reviewed workbook still counted
    the row as having a counterpart, with its indicators in the four-way table and its 'looser' among the
    differences. A rejected row has no counterpart; it is listed for the reviewer to find one."""
    from openpyxl import load_workbook

    from compare.core.vocabulary import Verdict
    from compare.io.workbook import MATCHES_SHEET, REVIEW_HEADER

    out, written = judged_workbook(tmp_path, "GB 2762-2022", [
        ("铅（以Pb计）不得超过0.2 mg/kg。", "CXS 193-1995", "Lead: maximum level 0.2 mg/kg."),
        ("镉（以Cd计）不得超过0.5 mg/kg。", "CXS 193-1995", "Cadmium: maximum level 0.1 mg/kg.")])
    assert written.with_counterpart == 2 and written.indicator_verdicts[Verdict.LOOSER] == 1
    wb = load_workbook(out)
    ws = wb[MATCHES_SHEET]
    review = [c.value for c in ws[1]].index(REVIEW_HEADER) + 1
    ws.cell(row=3, column=review).value = "驳回"
    wb.save(out)

    summary = summary_from_workbook(out).summary
    assert summary.with_counterpart == 1 and summary.standards_with_counterpart == {"GB 2762-2022"}
    assert summary.indicator_verdicts == {Verdict.CONSISTENT: 1}
    assert not summary.differences and summary.confirmed == 0
    assert [(c.row, c.kind) for c in summary.checks] == [(2, "rejected")]
    assert "CXS 193-1995 2" in summary.checks[0].detail
    document = Document(str(write_report_docx(summary_from_workbook(out), tmp_path / "report.docx")))
    checks = table_with(document, "行号 Row")
    assert [c.text for c in checks.rows[1].cells][:3] == ["2", "GB 2762-2022 4.2", "已驳回 / rejected"]


def test_clauses_compared_with_a_second_international_standard_are_named_under_the_degrees(tmp_path):
    """`make demo` printed a roll-up row 'GB 5749-2022 / CXS 193-1995, 1 clause' that neither the Summary sheet nor
    the report had: they suggest one degree per listed standard, against its main counterpart (WHO, 10 clauses),
    and the eleventh clause vanished from both. It is now named under the degrees in both, and in the JSON."""
    from openpyxl import load_workbook

    from compare.io.workbook import SUMMARY_SHEET

    out, written = judged_workbook(tmp_path, "GB 5749-2022", [
        ("砷不得超过0.01 mg/L。", "WHO GDWQ", "Arsenic: guideline value 0.01 mg/L."),
        ("镉不得超过0.005 mg/L。", "WHO GDWQ", "Cadmium: guideline value 0.003 mg/L."),
        ("铅不得超过0.01 mg/L。", "CXS 193-1995", "Lead in natural mineral waters: ML 0.01 mg/kg.")])
    assert [(r.domestic, r.international, r.clauses) for r in written.degree_rows()] == [
        ("GB 5749-2022", "WHO GDWQ", 2)]
    assert written.other_counterparts() == [("GB 5749-2022", "CXS 193-1995", 1)]
    assert written.to_dict()["other_counterparts"] == [
        {"domestic": "GB 5749-2022", "international": "CXS 193-1995", "clauses": 1}]
    sheet = [r[0] for r in load_workbook(out)[SUMMARY_SHEET].iter_rows(values_only=True) if r and r[0]]
    named = [line for line in sheet if "GB 5749-2022 → CXS 193-1995" in str(line)]
    assert len(named) == 1 and "1 条" in named[0]
    document = Document(str(write_report_docx(summary_from_workbook(out), tmp_path / "report.docx")))
    assert any("GB 5749-2022 → CXS 193-1995（1 条" in p.text for p in document.paragraphs)

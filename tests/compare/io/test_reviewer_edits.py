"""What a reviewer changes in the result workbook, in Excel or WPS, reaches the report (checked as a new user,
eleventh round): real workbooks written by stdcompare, edited with openpyxl as a reviewer edits them."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from compare.core.errors import ColumnError
from compare.core.vocabulary import Degree, Verdict
from compare.io.report_data import summary_from_workbook
from compare.io.workbook import INDICATORS_SHEET
from tests.compare.io.test_report_docx import judged_workbook

WATER = [("砷的限值为0.01 mg/L。", "WHO GDWQ", "Arsenic: guideline value 0.01 mg/L."),
         ("硝酸盐（以N计）限值为10 mg/L。", "WHO GDWQ", "Nitrate: guideline value 50 mg/L as nitrate ion.")]


def edit_verdict(path, row: int, typed: str) -> None:
    """Type `typed` in the verdict cell of the Indicators sheet's line for list row `row`."""
    wb = load_workbook(path)
    sheet = wb[INDICATORS_SHEET]
    cells = [r for r in sheet.iter_rows(min_row=2) if r[0].value == row]
    assert len(cells) == 1, "one indicator on that row"
    cells[0][4].value = typed
    wb.save(path)


@pytest.mark.parametrize("typed", ["严于", "严于国际", "stricter", "Stricter", "严于 / stricter", "严于国际 / stricter"])
def test_a_verdict_the_reviewer_types_is_counted_in_the_report(tmp_path, typed):
    """A reviewer changed nitrate (10 mg/L as N, about 44 mg/L as nitrate, against 50) from 'different' to '严于':
    the indicator vanished from the report, and GB 5749 was suggested IDT on arsenic alone."""
    out, written = judged_workbook(tmp_path, "GB 5749-2022", WATER)
    assert written.indicator_verdicts == {Verdict.CONSISTENT: 1, Verdict.DIFFERENT: 1}
    edit_verdict(out, 2, typed)
    summary = summary_from_workbook(out).summary
    assert summary.indicator_verdicts == {Verdict.CONSISTENT: 1, Verdict.STRICTER: 1}
    [degree] = summary.degree_rows()
    assert degree.degree == Degree.MOD and degree.indicators == 2


def test_a_verdict_that_names_none_stops_the_report_naming_the_cell(tmp_path):
    out, _ = judged_workbook(tmp_path, "GB 5749-2022", WATER)
    edit_verdict(out, 2, "更严")
    with pytest.raises(ColumnError) as caught:
        summary_from_workbook(out)
    message = str(caught.value)
    assert "row 3" in message and "'更严'" in message and "严于国际 / stricter" in message
    assert caught.value.option == "workbook"


def test_the_verdict_column_offers_the_verdicts_to_pick(tmp_path):
    out, _ = judged_workbook(tmp_path, "GB 5749-2022", WATER)
    sheet = load_workbook(out)[INDICATORS_SHEET]
    [choices] = sheet.data_validations.dataValidation
    assert str(choices.sqref) == "E2:E3" and "严于国际 / stricter" in choices.formula1


def test_the_report_of_a_workbook_keeps_the_table_by_field(tmp_path):
    """The Summary sheet of a list with a 领域 column had the four-way table by field; the report made from the
    same workbook left it out ('the list has no field column')."""
    from docx import Document

    from compare.core.model import Candidate, Clause, InputRow, MatchResult
    from compare.core.vocabulary import Side
    from compare.indicators.verdicts import compare_clauses
    from compare.io.report_docx import write_report_docx
    from compare.io.workbook import WorkbookInfo, write_result_workbook

    rows = [("GB 5749-2022", "砷的限值为0.01 mg/L。", "饮用水", "WHO GDWQ", "Arsenic: guideline value 0.01 mg/L."),
            ("GB 2762-2022", "谷物中铅限量为0.2 mg/kg。", "食品", "CXS 193-1995", "Lead: cereal grains, ML 0.1 mg/kg.")]
    headers = ["标准号", "条款内容", "领域"]
    results = []
    for i, (standard, text, field, intl, intl_text) in enumerate(rows, start=1):
        clause = Clause(id=i, standard=intl, clause=str(i), text=intl_text, lang="en", side=Side.INTERNATIONAL)
        row = InputRow(i, i + 1, text, standard, "", lang="zh", original=dict(zip(headers, (standard, text, field))))
        results.append(MatchResult(row, "zh", Side.INTERNATIONAL, (Candidate(clause, 80.0, 0.8),)))
    out = tmp_path / "result.xlsx"
    written = write_result_workbook(results, out, headers=headers, info=WorkbookInfo(source="list.xlsx", store="s"),
                                    compare=lambda d, i: compare_clauses(d, i).to_dict())
    read = summary_from_workbook(out).summary
    assert read.field_column == "领域"
    assert read.four_way_by("field") == written.four_way_by("field")
    assert set(read.four_way_by("field")) == {"饮用水", "食品"}
    document = Document(str(write_report_docx(summary_from_workbook(out), tmp_path / "report.docx")))
    by_field = [t for t in document.tables if t.rows[0].cells[0].text.startswith("领域")]
    assert by_field and {r.cells[0].text for r in by_field[0].rows[1:]} == {"饮用水", "食品"}


def test_a_pair_with_no_indicator_is_not_called_consistent(tmp_path):
    """A clause with no number matched to one with none read '一致 / consistent' on the Matches sheet and was
    counted a consistent clause on the Summary sheet (the report of the same workbook counted it under none)."""
    from compare.io.workbook import MATCHES_SHEET, NO_INDICATOR

    out, written = judged_workbook(tmp_path, "GB 7718-2011", [
        ("本标准适用于直接提供给消费者的预包装食品的标签。", "CXS 1-1985", "This standard applies to the labelling of "
         "all prepackaged foods to be offered as such to the consumer."),
        ("铅（以Pb计）不得超过0.2 mg/kg。", "CXS 193-1995", "Lead: maximum level 0.2 mg/kg.")])
    sheet = load_workbook(out)[MATCHES_SHEET]
    header = [c.value for c in sheet[1]]
    verdicts = [r[header.index("指标结论\nIndicator verdict")] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert verdicts == [NO_INDICATOR, "一致 / consistent"]
    assert dict(written.verdicts) == {Verdict.CONSISTENT: 1}
    assert dict(summary_from_workbook(out).summary.verdicts) == dict(written.verdicts)


def test_a_verdict_changed_on_the_matches_sheet_is_listed_for_the_reviewer(tmp_path):
    """The reviewer changed nitrate's verdict where it shows first, on the Matches sheet: the report counts the
    Indicators sheet's verdicts, and said nothing of the change."""
    from compare.io.workbook import MATCHES_SHEET

    out, _ = judged_workbook(tmp_path, "GB 5749-2022", WATER)
    wb = load_workbook(out)
    sheet = wb[MATCHES_SHEET]
    column = [c.value for c in sheet[1]].index("指标结论\nIndicator verdict") + 1
    sheet.cell(3, column).value = "严于"
    wb.save(out)
    summary = summary_from_workbook(out).summary
    assert summary.indicator_verdicts == {Verdict.CONSISTENT: 1, Verdict.DIFFERENT: 1}  # counted as the sheet has it
    [check] = [c for c in summary.checks if c.kind == "verdict edited"]
    assert check.row == 2 and "严于国际 / stricter" in check.detail and "不同 / different" in check.detail


def test_the_summary_sheet_says_its_figures_are_as_matched(tmp_path):
    """After the review, the Summary sheet still said 'confirmed 0' and 'different 1' beside the reviewer's 确认 and
    严于, with nothing saying that the report of the reviewed workbook has the reviewed figures."""
    from compare.io.workbook import AS_MATCHED_NOTE, SUMMARY_SHEET

    out, _ = judged_workbook(tmp_path, "GB 5749-2022", WATER)
    top = [r[0] for r in load_workbook(out)[SUMMARY_SHEET].iter_rows(max_row=4, values_only=True)]
    assert AS_MATCHED_NOTE in top and "审核后" in AS_MATCHED_NOTE and "report" in AS_MATCHED_NOTE

"""The rows a reviewer must check are listed on the Summary sheet, not only counted; the reviewer's notes
(审核意见) typed on the Matches sheet reach the comparison report (left over from the eleventh round's check as a
new user). Real workbooks written by stdcompare, edited with openpyxl as a reviewer edits them, real DOCX."""

from __future__ import annotations

from docx import Document
from openpyxl import load_workbook

from compare.io.report_data import summary_from_workbook
from compare.io.report_docx import write_report_docx
from compare.io.workbook import MATCH_COLUMNS, MATCHES_SHEET, REVIEW_HEADER, SUMMARY_SHEET
NOTE_HEADER = MATCH_COLUMNS[7][0]
# (domestic text, international text, score): scores under the low-score line (70) and under the threshold (50)
# make rows a reviewer must check
ROWS = [("砷的限值为0.01 mg/L。", "Arsenic: guideline value 0.01 mg/L.", 82.0),
        ("铅的限值为0.01 mg/L。", "Lead: guideline value 0.01 mg/L.", 61.5),
        ("镉的限值为0.005 mg/L。", "Cadmium: guideline value 0.003 mg/L.", 77.0),
        ("出厂水消毒剂余量应满足管网末梢要求。", "Chlorine residual: see the chapter on disinfection.", 31.0)]


def judged_workbook(tmp_path, rows):
    """The result workbook of `rows`, each matched to its WHO clause at the score given and judged for real."""
    from compare.core.model import Candidate, Clause, InputRow, MatchResult
    from compare.core.vocabulary import Side
    from compare.indicators.verdicts import compare_clauses
    from compare.io.workbook import WorkbookInfo, write_result_workbook

    results = []
    for i, (domestic, international, score) in enumerate(rows, start=1):
        counterpart = Clause(id=i, standard="WHO GDWQ", clause=f"12.{i}", text=international, lang="en",
                             side=Side.INTERNATIONAL)
        results.append(MatchResult(InputRow(i, i + 1, domestic, "GB 5749-2022", f"4.{i}", lang="zh"), "zh",
                                   Side.INTERNATIONAL, (Candidate(counterpart, score, score / 100),)))
    out = tmp_path / "result.xlsx"
    written = write_result_workbook(results, out, headers=[], info=WorkbookInfo(source="list.csv", store="s"),
                                    compare=lambda d, i: compare_clauses(d, i).to_dict())
    return out, written


def summary_lines(path) -> list[list[str]]:
    sheet = load_workbook(path)[SUMMARY_SHEET]
    return [[str(v) for v in row if v is not None] for row in sheet.iter_rows(values_only=True)]


def test_the_summary_sheet_lists_each_row_to_check(tmp_path):
    out, written = judged_workbook(tmp_path, ROWS)
    assert {c.kind for c in written.checks} == {"low score", "no counterpart"}
    lines = summary_lines(out)
    heading = next(i for i, line in enumerate(lines) if line and line[0].endswith("需复核的行 / Rows a reviewer must check")
                   and "、" in line[0])
    listed = [line for line in lines[heading + 2:] if line and line[0].startswith("第 ")]
    assert [line[0] for line in listed] == [f"第 {c.row} 行 / row {c.row} · {c.standard} {c.clause}"
                                           for c in sorted(written.checks, key=lambda c: c.row)]
    for line, check in zip(listed, sorted(written.checks, key=lambda c: c.row)):
        assert line[2] == check.detail
    # the count in the coverage table and the list agree
    [count] = [line[1] for line in lines if line and line[0] == "需复核的行 / Rows a reviewer must check"]
    assert int(count) == len(listed)


def test_a_list_with_nothing_to_check_says_so(tmp_path):
    out, written = judged_workbook(tmp_path, ROWS[:1])
    assert not written.checks
    lines = summary_lines(out)
    heading = next(i for i, line in enumerate(lines) if line and line[0].endswith("Rows a reviewer must check")
                   and "、" in line[0])
    assert lines[heading + 1] == ["无。Nothing to check."]


def test_the_reviewer_notes_reach_the_report(tmp_path):
    out, _ = judged_workbook(tmp_path, ROWS)
    wb = load_workbook(out)
    sheet = wb[MATCHES_SHEET]
    header = [c.value for c in sheet[1]]
    note_col, review_col = header.index(NOTE_HEADER) + 1, header.index(REVIEW_HEADER) + 1
    sheet.cell(row=2, column=note_col, value="限值与WHO一致，已核对原文。")
    sheet.cell(row=4, column=review_col, value="驳回")
    sheet.cell(row=4, column=note_col, value="镉应对照WHO第4版第12章，另找对应。")
    sheet.cell(row=5, column=note_col, value="未找到对应，属国内特有要求。")
    wb.save(out)

    report = summary_from_workbook(out)
    notes = report.summary.review_notes
    assert [(n.row, n.decision, n.note) for n in notes] == [
        (1, "", "限值与WHO一致，已核对原文。"), (3, "驳回", "镉应对照WHO第4版第12章，另找对应。"),
        (4, "", "未找到对应，属国内特有要求。")]
    assert (notes[1].standard, notes[1].clause, notes[1].counterpart) == ("GB 5749-2022", "4.3", "WHO GDWQ 12.3")
    assert notes[2].counterpart == ""  # a row with no counterpart keeps its note too

    docx = write_report_docx(report, tmp_path / "report.docx")
    document = Document(str(docx))
    cells = [[c.text for c in row.cells] for table in document.tables for row in table.rows]
    noted = [row for row in cells if row and row[-1] in {n.note for n in notes}]
    assert [(row[0], row[2], row[3]) for row in noted] == [("1", "WHO GDWQ 12.1", "—"), ("3", "WHO GDWQ 12.3", "驳回"),
                                                           ("4", "—", "—")]
    text = "\n".join(p.text for p in document.paragraphs)
    assert text.index("八、审核意见") < text.index("审核意见 3 条")


def test_a_workbook_without_notes_has_no_notes_table(tmp_path):
    out, _ = judged_workbook(tmp_path, ROWS[:1])
    report = summary_from_workbook(out)
    assert report.summary.review_notes == []
    document = Document(str(write_report_docx(report, tmp_path / "report.docx")))
    assert "逐行" not in "\n".join(p.text for p in document.paragraphs)
    assert not any("审核意见 Note" in c.text for t in document.tables for r in t.rows for c in r.cells)

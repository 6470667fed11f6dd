"""The official's workflow: a messy list in, the review workbook out, decisions read back."""

from __future__ import annotations

import io
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from compare.core.errors import InputFileError
from compare.matching.lists import match_rows
from compare.io.readers import open_table
from compare.io.review import apply_review
from compare.io.workbook import (CANDIDATES_SHEET, INDICATORS_SHEET, MATCH_COLUMNS, MATCHES_SHEET, NO_COUNTERPART,
                                 SHEETS, SUMMARY_SHEET, WorkbookInfo, write_result_workbook)
from tests.conftest import write_csv, write_xlsx

LIST = [["2026年食品污染物标准比对清单", None, None, None], [None] * 4,
        ["序号", "标准号", "条款号", "条款内容"],
        [1, "GB 2762-2022", "4.1", "谷物中铅（以Pb计）的限量为0.2 mg/kg"],
        [2, "GB 2762-2022", "4.3", "大米中镉（以Cd计）限量不大于0.2 mg/kg"],
        [3, "GB 5749-2022", "表1", "=生活饮用水中硝酸盐（以N计）不得超过10 mg/L"],
        [4, "GB 9999-2026", "5.1", "钢筋屈服强度不小于400 MPa"],
        [5, None, None, None],
        [6, "GB 1-2026", "1", ""]]


def fake_compare(domestic: str, international: str) -> dict:
    """A stand-in judgement with the shape of the indicator comparison, so the sheets can be checked."""
    verdict = "stricter" if "镉" in domestic else "consistent"
    return {"overall": verdict, "indicators": [{"parameter": "limit", "verdict": verdict,
                                                 "domestic": {"comparator": "max", "value": 0.2, "unit": "mg/kg",
                                                              "text": domestic[:10]},
                                                 "international": {"comparator": "max", "value": 0.4,
                                                                   "unit": "mg/kg", "text": international[:10]}}]}


def make_workbook(tmp_path, small_store, encoder, threshold=50.0, compare=fake_compare):
    listing = write_xlsx(tmp_path / "list.xlsx", {"说明": [["填表说明"]], "清单": LIST}, merge={"清单": "A1:D1"})
    table = open_table(listing)
    out = tmp_path / "result.xlsx"
    summary = write_result_workbook(match_rows(table.rows(), small_store, encoder), out, headers=table.headers,
                                    info=WorkbookInfo(store="s", model=encoder.name, threshold=threshold,
                                                      source="list.xlsx"), compare=compare)
    return out, summary, table


def test_result_workbook_sheets_styles_and_figures(tmp_path, small_store, encoder):
    out, summary, table = make_workbook(tmp_path, small_store, encoder)
    assert table.sheet == "清单" and table.header_line == 3
    wb = load_workbook(out)
    assert wb.sheetnames == ["汇总 Summary", "匹配 Matches", "候选 Candidates", "指标 Indicators"] == list(SHEETS)
    ws = wb[MATCHES_SHEET]
    header = [c.value for c in ws[1]]
    assert header[:4] == ["序号", "标准号", "条款号", "条款内容"]
    assert header[4:8] == [name for name, _ in MATCH_COLUMNS[:4]]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    assert ws["A1"].font.bold and ws["E1"].alignment.wrap_text
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 6  # rows 5 and 6 (a number, no text) are kept and marked empty
    by_no = {r[0]: r for r in rows}
    assert by_no[1][4] == "CXS 193-1995" and by_no[1][5] == "Lead-1"
    assert by_no[2][8] == "严于国际 / stricter"
    assert by_no[4][4] is None and by_no[4][9] == NO_COUNTERPART  # steel in a food store: no weak guess
    assert by_no[5][9].startswith("空行") and by_no[6][9].startswith("空行")
    nitrate = ws.cell(row=2 + [r[0] for r in rows].index(3), column=4)
    assert nitrate.value.startswith("=生活饮用水") and nitrate.data_type == "s"  # text, never a formula
    fills = {ws.cell(row=i, column=9).value: ws.cell(row=i, column=9).fill.fgColor.rgb for i in range(2, 8)}
    assert fills["严于国际 / stricter"].endswith("DDEBF7") and fills["一致 / consistent"].endswith("C6EFCE")
    validation = ws.data_validations.dataValidation[0]
    assert validation.formula1 == '"确认,驳回,待定"' and str(validation.sqref) == "K2:K7"
    assert ws.cell(row=1, column=11).value.startswith("审核")
    rules = [rule for cf in ws.conditional_formatting for rule in cf.rules]
    assert rules and rules[0].type == "colorScale"
    assert ws.column_dimensions["M"].hidden and ws.column_dimensions["P"].hidden
    cands = list(wb[CANDIDATES_SHEET].iter_rows(min_row=2, values_only=True))
    assert {r[0] for r in cands} == {1, 2, 3, 4} and max(r[2] for r in cands) == 3
    inds = list(wb[INDICATORS_SHEET].iter_rows(min_row=2, values_only=True))
    assert len(inds) == 3 and inds[0][2] == "≤0.2 mg/kg"
    figures = {r[0]: r[1:] for r in wb[SUMMARY_SHEET].iter_rows(values_only=True) if r[0]}
    assert figures["清单行数 / Rows in the list"][0] == 6
    assert figures["空行 / Empty rows"][0] == 2
    # Coverage is shown for what it is: no target beside it.
    assert figures["找到对应条款的行 / Rows with a counterpart"][:3] == (3, pytest.approx(3 / 4), None)
    assert figures["相似度阈值 / Score threshold"][0] == 50
    assert figures["比对对象 / Matched"][0] == "条款 / clauses"
    sections = [r[0].split("、")[0] for r in wb[SUMMARY_SHEET].iter_rows(values_only=True)
                if isinstance(r[0], str) and "、" in r[0][:2]]
    assert sections == list("一二三四五六七八")  # ... adoption, the rows to check, the run
    assert summary.verdicts == {"consistent": 2, "stricter": 1}
    assert summary.share_at_international_level == 1.0
    degrees = summary.degrees()
    assert degrees["GB 2762-2022"] == ("CXS 193-1995", "MOD", 2)  # one consistent, one stricter
    assert degrees["GB 5749-2022"] == ("WHO GDWQ", "IDT", 1)
    # The four-way table: one stricter, two consistent, shares of their total.
    assert figures["严于国际 / stricter"][:3] == (1, pytest.approx(1 / 3), 1)
    assert figures["一致 / consistent"][:3] == (2, pytest.approx(2 / 3), 2)
    assert figures["合计 / Total"][0] == 3
    # By body: Codex (CXS 193) and WHO are the counterparts' bodies.
    assert figures["Codex"][:5] == (1, 1, 0, 0, 2) and figures["WHO"][:5] == (0, 1, 0, 0, 1)
    # The adoption rate under the 2025 rule: Codex and WHO are outside it, so nothing is in the rate and
    # no met / not met is claimed; the 85 % target stands only on that row.
    adoption = figures["其中建议等同或修改采用 (IDT/MOD) / of which suggested IDT or MOD"]
    assert adoption[:4] == (0, None, 0.85, None)
    assert figures["规则之外的对应标准（不计入）/ Counterparts outside the rule (not counted)"][0] == 2
    assert sum(1 for row in figures.values() if 0.85 in row) == 1
    assert summary.adoption().in_rate == () and len(summary.adoption().outside) == 2
    assert wb[SUMMARY_SHEET]._charts


def test_threshold_decides_no_counterpart(tmp_path, small_store, encoder):
    _, summary, _ = make_workbook(tmp_path, small_store, encoder, threshold=99.0)
    assert summary.with_counterpart == 0 and not summary.verdicts


def test_output_appears_only_when_complete(tmp_path, small_store, encoder):
    def broken(domestic, international):
        raise RuntimeError("indicator engine failed")

    with pytest.raises(RuntimeError):
        make_workbook(tmp_path, small_store, encoder, compare=broken)
    assert not (tmp_path / "result.xlsx").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".result")]


def test_reviewed_decisions_change_later_matches(tmp_path, small_store, encoder):
    out, _, table = make_workbook(tmp_path, small_store, encoder)
    wb = load_workbook(out)
    ws = wb[MATCHES_SHEET]
    rows = {ws.cell(row=i, column=1).value: i for i in range(2, ws.max_row + 1)}
    # row 1: the reviewer rejects the lead clause; row 2: confirms another counterpart typed in by hand
    ws.cell(row=rows[1], column=11, value="驳回")
    ws.cell(row=rows[2], column=5, value="CXS 193-1995")
    ws.cell(row=rows[2], column=6, value="Lead-1")
    ws.cell(row=rows[2], column=11, value="确认")
    ws.cell(row=rows[3], column=11, value="maybe")
    ws.cell(row=rows[4], column=11, value="确认")  # a row with no counterpart: read "counterpart  '' is not in the store"
    wb.save(out)
    report = apply_review(out, small_store)
    assert (report.confirmed, report.rejected) == (1, 1)
    assert report.problems and "maybe" in report.problems[0]
    assert report.problems[1] == (f"sheet row {rows[4]} (list row 4): '确认' on a row with no counterpart; to confirm "
                                  "one, type its standard and clause in the columns '对应国际/国内标准 / Counterpart "
                                  "standard' and '对应条款 / Counterpart clause'")
    # the row is named as the reviewer finds it: the sheet's row and the list's own row number ('row 4' alone
    # was read as the list's fourth row, the steel clause)
    assert report.problems[0].startswith(f"sheet row {rows[3]} (list row 3): review value 'maybe'")
    again = {r.row.row: r for r in match_rows(table.rows(), small_store, encoder)}
    assert "Lead-1" not in [c.clause.clause for c in again[1].matches]
    assert again[2].matches[0].clause.clause == "Lead-1" and again[2].matches[0].confirmed
    assert small_store.stats()["reviewed_links"] == {"confirmed": 1, "rejected": 1}


def test_review_refuses_other_workbooks(tmp_path, small_store):
    from compare.core.errors import ColumnError

    other = write_xlsx(tmp_path / "other.xlsx", {"Sheet": [["a"]]})
    with pytest.raises(ColumnError, match="no '匹配 Matches' sheet"):
        apply_review(other, small_store)


def test_review_reads_workbooks_with_the_old_tab_names(tmp_path, small_store, encoder):
    out, _, _ = make_workbook(tmp_path, small_store, encoder)
    wb = load_workbook(out)
    for name in SHEETS:
        wb[name].title = name.split(" ", 1)[1]  # 'Matches', as workbooks were written before
    ws = wb["Matches"]
    rows = {ws.cell(row=i, column=1).value: i for i in range(2, ws.max_row + 1)}
    ws.cell(row=rows[1], column=11, value="确认")
    wb.save(out)
    assert apply_review(out, small_store).confirmed == 1


def test_workbook_reads_and_prints(tmp_path, small_store, encoder):
    """Widths and heights from content, every cell top-aligned, A4 landscape one page wide, header repeated."""
    out, _, _ = make_workbook(tmp_path, small_store, encoder)
    wb = load_workbook(out)
    ws = wb[MATCHES_SHEET]
    width = {c: ws.column_dimensions[c].width for c in "ABCDEFG"}
    # The list's own clause text (D, 条款内容) is about as wide as the counterpart text (G), not 10 characters.
    assert width["D"] >= 30 and width["G"] >= 30
    assert width["A"] <= 10 and width["C"] <= 12  # 序号 and 条款号 stay narrow
    visible = sum(ws.column_dimensions[c].width for c in "ABCDEFGHIJKL")
    assert visible <= 226  # A4 landscape one page wide at a readable scale (about two thirds)
    for sheet in (ws, wb[CANDIDATES_SHEET], wb[INDICATORS_SHEET]):
        assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.print_title_rows == "$1:$1"
    assert wb[SUMMARY_SHEET].page_setup.orientation == "portrait"
    for row in ws.iter_rows(min_row=2):
        for cell in row[:12]:
            if cell.value is not None:
                assert cell.alignment.vertical == "top", cell.coordinate
    # A row's height follows its longest wrapped text: a long clause row is taller than one line.
    heights = [ws.row_dimensions[i].height for i in range(2, ws.max_row + 1)]
    assert all(h and h >= 15 for h in heights)
    assert ws.row_dimensions[1].height >= 30  # two-line headers


def test_gbk_csv_and_standards_list(tmp_path, small_store, encoder):
    path = write_csv(tmp_path / "list.csv", [["标准编号", "标准名称"], ["GB 5749-2022", "生活饮用水卫生标准 硝酸盐限值"]],
                     encoding="gbk")
    table = open_table(path)
    assert table.encoding == "utf-8" or table.encoding == "gb18030"
    result = next(match_rows(table.rows(), small_store, encoder, against="standards", top_k=5))
    standards = [c.clause.standard for c in result.matches]
    assert len(standards) == len(set(standards)) and standards[0] == "WHO GDWQ"


def test_formulas_without_saved_values_are_named(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["标准号", "条款内容"])
    ws.append(["GB 1", "=CONCAT(\"铅\",\"0.2 mg/kg\")"])  # openpyxl saves formulas without cached values
    wb.save(tmp_path / "f.xlsx")
    with pytest.raises(InputFileError, match="formulas with no saved values"):
        open_table(tmp_path / "f.xlsx")


def test_zip_bomb_and_too_many_rows(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * 60_000_000)
    (tmp_path / "bomb.xlsx").write_bytes(buffer.getvalue())
    with pytest.raises(InputFileError, match="zip bomb"):
        open_table(tmp_path / "bomb.xlsx")
    rows = [["标准号", "条款内容"]] + [[f"GB {i}", f"要求 {i}"] for i in range(12)]
    with pytest.raises(InputFileError, match="more than 10 rows"):
        open_table(write_csv(tmp_path / "long.csv", rows), max_rows=10)
    xlsx = write_xlsx(tmp_path / "long.xlsx", {"S": rows})
    with pytest.raises(InputFileError, match="raise the row limit"):
        list(open_table(xlsx, max_rows=10).rows())


def test_a_list_without_columns_of_its_own_shows_the_query(tmp_path, small_store, encoder):
    """An alignment of two standards has no list columns: the query's standard, clause and text are shown."""
    listing = write_xlsx(tmp_path / "list.xlsx", {"清单": LIST})
    out = tmp_path / "aligned.xlsx"
    write_result_workbook(match_rows(open_table(listing).rows(), small_store, encoder), out, headers=[],
                          info=WorkbookInfo(store=str(tmp_path / "server" / "store")), compare=fake_compare)
    wb = load_workbook(out)
    ws = wb[MATCHES_SHEET]
    assert [c.value for c in ws[1]][:4] == ["标准号\nStandard", "条款号\nClause", "条款内容\nText",
                                            MATCH_COLUMNS[0][0]]
    assert ws["A2"].value == "GB 2762-2022" and ws["C2"].value.startswith("谷物中铅")
    assert not ws.column_dimensions["C"].hidden and ws.column_dimensions["C"].width >= 20
    # The Summary names the store by its folder only: no server path in the file a user receives.
    cells = [c for row in wb[SUMMARY_SHEET].iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert "store" in cells and not any(str(tmp_path) in c for c in cells)


def test_indicators_sheet_shows_confidence_and_the_numbers_not_read(tmp_path):
    """A reviewer sees how sure each reading is and which numbers of the pair were read as nothing."""
    from compare.core.model import Candidate, Clause, InputRow, MatchResult
    from compare.core.vocabulary import Side
    from compare.indicators.verdicts import compare_clauses
    from compare.io.workbook import UNREAD_PARAMETER

    def judged(domestic, international):
        return compare_clauses(domestic, international).to_dict()

    rows = [("导体电阻应符合23/50的规定，铅不得超过0.2 mg/kg。", "Lead: maximum level 0.1 mg/kg, see 60227."),
            ("铅（以Pb计）不得超过0.2 mg/kg。", "Lead: maximum level 0.2 mg/kg.")]
    results = []
    for i, (domestic, international) in enumerate(rows, start=1):
        counterpart = Clause(id=i, standard="CXS 193-1995", clause=str(i), text=international, lang="en",
                             side=Side.INTERNATIONAL)
        results.append(MatchResult(InputRow(i, i + 1, domestic, "GB 2762-2022", str(i), lang="zh"), "zh",
                                   Side.INTERNATIONAL, (Candidate(counterpart, 90.0, 0.8),)))
    out = tmp_path / "result.xlsx"
    write_result_workbook(results, out, headers=[], info=WorkbookInfo(source="list.csv", store="store"),
                          compare=judged)
    sheet = load_workbook(out)[INDICATORS_SHEET]
    header = [c.value for c in sheet[1]]
    assert header[5].startswith("置信度")
    body = list(sheet.iter_rows(min_row=2, values_only=True))
    first = [r for r in body if r[0] == 1]
    assert [r[1] for r in first][-1] == UNREAD_PARAMETER  # below the pair's indicators
    assert first[-1][2] == "23/50" and first[-1][3] == "60227"
    lead = first[0]
    assert lead[4].startswith("宽于") or "looser" in lead[4]
    assert 0.0 < lead[5] <= 1.0
    # A pair with every number read has no such row.
    assert [r[1] for r in body if r[0] == 2] and UNREAD_PARAMETER not in [r[1] for r in body if r[0] == 2]


def workbook_of_one_pair(tmp_path, domestic: str, international: str):
    """The review workbook of one domestic row matched to one international clause, judged for real."""
    return workbook_of_pairs(tmp_path, [(domestic, international)])


def workbook_of_pairs(tmp_path, pairs: list[tuple[str, str]]):
    """The review workbook of domestic rows (1, 2, ...) each matched to its international clause, judged for real."""
    from compare.core.model import Candidate, Clause, InputRow, MatchResult
    from compare.core.vocabulary import Side
    from compare.indicators.verdicts import compare_clauses

    results = []
    for i, (domestic, international) in enumerate(pairs, start=1):
        counterpart = Clause(id=i, standard="ISO 712:2009", clause=str(i + 4), text=international, lang="en",
                             side=Side.INTERNATIONAL)
        results.append(MatchResult(InputRow(i, i + 1, domestic, "GB 5009.3-2016", str(i), lang="zh"), "zh",
                                   Side.INTERNATIONAL, (Candidate(counterpart, 90.0, 0.8),)))
    out = tmp_path / "result.xlsx"
    write_result_workbook(results, out, headers=[], info=WorkbookInfo(source="list.csv", store="store"),
                          compare=lambda d, i: compare_clauses(d, i).to_dict())
    return out

def test_indicator_values_read_as_written_and_every_indicator_row_filtered(tmp_path):
    """A tolerance keeps its tolerance ('(23 ± 2) ℃', not '±23.0 ℃', which hid why (23 ± 2) is stricter than
    (23 ± 5)), numbers print as written (130–133, not 130.0–133.0), and the Indicators sheet's autofilter covers
    all its columns and rows, the rows of numbers not read included."""
    from compare.io.workbook import UNREAD_PARAMETER

    out = workbook_of_one_pair(tmp_path, "温度（23±2）℃，在130 ℃～133 ℃下干燥，质量差不超过2 mg，见23/50。",
                               "temperature 23 °C ± 5 °C, dried between 130 °C and 133 °C, mass difference max 2 mg.")
    sheet = load_workbook(out)[INDICATORS_SHEET]
    values = {(r[2], r[3]) for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert ("(23 ± 2) ℃", "(23 ± 5) °C") in values
    assert ("130–133 ℃", "130–133 °C") in values and ("≤2 mg", "≤2 mg") in values
    assert sheet.auto_filter.ref == f"A1:H{sheet.max_row}" and sheet["A1"].value.startswith("行号")
    assert sheet.cell(row=sheet.max_row, column=2).value == UNREAD_PARAMETER  # '23/50', read as no value


def test_missing_indicators_are_labelled_in_words_and_old_labels_still_read(tmp_path):
    """'国际缺项 / missing international', not the identifier 'missing_international' (which a narrow verdict
    column broke as 'missing_internation / al'); a workbook written with the old labels still reads back."""
    from compare.core.vocabulary import Verdict
    from compare.io.report_data import summary_from_workbook

    out = workbook_of_one_pair(tmp_path, "铅不得超过0.2 mg/kg，干燥2 h～4 h。", "Lead: maximum level 0.2 mg/kg.")
    wb = load_workbook(out)
    labels = [r[4] for r in wb[INDICATORS_SHEET].iter_rows(min_row=2, values_only=True)]
    assert "国际缺项 / missing international" in labels and "一致 / consistent" in labels
    summary_text = [r[0] for r in wb[SUMMARY_SHEET].iter_rows(values_only=True) if r[0]]
    assert not any("_" in text for text in summary_text if "缺项" in text)
    assert summary_from_workbook(out).summary.indicator_verdicts[Verdict.MISSING_INTERNATIONAL] == 1
    sheet = wb[INDICATORS_SHEET]
    for row in sheet.iter_rows(min_row=2):
        if row[4].value == "国际缺项 / missing international":
            row[4].value = "国际缺项 / missing_international"  # as workbooks written before this wrote it
    wb.save(out)
    assert summary_from_workbook(out).summary.indicator_verdicts[Verdict.MISSING_INTERNATIONAL] == 1


def test_the_reviewers_empty_cells_already_wrap(tmp_path):
    """A note typed into 审核意见 wraps and starts at the top like the rest of the row (it was an unstyled cell: one
    long line running over the next columns); the 审核 cell is top-aligned too."""
    out = workbook_of_one_pair(tmp_path, "铅不得超过0.2 mg/kg。", "Lead: maximum level 0.2 mg/kg.")
    ws = load_workbook(out)[MATCHES_SHEET]
    header = [c.value for c in ws[1]]
    review = next(i for i, h in enumerate(header, start=1) if h.startswith("审核\n"))
    note = next(i for i, h in enumerate(header, start=1) if h.startswith("审核意见"))
    assert ws.cell(row=2, column=note).value is None and ws.cell(row=2, column=note).alignment.wrap_text
    assert ws.cell(row=2, column=note).alignment.vertical == "top"
    assert ws.cell(row=2, column=review).alignment.vertical == "top"


def test_the_summary_counts_clauses_with_a_missing_indicator(tmp_path):
    """The four-way table's Clauses column gave 0 for both missing rows whatever the list held: a clause's overall
    verdict is one of the four, so no clause had 'missing' as its overall verdict. Those rows now count the clauses
    with at least one missing indicator, on the Summary sheet and in the report read back from the workbook."""
    from compare.core.vocabulary import Verdict
    from compare.io.report_data import summary_from_workbook

    out = workbook_of_one_pair(tmp_path, "铅不得超过0.2 mg/kg，干燥2 h～4 h。", "Lead: maximum level 0.2 mg/kg.")
    rows = {r[0]: r for r in load_workbook(out)[SUMMARY_SHEET].iter_rows(values_only=True) if r[0]}
    missing_row = next(r for label, r in rows.items() if label.startswith("国际缺项"))
    assert missing_row[1] == 1 and missing_row[3] == 1          # one indicator, in one clause
    assert next(r for label, r in rows.items() if label.startswith("不同"))[3] == 1   # its overall verdict
    assert any(str(label).startswith("条款数：") for label in rows)
    summary = summary_from_workbook(out).summary
    assert summary.clauses_with[Verdict.MISSING_INTERNATIONAL] == 1
    assert summary.verdicts[Verdict.DIFFERENT] == 1 and summary.verdicts[Verdict.MISSING_INTERNATIONAL] == 0


def test_every_bold_header_fits_its_row(tmp_path):
    """The Review header ('审核 / Review (确认/驳回/待定)') wrapped to four lines in a column of 10 and its first
    line was cut off by its row in LibreOffice's rendering: the header row is measured for bold text (a tenth
    wider), and every header of every sheet fits it."""
    from compare.io.sheet_layout import LINE_HEIGHT, lines_needed

    out = workbook_of_one_pair(tmp_path, "铅不得超过0.2 mg/kg。", "Lead: maximum level 0.2 mg/kg.")
    wb = load_workbook(out)
    for name in (MATCHES_SHEET, CANDIDATES_SHEET, INDICATORS_SHEET):
        ws = wb[name]
        height = ws.row_dimensions[1].height
        for cell in ws[1]:
            column = ws.column_dimensions[cell.column_letter]
            if cell.value and not column.hidden:
                needed = lines_needed(cell.value, column.width * 0.9) * LINE_HEIGHT
                assert needed <= height, (name, cell.value, column.width, height)
    review = wb[MATCHES_SHEET]
    header = [c.value for c in review[1]]
    letter = review.cell(row=1, column=header.index("审核\nReview (确认/驳回/待定)") + 1).column_letter
    assert lines_needed("审核\nReview (确认/驳回/待定)", review.column_dimensions[letter].width * 0.9) <= 3


def test_a_candidate_row_is_as_tall_as_its_text_not_its_clause_label(tmp_path):
    """The Candidates sheet gave the candidate's clause 12 widths, so a label such as 'Schedule I, Lead, cereal
    grains' took three lines and set the row's height for two-line texts: the sample workbook printed 15 pages of
    candidates (26 in all; 22 after, soffice --headless --convert-to pdf)."""
    from compare.io.sheet_layout import lines_needed
    from compare.io.workbook import CANDIDATE_COLUMNS

    widths = {name.split("\n")[1]: width for name, width in CANDIDATE_COLUMNS}
    for label in ("Schedule I, Lead, cereal grains", "Table A3.3, chromium", "Schedule I, Cadmium, wheat",
                  "Table 2, shaft g, above 18 mm", "15.3"):
        assert lines_needed(label, widths["Candidate clause"]) <= 2, label
    for standard in ("CXS 193-1995", "ISO 286-1:2010", "GB/T 1800.1-2020"):
        assert lines_needed(standard, widths["Candidate standard"]) == 1, standard
    out = workbook_of_one_pair(tmp_path, "铅不得超过0.2 mg/kg。", "Lead: the maximum level (ML) for cereal grains is "
                               "0.2 mg/kg.")
    sheet = load_workbook(out)[CANDIDATES_SHEET]
    assert sheet.row_dimensions[2].height <= 2 * 15.0 + 2.0


def test_a_total_row_is_no_clause_and_leaves_the_coverage_alone(tmp_path, small_store, encoder):
    """A list that ends with a total row ('合计' ... '共 4 条'): the row was matched as a clause, found nothing and
    counted as a row without a counterpart, so the Summary's coverage read 3 of 5 where 3 of 4 clauses were
    found, and the reviewer was asked to check it."""
    listing = write_xlsx(tmp_path / "list.xlsx", {"清单": LIST[2:7] + [["合计", None, None, "共 4 条"]]})
    table = open_table(listing)
    rows = list(table.rows())
    assert (rows[-1].text, rows[-1].skip, rows[-1].original["条款内容"]) == ("", "total row", "共 4 条")
    assert not any(r.skip for r in rows[:-1])
    out = tmp_path / "result.xlsx"
    write_result_workbook(match_rows(table.rows(), small_store, encoder), out, headers=table.headers,
                          info=WorkbookInfo(store="s", model=encoder.name, source="list.xlsx"), compare=fake_compare)
    wb = load_workbook(out)
    last = list(wb[MATCHES_SHEET].iter_rows(min_row=2, values_only=True))[-1]
    assert last[0] == "合计" and last[3] == "共 4 条" and last[9] == "合计行 / total row: not a clause"
    figures = {r[0]: r[1:] for r in wb[SUMMARY_SHEET].iter_rows(values_only=True) if r[0]}
    assert figures["找到对应条款的行 / Rows with a counterpart"][:2] == (3, pytest.approx(3 / 4))


@pytest.mark.parametrize("first,total", [("合计", True), ("总计：12条", True), ("小 计", True), ("Total", True),
                                         ("Total: 12 rows", True), ("合计人数较多的企业", False),
                                         ("Total dissolved solids shall not exceed 1000 mg/L", False),
                                         ("12", False)])
def test_which_first_cells_make_a_total_row(first, total):
    from compare.io.readers import _total_row

    assert bool(_total_row(["", first, "x"])) is total


def test_one_standard_written_several_ways_is_one_standard(tmp_path, small_store, encoder):
    """A list pasted from several sources wrote GB 2762-2022 as 'GB 2762-2022', 'GB2762-2022' and 'GB 2762—2022':
    the Summary sheet counted 3 listed standards, each with a degree of its own (IDT, NEQ, IDT), and so did the
    roll-up `match` prints."""
    from compare.indicators.rollup import roll_up_matches
    from compare.indicators.verdicts import compare_clauses
    from compare.matching.lists import attach_comparisons

    listing = write_csv(tmp_path / "list.csv", [["标准号", "条款号", "条款内容"],
                                                ["GB 2762-2022", "4.1", "谷物中铅（以Pb计）的限量为0.2 mg/kg"],
                                                ["GB2762-2022", "4.3", "大米中镉（以Cd计）限量不大于0.2 mg/kg"],
                                                ["ＧＢ　２７６２—２０２２", "4.5", "谷物中铅（以Pb计）限量 0.2 mg/kg"]])
    results = list(attach_comparisons(match_rows(open_table(listing).rows(), small_store, encoder)))
    assert [(r.domestic, r.clauses) for r in roll_up_matches(results)] == [("GB 2762-2022", 3)]
    out = tmp_path / "result.xlsx"
    summary = write_result_workbook(results, out, headers=["标准号", "条款号", "条款内容"],
                                    info=WorkbookInfo(store="s", model=encoder.name, source="list.csv"),
                                    compare=lambda d, e: compare_clauses(d, e).to_dict())
    assert summary.standards == {"GB 2762-2022"} and [r.domestic for r in summary.degree_rows()] == ["GB 2762-2022"]
    figures = {r[0]: r[1:] for r in load_workbook(out)[SUMMARY_SHEET].iter_rows(values_only=True) if r[0]}
    assert figures["清单中的标准 / Standards listed"][0] == 1
    # the workbook keeps each row's number as the list wrote it
    assert [r[0] for r in load_workbook(out)[MATCHES_SHEET].iter_rows(min_row=2, values_only=True)] == \
        ["GB 2762-2022", "GB2762-2022", "ＧＢ　２７６２—２０２２"]


def test_the_adoption_section_starts_a_printed_page(tmp_path):
    """Printed, the Summary sheet cut the adoption table after its first row (LibreOffice, A4 landscape): the
    section now starts a page of its own, by a row break right above its title, and no other section does."""
    out = workbook_of_one_pair(tmp_path, "铅不得超过0.2 mg/kg。", "Lead: maximum level 0.2 mg/kg.")
    ws = load_workbook(out)[SUMMARY_SHEET]
    titles = {row: str(ws.cell(row, 1).value) for row in range(1, ws.max_row + 1)
              if str(ws.cell(row, 1).value or "")[1:2] == "、"}
    adoption = next(row for row, text in titles.items() if "Adoption rate" in text)
    assert [brk.id for brk in ws.row_breaks.brk] == [adoption - 1]
    assert len(titles) >= 5

"""The report workbook for the sample catalogues, read back; formula-like text stays text."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from compare.adoption.rate import assess
from compare.adoption.report import result_to_dict, write_report
from compare.adoption.catalogue import build_catalogue, read_catalogue
from compare.core.errors import InputFileError
from compare.core.model import InputRow

SAMPLES = Path(__file__).resolve().parents[3] / "data" / "catalogues"


@pytest.fixture(scope="module")
def sample_result(encoder):
    return assess(read_catalogue(SAMPLES / "international.csv", "international"),
                  read_catalogue(SAMPLES / "domestic.csv", "domestic"), encode=encoder.encode,
                  encoder_name=encoder.name)


def rows(ws):
    return [r for r in ws.iter_rows(values_only=True)]


def test_sample_report_reads_back_with_the_figures(sample_result, tmp_path):
    path = write_report(sample_result, tmp_path / "report.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Summary", "Standards", "Gaps", "Outdated", "Outside the rate", "Links", "Notes"]

    summary = rows(wb["Summary"])
    header_at = next(i for i, r in enumerate(summary) if r[0] == "ICS field")
    table = {r[0]: r for r in summary[header_at + 1:] if r[0]}
    overall = sample_result.overall
    assert table["all"][3:7] == (overall.in_scope, overall.idt, overall.mod, overall.adopted)
    assert table["all"][11] == overall.rate
    for figures in sample_result.fields:
        assert table[figures.field][3] == figures.in_scope and table[figures.field][11] == figures.rate
    # The rule is stated, and Codex (CXS 193) is outside the rate under the default 2025 rule.
    assert any("ISO, IEC, ITU" in str(r[0]) for r in summary[:header_at])
    assert [r[0] for r in rows(wb["Outside the rate"])[1:]] == ["CXS 193-1995"]
    assert len(wb["Summary"]._charts) == 1
    assert wb["Summary"].freeze_panes == f"A{header_at + 2}"

    gaps = rows(wb["Gaps"])[1:]
    assert [g[2] for g in gaps] == [o.standard.label for o in sample_result.gaps]
    fields = [g[0] for g in gaps]
    assert fields == sorted(fields, key=lambda f: (f == "-", f))      # sorted by field, unclassified last
    outdated = {r[1]: r[3] for r in rows(wb["Outdated"])[1:]}
    assert outdated["ISO/IEC 27001:2022"] == "GB/T 22080-2016"
    assert outdated["IEC 60335-1:2020"] == "GB 4706.1-2005"
    notes = [r[0] for r in rows(wb["Notes"])[1:]]
    assert {"duplicate", "empty_title", "unparseable_note", "withdrawn", "edition"} <= set(notes)
    assert wb["Gaps"].freeze_panes == "A2" and wb["Gaps"].auto_filter.ref.startswith("A1:")


def test_sample_figures_match_the_declared_adoptions(sample_result):
    """The sample's declared adoptions give the rate: every declared IDT/MOD of a current GB counts once."""
    declared = {o.standard.key for o in sample_result.outcomes if o.adopted and o.best.route == "declared"}
    assert {"ISO 9001", "ISO/IEC 27001", "ISO 286-1", "IEC 60335-1", "ISO 45001", "ISO 19011"} <= declared
    assert sample_result.overall.adopted == len({o.standard.key for o in sample_result.outcomes if o.adopted})
    data = result_to_dict(sample_result)
    assert data["overall"]["adopted"] == sample_result.overall.adopted
    assert len(data["gaps"]) == len(sample_result.gaps)


def test_formula_like_text_stays_text(tmp_path):
    international = build_catalogue([InputRow(row=1, line=2, text="", original={
        "n": "ISO 9001:2015", "t": "=HYPERLINK(\"http://x\")", "s": "current"})], "international",
        {"number": "n", "title": "t", "status": "s"})
    domestic = build_catalogue([InputRow(row=1, line=2, text="", original={
        "n": "GB/T 19001-2016", "t": "@质量管理体系", "a": "+IDT ISO 9001:2015"})], "domestic",
        {"number": "n", "title": "t", "note": "a"})
    path = write_report(assess(international, domestic), tmp_path / "r.xlsx")
    ws = load_workbook(path)["Standards"]
    title, domestic_title = ws["D2"], ws["H2"]
    assert title.value.startswith("=") and title.data_type == "s"
    assert domestic_title.value.startswith("@") and domestic_title.data_type == "s"


def test_report_must_be_xlsx(sample_result, tmp_path):
    with pytest.raises(InputFileError, match=".xlsx"):
        write_report(sample_result, tmp_path / "report.csv")
    assert not (tmp_path / "report.csv").exists()


def test_every_sheet_prints_one_page_wide_with_its_header(sample_result, tmp_path):
    """The adoption workbook had no page set-up: LibreOffice printed the sample's Summary cut into columns across
    pages (the headline 'Overall adoption rate 68.8 % ... not met' split over two, the chart cut in half) and 33
    pages in all. Every sheet now prints A4 landscape, one page wide, its header row on every page."""
    path = write_report(sample_result, tmp_path / "report.xlsx")
    wb = load_workbook(path)
    for ws in wb.worksheets:
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert (ws.page_setup.orientation, int(ws.page_setup.paperSize)) == ("landscape", 9), ws.title
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0), ws.title
        header_at = 1 if ws.title != "Summary" else next(
            i for i, r in enumerate(ws.iter_rows(values_only=True), start=1) if r[0] == "ICS field")
        assert ws.print_title_rows == f"${header_at}:${header_at}", ws.title


def test_rows_are_as_tall_as_their_wrapped_text(sample_result, tmp_path):
    """Rows were written with no height, so wrapped titles and field names printed over the rows below them
    (LibreOffice: 'Services. Company organization ...' over 'Health care technology')."""
    from compare.io.sheet_layout import LINE_HEIGHT, lines_needed

    wb = load_workbook(write_report(sample_result, tmp_path / "report.xlsx"))
    for name in ("Summary", "Standards", "Gaps", "Links", "Notes"):
        ws = wb[name]
        widths = {c: ws.column_dimensions[c].width for c in ws.column_dimensions}
        start = 2 if name != "Summary" else next(
            i for i, r in enumerate(ws.iter_rows(values_only=True), start=1) if r[0] == "ICS field")
        for row in ws.iter_rows(min_row=start):
            needed = max(lines_needed(c.value, widths.get(c.column_letter, 13)) for c in row if c.value is not None)
            assert ws.row_dimensions[row[0].row].height >= needed * LINE_HEIGHT, (name, row[0].row)


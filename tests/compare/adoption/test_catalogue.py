"""Catalogues: columns found by their usual names, statuses, duplicates, empty titles, bad numbers."""

from __future__ import annotations

import csv

import pytest
from openpyxl import Workbook

from compare.adoption.catalogue import CURRENT, DRAFT, WITHDRAWN, parse_ics, parse_status, parse_year, read_catalogue
from compare.core.errors import ColumnError, InvalidRowsError


def write_csv(path, rows, encoding="utf-8"):
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def test_xlsx_with_title_row_and_chinese_headers(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["2024年国家标准目录（节选）"])
    ws.append(["序号", "标准号", "标准名称", "英文名称", "ICS", "发布日期", "状态", "采用国际标准", "采用程度"])
    ws.append([1, "GB/T 19001—2016", "质量管理体系 要求", "Quality management systems—Requirements",
               "03.120.10;01.040.03", "2016-12-30", "现行", "ISO 9001:2015", "IDT"])
    ws.append([2, "GB/T 19001-2008", "质量管理体系 要求", "", "03.120.10", "2008-10-29", "废止",
               "ISO 9001:2008", "IDT"])
    wb.save(tmp_path / "domestic.xlsx")

    catalogue = read_catalogue(tmp_path / "domestic.xlsx", "domestic")

    first, second = catalogue.entries
    assert first.label == "GB/T 19001-2016" and first.key == second.key == "GB/T 19001"
    assert first.title_en.startswith("Quality") and first.ics == "03.120.10" and first.field == "03"
    assert first.status == CURRENT and second.status == WITHDRAWN
    assert first.note.degree == "IDT" and str(first.note.references[0].number) == "ISO 9001:2015"


def test_gb18030_csv_with_double_number_and_problem_rows(tmp_path):
    path = write_csv(tmp_path / "d.csv", [
        ["标准号", "标准名称", "状态", "采标情况"],
        ["GB/T 24001—2016/ISO 14001:2015", "环境管理体系 要求及使用指南", "现行", ""],
        ["GB/T 24001-2016", "环境管理体系 要求及使用指南", "现行", ""],     # the same edition again
        ["GB/T 3358.2-2009", "", "现行", ""],                               # no title
        ["第3358号", "统计学词汇", "", ""],                                 # not a standard number
        ["", "无编号", "现行", ""],                                         # no number at all
    ], encoding="gb18030")

    catalogue = read_catalogue(path, "domestic")

    assert [e.label for e in catalogue.entries] == ["GB/T 24001-2016", "GB/T 3358.2-2009", "第3358号"]
    assert str(catalogue.entries[0].adopts) == "ISO 14001:2015"
    kinds = [i.kind for i in catalogue.issues]
    assert kinds.count("duplicate") == 1 and "empty_title" in kinds and "bad_number" in kinds
    assert "no_number" in kinds
    assert any("no status" in i.message for i in catalogue.issues)


def test_international_catalogue_with_iso_stage_codes(tmp_path):
    path = write_csv(tmp_path / "i.csv", [
        ["reference", "title.en", "icsCode", "currentStage"],
        ["ISO 9001:2015", "Quality management systems — Requirements", "03.120.10", "90.93"],
        ["ISO 9001:2008", "Quality management systems — Requirements", "03.120.10", "95.99"],
        ["ISO/DIS 9001", "Quality management systems — Requirements", "03.120.10", "40.20"],
    ])

    catalogue = read_catalogue(path, "international")

    assert [e.status for e in catalogue.entries] == [CURRENT, WITHDRAWN, DRAFT]
    assert catalogue.entries[0].any_title.startswith("Quality")


def test_missing_number_column_says_what_to_name_it(tmp_path):
    path = write_csv(tmp_path / "x.csv", [["名称", "状态"], ["质量管理体系 要求", "现行"]])
    with pytest.raises(ColumnError, match="标准号"):
        read_catalogue(path, "domestic")


def test_catalogue_without_usable_rows_is_refused(tmp_path):
    path = write_csv(tmp_path / "x.csv", [["标准号", "标准名称"], ["", "质量管理体系 要求"]])
    with pytest.raises(InvalidRowsError, match="no usable rows"):
        read_catalogue(path, "domestic")


@pytest.mark.parametrize("text, status", [
    ("现行", CURRENT), ("废止", WITHDRAWN), ("被代替", WITHDRAWN), ("Withdrawn", WITHDRAWN), ("current", CURRENT),
    ("即将实施", CURRENT), ("60.60", CURRENT), ("95.99", WITHDRAWN), ("30.00", DRAFT), ("", CURRENT),
])
def test_status_words_and_stage_codes(text, status):
    assert parse_status(text)[0] == status


def test_unknown_status_is_current_with_an_issue():
    status, issue = parse_status("待定")
    assert status == CURRENT and "unknown status" in issue


def test_year_and_ics_cells():
    assert parse_year("2016-12-30 00:00:00") == 2016 and parse_year("") is None
    assert parse_ics("ICS 13.020.10; 03.100.70") == "13.020.10" and parse_ics("") == ""


def test_swapped_catalogues_are_refused(tmp_path):
    path = write_csv(tmp_path / "gb.csv", [["标准号", "标准名称"], ["GB/T 19001-2016", "质量管理体系 要求"],
                                          ["GB/T 24001-2016", "环境管理体系 要求及使用指南"]])
    with pytest.raises(InvalidRowsError, match="swapped") as err:
        read_catalogue(path, "international")
    assert err.value.option == "domestic"

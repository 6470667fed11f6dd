"""Catalogues: columns found by their usual names, statuses, duplicates, empty titles, bad numbers."""

from __future__ import annotations

import csv
from pathlib import Path

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


def test_a_file_given_as_the_catalogue_of_a_list_says_what_it_is_and_what_a_catalogue_needs(tmp_path):
    """`match --catalogue` (and a job's catalogue) read any file with a number column as a catalogue: a list of
    clauses was taken and stated nothing (the list matched on titles alone, without a word); an unrelated sheet
    was refused with the list reader's advice to name a text column."""
    from compare.adoption.catalogue import CATALOGUE, read_adoption_catalogue
    from compare.core.errors import InputFileError

    def refused(path, kind=ColumnError):
        with pytest.raises(kind) as caught:
            read_adoption_catalogue(path)
        assert caught.value.option == CATALOGUE  # the web page marks its catalogue field
        return str(caught.value)

    clauses = write_csv(tmp_path / "条款清单.csv", [["标准号", "条款号", "条款内容"],
                                                ["GB 2762-2022", "4.1", "谷物中铅（以Pb计）≤0.2 mg/kg"]])
    message = refused(clauses)
    assert "条款清单.csv is a list of clauses" in message and "'条款内容'" in message
    assert "give it as the list to match" in message and "采标情况" in message
    unrelated = write_csv(tmp_path / "经费.csv", [["姓名", "部门", "金额"], ["张三", "标准处", "1200"]])
    message = refused(unrelated)
    assert message.startswith("经费.csv is not a catalogue of standards (found the columns 姓名, 部门, 金额)")
    assert "text column" not in message and "条款内容" not in message and "标准号 and 标准名称" in message
    titles_only = write_csv(tmp_path / "标准名单.csv", [["标准号", "标准名称"], ["GB/T 6529-2008", "纺织品 调湿"]])
    message = refused(titles_only)
    assert "标准名单.csv states no adoption" in message and "采标情况" in message
    international = write_csv(tmp_path / "iso.csv", [["Reference", "Title", "Status"],
                                                     ["ISO 139:2005", "Textiles — Standard atmospheres", "60.60"]])
    assert "is a catalogue of international standards (1 of its 1 numbers)" in refused(international, InvalidRowsError)
    garbage = tmp_path / "目录.xlsx"
    garbage.write_bytes(b"not a workbook at all")
    assert "目录.xlsx is not an Excel .xlsx file" in refused(garbage, InputFileError)
    # what is a catalogue stays one: an adoption column, or double numbers alone
    stated = read_adoption_catalogue(write_csv(tmp_path / "ok.csv", [["标准号", "标准名称", "采标情况"],
                                                                     ["GB/T 6529-2008", "纺织品", "ISO 139:2005, MOD"]]))
    assert str(stated.entries[0].note.references[0].number) == "ISO 139:2005"
    doubled = read_adoption_catalogue(write_csv(tmp_path / "double.csv", [
        ["标准号", "标准名称"], ["GB/T 19001-2016/ISO 9001:2015", "质量管理体系 要求"]]))
    assert str(doubled.entries[0].adopts) == "ISO 9001:2015"
    sample = Path(__file__).resolve().parents[3] / "data" / "catalogues" / "domestic.csv"
    assert len(read_adoption_catalogue(sample).entries) > 5

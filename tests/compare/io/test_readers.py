"""Reading the files users bring: encodings, header detection, Chinese headers, and clear refusals."""

from __future__ import annotations

import json

import pytest

from compare.core.errors import ColumnError, InputFileError
from compare.io.readers import open_table
from tests.conftest import write_csv, write_xlsx

ROWS = [["标准号", "条款号", "条款内容"],
        ["GB 2762-2022", "4.1", "谷物中铅（以Pb计）的限量为0.2 mg/kg"],
        ["GB 5749-2022", "表1", "硝酸盐（以N计）不得超过10 mg/L"]]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_csv_encodings_are_detected(tmp_path, encoding):
    path = write_csv(tmp_path / "list.csv", ROWS, encoding=encoding)
    table = open_table(path)
    rows = list(table.rows())
    assert table.columns == {"standard": "标准号", "clause": "条款号", "text": "条款内容"}
    assert [r.text for r in rows] == [ROWS[1][2], ROWS[2][2]]
    assert rows[1].standard == "GB 5749-2022" and rows[1].clause == "表1"


def test_tab_and_semicolon_delimiters(tmp_path):
    path = tmp_path / "list.tsv"
    path.write_text("\n".join("\t".join(r) for r in ROWS), encoding="utf-8")
    assert [r.clause for r in open_table(path).rows()] == ["4.1", "表1"]
    path = tmp_path / "semi.csv"
    path.write_text("\n".join(";".join(r) for r in ROWS), encoding="utf-8")
    assert [r.clause for r in open_table(path).rows()] == ["4.1", "表1"]


def test_xlsx_with_title_row_merged_cells_and_blank_rows(tmp_path):
    sheet = [["食品污染物限量比对清单", None, None, None], [None] * 4,
             ["序号", "标准号", "条款号", "条款内容"],
             [1, "GB 2762-2022", 4.1, "谷物中铅的限量为0.2 mg/kg"],
             [None, None, None, None],
             [2, "GB 2762-2022", "4.3", "大米中镉限量不大于0.2 mg/kg"]]
    path = write_xlsx(tmp_path / "list.xlsx", {"说明": [["本文件用于比对"]], "清单": sheet}, merge={"清单": "A1:D1"})
    table = open_table(path)
    rows = list(table.rows())
    assert table.sheet == "清单" and table.header_line == 3
    assert [r.row for r in rows] == [1, 2] and [r.line for r in rows] == [4, 6]
    assert rows[0].clause == "4.1"  # a number typed into Excel comes back as the clause text
    assert rows[0].original["序号"] == 1


def test_cells_merged_down_a_column_give_their_value_to_every_row(tmp_path):
    """Officials merge a standard's number (and title) down the rows of its clauses, and head two-level headers
    with cells merged down two rows. Only the first cell of a merge holds the value in the file: the header of
    the standard column (merged over the two header rows) was not found, and every clause but a standard's first
    read as having no standard, so its review was keyed by its text and its roll-up went to '(no standard)'."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "比对清单"
    for row in (["食品与电器标准比对清单"], ["序号", "标准号", "条款", None, "备注"], [None, None, "条款号", "条款内容"],
                ["1", "GB 2762-2022", "4.1", "谷物中铅的限量为0.2 mg/kg"], ["2", None, "4.3", "大米中镉限量不大于0.2 mg/kg"],
                ["3", None, "4.5", "鱼类中汞限量为0.5 mg/kg"], ["二、家用电器"],
                ["4", "GB 4706.1-2005", "13.2", "Ⅰ类器具泄漏电流不应大于0.75 mA"]):
        ws.append(row)
    for cells in ("A1:E1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "B4:B6", "A7:E7"):
        ws.merge_cells(cells)
    wb.save(tmp_path / "list.xlsx")
    table = open_table(tmp_path / "list.xlsx")
    rows = list(table.rows())
    assert table.header_line == 3 and table.columns["standard"] == "标准号" and table.columns["text"] == "条款内容"
    assert [(r.standard, r.clause) for r in rows if r.text] == [
        ("GB 2762-2022", "4.1"), ("GB 2762-2022", "4.3"), ("GB 2762-2022", "4.5"), ("GB 4706.1-2005", "13.2")]
    assert rows[1].original["标准号"] == "GB 2762-2022"  # the Matches sheet shows it on every row too
    # a section row merged across the table is no clause, and gives its words to no other cell
    assert [r.original["序号"] for r in rows if not r.text] == ["二、家用电器"]


def test_named_columns_and_sheet(tmp_path):
    path = write_xlsx(tmp_path / "x.xlsx", {"A": [["编号", "正文"], ["GB 1", "要求 5 mg"]]})
    with pytest.raises(ColumnError) as err:
        open_table(path)
    assert "编号, 正文" in str(err.value) and err.value.option == "text_column"  # the ways in add their hint
    table = open_table(path, columns={"text": "正文", "standard": "编号"})
    assert [(r.standard, r.text) for r in table.rows()] == [("GB 1", "要求 5 mg")]
    with pytest.raises(ColumnError, match="sheet 'B' not found"):
        open_table(path, sheet="B")
    with pytest.raises(ColumnError, match="column '内容X' not found"):
        open_table(path, columns={"text": "内容X"})


def test_list_of_whole_standards_uses_the_title(tmp_path):
    path = write_csv(tmp_path / "standards.csv", [["标准号", "标准名称"], ["GB/T 19001-2016", "质量管理体系 要求"]])
    rows = list(open_table(path).rows())
    assert rows[0].text == "质量管理体系 要求" and rows[0].title == "质量管理体系 要求"


def test_jsonl(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps({"standard": "ISO 712", "clause": str(i), "text": f"t{i}"})
                              for i in range(3)) + "\n\n", encoding="utf-8")
    assert [r.text for r in open_table(path).rows()] == ["t0", "t1", "t2"]
    path.write_text('{"text": "ok"}\n{not json}\n', encoding="utf-8")
    with pytest.raises(InputFileError, match="line 2 is not valid JSON"):
        open_table(path)


@pytest.mark.parametrize("name,content,message", [
    ("missing.csv", None, "file not found"),
    ("list.pdf", b"%PDF-1.4", "damaged PDF"),
    ("list.odt", b"PK\x03\x04", "OpenDocument .*save it as .docx"),
    ("old.xls", b"\xd0\xcf\x11\xe0", "save it as .xlsx"),
    ("fake.xlsx", b"just text", "not an Excel .xlsx file"),
    ("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "password-protected"),
    ("broken.xlsx", b"PK\x03\x04garbage", "xlsx"),
    ("empty.csv", b"", "empty"),
    ("binary.csv", b"\x00\x01\x02\x03" * 10, "binary"),
    ("latin.csv", "text\ncaf\xe9".encode("latin-1") + b"\x81\xff", "cannot decode"),
])
def test_bad_files_get_clear_messages(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputFileError, match=message):
        open_table(path)


def test_a_streamed_workbook_without_dimensions_still_gives_a_row_count(tmp_path):
    # Workbooks written by streaming tools declare no dimensions; the progress bar still needs a total.
    from openpyxl import Workbook, load_workbook

    from compare.io.readers import _count_rows

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("清单")
    ws.append(["重点领域标准比对清单"])
    ws.append([])
    ws.append(["标准号", "条款号", "条款内容"])
    for i in range(1234):
        ws.append(["GB 2762-2022", f"4.{i}", f"谷物中铅的限量为0.{i % 9 + 1} mg/kg"])
    path = tmp_path / "streamed.xlsx"
    wb.save(path)
    assert load_workbook(path, read_only=True)["清单"].max_row is None  # no dimensions declared
    table = open_table(path)
    assert table.total_hint == 1234 == len(list(table.rows()))
    sheet = load_workbook(path, read_only=True)["清单"]
    # the count does not depend on where the reads cut the XML
    assert {_count_rows(path, sheet, chunk=size) for size in (7, 16, 17, 100, 4096)} == {1237}
    assert _count_rows(path, sheet, limit=100) is None


def test_a_workbook_over_the_row_limit_is_refused_before_any_row_is_read(tmp_path):
    rows = [["标准号", "条款号", "条款内容"]] + [["GB 2762-2022", f"4.{i}", f"限量为0.{i % 9 + 1} mg/kg"]
                                                 for i in range(50)]
    path = write_xlsx(tmp_path / "清单.xlsx", {"清单": rows})
    with pytest.raises(InputFileError, match="more than 10 rows"):
        open_table(path, max_rows=10)  # at open: no row is matched first
    assert len(list(open_table(path, max_rows=50).rows())) == 50


def test_a_workbook_declaring_too_many_rows_is_counted_before_it_is_refused(tmp_path):
    import re
    import zipfile

    rows = [["标准号", "条款号", "条款内容"]] + [["GB 1", f"{i}", f"条款{i}"] for i in range(5)]
    path = write_xlsx(tmp_path / "清单.xlsx", {"清单": rows})
    lying = tmp_path / "lying.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(lying, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:C90000"', data)
            out.writestr(item, data)
    assert len(list(open_table(lying, max_rows=10).rows())) == 5


def test_a_big5_list_is_read_as_big5(tmp_path):
    """A list saved in Big5 (traditional Chinese) decodes as GB18030 too, into other characters: with Chinese
    headers the message listed 'found: 夹非腹, 兵蹿腹, 兵蹿ず甧'; with English headers the clauses went into the
    store garbled without a word. Big5 is now told from GBK by which reads as common characters."""
    listing = tmp_path / "big5.csv"
    listing.write_bytes("標準號,條款號,條款內容\nCNS 1,4.1,穀物中鉛含量不得超過0.2 mg/kg\n".encode("big5"))
    table = open_table(listing)
    assert table.encoding == "big5" and table.columns == {"standard": "標準號", "clause": "條款號", "text": "條款內容"}
    english = tmp_path / "english-headers.csv"
    english.write_bytes("standard,clause,text\nCNS 1234,4.1,穀類及其製品中鉛之限量為0.2 mg/kg。\n"
                        "CNS 1234,4.2,糙米中鎘含量不得超過0.4 mg/kg。\n".encode("big5"))
    table = open_table(english)
    assert table.encoding == "big5"
    assert [r.text for r in table.rows()] == ["穀類及其製品中鉛之限量為0.2 mg/kg。", "糙米中鎘含量不得超過0.4 mg/kg。"]
    gbk = tmp_path / "gbk.csv"  # GBK stays GBK, and a GBK list with no text column has the message about columns
    gbk.write_bytes("标准号,条款号,条款内容\nGB 2762,4.1,谷物中铅的限量为0.2 mg/kg，镉不得超过0.1 mg/kg\n".encode("gbk"))
    assert open_table(gbk).encoding == "gb18030"
    gbk.write_bytes("编号,备注\n1,说明\n".encode("gbk"))
    with pytest.raises(ColumnError) as caught:
        open_table(gbk)
    assert "Big5" not in str(caught.value) and caught.value.option == "text_column"


def test_one_formula_among_the_clauses_is_not_read_as_an_empty_row(tmp_path):
    """A list written by a script (openpyxl, pandas) keeps formulas with no saved values; a whole column of them was
    refused with a message, but one such cell among clause texts was read as an empty row ('空行 / empty text'
    in the workbook): the clause was lost without a word."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["标准编号", "章条号", "技术要求"])
    ws.append(["GB 2762-2022", "4.1", "谷物中铅（以Pb计）含量不得超过0.2 mg/kg"])
    ws.append(["GB/T 1800.1-2020", "4.2", '=CONCATENATE("公差等级", " IT7")'])
    ws.append(["GB 5749-2022", "表1", "饮用水中砷不得超过0.01 mg/L"])
    ws.append(["GB 5749-2022", "表2", None])  # a row really left empty is still just empty
    wb.save(tmp_path / "list.xlsx")
    with pytest.raises(InputFileError) as caught:
        open_table(tmp_path / "list.xlsx")
    assert "row 3" in str(caught.value) and "CONCATENATE" in str(caught.value) and "技术要求" in str(caught.value)
    ws.cell(row=3, column=3).value = "公差等级 IT7"
    wb.save(tmp_path / "list.xlsx")
    rows = list(open_table(tmp_path / "list.xlsx").rows())
    assert [r.text for r in rows][1] == "公差等级 IT7" and rows[3].text == ""


def test_an_empty_xlsx_is_called_empty(tmp_path):
    """A 0-byte .xlsx (a copy cut short, a download that failed) was 'not an Excel .xlsx file (it is not a zip
    package)', which sent the user looking for another format; it is empty, as the 0-byte CSV is said to be."""
    (tmp_path / "list.xlsx").write_bytes(b"")
    with pytest.raises(InputFileError, match=r"list\.xlsx is empty \(0 bytes\)"):
        open_table(tmp_path / "list.xlsx")


@pytest.mark.parametrize("encoding, kind", [("gb18030", "csv"), ("utf-8", "csv"), ("gb18030", "xlsx")])
def test_a_list_garbled_by_a_wrong_encoding_says_so(tmp_path, encoding, kind):
    """A GBK list opened as Latin-1 and saved again has headers like '±ê×¼ºÅ': asked to name its text column,
    the user could not (every Chinese cell is garbled). The message now says what happened and what to do."""
    garbled = [[cell.encode(encoding).decode("latin-1") for cell in row] for row in ROWS]
    path = (write_csv(tmp_path / "list.csv", garbled) if kind == "csv"
            else write_xlsx(tmp_path / "list.xlsx", {"清单": garbled}))
    with pytest.raises(ColumnError) as caught:
        open_table(path)
    message = str(caught.value)
    assert "garbled by a wrong encoding" in message and "is '标准号' read as Latin-1" in message
    assert "CSV UTF-8" in message and caught.value.option is None  # no column to name: the file must be redone
    # plain Latin names with accents are no garbled Chinese: the usual message
    path = write_csv(tmp_path / "latin.csv", [["Référence", "Désignation"], ["NF 1", "x"]])
    with pytest.raises(ColumnError, match="no text column found"):
        open_table(path)


def test_column_names_with_a_note_in_brackets_are_found(tmp_path):
    """'条款内容（中文）' or 'Clause text (Chinese)' was no text column ('no text column found ... name the text
    column'), though the name says what it is: a note in brackets after a usual name no longer hides it. An exact
    name still wins over one with a note."""
    path = write_csv(tmp_path / "list.csv", [["序号", "标准号（含年代号）", "条款号", "条款内容（中文）", "备注（内容）"],
                                             ["1", "GB 2762-2022", "4.1", "谷物中铅的限量为0.2 mg/kg", ""]])
    table = open_table(path)
    assert table.columns == {"standard": "标准号（含年代号）", "clause": "条款号", "text": "条款内容（中文）"}
    assert next(table.rows()).text == "谷物中铅的限量为0.2 mg/kg"
    english = open_table(write_csv(tmp_path / "en.csv", [["Standard [no.]", "Clause text (Chinese)", "Text"],
                                                         ["GB 1-2020", "铅", "lead"]]))
    assert english.columns == {"standard": "Standard [no.]", "text": "Text"}

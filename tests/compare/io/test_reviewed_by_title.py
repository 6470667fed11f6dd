"""Whole standards confirmed in a workbook before 23d4b45 were kept by the domestic title alone ('text:<title>'),
against the first clause of the international standard, which stood for the whole standard. Their TMX export
was the Chinese title beside that clause's text: a wrong translation unit for a CAT tool. They are now exported
title to title (with the domestic number when a stored standard has that title, else said not to have it), and
reading the workbook back again replaces them with decisions that keep the number."""

from __future__ import annotations

from openpyxl import load_workbook
from typer.testing import CliRunner

from api.cli import app
from compare import ListOptions, match_list, open_table
from compare.io.pairs import TITLE_ONLY_NOTE, confirmed_pairs
from compare.io.review import apply_review
from compare.io.tmx import pairs_to_tmx
from compare.io.workbook import MATCHES_SHEET, REVIEW_HEADER, find_sheet
from compare.store.ingest import prepare_records
from compare.store.store import Store
from tests.conftest import write_csv, write_xlsx

PLASTICS = "Plastics — Standard atmospheres for conditioning and testing"
TEXTILES = "Textiles — Standard atmospheres for conditioning and testing"
CLAUSES = [
    ["standard", "clause", "title", "text"],
    ["ISO 291:2008", "1", PLASTICS, "This International Standard specifies atmospheres for conditioning plastics."],
    ["ISO 291:2008", "4", PLASTICS, "Test specimens shall be conditioned at 23 °C and 50 % relative humidity."],
    ["ISO 139:2005", "1", TEXTILES, "This International Standard defines the standard atmosphere for textiles."],
    ["ISO 139:2005", "3", TEXTILES, "Standard atmosphere: a temperature of 20,0 °C and a relative humidity of 65 %."],
    ["GB/T 2918-2018", "1", "塑料 试样状态调节和试验的标准环境", "本标准规定了塑料试样状态调节和试验的标准环境。"],
]


def first_clause(store, number):
    return store.standard_clauses(number)[0]


def test_whole_standards_confirmed_by_title_alone_export_title_to_title(tmp_path, encoder):
    store = Store.open(tmp_path / "store", create=True)
    store.ingest(prepare_records(open_table(write_csv(tmp_path / "c.csv", CLAUSES)).rows()).records, encoder)
    plastics, textiles = first_clause(store, "ISO 291:2008"), first_clause(store, "ISO 139:2005")
    conditioning = store.standard_clauses("ISO 291:2008")[1]
    store.record_links([("text:塑料 试样状态调节和试验的标准环境", plastics.id, "confirmed"),
                        ("text:纺织品 调湿和试验用标准大气", textiles.id, "confirmed")], source="标准清单.xlsx")
    # reviewed by their text, not as whole standards: a clause of a list with no numbers, a translator's search
    store.record_links([("text:试样应在温度23 ℃、相对湿度50 %的环境中调节。", plastics.id, "confirmed"),
                        ("text:试样状态调节", conditioning.id, "confirmed")], source="条款清单.xlsx")
    store.record_links([("text:纺织品标准大气", textiles.id, "confirmed")], source="web")

    pairs = {(p.domestic.text, p.international.standard): p for p in confirmed_pairs(store)}
    known = pairs["塑料 试样状态调节和试验的标准环境", "ISO 291:2008"]
    assert (known.domestic.standard, known.international.text, known.note) == ("GB/T 2918-2018", PLASTICS, "")
    untitled = pairs["纺织品 调湿和试验用标准大气", "ISO 139:2005"]
    assert (untitled.domestic.standard, untitled.international.text) == ("", TEXTILES)
    assert untitled.note == TITLE_ONLY_NOTE
    tmx = pairs_to_tmx([untitled]).decode("utf-8")
    assert f"<seg>{TEXTILES}</seg>" in tmx and f"<note>{TITLE_ONLY_NOTE}</note>" in tmx
    for text, clause in (("试样应在温度23 ℃、相对湿度50 %的环境中调节。", plastics), ("试样状态调节", conditioning),
                         ("纺织品标准大气", textiles)):
        assert pairs[text, clause.standard].international.text == clause.text  # clause to clause, as before

    out = tmp_path / "tmx.tmx"
    result = CliRunner().invoke(app, ["export-tmx", "--store", str(tmp_path / "store"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "note: 1 whole standard(s) were confirmed by the domestic title alone" in result.stderr

    # the workbook read back again: the decision is kept with the number and replaces the one by title alone
    listing = write_xlsx(tmp_path / "标准清单.xlsx", {"清单": [["标准号", "标准名称"],
                                                            ["GB/T 6529-2008", "纺织品 调湿和试验用标准大气"]]})
    workbook = tmp_path / "标准清单-比对.xlsx"
    match_list(open_table(listing), store, encoder, workbook, ListOptions())
    wb = load_workbook(workbook)
    ws = find_sheet(wb, MATCHES_SHEET)
    header = [str(c.value) for c in ws[1]]
    assert ws.cell(row=2, column=header.index("对应国际/国内标准\nCounterpart standard") + 1).value == "ISO 139:2005"
    ws.cell(row=2, column=header.index(REVIEW_HEADER) + 1, value="确认")
    wb.save(workbook)
    assert apply_review(workbook, store).confirmed == 1
    textile_pairs = [p for p in confirmed_pairs(store) if p.international.standard == "ISO 139:2005"
                     and p.international.text == TEXTILES]
    assert [(p.domestic.standard, p.note) for p in textile_pairs] == [("GB/T 6529-2008", "")]
    store.close()

"""A list of whole standards (标准号 + 标准名称, no clause text) is matched on the stored standards' titles."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from compare import ListOptions, match_list, open_table
from compare.core.model import InputRow
from compare.core.vocabulary import Against
from compare.io.workbook import MATCHES_SHEET, OF_STANDARDS_NOTE, SUMMARY_SHEET, find_sheet
from compare.matching.titles import NOT_STORED, stated_adoptions
from tests.conftest import write_xlsx

NO_COUNTERPART = "未找到对应 / no counterpart found"

# (标准号, 标准名称, the international standard of the sample store it corresponds to; None: none is stored)
STANDARDS = [
    ("GB/T 2918-2018", "塑料 试样状态调节和试验的标准环境", "ISO 291:2008"),
    ("GB/T 1800.1-2020", "产品几何技术规范（GPS） 线性尺寸公差ISO代号体系 第1部分：公差、偏差和配合的基础",
     "ISO 286-1:2010"),
    ("GB 4706.1-2005", "家用和类似用途电器的安全 第1部分：通用要求", "IEC 60335-1:2001+AMD1:2004"),
    ("GB/T 21305-2007", "谷物及谷物制品水分的测定 常规烘箱法", "ISO 712:2009"),
    ("GB 2761-2017", "食品安全国家标准 食品中真菌毒素限量", "CXS 193-1995"),
    # the title states the adoption: the textiles standard, not the plastics one with the near-same title
    ("GB/T 6529-2008", "纺织品 调湿和试验用标准大气（ISO 139:2005，MOD）", "ISO 139:2005"),
    # declares a standard the store lacks: shown by its number (IDT, from the double number), with no title
    ("GB/T 19001-2016/ISO 9001:2015", "质量管理体系 要求", "ISO 9001:2015"),
    ("GB/T 24001-2016", "环境管理体系 要求及使用指南", None),
]


def test_a_row_states_its_adoption_in_a_double_number_or_in_its_title():
    row = InputRow(row=1, line=2, text="x", standard="GB/T 19001—2016/ISO 9001:2015")
    assert [str(n) for n in stated_adoptions(row)] == ["ISO 9001:2015"]
    row = InputRow(row=1, line=2, text="塑料 标准环境 (ISO 291:2008, IDT)", standard="GB/T 2918-2018",
                   title="塑料 标准环境 (ISO 291:2008, IDT)")
    assert [str(n) for n in stated_adoptions(row)] == ["ISO 291:2008"]
    assert stated_adoptions(InputRow(row=1, line=2, text="塑料", standard="GB/T 2918-2018", title="塑料")) == []


@pytest.mark.parametrize("against", [Against.CLAUSES, Against.STANDARDS])
def test_a_list_of_whole_standards_finds_the_stored_standards_by_title(tmp_path, sample_store, encoder, against):
    listing = write_xlsx(tmp_path / "standards.xlsx",
                         {"标准清单": [["序号", "标准号", "标准名称"]]
                          + [[i, number, title] for i, (number, title, _) in enumerate(STANDARDS, 1)]})
    table = open_table(listing)
    assert table.of_standards
    seen = []
    match_list(table, sample_store, encoder, tmp_path / "out.xlsx", ListOptions(against=against), on_row=seen.append)
    ws = find_sheet(load_workbook(tmp_path / "out.xlsx"), MATCHES_SHEET)
    header = [str(c.value) for c in ws[1]]
    counterpart, score, status = (header.index(next(h for h in header if name in h))
                                  for name in ("Counterpart standard", "Score", "Status"))
    rows = list(ws.iter_rows(min_row=2, max_row=len(STANDARDS) + 1, values_only=True))
    for (number, _, expected), row, result in zip(STANDARDS, rows, seen):
        assert result.matches[0].clause.clause == ""  # a whole standard, shown by its title
        if expected is None:
            assert (row[counterpart], row[status]) == (None, NO_COUNTERPART), number
            assert row[score] < 50, number
        else:
            assert row[counterpart] == expected and row[status] != NO_COUNTERPART, number
            if result.matches[0].clause.id:
                assert result.matches[0].clause.text == sample_store.clauses([result.matches[0].clause.id])[
                    result.matches[0].clause.id].title
    assert (seen[6].matches[0].clause.text, seen[6].matches[0].degree) == (NOT_STORED, "IDT")
    assert rows[6][status] == "写明 / stated: 双编号 / double number"
    assert rows[5][score] == 100  # stated in the title
    assert all(r.matches[0].comparison is None for r in seen)  # titles hold no indicators to judge
    # the Summary sheet says what was matched: standards, not clauses, and no empty table of indicators
    summary = list(find_sheet(load_workbook(tmp_path / "out.xlsx"), SUMMARY_SHEET).iter_rows(values_only=True))
    figures = {r[0]: r[1:] for r in summary if r[0]}
    assert figures["找到对应标准的行 / Rows with a counterpart standard"][0] == 7
    assert figures["比对对象 / Matched"][0] == "整部标准，按标准名称 / whole standards, by title"
    text = "\n".join(str(r[0]) for r in summary if r[0])
    assert OF_STANDARDS_NOTE in text  # says that the counterparts are standards, and why no clause is shown
    assert "对应条款" not in text.replace(OF_STANDARDS_NOTE, "") and "合计 / Total" not in text
    assert "Titles hold no technical indicators" in text
    sections = [t.split("、")[0] for t in text.splitlines() if "、" in t[:2]]
    assert sections == list("一二三四五六")  # numbered as written: no gap where a section is left out (五 the rows to check)


def test_a_clause_list_is_not_a_list_of_standards(tmp_path):
    listing = write_xlsx(tmp_path / "clauses.xlsx", {"清单": [["标准号", "标准名称", "条款内容"],
                                                              ["GB 2762-2022", "污染物限量", "铅 0.2 mg/kg"]]})
    assert not open_table(listing).of_standards


def test_a_store_without_titles_is_searched_clause_by_clause(tmp_path, small_store, encoder):
    listing = write_xlsx(tmp_path / "standards.xlsx", {"清单": [["标准号", "标准名称"],
                                                                ["GB/T 2918-2018", "塑料 试样状态调节和试验的标准环境"]]})
    seen = []
    match_list(open_table(listing), small_store, encoder, tmp_path / "out.xlsx", ListOptions(), on_row=seen.append)
    assert seen[0].matches and seen[0].matches[0].clause.clause  # clauses, as the store holds no title


def test_a_reviewed_whole_standard_comes_back_confirmed_or_not_at_all(tmp_path, sample_store, encoder):
    from compare.io.review import apply_review
    from compare.io.workbook import REVIEW_HEADER

    listing = write_xlsx(tmp_path / "standards.xlsx", {"清单": [["标准号", "标准名称"]] + [[number, title] for number, title, _ in STANDARDS[:2]]})
    out = tmp_path / "out.xlsx"
    match_list(open_table(listing), sample_store, encoder, out, ListOptions())
    wb = load_workbook(out)
    ws = find_sheet(wb, MATCHES_SHEET)
    review = [str(c.value) for c in ws[1]].index(REVIEW_HEADER) + 1
    ws.cell(row=2, column=review, value="确认")
    ws.cell(row=3, column=review, value="驳回")
    wb.save(out)
    report = apply_review(out, sample_store)
    assert (report.confirmed, report.rejected, report.problems) == (1, 1, [])
    seen = []
    match_list(open_table(listing), sample_store, encoder, tmp_path / "again.xlsx", ListOptions(), on_row=seen.append)
    assert seen[0].matches[0].clause.standard == "ISO 291:2008" and seen[0].matches[0].confirmed
    assert "ISO 286-1:2010" not in [c.clause.standard for c in seen[1].matches]
    # exported for a CAT tool, the confirmed pair is the two titles with their numbers, not the Chinese title
    # beside the first clause of ISO 291 (a wrong translation unit)
    from compare.io.pairs import confirmed_pairs
    from compare.io.tmx import pairs_to_tmx

    pair = next(p for p in confirmed_pairs(sample_store) if p.international.standard == "ISO 291:2008")
    assert (pair.domestic.standard, pair.domestic.clause, pair.domestic.text) == \
        ("GB/T 2918-2018", "", "塑料 试样状态调节和试验的标准环境")
    assert pair.international.text == "Plastics — Standard atmospheres for conditioning and testing"
    tmx = pairs_to_tmx([pair]).decode("utf-8")
    assert "<seg>Plastics — Standard atmospheres for conditioning and testing</seg>" in tmx and "GB/T 2918-2018" in tmx


class _Counting:
    """The real encoder, counting the texts it is given."""

    def __init__(self, encoder) -> None:
        self._encoder, self.name, self.dimension, self.texts = encoder, encoder.name, encoder.dimension, []

    def encode(self, texts, role="query"):
        self.texts += list(texts)
        return self._encoder.encode(texts, role=role)


def test_the_stored_titles_are_encoded_once_until_they_change(tmp_path, encoder):
    from compare.store.ingest import ClauseRecord
    from compare.store.layout import StoreLayout
    from compare.store.store import Store
    from compare.matching.titles import match_titles

    def standard(number, title):
        return ClauseRecord(standard=number, clause="1", text=f"{title}: scope", lang="en", side="international",
                            title=title)

    rows = [InputRow(row=1, line=2, text="塑料 试样状态调节和试验的标准环境", standard="GB/T 2918-2018",
                     title="塑料 试样状态调节和试验的标准环境")]
    with Store.open(tmp_path / "store", create=True) as store:
        store.ingest([standard("ISO 291:2008", "Plastics — Standard atmospheres for conditioning and testing"),
                      standard("ISO 712:2009", "Cereals and cereal products — Determination of moisture content")],
                     encoder)
        counting = _Counting(encoder)
        first = list(match_titles(rows, store, counting))
        assert len(counting.texts) == 3  # the row and the two stored titles
        counting.texts.clear()
        again = list(match_titles(rows, store, counting))
        assert counting.texts == [rows[0].text]  # the titles' vectors are kept in the store
        assert [(c.clause.standard, c.score) for c in again[0].matches] == \
            [(c.clause.standard, c.score) for c in first[0].matches]
        # a new standard changes the titles of the side: they are encoded again, the new one among them
        store.ingest([standard("ISO 139:2005", "Textiles — Standard atmospheres for conditioning and testing")],
                     encoder)
        counting.texts.clear()
        grown = list(match_titles(rows, store, counting))
        assert len(counting.texts) == 4
        assert "ISO 139:2005" in [c.clause.standard for c in grown[0].matches]
        # a damaged file is encoded again, not an error
        StoreLayout.of(store.path).titles_file("international").write_bytes(b"not an npz")
        counting.texts.clear()
        assert list(match_titles(rows, store, counting))[0].matches[0].clause.standard == "ISO 291:2008"
        assert len(counting.texts) == 4


def test_the_adoption_a_list_or_a_catalogue_states_comes_first_with_its_degree_and_source(tmp_path, sample_store,
                                                                                          encoder):
    """A list exported from the platform has an adoption column (采标情况); a catalogue may state what the list
    does not. The stated counterpart comes first, with its degree and where it was read; the Summary sheet's rate
    counts what is stated (IDT, MOD), never a counterpart found by title alone."""
    from compare.adoption.catalogue import read_catalogue
    from tests.conftest import write_csv

    listing = write_xlsx(tmp_path / "standards.xlsx", {"标准清单": [
        ["标准号", "标准名称", "采标情况"],
        ["GB/T 2918-2018", "塑料 试样状态调节和试验的标准环境", "ISO 291:2008，IDT"],
        # titled like the plastics standard, but the list says it modifies the textiles one
        ["GB/T 6529-2008", "调湿和试验用标准大气", "修改采用 ISO 139:2005"],
        ["GB/T 1800.2-2020", "产品几何技术规范（GPS） 线性尺寸公差ISO代号体系", ""],
        ["GB/T 21305-2007", "谷物及谷物制品水分的测定 常规烘箱法", ""],
        ["GB 4706.1-2005", "家用和类似用途电器的安全 第1部分：通用要求", ""]]})
    catalogue = write_csv(tmp_path / "目录.csv", [
        ["标准号", "标准名称", "状态", "采标情况"],
        ["GB/T 1800.2-2020", "产品几何技术规范（GPS） 线性尺寸公差ISO代号体系 第2部分", "现行", "MOD ISO 286-2:2010"],
        ["GB 4706.1-2005", "家用和类似用途电器的安全 第1部分：通用要求", "现行", "IEC 60335-1:2001, NEQ"],
        ["GB/T 2918-1998", "塑料试样状态调节和试验的标准环境", "废止", "NEQ ISO 291:1997"]])
    out = tmp_path / "out.xlsx"
    seen = []
    match_list(open_table(listing), sample_store, encoder, out, ListOptions(), on_row=seen.append,
               catalogue=read_catalogue(catalogue, "domestic"))
    best = [(r.matches[0].clause.standard, r.matches[0].degree, r.matches[0].stated_in, r.matches[0].score)
            for r in seen]
    assert best[0] == ("ISO 291:2008", "IDT", "清单“采标情况”列 / list column", 100.0)
    assert best[1] == ("ISO 139:2005", "MOD", "清单“采标情况”列 / list column", 100.0)
    assert best[2] == ("ISO 286-2:2010", "MOD", "目录 目录.csv / catalogue", 100.0)
    assert best[3][:3] == ("ISO 712:2009", "", "") and best[3][3] < 100  # nothing stated: by title
    assert best[4][:3] == ("IEC 60335-1:2001+AMD1:2004", "NEQ", "目录 目录.csv / catalogue")
    wb = load_workbook(out)
    ws = find_sheet(wb, MATCHES_SHEET)
    header = [str(c.value) for c in ws[1]]
    degree, status = header.index("一致性程度\nDegree (IDT/MOD/NEQ)"), header.index("匹配状态\nStatus")
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [r[degree] for r in rows] == ["IDT", "MOD", "MOD", "待确认 / to confirm", "NEQ"]
    assert rows[2][status] == "写明 / stated: 目录 目录.csv / catalogue" and rows[3][status].startswith("已匹配")
    figures = {r[0]: r[1:] for r in find_sheet(wb, SUMMARY_SHEET).iter_rows(values_only=True) if r[0]}
    # ISO 291, ISO 139, ISO 286-1 stated IDT or MOD; IEC 60335-1 stated NEQ: in the rate, not adopted; ISO 712
    # found by title with no degree stated: outside
    assert figures["计入采用率的对应国际标准 / International counterparts in the rate"][0] == 4
    rate = figures["其中写明等同或修改采用 (IDT/MOD) / of which stated IDT or MOD"]
    assert rate[:2] == (3, pytest.approx(0.75))
    assert figures["GB/T 21305-2007"][:3] == ("ISO 712:2009", "—", "—")
    assert figures["GB/T 1800.2-2020"][:3] == ("ISO 286-2:2010", "MOD", "目录 目录.csv / catalogue")
    assert figures["标准目录 / Catalogue"][0] == "目录.csv"  # the run names the catalogue it was given
    # the report, read back from the workbook, counts the same stated degrees
    from compare.io.report_data import summary_from_workbook

    adoption = summary_from_workbook(out).summary.adoption()
    assert (len(adoption.in_rate), len(adoption.adopted)) == (4, 3)
    # and the report speaks of standards, with the degrees as stated and where
    from docx import Document
    from compare.io.report_docx import write_report_docx

    report = summary_from_workbook(out)
    assert report.of_standards
    write_report_docx(report, tmp_path / "report.docx")
    document = Document(str(tmp_path / "report.docx"))
    text = "\n".join([p.text for p in document.paragraphs] +
                     [c.text for t in document.tables for row in t.rows for c in row.cells])
    assert "五、国际标准采用率（按写明的采标情况）Adoption rate (as stated)" in text
    assert "找到对应标准的行" in text and "找到对应条款的行" not in text and "合计 Total" not in text
    assert "采标情况写明于：目录 目录.csv / catalogue。" in text and "未写明 —" in text


def test_a_catalogue_given_with_a_list_of_clauses_is_said_to_be_unused(tmp_path, small_store, encoder):
    """Over HTTP the job of a clause list with a catalogue ended 'done' with the catalogue unused, without a word
    (the command line says so on its own): the Summary sheet's run now names the catalogue and says it."""
    from compare.adoption.catalogue import read_adoption_catalogue
    from tests.conftest import DOMESTIC, write_csv

    catalogue = read_adoption_catalogue(write_csv(tmp_path / "目录.csv", [
        ["标准号", "标准名称", "采标情况"], ["GB 2762-2022", "食品中污染物限量", "CXS 193-1995, NEQ"]]))
    out = tmp_path / "out.xlsx"
    match_list(open_table(write_csv(tmp_path / "条款.csv", DOMESTIC)), small_store, encoder, out, ListOptions(),
               catalogue=catalogue)
    figures = {r[0]: r[1:] for r in find_sheet(load_workbook(out), SUMMARY_SHEET).iter_rows(values_only=True) if r[0]}
    assert figures["标准目录 / Catalogue"][0].startswith("目录.csv（未使用：条款清单逐条比对")
    assert "not used: a list of clauses is matched clause by clause" in figures["标准目录 / Catalogue"][0]

"""Grids (a value per column under a heading row) and lists of bare numbers after one value: each construction alone,
then through extraction, on sentences of several fields and both languages."""

from __future__ import annotations

from compare.core.vocabulary import Comparator
from compare.indicators.constructions import (column_labels, grid_cell, heading_row_end, list_continues,
                                              row_cells)
from compare.indicators.extract import extract, extract_indicators


def _read(text):
    return [(i.parameter, i.comparator, i.value, i.unit, i.qualifier) for i in extract_indicators(text)]


def test_grid_cell_counts_the_columns_a_value_moves_on():
    assert grid_cell(" | ") == 1
    assert grid_cell("|") == 1
    assert grid_cell(" | — | — | ") == 3
    assert grid_cell(" | / | ") == 2
    assert grid_cell(" mg/L | ") == 0
    assert grid_cell("，") == 0


def test_row_cells_counts_to_the_end_of_the_row():
    text = "总磷/(mg/L) ≤ 0.5 | 1 | 3；氨氮/(mg/L) ≤ 5 | 8"
    assert row_cells(text, text.index("0.5")) == 3
    assert row_cells(text, text.rindex("5 |")) == 2
    assert row_cells("Ash, %, max. 0,8. Water 1", 13) == 1


def test_column_labels_are_the_last_columns_of_the_last_heading_row():
    assert column_labels("表1 — 项目类别 | 水田作物 | 旱地作物 | 蔬菜：总砷/(mg/L) ", 3) == ["水田作物", "旱地作物", "蔬菜"]
    assert column_labels("Table 2 — Property | Grade A | Grade B: tensile strength, MPa, min. ", 2) == ["Grade A", "Grade B"]
    assert column_labels("项目 | 一级 | 二级：", 4) == []  # fewer columns than cells: no labels
    assert column_labels("Lead shall not exceed ", 2) == []


def test_heading_row_end_is_after_the_colon_of_the_heading():
    before = "表2 — 项目 | 优等品 | 合格品：水分/% "
    assert before[heading_row_end(before):] == "水分/% "
    assert heading_row_end("铅（以Pb计）/(mg/kg) ") == 0


def test_list_continues_after_a_joint_when_the_number_stands_alone():
    assert list_continues(", ", "; puncture")
    assert list_continues("、", "和300 r/min")
    assert list_continues(" and ", ".")
    assert not list_continues(", ", "个矩形花键")  # '6 mm，6个矩形花键' counts splines
    assert not list_continues(" at ", ";")
    assert not list_continues("；", ";")


def test_a_grid_row_gives_one_value_per_column_labelled_by_it():
    found = _read("表1 水质限值 — 项目 | Ⅰ类 | Ⅱ类 | Ⅲ类：总磷/(mg/L) ≤ 0.02 | 0.1 | 0.2；氨氮/(mg/L) ≤ 0.15 | 0.5 | 1.0。")
    assert [(p, c, v, u) for p, c, v, u, _ in found] == [
        ("总磷", Comparator.MAX, 0.02, "mg/L"), ("总磷", Comparator.MAX, 0.1, "mg/L"), ("总磷", Comparator.MAX, 0.2, "mg/L"),
        ("氨氮", Comparator.MAX, 0.15, "mg/L"), ("氨氮", Comparator.MAX, 0.5, "mg/L"), ("氨氮", Comparator.MAX, 1.0, "mg/L")]
    assert [q for *_, q in found] == ["I类", "II类", "III类"] * 2


def test_a_grid_in_english_with_minimum_bounds():
    found = _read("Table 4 — Property | Grade A | Grade B: tensile strength, MPa, min. 400 | 350; "
                  "elongation at break, %, min. 20 | 15.")
    assert [(c, v, u, q) for _, c, v, u, q in found] == [
        (Comparator.MIN, 400.0, "MPa", "Grade A"), (Comparator.MIN, 350.0, "MPa", "Grade B"),
        (Comparator.MIN, 20.0, "%", "Grade A"), (Comparator.MIN, 15.0, "%", "Grade B")]
    assert found[0][0] == "tensile strength"  # the heading row names the columns, not the first row


def test_a_grid_skips_empty_cells_when_it_labels():
    found = _read("表3 — 指标 | 优等品 | 一等品 | 合格品：灰分/% ≤ 0.5 | — | 0.8。")
    assert [(v, q) for _, _, v, _, q in found] == [(0.5, "优等品"), (0.8, "合格品")]


def test_a_cell_writing_its_own_unit_keeps_it():
    found = _read("Parameter | Method A | Method B: chamber temperature ≤ 40 °C | 313 K.")
    assert [(c, v, u, q) for _, c, v, u, q in found] == [(Comparator.MAX, 40.0, "°C", "Method A"),
                                                         (Comparator.EQUAL, 313.0, "K", "Method B")]


def test_a_list_of_bare_numbers_takes_the_first_values_unit_and_bound():
    found = _read("Tear resistance (N) 10, 25, 50, 75; puncture resistance (N) 20, 60, 100.")
    assert [(p.lower(), v, u) for p, _, v, u, _ in found] == [
        ("tear resistance", 10.0, "N"), ("tear resistance", 25.0, "N"), ("tear resistance", 50.0, "N"),
        ("tear resistance", 75.0, "N"), ("puncture resistance", 20.0, "N"), ("puncture resistance", 60.0, "N"),
        ("puncture resistance", 100.0, "N")]
    found = _read("Colour value of categories I, II and III, min. 190, 150 and 100.")
    assert [(c, v) for _, c, v, _, _ in found] == [(Comparator.MIN, 190.0), (Comparator.MIN, 150.0), (Comparator.MIN, 100.0)]


def test_numbers_that_count_other_things_are_no_list_items():
    found = _read("1型动力输出轴：公称直径35 mm，6个矩形花键，额定转速540 r/min。")
    assert [(v, u) for _, _, v, u, _ in found] == [(35.0, "mm"), (540.0, "r/min")]
    # ('两个试样' is two specimens, not 2 kN)
    found = _read("经调节处理后，两个试样的断裂载荷均应不小于14.7 kN。")
    assert [(v, u) for _, _, v, u, _ in found] == [(14.7, "kN")]


def test_nothing_is_left_unread_in_a_grid_or_a_list():
    assert extract("项目 | 一级 | 二级：铅/(mg/kg) ≤ 0.1 | 0.2。").unread == ()
    assert extract("Tear resistance (N) 10, 25, 50, 75.").unread == ()


def test_the_amount_a_count_is_per_starts_no_list():
    found = extract("Number of threads per 25,4 mm, 14; pitch, 1,814 mm.")
    assert 14.0 not in [i.value for i in found.indicators if i.unit == "mm"]
    assert "14" in found.unread  # shown for a reviewer to check by hand
    found = extract_indicators("每25 mm长度内的针数，8；线迹宽度，3 mm。")
    assert all(not (i.value == 8.0 and i.unit == "mm") for i in found)

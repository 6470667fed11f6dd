"""Cells of a grid row that write their own bound sign ('≤5 | ≤3') are cells of the row all the same: in the row's
unit, labelled by their column (constructions.grid_cell, extract._grid_rows). Sentences written for these tests;
no encoder."""

from __future__ import annotations

from compare.indicators.constructions import column_labels, grid_cell, heading_rows
from compare.indicators.extract import describe, extract


def _read(text: str) -> list[tuple[str, str, float | None, str]]:
    return [(i.qualifier, i.comparator, i.value, i.unit.replace("²", "2")) for i in extract(text).indicators]


def test_a_bound_sign_before_the_next_cell_is_still_a_cell_mark() -> None:
    assert grid_cell(" | ") == 1
    assert grid_cell(" | ≤") == 1
    assert grid_cell(" | — | ≥ ") == 2
    assert grid_cell(" ≤ ") == 0  # no cell mark at all
    assert grid_cell(" and ≤ ") == 0


def test_chinese_grid_cells_with_their_own_bounds_take_the_row_unit() -> None:
    text = "性能 | 一级 | 二级：耐磨次数/次 ≥ 5000 | ≥ 3000；断裂强力/N ≥ 350 | ≥ 250。"
    assert _read(text) == [("一级", "min", 5000.0, "次"), ("二级", "min", 3000.0, "次"),
                           ("一级", "min", 350.0, "N"), ("二级", "min", 250.0, "N")]


def test_english_grid_cells_keep_their_class_labels_readable() -> None:
    text = "Characteristic | Class 1 | Class 2: wall thickness, mm, min. 2,0 | ≥ 1,6; ring stiffness, kN/m², ≥ 8 | ≥ 4"
    assert _read(text) == [("Class 1", "min", 2.0, "mm"), ("Class 2", "min", 1.6, "mm"),
                           ("Class 1", "min", 8.0, "kN/m2"), ("Class 2", "min", 4.0, "kN/m2")]


def test_a_cell_that_writes_its_own_unit_keeps_it() -> None:
    text = "项目 | 夏季 | 冬季：室内温度/℃ ≤ 28 | ≥ 18；相对湿度 ≤ 70 % | ≥ 30 %。"
    assert [(q, c, v, u) for q, c, v, u in _read(text)] == [
        ("夏季", "max", 28.0, "°C"), ("冬季", "min", 18.0, "°C"), ("夏季", "max", 70.0, "%"), ("冬季", "min", 30.0, "%")]


def test_a_long_row_of_labels_closed_by_a_semicolon_heads_the_columns_and_its_values_still_read() -> None:
    # A table's label row closed by a semicolon, not a colon: a heading row when all its labels are heads
    # (constructions.column_head); the search for one must not try every way of splitting the row's spaces (it took
    # minutes on twelve labels before). Each value then holds for its column's size.
    sizes = [f"S{k}" for k in range(1, 15)]
    values = " | ".join(str(v) for v in (0.5, 1, 1.6, 2, 2.5, 3, 4, 5, 6, 8, 10, 13, 16, 20))
    before = f"表3 额定冲击电压 — 规格 | {' | '.join(sizes)}；额定冲击电压/kV | "
    assert column_labels(before, 14) == sizes
    ((end, spans),) = heading_rows(before)
    assert before[:end].endswith("S14；") and len(spans) == 15
    read = [(i.comparator, i.value, i.unit, i.qualifier)
            for i in extract(f"{before[:-3]} | {values}。").indicators]
    assert read == [("equal", v, "kV", size) for v, size in zip(
        (0.5, 1.0, 1.6, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 13.0, 16.0, 20.0), sizes)]


def test_a_heading_row_keeps_its_labels_whatever_the_spaces_around_them() -> None:
    assert column_labels("项目|一级 |  二级|三级：", 3) == ["一级", "二级", "三级"]
    assert column_labels("Property | Grade A | Grade B: ", 2) == ["Grade A", "Grade B"]
    ((end, spans),) = heading_rows("t/min |  T/℃：30 | 842")
    assert end == len("t/min |  T/℃：") and spans == [(0, 5), (9, 12)]


def test_a_band_keying_a_row_gives_no_range_to_the_numbers_after_it() -> None:
    # The row's first cell is a band ('56≤P<130'): its kind is no kind of the numbers after it, which would be
    # ranges with no ends (and describe() could not print them).
    text = "表4 非道路机械排放限值：功率/kW | NOx/(g/kWh) | PM/(g/kWh)；56≤P<130 | 3.3 | 0.025；130≤P≤560 | 2.0 | 0.025。"
    for ind in extract(text).indicators:
        assert ind.comparator != "range" or (ind.low is not None and ind.high is not None), ind
        assert describe(ind)


def test_a_single_number_after_a_one_sided_deviation_is_no_range_without_ends() -> None:
    ranges = [i for i in extract("槽深为5.0 mm，极限偏差均为+0.2 mm、0。").indicators if i.comparator == "range"]
    assert all(i.low is not None and i.high is not None for i in ranges)

"""Cells of a grid row that write their own bound sign ('≤5 | ≤3') are cells of the row all the same: in the row's
unit, labelled by their column (constructions.grid_cell, extract._grid_rows). Sentences written for these tests;
no encoder."""

from __future__ import annotations

from compare.indicators.constructions import grid_cell
from compare.indicators.extract import extract


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

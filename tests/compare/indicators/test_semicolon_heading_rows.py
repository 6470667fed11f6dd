"""A grid's heading row closed by a semicolon, as its rows are ('规格 | 额定电流/A | 功率/W；小型 | 10 | 150；…'),
not by a colon (constructions.column_head, heading_rows, column_labels, heading_row_end): when every label of the row
reads as a column's head, the columns' units hold for the rows after it. A row whose labels hold values ('≥315', 'θ ≤
600', '—') is no heading. Sentences written for these tests; no encoder."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from compare.indicators import constructions
from compare.indicators.constructions import column_head, column_labels, heading_row_end, heading_rows
from compare.indicators.extract import extract


def _read(text: str) -> list[tuple[str, float | None, str]]:
    return [(i.comparator, i.value, i.unit) for i in extract(text).indicators]


def test_labels_that_are_column_heads() -> None:
    for label in ("额定电流/A", "断裂强度Fm/N", "针入度（25 ℃，100 g）/0.1 mm", "Ra/µm", "型号", " 牌号 ", "Grade"):
        assert column_head(label), label


def test_labels_that_are_cells() -> None:
    for label in ("12.5", "≥ 280", "θ ≤ 300", "±(0.2+0.01d)", "—", "", "拉伸强度/MPa 25", "硬度（邵尔A）70", "-0.5"):
        assert not column_head(label), label


def test_a_semicolon_closes_a_heading_row_of_heads_only() -> None:
    text = "规格 | 额定电流/A；小型 | 10；大型 | 16。"
    ((end, labels),) = heading_rows(text)
    assert [text[a:b] for a, b in labels] == ["规格", "额定电流/A"]
    assert text[end:].startswith("小型")
    # a row of values closed by a semicolon is a row, not a heading
    assert heading_rows("小型 | ≥ 10 | 12；大型 | ≥ 16 | 20。") == []
    assert heading_row_end("牌号 | 硬度/HB；Q235 | ") == len("牌号 | 硬度/HB；")


def test_a_chinese_grid_whose_heading_ends_with_a_semicolon() -> None:
    text = "牌号 | 屈服强度/MPa | 断后伸长率/%；Q235 | ≥235 | ≥26；Q345 | ≥345 | ≥21。"
    assert _read(text) == [("min", 235.0, "MPa"), ("min", 26.0, "%"), ("min", 345.0, "MPa"), ("min", 21.0, "%")]


def test_an_english_grid_whose_heading_ends_with_a_semicolon() -> None:
    text = "Size | Width/mm | Mass/g; S | 12 | 40; M | 15.5 | 52."
    assert _read(text) == [("equal", 12.0, "mm"), ("equal", 40.0, "g"), ("equal", 15.5, "mm"), ("equal", 52.0, "g")]


def test_the_first_column_keys_the_rows_and_is_no_value() -> None:
    text = "等级 | 示值误差/% | 回程误差/%；1 | ±1.0 | 1.0；2 | ±2.0 | 2.0。"
    read = extract(text)
    assert [(i.comparator, i.value, i.unit) for i in read.indicators] == [
        ("max", 1.0, "%"), ("equal", 1.0, "%"), ("max", 2.0, "%"), ("equal", 2.0, "%")]
    assert [i.qualifier for i in read.indicators] == ["等级 1", "等级 1", "等级 2", "等级 2"]


def test_a_lone_deviation_in_a_cell_bounds_its_own_column() -> None:
    # '±0.02' under 零点误差 is that column's limit, not the tolerance of the 0.5 in the column before it
    text = "等级 | 重复性/% | 零点误差/%；0.5 | 0.5 | ±0.02；1 | 1.0 | ±0.05。"
    assert _read(text) == [("equal", 0.5, "%"), ("max", 0.02, "%"), ("equal", 1.0, "%"), ("max", 0.05, "%")]


def test_a_row_of_words_without_values_after_it_changes_nothing() -> None:
    text = "名称 | 代号；甲醛 | HCHO；乙醛 | CH3CHO。限值 ≤ 0.1 mg/m³。"
    assert _read(text) == [("max", 0.1, "mg/m³")]


def test_a_row_opened_by_a_bar_takes_the_last_40_characters_of_its_first_label() -> None:
    # a label of 41 to 48 characters may follow another, but as the first label of a row only its last 40 count
    text = "|" + "x" * 41 + "|额定："
    expected = [m.end() for m in constructions._HEADING_ROW.finditer(text)]
    assert expected == [46] and [end for end, _ in heading_rows(text)] == expected


_PIECES = ["额定", "值", " ", "|", "：", ":", "；", "。", "Grade", "/%", "12", "≥", "\n", "x" * 41, "y" * 39]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_the_heading_search_finds_what_the_pattern_finds(pieces: list[str]) -> None:
    # The search works out where a row can start from its '|' marks and runs the pattern once per colon or semicolon
    # (linear in the text); it finds the same rows as the pattern run from every place of the text.
    text = "".join(pieces)
    expected = [(m.start(), m.end()) for m in constructions._HEADING_ROW.finditer(text)
                if m.group("colon") or all(column_head(label) for label in m.group(1).split("|"))]
    assert [end for end, _ in heading_rows(text)] == [end for _, end in expected]
    assert [(m.start(), m.end()) for m in constructions._heading_row_matches(text)] == expected
    for position in range(0, len(text) + 1, 7):
        assert column_labels(text[:position], 2) == constructions.labels_before(text, heading_rows(text), position, 2)

"""Sizes written as tuples ('A×B', 'A × B × C') are read member by member (compare.indicators.tuples). The texts are
written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

from compare.indicators.constructions import declared_units
from compare.indicators.extract import extract_indicators
from compare.indicators.tuples import is_tuple_of_names, tuple_names, tuple_runs


def _read(text: str) -> list[tuple]:
    """(parameter, comparator, value, unit) of each indicator read."""
    return [(i.parameter, str(i.comparator), i.value, i.unit) for i in extract_indicators(text)]


def test_unitless_members_after_a_named_tuple_are_each_a_value():
    rows = _read("有效像素（水平×垂直）为1280×720或1920×1080；帧频为50 Hz。")
    assert [(r[2], r[3]) for r in rows[:4]] == [(1280.0, ""), (720.0, ""), (1920.0, ""), (1080.0, "")]
    rows = _read("active pixels (horizontal × vertical) 1 280 × 720 or 1 920 × 1 080; frame rate 50 Hz.")
    assert [(r[2], r[3]) for r in rows[:4]] == [(1280.0, ""), (720.0, ""), (1920.0, ""), (1080.0, "")]


def test_the_unit_after_the_last_member_is_every_members_own():
    assert [(r[2], r[3]) for r in _read("试件尺寸为40×25 mm。")] == [(40.0, "mm"), (25.0, "mm")]
    assert [(r[2], r[3]) for r in _read("grid opening 3 × 3 m.")] == [(3.0, "m"), (3.0, "m")]


def test_a_bound_before_the_first_member_holds_for_the_whole_size():
    rows = _read("网格尺寸不应大于8 m×6 m。")
    assert [(r[1], r[2]) for r in rows] == [("max", 8.0), ("max", 6.0)]
    rows = _read("Cut panels of at least 300 mm × 200 mm.")
    assert [(r[1], r[2]) for r in rows] == [("min", 300.0), ("min", 200.0)]


def test_a_tuple_named_by_letters_names_its_members_and_n_counts():
    rows = _read("重系列：10×52×60，B=9；10×62×72，B=12（N×d×D，单位为毫米）。")
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("N", 10.0, ""), ("d", 52.0, "毫米"), ("D", 60.0, "毫米"), ("B", 9.0, "毫米"),
        ("N", 10.0, ""), ("d", 62.0, "毫米"), ("D", 72.0, "毫米"), ("B", 12.0, "毫米")]
    rows = _read("Heavy series, dimensions in millimetres: N × d × D = 10 × 52 × 60, B = 9.")
    assert [(r[0], r[2], r[3]) for r in rows] == [("N", 10.0, ""), ("d", 52.0, "millimetres"),
                                                 ("D", 60.0, "millimetres"), ("B", 9.0, "millimetres")]


def test_a_tuple_of_names_in_a_closing_bracket_before_a_declared_unit():
    text = "Heavy series: 10 × 52 × 60, B = 9 mm (N × d × D, dimensions in millimetres)."
    assert [u for _, _, u in declared_units(text)] == ["mm"]
    rows = _read(text)
    assert [(r[0], r[2], r[3]) for r in rows[:3]] == [("N", 10.0, ""), ("d", 52.0, "mm"), ("D", 60.0, "mm")]


def test_a_size_closed_by_shi_is_read_as_its_first_member_is():
    rows = _read("规格N×d×D为10×52×60时，键宽B为9 mm（单位为毫米）。")
    assert [(r[0], r[2]) for r in rows] == [("N", 10.0), ("d", 52.0), ("D", 60.0), ("键宽B", 9.0)]


def test_a_section_word_before_a_size_is_no_reference():
    rows = _read("Dimensions in millimetres. Key section 14 × 9; depth in shaft t1 = 5,5.")
    assert [r[2] for r in rows] == [14.0, 9.0, 5.5]


def test_powers_of_ten_and_designations_are_no_tuples():
    assert [(r[2], r[3]) for r in _read("N = 6.022 × 10²³ mol⁻¹")] == [(6.022e23, "mol⁻¹")]
    assert _read("钢丝绳结构6×37S-FC。") == []
    assert [r[2] for r in _read("the count is defined by n = 4 × 2^k, where k is the index")] == [4.0]  # a formula
    assert 42.0 not in [r[2] for r in _read("Designation: ISO 14 - 8 × 42 f7 × 46.")]  # a fit class: a designation


def test_tuple_runs_need_the_sign_between_members():
    raws = [SimpleNamespace(start=0, end=2, comparator="equal"), SimpleNamespace(start=3, end=5, comparator="equal"),
            SimpleNamespace(start=8, end=10, comparator="equal")]
    assert tuple_runs(raws, "12×34 和56") == [[0, 1]]
    assert tuple_runs(raws, "12 34 和56") == []
    assert tuple_runs(raws, "12×34S和56") == []  # (a designation glued to a letter)
    assert tuple_runs(raws, "12x34 和56") == []  # ('0x7F': a hexadecimal code; 'x' joins a size only spaced)


def test_tuple_names_before_or_in_a_closing_bracket():
    assert tuple_names("尺寸b×h为20×12", 9, 14, 2) == ["b", "h"]
    text = "8×36×42，B=7（N×d×D，单位为毫米）"
    assert tuple_names(text, 0, 7, 3) == ["N", "d", "D"]
    assert tuple_names("size 20 × 12", 5, 12, 2) == []
    assert is_tuple_of_names("N×d×D") and is_tuple_of_names("horizontal × vertical")
    assert not is_tuple_of_names("mm") and not is_tuple_of_names("N·m")


def test_names_far_before_a_list_of_sizes_lead_into_none_of_them():
    rows = _read("The following three sizes (length × width, mm) are offered for trays: 600 × 400; 800 × 500.")
    assert 500.0 not in [r[2] for r in rows]
    rows = _read("active area (width × height) 600 × 400; 800 × 500.")
    assert [r[2] for r in rows] == [600.0, 400.0, 800.0, 500.0]

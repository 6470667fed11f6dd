"""Columns headed by sizes under a unit stated once (fortieth round, tables40): size_columns. Sentences written for
these tests; no encoder."""

from __future__ import annotations

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract
from compare.indicators.size_columns import size_columns

_ZH = "颗粒物等级 | 所标粒径的粒子最大浓度（个/m³）0.5 µm | 1 µm | 5 µm：A | 3 000 | 700 | 20；B | 30 000 | 7 000 | 200。"
_EN = ("Class | maximum concentration (particles/m³) 0,5 µm | 1 µm | 5 µm: A | 3 000 | 700 | 20; "
       "B | 30 000 | 7 000 | 200.")


def _cells(text: str) -> list[tuple]:
    return [(str(i.comparator), i.value, i.unit) for i in sorted(extract(text).indicators, key=lambda i: i.span)
            if i.value is not None and i.value >= 20]


def test_a_heading_of_sizes_under_one_stated_unit():
    read = size_columns(["颗粒物等级", "所标粒径的粒子最大浓度（个/m³）0.5 µm", "1 µm", "5 µm"])
    assert read is not None
    assert (read.unit, read.bound, read.sizes) == ("个/m³", Comparator.MAX, ("0.5 µm", "1 µm", "5 µm"))
    assert size_columns(["Class", "concentration (particles/m³) 0,5 µm", "≥5,0 µm"]).sizes == ("0,5 µm", "≥5,0 µm")


def test_no_size_columns_without_sizes_a_stated_unit_or_with_named_heads():
    assert size_columns(["Level", "Voltage/V", "Current/A"]) is None  # (heads stating units: the column-unit rule)
    assert size_columns(["Class", "concentration 0,5 µm", "5 µm"]) is None  # (no unit stated once)
    assert size_columns(["Class", "concentration (particles/m³) 0,5 µm", "length 5 µm"]) is None  # (a head with words)
    assert size_columns(["Class", "concentration (particles/m³) 0,5 µm"]) is None  # (one size: no table of sizes)


def test_cells_under_size_heads_are_in_the_stated_unit_not_the_size_unit():
    # (each cell was read in the unit of its head's size: '3 000 µm')
    for text, unit in ((_ZH, "个/m"), (_EN, "particles/m")):
        cells = _cells(text)
        assert [value for _, value, _ in cells] == [3000.0, 700.0, 20.0, 30000.0, 7000.0, 200.0]
        assert all(u.startswith(unit) for _, _, u in cells)
        assert all(c == "max" for c, _, _ in cells)  # (the heading's '最大', 'maximum')


def test_heads_that_state_units_keep_them():
    cells = [(i.value, i.unit) for i in extract("Level | Voltage/V | Current/A: 1 | 230 | 16; 2 | 400 | 32.").indicators]
    assert sorted(cells) == [(16.0, "A"), (32.0, "A"), (230.0, "V"), (400.0, "V")]


def _read(text: str) -> list[tuple]:
    return [(str(i.comparator), i.value, i.unit) for i in sorted(extract(text).indicators, key=lambda i: i.span)]


def test_the_bound_a_column_head_states():
    from compare.indicators.size_columns import head_bound
    assert head_bound("低温启动黏度/(mPa·s) 不大于") == Comparator.MAX
    assert head_bound("运动黏度/(mm²/s) 不小于") == Comparator.MIN
    assert head_bound("kinematic viscosity, mm²/s min.") == Comparator.MIN
    assert head_bound("cranking viscosity, mPa·s max") == Comparator.MAX
    for label in ("转速/(r/min)", "Time (min)", "Duration, min", "额定电压/V", "最小值～最大值"):
        assert head_bound(label) is None, label


def test_cells_under_a_bounded_head_are_limits_of_that_kind():
    # (read as stated values: the head's '不小于' / '不低于' was not carried down)
    assert _read("等级 | 运动黏度/(mm²/s) 不小于 | 闪点/℃ 不低于：A | 3.8 | 200；B | 4.1 | 210。") == [
        ("min", 3.8, "mm2/s"), ("min", 200.0, "°C"), ("min", 4.1, "mm2/s"), ("min", 210.0, "°C")]


def test_a_cell_with_its_condition_in_brackets_and_a_designation_keying_the_row():
    # ('6 200（−35 ℃）' was left out of its column for holding two numbers; the key '5W' was read as 5 W, its watts
    # carried on to the row's values)
    read = _read("等级 | 低温黏度/(mPa·s) 不大于 | 运动黏度/(mm²/s) 不小于：5W | 6 600（−30 ℃） | 3.8；"
                 "10W | 7 000（−25 ℃） | 4.1。")
    assert read == [("max", 6600.0, "mPa·s"), ("min", 3.8, "mm2/s"), ("max", 7000.0, "mPa·s"), ("min", 4.1, "mm2/s")]


def test_a_bare_number_under_a_bounded_head_stays_as_read():
    # (no unit in the column: no limit is made of it)
    assert all(c == "equal" for c, _, unit in _read("Class | minimum mean value | minimum single value (area, %): "
                                                   "Z1 | 15 | 10; Z2 | 25 | 15.") if not unit)

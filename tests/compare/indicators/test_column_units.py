"""Grid rows under a heading row whose columns state their units (extract._column_units, constructions.heading_rows
and grid_rows_after): a number alone in a later column headed by a unit is a value in that unit, named by the
column and keyed by the row's first cell. Sentences written for these tests; no encoder."""

from __future__ import annotations

from compare.indicators.constructions import grid_rows_after, heading_rows
from compare.indicators.extract import extract


def _read(text: str) -> list[tuple[str, float | None, str]]:
    return [(i.qualifier, i.value, i.unit) for i in extract(text).indicators]


def test_heading_rows_and_their_cells() -> None:
    text = "x: 档位 | 转速/(r/min)：1 | 800；2 | 1 200。"
    ((end, labels),) = heading_rows(text)
    assert [text[a:b] for a, b in labels] == ["档位", "转速/(r/min)"]
    rows = grid_rows_after(text, end)
    assert [[text[a:b] for a, b in cells] for cells in rows] == [["1", "800"], ["2", "1 200"]]


def test_a_chinese_grid_with_a_unit_per_column() -> None:
    text = "搅拌器档位 | 转速/(r/min) | 功率/W：1 | 800 | 150；2 | 1 200 | 250。"
    read = extract(text)
    assert [(i.qualifier, i.value, i.unit) for i in read.indicators] == [
        ("搅拌器档位 1", 800.0, "r/min"), ("搅拌器档位 1", 150.0, "W"),
        ("搅拌器档位 2", 1200.0, "r/min"), ("搅拌器档位 2", 250.0, "W")]
    assert [i.parameter for i in read.indicators][:2] == ["转速", "功率"]
    assert read.unread == ("1", "2")  # the first column keys the rows


def test_an_english_grid_with_units_after_a_slash() -> None:
    text = "Severity | Frequency/Hz | Acceleration/(m/s²): A | 10 | 20; B | 55 | 50."
    assert [(q, v, u.replace("²", "2")) for q, v, u in _read(text)] == [
        ("Severity A", 10.0, "Hz"), ("Severity A", 20.0, "m/s2"), ("Severity B", 55.0, "Hz"), ("Severity B", 50.0, "m/s2")]


def test_a_level_in_decibels_referred_to_a_unit_is_a_column_unit() -> None:
    text = "等级 | 骚扰电压/dB(µV)：1 | 66；2 | 56。"
    assert [(q, v, u.replace("μ", "µ")) for q, v, u in _read(text)] == [("等级 1", 66.0, "dB(µV)"),
                                                                         ("等级 2", 56.0, "dB(µV)")]


def test_rows_that_do_not_fill_the_heading_are_left_alone() -> None:
    # a row with a missing cell: which column its number stands in is not known
    text = "档位 | 转速/(r/min) | 功率/W：1 | 800；2 | 1 200 | 250。"
    read = _read(text)
    assert ("档位 2", 1200.0, "r/min") in read and ("档位 2", 250.0, "W") in read
    assert not [r for r in read if r[1] == 800.0 and r[2] == "r/min"]


def test_a_value_with_its_own_unit_keeps_it() -> None:
    text = "规格 | 额定电流/A：小型 | 10 mA；大型 | 16。"
    assert _read(text) == [("", 10.0, "mA"), ("", 16.0, "A")]  # (a row naming its item keeps its name)

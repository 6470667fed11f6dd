"""Bands that select a row of a flattened table are the condition of the row's value, no indicator of their own
(compare.indicators.row_bands). The texts are written for these tests."""

from __future__ import annotations

from compare.indicators.extract import extract_indicators


def _read(text: str) -> list[tuple]:
    """(comparator, value, low, high, unit, the bands of its conditions) of each indicator read."""
    return [(str(i.comparator), i.value, i.low, i.high, i.unit,
             tuple((c.low, c.high) for c in i.conditions if c.low is not None))
            for i in extract_indicators(text)]


def test_chinese_rows_keyed_by_a_band_after_a_symbol():
    rows = _read("Ra >0.02 mm～0.1 mm，取样长度0.25 mm；Ra >0.1 mm～2 mm，取样长度0.8 mm；Ra >2 mm～10 mm，取样长度2.5 mm。")
    assert [r[1] for r in rows] == [0.25, 0.8, 2.5]
    assert [r[5] for r in rows] == [((0.02, 0.1),), ((0.1, 2.0),), ((2.0, 10.0),)]
    assert not any(r[0] == "range" for r in rows)


def test_english_rows_over_up_to_joined_into_one_band():
    rows = _read("Ra over 0,02 mm up to 0,1 mm: sampling length 0,25 mm; over 0,1 mm up to 2 mm: 0,8 mm; "
                 "over 2 mm up to 10 mm: 2,5 mm.")
    assert [r[1] for r in rows] == [0.25, 0.8, 2.5]
    assert [r[5] for r in rows] == [((0.02, 0.1),), ((0.1, 2.0),), ((2.0, 10.0),)]


def test_rows_with_a_bound_and_bands_around_a_symbol():
    rows = _read("保温时间：壁厚e≤10 mm，30 min；10 mm＜e≤20 mm，60 min；e＞20 mm，90 min。")
    assert [(r[1], r[4]) for r in rows] == [(30.0, "min"), (60.0, "min"), (90.0, "min")]
    assert rows[1][5] == ((10.0, 20.0),)


def test_first_row_after_a_comma_then_rows_parted_by_semicolons():
    rows = _read("辐射场强（80 %AM，1 kHz），100 MHz～1 000 MHz，20 V/m；2 GHz～5 GHz，5 V/m。")
    assert [(r[1], r[4]) for r in rows if r[4] == "V/m"] == [(20.0, "V/m"), (5.0, "V/m")]
    assert not any(r[0] == "range" for r in rows)


def test_a_list_of_items_each_with_its_range_is_left_as_read():
    # a different element in each row: the ranges are the items' limits, not bands keying rows
    rows = _read("合金6063：Si 0.20～0.6，Fe 0.35，Cu 0.10～0.30，Mn 0.10，Mg 0.45～0.9。")
    assert [(r[2], r[3]) for r in rows if r[0] == "range"] == [(0.2, 0.6), (0.1, 0.3), (0.45, 0.9)]


def test_one_band_alone_is_left_as_read():
    # a single band and a value after a comma is no table: the band stays what it says
    rows = _read("Sand: particle size over 0,06 mm up to 2 mm, 40 % by mass.")
    assert any(r[0] == "range" or r[0] == "min" for r in rows)


def test_two_named_limits_in_each_row_are_left_as_read():
    # a grade's row naming two quantities, each with its own limit: the band is a limit, not a key of the row
    rows = _read("等级20：运动黏度5.6 mm²/s～<9.3 mm²/s，高温高剪切黏度不小于2.6 mPa·s；"
                 "等级30：运动黏度9.3 mm²/s～<12.5 mm²/s，高温高剪切黏度不小于2.9 mPa·s。")
    assert [(r[2], r[3]) for r in rows if r[0] == "range"] == [(5.6, 9.3), (9.3, 12.5)]

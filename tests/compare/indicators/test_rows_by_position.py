"""Later rows of a flattened table that restate the first row's values by position ('class C: … minimum 84 °C, maximum
100 °C; class E: 85 °C, 110 °C, 114 °C, 130 °C'): the two values at the first row's band are one range
(compare/indicators/rows_by_position.py, fortieth round, fixshape40); rows of another length or with words are left."""

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract_indicators


def _read(text):
    return [(i.comparator, i.value, i.low, i.high, i.unit) for i in extract_indicators(text)]


def test_a_band_restated_by_position_is_one_range():
    read = _read("Table 2: class A: rated temperature 60 °C, minimum operating temperature 70 °C, maximum "
                 "90 °C; class B: 80 °C, 95 °C, 120 °C; class D: 100 °C, 115 °C, 140 °C.")
    assert (Comparator.RANGE, None, 70, 90, "°C") in read
    assert (Comparator.RANGE, None, 95, 120, "°C") in read
    assert (Comparator.RANGE, None, 115, 140, "°C") in read
    assert not any(v in (95, 120, 115, 140) for _, v, *_ in read)  # (no plain value left at the band's places)


def test_rows_of_another_length_or_with_words_are_left():
    read = _read("Table 2: class A: rated temperature 60 °C, minimum operating temperature 70 °C, maximum "
                 "90 °C; class B: 80 °C, 95 °C; class D: rated 100 °C, lowest 115 °C, highest 140 °C.")
    assert not any(c == Comparator.RANGE and lo in (95, 115) for c, _, lo, *_ in read)

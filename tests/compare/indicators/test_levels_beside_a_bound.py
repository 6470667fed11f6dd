"""A plain value read as a condition ('at', '在') but joined by 'and' / '并' to a maximum or minimum of the same
quantity in its sentence is a level the clause requires of that quantity (a test severity), not the condition of
the limit on it. A condition that closes a case, or has no 'and' between it and the limit, stays a condition."""

from __future__ import annotations

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract_indicators


def _read(text):
    return [(i.comparator, i.value, i.unit, [c.text for c in i.conditions]) for i in extract_indicators(text)]


def test_an_english_level_joined_by_and_to_a_minimum_of_its_quantity_is_a_value():
    found = _read("The pump shall be run at a pressure of 16 MPa for 30 min and a minimum of 12 MPa for 2 h.")
    levels = [(k, v) for k, v, u, _ in found if u == "MPa"]
    assert levels == [(Comparator.EQUAL, 16.0), (Comparator.MIN, 12.0)]
    assert all("16 MPa" not in " ".join(c) for *_, c in found)


def test_a_chinese_level_joined_by_bing_to_a_maximum_of_its_quantity_is_a_value():
    found = _read("试样应在频率为50 Hz的条件外承受交流电压为3 kV的试验，并在整个试验期间承受不大于2.5 kV的残压。")
    levels = [(k, v) for k, v, u, _ in found if u == "kV"]
    assert levels == [(Comparator.EQUAL, 3.0), (Comparator.MAX, 2.5)]


def test_a_condition_closed_by_shi_stays_the_condition_of_a_limit_of_its_quantity():
    found = _read("在环境温度为40 ℃时，外壳温度应不超过70 ℃，并且手柄温度应不超过55 ℃。")
    assert [(k, v) for k, v, *_ in found] == [(Comparator.MAX, 70.0), (Comparator.MAX, 55.0)]
    assert all(c for *_, c in found)


def test_a_condition_of_another_quantity_stays_a_condition():
    found = _read("The cable shall be tested at a voltage of 3,5 kV and the leakage current shall not exceed 5 mA.")
    assert [(k, v, u) for k, v, u, _ in found] == [(Comparator.MAX, 5.0, "mA")]


def test_a_condition_with_no_and_before_the_limit_of_its_quantity_stays_a_condition():
    found = _read("At an ambient temperature of 40 °C, the enclosure temperature shall not exceed 70 °C.")
    assert [(k, v) for k, v, *_ in found] == [(Comparator.MAX, 70.0)]
    assert found[0][3]


def test_a_condition_after_the_bound_of_its_quantity_stays_its_condition():
    found = _read("The surface temperature shall not exceed 70 °C at an ambient temperature of 40 °C and the handle "
                  "temperature shall not exceed 55 °C.")
    assert [(k, v) for k, v, *_ in found] == [(Comparator.MAX, 70.0), (Comparator.MAX, 55.0)]


def test_a_leading_condition_with_a_bound_of_its_quantity_before_the_and_stays_a_condition():
    found = _read("At an ambient temperature of 40 °C, the enclosure temperature shall not exceed 70 °C and the "
                  "handle temperature shall not exceed 55 °C.")
    assert [(k, v) for k, v, *_ in found] == [(Comparator.MAX, 70.0), (Comparator.MAX, 55.0)]

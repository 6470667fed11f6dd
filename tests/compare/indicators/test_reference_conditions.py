"""Issue 12, verdict class 'different': a value stated at another reference condition than its counterpart's is
another requirement. The reference temperature written in a property's name ('density at 15 °C, …') is read as the
value's condition, so that two sides stating it at other temperatures are judged different, not ranked."""

from __future__ import annotations

import pytest

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses


def _read(text):
    return [(i.comparator, i.value, i.low, i.high, [c.text for c in i.conditions]) for i in extract_indicators(text)]


# ------------------------------------------------------ 'NAME at T, VALUE': the temperature the property is stated at

@pytest.mark.parametrize("text, expected", [
    ("Kinematic viscosity at 40 °C, 1,9 mm²/s to 4,1 mm²/s.", (Comparator.RANGE, None, 1.9, 4.1, ["40 °C"])),
    ("Relative density at 20 °C, 0,998 to 1,002.", (Comparator.RANGE, None, 0.998, 1.002, ["20 °C"])),
    ("Vapour pressure at 37,8 °C, kPa: 45 to 60.", (Comparator.RANGE, None, 45.0, 60.0, ["37,8 °C"])),
    ("Surface tension at 25 °C, mN/m, 28 to 32.", (Comparator.RANGE, None, 28.0, 32.0, ["25 °C"])),
])
def test_a_temperature_after_a_name_and_before_a_comma_is_the_value_s_reference(text, expected):
    assert _read(text)[0] == expected


def test_a_name_before_at_makes_a_reference_a_verb_before_at_does_not():
    # 'conditioned at 27 °C, 65 % RH': how a test is done, nothing stated at a reference temperature
    assert _read("Specific gravity at 15,6 °C, 0,82 to 0,86.") == [(Comparator.RANGE, None, 0.82, 0.86, ["15,6 °C"])]
    assert all(c != ["27 °C"] for *_, c in _read("Specimens are conditioned at 27 °C, 65 % RH for 48 h."))


def test_a_reference_temperature_needs_a_value_of_another_quantity_after_it():
    # 'at 20 °C, 25 °C': a second temperature is no property's value
    assert _read("Specific gravity at 15,6 °C, 0,82 to 0,86.")[0][4] == ["15,6 °C"]
    assert not any(c == ["20 °C"] for *_, c in _read("Viscosity at 20 °C, 25 °C and 30 °C is measured."))


# ---------------------------------------------------------------------------------------------- through a comparison

def test_a_property_stated_at_another_reference_temperature_is_different():
    result = compare_clauses("运动黏度（40 ℃）/(mm²/s) 1.9～4.1。", "Kinematic viscosity at 50 °C, mm²/s: 1,9 to 4,1.")
    assert [p.verdict for p in result.pairs] == [Verdict.DIFFERENT]


def test_a_property_stated_at_the_same_reference_temperature_is_ranked():
    result = compare_clauses("运动黏度（40 ℃）/(mm²/s) 2.0～4.1。", "Kinematic viscosity at 40 °C, mm²/s: 1,9 to 4,1.")
    assert [p.verdict for p in result.pairs] == [Verdict.STRICTER]

"""One value written in a second unit: a temperature in kelvin restated in degrees Celsius, a symbol whose unit is
declared once. The texts are written
for these tests."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.constructions import kelvin_restated, symbol_units
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses


def test_kelvin_restated_needs_the_same_temperature_on_the_celsius_scale():
    assert kelvin_restated("K", 773.0, "°C", 500.0)
    assert kelvin_restated("K", 1073.15, "℃", 800.0)
    assert not kelvin_restated("K", 65.0, "℃", 75.0)  # a rise and the temperature it reaches: two values
    assert not kelvin_restated("°C", 773.0, "K", 500.0)
    assert not kelvin_restated("K", 773.0, "°F", 932.0)


def test_a_kelvin_temperature_restated_in_celsius_is_one_reading():
    (ind,) = extract_indicators("Melting point of the solder: 456 K (183 °C).")
    assert (ind.value, ind.unit, ind.restated) == (456.0, "K", ((183.0, None, None, "°C"),))
    assert not ind.conditions  # the bracket is no condition of it
    # a rise in kelvin beside a Celsius temperature is no restatement
    rise = next(ind for ind in extract_indicators("绕组温升不应超过65 K（环境温度40 ℃）。") if ind.unit == "K")
    assert rise.value == 65.0 and rise.restated == ()


def test_a_kelvin_temperature_meets_its_celsius_counterpart_and_is_shown_as_written():
    result = compare_clauses("硫的熔点为115 ℃。", "The melting point of sulfur is 388 K (115 °C).")
    (pair,) = result.pairs
    assert pair.verdict == Verdict.CONSISTENT
    assert (pair.international.value, pair.international.unit) == (388.0, "K")
    result = compare_clauses("硫的熔点为120 ℃。", "The melting point of sulfur is 388 K (115 °C).")
    (pair,) = result.pairs
    assert pair.verdict != Verdict.CONSISTENT  # compared by the restatement: 120 ℃ against 115 °C


def test_symbol_units_are_declared_in_brackets():
    assert symbol_units("DN 50: 3 mm; DN 80: 4 mm (DN in mm).") == {"DN": "mm"}
    assert symbol_units("公称压力PN 10（PN的单位为bar）") == {"PN": "bar"}
    assert symbol_units("(see the note in clause 5)") == {}


def test_values_after_a_symbol_whose_unit_is_declared_are_in_it():
    first, second = extract_indicators("Valve body, class A: PN 25; class B: PN 40 (PN in bar).")
    assert (first.value, first.unit, second.value, second.unit) == (25.0, "bar", 40.0, "bar")
    result = compare_clauses("A类阀体：公称压力2.5 MPa；B类阀体：公称压力4.0 MPa。",
                             "Valve body, class A: PN 25; class B: PN 40 (PN in bar).")
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT, Verdict.CONSISTENT]
    # without the declaration, PN 25 stays a designation
    assert extract_indicators("Valve body, class A: PN 25; class B: PN 40.") == ()

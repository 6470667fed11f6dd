"""A number written inside a unit ('0,1 mm' heading a column, 'mg/1 000 kcal', 'g/1,000 kcal') is read in the
one number grammar: pint alone read '0,1 mm' as scale 0 (every value in that column became 0 mm) and
'mg/1 000 kcal' as mg/(1 × 0 × kcal), silently."""

from __future__ import annotations

import pytest

from compare.indicators.units import normalise


@pytest.mark.parametrize("unit, value, canonical", [
    ("0,1 mm", 0.1, "mm"), ("0.1 mm", 0.1, "mm"), ("0,01 mm", 0.01, "mm"),
    ("mg/0,5 L", 2.0, "mg/L"),
])
def test_a_scaled_unit_scales_the_value(unit, value, canonical):
    n = normalise(1.0, unit)
    assert n.known and n.unit == canonical and n.value == pytest.approx(value)


@pytest.mark.parametrize("written", ["mg/1 000 kcal", "mg/1,000 kcal", "mg/1000 kcal", "mg/1 000kcal"])
def test_grouped_digits_in_a_denominator_are_one_number(written):
    assert normalise(5.0, written) == normalise(5.0, "mg/1000 kcal")
    assert normalise(5.0, written).value == pytest.approx(normalise(0.005, "mg/kcal").value)


@pytest.mark.parametrize("unit", ["mm2", "kg-1", "mg·kg-1", "m3/h", "10^-6", "mg/100 g", "CFU/100 mL"])
def test_digits_glued_to_a_symbol_are_left_as_they_were(unit):
    """Exponents and powers of ten are not numbers of the grammar: their readings do not move."""
    n = normalise(2.0, unit)
    assert n.known and n.value > 0


def test_the_same_limit_per_100_kj_meets_its_grouped_form():
    assert normalise(12.0, "µg/100 kJ").value == pytest.approx(normalise(120.0, "µg/1 000 kJ").value)

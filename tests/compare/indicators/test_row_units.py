"""Units of specification-table rows ('Name, unit, min V'; 'Name, volume %, max V') and unit spellings of such
tables (issue 12, dev4 round): each construction alone, with examples written for the test. Fast: no encoder."""

from __future__ import annotations

import math

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.extract import extract_indicators
from compare.indicators.units import fraction_kind, is_known, normalise
from compare.indicators.verdicts import compare_clauses


def read(text):
    return [(i.parameter, i.comparator, i.value, i.unit) for i in extract_indicators(text)]


# ------------------------------------------------------------------ 'min' before the value is a bound word


def test_min_right_before_the_value_is_its_bound_word_not_minutes():
    assert read("Melting point, °C, min: 120.") == [("Melting point", Comparator.MIN, 120.0, "°C")]
    assert read("Octane number, min 95; Benzene, volume %, max 1,0.") == [
        ("Octane number", Comparator.MIN, 95.0, ""), ("Benzene", Comparator.MAX, 1.0, "%")]


def test_min_after_a_duration_name_is_still_minutes():
    assert read("Curing time, min: 30")[0][2:] == (30.0, "min")


def test_a_unit_between_commas_before_the_bound_word_is_the_rows_own():
    # The next row writes no unit: it has none, the first row's unit is no heading for it.
    assert read("Pressure drop, mm Hg, max 10; deposit rating less than 2") == [
        ("Pressure drop", Comparator.MAX, 10.0, "mm Hg"), ("deposit rating", Comparator.MAX, 2.0, "")]


# ------------------------------------------------------------------ unit spellings


def test_the_kind_of_a_percentage_written_before_the_sign():
    assert fraction_kind("volume %") == ("%", "volume fraction")
    assert fraction_kind("mass %") == ("%", "mass fraction")
    assert fraction_kind("mol %") == ("%", "mole fraction")
    assert normalise(2.5, "mol %").value == normalise(2.5, "%").value
    assert read("methane: min 80 mol %") == [("methane", Comparator.MIN, 80.0, "%")]


def test_glued_and_spaced_symbols():
    assert normalise(0.5, "mgKOH/g") == normalise(0.5, "mg KOH/g")
    assert normalise(760, "mm Hg").value == normalise(760, "mmHg").value
    assert read("酸值/(mgKOH/g)：不大于0.3") == [("酸值", Comparator.MAX, 0.3, "mgKOH/g")]


def test_endotoxin_units_are_their_own_quantity():
    assert is_known("EU/mL")
    assert normalise(0.25, "EU/ml").value == normalise(0.25, "EU/mL").value
    assert normalise(1, "EU/mL").dimension != normalise(1, "mol/L").dimension
    pairs = compare_clauses("内毒素含量不应超过0.5 EU/mL。", "The endotoxin content shall be less than 0,25 EU/ml.").pairs
    assert [p.verdict for p in pairs] == [Verdict.LOOSER]


def test_a_reference_quantitys_symbol_as_the_unit_is_a_multiple_of_it():
    assert normalise(1.13, "In") == normalise(1.13, "× In")
    assert normalise(0.004, "Ib").dimension == "multiple of Ib" != normalise(1, "In").dimension
    assert normalise(1, "in").dimension == "[length]"  # lower case: an inch


def test_a_power_of_ten_is_that_fraction():
    assert math.isclose(normalise(5, "10⁻⁶").value * normalise(5, "10⁻⁶").ratio_scale,
                        normalise(5, "ppm").value * normalise(5, "ppm").ratio_scale)
    assert normalise(99.5, "10⁻² (V/V)").value == normalise(99.5, "%").value

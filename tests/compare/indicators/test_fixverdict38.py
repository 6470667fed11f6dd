"""Verdicts of pairs read and paired right (thirty-eighth round, fixverdict38): constants of physics given to
different precision (written_precision). Clauses of my own writing."""

from __future__ import annotations

from compare.indicators.verdicts import compare_clauses
from compare.indicators.written_precision import power_of_ten, same_value


def _verdicts(domestic: str, international: str) -> list[tuple]:
    return [(p.domestic.value if p.domestic else None, p.international.value if p.international else None,
             str(p.verdict)) for p in compare_clauses(domestic, international).pairs]


# ------------------------------------------------------------------------------- constants to many digits


def test_a_small_constant_of_an_older_edition_is_another_value():
    # (the joule value of the electronvolt: 1e-19 J apart in the seventh digit, once read as the same value)
    pairs = _verdicts("电子伏与焦耳的换算：1 eV≈1.602 18×10⁻¹⁹ J。",
                      "Conversion of the electronvolt: 1 eV = 1.602 176 634 × 10⁻¹⁹ J.")
    assert (1.60218e-19, 1.602176634e-19, "different") in pairs


def test_a_small_constant_written_alike_stays_consistent():
    pairs = _verdicts("电子伏与焦耳的换算：1 eV≈1.602 176 634×10⁻¹⁹ J。",
                      "Conversion of the electronvolt: 1 eV = 1.602 176 634 × 10⁻¹⁹ J.")
    assert (1.602176634e-19, 1.602176634e-19, "consistent") in pairs


def test_a_large_constant_in_units_spelt_apart_is_not_taken_as_rounded():
    # ('/mol' against 'mol⁻¹' counts as units written apart, where values within 2.5 % may be one value rounded in
    # each; the digits written say how far each may be rounded: 1e-7 × 1e23 and 1e-8 × 1e23, far less than 4e17)
    pairs = _verdicts("阿伏加德罗常数N_A=6.022 136 7×10²³ /mol。", "Avogadro constant: N_A = 6.022 140 76 × 10²³ mol⁻¹.")
    assert pairs == [(6.0221367e23, 6.02214076e23, "different")]


def test_a_large_constant_rounded_to_fewer_digits_is_one_value():
    # (2 997 925 × 10² is 299 792 458 rounded to hundreds)
    pairs = _verdicts("真空中光速c=2.997 924 58×10⁸ m/s。", "Speed of light in vacuum: c = 2 997 925 × 10² m s⁻¹.")
    assert pairs == [(299792458.0, 299792500.0, "consistent")]


def test_a_value_rounded_in_another_unit_is_still_one_value():
    assert _verdicts("能量为60 kcal（251 kJ）。", "Energy: 251 kJ.")[0][2] == "consistent"


def test_one_value_and_a_zero_residue():
    assert same_value(0.0, 1e-17)
    assert not same_value(1.60217733e-19, 1.602176634e-19)
    assert same_value(1.602176634e-19, 1.602176634e-19)


def test_the_power_of_ten_of_a_written_mantissa():
    assert power_of_ten(3.986004418, 3.986004418e14, "×10^14 m3") == 14
    assert power_of_ten(3986005.0, 3.986005e14, " × 10^8 m3") == 8
    assert power_of_ten(2.5, 2.5, " mm") == 0
    # (a number that only shares digits with the value, with no power of ten written after it)
    assert power_of_ten(10.0, 100.0, " mm") is None

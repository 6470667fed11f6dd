"""Verdicts of pairs read and paired right (fortieth round, fixverdict40): one unit spelt two ways is not a conversion,
so two values in it that differ are two values (spelt_units). Clauses of my own writing."""

from __future__ import annotations

from compare.indicators.spelt_units import one_unit_spelt_apart, rounded_constant
from compare.indicators.verdicts import compare_clauses


def _verdicts(domestic: str, international: str) -> list[tuple]:
    return [(p.domestic.value if p.domestic else None, p.international.value if p.international else None,
             str(p.verdict)) for p in compare_clauses(domestic, international).pairs]


# ------------------------------------------------------------------------------- one unit spelt two ways


def test_a_rating_in_kilovolts_spelt_in_chinese_is_not_rounded_to_the_other():
    # (千伏 and kV are one unit: 127 is not 126 rounded, though the two are within half a step of each other's last
    # digit, added)
    pairs = _verdicts("设备最高电压为127千伏。", "Highest voltage for equipment: 126 kV.")
    assert pairs == [(127.0, 126.0, "different")]


def test_a_percentage_spelt_out_is_not_rounded_to_the_other():
    pairs = _verdicts("乙醇浓度为95 %。", "The concentration of ethanol is 96 per cent.")
    assert pairs == [(95.0, 96.0, "different")]


def test_a_converted_value_is_still_one_limit_rounded():
    # (kcal against kJ: converted, so rounded, as before)
    pairs = _verdicts("能量：每100 mL不小于251 kJ。", "Energy: not less than 60 kcal per 100 ml.")
    assert pairs == [(251.0, 60.0, "consistent")]


def test_one_value_in_one_unit_spelt_apart_stays_consistent():
    pairs = _verdicts("设备最高电压为550千伏。", "Highest voltage for equipment: 550 kV.")
    assert pairs == [(550.0, 550.0, "consistent")]


def test_units_spelt_apart_and_units_converted():
    assert one_unit_spelt_apart("千伏", "kV")
    assert one_unit_spelt_apart("%", "percent")
    assert one_unit_spelt_apart("J·s", "J s")
    assert not one_unit_spelt_apart("kcal", "kJ")
    assert not one_unit_spelt_apart("µg/kg", "mg/kg")
    assert not one_unit_spelt_apart("℃", "K")


# ------------------------------------------------------------------------------- a constant to fewer digits


def test_a_constant_rounded_to_its_last_digit_is_one_value():
    # (the coarser step is 100; 42 apart: one constant rounded)
    assert rounded_constant(299792458.0, (1.0, 8), 299792500.0, (100.0, 2))
    # (the same digits written out, without a power of ten: not a constant's mantissa)
    assert not rounded_constant(299792458.0, (1.0, 0), 299792500.0, (100.0, 0))


def test_a_constant_of_another_edition_in_units_spelt_apart_is_another_value():
    pairs = _verdicts("普朗克常量h=6.626 075 5×10⁻³⁴ J·s。", "Planck constant: h = 6.626 070 15 × 10⁻³⁴ J s.")
    assert pairs == [(6.6260755e-34, 6.62607015e-34, "different")]


# ------------------------------------------------------------------------------- a share of a value against its excess


def test_a_share_of_the_rated_value_against_the_excess_over_it_is_one_ceiling():
    # (110 % of the rated power is the rated power and 10 % more)
    pairs = _verdicts("输入功率不应超过额定功率的110 %。", "The power input shall not exceed the rated power by more than 10 %.")
    assert pairs == [(110.0, 10.0, "consistent")]


def test_a_share_against_a_larger_excess_is_the_stricter():
    pairs = _verdicts("输入功率不应超过额定功率的110 %。", "The power input shall not exceed the rated power by more than 15 %.")
    assert pairs == [(110.0, 15.0, "stricter")]


def test_a_share_below_the_whole_value_is_compared_as_written():
    # (50 % of an amplitude is a fraction of it, not a ceiling above it)
    pairs = _verdicts("最大振动幅值不应超过规定振动幅值的50%。",
                      "The maximum vibration amplitude shall not exceed 50 % of the specified amplitude.")
    assert pairs == [(50.0, 50.0, "consistent")]

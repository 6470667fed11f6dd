"""Verdicts of pairs read and paired right (thirty-ninth round, fixverdict39): a condition one clause states as a
value of its own (conditions_stated_apart), and one unit spelt two ways (spelt_units). Clauses of my own writing."""

from __future__ import annotations

from compare.indicators.spelt_units import one_unit_spelt_apart, rounded_to_fewer_digits
from compare.indicators.verdicts import compare_clauses


def _verdicts(domestic: str, international: str) -> list[tuple]:
    return [(p.domestic.value if p.domestic else None, p.international.value if p.international else None,
             str(p.verdict)) for p in compare_clauses(domestic, international).pairs]


# ------------------------------------------------------------------------------- conditions stated as values


def test_the_scope_of_a_table_read_as_a_condition_on_one_side_only():
    # ('至500 mm' reaches IT7 as its condition; 'up to 500 mm' is a value of its own in the English)
    pairs = _verdicts("表2 公称尺寸至500 mm的公差数值：公称尺寸大于6 mm至10 mm：IT7为15 μm，IT8为22 μm。",
                      "Table 2 — Values of tolerances for nominal sizes up to 500 mm: nominal size above 6 mm up to "
                      "and including 10 mm: IT7 15 µm; IT8 22 µm.")
    assert (15.0, 15.0, "consistent") in pairs
    assert (22.0, 22.0, "consistent") in pairs


def test_a_swept_band_and_a_modulating_frequency_attached_apart():
    pairs = _verdicts("试验应在80 MHz～1 GHz频率范围内，以3 V/m的场强进行，调制为1 kHz、80%的正弦调幅。",
                      "The test shall be made at 3 V/m over the frequency range 80 MHz to 1 GHz, using 80 % "
                      "amplitude modulation with a 1 kHz sine wave.")
    assert (80.0, 80.0, "consistent") in pairs
    assert all(verdict == "consistent" for *_, verdict in pairs)


def test_a_condition_the_other_clause_does_not_write_still_sets_the_limits_apart():
    # (0.50 m is a value of the Chinese clause, so the English condition goes; 0.85 m is not written in the English
    # clause at all: the two heights stay on different conditions)
    pairs = _verdicts("护栏扶手外缘与井道壁之间的水平自由距离不超过0.85 m时，护栏高度不应小于0.70 m。"
                      "底坑应能容纳0.50 m×0.60 m×1.0 m的长方体。",
                      "The balustrade height shall be at least 0,70 m where the free distance is up to 0,50 m.")
    assert (0.7, 0.7, "different") in pairs


def test_conditions_that_differ_and_are_not_stated_elsewhere_stay_apart():
    assert _verdicts("在280 ℃时连续工作不少于30 min。", "The fan shall operate at 300 °C for at least 30 min.") == \
        [(30.0, 30.0, "different")]


# ------------------------------------------------------------------------------- one unit spelt two ways


def test_one_unit_in_chinese_and_in_its_symbol_is_not_rounded():
    assert _verdicts("设备最高电压为363千伏。", "Highest voltage for equipment: 362 kV.") == [(363.0, 362.0, "different")]


def test_a_value_converted_into_another_unit_may_still_be_rounded():
    assert _verdicts("能量为60 kcal（251 kJ）。", "Energy: 251 kJ.")[0][2] == "consistent"


def test_units_spelt_apart():
    assert one_unit_spelt_apart("千伏", "kV")
    assert one_unit_spelt_apart("mg/L", "mg/l")
    assert one_unit_spelt_apart("℃", "°C")
    assert not one_unit_spelt_apart("kcal", "kJ")
    assert not one_unit_spelt_apart("kV", "V")
    assert not one_unit_spelt_apart("℃", "K")
    assert not one_unit_spelt_apart("", "kV")


def test_a_value_in_one_unit_written_to_fewer_digits_is_the_other_rounded():
    assert rounded_to_fewer_digits(299792458.0, 1.0, 299792500.0, 100.0)
    assert not rounded_to_fewer_digits(363.0, 1.0, 362.0, 1.0)
    assert not rounded_to_fewer_digits(299792458.0, 1.0, 299792600.0, 100.0)
    assert not rounded_to_fewer_digits(363.0, None, 362.0, 1.0)

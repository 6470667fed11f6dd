"""Verdicts of pairs read and paired right (thirty-sixth round, fixverdict36): immunity test levels ranked
(immunity_levels). Clauses of my own writing."""

from __future__ import annotations

from compare.indicators.extract import extract
from compare.indicators.verdicts import compare_clauses


def _verdicts(domestic: str, international: str) -> list[tuple]:
    return [(p.domestic.value if p.domestic else None, p.international.value if p.international else None,
             str(p.verdict)) for p in compare_clauses(domestic, international).pairs]


# ------------------------------------------------------------------------------------- immunity test levels


def test_a_higher_immunity_level_is_stricter():
    assert _verdicts("监护仪的抗扰度试验电平：工频磁场30 A/m。",
                     "Immunity test level of the monitor: power frequency magnetic field 3 A/m.") == [
        (30.0, 3.0, "stricter")]


def test_a_lower_immunity_level_is_looser_even_where_one_clause_alone_names_immunity():
    assert _verdicts("工频磁场抗扰度试验电平为3 A/m。", "Rated power frequency magnetic fields: 30 A/m.") == [
        (3.0, 30.0, "looser")]


def test_discharge_levels_of_an_immunity_test_are_ranked():
    pairs = _verdicts("抗扰度试验电平：静电放电，接触放电±8 kV。",
                      "Immunity test levels: electrostatic discharge, ±6 kV contact discharge.")
    assert pairs == [(8.0, 6.0, "stricter")]


def test_set_values_outside_an_immunity_test_stay_another_required_value():
    assert _verdicts("加热30 min，电压为10 V。", "Heat for 60 min at a voltage of 12 V.") == [
        (30.0, 60.0, "different"), (10.0, 12.0, "different")]


def test_the_same_immunity_level_stays_consistent():
    assert _verdicts("抗扰度试验电平：射频电磁场10 V/m。", "Immunity test level: radiated RF field 10 V/m.") == [
        (10.0, 10.0, "consistent")]

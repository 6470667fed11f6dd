"""Verdicts of pairs read and paired right (thirty-sixth round, fixverdict36): immunity test levels ranked
(immunity_levels), frequency bands heading overlapping rows (overlapping_bands), and a value named the shortest or the
longest (named_extremes). Clauses of my own writing."""

from __future__ import annotations

from compare.indicators.extract import extract
from compare.indicators.named_extremes import named_extreme
from compare.indicators.overlapping_bands import row_bands_overlap
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


# ------------------------------------------------------------------------ overlapping frequency row bands


def test_overlapping_frequency_bands_heading_rows_are_compared_by_their_values():
    assert _verdicts("频率40 MHz～2 000 MHz：电场强度 15 V/m。", "20–600 MHz: E-field strength 30 V/m.") == [
        (15.0, 30.0, "stricter")]


def test_frequency_bands_apart_stay_another_test_condition():
    assert _verdicts("频率40 MHz～200 MHz：电场强度 15 V/m。", "1–10 GHz: E-field strength 30 V/m.") == [
        (15.0, 30.0, "different")]


def test_a_band_a_test_is_swept_over_is_no_row_heading():
    d = extract("射频场抗扰度：在80 MHz～1 GHz频率范围内试验场强为3 V/m。").indicators[0]
    i = extract("Radiated RF immunity, 80 MHz to 2 GHz: test field strength 3 V/m.").indicators[0]
    assert d.conditions and i.conditions
    assert not row_bands_overlap(d, i, "1 / [time]")


# ------------------------------------------------------------------------------- shortest and longest names


def test_the_shortest_time_named_is_a_minimum():
    assert _verdicts("预真空灭菌器：最短保持时间6 min。", "Sterilization hold: 4 minutes.") == [(6.0, 4.0, "stricter")]


def test_the_longest_interval_named_is_a_maximum():
    assert _verdicts("压差检测的最长时间间隔为12个月。", "Pressure difference test interval: 6 months.") == [
        (12.0, 6.0, "looser")]


def test_a_shortest_named_before_the_last_part_of_the_name_bounds_nothing():
    ind = extract("跑道按最长的基准长度分级：一级，跑道长度1 800 m。").indicators
    assert all(named_extreme(i) is None for i in ind)

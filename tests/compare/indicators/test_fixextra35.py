"""Numbers that are not indicators (thirty-fifth round, fixextra35): a band of hardness scales named by their test
forces (scale_designations), a number inside the unit a result is expressed in (unit_statements), and the things
outside a bound referred to another document's test (referred_elsewhere)."""

from __future__ import annotations

from compare.indicators.extract import extract
from compare.indicators.referred_elsewhere import referred_elsewhere
from compare.indicators.scale_designations import hardness_scale_designations
from compare.indicators.unit_statements import unit_statement_numbers


def _shape(text: str) -> list[tuple]:
    return [(str(i.comparator), i.value, i.low, i.high, i.unit)
            for i in sorted(extract(text).indicators, key=lambda i: i.span)]


def test_a_band_of_vickers_scales_is_no_hardness_value():
    assert _shape("Knoop-free method: test force 9,807 N ≤ F < 98,07 N (HV 1 to < HV 10); "
                  "heavy-force method: F ≥ 98,07 N (≥ HV 10).") == [
        ("range", None, 9.807, 98.07, "N"), ("min", 98.07, None, None, "N")]
    assert _shape("小试验力：9.807 N ≤ F < 98.07 N（HV1～< HV10）。") == [("range", None, 9.807, 98.07, "N")]


def test_a_hardness_value_and_a_scale_heading_values_stay_read():
    assert _shape("The core hardness shall be at least 300 HV 10.") == [("min", 300.0, None, None, "HV")]
    assert _shape("Surface hardness HV 420 to 480.") == [("range", None, 420.0, 480.0, "HV")]
    assert _shape("硬度最大值（HV10）：退火状态为250。")[-1][1] == 250.0
    assert hardness_scale_designations("硬度最大值（HV10）：退火状态为250。") == []


def test_the_period_of_the_unit_a_rate_is_expressed_in_is_no_value():
    assert _shape("flow rate of the melt: the mass extruded through the die, expressed in grams per 10 min.") == []
    assert _shape("Results are expressed in defects per 100 units; the result shall not exceed 4 defects per "
                  "100 units.")[0][:2] == ("max", 4.0)
    assert unit_statement_numbers("the step is written as 12 in units of 200 bit/s") != []


def test_a_value_beside_the_unit_statement_stays_read():
    assert _shape("The melt flow rate, expressed in grams per 10 min, shall be not less than 3 g.") == [
        ("min", 3.0, None, None, "g")]


def test_things_below_the_scope_bound_referred_to_another_standard_are_no_limit():
    assert _shape("硬质板材的厚度应不小于3 mm。厚度小于3 mm的薄片按ISO 1234进行试验。") == [
        ("min", 3.0, None, None, "mm")]
    assert _shape("Rigid sheets shall have a thickness not less than 3 mm. Films with a thickness below 3 mm are "
                  "tested according to ISO 1234.") == [("min", 3.0, None, None, "mm")]


def test_a_test_setting_before_a_reference_stays_read():
    assert _shape("试样厚度为4 mm，按GB/T 1040进行试验。") == [("equal", 4.0, None, None, "mm")]
    assert referred_elsewhere("试样厚度为4 mm，按GB/T 1040进行试验。") == []

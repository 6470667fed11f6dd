"""Units written as a power of ten in a column heading ('/10⁻⁶'), relative humidity in '% RH', and a climate written
'temperature/humidity' ('25 °C/60 % RH'): each read on its own sentences, in both languages and several fields."""

from __future__ import annotations

import math

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract, extract_indicators
from compare.indicators.units import fraction_kind, normalise


def _read(text):
    return [(i.parameter, i.comparator, i.value, i.tolerance, i.unit) for i in extract_indicators(text)]


def test_a_power_of_ten_heading_is_the_unit_of_the_values_under_it():
    found = extract("表2 — 项目 | 指标：氧（质量分数）/10⁻⁶ ≤ 30；氮（质量分数）/10⁻⁶ ≤ 50；总烃（以甲烷计）/10⁻⁶ ≤ 2。")
    assert [(i.parameter, i.comparator, i.value) for i in found.indicators] == [
        ("氧", Comparator.MAX, 30.0), ("氮", Comparator.MAX, 50.0), ("总烃", Comparator.MAX, 2.0)]
    assert {i.unit for i in found.indicators} == {"10^-6"}
    assert found.unread == ()  # the heading's digits are the unit's, nothing left to check by hand


def test_millionths_compare_with_mg_per_kg_and_ppm():
    def fraction(unit):
        n = normalise(25.0, unit)
        return n.value * n.ratio_scale

    assert math.isclose(fraction("10^-6"), fraction("mg/kg")) and math.isclose(fraction("10^-6"), fraction("ppm"))
    assert not math.isclose(fraction("10^-6"), fraction("%"))


def test_a_power_of_ten_heading_in_english_and_before_a_list():
    assert _read("Sulfur content/10⁻⁶ ≤ 10") == [("Sulfur", Comparator.MAX, 10.0, None, "10^-6")]
    found = extract_indicators("二氧化硫（体积分数）/10⁻⁶：一级 ≤ 5；二级 ≤ 10。")
    assert [(i.value, i.unit) for i in found] == [(5.0, "10^-6"), (10.0, "10^-6")]


def test_a_power_of_ten_inside_a_number_stays_scientific_notation():
    found = extract_indicators("菌落总数 ≤ 1.0×10⁶ CFU/g")
    assert [(i.value, i.unit) for i in found] == [(1.0e6, "CFU/g")]


def test_relative_humidity_is_a_percentage():
    assert fraction_kind("% RH") == ("%", None)
    assert fraction_kind("%RH") == ("%", None)
    assert normalise(60.0, "% RH") == normalise(60.0, "%")
    assert _read("The chamber shall be kept at (93 ± 3) %RH.")[0][1:] == (Comparator.TOLERANCE, 93.0, 3.0, "%RH")
    assert _read("relative humidity shall not exceed 85 % RH")[0][1:3] == (Comparator.MAX, 85.0)
    assert _read("相对湿度(93±3)%RH")[0][1:4] == (Comparator.TOLERANCE, 93.0, 3.0)


def test_a_climate_written_with_a_slash_is_two_values():
    found = _read("Accelerated: 40 °C ± 2 °C/75 % RH ± 5 % RH for 6 months.")
    assert [(c, v, t) for _, c, v, t, _ in found][:2] == [(Comparator.TOLERANCE, 40.0, 2.0),
                                                         (Comparator.TOLERANCE, 75.0, 5.0)]
    found = extract("Conditioning: 23 °C/50 % RH, at least 88 h.")
    assert 50.0 in [i.value for i in found.indicators] and found.unread == ()
    # A rating or a reference amount after a slash stays what it was.
    assert 300.0 not in [i.value for i in extract_indicators("额定电压 300/500 V的电缆，绝缘厚度 ≥ 0.7 mm")]
    assert [i.unit for i in extract_indicators("蛋白质 ≥ 2.9 g/100 g")] == ["g/100 g"]


def test_an_age_in_zhousui_is_in_years():
    found = extract_indicators("使用者年龄应不小于十四周岁。")
    assert [(i.comparator, i.value, i.unit) for i in found] == [(Comparator.MIN, 14.0, "周岁")]
    assert found[0].normalized == normalise(14.0, "years")
    assert normalise(3.0, "周岁") == normalise(36.0, "个月")  # '3周岁' is '36个月' of a toy's age grading

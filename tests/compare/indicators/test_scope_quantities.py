"""The quantities a scope sentence bounds beyond the rated ratings (thirty-third round, fixscope33): scope_quantities."""

from __future__ import annotations

from compare.indicators.extract import extract
from compare.indicators.scope_quantities import quantity_runs


def _shape(text: str) -> list[tuple]:
    return [(str(i.comparator), i.value, i.low, i.high, i.unit)
            for i in sorted(extract(text).indicators, key=lambda i: i.span)]


def test_temperature_range_of_a_scope_is_read():
    assert _shape("本标准适用于在−10 ℃～+55 ℃环境温度下使用的控制器。") == [("range", None, -10.0, 55.0, "℃")]
    assert _shape("This document applies to sealants for use at service temperatures from −30 °C to +80 °C.") == [
        ("range", None, -30.0, 80.0, "°C")]


def test_working_range_of_a_method_is_read():
    assert _shape("本方法适用于硝酸盐氮浓度为0.05 mg/L～4.0 mg/L的地表水。") == [("range", None, 0.05, 4.0, "mg/L")]
    # (the bare lower end of the range belongs to it)
    assert _shape("The method is applicable to waters with a sulfate content from 10 to 200 mg/l.") == [
        ("range", None, 10.0, 200.0, "mg/l")]
    assert _shape("This method applies to liquids with a density within the range 700 kg/m³ to 900 kg/m³.") == [
        ("range", None, 700.0, 900.0, "kg/m³")]


def test_electrical_quantities_with_no_rated_word_are_read():
    assert _shape("This standard applies to lighting track systems in installations with a voltage not exceeding "
                  "690 V a.c.") == [("max", 690.0, None, None, "V")]
    assert _shape("本部分适用于额定短路分断能力不超过10 000 A、额定功率不超过3 kW的控制器。") == [
        ("max", 10000.0, None, None, "A"), ("max", 3.0, None, None, "kW")]
    assert _shape("本部分适用于连接截面积不超过16 mm²的导线的接线端子。") == [("max", 16.0, None, None, "mm²")]


def test_frequency_range_covered_is_read_a_lone_frequency_is_not():
    assert _shape("This part applies to emissions in the frequency range 150 kHz to 30 MHz.") == [
        ("range", None, 0.15, 30.0, "MHz")]
    assert _shape("This part applies to meters for use on 50 Hz or 60 Hz networks.") == []


def test_other_numbers_of_a_scope_stay_hidden():
    # (counts, ages, lengths, the numbers of other documents and a power of ten stay hidden)
    assert _shape("本标准适用于乘客数超过30人、车长不超过12 m的客车。") == []
    assert _shape("This document applies to toys for children under 36 months, as defined in ISO 8124-1.") == []
    assert _shape("本方法适用于溶解度低于10⁻³ g/L的物质。") == []


def test_cable_voltages_with_their_highest_voltage_are_left_to_the_ratings():
    text = "This part applies to cables for rated voltages from 3 kV (Um = 3,6 kV) up to 20 kV (Um = 24 kV)."
    assert quantity_runs(text, 0, len(text)) == []


def test_runs():
    text = "本方法适用于钙含量为2 mg/L～100 mg/L的水样。"
    assert [text[a:b] for a, b in quantity_runs(text, 0, len(text))] == ["2 mg/L", "100 mg/L"]


def test_two_bands_side_by_side_are_both_read():
    # (a band closed by 范围内 is the condition of a limit after it, not of another band closed likewise)
    assert _shape("本标准适用于在−30 ℃～+70 ℃温度范围内输送矿物油，以及在−20 ℃～+50 ℃温度范围内输送水基液。") == [
        ("range", None, -30.0, 70.0, "℃"), ("range", None, -20.0, 50.0, "℃")]


def test_conditions_and_the_cases_limits_hold_in_stay_hidden():
    # (a temperature at which another value holds; the applicability of limits or of a table)
    assert _shape("This standard covers vessels with a working pressure of 300 bar settled at 20 °C.") == []
    assert _shape("上述限值适用于环境温度不超过35 ℃的场所。") == []
    assert _shape("The limits apply to an ambient temperature of 35 °C.") == []
    text = "本标准适用于相对湿度80 %的环境，温度25 ℃以下时。"
    assert quantity_runs(text, 0, len(text)) == []

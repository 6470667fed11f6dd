"""Rates counted per minute and tolerances written beside a value (twenty-third round, readAD). Sentences written for
these tests; no encoder."""

from __future__ import annotations

from compare.indicators.extract import extract
from compare.indicators.units import normalise
from compare.indicators.verdicts import compare_clauses


def test_beats_and_breaths_per_minute_are_a_count_per_minute() -> None:
    for unit in ("bpm", "beats/min", "beats per minute", "breaths/min"):
        assert normalise(72, unit).dimension == normalise(72, "次/min").dimension, unit
        assert normalise(72, unit).value == normalise(72, "次/min").value, unit


def test_a_pulse_rate_band_in_bpm_pairs_with_the_chinese_band() -> None:
    (ind,) = extract("The pulse rate display shall cover 40 bpm to 180 bpm.").indicators
    assert (ind.low, ind.high, ind.unit) == (40.0, 180.0, "bpm")
    result = compare_clauses("脉率显示范围为40次/min～180次/min。", "The pulse rate display shall cover 40 bpm to 180 bpm.")
    assert [str(p.verdict) for p in result.pairs] == ["consistent"]


def test_a_breathing_rate_in_breaths_per_minute_is_read() -> None:
    (ind,) = extract("The ventilator shall deliver 12 breaths/min.").indicators
    assert (ind.value, ind.normalized.dimension) == (12.0, normalise(1, "1/min").dimension)


def _read(text: str) -> list[tuple[str, float | None, float | None, str]]:
    return [(str(i.comparator), i.value, i.tolerance, i.unit) for i in extract(text).indicators]


def test_a_tolerance_after_a_list_of_values_is_the_lists_own() -> None:
    # The tolerance holds for whichever value is chosen, not for the last one alone.
    assert ("max", 2.0, None, "℃") in _read("老化温度从下列数值中选取：70 ℃、85 ℃、100 ℃、125 ℃，允差为±2 ℃。")
    assert ("tolerance", 125.0, 2.0, "℃") not in _read("老化温度从下列数值中选取：70 ℃、85 ℃、100 ℃、125 ℃，允差为±2 ℃。")
    read = _read("The test frequency shall be chosen from 10 Hz, 20 Hz, 50 Hz or 100 Hz, with a tolerance of ± 1 %.")
    assert ("max", 1.0, None, "%") in read
    assert not [r for r in read if r[0] == "tolerance"]
    # a single value keeps its stated tolerance
    assert _read("老化温度为125 ℃，允差为±2 ℃。") == [("tolerance", 125.0, 2.0, "℃")]
    assert _read("The test frequency shall be 50 Hz, with a tolerance of ± 1 %.") == [("tolerance", 50.0, 0.5, "Hz")]


def test_rows_under_a_heading_of_tolerances_label_their_tolerance() -> None:
    # 'nominal mass 100 g, tolerance ± 0.5 g' under a heading of tolerances: the row's size, and its deviation.
    read = _read("砝码的质量允差（F1级）：标称质量100 g，允差±0.5 mg；标称质量200 g，允差±1.0 mg。")
    assert ("max", 0.5, None, "mg") in read and ("max", 1.0, None, "mg") in read
    assert not [r for r in read if r[0] == "tolerance"]
    # with no such heading, the value and its tolerance are one
    assert _read("砝码的标称质量为100 g，允差±0.5 g。") == [("tolerance", 100.0, 0.5, "g")]
def test_a_tolerance_stated_apart_in_another_unit_is_taken_in_the_values_unit() -> None:
    assert _read("砝码的标称质量为100 g，允差±0.5 mg。") == [("tolerance", 100.0, 0.0005, "g")]
    assert _read("The gap shall be 2 mm, with a tolerance of ± 50 µm.") == [("tolerance", 2.0, 0.05, "mm")]


def test_a_tolerance_in_parts_per_million_stands_apart_from_its_value() -> None:
    # The nominal takes the tolerance in its own unit (readTol, twenty-fifth round); the fraction stays a limit too.
    assert _read("The reference frequency shall be 10 MHz ± 50 ppm.") == [
        ("tolerance", 10.0, 0.0005, "MHz"), ("max", 50.0, None, "ppm")]
    assert _read("参考振荡器频率为10 MHz±50×10⁻⁶。") == [("tolerance", 10.0, 0.0005, "MHz"), ("max", 5e-05, None, "")]


def test_a_power_of_ten_tolerance_compares_with_parts_per_million() -> None:
    result = compare_clauses("参考振荡器频率为10 MHz±50×10⁻⁶。", "The reference oscillator runs at 10 MHz ± 20 ppm.")
    verdicts = {p.international.unit: str(p.verdict) for p in result.pairs if p.international}
    assert verdicts == {"MHz": "looser", "ppm": "looser"}  # (10 MHz ± 500 Hz against ± 200 Hz)


def test_reference_conditions_stated_alone_are_the_clauses_values() -> None:
    # No amount per volume of gas: the conditions are what the clause requires, read as its values.
    read = _read("烟气流量换算所用的参比条件为273.15 K、101.325 kPa。")
    assert ("equal", 273.15, None, "K") in read and ("equal", 101.325, None, "kPa") in read
    # An amount per volume states its basis: the conditions stay hidden as that basis.
    read = _read("颗粒物排放浓度不大于30 mg/m³。参比条件为20 ℃、101.325 kPa。")
    assert [r[1] for r in read] == [30.0]


def test_absolute_temperatures_in_kelvin_that_differ_are_another_value() -> None:
    result = compare_clauses("标准状态：温度273.15 K，压力101.325 kPa。", "Standard state: temperature 288.15 K, pressure 101.325 kPa.")
    verdicts = {p.international.unit: str(p.verdict) for p in result.pairs if p.international}
    assert verdicts == {"K": "different", "kPa": "consistent"}


def test_an_example_in_brackets_stays_inside_an_amount_per_amount() -> None:
    (ind,) = extract("Add 5 mg of preservative (e.g. sodium benzoate) per kg of product.").indicators
    assert ind.normalized.dimension == normalise(5, "mg/kg").dimension and ind.normalized.value == normalise(5, "mg/kg").value
    result = compare_clauses("防腐剂的加入量为5 mg/kg。",
                             "The preservative content shall be 5 mg of preservative (e.g. sodium benzoate) per kg of product.")
    assert [str(p.verdict) for p in result.pairs] == ["consistent"]


def test_rows_of_design_values_and_band_ends_label_their_tolerance() -> None:
    read = _read("砂浆稠度允许偏差：沉入度 设计值≤60 mm，允许偏差±5 mm；设计值≥100 mm，允许偏差±10 mm。")
    assert ("max", 5.0, None, "mm") in read and ("max", 10.0, None, "mm") in read
    read = _read("透镜焦距允差：标称焦距 10 mm～≤50 mm，允差 ±0.2 mm。")
    assert ("max", 0.2, None, "mm") in read and not [r for r in read if r[0] == "tolerance"]



def test_a_tolerance_on_a_root_is_the_limit() -> None:
    # the '2' of '√2' is no value: the crest factor's tolerance is what the clause bounds
    assert _read("The crest factor of the test current shall be √2 ± 3 %.") == [("max", 3.0, None, "%")]
    result = compare_clauses("试验电流的峰值因数应在√2±3 %以内。", "The crest factor of the test current shall be √2 ± 3 %.")
    assert [str(p.verdict) for p in result.pairs] == ["consistent"]

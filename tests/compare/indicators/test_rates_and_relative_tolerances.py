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

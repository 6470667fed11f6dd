"""Tolerances as standards write them apart from their value (issue 12, class 4), each construction alone and then
through a clause comparison: a tolerance in a finer unit than its value, one tolerance written once for several
values, a tolerance named with its own words; and counts per a unit of time as a frequency."""

from __future__ import annotations

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.constructions import shared_tolerance, stated_tolerance
from compare.indicators.extract import extract_indicators, nominal_in_tolerance_unit
from compare.indicators.units import counted_per, normalise
from compare.indicators.verdicts import compare_clauses


def _tolerances(text):
    return [(i.comparator, i.value, i.tolerance, i.unit) for i in extract_indicators(text)]


# ---- a tolerance in another unit than its value: the value in the tolerance's unit

def test_nominal_in_tolerance_unit_converts_within_one_dimension():
    assert nominal_in_tolerance_unit(2.0, "h", "min") == 120.0
    assert nominal_in_tolerance_unit(1.0, "kg", "g") == 1000.0
    assert nominal_in_tolerance_unit(0.5, "mm", "µm") == 500.0


def test_nominal_in_tolerance_unit_leaves_other_pairs():
    assert nominal_in_tolerance_unit(23.0, "°C", "K") is None  # a temperature and a difference
    assert nominal_in_tolerance_unit(220.0, "V", "%") is None
    assert nominal_in_tolerance_unit(60.0, "min", "min") is None
    assert nominal_in_tolerance_unit(5.0, "mm", "") is None


def test_hours_with_a_tolerance_in_minutes():
    assert _tolerances("在机械振荡器上振荡2 h±5 min。") == [(Comparator.TOLERANCE, 120.0, 5.0, "min")]
    assert _tolerances("Shake mechanically for 2 h ± 5 min.") == [(Comparator.TOLERANCE, 120.0, 5.0, "min")]
    assert _tolerances("Weight: mass 1 kg ± 1 g.") == [(Comparator.TOLERANCE, 1000.0, 1.0, "g")]
    # the same unit twice, and a relative tolerance, as before
    assert _tolerances("Condition for 60 min ± 2 min.") == [(Comparator.TOLERANCE, 60.0, 2.0, "min")]
    assert _tolerances("Supply 220 V ± 10 %.") == [(Comparator.TOLERANCE, 220.0, 22.0, "V")]


def test_hours_and_minutes_compare_as_one_duration():
    result = compare_clauses("在浴中放置3 h±5 min。", "Keep it in the bath for 180 min ± 5 min.")
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT]


# ---- one tolerance for several values

def test_shared_tolerance_words():
    assert shared_tolerance("，允差均为")
    assert shared_tolerance("，速度允差均为")
    assert shared_tolerance(", each with a tolerance of ")
    assert not shared_tolerance("，允差为")  # the last value's own
    assert not shared_tolerance("的厚度偏差均为")  # values labelling rows of a table of deviations


def test_a_tolerance_written_once_for_a_list_of_values():
    found = _tolerances("加热装置的温度为110 ℃、150 ℃或200 ℃，允差均为±2 ℃；施加于试样上的压力为(4±1) kPa。")
    assert found == [(Comparator.TOLERANCE, 110.0, 2.0, "℃"), (Comparator.TOLERANCE, 150.0, 2.0, "℃"),
                     (Comparator.TOLERANCE, 200.0, 2.0, "℃"), (Comparator.TOLERANCE, 4.0, 1.0, "kPa")]
    found = _tolerances("温度分别为20 ℃和23 ℃，允差均为±2 ℃；相对湿度分别为65 %和50 %，允差均为±5 %。")
    assert found == [(Comparator.TOLERANCE, 20.0, 2.0, "℃"), (Comparator.TOLERANCE, 23.0, 2.0, "℃"),
                     (Comparator.TOLERANCE, 65.0, 5.0, "%"), (Comparator.TOLERANCE, 50.0, 5.0, "%")]
    found = _tolerances("The test temperatures are 20 °C and 23 °C, each with a tolerance of ± 2 °C.")
    assert found == [(Comparator.TOLERANCE, 20.0, 2.0, "°C"), (Comparator.TOLERANCE, 23.0, 2.0, "°C")]


def test_a_tolerance_shared_by_dimensions_each_named_after_its_value():
    # (thirty-second round, fixcodes32: the last value's dimension word stands before 'each with a tolerance of')
    assert shared_tolerance(" high, each with a tolerance of ")
    found = _tolerances("The label shall be 40,0 mm long and 12,5 mm wide, each with a tolerance of ±0,2 mm.")
    assert found == [(Comparator.TOLERANCE, 40.0, 0.2, "mm"), (Comparator.TOLERANCE, 12.5, 0.2, "mm")]


def test_a_shared_percentage_is_relative_to_each_value():
    found = _tolerances("冲击速度：0.5 J～5.0 J的摆锤为2.9 m/s，7.5 J～50 J的摆锤为3.8 m/s，速度允差均为±10 %。")
    assert [(c, v, round(t, 6), u) for c, v, t, u in found] == [(Comparator.TOLERANCE, 2.9, 0.29, "m/s"),
                                                                (Comparator.TOLERANCE, 3.8, 0.38, "m/s")]


def test_without_each_the_tolerance_stays_the_last_values():
    found = _tolerances("试验温度：−10 ℃、−5 ℃，允差为±3 ℃。")
    assert found == [(Comparator.EQUAL, -10.0, None, "℃"), (Comparator.TOLERANCE, -5.0, 3.0, "℃")]


# ---- a tolerance named with words of its own

def test_tolerance_words_of_their_own():
    assert stated_tolerance("、允差为")
    assert stated_tolerance("，其极限偏差为")
    assert stated_tolerance("，相对误差")
    assert stated_tolerance(", tolerance on gauge length ")
    assert stated_tolerance(", with a relative tolerance of ")
    assert stated_tolerance("; a deviation of ")
    assert not stated_tolerance("，试验时间为")


def test_named_tolerances_join_their_value():
    assert _tolerances("温度为20 ℃、允差为±2 ℃，相对湿度为65 %、允差为±5 %。") == [
        (Comparator.TOLERANCE, 20.0, 2.0, "℃"), (Comparator.TOLERANCE, 65.0, 5.0, "%")]
    assert _tolerances("基准距离为8.2 mm，其极限偏差为±1.8 mm。") == [(Comparator.TOLERANCE, 8.2, 1.8, "mm")]
    assert _tolerances("gauge length 8,2 mm, tolerance on gauge length ± 1,8 mm.") == [
        (Comparator.TOLERANCE, 8.2, 1.8, "mm")]
    ((comparator, value, tolerance, unit),) = _tolerances("应变速率为0.000 25 s⁻¹，相对误差±20 %。")
    assert (comparator, value, round(tolerance, 9), unit) == (Comparator.TOLERANCE, 0.00025, 0.00005, "s⁻¹")


# ---- counts per a unit of time

def test_counted_per_is_a_reciprocal():
    assert counted_per("次/min") == "1/min"
    assert counted_per("次/分") == "1/min"
    assert counted_per("cycles per minute") == "1/minute"
    assert counted_per("times per minute") == "1/minute"
    assert counted_per("个/km") == "1/km"
    assert counted_per("mg/L") == "mg/L"
    assert counted_per("cycles") == "cycles"


def test_cycles_and_times_per_minute_are_one_frequency():
    # pint's cycle is 2π radians: 'cycles per minute' must not read 2π times '次/min'
    one = normalise(70.0, "次/min")
    assert one.dimension == "1 / [time]"
    for unit in ("cycles per minute", "times per minute", "次/分", "strokes/min", "1/min"):
        assert normalise(70.0, unit) == one, unit
    assert normalise(70.0, "cycles").dimension == "number"  # a count alone stays a count


def test_a_flashing_frequency_in_words_meets_the_symbol():
    result = compare_clauses("闪光频率应为(90±30)次/min。", "Flashing frequency: 90 ± 30 times per minute.")
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT]
    assert result.pairs[0].international.normalized.dimension == "1 / [time]"


def test_a_semicolon_alone_parts_two_items_never_a_value_and_its_tolerance():
    assert not stated_tolerance("; ") and not stated_tolerance("；")
    assert stated_tolerance("; tolerance ") and stated_tolerance("，允差为") and stated_tolerance(" ")
    found = extract_indicators("Maximum permissible errors: ± 1 km/h for speeds up to 100 km/h; ± 1 % of the measured "
                               "value for speeds above 100 km/h.")
    assert [(i.value, i.unit) for i in found if i.comparator == "max"] == [(1.0, "km/h"), (1.0, "%")]


def test_a_tolerance_of_another_dimension_is_no_tolerance_of_the_band_before_it():
    # '≤ 125 Hz, ± 2,0 dB': a frequency band, then the deviation allowed in it
    found = extract_indicators("Largest level differences allowed in the free field: ≤ 125 Hz, ± 2,0 dB; > 125 Hz, ± 1,0 dB.")
    assert not any(i.comparator == "tolerance" and i.unit == "Hz" for i in found)
    assert [i.value for i in found if i.unit == "dB"] == [2.0, 1.0]
    (supply,) = extract_indicators("Supply voltage 230 V, tolerance ± 5 V.")
    assert (supply.comparator, supply.value, supply.tolerance) == ("tolerance", 230.0, 5.0)

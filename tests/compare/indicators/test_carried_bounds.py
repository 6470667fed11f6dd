"""A bound written once for several values of one clause (thirtieth round, fixmulti30b): carried_bounds."""

from __future__ import annotations

from compare.indicators.carried_bounds import (bound_carried_to_selected_values, sampling_plan_limits,
                                               several_value_bounds, whichever_bounds)
from compare.indicators.extract import extract


def _shape(text: str) -> list[tuple]:
    return [(str(i.comparator), i.value, i.unit) for i in sorted(extract(text).indicators, key=lambda i: i.span)]


def _kinds(text: str) -> list[str]:
    return [str(i.comparator) for i in sorted(extract(text).indicators, key=lambda i: i.span)]


# ------------------------------------------------------------------------------- a bound carried over selectors

def test_minimum_carried_to_the_values_of_other_selectors():
    assert _shape("The clearance shall be at least 25 mm for doors of type A and 40 mm for doors of type B.") == [
        ("min", 25.0, "mm"), ("min", 40.0, "mm")]
    assert _kinds("The yield shall be at least 72,5 % for grade X, 74,0 % for grade Y and 76,5 % for grade Z.") == [
        "min", "min", "min"]


def test_maximum_carried_past_an_exception():
    assert _kinds("The leakage shall not exceed 0,8 l/min, except for valves of size DN 15, where 1,2 l/min is "
                  "allowed.")[-2:] == ["max", "max"]
    assert _kinds("泄漏量不应大于0.8 L/min，但对于口径较小的阀门，1.2 L/min即可。") == ["max", "max"]


def test_chinese_selector_with_shi():
    assert _kinds("门的净宽度不应小于0.9 m，在人员密集场所时1.2 m。")[-1] == "min"


def test_no_carry_without_a_selector_or_across_sentences():
    # (another quantity after a comma: each value its own)
    assert _kinds("The pressure shall not exceed 2 MPa, the test pressure 4 MPa.")[-1] == "equal"
    # (a full stop ends what a bound word holds for)
    assert _kinds("The gap shall be at most 3 mm. For type B doors 5 mm is used.")[-1] == "equal"
    # (another unit: not the same quantity)
    assert _kinds("The mass shall be at least 5 kg for size 1 and 30 s for size 2.")[-1] != "min"


def test_no_carry_to_a_nominal_value():
    assert _kinds("The width shall be at most 10 mm, for the key the nominal width 8 mm.")[-1] == "equal"


def test_carry_keeps_values_with_their_own_word():
    assert _kinds("The current shall be at least 2 A for class I and not more than 1 A for class II.") == ["min", "max"]


def test_carry_function_alone_leaves_few_indicators_as_they_are():
    assert bound_carried_to_selected_values((), "text") == ()
    assert several_value_bounds((), "text") == ()


# ------------------------------------------------------------------------------- whichever is the greater / lower

def test_whichever_with_a_written_bound_keeps_it_for_both():
    assert _shape("The error shall not exceed 2 % or 0,5 kPa, whichever is the greater.") == [
        ("max", 2.0, "%"), ("max", 0.5, "kPa")]
    assert _kinds("误差不应大于读数的2 %或0.5 kPa，取两者中的较大值。") == ["max", "max"]


def test_whichever_without_a_bound_word():
    assert _kinds("The test load is 500 N or twice the rated load, whichever is greater.") == ["min", "min"]
    assert _kinds("The stripe width is 1/10 of the mast height or 2 m, whichever is less.")[-1] == "max"
    assert _kinds("试验电流为10 A或额定电流的2倍，取较大者。") == ["min", "min"]


def test_whichever_leaves_a_tolerance_group_and_other_sentences():
    assert _kinds("The load is 20 kN. The speed is 5 m/s or 2 m/s, whichever is lower.")[0] == "equal"


def test_whichever_function_needs_two_values():
    only = extract("The test voltage is 500 V, whichever is greater.").indicators
    assert whichever_bounds(only, "The test voltage is 500 V, whichever is greater.") == only


# ------------------------------------------------------------------------------- sampling plans

def test_sampling_plan_limits_are_maxima():
    assert _shape("Listeria in cheese: n = 5, c = 1, m = 10 cfu/g, M = 100 cfu/g.") == [
        ("equal", 5.0, ""), ("equal", 1.0, ""), ("max", 10.0, "cfu/g"), ("max", 100.0, "cfu/g")]
    assert _kinds("大肠菌群：n=5，c=2，m=10 CFU/g，M=100 CFU/g。") == ["equal", "equal", "max", "max"]


def test_symbols_m_without_a_plan_stay_values():
    text = "The mass is m = 12 kg and the length l = 3 m."
    assert sampling_plan_limits(extract(text).indicators, text) == extract(text).indicators


# ------------------------------------------------------------------------------- 'X up to and including Y'

def test_lower_end_up_to_is_one_range():
    from compare.indicators.up_to_ends import lower_end_up_to
    text = "grade 2: 0,5 mm up to but not including 1,2 mm"
    assert len(lower_end_up_to(text)) == len(text) and "～" in lower_end_up_to(text)
    assert [(str(i.comparator), i.low, i.high) for i in extract("Size class B: 40 kg up to and including 60 kg; "
                                                                  "size class C: 60 kg up to and including 90 kg.")
            .indicators] == [("range", 40.0, 60.0), ("range", 60.0, 90.0)]


def test_lower_end_up_to_leaves_other_words_and_falling_pairs():
    from compare.indicators.up_to_ends import lower_end_up_to
    for text in ("above 3 mm up to and including 6 mm", "from 2 V up to and including 5 V",
                 "9 mm up to and including 4 mm", "up to and including 5 mm"):
        assert lower_end_up_to(text) == text


# ------------------------------------------------------------------------------- a band beside the value it selects

def _ranges_and_conditions(text: str) -> tuple[list, list]:
    inds = extract(text).indicators
    return ([(i.low, i.high) for i in inds if str(i.comparator) == "range"],
            [(i.value, [(c.low, c.high) for c in i.conditions if c.low is not None]) for i in inds])


def test_band_after_a_value_is_its_condition():
    ranges, values = _ranges_and_conditions(
        "The straightness deviation is ±0,05 mm for lengths up to 100 mm, ±0,08 mm over 100 mm up to 250 mm and "
        "±0,12 mm over 250 mm up to 600 mm.")
    assert ranges == []
    assert (0.08, [(100.0, 250.0)]) in values and (0.12, [(250.0, 600.0)]) in values


def test_band_before_it_is_value_is_its_condition():
    ranges, values = _ranges_and_conditions(
        "For a shaft over 10 mm up to and including 12 mm the key width is 4 mm; over 12 mm up to and including 17 mm "
        "it is 5 mm.")
    assert ranges == [] and (5.0, [(12.0, 17.0)]) in values and (4.0, [(10.0, 12.0)]) in values


def test_band_that_is_the_items_own_value_stays_a_range():
    ranges, _ = _ranges_and_conditions("Grade P 20: pore size over 10 µm up to 20 µm; grade P 40: pore size over 20 µm "
                                       "up to 40 µm.")
    assert ranges == [(10.0, 20.0), (20.0, 40.0)]


def test_bands_beside_values_keeps_ranges_of_other_words():
    from compare.indicators.band_selectors import bands_beside_values
    inds = extract("The length is 5 mm, the width 10 mm to 20 mm.").indicators
    assert bands_beside_values(inds, "The length is 5 mm, the width 10 mm to 20 mm.", lambda band: None) == inds


def test_a_chinese_band_of_sizes_heading_a_row_is_the_condition_of_the_row_value():
    # (fixtable34: '大于X至Y' closed by a comma, then the row's named values)
    inds = extract("螺栓公称直径大于12 mm至20 mm，头部高度为8 mm，对边宽度为18 mm。").indicators
    assert [(str(i.comparator), i.value) for i in inds] == [("equal", 8.0), ("equal", 18.0)]
    assert [(c.low, c.high) for c in inds[0].conditions] == [(12.0, 20.0)]
    # (a band followed by a range is a table of bands, and a band with no value after it stays a range)
    assert _kinds("孔径大于3 mm至6 mm，轴径5 mm～8 mm。") == ["range", "range"]
    assert _kinds("适用的公称直径大于12 mm至20 mm。") == ["range"]


# ------------------------------------------------------------------------------- a bound that selects the thing

def test_bound_selecting_the_thing_is_a_condition():
    inds = extract("对公称直径大于50 mm的管道，壁厚不应小于3.5 mm。").indicators
    assert [(str(i.comparator), i.value) for i in inds] == [("min", 3.5)]
    assert [c.value for c in inds[0].conditions] == [50.0]
    inds = extract("对于额定电流不超过16 A的插座，温升不应超过45 K。").indicators
    assert [(str(i.comparator), i.value) for i in inds] == [("max", 45.0)]


def test_bound_selecting_nothing_after_it_stays():
    assert [i.value for i in extract("对公称直径大于50 mm的管道。壁厚不应小于3.5 mm。").indicators] == [50.0, 3.5]
    # ('相对湿度': no 对 of a selector)
    assert [i.value for i in extract("相对湿度不低于90 %的环境中，温度为40 ℃。").indicators][0] == 90.0


def test_no_carry_from_a_bound_that_is_a_condition():
    kinds = _kinds("跳线长度之和不应大于10 m，当大于10 m时，水平缆线长度（90 m）应适当减少。")
    assert kinds[-1] != "min"


def test_no_carry_to_a_value_alone_in_brackets():
    # (the name's value recalled in brackets, no limit of its own; a bracketed clause that states a value is one)
    assert _kinds("总长度不应大于50 m，当超出时，主干长度（40 m）应减少。")[-1] == "equal"
    assert _kinds("湿度不应超过50 %，温度低时可更高（如10 ℃时为80 %）。")[-1] == "max"


def test_whichever_keeps_the_bound_the_first_value_was_read_with():
    """A signed upper deviation followed by 'or 20 W, whichever is greater' is an upper bound for both values, not a
    minimum (the demo list's IEC 60335-1 10.1 clause)."""
    text = ("For heating appliances with a rated power input above 200 W, the deviation of the power input at normal "
            "operating temperature from the rated power input shall lie between +5 % (or 20 W, whichever is greater) "
            "and −10 %.")
    read = [(str(i.comparator), i.value, i.unit) for i in extract(text).indicators]
    assert read == [("max", 5.0, "%"), ("max", 20.0, "W"), ("max", 10.0, "%")]

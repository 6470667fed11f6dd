"""A minimum and a maximum of one quantity written apart, read as the keys hold them (twenty-seventh round, minmax27):
texts of other fields than the open sets' cases."""

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract
from compare.indicators.minmax import (bound_in_nominal_brackets, bound_word_after_each, deviation_not_nominal,
                                       deviations_worded_apart, nominal_beside_its_bounds)


def _read(text):
    return [(i.comparator, i.value, i.low, i.high) for i in extract(text).indicators]


def test_a_bound_word_after_each_value_the_ceiling_first_is_one_range():
    assert _read("Piston ring: radial wall 3,4 max., 3,1 min.") == [(Comparator.RANGE, None, 3.1, 3.4)]
    assert _read("Spring free length 48,0 mm max., 46,5 mm min.; wire 2,0 mm.") == [
        (Comparator.RANGE, None, 46.5, 48.0), (Comparator.EQUAL, 2.0, None, None)]


def test_bound_words_in_brackets_after_each_value_are_one_range():
    assert _read("轴承外圈宽度15.0 mm（最大）/14.8 mm（最小）。") == [(Comparator.RANGE, None, 14.8, 15.0)]
    assert _read("Gauge length 25,4 mm (min.) / 25,6 mm (max.).") == [(Comparator.RANGE, None, 25.4, 25.6)]


def test_the_rewrite_keeps_every_span_and_leaves_two_like_bounds():
    text = "bore 12,1 max., 11,9 min. Next: 3 max. and 4 max."
    rewritten = bound_word_after_each(text)
    assert len(rewritten) == len(text)
    assert rewritten.startswith("bore 12,1") and "～" in rewritten[:20] and "11,9" in rewritten
    assert rewritten.endswith("3 max. and 4 max.")  # (two maxima: no band)
    # (two quantities, their units of two dimensions: no band; one dimension in two units is one)
    assert bound_word_after_each("Supply: 250 V max., 50 Hz min.") == "Supply: 250 V max., 50 Hz min."
    assert _read("Pulse width 20 µs min., 1 ms max.") == [(Comparator.RANGE, None, 0.02, 1.0)]  # (in ms)
    assert bound_word_after_each("sulphur 7.5 min, 9.0 max. Lead 3 max.").endswith("9.0    . Lead 3 max.")


def test_a_nominal_named_as_a_bound_leads_its_value():
    assert bound_in_nominal_brackets("b 公称(max) 6，min 5.7") == "b 公称 max  6，min 5.7"
    # ('(min)' read as a unit, minutes, split the bounds into a minimum in minutes and a maximum in millimetres)
    inds = extract("单位为毫米。内径d1 公称(min) 6.4，max 6.62。").indicators
    assert [(i.comparator, i.low, i.high, i.unit) for i in inds] == [(Comparator.RANGE, 6.4, 6.62, "毫米")]
    assert _read("单位为毫米。键宽b 公称(max) 6，min 5.7。") == [(Comparator.RANGE, None, 5.7, 6.0)]
    # (a column's heading, no value after it, is left as written)
    assert bound_in_nominal_brackets("b 公称（max） | b min") == "b 公称（max） | b min"


def test_deviations_after_a_plural_word_give_the_range_about_the_nominal():
    assert deviations_worded_apart("shaft length 250 mm, tolerances 0 and −2 mm")
    assert not deviations_worded_apart("shaft length 250 mm, tolerances are given in Table 2")
    assert _read("Panel length 2 400 mm, tolerances 0 and −3 mm; panel width 1 200 mm, tolerances 0 and −2 mm.") == [
        (Comparator.RANGE, None, 2397.0, 2400.0), (Comparator.RANGE, None, 1198.0, 1200.0)]
    assert _read("Rod diameter 20 mm, deviations +0,1 and −0,2 mm.") == [(Comparator.RANGE, None, 19.8, 20.1)]


def test_a_nominal_beside_its_own_max_and_min_is_no_indicator():
    assert _read("Gasket thickness t 2,5 nom., 2,7 max., 2,3 min.") == [(Comparator.RANGE, None, 2.3, 2.7)]
    assert _read("垫片厚度t 公称 2.5，max 2.7，min 2.3。") == [(Comparator.RANGE, None, 2.3, 2.7)]
    assert _read("密封圈截面直径为3.40 mm～3.60 mm（公称3.5 mm）。") == [(Comparator.RANGE, None, 3.4, 3.6)]
    assert _read("The seal thickness is 3,5 mm nominal, with 3,6 mm max. and 3,4 mm min.") == [
        (Comparator.RANGE, None, 3.4, 3.6)]


def test_a_nominal_alone_or_a_name_with_the_word_nominal_stays():
    # (a nominal of another quantity, no range beside it: the quantity's value)
    assert (Comparator.EQUAL, 13.0, None, None) in _read("螺栓：头部高度k max为8.0 mm，对边宽度s公称为13 mm，t min为4 mm。")
    # ('nominal' in a name is no mark of a nominal value)
    assert _read("Video levels: black 64, nominal white 940, chroma 64 to 960.") == [
        (Comparator.EQUAL, 64.0, None, None), (Comparator.EQUAL, 940.0, None, None),
        (Comparator.RANGE, None, 64.0, 960.0)]


def test_nominal_beside_its_bounds_keeps_a_nominal_outside_the_range():
    inds = extract("h 公称 0.8，h 1.0～1.2").indicators
    assert nominal_beside_its_bounds(inds, "h 公称 0.8，h 1.0～1.2") == inds


def test_a_value_with_plus_minus_is_no_nominal_for_the_next_deviations():
    assert deviation_not_nominal("转速偏差为±4 %，温度偏差为+2 ℃～-3 ℃", 6)
    assert not deviation_not_nominal("外部宽度为2 438 mm，公差为0 mm～-5 mm", 5)
    assert _read("Ⅱ级：转速偏差为±4 %，功率偏差为+5 %～-8 %。") == [
        (Comparator.MAX, 4.0, None, None), (Comparator.RANGE, None, -8.0, 5.0)]
    # (a nominal before the span stays one: the range the deviations allow about it)
    assert _read("托盘宽度为1 000 mm，公差为0 mm～-3 mm。") == [(Comparator.RANGE, None, 997.0, 1000.0)]

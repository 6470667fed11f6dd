"""Deviations allowed on one side, signed values and values for a band of another quantity (twenty-fifth round,
sweepSigned). Sentences written for these tests, of other fields than the evaluation sets'; no encoder."""

from __future__ import annotations

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.extract import extract
from compare.indicators.verdicts import compare_clauses


def _read(text: str) -> list[tuple]:
    return [(i.comparator, i.value, i.low, i.high, i.unit, i.basis) for i in extract(text).indicators]


def test_a_deviation_on_one_side_alone_is_a_maximum_of_its_size_on_that_side() -> None:
    # as '± 25 %' alone is a maximum of 25 %, '+25 %' is one on the side '+' and '−4 %' one on the side '−'
    assert _read("Tolerance on the no-load current of the reactor: +25 %.") == [
        (Comparator.MAX, 25.0, None, None, "%", "+")]
    assert _read("电抗器空载电流的允许偏差为+25 %。") == [(Comparator.MAX, 25.0, None, None, "%", "+")]
    assert _read("水泵效率的容差为−4 %。") == [(Comparator.MAX, 4.0, None, None, "%", "−")]
    assert _read("The permissible deviation of the filling mass is +3 g.") == [
        (Comparator.MAX, 3.0, None, None, "g", "+")]


def test_an_upper_and_a_lower_deviation_joined_by_and_are_two_maxima() -> None:
    assert _read("The maximum permissible errors of the hygrometer are +3 % and −2 %.") == [
        (Comparator.MAX, 3.0, None, None, "%", "+"), (Comparator.MAX, 2.0, None, None, "%", "−")]
    # in a unit of its own, the lower deviation after an upper one is one too (no temperature of −0,01 mm)
    assert _read("量规的示值误差不应超过+0.02 mm和−0.01 mm。") == [
        (Comparator.MAX, 0.02, None, None, "mm", "+"), (Comparator.MAX, 0.01, None, None, "mm", "−")]
    # parted by a slash or a comma only, they stay the two ends of one range
    assert _read("Supply frequency deviation: +2 % / −4 %.") == [(Comparator.RANGE, None, -4.0, 2.0, "%", None)]
    # a signed temperature is no deviation
    assert [(c, v) for c, v, *_ in _read("试验温度为+40 ℃和−25 ℃。")] == [
        (Comparator.EQUAL, 40.0), (Comparator.EQUAL, -25.0)]


def test_deviations_in_per_cent_of_a_nominal_are_amounts_of_its_unit() -> None:
    read = extract("The test voltage shall be 230 V +10 % and −15 %.").indicators
    assert [(i.comparator, i.low, i.high, i.unit) for i in read] == [(Comparator.RANGE, 195.5, 253.0, "V")]


def test_an_upper_and_a_lower_deviation_joined_by_and_are_one_range_of_deviations() -> None:
    read = extract("For the hole the upper deviation is +0,025 mm and the lower deviation is 0.").indicators
    assert [(i.comparator, i.low, i.high, i.unit) for i in read] == [(Comparator.RANGE, 0.0, 0.025, "mm")]


def test_a_band_before_a_colon_keys_the_deviation_after_it() -> None:
    read = extract("Nominal size over 30 mm up to 50 mm: ± 0,3 mm.").indicators
    assert [(i.comparator, i.value, i.unit, [c.value for c in i.conditions]) for i in read] == [
        (Comparator.MAX, 0.3, "mm", [30.0, 50.0])]
    read = extract("Capacity up to 10 ml: maximum permissible error ± 0,02 ml.").indicators
    assert [(i.comparator, i.value, [c.value for c in i.conditions]) for i in read] == [(Comparator.MAX, 0.02, [10.0])]
    read = extract("公称容量不大于10 mL：±0.02 mL。").indicators
    assert [(i.comparator, i.value, [c.value for c in i.conditions]) for i in read] == [(Comparator.MAX, 0.02, [10.0])]


def test_a_deviation_on_one_side_against_one_on_both_sides_is_different() -> None:
    both = compare_clauses("灌装质量的允许偏差为+3 g。", "The permissible deviation of the filling mass is ± 3 g.")
    assert [p.verdict for p in both.pairs] == [Verdict.DIFFERENT]
    same = compare_clauses("灌装质量的允许偏差为+3 g。", "The permissible deviation of the filling mass is +3 g.")
    assert [p.verdict for p in same.pairs] == [Verdict.CONSISTENT]
    other_side = compare_clauses("灌装质量的允许偏差为+3 g。", "The permissible deviation of the filling mass is −3 g.")
    assert [p.verdict for p in other_side.pairs] == [Verdict.DIFFERENT]


def test_a_limit_deviation_named_on_its_own_is_its_signed_value() -> None:
    # the upper or lower limit deviation of a fit places the tolerance zone: '−9 µm' is that limit, not a deviation
    # of at most 9 µm allowed below; two such zones 9 µm and 5 µm below the zero line are not one stricter than other
    assert _read("轴f7的上极限偏差es为－25 μm。") == [
        (Comparator.EQUAL, -25.0, None, None, "μm", None)]
    assert _read("For shaft f7 the upper limit deviation es is −25 µm.") == [
        (Comparator.EQUAL, -25.0, None, None, "µm", None)]
    assert _read("Bearing housing bore: lower limit deviation EI = +9 µm.") == [
        (Comparator.EQUAL, 9.0, None, None, "µm", None)]
    result = compare_clauses("轴f7的上极限偏差es为－25 μm。", "For shaft f7 the upper limit deviation es is −20 µm.")
    assert [str(p.verdict) for p in result.pairs] != [Verdict.STRICTER] and \
        [str(p.verdict) for p in result.pairs] != [Verdict.LOOSER]

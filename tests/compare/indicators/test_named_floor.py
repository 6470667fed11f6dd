"""A ceiling in denying words, then the lower limit named in a clause of its own ('does not exceed +35 °C; the lower
limit is −5 °C', '不超过+35 ℃，下限为−5 ℃'): two limits, a maximum and a minimum, as the keys hold them
(compare/indicators/named_floor.py, fortieth round, fixshape40); a floor then a ceiling, and both ends named by bound
words, stay one range."""

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract_indicators
from compare.indicators.named_floor import ceiling_then_named_floor


def _read(text):
    return [(i.comparator, i.value, i.low, i.high) for i in extract_indicators(text)]


def test_the_pair_is_recognised():
    text = "平均温度不超过+35 ℃，下限为−5 ℃。"
    assert ceiling_then_named_floor(text, 0, len(text))
    text = "its average over 24 h does not exceed +35 °C; the lower limit is −5 °C."
    assert ceiling_then_named_floor(text, 0, len(text))
    for text in ("温度上限为40 ℃，下限为−5 ℃。", "The lower limit is −5 °C; the temperature does not exceed 40 °C.",
                 "温度不超过40 ℃。下限为−5 ℃。", "温度不低于−5 ℃，不超过40 ℃。"):
        assert not ceiling_then_named_floor(text, 0, len(text))


def test_a_ceiling_then_the_lower_limit_is_two_limits():
    for text in ("户内成套设备周围空气温度不超过+40 ℃，且在24 h内的平均温度不超过+35 ℃，下限为−5 ℃。",
                 "周围空气温度：上限值不超过+40 ℃，24 h内的平均值不超过+35 ℃；下限值为−5 ℃。",
                 "The ambient air temperature does not exceed +40 °C and its average over a period of 24 h does not "
                 "exceed +35 °C; the lower limit is −5 °C."):
        read = _read(text)
        assert (Comparator.MAX, 35, None, None) in read
        assert (Comparator.MIN, -5, None, None) in read
        assert not any(c == Comparator.RANGE for c, *_ in read)


def test_bound_words_and_the_range_order_stay_one_range():
    assert _read("温度上限为40 ℃，下限为−5 ℃。") == [(Comparator.RANGE, None, -5, 40)]
    assert _read("The temperature shall be not less than −5 °C and not more than 40 °C.") == \
        [(Comparator.RANGE, None, -5, 40)]

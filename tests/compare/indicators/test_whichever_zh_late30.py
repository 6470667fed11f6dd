"""'Whichever' on the Chinese side (thirtieth round, late30): '（或X，取较大者）', '取较大值', '两者取较大者',
'以较大者为准', '取较高者' are read as the English 'whichever is the greater' is (carried_bounds.whichever_bounds)."""
from compare.core.vocabulary import Comparator
from compare.indicators.carried_bounds import _number_before, _signed_deviation, whichever_bounds
from compare.indicators.extract import extract_indicators


def _read(text: str) -> dict:
    return {(i.value, i.unit): i.comparator for i in extract_indicators(text, "zh")}


def test_bracketed_alternative_after_a_signed_deviation_is_a_maximum():
    read = _read("电动机的转速偏差应在＋3 ％（或50 r/min，取较大者）至－8 ％之间")
    assert read[(3.0, "％")] == Comparator.MAX
    assert read[(50.0, "r/min")] == Comparator.MAX


def test_a_value_written_after_the_whichever_words_is_not_in_the_group():
    # The next value's span opens on '取较大者，…': it is no alternative, and the two before are minima.
    read = _read("接地试验电流为30 A或设备额定电流的2倍，取较大者，通电时间2 min。")
    assert read[(30.0, "A")] == Comparator.MIN
    assert read[(2.0, "min")] != Comparator.MIN


def test_a_bound_read_from_a_name_does_not_hold_for_the_group():
    # '最大' names the quantity; with no bound written before the number, 'the greater' is a minimum.
    read = _read("最大冲击电压应为三倍的额定电压或2 500 V，取其中的较大者。")
    assert read[(2500.0, "V")] == Comparator.MIN


def test_higher_of_two_is_a_minimum_and_written_bound_still_wins():
    assert _read("烘箱温度为80 ℃或90 ℃，取两者中较高者。")[(90.0, "℃")] == Comparator.MIN
    read = _read("漏电流不应大于0.3 mA或2 %，以较大者为准。")
    assert read[(0.3, "mA")] == Comparator.MAX and read[(2.0, "%")] == Comparator.MAX


def test_number_before_and_signed_deviation_helpers():
    text = "偏差为＋5 ％（或20 W，取较大者）至－10 ％"
    at = text.index("较")
    read = extract_indicators(text, "zh")
    last = max(read, key=lambda i: i.span)
    assert not _number_before(text, last, at)
    assert _number_before(text, min(read, key=lambda i: i.span), at)
    assert _signed_deviation(text, min(read, key=lambda i: i.span))
    named = "最大电压为两倍额定值或100 V"
    assert not _signed_deviation(named, min(extract_indicators(named, "zh"), key=lambda i: i.span))
    assert whichever_bounds((), text) == ()

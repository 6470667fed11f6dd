"""A time allowed written as '在X内' is a limit of its own (compare.indicators.within)."""

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract


def _read(text):
    return [(i.comparator, i.value, i.unit, tuple(c.text for c in i.conditions)) for i in extract(text).indicators]


def test_time_to_complete_an_action_is_a_maximum():
    read = _read("对于客座量大于44座的飞机，必须表明其乘员能在90秒钟内从飞机撤离至地面。")
    assert (Comparator.MAX, 90.0) in [(c, v) for c, v, _, _ in read]
    assert all("90秒" not in conds for *_, conds in read)


def test_requirement_word_earlier_in_the_sentence_carries_to_a_second_period():
    read = _read("操纵信号装置后，灯应在1 s内发光，并在1.5 s内第一次熄灭。")
    assert [(c, v) for c, v, *_ in read] == [(Comparator.MAX, 1.0), (Comparator.MAX, 1.5)]


def test_step_of_a_procedure_sets_the_period():
    read = _read("将试样放入蒸压釜中，在1 h内逐渐升压至(500±20) kPa。")
    assert (Comparator.EQUAL, 1.0, "h") in [(c, v, u) for c, v, u, _ in read]


def test_period_before_a_bound_stays_the_limits_condition():
    read = _read("在任一面积上平均的泄漏辐射空气比释动能，在1 h内应不超过1.0 mGy。")
    assert [v for _, v, _, _ in read] == [1.0]
    assert read[0][2] == "mGy" and any("1 h" in c for c in read[0][3])


def test_period_before_an_at_least_stays_a_condition():
    read = _read("儿童测试：在演示前的5 min内，至少85 %的儿童不能打开包装。")
    assert all(u != "min" for _, _, u, _ in read)


def test_not_a_time_is_left_alone():
    read = _read("在1 m静压头下，输液器输出的氯化钠溶液应不少于1 000 mL。")
    assert all(u != "m" for _, _, u, _ in read)


def test_time_held_in_a_step_is_a_value():
    read = _read("碘值低于150的样品，锥形瓶应在暗处放置1 h；碘值高于150的样品，应在暗处放置2 h。")
    assert [(c, v, u) for c, v, u, _ in read if u == "h"] == [(Comparator.EQUAL, 1.0, "h"), (Comparator.EQUAL, 2.0, "h")]


def test_time_held_before_a_limit_stays_its_condition():
    read = _read("救生衣在淡水中浸泡24 h后，其浮力的减少不应超过5 %。")
    assert [(c, v) for c, v, _, _ in read] == [(Comparator.MAX, 5.0)]

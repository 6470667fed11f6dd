"""A count a step's verb governs is read beside a limit of its sentence (compare.indicators.step_counts, fixcount37).
The texts are written for these tests."""

from __future__ import annotations

from compare.indicators.extract import extract
from compare.indicators.step_counts import counted_by_the_step


def _shape(text: str) -> list[tuple[str, float | None, str]]:
    return [(i.comparator.value, i.value, i.unit) for i in extract(text).indicators]


def test_the_verb_straight_before_the_count():
    assert counted_by_the_step("在每个试样上测定3次", 8, 10)
    assert counted_by_the_step("Make 4 readings", 5, 15)
    # a count the verb does not govern: what a limit is of
    assert not counted_by_the_step("3个试样的平均值不小于20 MPa", 0, 2)


def test_a_count_measured_beside_a_limit_is_read():
    assert _shape("在距边缘不少于10 mm的位置测量4次厚度，取平均值。") == [("min", 10.0, "mm"), ("equal", 4.0, "次")]
    shape = _shape("Make four readings of thickness at points not less than 10 mm from the edge and take the mean.")
    assert ("equal", 4.0, "") in shape and ("min", 10.0, "mm") in shape


def test_what_the_thing_tested_undergoes_is_counted():
    assert ("equal", 2000.0, "次") in _shape("开关应能承受2 000次通断操作，触头温升不超过45 K。")
    assert _shape("每个试验面应承受3次冲击，冲击能量为2 J。")[0] == ("equal", 3.0, "次")


def test_a_count_said_in_the_passive_and_joined_counts():
    shape = _shape("Two loaded and four unloaded test pieces are used, each not more than 5 mm thick.")
    assert ("equal", 2.0, "") in shape and ("equal", 4.0, "") in shape and ("max", 5.0, "mm") in shape
    shape = _shape("每批取2个加载试样和4个空白试样，试样厚度不超过5 mm。")
    assert shape[:2] == [("equal", 2.0, "个"), ("equal", 4.0, "个")] and ("max", 5.0, "mm") in shape


def test_portions_taken_are_counted_and_parts_of_a_proportion_are_not():
    shape = _shape("称取四份试样，每份质量为（5.0±0.1）g。")
    assert shape[0] == ("equal", 4.0, "")
    # '一份…、三份…' after 应为 are the parts of a proportion, no count
    assert all(v != 1.0 for _, v, _ in _shape("砂浆的配合比应为一份石灰、三份河砂（水灰比为0.6）。"))


def test_things_described_with_de_after_the_verb_are_counted():
    # '进行5次完整的冷热循环': the verb straight before says the count is the step's, though 的 describes the things
    shape = _shape("样品应进行5次完整的冷热循环：在70 ℃±2 ℃下至少保持4 h。")
    assert shape[0] == ("equal", 5.0, "次") and ("min", 4.0, "h") in shape
    # with no verb before it, a count whose things name what the next value is of stays unread
    assert _shape("相邻两次放电的时间间隔为5 s。") == [("equal", 5.0, "s")]


def test_insertions_withstood_are_counted_on_both_sides():
    assert ("equal", 10000.0, "次") in _shape("连接器应能承受10 000次插拔，接触电阻不大于20 mΩ。")
    assert ("equal", 10000.0, "") in _shape("The connector shall withstand 10 000 insertions and withdrawals; the "
                                             "contact resistance shall not exceed 20 mΩ.")

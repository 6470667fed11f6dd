"""Comparator words inside the name of the quantity a share, fraction or multiple is taken of (compnames26)."""

from compare.core.vocabulary import Comparator
from compare.indicators.compnames import reference_quantity
from compare.indicators.extract import extract


def _read(text):
    return [(i.comparator, i.value) for i in extract(text).indicators]


def test_reference_quantity_spans_the_quantity_after_the_verb():
    left = "设备的最高表面温度不应超过相关粉尘云最低点燃温度的"
    a, b = reference_quantity(left, "")
    assert left[a:b] == "相关粉尘云最低点燃温度"
    a, b = reference_quantity("初始力为实际最大力的", "%")
    assert "初始力为实际最大力的"[a:b] == "实际最大力"


def test_reference_quantity_only_for_a_ratio_after_de():
    assert reference_quantity("初始力为实际最大力的", "kN") is None  # a force in kN is no share of a force
    assert reference_quantity("最大工作压力为", "") is None  # no quantity named before the number
    assert reference_quantity("最小弯曲半径", "") is None


def test_reference_quantity_across_a_condition_value():
    left = "时允许最大工作压力的"
    sentence = "壳体试验压力为阀门在20 °C" + left
    a, b = reference_quantity(left, "倍", sentence)
    assert (a, b) == (0, len(left) - 1)  # the whole of left up to 的 is inside the reference
    assert reference_quantity(left, "倍") is None  # no verb in left alone


def test_bound_word_of_the_reference_is_no_bound_of_the_value():
    assert _read("设备的最高表面温度不应超过相关粉尘云最低点燃温度的2/3。") == [(Comparator.MAX, 2 / 3)]
    assert _read("初始力为实际最大力的70%。") == [(Comparator.EQUAL, 70.0)]
    assert _read("壳体试验压力为阀门在20 ℃时允许最大工作压力的1.5倍。")[-1] == (Comparator.EQUAL, 1.5)


def test_bound_words_outside_the_reference_still_count():
    assert _read("阻抗模值的最小值不应低于额定阻抗的80%。") == [(Comparator.MIN, 80.0)]
    assert _read("最大输出功率衰减不超过试验前测试值的5%。") == [(Comparator.MAX, 5.0)]
    assert _read("软管的最小爆破压力为最大工作压力的4倍。")[0][0] == Comparator.MIN
    assert _read("最小弯曲半径为50 mm。") == [(Comparator.MIN, 50.0)]


"""'但' (but) before the second bound of one quantity frames it, it names nothing: '至少24 h，但不超过168 h' is one
range (phrases.EDGE, extract._merge_bounds). Sentences written for these tests; no encoder."""

from __future__ import annotations

from compare.indicators.extract import extract_indicators
from compare.indicators.phrases import clean_parameter


def test_but_is_no_name() -> None:
    assert clean_parameter(",但") == ""  # (as folded: full-width marks are ASCII by then)
    assert clean_parameter("但是") == ""
    assert clean_parameter("但日平均温度") == "日平均温度"


def test_a_minimum_then_but_a_maximum_is_one_range() -> None:
    (ind,) = extract_indicators("样品在恒温箱中老化至少72 h，但不超过96 h。")
    assert (ind.comparator, ind.low, ind.high, ind.unit) == ("range", 72.0, 96.0, "h")
    rows = extract_indicators("等级Ⅱ：>0.5 mg/L但≤2 mg/L；等级Ⅲ：>2 mg/L但≤8 mg/L。")
    assert [(i.comparator, i.low, i.high) for i in rows] == [("range", 0.5, 2.0), ("range", 2.0, 8.0)]


def test_a_limit_of_another_quantity_after_but_keeps_its_name() -> None:
    first, second = extract_indicators("最高水温不超过60 ℃，但出水平均水温不超过45 ℃。")
    assert (first.comparator, second.comparator) == ("max", "max")
    assert second.parameter == "出水平均水温"

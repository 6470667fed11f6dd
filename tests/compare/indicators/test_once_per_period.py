"""Once in a period of time (thirty-fifth round, fixread35): once_per_period."""

from __future__ import annotations

from compare.indicators.extract import extract
from compare.indicators.once_per_period import once_per_period


def _shape(text: str) -> list[tuple]:
    return [(str(i.comparator), i.value, i.unit) for i in sorted(extract(text).indicators, key=lambda i: i.span)]


def test_once_a_year_in_chinese_is_a_period_of_one_year():
    assert _shape("压力表应每年校验一次。") == [("equal", 1.0, "年")]
    assert _shape("过滤器应每周更换一次。") == [("equal", 1.0, "周")]


def test_once_a_year_in_english_is_a_period_of_one_year():
    assert _shape("The pressure gauge shall be checked once a year.") == [("equal", 1.0, "year")]
    assert _shape("Filters shall be replaced once per week.") == [("equal", 1.0, "week")]


def test_once_a_shift_and_once_without_a_period_stay_counts():
    assert once_per_period("每班检查一次。") == []
    assert once_per_period("每年平均值不超过5 mg。") == []
    assert once_per_period("Stir at least once.") == []
    assert once_per_period("每季度至少监测一次。") == []
    assert once_per_period("Open it not more than once per hour.") == []
    assert once_per_period("每年检定一次") == [(1, 1, "1")]

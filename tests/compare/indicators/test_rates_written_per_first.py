"""A count whose period is written before it ('每小时3次～10次', '每小时不少于6次'): a rate per that period, as
'between three and ten times per hour' is (constructions.period_before_count). Sentences written for these tests;
no encoder."""

from __future__ import annotations

from compare.indicators.constructions import period_before_count
from compare.indicators.extract import extract
from compare.indicators.units import normalise


def test_period_before_count() -> None:
    assert period_before_count("试验室的换气次数应为每小时") == "小时"
    assert period_before_count("搅拌器的转动每分钟不少于") == "分钟"
    assert period_before_count("每小时检查") == ""  # a verb between: what is counted is not said to be a rate
    assert period_before_count("换气次数为") == ""


def test_a_count_after_its_period_is_a_rate() -> None:
    (ind,) = extract("试验室的换气次数应为每小时4次～12次。").indicators
    assert (ind.low, ind.high, ind.normalized.dimension) == (4.0, 12.0, normalise(1, "1/h").dimension)
    assert ind.normalized.high == normalise(12, "1/h").value
    (ind,) = extract("搅拌器的转动每分钟不少于30次。").indicators
    assert (str(ind.comparator), ind.normalized.value) == ("min", normalise(30, "1/min").value)

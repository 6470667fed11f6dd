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


def test_drops_counted_after_their_period_are_a_rate() -> None:
    # '滴' counts drops as '次' counts times: '每秒1滴～2滴' is 1 to 2 drops per second, as the English says it
    (ind,) = extract("柱流速控制为每秒1滴～2滴。").indicators
    english = extract("Adjust the column flow to 1 to 2 drops per second.").indicators[-1]
    assert (ind.low, ind.high, ind.normalized.dimension) == (1.0, 2.0, english.normalized.dimension)
    assert (ind.normalized.low, ind.normalized.high) == (english.normalized.low, english.normalized.high)
    (ind,) = extract("输液滴速约为每分钟60滴。").indicators
    assert ind.normalized.value == normalise(60, "1/min").value
    # a count of drops a step adds is no rate, and '滴定', '滴加' after a number are no drops
    (ind,) = extract("取上清液5滴，置白瓷板上。").indicators
    assert (ind.value, ind.normalized.dimension) == (5.0, normalise(5, "").dimension)
    assert all(i.unit != "滴" for i in extract("用0.1 mol/L硝酸银溶液2滴定至终点。").indicators)

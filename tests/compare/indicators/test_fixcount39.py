"""Counts, numbers in words and units not read (thirty-ninth round, fixcount39)."""

from __future__ import annotations

from compare.indicators.units import is_known, normalise


def test_miao_zhong_is_the_second():
    # '强力振摇30秒钟' (秒钟 the spoken name of the second, as 分钟 is of the minute)
    assert is_known("秒钟")
    assert normalise(30, "秒钟").value == normalise(30, "s").value
    assert normalise(30, "秒钟").unit == normalise(30, "s").unit

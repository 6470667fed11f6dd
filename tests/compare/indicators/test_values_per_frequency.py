"""Counts of cycles written as a slash pair for a slash pair of supply frequencies ('5/6 cycles (50 Hz/60 Hz)'), as
immunity and supply-interruption tests write them: one value for each frequency (extract._values_per_frequency),
and '周期' a count of cycles (units._COUNT); a dip's half cycle written as a vulgar fraction ('½ cycle') is 0.5
(clausetext.fold). Sentences written for these tests; no encoder."""

from __future__ import annotations

from compare.indicators.extract import extract
from compare.indicators.units import normalise


def _cycles(text: str) -> list[tuple[float | None, str]]:
    return [(i.value, i.unit) for i in extract(text).indicators if i.normalized.dimension == "number"]


def test_a_pair_of_cycle_counts_is_one_count_for_each_frequency() -> None:
    text = "UPS input interruption: 0 % of rated voltage for 5/6 cycles (50 Hz/60 Hz); 40 % for 12/15 cycles."
    assert _cycles(text) == [(5.0, "cycles"), (6.0, "cycles"), (12.0, "cycles"), (15.0, "cycles")]
    # the frequencies are the counts' conditions, no value of their own
    assert not [i for i in extract(text).indicators if "Hz" in (i.unit or "")]
    # no frequencies named: the pair is no two counts
    assert (5.0, "cycles") not in _cycles("Endurance: 0 % of rated voltage for 5/6 cycles, repeated 10 times.")


def test_a_pair_of_cycle_counts_in_chinese() -> None:
    text = "输入中断试验（50 Hz/60 Hz）：额定电压的0 %，持续5/6个周期；40 %，持续12/15周期。"
    assert _cycles(text) == [(5.0, "周期"), (6.0, "周期"), (12.0, "周期"), (15.0, "周期")]
    # each count for its frequency
    assert [i.basis for i in extract(text).indicators if i.unit == "周期"] == ["50 Hz", "60 Hz", "50 Hz", "60 Hz"]


def test_cycles_counted_in_chinese_are_a_number() -> None:
    assert normalise(3, "周期").dimension == "number"
    assert normalise(3, "个周期").dimension == "number"



def test_a_count_of_cycles_written_after_its_number_in_chinese() -> None:
    text = "热循环试验：试样经受3个周期，每个周期24 h；复查时再经受2周期。"
    assert _cycles(text) == [(3.0, "个周期"), (2.0, "周期")]


def test_a_vulgar_fraction_is_its_decimal() -> None:
    # (clausetext.fold: NFKC writes '½' as '1⁄2', of which the reader took the 2)
    assert _cycles("Supply dip: 0 % of rated voltage for ½ cycle, then 40 % for 10 cycles.") == \
        [(0.5, "cycle"), (10.0, "cycles")]
    assert _cycles("电源暂降：额定电压的0 %，持续½周期。") == [(0.5, "周期")]
    read = [(i.value, i.unit) for i in extract("搅拌时间为¼ h，静置时间为¾ h。").indicators]
    assert read == [(0.25, "h"), (0.75, "h")]

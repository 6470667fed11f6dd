"""Durations in cycles written for 50 Hz and 60 Hz at once, the frequencies not named (compare.indicators.mains_cycles):
the 50 Hz one is read, the 60 Hz one hidden; other slashes before a unit, a fraction in lowest terms and the pairs of
a clause that names the frequencies stay as written. Texts written for these tests."""

from compare.indicators.mains_cycles import fifty_hertz_cycles
from tests.compare.indicators.readings import read


def test_the_pair_keeps_its_fifty_hertz_duration_in_place():
    text = "Dip to 40 %: 10/12 cycles; interruption: 250/300 cycles."
    rewritten = fifty_hertz_cycles(text)
    assert len(rewritten) == len(text)
    assert rewritten == "Dip to 40 %: 10    cycles; interruption: 250     cycles."
    assert fifty_hertz_cycles("剩余电压70 %，持续25/30个周期。") == "剩余电压70 %，持续25   个周期。"


def test_only_a_pair_in_the_ratio_of_the_two_frequencies_and_before_cycles():
    for text in ("a burst of 5/50 ns pulses", "the 1,2/50 μs surge", "every 3/4 cycle", "after 10/20 cycles",
                 "1/2 cycle at 0°", "0/0 cycles", "5/6 cycle", "for 25/30 cycles (50 Hz/60 Hz)", "50/60 Hz: 10/12 周期",
                 '"25/30 cycles" means two durations', "“25/30周期”指两个持续时间"):
        assert fifty_hertz_cycles(text) == text


def test_the_reader_reads_one_duration_per_level():
    en = read("Residual voltage 40 % for 10/12 cycles; 70 % for 25/30 cycles.")
    assert ("equal", 10.0, "cycles") in en and ("equal", 25.0, "cycles") in en
    assert all(value not in (12.0, 30.0) for _, value, _ in en)
    zh = read("剩余电压40 %，持续10/12周期；70 %，持续25/30周期。")
    assert ("equal", 10.0, "周期") in zh and ("equal", 25.0, "周期") in zh
    assert all(value not in (12.0, 30.0) for _, value, _ in zh)

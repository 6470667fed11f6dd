"""The level that defines a bandwidth names it (nineteenth round): '3 dB 带宽', 'the 3 dB bandwidth', 'bandwidth at the
−3 dB points' state a bandwidth measured where the response is 3 dB down, no level the clause requires."""

from compare.indicators.extract import extract
from tests.compare.indicators.readings import read as _read
from compare.indicators.verdicts import compare_clauses


def test_the_level_of_a_bandwidth_is_part_of_its_name():
    assert _read("光滤波器的3 dB带宽应不小于0.4 nm。") == [("min", 0.4, "nm")]
    assert _read("The 3 dB bandwidth of the amplifier shall be at least 20 MHz.") == [("min", 20.0, "MHz")]
    (bandwidth,) = extract("Optical bandwidth at the −3 dB points: minimum 0,4 nm.").indicators
    assert (bandwidth.value, bandwidth.unit) == (0.4, "nm") and "3 dB" in bandwidth.parameter
    # a level of its own stays a value
    assert _read("Attenuation at the band edge: at least 30 dB.") == [("min", 30.0, "dB")]


def test_a_bandwidth_named_by_its_level_on_both_sides_pairs_alone():
    result = compare_clauses("滤波器3 dB带宽：通道1为 50 GHz。", "Bandwidth at the −3 dB points, channel 1: 50 GHz.")
    assert [(p.domestic.value, p.international.value) for p in result.pairs] == [(50.0, 50.0)]

"""A band open at its top ('6.9 mm²/s～<9.3 mm²/s', '2.5 µm to < 10 µm', 'between 7.5 kW and < 37 kW'): one range, read
like the closed one; a band that is the condition of a limit stays its condition."""

import pytest

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract


@pytest.mark.parametrize("text, low, high", [
    ("粘度等级为20的内燃机油，运动黏度应为6.9 mm²/s～<9.3 mm²/s。", 6.9, 9.3),
    ("Fraction B covers particles from 2.5 µm to < 10 µm in aerodynamic diameter.", 2.5, 10.0),
    ("The kinematic viscosity shall be 12.5 mm2/s to <16.3 mm2/s.", 12.5, 16.3),
    ("环境温度应在15 ℃～＜35 ℃之间。", 15.0, 35.0),
])
def test_an_open_top_band_is_one_range(text, low, high):
    ranges = [i for i in extract(text).indicators if i.comparator == Comparator.RANGE]
    assert [(i.low, i.high) for i in ranges] == [(low, high)]


@pytest.mark.parametrize("text", [
    "功率在10 kW～<37 kW的电动机效率不低于90 %。",
    "for rated power between 7.5 kW and < 37 kW the efficiency shall be at least 90 %",
])
def test_an_open_top_band_before_a_limit_is_its_condition(text):
    (ind,) = extract(text).indicators
    assert ind.comparator == Comparator.MIN and ind.value == 90.0
    assert ind.conditions and "37" in ind.conditions[0].text

"""A test setting stated once at the head of a clause is the condition of the limits after it, up to the full stop
(compare.indicators.extract.setting_for_the_clause). The texts are written for these tests."""

from __future__ import annotations

from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses


def _verdicts(domestic: str, international: str) -> list[tuple[str, str]]:
    result = compare_clauses(domestic, international)
    return [(str(p.verdict), p.reason) for p in result.pairs]


def _conditions(text: str) -> list[tuple[str, list[str]]]:
    return [(ind.parameter, [c.text for c in ind.conditions]) for ind in extract_indicators(text)]


def test_a_speed_at_the_head_reaches_every_limit_up_to_the_full_stop():
    verdicts = _verdicts("摩托车路试：制动初速度30 km/h，制动距离 ≤ 7.5 m；平均减速度 ≥ 5.0 m/s²。",
                         "Motorcycles shall be tested at v = 60 km/h; stopping distance ≤ 7,5 m; mean deceleration ≥ 5,0 m/s².")
    assert verdicts == [("different", "another required value")] \
        + [("different", "another test condition: 30 km/h vs 60 km/h")] * 2
    # the same setting on both sides keeps the limits comparable
    verdicts = _verdicts("摩托车路试：制动初速度60 km/h，制动距离 ≤ 7.5 m；平均减速度 ≥ 5.0 m/s²。",
                         "Motorcycles shall be tested at v = 60 km/h; stopping distance ≤ 7,5 m; mean deceleration ≥ 5,0 m/s².")
    assert verdicts == [("consistent", "same limit")] * 3


def test_a_heading_condition_reaches_past_the_semicolons():
    assert _verdicts("电缆试验温度为90 ℃时：绝缘电阻常数不小于3.67 MΩ·km；体积电阻率不小于1.0×10^12 Ω·m。",
                     "Cables tested at 70 °C: insulation resistance constant not less than 3,67 MΩ·km; volume "
                     "resistivity not less than 1,0 × 10^12 Ω·m.") \
        == [("different", "another test condition: 90 ℃ vs 70 °C")] * 2


def test_the_reach_ends_at_the_full_stop_and_rows_of_settings_are_left_as_read():
    read = _conditions("叉车路试：试验车速20 km/h，制动距离 ≤ 6 m；驻车坡度 ≥ 15 %。操纵力 ≤ 250 N。")
    assert read == [("叉车路试:试验车速", []), ("制动距离", ["20 km/h"]), ("驻车坡度", ["20 km/h"]), ("操纵力", [])]
    # another value of the setting's quantity in the sentence: each row has its own setting
    read = _conditions("钢板冲击试验温度20 ℃，冲击吸收能量不小于34 J；0 ℃，不小于27 J。")
    assert all(not conditions for _, conditions in read)

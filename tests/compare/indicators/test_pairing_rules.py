"""Pairing and verdict rules, with clause pairs written for these tests (other fields, other wordings, both
languages)."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.verdicts import compare_clauses


def verdicts(domestic, international):
    result = compare_clauses(domestic, international)
    return result.overall, [(p.verdict, p.domestic and p.domestic.value, p.international and p.international.value)
                            for p in result.pairs]


# A temperature difference in kelvin is the same number of degrees Celsius.
def test_a_difference_in_kelvin_meets_one_in_degrees_celsius():
    overall, pairs = verdicts("恒温槽的温度波动应在±0.5 ℃以内，槽内各点温差不应超过1 ℃。",
                              "The bath temperature shall remain within ± 0,5 K and the difference between any two "
                              "points shall not exceed 1 K.")
    assert overall == Verdict.CONSISTENT and len(pairs) == 2
    assert verdicts("绕组温升不应超过65 ℃。", "The temperature rise of the windings shall not exceed 60 K.")[0] \
        == Verdict.LOOSER
    assert verdicts("The temperature rise of the windings shall not exceed 60 K.", "绕组温升不应超过65 ℃。")[0] \
        == Verdict.STRICTER


def test_an_absolute_temperature_in_kelvin_is_no_difference():
    # 300 K is no 300-degree difference: it does not meet a 27 ℃ limit as the same number.
    overall, pairs = verdicts("试验温度为27 ℃。", "The test temperature is 300 K.")
    assert all(v != Verdict.CONSISTENT for v, _, _ in pairs)


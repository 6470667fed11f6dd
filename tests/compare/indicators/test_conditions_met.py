"""A value one clause states as a requirement and the other as the condition of a limit ('Ageing temperature: 90 °C'
against '电缆在90 ℃下老化168 h后，…'): one value, compared as a pair (compare.indicators.verdicts.paired_with_conditions).
The texts are written for these tests."""

from __future__ import annotations

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.verdicts import compare_clauses


def _condition_pairs(result):
    return [p for p in result.pairs if "condition" in p.reason and p.domestic and p.international]


def test_a_condition_meets_the_same_value_stated_as_a_requirement():
    domestic = "电缆在90 ℃下老化168 h后，抗张强度变化率不超过±25 %。"
    result = compare_clauses(domestic, "Ageing temperature: 90 °C. After ageing for 168 h, the variation of tensile "
                                       "strength shall not exceed ±25 %.")
    assert result.overall == Verdict.CONSISTENT
    (pair,) = _condition_pairs(result)
    assert pair.verdict == Verdict.CONSISTENT
    # the condition side as written, with where it stands in its clause
    condition = pair.domestic
    assert (condition.comparator, condition.value, condition.unit) == (Comparator.EQUAL, 90.0, "°C")
    assert domestic[condition.span[0]:condition.span[1]].startswith("90 ℃")
    assert (pair.international.value, pair.international.normalized.unit) == (90.0, pair.domestic.normalized.unit)
    # and the limit it conditions keeps its own pair
    assert any(p.domestic and p.domestic.value == 25.0 and p.verdict == Verdict.CONSISTENT for p in result.pairs)


def test_the_english_side_may_hold_the_condition():
    result = compare_clauses("测量频率为5 kHz。插入损耗不大于3 dB。", "At 5 kHz, the insertion loss shall not exceed 3 dB.")
    (pair,) = _condition_pairs(result)
    assert (pair.domestic.value, pair.international.value, pair.international.unit) == (5.0, 5.0, "kHz")
    assert pair.international.comparator == Comparator.EQUAL


def test_another_value_is_no_counterpart():
    result = compare_clauses("在5 kHz频率下测量，插入损耗不大于3 dB。",
                             "The measuring frequency shall be 10 kHz. Insertion loss: max. 3 dB.")
    assert not _condition_pairs(result)
    assert [(p.verdict, p.international.value) for p in result.pairs if p.domestic is None] \
        == [(Verdict.MISSING_DOMESTIC, 10.0)]


def test_a_band_is_no_counterpart_of_a_point_inside_it():
    result = compare_clauses("当环境温度为20 ℃～30 ℃时，误差不超过±1 %。",
                             "The ambient temperature shall be 25 °C. Error: within ±1 %.")
    assert not _condition_pairs(result)


def test_each_condition_meets_one_reading():
    result = compare_clauses("在5 kHz频率下测量，插入损耗不大于3 dB。",
                             "The measuring frequency shall be 5 kHz. The reference frequency is 5 kHz. Insertion loss: "
                             "max. 3 dB.")
    assert len(_condition_pairs(result)) == 1

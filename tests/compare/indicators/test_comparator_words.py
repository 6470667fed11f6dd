"""Comparator words read the same way in both languages: a negated modal before a bound word, and 'not … by more
than', with sentences written for these tests (other fields, other wordings)."""

from __future__ import annotations

import pytest

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses


def kinds(text):
    return [(i.comparator, i.value) for i in extract_indicators(text)]


@pytest.mark.parametrize("text, kind", [
    ("检修通道宽度不宜小于0.8 m。", Comparator.MIN),
    ("室内噪声不宜大于45 dB(A)。", Comparator.MAX),
    ("桥架跨距不宜超过3 m。", Comparator.MAX),
    ("储罐内温度不可高于40 ℃。", Comparator.MAX),
    ("电源电压不能低于198 V。", Comparator.MIN),
    ("消防车道净宽度不应小于4.0 m。", Comparator.MIN),
])
def test_a_negated_modal_turns_the_bound_word(text, kind):
    assert kinds(text)[-1][0] == kind


def test_the_modal_is_no_part_of_the_name():
    (ind,) = extract_indicators("坡道坡度不宜大于12 %。")
    assert "不宜" not in ind.parameter and ind.comparator == Comparator.MAX


@pytest.mark.parametrize("text, value", [
    ("The measured output power shall not exceed the declared value by more than 2 dB.", 2.0),
    ("The mass of the contents shall not deviate from the nominal quantity by more than 4,5 %.", 4.5),
    ("The reading must not differ from the reference thermometer by more than 0,2 K.", 0.2),
    ("During the test the speed shall not vary by more than 5 %.", 5.0),
])
def test_not_by_more_than_is_a_maximum(text, value):
    assert kinds(text)[-1] == (Comparator.MAX, value)


# A negated comparison with a reference ('not be lower than the rated value') followed by 'by more than': the largest
# shortfall or excess allowed, a maximum.
@pytest.mark.parametrize("text, value", [
    ("The luminous efficacy shall not be lower than the declared value by more than 8 %.", 8.0),
    ("The sound power level shall not be higher than the declared level by more than 2 dB.", 2.0),
    ("The heating capacity must not be less than the rated capacity by more than 6 %.", 6.0),
])
def test_not_lower_than_a_reference_by_more_than_is_a_maximum(text, value):
    assert kinds(text)[-1] == (Comparator.MAX, value)
    assert kinds(text.replace(" by more than", ", with a margin of more than"))[-1][0] != Comparator.MAX


def test_more_than_without_a_negated_change_stays_a_minimum():
    assert kinds("The coating thickness shall be more than 25 µm.")[-1] == (Comparator.MIN, 25.0)
    assert kinds("The cell shall exceed the rated capacity by more than 5 %.")[-1][0] == Comparator.MIN


def test_the_same_limit_worded_both_ways_is_consistent():
    assert compare_clauses("接地电阻不宜大于4 Ω。", "The earthing resistance shall not exceed 4 Ω.").overall \
        == Verdict.CONSISTENT
    assert compare_clauses("输出功率不应超过标称值＋3 dB。",
                           "The output power shall not exceed the rated value by more than 3 dB.").overall \
        == Verdict.CONSISTENT


@pytest.mark.parametrize("text, value", [
    ("No part of the enclosure shall exceed 60 °C.", 60.0),
    ("No sample shall contain mould that exceeds 50 cfu/g.", 50.0),
    ("Not more than 3 % of the bags may be underweight; no bag more than 15 g.", 15.0),
    ("None of the test pieces shall show an elongation more than 12 %.", 12.0),
])
def test_a_no_subject_denies_the_bound_after_it(text, value):
    assert kinds(text)[-1] == (Comparator.MAX, value)


def test_no_inside_a_subject_is_no_denial():
    assert kinds("A sample with no visible defect shall weigh more than 5 g.")[-1] == (Comparator.MIN, 5.0)
    assert kinds("Hardness: no less than 40 HRC.")[-1] == (Comparator.MIN, 40.0)


def test_a_bound_in_a_list_of_breaches_is_the_rules_opposite_bound():
    # each item after '不得有下列行为' is conduct that breaks the rule: 'more than' breaks a maximum, 'less than' a minimum
    text = "装卸作业人员不得有下列行为：……单次搬运重量超过25 kg；或者连续作业间隔时间少于10 min。"
    assert [(i.comparator, i.value) for i in extract_indicators(text)] == [(Comparator.MAX, 25.0), (Comparator.MIN, 10.0)]
    # the same bounds outside such a list keep their words' kind
    assert [i.comparator for i in extract_indicators("单次搬运重量超过25 kg时，应两人搬运。")] == [Comparator.MIN]

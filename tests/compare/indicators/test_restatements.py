"""A value a clause writes again, in other terms or as it stands, beside a requirement it compares: one requirement,
not a second one the other clause lacks. The reading stays listed (missing on the other side) with a note for the
reviewer, and the overall verdict is taken without it. Clause pairs written for these tests (other fields, both
languages)."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses, restated_that_is


def _aside(result):
    return [p for p in result.pairs if not p.counted]


# ------------------------------------------------------------------------------------------ 'i.e.', '即'

def test_a_multiple_restated_after_i_e_is_one_requirement():
    result = compare_clauses("爆破压力不小于40 MPa。",
                             "The burst pressure shall be at least 4 times the maximum working pressure, i.e. 40 MPa.")
    assert result.overall == Verdict.CONSISTENT
    (aside,) = _aside(result)
    assert aside.verdict == Verdict.MISSING_DOMESTIC and aside.international.unit.startswith("×")
    assert "'i.e.'" in " ".join(result.notes)


def test_a_rate_restated_after_ji_is_one_requirement():
    result = compare_clauses("摆锤每次摆动的周期为(2.0±0.1) s，即每分钟摆动30次。", "Period of swing: 2,0 s ± 0,1 s.")
    assert result.overall == Verdict.CONSISTENT
    (aside,) = _aside(result)
    assert aside.verdict == Verdict.MISSING_INTERNATIONAL and aside.domestic.value == 30


def test_that_is_needs_the_word_straight_after_the_first_reading():
    text = "Dry for 2 h; that is the minimum. Cool for 30 min, i.e. 0,5 h."
    dry, cool, restated = extract_indicators(text)
    assert restated_that_is(restated, cool, text) and restated_that_is(cool, restated, text)
    assert not restated_that_is(cool, dry, text)  # the item ends between them
    assert not restated_that_is(cool, cool, text)


def test_ji_inside_another_word_restates_nothing():
    # '即使' (even if) opens a requirement of its own, which stays counted.
    result = compare_clauses("干燥时间为2 h，即使在高温下，干燥温度也不超过105 ℃。", "Dry for 2 h.")
    assert result.overall == Verdict.DIFFERENT and all(p.counted for p in result.pairs)

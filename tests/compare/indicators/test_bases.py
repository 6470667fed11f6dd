"""Bases attached to the indicator they qualify: the measure and weighting of a sound level, and the other bases a
limit is taken on. A limit on another basis is different, never stricter or looser."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.core.vocabulary import Verdict
from compare.indicators.constructions import LONG_TERM_LEVELS, level_measure, level_measures_differ
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses

levels = st.integers(min_value=20, max_value=140)

# ------------------------------------------------------------------------------------------ sound-level measures

MEASURE_SYMBOLS = [("Lden", "Lden"), ("L den", "Lden"), ("Ldn", "Ldn"), ("Lnight", "Lnight"), ("Lday", "Lday"),
                   ("LAeq", "Leq"), ("LAeq,16h", "Leq"), ("Leq", "Leq"), ("LAFmax", "Lmax"), ("LAmax", "Lmax"),
                   ("LCpeak", "peak"), ("LEX,8h", "LEX"), ("LEX, 8h", "LEX")]


@pytest.mark.parametrize("symbol, name", MEASURE_SYMBOLS)
def test_a_measure_written_after_the_unit_is_read_and_consumed(symbol, name):
    measure, length = level_measure("", f" {symbol} and below")
    assert measure == name
    assert f" {symbol} and below"[length:].startswith((" and", ",16h", "16h"))


@pytest.mark.parametrize("before, name", [("LEX,8h = ", "LEX"), ("噪声声压级峰值", "peak"), ("非稳态噪声等效声级的限值为", "Leq"),
                                          ("the maximum sound pressure level shall not exceed ", "Lmax"),
                                          ("the daily noise exposure level ", "LEX")])
def test_a_measure_named_before_the_value(before, name):
    assert level_measure(before, ".") == (name, 0)


@pytest.mark.parametrize("before", ["Lead in milk ", "speaking of ", "昼间 ", "outdoor living area (daytime) "])
def test_words_that_name_no_measure(before):
    assert level_measure(before, " and") == (None, 0)


def test_measures_differ_when_named_apart_or_one_is_a_long_term_mean():
    assert level_measures_differ("Lden", "Leq") and level_measures_differ("Leq", "Lmax")
    assert level_measures_differ(None, "Lnight") and level_measures_differ("Lden", None)
    assert not level_measures_differ(None, None) and not level_measures_differ("Leq", None)
    assert not level_measures_differ("Lden", "Lden") and not level_measures_differ(None, "Lmax")


@settings(deadline=None, max_examples=40)
@given(a=levels, b=levels, symbol=st.sampled_from(sorted(LONG_TERM_LEVELS)))
def test_a_long_term_level_against_a_daytime_limit_is_different_never_stricter(a, b, symbol):
    result = compare_clauses(f"声环境功能区：昼间 {a} dB(A)。", f"Noise levels should be kept below {b} dB {symbol}.")
    assert [p.verdict for p in result.pairs] == [Verdict.DIFFERENT]


@settings(deadline=None, max_examples=40)
@given(a=levels, b=levels)
def test_another_frequency_weighting_is_different(a, b):
    result = compare_clauses(f"声压级峰值不得超过{a} dB(A)。", f"The peak sound pressure level shall not exceed {b} dB(C).")
    assert [p.verdict for p in result.pairs] == [Verdict.DIFFERENT]


@settings(deadline=None, max_examples=40)
@given(a=levels, b=levels)
def test_equivalent_levels_compare_by_value(a, b):
    result = compare_clauses(f"昼间不得超过{a} dB(A)。", f"Daytime: {b} dB LAeq,16h.")
    expected = Verdict.CONSISTENT if a == b else Verdict.STRICTER if a < b else Verdict.LOOSER
    assert [p.verdict for p in result.pairs] == [expected]


def test_a_measure_after_the_unit_names_no_next_value():
    first, second = extract_indicators("Levels below 53 dB Lden and, at night, below 45 dB Lnight are recommended.")
    assert (first.value, first.basis, second.value, second.basis) == (53.0, "level Lden", 45.0, "level Lnight")
    assert "Lden" not in second.parameter

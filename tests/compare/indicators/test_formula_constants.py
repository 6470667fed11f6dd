"""Values written in a formula, by an item's number or as things counted by an abbreviation. The texts are written for
these tests."""

from __future__ import annotations

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.constructions import formula_terms
from compare.indicators.extract import extract_indicators
from compare.indicators.units import normalise
from compare.indicators.verdicts import compare_clauses


def test_formula_terms_are_a_constant_and_a_coefficient_of_a_symbol():
    text = "修正系数K = 1.2 - 0.04T，其中T为水温。"
    ((a, b), (c, d)), = formula_terms(text)
    assert (text[a:b], text[c:d]) == ("1.2", "0.04")
    assert formula_terms("The length L = 20 − 5 mm.") == []  # a unit after the second number: a range
    assert formula_terms("温度为20 ℃～25 ℃。") == []


def test_a_formula_states_its_two_constants_not_a_range():
    first, second = extract_indicators("The corrected speed is Vc = 120 − 0,8 θ.")
    assert (first.comparator, first.value, second.comparator, second.value) == (
        Comparator.EQUAL, 120.0, Comparator.EQUAL, 0.8)
    result = compare_clauses("修正后的速度Vc = 120 - 0.8θ。", "The corrected speed is Vc = 120 − 0,8 θ.")
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT, Verdict.CONSISTENT]
    assert sorted(p.international.value for p in result.pairs) == [0.8, 120.0]
    # a symbol of one letter before '=' is no label of a row: the constant is the formula's
    first, second = extract_indicators("修正系数K = 1.2 - 0.04T，其中T为水温。")
    assert (first.value, second.value) == (1.2, 0.04)


def test_an_items_number_is_no_value():
    (ind,) = extract_indicators("试验用砂为第2号～第4号标准砂，其含水率不应大于0.5 %。")
    assert (ind.comparator, ind.value, ind.unit) == (Comparator.MAX, 0.5, "%")


def test_things_counted_by_an_abbreviation_are_a_count():
    assert normalise(4.0, "LEDs").dimension == "number"
    result = compare_clauses("每个灯具中串联的LED不应超过12个。", "Not more than 12 LEDs shall be connected in series in one luminaire.")
    (pair,) = result.pairs
    assert pair.verdict == Verdict.CONSISTENT and pair.international.value == 12.0

"""Limits written as formulas: a quantity's one-letter symbol and a bound sign before the number ('管径 d<0.58λu',
'd < 0,58 λu for circular tubes and d < 0,50 λu for rectangular tubes'). The letter names the quantity, it is no unit
written before the value, and a second such formula after 'and' is a limit of its own, not a case of the first."""

from __future__ import annotations

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.constructions import symbol_then_bound
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses


def _read(text):
    return [(i.comparator, i.value, i.unit, [c.text for c in i.conditions]) for i in extract_indicators(text)]


def test_a_symbol_and_a_bound_sign_before_a_number():
    assert symbol_then_bound("导线间距 h<")
    assert symbol_then_bound("spacing s ≤ ")
    assert not symbol_then_bound("铅/(mg/kg) ≤ ")
    assert not symbol_then_bound("含量 ")


def test_the_symbol_of_the_bounded_quantity_is_no_unit():
    # h is no hour, t no tonne: the number is a plain one
    assert _read("导线间距 h<0.25。") == [(Comparator.MAX, 0.25, "", [])]
    assert _read("板材厚度 t ≤ 0.8。") == [(Comparator.MAX, 0.8, "", [])]
    # a unit in a heading before the bound stays the value's
    assert _read("铅/(mg/kg) ≤ 0.2") == [(Comparator.MAX, 0.2, "mg/kg", [])]


def test_a_second_formula_after_and_is_a_limit_of_its_own():
    found = _read("The gap shall be at most 2 mm for steel sheets and t ≤ 3 mm for aluminium sheets.")
    assert found == [(Comparator.MAX, 2.0, "mm", []), (Comparator.MAX, 3.0, "mm", [])]
    result = compare_clauses("钢板间隙 g<0.4，铝板间隙 g<0.6。",
                             "g < 0,4 for steel sheets and g < 0,6 for aluminium sheets.")
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT, Verdict.CONSISTENT]

"""A bound written before its quantity's symbol with nothing after the symbol, 'group I: 600 ≤ CTI;'
(compare/indicators/symbol_after_bound.py, thirty-eighth round, fixrange38): the open end of a classification, read as
the minimum 'CTI ≥ 600'; chains and half chains that condition a following value are left."""

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract_indicators
from compare.indicators.symbol_after_bound import bound_before_symbol


def _read(text):
    return [(i.comparator, i.value, i.low, i.high, i.unit) for i in extract_indicators(text)]


def test_half_chain_is_turned_in_place():
    text = "Class A: 3,5 ≤ COP; class B: 3,2 ≤ COP < 3,5."
    out = bound_before_symbol(text)
    assert out == "Class A: COP ≥ 3,5; class B: 3,2 ≤ COP < 3,5."
    assert len(out) == len(text)
    assert bound_before_symbol("甲级，85 %≤η。") == "甲级，η≥85 %。"


def test_chains_conditions_and_symbols_with_digits_are_left():
    for text in ("Class B: 3,2 ≤ COP < 3,5.", "for 2 000 < m ≤ 10 000;", "120 % ≤ U, 0,2 s;", "（Q1≤Q＜Q2）",
                 "Q3≤Q；"):
        assert bound_before_symbol(text) == text


def test_open_end_of_a_classification_is_a_minimum():
    read = _read("绝缘材料分组：A组，250≤CTI；B组，175≤CTI<250。")
    assert (Comparator.MIN, 250, None, None, "") in read
    assert (Comparator.RANGE, None, 175, 250, "") in read
    read = _read("Efficiency classes: class 1, 85 % ≤ η; class 2, 80 % ≤ η < 85 %.")
    assert (Comparator.MIN, 85, None, None, "%") in read
    assert (Comparator.RANGE, None, 80, 85, "%") in read


def test_a_symbol_that_is_a_unit_is_turned_only_after_a_unit():
    assert bound_before_symbol("甲类，0.95≤PF；") == "甲类，0.95≤PF；"
    assert bound_before_symbol("High, 99 % ≤ V.") == "High, V ≥ 99 %."

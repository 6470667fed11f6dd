"""fixpair34: a value a clause prefers and another it allows instead ('… (preferred; … may be used …)', '也可采用…'):
against a clause stating one value of the quantity, the preferred value is the counterpart, not the alternative."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.extract import extract
from compare.indicators.preferred_values import alternative_flags, preferred_of
from compare.indicators.verdicts import compare_clauses


def _flags(text: str) -> list[bool]:
    found = extract(text)
    return alternative_flags([ind.span for ind in found.indicators], found.text)


def test_a_value_followed_by_may_be_used_is_an_alternative():
    assert _flags("Specimen thickness 3,2 mm ± 0,2 mm (preferred; 4,0 mm ± 0,2 mm may also be used).") == [False, True]


def test_a_value_after_also_may_be_used_in_chinese_is_an_alternative():
    assert _flags("升温速率为10 K/min，也可采用20 K/min。") == [False, True]


def test_a_plain_list_has_no_alternative():
    assert _flags("长度为（80±2）mm，宽度为（10.0±0.2）mm。") == [False, False]
    # 'may also be used as' names a use of the product, not a value allowed instead ('也可用作')
    assert _flags("额定电流不超过63 A的开关，额定剩余电流不超过10 mA的也可用作附加保护。") == [False, False]


def test_the_preferred_value_is_the_nearest_earlier_one_of_its_dimension():
    assert preferred_of([False, False, True], ["length", "time", "length"]) == {2: 0}


def test_the_only_value_of_one_side_pairs_with_the_preferred_value_of_the_other():
    result = compare_clauses("试样厚度为（4.0±0.2）mm，宽度为（10.0±0.2）mm。",
                             "Specimen thickness 3,2 mm ± 0,2 mm (preferred; 4,0 mm ± 0,2 mm may also be used); "
                             "width 10,0 mm ± 0,2 mm.")
    pairs = {(p.domestic and p.domestic.value, p.international and p.international.value): p.verdict
             for p in result.pairs}
    assert pairs[(4.0, 3.2)] == Verdict.DIFFERENT
    assert pairs[(10.0, 10.0)] == Verdict.CONSISTENT
    assert pairs[(None, 4.0)] == Verdict.MISSING_DOMESTIC


def test_alternatives_on_both_sides_still_pair_with_each_other():
    result = compare_clauses("升温速率为10 K/min，也可采用20 K/min。",
                             "Heating rate 10 K/min; 20 K/min may be used.")
    assert {(p.domestic.value, p.international.value) for p in result.pairs} == {(10.0, 10.0), (20.0, 20.0)}

"""Issue 12, failure class 'one value shared by several items': a limit followed by its cases one by one, each opened by
the same words ('in the case of A, and in the case of B', 'for A and for B'), holds in each case; a single case that
names two things together ('for A and B') stays one limit."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.extract import _each_case, extract_indicators
from compare.indicators.verdicts import compare_clauses


def test_cases_opened_by_the_same_words_are_read_one_by_one():
    assert _each_case("the case of doors, and in the case of hatches") == ["doors", "hatches"]
    assert _each_case("indoor use and for outdoor use") == ["indoor use", "outdoor use"]
    assert _each_case("indoor use or for outdoor use") == ["indoor use", "outdoor use"]


def test_one_case_naming_two_things_is_not_split():
    assert _each_case("indoor and outdoor use") == []
    assert _each_case("the case of doors and hatches") == []
    assert _each_case("") == []


def test_a_limit_for_two_cases_is_two_limits_with_one_value():
    found = extract_indicators("The light transmission shall be at least 75 % in the case of front lamps, and in the "
                               "case of rear lamps.")
    assert [(i.value, i.qualifier) for i in found] == [(75.0, "front lamps"), (75.0, "rear lamps")]


def test_each_case_meets_its_own_limit_on_the_other_side():
    domestic = "前灯的透光率不应小于75 %；后灯的透光率不应小于75 %。"
    international = "The light transmission shall not be less than 75 % for front lamps and for rear lamps."
    result = compare_clauses(domestic, international)
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT, Verdict.CONSISTENT]

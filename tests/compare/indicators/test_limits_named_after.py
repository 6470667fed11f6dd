"""Limits that write the bound and the value first and the substance after the unit, in texts written for these
tests ('not more than 0,5 % water and not more than 2 % ash')."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses


def _read(text):
    return [(i.parameter, i.comparator.value, i.value) for i in extract_indicators(text)]


def test_each_limit_takes_the_name_after_its_unit():
    assert _read("Volatile matter: not more than 0,5 % water and not more than 2 % acetone.") == [
        ("water", "max", 0.5), ("acetone", "max", 2.0)]
    assert _read("Composition: not less than 12 % crude protein; not less than 3 % crude fat.") == [
        ("crude protein", "min", 12.0), ("crude fat", "min", 3.0)]
    # One value followed by words keeps the name before it: the words qualify the unit.
    assert _read("Lead: not more than 1,5 mg/kg dry matter.")[0][0] == "Lead"


def test_limits_named_after_pair_with_their_own_substances():
    result = compare_clauses("丙酮，% ≤2；水分，% ≤0.5。",
                             "Volatile matter: not more than 0,5 % water and not more than 2 % acetone.")
    assert result.overall == Verdict.CONSISTENT
    assert sorted((p.domestic.parameter, p.international.parameter) for p in result.pairs) == [
        ("丙酮", "acetone"), ("水分", "water")]


# The parts of a mixture written value first, each with its tolerance, and limits after 'up to': the name after the unit.
def test_toleranced_parts_of_a_mixture_take_the_name_after_them():
    assert [(p, v) for p, _, v in _read("The shielding gas is 82 % ± 2 % argon and 18 % ± 2 % carbon dioxide.")] == [
        ("argon", 82.0), ("carbon dioxide", 18.0)]
    assert [(p, v) for p, _, v in _read("Dry the sample in a mixture of 95 % ± 1 % nitrogen and 5 % ± 1 % hydrogen at "
                                        "a flow of 2 l/min.")][:2] == [("nitrogen", 95.0), ("hydrogen", 5.0)]
    # one toleranced value followed by words keeps the name before it
    assert _read("Relative humidity: 65 % ± 5 % throughout.")[0][0] == "Relative humidity"


def test_limits_after_up_to_take_the_name_after_them():
    assert _read("The heater shall be rated up to 2,5 kW single-phase and up to 3 kW three-phase.") == [
        ("single-phase", "max", 2.5), ("three-phase", "max", 3.0)]
    # a word after a ratio's unit is what the ratio is taken of, no name
    assert [p for p, _, _ in _read("Free fatty acids: refined fats up to 0,3 g/100 g fat; crude fats up to 2 g/100 g "
                                   "fat.")] == ["Free fatty acids: refined fats", "crude fats"]

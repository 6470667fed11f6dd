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

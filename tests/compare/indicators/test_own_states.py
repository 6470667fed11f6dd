"""Issue 12, verdict class 'different': a state basis written in brackets right after one value ('0.3 mg/kg（以干基计）')
is that value's own. It is no basis of the clause's other values: a value without it is not on another basis, and is
ranked against its counterpart, not judged different."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses


def _bases(text):
    return [(i.value, i.basis) for i in extract_indicators(text)]


def test_a_bracketed_state_after_one_value_is_not_the_others_a_state_said_apart_is():
    assert _bases("总砷：果汁 0.1 mg/kg；果蔬粉 0.5 mg/kg（以干基计）。") == [(0.1, None), (0.5, "dry basis")]
    # a sentence of its own, no value's bracket: every value of the clause is on it
    assert _bases("以干基计。粗灰分 ≤ 8 %；粗纤维 ≤ 5 %。") == [(8.0, "dry basis"), (5.0, "dry basis")]


def test_two_values_each_with_its_own_state_leave_the_first_value_without_one():
    found = _bases("锡：饮料 150 mg/kg；婴儿谷类食品 50 mg/kg（以粉状产品计），婴儿饮品 10 mg/kg（以即食状态计）。")
    assert found == [(150.0, None), (50.0, "solid basis"), (10.0, "as consumed")]


def test_a_value_without_the_other_value_s_state_is_ranked():
    result = compare_clauses("总砷：果汁 0.1 mg/kg；果蔬粉 0.5 mg/kg（以干基计）。",
                             "Arsenic: fruit juices, ML 0.2 mg/kg; fruit drinks, ML 1 mg/kg (as consumed).")
    verdicts = {p.domestic.value: p.verdict for p in result.pairs if p.domestic and p.international}
    assert verdicts.get(0.1) == Verdict.STRICTER

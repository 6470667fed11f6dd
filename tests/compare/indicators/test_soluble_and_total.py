"""Issue 12, verdict class 'different': a limit on the soluble (migratable, extractable) part of a substance against a
limit on all of it is another requirement, measured another way: judged different, never ranked."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.verdicts import compare_clauses


def _verdicts(domestic, international):
    return [(p.verdict, p.reason) for p in compare_clauses(domestic, international).pairs
            if p.domestic is not None and p.international is not None]


def test_a_migratable_limit_against_a_total_content_is_different():
    found = _verdicts("玩具材料中可迁移元素的限量：钡 ≤ 1 000 mg/kg。", "Total barium content shall not exceed 1 000 mg/kg.")
    assert [v for v, _ in found] == [Verdict.DIFFERENT]
    assert "soluble vs total" in found[0][1]


def test_a_soluble_limit_against_a_total_one_written_in_chinese_is_different_a_name_with_both_is_not():
    found = _verdicts("总铬 ≤ 50 mg/kg。", "Soluble chromium shall not exceed 60 mg/kg.")
    assert [v for v, _ in found] == [Verdict.DIFFERENT]
    # 'total dissolved solids' names one quantity; nor does one side's 'soluble' alone make a difference
    assert [v for v, _ in _verdicts("溶解性总固体 ≤ 1 000 mg/L。", "Total dissolved solids: 600 mg/L max.")] == [
        Verdict.LOOSER]
    assert [v for v, _ in _verdicts("可溶性钡 ≤ 1 000 mg/kg。", "Barium shall not exceed 500 mg/kg.")] == [Verdict.LOOSER]
    # a share 'of total' names what it is a share of: water-soluble ash against water-soluble ash
    assert [v for v, _ in _verdicts("水溶性灰分，占总灰分/(%) ≥ 50。", "Water-soluble ash, % of total ash: min. 50.")] == [
        Verdict.CONSISTENT]

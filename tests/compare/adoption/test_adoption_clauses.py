"""A degree suggested from clauses in the store, for links nobody declared; never counted in the rate."""

from __future__ import annotations

import csv

import pytest

from compare.adoption.rate import CANDIDATE, assess
from compare.adoption.clauses import compare_clause_sets, store_vectors, suggest_degrees
from compare.adoption.links import SIMILARITY
from compare.adoption.catalogue import read_catalogue
from compare.store.store import ClauseRecord, Store

# Our own sentences: five clauses of a risk-management guideline, in Chinese and in English.
RISK_ZH = ["组织应确定与其宗旨和战略方向相关并影响其实现风险管理预期结果的能力的内外部因素。",
           "最高管理者应确保风险管理融入组织的所有活动。",
           "组织应定期监视和评审风险管理框架的有效性。",
           "风险评估包括风险识别、风险分析和风险评价。",
           "组织应保留风险处理的形成文件的信息。"]
RISK_EN = ["The organization shall determine external and internal issues that are relevant to its purpose and "
           "strategic direction and that affect its ability to achieve the intended results of risk management.",
           "Top management shall ensure that risk management is integrated into all organizational activities.",
           "The organization shall periodically monitor and review the effectiveness of the risk management "
           "framework.",
           "Risk assessment comprises risk identification, risk analysis and risk evaluation.",
           "The organization shall retain documented information on risk treatment."]
OTHER_EN = ["Cereals shall be dried at 130 °C for two hours before weighing.",
            "The enclosure shall prevent access to hazardous parts by a finger.",
            "Lead in cereal grains shall not exceed 0.2 mg/kg.",
            "Test specimens shall be conditioned at 23 °C and 50 % relative humidity.",
            "The sampling plan is indexed by the acceptance quality limit."]


@pytest.mark.parametrize("international, degree", [
    (RISK_EN, "IDT"),                          # every clause has its translation
    (RISK_EN[:3] + OTHER_EN[:2], "MOD"),       # three of five each way
    (OTHER_EN, "NEQ"),                         # nothing in common
])
def test_degree_from_clause_overlap(encoder, international, degree):
    evidence = compare_clause_sets(encoder.encode(RISK_ZH), encoder.encode(international))
    assert evidence.degree == degree
    assert "clause comparison suggests " + degree in evidence.describe()


def test_store_clauses_add_a_suggestion_without_changing_the_rate(tmp_path, encoder):
    for name, rows in {
        "i.csv": [["reference", "title", "status"], ["ISO 31000:2018", "Risk management — Guidelines", "current"]],
        "d.csv": [["标准号", "标准名称", "状态"], ["GB/T 24353-2022", "风险管理 指南", "现行"]],
    }.items():
        with (tmp_path / name).open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows(rows)
    result = assess(read_catalogue(tmp_path / "i.csv", "international"),
                    read_catalogue(tmp_path / "d.csv", "domestic"), encode=encoder.encode)
    with Store.open(tmp_path / "store", create=True, index_backend="numpy") as store:
        store.ingest([ClauseRecord("GB/T 24353-2022", str(i), t, "zh", "domestic") for i, t in enumerate(RISK_ZH)]
                     + [ClauseRecord("ISO 31000:2018", str(i), t, "en", "international")
                        for i, t in enumerate(RISK_EN)], encoder)
        suggested = suggest_degrees(result, store_vectors(store))

    link = suggested.outcomes[0].best
    assert link.route == SIMILARITY and link.suggested == "IDT"
    assert "clause comparison suggests IDT" in link.evidence
    assert suggested.outcomes[0].status == CANDIDATE            # a suggestion is never counted
    assert suggested.overall.rate == result.overall.rate == 0.0

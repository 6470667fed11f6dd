"""A deviation written with '±' restated in brackets with '±' in another unit (compare.indicators.extract,
`_deviation_restated`): the comparison takes the restatement when the other clause writes that unit. The texts are
written for these tests."""

from __future__ import annotations

from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses


def _pairs(domestic: str, international: str) -> list[tuple[str, str]]:
    return [(str(p.verdict), p.reason) for p in compare_clauses(domestic, international).pairs]


def test_a_deviation_restated_in_another_unit_is_kept():
    (reading,) = extract_indicators("轮胎气压表的示值误差不超过±10 kPa（±1.5 psi）。")
    assert (reading.comparator, reading.value, reading.unit) == ("max", 10.0, "kPa")
    assert reading.restated == ((1.5, None, None, "psi"),)


def test_the_restatement_is_compared_in_the_unit_the_other_clause_writes():
    # 10 kPa is 1.45 psi: against '± 1.5 psi' the standard's own restatement is the same limit, not a lower maximum
    assert _pairs("轮胎气压表的示值误差不超过±10 kPa（±1.5 psi）。",
                  "The tyre pressure gauge shall be accurate to within ± 1.5 psi.") == [("consistent", "same limit")]
    assert _pairs("炉温波动不超过±5 ℃（±10 °F）。",
                  "Oven temperature variation shall not exceed ± 10 °F.") == [("consistent", "same limit")]


def test_a_deviation_with_its_own_nominal_is_not_a_restatement():
    # '(50 ± 1) mm（2 in ± 0.04 in）' states two nominal values, each with its tolerance: read as two, as before
    assert len(extract_indicators("长度为(50 ± 1) mm（2 in ± 0.04 in）")) == 2

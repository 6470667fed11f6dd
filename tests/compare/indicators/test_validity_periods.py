"""Issue 12, verdict class 'different', the reverse errors: the period a certificate, qualification or test holds for
is a ceiling whatever the wording, so two such periods are ranked (a longer one is looser), not judged another
required value."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.verdicts import compare_clauses


def _verdicts(domestic, international):
    return [p.verdict for p in compare_clauses(domestic, international).pairs]


def test_a_longer_validity_is_looser():
    assert _verdicts("计量器具检定证书有效期为2年。", "The calibration certificate is valid for 1 year.") == [Verdict.LOOSER]


def test_a_renewal_every_so_many_years_is_a_validity():
    assert _verdicts("操作人员资格有效期为3年。", "Operators shall be re-certified every five years.") == [Verdict.STRICTER]


def test_a_validity_in_months_is_ranked_a_step_every_few_minutes_is_not_a_validity():
    assert _verdicts("健康证明有效期为12个月。", "The health certificate is valid for 6 months.") == [Verdict.LOOSER]
    assert Verdict.LOOSER not in _verdicts("每隔5 min记录一次温度。", "Record the temperature every 10 min.")

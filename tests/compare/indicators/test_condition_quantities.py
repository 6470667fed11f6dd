"""A condition is compared with a condition of the same quantity, not with any of its unit's dimension
(compare.indicators.verdicts.other_quantities). The texts are written for these tests."""

from __future__ import annotations

from compare.indicators.verdicts import compare_clauses


def _verdicts(domestic: str, international: str) -> list[tuple[str, str]]:
    result = compare_clauses(domestic, international)
    return [(str(p.verdict), p.reason) for p in result.pairs]


def test_a_nominal_capacity_is_not_compared_with_a_scale_division():
    # both volumes, but one sizes the vessel and the other its graduation: the tolerances are on one footing
    assert _verdicts("滴定管。标称容量50 mL：容量允差±0.05 mL。",
                     "Burettes. Smallest scale division 0.1 ml: limit of volumetric error ± 0.05 ml.") \
        == [("consistent", "same limit")]
    assert _verdicts("单标线吸量管。标称容量10 mL：容量允差±0.020 mL。",
                     "One-mark pipettes. Scale interval 0.1 ml: maximum permissible error ± 0,020 ml.") \
        == [("consistent", "same limit")]
    # conditions of the same quantity are still compared
    verdicts = _verdicts("滴定管。标称容量50 mL：容量允差±0.05 mL。",
                         "Burettes. Nominal capacity 25 ml: limit of volumetric error ± 0.05 ml.")
    assert verdicts == [("different", "another test condition: 50 mL vs 25 ml")]

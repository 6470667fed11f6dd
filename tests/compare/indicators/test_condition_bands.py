"""A condition's band written up to a value on one side and with its lower end too on the other
(compare.indicators.verdicts.lower_end_unstated), and conditions of one dimension that are other quantities
(compare.indicators.verdicts.other_quantities). The texts are written for these tests."""

from __future__ import annotations

from compare.indicators.verdicts import compare_clauses, lower_end_unstated


def _verdicts(domestic: str, international: str) -> list[tuple[str, str]]:
    result = compare_clauses(domestic, international)
    return [(str(p.verdict), p.reason) for p in result.pairs]


def test_a_band_with_its_lower_end_meets_the_same_band_up_to_its_value():
    # seamless tubes: the product range starts at 2 mm on one side only
    assert _verdicts("无缝钢管：壁厚≤12 mm时，屈服强度不小于245 MPa。",
                     "Seamless tubes: minimum yield strength 245 MPa for wall thickness ≥ 2 mm ≤ 12 mm.") \
        == [("consistent", "same limit")]
    assert lower_end_unstated({12.0}, {2.0, 12.0})
    assert lower_end_unstated({0.002, 0.012}, {0.012})


def test_another_band_stays_another_condition():
    # '≤16 mm' against '>16 mm ≤40 mm': the extra value is above the shared one, another row of the table
    assert not lower_end_unstated({16.0}, {16.0, 40.0})
    # two values more, or none shared: another condition
    assert not lower_end_unstated({40.0}, {3.0, 16.0, 40.0})
    assert not lower_end_unstated({25.0}, {3.0, 40.0})
    verdicts = _verdicts("板材：厚度≤16 mm时，抗拉强度不小于400 MPa。",
                         "Plates: tensile strength 400 MPa minimum for thickness > 16 mm ≤ 40 mm.")
    assert verdicts and verdicts[0][0] == "different"


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

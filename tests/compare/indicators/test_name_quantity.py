"""Issue 12, failure class 'names built from the wrong words': a term found inside a longer word of the name
('耐压' in '耐压力性能', compression resistance) must not name a value of another quantity; a dielectric strength is a
withstand voltage or a field strength, nothing else."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses


def test_withstand_inside_a_compression_heading_does_not_name_a_length():
    (found,) = extract_indicators("耐压力性能：在20 kN压力下，残余高度应不小于12.5 mm。")
    assert found.value == 12.5 and found.concept != "electric_strength"


def test_a_dielectric_strength_in_volts_or_in_volts_per_millimetre_keeps_its_name():
    assert [i.concept for i in extract_indicators("电气强度不小于2 000 V。")] == ["electric_strength"]
    assert [i.concept for i in extract_indicators("电气强度不小于20 kV/mm。")] == ["electric_strength"]
    # (and the duration of the withstand test beside it is no electric strength)
    assert [i.concept for i in extract_indicators("耐压试验：2 000 V，1 min。")] == ["electric_strength", None]


def test_the_length_after_a_compression_heading_pairs_with_its_counterpart():
    domestic = "耐冲击性能：在100 J冲击下，残余高度不小于12.5 mm；耐压力性能：在10 kN压力下，残余高度不小于12.5 mm。"
    international = ("Impact: after an impact of 100 J the residual height shall be at least 12,5 mm. Compression: "
                     "under a load of 10 kN the residual height shall be at least 12,5 mm.")
    result = compare_clauses(domestic, international)
    heights = [p for p in result.pairs if p.domestic.unit == "mm"]
    assert [p.verdict for p in heights] == [Verdict.CONSISTENT, Verdict.CONSISTENT]
    # (the 100 J the domestic side reads as the impact's condition meets the English side's reading of it:
    # compare.indicators.verdicts.paired_with_conditions)
    assert [(p.verdict, p.domestic.value, p.domestic.unit) for p in result.pairs if p not in heights] \
        == [(Verdict.CONSISTENT, 100.0, "J")]

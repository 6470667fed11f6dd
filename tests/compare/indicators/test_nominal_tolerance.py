"""One nominal value with its tolerance on one side only (thirty-fifth round, fixverdict35): the same required value,
unless it is a temperature or a duration a procedure sets."""

from __future__ import annotations

from compare.core.vocabulary import Comparator
from compare.indicators.nominal_tolerance import same_nominal_one_tolerance
from compare.indicators.verdicts import compare_clauses


def _verdicts(domestic: str, international: str) -> list[tuple[str, str]]:
    return [(str(p.verdict), p.reason) for p in compare_clauses(domestic, international).pairs]


def test_an_apparatus_mass_with_its_tolerance_on_one_side_is_the_same_value():
    assert _verdicts("落锤质量为45 kg。", "Drop weight mass 45 kg ± 0,5 kg.") == [
        ("consistent", "same value, its tolerance stated on one side only")]


def test_a_reagent_amount_with_its_tolerance_on_the_domestic_side_is_the_same_value():
    assert [v for v, _ in _verdicts("量取(50±1) mL乙醇。", "Measure 50 ml of ethanol.")] == ["consistent"]


def test_another_nominal_stays_another_required_value():
    assert [v for v, _ in _verdicts("落高52 cm。", "Drop height 0,50 m ± 0,01 m.")] == ["different"]


def test_a_test_temperature_with_its_tolerance_on_one_side_stays_another_condition():
    assert [v for v, _ in _verdicts("在20 ℃下测定。", "Measure at 20 °C ± 0,5 °C.")] == ["different"]


def test_the_rule_reads_only_a_value_against_a_tolerance():
    assert same_nominal_one_tolerance((Comparator.EQUAL, Comparator.TOLERANCE), True, False)
    assert not same_nominal_one_tolerance((Comparator.EQUAL, Comparator.TOLERANCE), True, True)
    assert not same_nominal_one_tolerance((Comparator.MAX, Comparator.TOLERANCE), True, False)
    assert not same_nominal_one_tolerance((Comparator.EQUAL, Comparator.TOLERANCE), False, False)


def test_a_value_near_the_nominal_is_no_same_value():
    assert [v for v, _ in _verdicts("重锤落距76 cm。", "Heavy hammer height of fall 0,75 m ± 0,02 m.")] == ["different"]


def test_a_tiny_constant_restated_with_other_digits_is_no_same_value():
    assert [v for v, _ in _verdicts("1 eV的能量为(1.60217733±0.00000049)×10⁻¹⁹ J。",
                                    "The energy of 1 eV is 1,602176634 × 10⁻¹⁹ J.")][-1] == "different"

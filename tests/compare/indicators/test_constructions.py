"""Each named construction (compare.indicators.constructions) alone, then through the extractor."""

from __future__ import annotations

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.constructions import reference_before, restated_value, shared_value, stated_tolerance
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses
from compare.terms.termbase import load_termbase

TB = load_termbase()


def test_shared_value_names_each_parameter():
    assert [c for _, c, _ in shared_value("镉和汞均不得超过", "", TB)] == ["cadmium", "mercury"]
    assert [(n, c) for n, c, _ in shared_value("Zinc, copper and iron: ", " each", TB)] == [
        ("Zinc", "zinc"), ("copper", "copper"), ("iron", "iron")]
    assert [b for _, _, b in shared_value("铬（以Cr计）及镍（以Ni计）均应不大于", "", TB)] == ["as Cr", "as Ni"]
    # Not shared: one parameter, or two that do not stand together as a list
    assert shared_value("镉不得超过", "", TB) == []
    assert shared_value("大米中铅的限量", "", TB) == []  # rice is context
    assert shared_value("Lead in products containing cadmium shall not exceed", "", TB) == []


def test_stated_tolerance_and_restated_value_and_reference():
    assert stated_tolerance("，允差为") and stated_tolerance(", tolerance ") and stated_tolerance(" ")
    assert not stated_tolerance("；温度为")
    assert restated_value(" (", ") per 100 mL") and not restated_value(", ", " kJ")
    assert reference_before("蛋白质含量每", "kJ") and reference_before("Per ", "kcal")
    assert not reference_before("温度为", "kJ") and not reference_before("per ", "mm")


def test_constructions_in_clauses():
    found = extract_indicators("饮用水中镉和汞均不得超过0.005 mg/L。")
    assert [(i.concept, i.comparator, i.value) for i in found] == [
        ("cadmium", Comparator.MAX, 0.005), ("mercury", Comparator.MAX, 0.005)]
    (rh,) = extract_indicators("试验箱内相对湿度为93 %，允差为±3 %。")
    assert (rh.comparator, rh.value, rh.tolerance) == (Comparator.TOLERANCE, 93.0, 3.0)
    (voltage,) = extract_indicators("Supply voltage 230 V, tolerance ±10 %.")
    assert (voltage.value, voltage.tolerance) == (230.0, 23.0)
    (energy,) = extract_indicators("Energy: 70 kcal (293 kJ) per 100 mL maximum.")
    assert (energy.comparator, energy.value, energy.unit) == (Comparator.MAX, 70.0, "kcal/100 mL")
    (fat,) = extract_indicators("脂肪含量每100 kJ不低于1.05 g。")
    assert (fat.comparator, fat.value, fat.unit) == (Comparator.MIN, 1.05, "g/100 kJ")


def test_shared_values_pair_with_separate_limits():
    result = compare_clauses("镉和汞均不得超过0.005 mg/L。", "Cadmium: 0.003 mg/L; mercury: 0.006 mg/L.")
    assert [(p.domestic.concept, p.verdict) for p in result.pairs] == [
        ("cadmium", Verdict.LOOSER), ("mercury", Verdict.STRICTER)]
    assert result.overall == Verdict.DIFFERENT


def test_a_lone_tolerance_joins_its_value_or_bounds_a_deviation():
    found = extract_indicators("试验大气：温度为27.0 ℃，相对湿度为65.0 %。温度允差为±2.0 ℃，相对湿度允差为±5.0 %。")
    assert [(i.concept, i.value, i.tolerance) for i in found] == [("temperature", 27.0, 2.0),
                                                                 ("relative_humidity", 65.0, 5.0)]
    english = extract_indicators("Atmosphere: a temperature of 27,0 °C and a relative humidity of 65,0 %. The "
                                 "tolerances are ± 2,0 °C for temperature and ± 5,0 % for relative humidity.")
    assert [(i.value, i.tolerance) for i in english] == [(27.0, 2.0), (65.0, 5.0)]
    (deviation,) = extract_indicators("孔径与标称值的偏差应在±0.5 mm以内。")
    assert (deviation.comparator, deviation.value) == (Comparator.MAX, 0.5)


def test_a_condition_with_its_tolerance_is_a_requirement_too():
    found = extract_indicators("Ageing: 96 h ± 2 h at 100 °C ± 1 °C.")
    assert sorted((i.value, i.tolerance) for i in found) == [(96.0, 2.0), (100.0, 1.0)]


def test_a_sum_is_not_a_shared_value_and_exclusions_are_no_keys():
    found = extract_indicators("镉和铅的总和不得超过0.3 mg/kg。")
    assert len(found) == 1
    result = compare_clauses("镉：谷物（稻谷除外）0.1 mg/kg；大米 0.2 mg/kg。",
                             "Cadmium: polished rice 0.4 mg/kg; wheat 0.2 mg/kg.")
    assert [(p.domestic.value, p.international.value) for p in result.pairs] == [(0.1, 0.2), (0.2, 0.4)]

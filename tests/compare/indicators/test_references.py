"""Reference conditions of limits (compare.indicators.references): each construction alone, then through the reader
and the verdict. The texts are written for these tests."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.clausetext import fold
from compare.indicators.extract import extract_indicators
from compare.indicators.references import (alcohol_reference, distance_reference, gas_reference, moisture_reference,
                                           plane_reference, reference_conditions, simulant_reference, strength_ages)
from compare.indicators.verdicts import compare_clauses


def _ref(find, text: str):
    folded = fold(text)[0]
    ref = find(folded)
    return ref, [folded[a:b] for a, b in ref.spans] if ref else []


def test_moisture_and_dry_matter_name_one_basis():
    ref, numbers = _ref(moisture_reference, "表中数值以干物质含量90 %为基础计算。")
    assert ref.basis == "ref. moisture 10 %" and numbers == ["90"]
    ref, numbers = _ref(moisture_reference, "Values are relative to a compound feed with a moisture content of 10 %.")
    assert ref.basis == "ref. moisture 10 %" and numbers == ["10"]
    assert moisture_reference(fold("水分 ≤ 12 %。")[0]) is None  # a limit on moisture is no basis


def test_alcohol_basis():
    ref, numbers = _ref(alcohol_reference, "乙醛按100 %酒精度折算。")
    assert ref.basis == "ref. alcohol 100 % vol" and numbers == ["100"]
    ref, _ = _ref(alcohol_reference, "ethyl acetate 130 g per hectolitre of 100 % vol. alcohol")
    assert ref.basis == "ref. alcohol 100 % vol"
    assert alcohol_reference(fold("酒精度 ≥ 40 %vol。")[0]) is None


def test_simulants_and_test_media():
    ref, numbers = _ref(simulant_reference, "迁移试验以3 %乙酸为食品模拟物。")
    assert ref.basis == "ref. simulant acetic acid 3 %" and numbers == ["3 %"]
    ref, _ = _ref(simulant_reference, "Migration is measured with 10 % ethanol as the food simulant.")
    assert ref.basis == "ref. simulant ethanol 10 %"
    ref, _ = _ref(simulant_reference, "Test media: tap water and citric acid solution 2 g/l.")
    assert ref.basis == "ref. simulant citric acid 2 g/L, tap water"
    ref, numbers = _ref(simulant_reference, "（食品模拟物：10 %（体积分数）乙醇）")
    assert ref.basis == "ref. simulant ethanol 10 %" and numbers == ["10 %"]
    # a medium the reader does not know: hidden, no basis
    ref, numbers = _ref(simulant_reference, "以蒸馏水为模拟物，在5 %浓度下试验。")
    assert ref is None or ref.basis is None


def test_gas_reference_conditions_and_distances():
    ref, numbers = _ref(gas_reference, "体积以参比条件101.325 kPa、0 ℃计。")
    assert ref.basis == "ref. conditions 0 °C" and sorted(numbers) == ["0", "101.325"]
    ref, _ = _ref(gas_reference, "All volumes are given at the reference conditions 25 °C and 101,3 kPa.")
    assert ref.basis == "ref. conditions 25 °C"
    ref, numbers = _ref(distance_reference, "在3 m测量距离处的限值")
    assert ref.basis == "ref. distance 3 m" and numbers == ["3"]
    ref, _ = _ref(distance_reference, "limits at a measurement distance of 10 m")
    assert ref.basis == "ref. distance 10 m"
    assert reference_conditions(fold("The cable length shall not exceed 3 m.")[0]) == []


def test_references_are_bases_of_the_limits_never_limits():
    found = extract_indicators("饲料中黄曲霉毒素B1 ≤ 20 µg/kg（以干物质含量90 %为基础计算）。")
    assert [(i.value, i.unit, i.basis) for i in found] == [(20.0, "µg/kg", "ref. moisture 10 %")]
    found = extract_indicators("Lead release shall not exceed 0,05 mg/kg, with 3 % acetic acid as the food simulant.")
    assert [(i.value, i.basis) for i in found] == [(0.05, "ref. simulant acetic acid 3 %")]


def test_same_reference_compares_and_another_reference_differs():
    same = compare_clauses("镍迁移量 ≤ 0.1 mg/kg（以4 %乙酸为食品模拟物）。",
                           "Nickel release: max 0,1 mg/kg, with 4 % acetic acid as the food simulant.")
    assert [p.verdict for p in same.pairs] == [Verdict.CONSISTENT]
    other = compare_clauses("镍迁移量 ≤ 0.1 mg/kg（以4 %乙酸为食品模拟物）。",
                            "Nickel release: max 0,2 mg/kg, with 5 g/l citric acid as the food simulant.")
    assert [p.verdict for p in other.pairs] == [Verdict.DIFFERENT]
    dry = compare_clauses("铅 ≤ 5 mg/kg（以干物质含量88 %为基础计算）。",
                          "Lead: 5 mg/kg, relative to a feed with a moisture content of 12 %.")
    assert [p.verdict for p in dry.pairs] == [Verdict.CONSISTENT]


def test_each_strength_takes_the_age_written_before_it():
    folded = fold("砂浆抗折强度 7 d ≥ 2.5 MPa，90 d抗折强度 ≥ 4.0 MPa。")[0]
    ages = strength_ages(folded)
    assert [a.basis for a in ages] == ["ref. age 7 d", "ref. age 90 d"]
    assert [folded[a:b] for r in ages for a, b in r.spans] == ["7", "90"]
    found = extract_indicators("砂浆抗折强度 7 d ≥ 2.5 MPa，90 d抗折强度 ≥ 4.0 MPa。")
    assert [(i.value, i.unit, i.basis) for i in found] == [(2.5, "MPa", "ref. age 7 d"), (4.0, "MPa", "ref. age 90 d")]
    # ('≥ X and ≤ Y' in signs: two limits, as the open sets' keys hold them, each with the age; bounds26)
    found = extract_indicators("Mortar: flexural strength at 14 days ≥ 3,0 MPa and ≤ 6,0 MPa.")
    assert [(i.comparator, i.value, i.basis) for i in found] == [("min", 3.0, "ref. age 14 d"),
                                                                 ("max", 6.0, "ref. age 14 d")]


def test_an_age_is_a_basis_of_strengths_only():
    # no strength in the clause, or a time that is a limit of its own, stays a value
    assert strength_ages(fold("养护期不少于7 d。")[0]) == []
    found = extract_indicators("Cure for at least 7 days; bond strength ≥ 1,0 MPa.")
    assert [(i.value, i.unit) for i in found] == [(7.0, "days"), (1.0, "MPa")]


def test_strengths_at_other_ages_differ_and_at_one_age_compare():
    result = compare_clauses("抗压强度 7 d ≥ 20.0 MPa，28 d ≥ 32.5 MPa。",
                             "Compressive strength, 2 days ≥ 20,0 MPa; 28 days ≥ 35,0 MPa.")
    assert [(p.domestic.value, p.international.value, p.verdict) for p in result.pairs] == [
        (20.0, 20.0, Verdict.DIFFERENT), (32.5, 35.0, Verdict.LOOSER)]


def test_the_plane_an_illuminance_is_measured_on_is_its_basis():
    found = [_ref(plane_reference, text) for text in ("阅览室：参考平面及其高度为0.75 m水平面，照度标准值500 lx。",
                                                      "Illuminance on a 0,85 m horizontal plane: 300 lx.")]
    assert [(ref.basis, numbers) for ref, numbers in found] == [("ref. plane 0.75 m", ["0.75"]),
                                                               ("ref. plane 0.85 m", ["0,85"])]
    assert plane_reference(fold("The bench height shall be 0,9 m.")[0]) is None
    # through the reader: the height is no value, the illuminance takes it as its basis
    found = extract_indicators("病房：参考平面及其高度为0.75 m水平面，照度标准值100 lx，Ra 80。")
    assert [(i.value, i.unit) for i in found] == [(100.0, "lx"), (80.0, "")]
    assert found[0].basis == "ref. plane 0.75 m" and found[1].basis is None

"""Each named construction (compare.indicators.constructions) alone, then through the extractor."""

from __future__ import annotations

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.constructions import (alternative_reference, names_an_index, one_sided_deviation, reference_before,
                                              restated_value, row_label_tolerance, shared_value, stated_tolerance, within)
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


def test_averaging_periods_are_names_not_values():
    from compare.indicators.constructions import averaging_periods, period_keys

    text = "PM2.5 年平均 35 µg/m³；24小时平均 75 µg/m³"
    assert [text[a:b] for a, b in averaging_periods(text)] == ["24小时"]
    english = "NO2: 24-hour AQG level 25 µg/m³; 45 dB LAeq (8 h); 55 dB LAeq,16h"
    assert [english[a:b] for a, b in averaging_periods(english)] == ["24-hour", "8 h", "16h"]
    assert period_keys("24小时平均") == period_keys("24-hour AQG level") == {"period 24h"}
    assert period_keys("年平均") == period_keys("annual") == {"period year"}
    assert period_keys("10-minute guideline") == {"period 0.166667h"}
    assert period_keys("泄漏电流") == set() and averaging_periods("试验时间为24 h") == []


def test_averaging_periods_pair_and_differ():
    result = compare_clauses("二氧化氮（NO2）年平均 40 µg/m³；24小时平均 80 µg/m³。",
                             "NO2 – interim target 1: 24-hour 120 µg/m³; annual 40 µg/m³.")
    assert sorted((p.domestic.value, p.international.value, p.verdict) for p in result.pairs) == [
        (40.0, 40.0, Verdict.CONSISTENT), (80.0, 120.0, Verdict.STRICTER)]
    # Paired for want of another, a 1-hour mean and a 10-minute mean are different limits.
    result = compare_clauses("二氧化硫（SO2）1小时平均 150 µg/m³。", "SO2: 10-minute guideline 500 µg/m³.")
    assert [p.verdict for p in result.pairs] == [Verdict.DIFFERENT]


def test_condition_before_the_value_it_qualifies():
    (resistance,) = extract_indicators("minimum insulation resistance at 70 °C 0,011 MΩ·km.")
    assert (resistance.comparator, resistance.value) == (Comparator.MIN, 0.011)
    assert [c.text for c in resistance.conditions] == ["70 °C"]
    (viscosity,) = extract_indicators("kinematic viscosity at 40 °C min. 2,000, max. 6,000 mm²/s; flash point 60,0 °C")[:1]
    assert (viscosity.comparator, viscosity.low, viscosity.high) == (Comparator.RANGE, 2.0, 6.0)
    (density,) = extract_indicators("density at 15 °C max. 991,0 kg/m³")
    assert (density.comparator, density.value, density.unit) == (Comparator.MAX, 991.0, "kg/m³")
    # '等于' is no '于' of a condition
    multiple, _ = extract_indicators("该电流等于器具额定电流1.5倍或25 A")
    assert (multiple.value, multiple.unit) == (1.5, "× 额定电流")  # and 1.5 times the rated current written before it


def test_unit_written_once_in_a_heading_holds_for_the_row():
    found = extract_indicators("镉（以Cd计）限量/(mg/kg)：鱼类 0.1；甲壳类 0.5；双壳贝类 2.0。")
    assert [(i.value, i.unit) for i in found] == [(0.1, "mg/kg"), (0.5, "mg/kg"), (2.0, "mg/kg")]
    found = extract_indicators("蔗糖/(g/100 g)：桉树蜂蜜 ≤ 10，其他蜂蜜 ≤ 5；锌(Zn)/(mg/kg) ≤ 25。")
    assert [(i.value, i.unit) for i in found] == [(10.0, "g/100 g"), (5.0, "g/100 g"), (25.0, "mg/kg")]
    found = extract_indicators("Maximum content in mg/kg (ppm) for complete feed: cadmium 0,5; mercury 0,1; lead 5.")
    assert [(i.concept, i.value) for i in found] == [("cadmium", 0.5), ("mercury", 0.1), ("lead", 5.0)]
    assert {i.normalized.unit for i in found} == {"mg/kg"}
    # pH has no unit, whatever the heading says; a new paragraph ends the heading
    bod, ph = extract_indicators("排放浓度/(mg/L)：BOD 20；pH 6～9")
    assert (bod.value, bod.unit) == (20.0, "mg/L") and (ph.concept, ph.unit) == ("ph", "")
    assert [i.unit for i in extract_indicators("铅/(mg/kg) ≤ 0.2。Sample 5")] == ["mg/kg"]


def test_counts_and_classifiers():
    found = extract_indicators("平面钢化玻璃 3 mm 30片；4 mm～12 mm 40片")
    assert [(i.value, i.normalized.dimension) for i in found] == [
        (3.0, "[length]"), (30.0, "number"), (None, "[length]"), (40.0, "number")]
    # Things counted are plain numbers: '200 cycles' compares with '200次' and with a count written bare ('重复200').
    assert [i.normalized.dimension for i in extract_indicators("200 cycles; 15 particles")] == ["number", "number"]
    # a numeral and its classifier inside a noun phrase is an ordinal or an article, not a count required
    assert [i.value for i in extract_indicators("3次谐波：每瓦允许的最大谐波电流 3.4 mA/W")] == [3.4]
    assert [i.value for i in extract_indicators("磨耗标志不少于6处")] == [6.0]


def test_bound_in_brackets_after_a_name_is_the_condition_of_the_limit_after_it():
    lead, cadmium, large = extract_indicators("小空心制品（<600 mL）Pb 1.5 mg/L，Cd 0.5 mg/L；大空心制品（≥600 mL）Pb 0.75 mg/L")
    assert [(i.concept, i.value) for i in (lead, cadmium, large)] == [("lead", 1.5), ("cadmium", 0.5), ("lead", 0.75)]
    assert [c.text for c in lead.conditions] == ["600 mL"]
    (strength,) = extract_indicators("性能等级8.8（d≤16 mm）：抗拉强度Rm 不小于800 MPa")
    assert (strength.comparator, strength.value) == (Comparator.MIN, 800.0)
    # alone in its sentence, a bracketed bound is the value itself
    assert [i.value for i in extract_indicators("铅（≤0.2 mg/kg）。")] == [0.2]
    result = compare_clauses("小空心制品（<600 mL）Pb 1.5 mg/L，Cd 0.5 mg/L。",
                             "Small hollowware (less than 600 ml): lead 1,5 mg/l, cadmium 0,5 mg/l.")
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT, Verdict.CONSISTENT]


def test_a_symbol_after_a_name_restates_it():
    assert TB.concept_of("hexavalent chromium (Cr VI)") == "hexavalent_chromium"
    assert TB.concept_of("甲基汞（以Hg计）") == "methylmercury"
    assert TB.concept_of("锌(Zn)") == "zinc"
    found = extract_indicators("油脂中铅（以Pb计）和总砷（以As计）均不得超过0.1 mg/kg。")
    assert [(i.concept, i.basis) for i in found] == [("lead", "as Pb"), ("arsenic", "as As")]


def test_ratios_to_one():
    (ratio,) = extract_indicators("亚油酸与α-亚麻酸比值 5:1～15:1。")
    assert (ratio.comparator, ratio.low, ratio.high, ratio.normalized.dimension) == (Comparator.RANGE, 5.0, 15.0, "number")
    (ratio,) = extract_indicators("Ratio linoleic/α-linolenic acid: Min. 5:1, Max. 15:1.")
    assert (ratio.low, ratio.high) == (5.0, 15.0)
    assert extract_indicators("昼间：指6:00至22:00之间的时段") == ()


def test_restated_value_is_compared_in_the_unit_the_other_side_writes():
    (protein,) = extract_indicators("Protein: Min. 1.8 g/100 kcal (0.45 g/100 kJ); Max. 3.0 g/100 kcal (0.7 g/100 kJ).")
    assert (protein.low, protein.high, protein.unit) == (1.8, 3.0, "g/100 kcal")
    assert protein.restated == ((None, 0.45, 0.7, "g/100 kJ"),)
    result = compare_clauses("表1 蛋白质、脂肪和碳水化合物指标 — 蛋白质（g/100 kJ）：0.45～0.70。",
                             "Protein: Min. 1.8 g/100 kcal (0.45 g/100 kJ); Max. 3.0 g/100 kcal (0.7 g/100 kJ).")
    assert [(p.domestic.concept, p.verdict) for p in result.pairs] == [("protein", Verdict.CONSISTENT)]
    result = compare_clauses("α-亚麻酸 不小于12 mg/100 kJ", "α-Linolenic acid: Min. 50 mg/100 kcal (13 mg/100 kJ)")
    assert [p.verdict for p in result.pairs] == [Verdict.LOOSER]


def test_value_before_its_bound_word_and_name():
    elongation, permanent = extract_indicators(
        "Hot set test: under an air temperature of 200 °C, 175 % is the maximum elongation under load and 15 % the "
        "maximum permanent elongation after cooling.")
    assert [(i.parameter, i.comparator, i.value) for i in (elongation, permanent)] == [
        ("elongation under load", Comparator.MAX, 175.0), ("permanent elongation", Comparator.MAX, 15.0)]
    tensile, stress = extract_indicators("For bolts: 830 MPa minimum tensile strength, 660 MPa minimum stress.")
    assert [(i.parameter, i.comparator) for i in (tensile, stress)] == [
        ("tensile strength", Comparator.MIN), ("stress", Comparator.MIN)]
    ps1, ps2 = extract_indicators("15 W is the limit for PS1 (power available, measured after 3 s) and 100 W is the "
                                  "limit for PS2.")
    assert [(i.comparator, i.value, i.qualifier[:3]) for i in (ps1, ps2)] == [
        (Comparator.MAX, 15.0, "PS1"), (Comparator.MAX, 100.0, "PS2")]
    assert [c.text for c in ps1.conditions] == ["3 s"]
    (resistance,) = extract_indicators("Insulation resistance: 500 MΩ minimum.")
    assert (resistance.parameter, resistance.comparator) == ("Insulation resistance", Comparator.MIN)


def test_english_names_the_quantity_before_its_conditions():
    (rise,) = extract_indicators("Temperature-rise limits at continuous rated power: 60 K for the top insulating liquid")
    assert rise.concept == "temperature_rise"
    (stress,) = extract_indicators("规定非比例延伸0.2 %的应力Rp0.2 不小于640 MPa")
    assert (stress.value, [c.text for c in stress.conditions]) == (640.0, ["0.2 %"])
    force, _ = extract_indicators("A50法使用10 N的力，升温速率50 ℃/h")
    assert (force.value, force.unit) == (10.0, "N")


def test_tissues_listed_after_a_drug_and_multiples_named_after_them():
    found = extract_indicators("阿莫西林 — 所有食品动物：肌肉、脂肪、肝、肾的最大残留限量均为50 µg/kg。")
    assert {i.concept for i in found} == {"amoxicillin"} and len(found) == 4
    found = extract_indicators("Amoxicillin – cattle: muscle 50 µg/kg; liver 50 µg/kg; fat 50 µg/kg.")
    assert [i.concept for i in found] == ["amoxicillin"] * 3
    # a nutrient table keeps its nutrient
    (protein,) = extract_indicators("表1 蛋白质、脂肪和碳水化合物指标 — 蛋白质（g/100 kJ）：0.45～0.70。")
    assert protein.concept == "protein"
    multiple, current = extract_indicators("equal to 1,5 times rated current of the appliance or 25 A")
    assert (multiple.parameter, multiple.concept, current.value) == ("rated current", "rated_current", 25.0)
    # how a value is measured does not name it
    assert extract_indicators("绕组平均（用电阻法测量）65 K")[0].concept is None


def test_termbase_names_common_substances_and_quantities_in_both_languages():
    pairs = [("土霉素", "oxytetracycline"), ("沙门氏菌", "Salmonella"), ("化学需氧量", "chemical oxygen demand"),
             ("抗拉强度", "tensile strength"), ("闪点", "flash point"), ("苯甲酸", "benzoic acid"),
             ("毒死蜱", "chlorpyrifos"), ("二氧化氮", "nitrogen dioxide"), ("接触电流", "touch current")]
    for zh, en in pairs:
        assert TB.concept_of(zh) == TB.concept_of(en) is not None, (zh, en)
    assert TB.related("test_voltage", "voltage") and not TB.related("test_voltage", "rated_voltage")


def test_headings_end_and_chemical_symbols_are_no_units():
    found = extract_indicators("不锈钢制品迁移限量/(mg/kg)：砷（As）0.04；镉（Cd）0.02；铅（Pb）0.05。")
    assert [(i.concept, i.value, i.unit) for i in found] == [
        ("arsenic", 0.04, "mg/kg"), ("cadmium", 0.02, "mg/kg"), ("lead", 0.05, "mg/kg")]
    found = extract_indicators("Specific release limits (SRL), mg/kg food: arsenic 0,002; cadmium 0,005.")
    assert [(i.value, i.unit) for i in found] == [(0.002, "mg/kg"), (0.005, "mg/kg")]
    # a heading in a unit ends the heading before it, and is kept as written (°T, Thörner degrees: units_vocab)
    fat, acidity = extract_indicators("脂肪a/(g/100 g) ≥ 3.1；酸度/(°T) ≥ 70.0。")
    assert (fat.unit, acidity.unit) == ("g/100 g", "°T") and acidity.normalized.dimension == "[milk_acidity]"
    (bacteria,) = extract_indicators("乳酸菌数/[CFU/g(mL)] ≥ 1×10⁶")
    assert bacteria.normalized.dimension == "[colony_count] / [mass]"
    (moisture,) = extract_indicators("Moisture content: 15 % m/m maximum.")
    assert (moisture.comparator, moisture.value) == (Comparator.MAX, 15.0)


def test_grades_and_classes_pair_across_languages():
    from compare.indicators.verdicts import qualifier_keys

    (a,), (b,) = extract_indicators("二级 0.08 mg/L"), extract_indicators("grade 2 0,08 mg/l")
    assert qualifier_keys(a, TB) == qualifier_keys(b, TB) == {"class 2"}
    (a,), (b,) = extract_indicators("Ⅱ类器具 0.25 mA"), extract_indicators("class II appliances 0.25 mA")
    assert "class 2" in qualifier_keys(a, TB) & qualifier_keys(b, TB)


def test_definitions_classifications_and_samples_state_no_limit():
    # (a definition's plain numbers: how the term is made. Its bounded values are read since the thirty-fifth round,
    # 'Infants means a person not more than 12 months of age' among them: defined_thresholds, where the keys conflict)
    assert extract_indicators("Reference cube means a cube of 150 mm side cured for 28 days.") == ()
    assert extract_indicators("昼间：指6:00至22:00之间的时段。") == ()
    assert extract_indicators("E. coli, Staphylococcus aureus: absence in 1 g or 1 ml.") == ()
    assert extract_indicators("沙门氏菌：不得检出/25 g") == ()
    # a classification ends at its colon: each class's limits follow it
    found = extract_indicators("手套按电气性能分为0、1、2级：0级最大使用电压1 000 V；1级 7 500 V。")
    assert [i.value for i in found] == [1000.0, 7500.0]


def test_repetitions_are_counts_and_words_before_a_value_name_it():
    drops, height = extract_indicators("Each cell is dropped three times from a height of 1,0 m onto concrete.")
    assert (drops.value, drops.normalized.dimension) == (3.0, "number")
    assert (height.parameter, height.value) == ("from height", 1.0)
    (zh,) = extract_indicators("每个样品跌落三次。")
    assert zh.normalized.dimension == "number"


def test_bounds_and_labels_heading_the_limits_after_them():
    found = extract_indicators("器具的额定电流 >10 A且≤16 A：1.5 mm²；>16 A且≤25 A：2.5 mm²。")
    assert [(i.value, [c.text for c in i.conditions]) for i in found] == [
        (1.5, ["10 A", "16 A"]), (2.5, ["16 A", "25 A"])]
    result = compare_clauses("器具的额定电流 >10 A且≤16 A：1.5 mm²；>16 A且≤25 A：2.5 mm²。",
                             "rated current of appliance > 10 and ≤ 16 A: 1,5 mm²; > 16 and ≤ 25 A: 2,5 mm².")
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT, Verdict.CONSISTENT]
    co, thc = extract_indicators("vmax < 130 km/h – CO 1 140 mg/km, THC 380 mg/km")
    assert (co.concept, thc.concept, [c.text for c in co.conditions]) == (
        "carbon_monoxide", "hydrocarbons", ["130 km/h"])
    # 'n = 3:' and '3次' label the harmonic they head; the bound word before them is the value's
    first, _ = extract_indicators("maximum permissible harmonic current per watt: n = 3: 3,4 mA/W; n = 5: 1,9 mA/W.")
    assert (first.value, first.unit) == (3.4, "mA/W")
    first, _ = extract_indicators("D类设备每瓦允许的最大谐波电流：3次 3.4 mA/W；5次 1.9 mA/W")
    assert (first.comparator, first.value) == (Comparator.MAX, 3.4)


def test_a_name_between_the_bound_word_and_at_makes_the_value_after_at_a_condition():
    found = extract_indicators("Class 1 conductors – maximum resistance of conductor at 20 °C: 1,5 mm² 12,1 Ω/km")
    resistance = [i for i in found if i.unit == "Ω/km"][0]
    assert "20 °C" in [c.text for c in resistance.conditions]
    assert all(i.normalized.dimension != "[temperature]" for i in found)


def test_hardness_scales_and_ratings_and_designations():
    (hv,) = extract_indicators("Property class 12.9: HV 385 to 435.")
    assert (hv.low, hv.high, hv.normalized.dimension) == (385.0, 435.0, "hardness HV")
    (zh,) = extract_indicators("维氏硬度 385 HV～435 HV")
    assert zh.normalized.dimension == hv.normalized.dimension
    assert extract_indicators("普通聚氯乙烯护套软线 60227 IEC 53（RVV），额定电压300/500 V。") == ()
    (width,) = extract_indicators("1A型试样：窄部宽度 （10.0±0.2）mm")
    assert (width.value, width.tolerance) == (10.0, 0.2)


def test_a_physical_quantity_pairs_only_in_its_own_dimension():
    # '电压' names the voltage of the test, not its duration: the 1 min pairs with the 1 min
    result = compare_clauses("绝缘经受基本正弦波电压，持续1 min。",
                             "The insulation is subjected for 1 min to a voltage of substantially sine-wave form.")
    assert [(p.domestic.value, p.international.value, p.verdict) for p in result.pairs] == [
        (1.0, 1.0, Verdict.CONSISTENT)]
    # a substance still pairs across dimensions, and is judged different
    result = compare_clauses("硝酸盐 ≤ 10 mg/L", "Nitrate: 50 mg/kg")
    assert [p.verdict for p in result.pairs] == [Verdict.DIFFERENT]


def test_more_words_that_state_a_maximum():
    for text in ("镉的风险筛选值 0.3 mg/kg", "Radon: reference level 100 Bq/m³", "PM2.5: AQG level 5 µg/m³",
                 "Deoxynivalenol: guidance value 8 mg/kg"):
        (found,) = extract_indicators(text)
        assert found.comparator == Comparator.MAX, text


def test_terms_spanning_at_stay_whole_and_field_vocabulary_pairs():
    assert TB.concept_of("elongation at break") == TB.concept_of("拉断伸长率") == "elongation_at_break"
    result = compare_clauses("拉断伸长率 ≥650 %", "elongation at break min. 650 %")
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT]
    assert TB.concept_of("电导率") == TB.concept_of("electrical conductivity") == "electrical_conductivity"


def test_a_value_labelling_a_row_of_tolerances_is_not_their_nominal():
    assert row_label_tolerance("量筒容量允差：", "为") and row_label_tolerance("Permissible deviation: up to ", ", ")
    assert not row_label_tolerance("Width ", ", ") and not row_label_tolerance("容量允差：", "，允差为")
    mass = extract_indicators("Permissible deviation of the mass: up to 500 g, ± 5 g; above 500 g up to 1 000 g, ± 10 g.")
    assert [(i.comparator, i.value) for i in mass if i.value in (5.0, 10.0)] == [(Comparator.MAX, 5.0),
                                                                                 (Comparator.MAX, 10.0)]
    assert not any(i.comparator == Comparator.TOLERANCE for i in mass)
    cylinders = extract_indicators("量筒容量允差：100 mL为±0.5 mL；250 mL为±1.0 mL。")
    assert [(i.comparator, i.value) for i in cylinders if i.comparator != Comparator.EQUAL] == [
        (Comparator.MAX, 0.5), (Comparator.MAX, 1.0)]
    (width,) = extract_indicators("Width 20 mm, ± 0,3 mm.")  # a width, its nominal and its tolerance
    assert (width.comparator, width.value, width.tolerance) == (Comparator.TOLERANCE, 20.0, 0.3)
    (bath,) = extract_indicators("恒温水浴温度为37 ℃，允许偏差为±0.5 ℃。")
    assert (bath.comparator, bath.value, bath.tolerance) == (Comparator.TOLERANCE, 37.0, 0.5)


def test_a_signed_deviation_allows_one_side_only():
    assert one_sided_deviation("率 +4", "输入功率的容差：", "%") == 1
    assert one_sided_deviation("y − 3".replace("−", "-"), "Tolerance factors: pump efficiency", "%") == -1
    assert one_sided_deviation("于-18", "冷冻室温度偏差不高于", "℃") == 0  # a temperature below zero, not a deviation
    assert one_sided_deviation("of +3", "Fill level ", "%") == 0  # nothing names a deviation
    (capacitance,) = extract_indicators("Capacitance tolerance: + 50 %, − 20 %.")
    assert (capacitance.comparator, capacitance.low, capacitance.high) == (Comparator.RANGE, -20.0, 50.0)
    (frequency,) = extract_indicators("The frequency deviation shall be within +2 % / −3 % of the rated value.")
    assert (frequency.low, frequency.high) == (-3.0, 2.0)
    power, efficiency = extract_indicators("电机输出功率的容差：+10 %；效率的容差：−15 %。")
    # (sweepSigned: a maximum of its size on its side, as the open sets' keys hold it, no longer [0, 10] and [−15, 0])
    assert [(i.comparator, i.value, i.basis) for i in (power, efficiency)] == [
        (Comparator.MAX, 10.0, "+"), (Comparator.MAX, 15.0, "−")]
    (freezer,) = extract_indicators("冷冻室温度偏差不高于−18 ℃。")
    assert (freezer.comparator, freezer.value) == (Comparator.MAX, -18.0)
    (ambient, _) = extract_indicators("Ambient temperature: −10 °C to +40 °C, humidity tolerance ± 5 %.")
    assert (ambient.low, ambient.high) == (-10.0, 40.0)


def test_a_bare_number_after_the_name_of_an_index_is_its_value():
    assert names_an_index("显色指数Ra ") and names_an_index("Corridors: UGRL ") and names_an_index("安全系数 ")
    assert not names_an_index("吊钩 Type ") and not names_an_index("of class ")
    fuel = extract_indicators("车用汽油（92号）：研究法辛烷值 92，抗爆指数 87。")
    assert [(i.parameter, i.value) for i in fuel] == [("车用汽油(92号):研究法辛烷值", 92.0), ("抗爆指数", 87.0)]
    corridor = extract_indicators("Corridors and circulation areas: Ēm 100 lx, UGRL 28, Ra 40.")
    assert [(i.parameter, i.value, i.unit) for i in corridor[1:]] == [("UGRL", 28.0, ""), ("Ra", 40.0, "")]
    (chain,) = extract_indicators("起重链条的安全系数 4；吊钩 Type 2。")  # 'Type 2' names a kind, no value
    assert chain.value == 4.0
    (roughness,) = extract_indicators("Surface roughness Ra 0,8 µm; class 1.")
    assert (roughness.value, roughness.unit) == (0.8, "µm")


def test_a_bare_number_after_a_factor_or_coefficient_is_its_value():
    # a conversion or correction factor written right after its name, with no 'is' nor '为' ('by the factor 6,25',
    # '乘以换算系数6.25'); a power factor is the condition of a meter's limit, not a value of its own
    assert names_an_index("multiplying the nitrogen content by the factor ") and names_an_index("乘以换算系数")
    assert names_an_index("修正系数 ") and not names_an_index("Class 1, power factor ")
    (chinese,) = extract_indicators("蛋白质含量按氮含量乘以换算系数5.70计算。")
    (english,) = extract_indicators("Calculate the protein content by multiplying the nitrogen content by the factor 5,70.")
    assert (chinese.value, chinese.unit, english.value, english.unit) == (5.7, "", 5.7, "")
    result = compare_clauses("蛋白质含量按氮含量乘以换算系数5.70计算。",
                             "Calculate the protein content by multiplying the nitrogen content by the factor 5,70.")
    assert [str(p.verdict) for p in result.pairs] == ["consistent"]
    meter = extract_indicators("Class 1, power factor 1: 0,05 Ib ≤ I < 0,1 Ib: percentage error ±1,5.")
    assert 1.0 not in [i.value for i in meter if not i.unit]


def test_an_amount_after_or_is_another_reference_for_the_same_limit():
    assert alternative_reference("mg/100 g", 100.0, "mL", "或") and alternative_reference("g per 100 g", 100.0, "ml",
                                                                                          " (solids) or ")
    assert not alternative_reference("mg/100 g", 0.75, "mL", "或") and not alternative_reference("mg/kg", 100.0, "mL", "或")
    (sugar,) = extract_indicators("Sugars free: not more than 0,5 g per 100 g or 100 ml.")
    assert (sugar.comparator, sugar.value) == (Comparator.MAX, 0.5)
    (cholesterol,) = extract_indicators("胆固醇 | 低 | ≤20 mg/100 g（固体）或100 mL（液体）。")
    assert (cholesterol.value, cholesterol.unit) == (20.0, "mg/100 g")
    solid, liquid = extract_indicators("饱和脂肪 | 低 | ≤1.5 g/100 g（固体）或0.75 g/100 mL（液体）。")  # two limits
    assert (solid.value, liquid.value, liquid.unit) == (1.5, 0.75, "g/100 mL")


def test_a_time_or_distance_framed_by_zai_nei_is_a_maximum():
    assert within("火焰应在", "内熄灭") == 1 and within("在约", " 内完") == 2
    assert within("在", "内径处") == 0 and within("试样", "内熄灭") == 0
    (door,) = extract_indicators("电梯门关闭后，轿厢应在5 s内启动。")
    assert (door.comparator, door.value, door.unit) == (Comparator.MAX, 5.0, "s")
    (sample,) = extract_indicators("样品应在24 h内检测完毕。")
    assert (sample.comparator, sample.value) == (Comparator.MAX, 24.0)
    # the period over which a limit after it holds stays that limit's condition
    (flow,) = extract_indicators("输液器在10 min内输出的溶液应不少于1 000 mL。")
    assert (flow.comparator, flow.value, [c.text for c in flow.conditions]) == (Comparator.MIN, 1000.0, ["10 min"])


def test_a_time_after_an_event_framed_by_zai_hou_nei_is_a_maximum():
    assert within("培养基应在配制后", "内使用") == 1
    assert within("在断电后", " 内放电") == 2
    assert within("在试验后", "内径处") == 0  # an inner diameter, no frame
    assert within("在加热，冷却后", "内") == 0  # a clause mark between: 在 opens no frame with 后
    (medium,) = extract_indicators("培养基应在配制后7 d内使用。")
    assert (medium.comparator, medium.value, medium.unit) == (Comparator.MAX, 7.0, "d")
    (discharge,) = extract_indicators("电容器应在断电后5 s内放电至安全电压。")
    assert (discharge.comparator, discharge.value) == (Comparator.MAX, 5.0)


def test_values_given_respectively_go_to_their_own_names_in_order():
    # Each value to its own name, in order, with the bound word said once ('分别不大于', 'respectively').
    read = [(i.concept, i.comparator, i.value) for i in extract_indicators("水中铅和镉的含量分别不大于0.01 mg/L和0.005 mg/L。")]
    assert read == [("lead", Comparator.MAX, 0.01), ("cadmium", Comparator.MAX, 0.005)]
    read = [(i.parameter, i.value) for i in extract_indicators("铜、锌和铅分别不得超过10 mg/kg、50 mg/kg和1 mg/kg。")]
    assert read == [("铜", 10.0), ("锌", 50.0), ("铅", 1.0)]
    # One value after '分别不' holds for each name; '均' is no 'respectively'.
    assert [i.value for i in extract_indicators("铅和镉分别不得超过0.5 mg/kg。")] == [0.5, 0.5]
    assert [(i.concept, i.value) for i in extract_indicators("镍和铜均不得超过20 mg/L。")] == [("nickel", 20.0), ("copper", 20.0)]


def test_given_respectively_needs_the_word_and_list_joints():
    from compare.indicators.constructions import given_respectively

    assert given_respectively("分别不大于", ["和"], "。")
    assert given_respectively("分别为", ["、", "和"], "。")
    assert given_respectively(" are ", [" and "], " respectively.")
    assert not given_respectively("均不大于", ["和"], "。")  # each, not one by one
    assert not given_respectively("分别不大于", ["，其中"], "。")  # words between: not one list
    assert not given_respectively("分别为", [], "。")


def test_names_before_respectively_with_is_share_out_the_values():
    # '分别为' after names the termbase knows: the values after are given out to them one by one.
    read = [(i.concept, i.value) for i in extract_indicators("锌、铜和镉分别为50 mg/kg、10 mg/kg和0.5 mg/kg。")]
    assert read == [("zinc", 50.0), ("copper", 10.0), ("cadmium", 0.5)]
    read = [(i.concept, i.comparator, i.value) for i in extract_indicators("汞和砷的限量分别为0.01 mg/kg和0.5 mg/kg。")]
    assert read == [("mercury", Comparator.MAX, 0.01), ("arsenic", Comparator.MAX, 0.5)]


def test_values_then_respectively_go_to_the_names_before_them():
    # 'respectively' after the run of values, with only a verb and a bound between the names and the values.
    text = "Copper, zinc and nickel shall be not more than 10 mg/kg, 50 mg/kg and 2 mg/kg, respectively."
    assert [(i.concept, i.comparator, i.value) for i in extract_indicators(text)] == \
        [("copper", Comparator.MAX, 10.0), ("zinc", Comparator.MAX, 50.0), ("nickel", Comparator.MAX, 2.0)]
    text = "The limits for mercury and arsenic are 0,5 mg/kg and 1 mg/kg respectively."
    assert [(i.concept, i.value) for i in extract_indicators(text)] == [("mercury", 0.5), ("arsenic", 1.0)]


def test_respectively_after_needs_list_joints_and_the_word():
    from compare.indicators.constructions import respectively_after

    assert respectively_after([" and "], " respectively.")
    assert respectively_after([", ", " and "], ", respectively.")
    assert not respectively_after([" and "], ".")
    assert not respectively_after([" for lead and "], " respectively.")
    assert not respectively_after([], " respectively.")

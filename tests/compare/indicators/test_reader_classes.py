"""The reader on each class of issue 12, with examples written for these tests (not from the evaluation sets)."""

from __future__ import annotations

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses


def values(text):
    return [(i.comparator, i.value, i.unit) for i in extract_indicators(text)]


# class 6: designations and classes are no values, but stay in the parameter's name
def test_designations_are_not_values():
    assert values("Flexible cord 60227 IEC 52 with a conductor of 0,75 mm2.") == [(Comparator.EQUAL, 0.75, "mm2")]
    assert values("Type 3 socket: rated current 16 A.") == [(Comparator.EQUAL, 16.0, "A")]
    (ind,) = extract_indicators("Ⅰ类器具的泄漏电流不应大于0.75 mA。")
    assert (ind.value, "类器具" in ind.parameter) == (0.75, True)
    assert values("国五阶段HC排放限值为100 mg/km。") == [(Comparator.MAX, 100.0, "mg/km")]
    assert values("Atmosphere 20/65, class 2: relative humidity (65 ± 4) %.") == [(Comparator.TOLERANCE, 65.0, "%")]
    assert values("4-pole, IE3 motors: efficiency at least 91.4 %.")[-1] == (Comparator.MIN, 91.4, "%")


# class 10: quantities in words, odd digit groups, max. / min.
def test_quantities_in_words_and_abbreviations():
    assert values("保质期不少于十二个月。") == [(Comparator.MIN, 12.0, "个月")]
    assert values("试验持续两天。")[0][1:] == (2.0, "天")
    assert values("Shelf life: eighteen months minimum.") == [(Comparator.MIN, 18.0, "months")]
    assert values("Colour 15 Hazen max.; pH 6.0 min.")[1] == (Comparator.MIN, 6.0, "")
    assert values("The sample is stirred for 5 min.") == [(Comparator.EQUAL, 5.0, "min")]
    twelve = [extract_indicators(t)[0].normalized.value for t in ("保质期不少于十二个月", "shelf life at least twelve months",
                                                                  "shelf life at least 1 year")]
    assert twelve[0] == twelve[1] and abs(twelve[2] - twelve[0]) / twelve[0] < 0.01


# class 12: basis and unit traps are different, never stricter or looser
def test_basis_and_unit_traps():
    assert compare_clauses("亚硝酸盐（以NaNO2计）不得超过30 mg/kg。", "Nitrite: maximum level 30 mg/kg, expressed as NO2-.").overall \
        == Verdict.DIFFERENT
    assert compare_clauses("镉（可食部分）不得超过0.1 mg/kg。", "Cadmium: 0.2 mg/kg (whole commodity).").overall \
        == Verdict.DIFFERENT
    assert compare_clauses("泄漏电流不应大于0.75 mA。", "Leakage current shall not exceed 0.75 mA per kW of rated power "
                           "input.").overall == Verdict.DIFFERENT


# class 8: pairing by concept and qualifiers, solved as an assignment; order only breaks ties
def test_reordered_lists_pair_by_their_qualifiers():
    result = compare_clauses("接触电流：Ⅱ类设备 0.25 mA；Ⅰ类手持式设备 0.75 mA；Ⅰ类可移式设备 3.5 mA。",
                             "Touch current: class I movable equipment 3,5 mA; class II equipment 0,25 mA; "
                             "class I hand-held equipment 0,75 mA.")
    assert result.overall == Verdict.CONSISTENT
    assert all(p.domestic.value == p.international.value for p in result.pairs)
    tissues = compare_clauses("某兽药：肌肉 100 µg/kg；肝 300 µg/kg；肾 600 µg/kg。",
                              "Some drug: kidney 600 µg/kg; muscle 100 µg/kg; liver 300 µg/kg.")
    assert tissues.overall == Verdict.CONSISTENT and len(tissues.pairs) == 3
    acronyms = compare_clauses("排放限值：CO 1 000 mg/km；THC 100 mg/km；NMHC 68 mg/km。",
                               "Limits: CO 1 000 mg/km; NMHC 68 mg/km; THC 100 mg/km.")
    assert acronyms.overall == Verdict.CONSISTENT


def test_conditions_in_brackets_and_temperature_differences():
    result = compare_clauses("密度（20 ℃）：720 kg/m³～775 kg/m³。", "Density (at 15 °C): 720 kg/m³ to 775 kg/m³.")
    assert [(p.verdict, p.domestic.comparator) for p in result.pairs] == [(Verdict.DIFFERENT, Comparator.RANGE)]
    rise = compare_clauses("绕组平均温升限值为65 K。", "Average winding temperature rise: 70 K maximum.")
    assert rise.overall == Verdict.STRICTER and rise.pairs[0].domestic.normalized.value == 65.0
    fraction = compare_clauses("甲醇含量（质量分数）不大于3.0 %。", "Methanol: max. 3,0 % (V/V).")
    assert fraction.overall == Verdict.DIFFERENT


# class 6: a scope, a designation example or a clock time states no requirement
def test_scope_statements_and_designation_examples_are_no_indicators():
    # (the rated voltage a scope bounds is read since the thirty-second round: scope_ratings; other scope values not)
    assert values("本标准适用于额定电压不超过 440 V 的家用器具。") == [(Comparator.MAX, 440.0, "V")]
    assert values("本标准适用于总质量不超过 3 500 kg 的车辆。") == []
    assert values("This part applies to cables with rated voltages up to and including 450/750 V.") == []
    assert values("标记示例：螺纹规格M16、公称长度60 mm的螺栓：螺栓 M16×60。") == []
    assert values("夜间指22:00至次日6:00之间的时段。") == []
    # (an electrical quantity a scope bounds, 'input current up to 16 A', is read since the thirty-third round:
    # scope_quantities; a length stays unread)
    result = compare_clauses("本文件适用于车长≤12 m的客车。", "This document applies to buses with a length up to 12 m.")
    assert result.pairs == () and "12" in result.unread_domestic


# class 9: units that carry a reference quantity, and a value restated in another unit
def test_reference_units_and_restated_values():
    d = compare_clauses("维生素A 14～43 µg RE/100 kJ。",
                        "Vitamin A: Min. 60 µg RE/100 kcal (14 µg RE/100 kJ), GUL 180 µg RE/100 kcal (43 µg RE/100 kJ).")
    assert [(p.verdict, p.domestic.comparator, p.international.comparator) for p in d.pairs] == [
        (Verdict.CONSISTENT, Comparator.RANGE, Comparator.RANGE)]

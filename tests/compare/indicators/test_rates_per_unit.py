"""Issue 12, units that carry what a value is per, written apart from the value: '每分钟4 mL～5 mL' (mL/min),
'每毫升血液1.2 mg～2.0 mg' (mg/mL), '4 ml to 5 ml per minute', '1,2 mg to 2,0 mg of anhydrous EDTA per millilitre of
blood'; and 'over' or 'above' that say when or where, not how much ('averaged over 10 min', '10 m above ground')."""

from __future__ import annotations

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.constructions import per_unit_before, ratio_unit_in_brackets, titrant_per_amount
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses


def _read(text):
    return [(i.comparator, i.value, i.low, i.high, i.unit) for i in extract_indicators(text)]


def test_per_and_a_units_name_before_a_value():
    assert per_unit_before("蒸馏速度为每分钟") == "min"
    assert per_unit_before("EDTA盐的浓度为每毫升血液") == "mL"
    assert per_unit_before("每克试样加入") == "g"
    assert per_unit_before("以每秒不超过") == "s"
    # no unit's name after 每, a daily intake's name, an hourly average: nothing
    for before in ("每层用捣棒插捣", "每隔", "每日允许摄入量为", "每小时平均浓度不超过", "蒸馏速度为"):
        assert per_unit_before(before) == ""


def test_the_value_after_per_and_a_units_name_is_per_that_unit():
    assert _read("蒸馏速度为每分钟4 mL～5 mL。") == [(Comparator.RANGE, None, 4.0, 5.0, "mL/min")]
    assert _read("EDTA盐的浓度为每毫升血液1.2 mg～2.0 mg。") == [(Comparator.RANGE, None, 1.2, 2.0, "mg/mL")]
    assert _read("开关以每分钟30次的操作频率进行操作。")[0][1:] == (30.0, None, None, "次/min")


def test_a_ranges_second_end_carrying_what_it_is_per_gives_both_ends_that_unit():
    assert _read("Distil at a rate of 4 ml to 5 ml per minute.") == [(Comparator.RANGE, None, 4.0, 5.0, "ml per minute")]
    found = _read("EDTA: 1,2 mg to 2,0 mg of anhydrous EDTA per millilitre of blood.")
    assert [(k, lo, hi) for k, _, lo, hi, _ in found] == [(Comparator.RANGE, 1.2, 2.0)]
    # ends in units of two dimensions are no range
    assert all(k != Comparator.RANGE for k, *_ in _read("15 kW to 93,9 %"))


def test_a_rate_per_minute_compares_across_the_two_ways_of_writing_it():
    result = compare_clauses("蒸馏速度为每分钟4 mL～5 mL。", "Distil at a rate of 4 ml to 5 ml per minute.")
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT]


def test_over_a_period_and_above_ground_are_no_bounds():
    found = extract_indicators("The reference wind speed is the mean wind speed averaged over 10 min at a height of 10 m "
                               "above ground.")
    assert [(i.comparator, i.value, i.unit) for i in found] == [(Comparator.EQUAL, 10.0, "min"),
                                                                (Comparator.EQUAL, 10.0, "m")]
    found = extract_indicators("Raise the temperature to 250 °C over a period of 30 min to 50 min.")
    assert (Comparator.RANGE, 30.0, 50.0) in [(i.comparator, i.low, i.high) for i in found]
    # 'over' and 'above' before an amount stay bounds
    assert [i.comparator for i in extract_indicators("The current shall be over 16 A.")] == [Comparator.MIN]
    assert [i.comparator for i in extract_indicators("The temperature shall be above 20 °C.")] == [Comparator.MIN]


def test_an_amount_per_metre_square_metre_or_cubic_metre_written_before_it():
    assert _read("灌注量按每米管道的内腔容积为0.8 L。") == [(Comparator.EQUAL, 0.8, None, None, "L/m")]
    assert _read("喷砂时间为每平方米钢板表面2 min。") == [(Comparator.EQUAL, 2.0, None, None, "min/m²")]
    assert _read("熏蒸剂用量为每立方米仓容35 g。") == [(Comparator.EQUAL, 35.0, None, None, "g/m³")]
    # another 每 right before the value: it is per both ('每平方米面积每分钟10 L' is litres per square metre and minute,
    # as the keys write '每千克物质每小时 20 L': L/(kg·h); units29's `chained_per_amounts`)
    assert _read("喷淋强度为每平方米面积每分钟10 L。")[0][4] == "L/(m²·min)"
    # things counted per metre stay a count: the metre says where they are counted
    assert _read("每米至少设置3个支架。")[0][4] == "个"


def test_an_amount_per_square_or_cubic_metre_written_after_it():
    assert _read("The imposed load shall be taken as not less than 500 kg per square metre of floor.") == [
        (Comparator.MIN, 500.0, None, None, "kg/m²")]
    assert _read("Dose the fumigant at 35 g per cubic metre of storage space.")[0][1:] == (35.0, None, None, "g/m³")
    assert _read("Blast for 2 min per square meter of plate.")[0][4] == "min/m²"
    assert _read("A zinc coating of 120 g per square centimetre.")[0][4] == "g/cm²"


def test_a_number_with_no_unit_per_a_time_symbol_is_a_rate():
    assert _read("元件的失效率应小于2×10⁻⁶/h，平均修复时间不大于8 h。") == [
        (Comparator.MAX, 2e-06, None, None, "1/h"), (Comparator.MAX, 8.0, None, None, "h")]
    assert _read("The failure rate of each channel shall not exceed 2 × 10⁻⁶/h.")[0][1:] == (2e-06, None, None, "1/h")
    assert _read("Samples are taken at 4/h.")[0][4] == "1/h"



def test_a_heading_in_one_per_a_time_gives_its_rows_that_rate():
    # '1/h' written alone heads the values after it: it is no rate of one per hour, nor hours
    assert _read("表5 元件失效率 — 类别 | 失效率 1/h：A | 10⁻⁶；B | 10⁻⁷") == [
        (Comparator.EQUAL, 1e-06, None, None, "1/h"), (Comparator.EQUAL, 1e-07, None, None, "1/h")]
    assert _read("失效率 1/h：A类 ≤10⁻⁶；B类 ≤10⁻⁵。") == [
        (Comparator.MAX, 1e-06, None, None, "1/h"), (Comparator.MAX, 1e-05, None, None, "1/h")]
    found = _read("Component classes, failure rate in 1/h: class A, ≥ 1 × 10⁻⁷ to < 1 × 10⁻⁶; class B, ≥ 1 × 10⁻⁶ to "
                  "< 1 × 10⁻⁵.")
    assert [(lo, hi, u) for _, _, lo, hi, u in found] == [(1e-07, 1e-06, "1/h"), (1e-06, 1e-05, "1/h")]


def test_each_rise_is_no_per_litre():
    # 升 before 高 or 温 is the verb 'rise': the step of the rise keeps its own unit
    assert per_unit_before("绕组温度每升高") == ""
    assert per_unit_before("炉温每升温") == ""
    assert per_unit_before("每升水样加入") == "L"
    assert _read("电阻随温度每升高10 ℃约增加4 %。")[0][1:] == (10.0, None, None, "℃")


def test_a_ratio_to_one_with_its_quotient_unit_in_brackets_is_in_that_unit():
    assert ratio_unit_in_brackets("（mL/g）浸泡") == "mL/g"
    assert ratio_unit_in_brackets(" (ml / g) of") == "ml/g"
    assert ratio_unit_in_brackets("（见表1）") == ""
    assert _read("按浴比为20:1（mL/g）加入水。")[0][1:] == (20.0, None, None, "mL/g")
    # the two ways of writing one ratio agree
    result = compare_clauses("按浴比为20:1（mL/g）加入水。", "Add water at a bath ratio of 20 ml/g.")
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT]


def test_a_frequency_per_year_in_its_two_writings():
    # '/年' after a number with no unit, as '/a' is; 'y⁻¹' and 'a⁻¹' after a number: per year
    assert _read("设备年均故障次数应小于2×10⁻³/年。")[0][1:] == (2e-03, None, None, "1/a")
    assert _read("The mean number of failures shall be below 2 × 10⁻³ y⁻¹.")[0][4] == "y⁻¹"
    assert _read("Expected frequency of flooding 10⁻⁴ a⁻¹.")[0][4] == "a⁻¹"
    result = compare_clauses("设备年均故障次数应小于2×10⁻³/年。",
                             "The mean number of failures shall be below 2 × 10⁻³ y⁻¹.")
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT]


def test_a_volume_of_a_titrant_of_a_stated_strength_per_an_amount():
    assert titrant_per_amount(" 0,1 N sodium hydroxide per g.") == "g"
    assert titrant_per_amount(" of 0,5 mol/l hydrochloric acid solution per 100 g") == "100 g"
    assert titrant_per_amount(" of 0,1 N sodium hydroxide.") == ""
    assert _read("Acidity: not more than 4 ml of 0,5 mol/l hydrochloric acid per 100 g.")[0] == (
        Comparator.MAX, 4.0, None, None, "ml/100 g")
    assert _read("Free fatty acids: maximum 1,5 ml 0,1 N potassium hydroxide per g.")[0][4] == "ml/g"

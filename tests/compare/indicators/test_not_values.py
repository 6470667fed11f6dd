"""Numbers that are no values (compare.indicators.clausetext): registry numbers and codes are blanked, the places of
a code are hidden, and '一次' / '二次' before a circuit word are words (primary, secondary), not counts. The texts are
written for these tests."""

from __future__ import annotations

from compare.indicators.clausetext import NOT_VALUES, cas_numbers, entry_cross_references, fold, numerals_to_digits
from compare.indicators.extract import extract, extract_indicators


def _blanked(text: str) -> list[str]:
    folded = fold(text)[0]
    return [m.group(0) for m in NOT_VALUES.finditer(folded)]


def _values(text: str) -> list[tuple[float | None, str]]:
    return [(i.value, i.unit) for i in extract_indicators(text)]


def test_registry_numbers_are_blanked():
    assert _blanked("Benzene, CAS 71-43-2, EC 200-753-7: 3,25 mg/m³") == ["CAS 71-43-2", "EC 200-753-7"]
    assert _blanked("苯（CAS号 71-43-2）") == ["CAS号 71-43-2"]
    assert _blanked("see ISSN 2049-3630 and ISBN 978-3-16-148410-0") == ["ISSN 2049-3630", "ISBN 978-3-16-148410-0"]
    assert _blanked("Sorbates (INS 200-203, 209) in cheese") == ["INS 200-203, 209"]
    assert _blanked("UN 1993 flammable liquid, n.o.s.") == ["UN 1993"]
    assert _blanked("HS code 1701.99 refined sugar") == ["HS code 1701.99"]


def test_values_beside_a_code_are_read_and_the_code_is_not():
    assert _values("Acetone, CAS 67-64-1: TWA 1 210 mg/m³.") == [(1210.0, "mg/m³")]
    assert _values("Sorbates (INS 200-203) in processed cheese: maximum level 3 000 mg/kg.") == [(3000.0, "mg/kg")]
    assert _values("UN 1993 liquids: flash point below 60 °C.") == [(60.0, "°C")]


def test_the_places_of_a_code_are_no_limit():
    assert extract_indicators("批号由10位数字组成：前4位为年份，后6位为流水号。") == ()
    assert extract_indicators("代码由2～3位字母组成。") == ()
    # '位移', '位置' are other words: a displacement is a value
    assert _values("位移不应大于2 mm。") == [(2.0, "mm")]


def test_primary_and_secondary_are_words_not_counts():
    def digits(text: str) -> str:
        folded, where = fold(text)
        return numerals_to_digits(folded, where)[0]

    assert digits("一次绕组的电阻") == "一次绕组的电阻"
    assert digits("二次负荷为额定值") == "二次负荷为额定值"
    assert digits("每班检查一次") == "每班检查1次"
    assert digits("第二次称量") == "第2次称量"
    assert _values("额定一次电流下的比值误差不大于0.2 %。") == [(0.2, "%")]


def test_which_occasion_is_no_count_of_times():
    # '最后一次称量' is the last weighing (fixcount37): no count of one time, and the limit after it keeps its name
    (limit,) = extract("干燥至恒重：两次称量之差不超过最后一次称量结果的0.1 %。").indicators
    assert (limit.comparator.value, limit.value, limit.unit) == ("max", 0.1, "%")
    assert _values("与前一次测定值相比，变化不大于2 %。") == [(2.0, "%")]
    # a count of one time after a bound stays one
    (once,) = extract("每月至少清洗一次滤网。").indicators
    assert once.value == 1.0


def test_a_class_written_with_a_decimal_is_a_name():
    # accuracy and property classes: '0.2级', 'class 1,6', 'class 0,5 S', 'property class 10.9'
    assert _values("0.2级互感器的比值误差不超过±0.2 %。") == [(0.2, "%")]
    assert _values("Meters of accuracy class 1,6: maximum permissible error ± 1,6 %.") == [(1.6, "%")]
    assert _values("class 0,5 S: ± 0,5 %") == [(0.5, "%")]
    assert _values("Property class 10.9 bolts: tensile strength min. 1 040 MPa.") == [(1040.0, "MPa")]
    # a unit after the number makes it a value again
    assert _values("Thickness class 0,5 mm.") == [(0.5, "mm")]


def test_the_unit_a_result_is_expressed_in_is_no_value():
    from compare.indicators.extract import extract

    # '单位为0.1 mm', '以0.1 mm表示': the scale a penetration is read on, no requirement; the limits beside it stay
    found = extract("针入度单位为0.1 mm。试验条件：温度25 ℃，荷重100 g。").indicators
    assert [(i.value, i.unit) for i in found] == [(25.0, "℃"), (100.0, "g")]
    assert extract("锥入度以0.1 mm表示。").indicators == ()
    # a unit named alone, and a value after 'expressed' words of another kind, are read as before
    assert [(i.value, i.comparator) for i in extract("厚度单位为mm，不小于0.5 mm").indicators] == [(0.5, "min")]


def test_nominal_pressures_and_sizes_are_designations_listed_unread():
    from compare.indicators.extract import extract
    from compare.indicators.guided import unread_numbers

    zh = extract("PN系列：PN 2.5、PN 6、PN 10、PN 16。PN是用于参考的标识。")
    en = extract("preferred values PN 2,5, PN 6, PN 10, PN 16; nominal size DN 50.")
    assert zh.indicators == () and en.indicators == ()
    # listed for the reviewer, and known as designations: the pair-guided reader never takes them for values
    assert zh.unread == ("2.5", "6", "10", "16") and en.unread == ("2,5", "6", "10", "16", "50")
    assert len(en.designation_spans) == 5 and all(en.text[a:b].startswith(("PN", "DN")) for a, b in en.designation_spans)
    assert unread_numbers(zh) == [] and unread_numbers(en) == []
    # a number that is no designation is still there for the guided reader
    assert [n.value for n in unread_numbers(extract("PN 16 flanges; see the 4 bolts"))] == [4.0]
    # the value of a thing named by its size is read
    assert _values("DN 50的阀门，壳体试验持续时间不少于15 s。") == [(15.0, "s")]
    assert _values("Valves DN 65: minimum test duration 60 s.") == [(60.0, "s")]
    # the particle number of an emission limit is a value
    assert _values("PM 4,5 mg/km; PN 6,0 × 10¹¹ #/km.") == [(4.5, "mg/km"), (6.0e11, "#/km")]
    assert _values("PN 8.0×10¹¹ 个/kWh") == [(8.0e11, "个/kWh")]


def test_the_places_of_a_code_in_english_are_no_values():
    # the code's length is a quantity (bits are a unit); its places are not
    assert _values("The code comprises 64 bits: bit 1, flag; bits 2 to 15, reserved; bits 17 to 26, "
                   "country code.") == [(64.0, "bits")]
    assert _values("the bit shall have a diameter of 10 mm") == [(10.0, "mm")]


def test_a_range_of_grades_names_grades():
    assert _values("热带低压：最大平均风速10.8 m/s～17.1 m/s（风力6～7级）；（16级或以上）。") == [(None, "m/s")]
    assert extract_indicators("数据中心能效限定值为能效等级的3级。") == ()


def test_a_code_of_digits_and_capitals_run_together_is_no_value():
    assert _values("环境参数 | 单位 | 3K3\n低温 | ℃ | +5") == [(5.0, "°C")]
    assert _values("Class 4M2: peak acceleration 30 m/s².") == [(30.0, "m/s²")]
    # apart, the digits and the unit are a value
    assert _values("Cool the specimen to 3 K.") == [(3.0, "K")]


def test_a_condition_alone_in_a_sentence_with_no_limit_is_listed_unread_not_dropped():
    # The gradients qualify no limit of their sentence: they are neither read nor may they vanish.
    text = ("Rated loads: 5 kN, 10 kN and 20 kN. For each load, record the deflection at temperatures of 5 and 40.")
    extraction = extract(text)
    assert [i.value for i in extraction.indicators] == [5.0, 10.0, 20.0]
    assert extraction.unread == ("5", "40")
    # in a sentence with a limit, the same kind of condition still qualifies it and is read
    qualified = extract("The deflection shall not exceed 2 mm at temperatures of 5 and 40.")
    assert "5" not in qualified.unread and "40" not in qualified.unread


def test_a_number_after_no_without_its_stop_numbers_an_item():
    # EU texts write 'No 19', not 'No. 19': the number of a substance, a group restriction, a regulation
    assert _blanked("FCM substance No 19 | group restriction No 2 | Regulation (EC) No 1935/2004") == [
        "No 19", "No 2", "No 1935/2004"]
    assert _values("FCM substance No 42 | Ref. No 15760 | SML [mg/kg]: 60 (group restriction No 3)") == [
        (60.0, "mg/kg")]
    assert _values("Not more than 5 mg/kg; No more than 2 %.") == [(5.0, "mg/kg"), (2.0, "%")]


def test_a_registry_number_without_its_name_is_known_by_its_check_digit():
    text = "甲醛 | 50-00-0 | 0.5; 苯 | 71-43-2 | 1; (CAS 0068515-48-0, 0028553-12-0)"
    assert [text[a:b] for a, b in cas_numbers(text)] == ["50-00-0", "71-43-2", "0068515-48-0", "0028553-12-0"]
    assert cas_numbers("10-20-5 and 7782-50-4") == []  # last digits not the check digit: left to the value reader
    assert _values("Dangerous substances | CAS number | Qualifying quantity (tonnes): Hydrogen | 1333-74-0 | 5; "
                   "Methanol | 67-56-1 | 500") == [(5.0, "tonnes"), (500.0, "tonnes")]


def test_a_quantity_after_the_word_of_a_class_is_a_value():
    # 'lower-tier 50 tonnes': a mass after the word, not the number of a tier; 'Category 1' still names a class,
    # and a thousands group after the number belongs to it ('upper-tier 5 000 tonnes')
    assert _values("Flammable gases, Category 1 or 2: lower-tier 10 tonnes, upper-tier 50 tonnes.") == [
        (10.0, "tonnes"), (50.0, "tonnes")]
    assert _values("Ammonium nitrate: lower-tier 5 000 t, upper-tier 10 000 t.") == [(5000.0, "t"), (10000.0, "t")]
    assert _values("Class 2 appliances: leakage current 0,25 mA.") == [(0.25, "mA")]


def test_references_to_several_parts_and_numbered_provisions_are_no_values():
    # several parts of a document at once, and provisions numbered 'clause-item' as ETSI and similar texts write them
    assert _blanked("The tests of Clauses 7 to 12 apply.") == ["Clauses 7 to 12"]
    assert _blanked("Tables 3 and 4 give the sampling plans.") == ["Tables 3 and 4"]
    assert _blanked("Provision 6.2-3: the router shall log each failed login.") == ["Provision 6.2-3"]
    assert extract_indicators("The safeguards listed in Annex B are those of sections 4 to 9 of the code.") == ()
    assert extract_indicators("Provision 4.3-2: The meter shall store its readings in a protected area.") == ()
    # a value beside such a reference is still read, and a unit after the numbers makes them a size
    assert _values("Paragraphs 2 and 3 do not apply; the tank holds at most 50 L.") == [(50.0, "L")]
    assert _values("sections 20 to 40 mm thick") == [(None, "mm")]


def test_the_age_of_the_children_a_product_is_for_is_no_value():
    # the users' age names the product, it is no limit: nothing to compare on either side
    assert extract_indicators("不得用于六岁以下儿童使用的牙膏中。") == ()
    assert extract_indicators("Not to be used in toothpaste for children under 6 years of age.") == ()
    assert extract_indicators("Cots intended for children under 24 months shall have no openings.") == ()
    # the limits beside it are still read
    assert _values("Child restraints for children under 12 years of age: buckle release force not more than 60 N.") \
        == [(60.0, "N")]
    assert _values("供6个月以下婴儿食用的辅助食品中钠含量不得超过200 mg/100 g。") == [(200.0, "mg/100 g")]


def _crossed(text: str) -> list[str]:
    folded = fold(text)[0]
    return [folded[a:b] for a, b in entry_cross_references(folded)]


def test_a_term_entry_points_to_other_entries_by_their_numbers():
    assert _crossed("2.7 batch mean: mean of the items (2.3) of one batch (2.12).") == [" (2.3)", " (2.12)"]
    assert _crossed("4.2 风险准则：评价风险（4.9）重要性的依据。") == ["(4.9)"]
    # the same depth and first part as the entry's own number only; none in a clause without an entry number
    assert _crossed("2.7 batch mean: mean of the items (3.3) of one batch.") == []
    assert _crossed("Hardness of the coating (0.5) is measured after curing.") == []
    assert _crossed("2.7 the film thickness (2.5 mm) is measured.") == []


def test_no_value_is_read_from_a_term_entry_and_its_references():
    assert extract_indicators("2.7 batch mean: mean of the items (2.3) of one batch (2.12).") == ()
    assert extract_indicators("5.4 回收率：回收物（5.2）的质量与投入物（5.11）的质量之比。") == ()
    found = extract("5.4 回收率：回收物（5.2）的质量与投入物（5.11）的质量之比。")
    assert found.unread == ()
    # a value stated in the entry is still read
    assert _values("6.3 cold room (6.1): room kept below 5 °C.") == [(5.0, "°C")]


def test_a_quantity_ending_in_fen_followed_by_wei_divides_nothing():
    # '水分为', '灰分为', '糖分为', '成分为': the moisture, ash, sugar, ingredient is …, whose value is read
    assert _values("大米的水分为14.5 %。") == [(14.5, "%")]
    assert _values("奶粉灰分为6.0 g/100 g。") == [(6.0, "g/100 g")]
    assert _values("主要成分为硫酸镁，含量≥98.5 %。") == [(98.5, "%")]
    # a count of classes after it divides ('用水分为三个级别'), as '分为' after any other word does
    assert _values("实验室用水分为三个级别：一级水、二级水和三级水。") == []
    assert _values("门按开启力分为轻型和重型。") == []


def test_a_category_named_before_its_number_is_no_value():
    # '类别2', '子类别1B' name a class, as 'category 2' does; the bound of the sentence is read
    assert _values("成分为类别2致癌物，浓度≥0.3 %时，混合物划为类别2。") == [(0.3, "%")]
    assert _values("子类别1B的物质，含量≥1.0 %时应标注。") == [(1.0, "%")]
    # a unit after the number makes it a value
    assert _values("类别间距应为2 mm。") == [(2.0, "mm")]
    # a symbol after the class that a bound follows is the limit's quantity, not a unit of the class's number
    assert _values("急性毒性估计值，ppmV：类别1 C≤100；类别2 C≤500。") == [(100.0, "ppmV"), (500.0, "ppmV")]


def test_a_number_with_a_unit_after_a_reference_word_is_a_value_not_a_clause():
    # '采用' (use), '按' (according to) before a clause number refer to it; before a value with its unit they apply it
    assert _blanked("试验方法按5.3规定。") == ["按5.3"]
    assert _blanked("试验按6.2 b)进行。") == ["按6.2"]  # an item's letter after the clause number
    assert _blanked("包装标志见4.2 GB/T 191的规定。") == ["见4.2", "GB/T 191"]
    assert _blanked("冲击试验采用2.5 kg的钢球。") == []
    assert _blanked("超标时按50 mg/L执行。") == []
    assert _values("冲击试验采用2.5 kg的钢球。") == [(2.5, "kg")]
    assert _values("保温时采用30 min的间隔。") == [(30.0, "min")]
    # (thirty-seventh round) a capacitance with its prefix is such a value too
    assert _blanked("滤波电路采用4.7 μF电容器。") == []
    assert _values("滤波电路采用4.7 μF电容器。") == [(4.7, "μF")]
    assert _values("试验方法按5.3规定，温度为20 ℃。") == [(20.0, "℃")]

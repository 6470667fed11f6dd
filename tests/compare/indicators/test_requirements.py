"""A clause pair in which neither clause states a requirement compares nothing (compare.indicators.requirements and
compare.indicators.verdicts.without_requirement). The sentences are written for these tests: other codes, classes
and fields than the evaluation sets'."""

from __future__ import annotations

from compare.core.vocabulary import NO_VERDICT, Verdict
from compare.indicators.requirements import no_requirement_stated, requirement_sentence, statement_kinds
from compare.indicators.verdicts import compare_clauses


def _nothing_compared(result) -> None:
    assert result.overall == NO_VERDICT
    assert result.score is None
    assert result.pairs == ()
    assert any("neither clause states a requirement" in note for note in result.notes)


def test_two_descriptions_of_a_code_compare_nothing():
    result = compare_clauses(
        "集装箱尺寸代码由两位字符组成：第一位表示箱长，如4表示箱长40 ft；第二位表示箱高，如5表示箱高9 ft 6 in。",
        "The size code comprises two characters: the first stands for the length, e.g. 4 for 40 ft; the second for "
        "the height, e.g. 5 for 9 ft 6 in.")
    _nothing_compared(result)
    # The numbers read stay in sight, for the reviewer.
    assert any("40" in n for n in result.unread_domestic)
    assert any("40" in n for n in result.unread_international)


def test_a_designation_in_figures_and_its_example_compare_nothing():
    _nothing_compared(compare_clauses(
        "螺栓性能等级用两个数字表示：第一个数字表示公称抗拉强度的1/100，如8.8级螺栓的公称抗拉强度为800 MPa。",
        "The property class of bolts is designated by two figures: the first indicates 1/100 of the nominal tensile "
        "strength, e.g. property class 8.8 has a nominal tensile strength of 800 MPa."))


def test_two_worked_examples_compare_nothing():
    _nothing_compared(compare_clauses(
        "计算示例：试样质量10.0 g，干燥后质量9.2 g，水分含量为8.0 %。",
        "Example of calculation: a test portion of 10,0 g weighing 9,2 g after drying has a moisture content of 8,0 %."))


def test_two_classifications_by_a_quantity_compare_nothing():
    _nothing_compared(compare_clauses(
        "织物按单位面积质量分为：轻薄型，单位面积质量小于150 g/m²；中厚型，150 g/m²～300 g/m²；厚重型，大于300 g/m²。",
        "Fabrics are classified by mass per unit area: lightweight, less than 150 g/m²; medium weight, 150 g/m² to "
        "300 g/m²; heavyweight, more than 300 g/m²."))


def test_limits_stated_per_class_are_still_compared():
    result = compare_clauses(
        "按用途分为两类：Ⅰ类产品的铅含量不超过0.5 mg/kg；Ⅱ类产品铅含量不超过1.0 mg/kg。",
        "Products are classified into two classes: lead in class I products shall not exceed 0,5 mg/kg; in class II "
        "products, 1,0 mg/kg.")
    assert result.overall == Verdict.CONSISTENT
    assert len(result.pairs) == 2


def test_one_clause_of_that_shape_is_not_enough():
    result = compare_clauses("鞋号以毫米为单位，以脚长为基础表示，例如 250（即脚长250 mm）。", "Lead: maximum level 0,1 mg/kg.")
    assert result.overall != NO_VERDICT
    assert not any("neither clause states a requirement" in note for note in result.notes)


def test_the_kinds_of_statement_in_both_languages():
    assert statement_kinds("车辆识别代号由三个部分组成，共17位字码。") == ("designation",)
    assert statement_kinds("Each seat is designated by a letter.") == ("designation",)
    assert statement_kinds("An identifier consists of eight digits.") == ("designation",)
    assert "example" in statement_kinds("换算示例：1 bar相当于100 kPa。")
    assert "example" in statement_kinds("Example of calculation: 2 h at 40 °C.")
    assert statement_kinds("电缆按电压等级划分。") == ("classification",)
    assert statement_kinds("优先选用的额定电流：6 A，10 A。") == ("series",)
    assert statement_kinds("'Short time' means less than 10 minutes.") == ("definition",)
    assert statement_kinds("电源电压为220 V。") == ()
    assert statement_kinds("Supply voltage: 230 V.") == ()
    # A code number is no code word: '信号' and '型号' are no designation.
    assert statement_kinds("信号由发送器用光纤传输。") == ()


def test_what_makes_a_sentence_a_requirement():
    assert requirement_sentence("铅含量不超过0.5 mg/kg")
    assert requirement_sentence("the maximum level is 0,1 mg/kg")
    assert requirement_sentence("试验电压应为1 500 V")
    assert requirement_sentence("The test voltage shall be 1 500 V")
    # A modal verb that builds a designation states no requirement on a value.
    assert not requirement_sentence("The identification code shall consist of eleven characters")
    assert not requirement_sentence("如4表示箱长40 ft")
    # '应' inside 相应 / 反应 / 对应 is no modal verb.
    assert not requirement_sentence("代号22对应箱长20 ft，相应的箱高为8 ft")


def test_a_reading_in_a_requirement_sentence_keeps_the_pair():
    domestic = "示例：样品10 g。样品的水分应不大于12 %。"
    international = "Example: a 10 g sample. Moisture shall not exceed 12 %."
    assert no_requirement_stated(domestic, [3], international, [12]) is not None  # only the example's numbers
    assert no_requirement_stated(domestic, [3, domestic.index("12")], international,
                                 [12, international.index("12")]) is None


def test_a_classification_read_on_one_side_only_compares_nothing():
    # The domestic classification's bounds are set aside as a statement; the international rows read alone.
    result = compare_clauses(
        "轮椅按使用者体重分为以下组别：甲组，体重小于35 kg；乙组，体重35 kg～75 kg；丙组，体重75 kg～135 kg。",
        "Group A for users of a body mass less than 35 kg; Group B for users of a mass from 35 kg to 75 kg; Group C "
        "for users of a mass from 75 kg to 135 kg.")
    _nothing_compared(result)
    assert any("classification" in note and "no number read" in note for note in result.notes)
    assert any("35" in n for n in result.unread_international)


def test_one_side_read_needs_a_shape_and_no_requirement_sentence():
    text = "Group A: 35 kg; Group B: 75 kg."
    starts = [text.index("35"), text.index("75")]
    # Neither clause takes a no-requirement shape: the readings stay one-sided limits.
    assert no_requirement_stated("轮椅的结构应牢固。", [], text, starts) is None
    # A classification on the side that reads nothing says what the other side's numbers are.
    assert no_requirement_stated("轮椅按体重分为两组。", [], text, starts) == ("classification", "no statement shape")
    # A word of limit where the numbers stand keeps them a requirement.
    limits = "Group A: mass shall not exceed 35 kg; Group B: 75 kg."
    assert no_requirement_stated("轮椅按体重分为两组。", [], limits, [limits.index("35")]) is None
    # Both sides read: the shape must be on both, as before.
    assert no_requirement_stated("轮椅按体重分为两组：35 kg。", [12], text, starts) is None


def test_two_colour_codes_compare_nothing():
    result = compare_clauses("熔断体额定电流的识别色：2 A 粉红色；6 A 棕色；10 A 绿色；16 A 灰色。",
                             "Colour code of fuse links by rated current: 2 A pink; 6 A brown; 10 A green; 16 A grey.")
    _nothing_compared(result)
    assert any("code" in note for note in result.notes if "neither clause" in note)


def test_a_limit_beside_a_colour_code_is_still_compared():
    result = compare_clauses("熔断体额定电流的识别色：2 A 粉红色；6 A 棕色。熔断体的额定电流应不大于16 A。",
                             "Colour code of fuse links: 2 A pink; 6 A brown. The rated current shall not exceed 16 A.")
    assert result.overall != NO_VERDICT
    assert not any("neither clause states a requirement" in note for note in result.notes)


def test_codes_of_colours_and_marks_in_both_languages():
    assert statement_kinds("色标：黑 0；棕 1；红 2。") == ("code",)
    assert "code" in statement_kinds("额定电压用颜色表示：230 V 蓝色。")
    assert statement_kinds("接线端子标志：L1、L2、L3。") == ("code",)
    assert statement_kinds("Colour coding: 0,8 mm green.") == ("code",)
    assert statement_kinds("Terminal markings: L1, L2, L3.") == ("code",)
    # A marker residue is no mark, a colour limit no colour code.
    assert statement_kinds("残留标志物：恩诺沙星与环丙沙星之和。") == ()
    assert statement_kinds("色度不超过15度。") == ()


def test_a_table_of_levels_with_a_marking_example_compares_nothing():
    result = compare_clauses(
        "表2 — 试验项目 | 1级 | 2级 | 3级：抗撕裂力/N 15 | 30 | 60；抗穿透力/N 25 | 50 | 90。",
        "Performance levels: tear force (N) 15, 30, 60; penetration force (N) 25, 50, 90 for levels 1 to 3. "
        "Marking example: 23.")
    _nothing_compared(result)


def test_worked_rounding_examples_on_one_side_compare_nothing():
    _nothing_compared(compare_clauses("修约间隔为0.5时：12.25修约为12.0；例：0.75修约为1.0。",
                                      "Rounding interval 0,5: 12,25 is rounded to 12,0 and 0,75 to 1,0."))


def test_an_example_beside_limits_keeps_them():
    result = compare_clauses("绳索的破断力应不小于：8 mm 12 kN；10 mm 18 kN。",
                             "The breaking force shall be at least 12 kN for 8 mm ropes and 18 kN for 10 mm, e.g. "
                             "polyamide ropes.")
    assert result.overall == Verdict.CONSISTENT
    assert not any("neither clause states a requirement" in note for note in result.notes)


def test_a_quantity_ending_in_fen_divides_nothing():
    # '水分为12 %' is 'the moisture is 12 %', '灰分为' 'the ash is': no classification.
    assert statement_kinds("样品的水分为12.0 %。") == ()
    assert statement_kinds("灰分为0.5 %，成分为淀粉。") == ()
    assert statement_kinds("产品按用途分为两类。") == ("classification",)
    assert statement_kinds("将试样分为两组。") == ("classification",)


def test_a_series_listed_with_the_sizes_of_its_formats_is_a_table_of_dimensions():
    # envelope formats with their sizes: each size is specified, and the two clauses are compared
    zh = "表1 C系列信封（节选），单位为毫米：C5 162×229；C6 114×162。"
    en = "Table 1 — C series envelopes (extract), dimensions in millimetres: C5 162 × 229; C6 114 × 162."
    assert "series" not in statement_kinds(zh) and "series" not in statement_kinds(en)
    result = compare_clauses(zh, en)
    assert [(p.verdict, p.domestic.value) for p in result.pairs] == [
        (Verdict.CONSISTENT, 162.0), (Verdict.CONSISTENT, 229.0), (Verdict.CONSISTENT, 114.0), (Verdict.CONSISTENT, 162.0)]
    # a series of preferred values to choose from stays a series, with nothing compared
    assert "series" in statement_kinds("Preferred diameters, R10 series (mm): 10; 12,5; 16; 20; 25.")


def test_a_series_whose_rows_name_their_values_alike_is_a_table_of_values():
    # Each member of the series with its values, named by unit or by symbol row after row: what each member is.
    assert "series" not in statement_kinds(
        "电缆系列（节选）：型号YJV-1，截面积16 mm²，载流量85 A；型号YJV-2，截面积25 mm²，载流量110 A。")
    assert "series" not in statement_kinds(
        "Steel pipe series (extract): DN 50, D 60,3, S 2,9; DN 65, D 76,1, S 3,2.")
    assert "series" not in statement_kinds(
        "Table 2 — Motor frame series (extract). Frame 80: shaft height 80 mm, mass 12 kg. Frame 90: 90 mm, 18 kg.")
    # Values to choose one from stay a series: no names, one name only, or symbols glued to their digits.
    assert statement_kinds("R10 series: 1,00 1,25 1,60; R20 series: 1,00 1,12 1,25.") == ("series",)
    assert statement_kinds("优先选用的额定电流：6 A，10 A，16 A；20 A，25 A。") == ("series",)
    assert statement_kinds("Preferred sizes: M6, M8, M10; M12, M16.") == ("series",)


def test_two_tables_of_a_series_members_values_are_compared():
    result = compare_clauses(
        "Y系列电动机（节选）：机座号80，中心高80 mm，质量12 kg；机座号90，中心高90 mm，质量18 kg。",
        "Motor frame series (extract). Frame 80: shaft height 80 mm, mass 12 kg. Frame 90: 90 mm, 18 kg.")
    assert result.overall != NO_VERDICT
    assert result.pairs

"""Units written once in a heading or a column head, and where they stop (compare.indicators.extract). The texts are
written for these tests."""

from __future__ import annotations

from compare.indicators.extract import extract_indicators


def _read(text: str) -> list[tuple[str, float | None, str]]:
    return [(str(i.comparator), i.value, i.unit) for i in extract_indicators(text)]


def test_a_row_that_opens_its_own_list_ends_the_heading_unit():
    text = "氯化物/(mg/L) ≤：一级 0.5，二级 1.0；电导率比值 ≤：一级 0.02，二级 0.05。"
    assert _read(text) == [("max", 0.5, "mg/L"), ("max", 1.0, "mg/L"), ("max", 0.02, ""), ("max", 0.05, "")]
    # rows without a list of their own stay under the heading
    assert [u for _, _, u in _read("铬/(mg/kg)：蔬菜 0.5；谷物 1.0；豆类 1.0。")] == ["mg/kg"] * 3


def test_a_column_heads_unit_in_brackets_is_kept_even_when_unknown():
    ((kind, value, unit),) = _read("滴定酸度/(°SH) ≤ 8.5。")
    assert (kind, value, unit) == ("max", 8.5, "°SH")
    (ind,) = extract_indicators("滴定酸度/(°SH) ≤ 8.5。")
    assert ind.normalized.dimension == "[milk_acidity]"  # Soxhlet-Henkel degrees, known since units_vocab
    (ind,) = extract_indicators("缺陷数/(FU) ≤ 8.5。")
    assert (ind.value, ind.unit) == (8.5, "FU") and not ind.normalized.known  # reported as a unit not known


def test_a_unit_after_a_slash_with_the_rows_item_before_the_bound():
    assert _read("灰分/% 全麦粉 ≤ 2.0；精制粉 ≤ 0.7。") == [("max", 2.0, "%"), ("max", 0.7, "%")]
    assert _read("凝点/℃ 寒区不高于−20，温区不高于−10。") == [("max", -20.0, "°C"), ("max", -10.0, "°C")]


def test_an_english_column_head_with_a_word_before_the_unit():
    assert _read("Nitrogen, total mass %, max 1.5. Chloride, content mg/kg, max 40.") == [
        ("max", 1.5, "%"), ("max", 40.0, "mg/kg")]


def test_a_unit_stated_in_a_sentence_of_its_own_heads_the_sentences_after_it():
    # (contaminants with no bound word read as maxima since the thirtieth round: list_limits.ceilings_by_nature)
    assert _read("All results are in mg/L. Benzene 1; toluene 70.") == [("max", 1.0, "mg/L"), ("max", 70.0, "mg/L")]
    assert _read("单位：g/100 g。蛋白质 ≥ 2.5；脂肪 ≥ 3.0。") == [("min", 2.5, "g/100 g"), ("min", 3.0, "g/100 g")]
    assert [u for _, _, u in _read("Table 5 - Migration limits (mg/L). Lead: 0,8. Cadmium: 0,07.")] == ["mg/L"] * 2


def test_a_stated_unit_stops_at_the_paragraph_or_at_a_unit_of_its_own():
    text = "Units: mg/L. Iron 0,3. Manganese 0,1.\nColour 15 Hazen max."
    assert [u for _, _, u in _read(text)] == ["mg/L", "mg/L", "Hazen"]
    assert [u for _, _, u in _read("单位：mg/kg。铅 0.5。单位：g/kg。苯甲酸 1.0。")] == ["mg/kg", "g/kg"]


def test_a_unit_column_between_the_name_and_the_bound():
    assert _read("总硬度 mg/L ≤ 450；浑浊度 NTU ≤ 1") == [("max", 450.0, "mg/L"), ("max", 1.0, "NTU")]
    assert [u for _, _, u in _read("指标 | 单位 | 要求：硫 | mg/kg | 10；水分 | % | 0.5")] == ["mg/kg", "%"]
    # a symbol after a name, with the value right after it, is part of the name
    (ind,) = extract_indicators("餐具 Cd 0.07 mg/dm²")
    assert ind.unit == "mg/dm²" and "Cd" in ind.parameter


def test_a_unit_in_brackets_closing_a_list_is_every_unwritten_value_s():
    brass = extract_indicators("CuZn37: Cu 62,0 to 64,0; Pb max. 0,1; Fe max. 0,1 (% by mass).")
    assert [(i.parameter[-2:], i.unit) for i in brass] == [("Cu", "%"), ("Pb", "%"), ("Fe", "%")]
    assert brass[0].normalized.dimension == brass[1].normalized.dimension
    metals = extract_indicators("重金属限量：铅 0.5；砷 0.3（单位：mg/kg）。")
    assert [(i.value, i.unit) for i in metals] == [(0.5, "mg/kg"), (0.3, "mg/kg")]
    (specimens,) = extract_indicators("Number of specimens: at least 5 (see Annex A).")  # a reference, no unit
    assert (specimens.value, specimens.unit) == (5.0, "")
    (steel,) = extract_indicators("X2CrNi12-10: C max. 0,03 (% by mass).")  # the grade's digits stay unread
    assert (steel.value, steel.unit) == (0.03, "%")


def test_a_closing_note_may_name_the_kind_of_fraction_beside_its_unit():
    brass = extract_indicators("H62：Cu 60.5～63.5，Pb ≤0.08，Fe ≤0.15（质量分数，%）。")
    assert [(i.low or i.value, i.unit, i.basis) for i in brass] == [
        (60.5, "%", "mass fraction"), (0.08, "%", "mass fraction"), (0.15, "%", "mass fraction")]
    alloy = extract_indicators("AlMg3: Si max. 0,40; Mg 2,6 to 3,6 (mass fraction in %).")
    assert [(i.unit, i.basis) for i in alloy] == [("%", "mass fraction")] * 2
    rail = extract_indicators("R260: C 0,62 to 0,80; Mn 0,70 to 1,20 (ladle analysis, % by mass).")
    assert [(i.low, i.high, i.unit) for i in rail] == [(0.62, 0.8, "%"), (0.7, 1.2, "%")]
    assert [i.unit for i in extract_indicators("Ti max. 0,15; Zn max. 0,20 (mass fraction, %).")] == ["%", "%"]


def test_a_closing_percentage_of_a_named_whole_is_a_percentage_and_fatty_acid_numbers_stay_names():
    olive = extract_indicators("Olive oil: C18:1 55,0–83,0; C16:0 7,5–20,0 (% of total fatty acids).")
    assert [(i.low, i.high, i.normalized.unit) for i in olive] == [(55.0, 83.0, "%"), (7.5, 20.0, "%")]


def test_a_closing_unit_may_hold_a_bracket_of_its_own():
    film = extract_indicators("水蒸气透过量：A级 ≤2；B级 2＜WVT≤5（g/(m²·d)）。")
    assert [i.unit for i in film] == ["g/(m2·d)"] * 2 and film[1].comparator == "range"


def test_a_closing_note_without_a_unit_gives_none():
    for note in ("(real, dry)", "(peak value)", "(see 5.2)", "(mass fraction, dry)"):
        assert {i.unit for i in extract_indicators(f"Lead max. 0,5; cadmium max. 0,1 {note}.")} == {""}, note


def test_a_heading_that_ends_with_values_in_a_unit_states_the_unit_of_the_sentences_after_it():
    # ', values in grams.' closes a title: the comma does not make 'values' a unit
    found = extract_indicators("Permissible deviations of the test weights, values in grams. Class A: 0,5; class B: 1,2.")
    assert [(i.value, i.normalized.dimension) for i in found] == [(0.5, "[mass]"), (1.2, "[mass]")]
    found = extract_indicators("Pipe wall thickness tolerances, in mm. Up to 6: 0,3; over 6: 0,5.")
    assert [i.value for i in found if i.unit] == [0.3, 0.5] and {i.normalized.unit for i in found if i.unit} == {"mm"}


def test_a_heading_closed_by_its_unit_and_a_dash_states_the_unit_of_every_row_after_it():
    english = extract_indicators("Test voltages, r.m.s., kV — class A: 2,5; class B: 4,0. Class C: 6,0.")
    assert [(i.value, i.unit) for i in english] == [(2.5, "kV"), (4.0, "kV"), (6.0, "kV")]
    chinese = extract_indicators("试验电压（kV）——A类：2.5；B类：4.0。C类：6.0。")
    assert [(i.value, i.unit) for i in chinese] == [(2.5, "kV"), (4.0, "kV"), (6.0, "kV")]


def test_a_compound_unit_in_brackets_in_a_column_head_is_read_whole():
    # The '/' inside the bracket is the unit's own: 'kg)' or 'L)' is no unit.
    text = "Element | Migration limit (mg/L)\nLead | 0,5\nNickel | 0,1"
    assert [(v, u) for _, v, u in _read(text)] == [(0.5, "mg/L"), (0.1, "mg/L")]
    text = "Crop | Part | Tolerance (mg/kg)\nWheat | Grain | 2\nMaize | Grain | 0,05"
    assert [u for _, _, u in _read(text)] == ["mg/kg"] * 2
    assert [(v, u) for _, v, u in _read("表2 风荷载 — 地区 | 基本风压（kN/m²）：沿海 | 0.75；内陆 | 0.35。")] == [
        (0.75, "kN/m2"), (0.35, "kN/m2")]  # (the reader folds '²')
    assert [u for _, _, u in _read("表1 霉菌限量 — 项目 | 限量[CFU/g(mL)] | 方法：霉菌 | ≤ 50 | GB 4789.15。")] == [
        "CFU/g(mL)"]
    # a column head written 'quantity/unit' still reads what follows its slash
    assert [u for _, _, u in _read("Band | U₀/dB(µV)\nA | 40\nB | 50")] == ["dB(μV)"] * 2  # (micro sign folded)


def test_a_column_head_that_is_a_compound_unit_is_read_whole():
    # 'kJ/g' heads the column: kilojoules per gram, not a quantity 'kJ' in grams
    assert [(v, u) for _, v, u in _read("表4 比热 — 材料 | kJ/kg：铝 | 0.9；铜 | 0.39。")] == [(0.9, "kJ/kg"), (0.39, "kJ/kg")]
    assert [u for _, _, u in _read("Table 3 — Energy factors — Component | kJ/g: Sugar alcohols | 10; Erythritol | 0.")] \
        == ["kJ/g"] * 2
    assert [u for _, _, u in _read("表3 电缆参数 — 型号 | mΩ/m：A型 | 0.5；B型 | 0.8。")] == ["mΩ/m"] * 2
    # a quantity's symbol before the slash stays the quantity's ('U₀/dB(µV)': the unit is dB(µV))
    assert [u for _, _, u in _read("Band | U₀/dB(µV)\nA | 40\nB | 50")] == ["dB(μV)"] * 2

"""Units stated apart from the numbers: a unit declared once for a clause's values, a unit after a parameter's name,
a column head's unit (compare.indicators.extract, compare.indicators.constructions). The texts are written for these
tests."""

from __future__ import annotations

from compare.indicators import constructions
from compare.indicators.extract import extract_indicators
from compare.indicators.units import fraction_kind


def _read(text: str) -> list[tuple[str, float | None, str]]:
    return [(str(i.comparator), i.value, i.unit) for i in extract_indicators(text)]


# ------------------------------------------------------------------------- a unit declared once for the clause


def test_a_declaration_in_brackets_closing_the_clause_holds_for_every_value_before_it():
    text = "Pipe DN 50: outside diameter = 60,3; wall thickness = 2,9 (dimensions in millimetres)."
    assert _read(text) == [("equal", 60.3, "mm"), ("equal", 2.9, "mm")]
    # without the declaration a bare number stays unitless
    assert _read("Pipe DN 50: outside diameter = 60,3; wall thickness = 2,9.") == [
        ("equal", 60.3, ""), ("equal", 2.9, "")]


def test_a_declaration_in_a_sentence_of_its_own_after_the_values():
    text = "Flange PN 16: bolt circle 125; bolt holes 18. All dimensions are in millimetres."
    assert [(value, unit) for _, value, unit in _read(text)] == [(125.0, "mm"), (18.0, "mm")]
    assert _read("钢管外径 60.3，壁厚 2.9。单位为毫米。") == [("equal", 60.3, "毫米"), ("equal", 2.9, "毫米")]
    assert _read("Sachet: net content 25; tolerance max. 1,5. Values in grams.") == [
        ("equal", 25.0, "g"), ("max", 1.5, "g")]


def test_a_declaration_reaches_tolerances_and_bounds_of_its_paragraph_only():
    text = "Gasket: inner diameter 48 ± 0,5; thickness ≥ 3 (dimensions in millimetres).\nShore hardness max. 70."
    assert _read(text) == [("tolerance", 48.0, "mm"), ("min", 3.0, "mm"), ("max", 70.0, "")]


def test_a_declared_unit_never_overrides_a_unit_written_at_the_number():
    text = "Cable: length 50 m; conductor diameter 1,8 (dimensions in millimetres)."
    assert [(value, unit) for _, value, unit in _read(text)] == [(50.0, "m"), (1.8, "mm")]


def test_what_the_declarations_bracket_lists_after_it_is_no_value_in_its_unit():
    text = "Washer: inner diameter = 10,5; outer diameter = 20 (Dimensions in millimetres; hardness classes 1, 2, 3)."
    assert [(value, unit) for _, value, unit in _read(text) if unit] == [(10.5, "mm"), (20.0, "mm")]
    assert not any(unit == "mm" and value in (1.0, 2.0, 3.0) for _, value, unit in _read(text))


def test_yi_ji_declares_a_unit_only_when_it_names_one():
    assert _read("垫圈内径 10.5，外径 20（尺寸以毫米计）。") == [("equal", 10.5, "毫米"), ("equal", 20.0, "毫米")]
    # a basis ('以干基计') or a substance ('以N计') is no unit
    assert [unit for _, _, unit in _read("粗蛋白质 ≥ 40（以干基计）。")] == [""]
    assert [unit for _, _, unit in _read("总氮 ≤ 15（以N计）。")] == [""]


def test_a_unit_named_inside_a_sentence_that_says_more_is_no_declaration():
    assert constructions.declared_units("式中：v为流速，单位为米每秒；系数 k = 0.85。") == []
    assert constructions.declared_units("Values in percent shall be rounded to one decimal.") == []
    assert constructions.declared_units("Values in the range 2 to 4 are accepted.") == []
    assert [unit for *_, unit in constructions.declared_units("(Dimensions in millimetres.)")] == ["mm"]


def test_a_paragraph_declaring_two_units_declares_none():
    text = "Bar: length max. 30 (dimensions in millimetres).\nRod: length max. 40; mass max. 12 (dimensions in " \
           "millimetres) (values in grams)."
    assert [unit for _, _, unit in _read(text)] == ["mm", "", ""]


# ------------------------------------------------------------------------- a unit after the parameter's name


def test_a_percentage_by_weight_in_a_heading_holds_for_the_list_after_its_colon():
    brazing = extract_indicators("Filler metal BAg-7 (weight %): silver 55 to 57; copper 21 to 23; zinc, max 19.")
    assert [(i.unit, i.normalized.unit, i.basis) for i in brazing] == [("%", "%", "mass fraction")] * 3
    solder = extract_indicators("Solder alloy S-Sn63 (composition, wt. %): tin 62.5 to 63.5; antimony, max 0.05.")
    assert [(i.unit, i.basis) for i in solder] == [("%", "mass fraction")] * 2
    assert fraction_kind("weight %") == fraction_kind("wt. %") == ("%", "mass fraction")
    # a weight written as a quantity stays one
    assert [i.unit for i in extract_indicators("Loss in weight: 5 % max; net weight 50 g.")] == ["%", "g"]


def test_a_unit_in_brackets_after_in_heads_the_value_after_it():
    assert _read("Hose bore (in mm): 19; wall thickness (in mm) 3,5 min.") == [("equal", 19.0, "mm"), ("min", 3.5, "mm")]


def test_a_bracketed_unit_may_say_what_it_is_per_right_after_it():
    assert _read("镉限量（mg/kg干重）：大米 ≤0.2；小麦 ≤0.1。") == [("max", 0.2, "mg/kg"), ("max", 0.1, "mg/kg")]
    assert _read("Drinking water: nitrate (mg/l NO3) ≤ 50; nitrite (mg/l NO2) ≤ 0,5.") == [
        ("max", 50.0, "mg/l"), ("max", 0.5, "mg/l")]


def test_a_number_glued_to_a_label_before_a_bound_keys_its_row_not_a_value_in_the_heading_unit():
    text = "渗漏率（mL/min）：类别1 ≤35；类别2 >35且≤45。"
    assert _read(text) == [("max", 35.0, "mL/min"), ("range", None, "mL/min")]
    assert [i.parameter[-3:] for i in extract_indicators(text)] == ["类别1", "类别2"]


def test_a_qualifier_in_brackets_may_stand_between_a_heading_unit_and_its_colon_or_bound():
    assert _read("Ash, % (dry matter): 1,5 to 2,0; fat, % (dry matter): min. 28") == [
        ("range", None, "%"), ("min", 28.0, "%")]
    assert _read("灰分/%（干基）≤2.0；脂肪/%（干基）≥28。") == [("max", 2.0, "%"), ("min", 28.0, "%")]


def test_a_number_inside_a_name_takes_no_heading_unit():
    # ('2-ethylhexanol': a name, its number no value in the heading's percent)
    assert _read("Purity, % (mass fraction): 99,0 to 99,8; 2-ethylhexanol, %: max. 0,1") == [
        ("range", None, "%"), ("max", 0.1, "%")]


def test_a_closing_note_in_words_per_cent_states_a_percentage():
    text = "Accuracy class 1: error ± 1,0; class 2: error ± 2,0 (per cent)."
    assert [(value, unit) for _, value, unit in _read(text)] == [(1.0, "%"), (2.0, "%")]


def test_a_hyphenated_whole_number_range_under_a_stated_unit_is_a_range():
    bronze = extract_indicators("Bronze CuSn10 (weight %): copper 86-89; tin 9–11; lead, max 1.")
    assert [(str(i.comparator), i.low, i.high, i.unit) for i in bronze[:2]] == [
        ("range", 86.0, 89.0, "%"), ("range", 9.0, 11.0, "%")]


def test_a_number_glued_to_a_designation_takes_no_declared_unit():
    read = _read("Stud M16-4 (dimensions in millimetres): length 40-45")
    assert read == [("range", None, "mm")]


def test_a_heading_item_unit_may_follow_a_bracket_and_a_class_before_a_comma_is_no_value_in_it():
    text = "Filter classes — Class, residual oil (mineral, synthetic) mg/m3: 1, ≤ 0,05; 2, ≤ 0,5; 3, ≤ 5."
    read = _read(text)
    assert [(kind, value, unit) for kind, value, unit in read if unit] == [
        ("max", 0.05, "mg/m3"), ("max", 0.5, "mg/m3"), ("max", 5.0, "mg/m3")]
    # (the second band's lower bound after a comma is no class: '≤10时为0.02，＞10～30时为0.05')
    assert [v for _, v, _ in _read("公差（mm）：长度≤10时为0.02，＞10～30时为0.05。")][-2:] == [0.02, 0.05]

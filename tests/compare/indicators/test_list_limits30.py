"""compare/indicators/list_limits.py: values in lists of limits whose bound no word states (thirtieth round). The
sentences are written here, not taken from the multi30 probe."""

from __future__ import annotations

from compare.indicators.extract import extract
from compare.indicators.list_limits import footnote_marks


def read(text: str) -> list[tuple[str, float | None, str]]:
    return [(str(i.comparator), i.value if i.value is not None else (i.low, i.high), i.unit)
            for i in extract(text).indicators]


# ---------------------------------------------------------------------------------------------- ceilings_by_nature

def test_contaminant_row_with_a_unit_per_item_reads_maxima():
    assert read("Table 4 — Arsenic (as As), mg/kg: 0,2; Lead (as Pb), mg/kg: 0,3.") == [
        ("max", 0.2, "mg/kg"), ("max", 0.3, "mg/kg")]


def test_emission_row_with_bracketed_units_reads_maxima():
    assert read("第二类车：CO（mg/km）900，NOx（mg/km）75。") == [("max", 900.0, "mg/km"), ("max", 75.0, "mg/km")]


def test_substance_stated_with_is_after_a_limit_reads_maximum():
    assert [c for c, _, _ in read("二氯甲烷限值为0.02 mg/L，四氯化碳为0.002 mg/L。")] == ["max", "max"]


def test_reagent_amount_and_conductor_area_stay_as_read():
    # a substance's name before a volume or an area is a reagent or a conductor, not a contaminant's content
    assert read("Add copper sulfate solution 2 ml.")[0][0] == "equal"
    assert read("Protective conductor: copper 10 mm².")[0][0] != "max"


def test_a_value_with_its_own_bound_word_keeps_it():
    assert read("Cadmium: at least 0,5 mg/kg.") == [("min", 0.5, "mg/kg")]


# ------------------------------------------------------------------------------------------------ guideline values

def test_plural_guideline_values_bound_their_list():
    assert read("Guideline values: toluene, 0,7 mg/L; xylenes, 0,5 mg/L.") == [
        ("max", 0.7, "mg/L"), ("max", 0.5, "mg/L")]


# ------------------------------------------------------------------------------------------------- lighting_bounds

def test_lighting_row_reads_illuminance_and_rendering_as_minima_glare_as_maximum():
    assert read("Corridors in offices: Ēm (lx) 100; UGRL 28; Ra 40.") == [
        ("min", 100.0, "lx"), ("max", 28.0, ""), ("min", 40.0, "")]


def test_roughness_ra_with_a_unit_is_no_rendering_index():
    assert read("Surface finish: Ra 3,2 µm.")[0][0] != "min"


# ---------------------------------------------------------------------------------------------- composition_maxima

def test_single_values_of_a_composition_are_maxima_and_its_ranges_stay_ranges():
    assert read("某合金化学成分（质量分数）/%：C 0.05，Mn 1.20～1.60，S 0.015。") == [
        ("max", 0.05, "%"), ("range", (1.2, 1.6), "%"), ("max", 0.015, "%")]


def test_without_a_composition_a_bare_percentage_stays_as_read():
    assert read("样品含水 12 %。")[0][0] != "max"


# ------------------------------------------------------------------------------------------ bound_over_named_series

def test_the_first_bound_runs_down_a_series_of_values_before_their_names():
    assert read("The maximum levels are 0,5 mg/kg for pears, 0,4 mg/kg for plums and 0,2 mg/kg for grapes.") == [
        ("max", 0.5, "mg/kg"), ("max", 0.4, "mg/kg"), ("max", 0.2, "mg/kg")]
    assert read("The minimum widths are 900 mm for doors and 1 200 mm for corridors.") == [
        ("min", 900.0, "mm"), ("min", 1200.0, "mm")]


def test_a_series_of_set_values_stays_equal():
    assert [c for c, _, _ in read("The test voltage is 2 000 V for class I and 4 000 V for class II.")] == [
        "equal", "equal"]


def test_a_value_of_another_dimension_takes_no_bound():
    # the time a temperature holds for is no second temperature limit
    kinds = read("The temperature shall not exceed 60 °C for 3 h and 45 °C for 10 h.")
    assert ("equal", 3.0, "h") in kinds and ("equal", 10.0, "h") in kinds


# -------------------------------------------------------------------------------------------------- footnote_marks

def test_bracketed_footnote_marks_are_no_values():
    assert read("Lead, mg/kg: 0,1 (1); cadmium, mg/kg: 0,05 (2)(4).") == [("max", 0.1, "mg/kg"), ("max", 0.05, "mg/kg")]


def test_letter_marks_on_a_number_are_no_part_of_it():
    assert read("镉：大米0.2c mg/kg，小麦0.1d mg/kg。") == [("max", 0.2, "mg/kg"), ("max", 0.1, "mg/kg")]


def test_marks_found_and_values_in_brackets_left():
    assert footnote_marks("PM: 4,5 (2); PN: 6 (1)(3).") == [(8, 11), (19, 25)]
    assert footnote_marks("氨氮 5(8)；总磷 0.5") == []  # (no space: a value and its other value)
    assert footnote_marks("heated to 60 (see 5.2).") == []


# --------------------------------------------------------------------------------------------- distillation_points

def test_distillation_points_are_names_not_values():
    assert read("Distillation, °C: 20 volume % evaporated, max 80; 70 volume % evaporated, 90 to 140.") == [
        ("max", 80.0, "°C"), ("range", (90.0, 140.0), "°C")]
    assert read("馏程：50 %回收温度 不高于300 ℃。") == [("max", 300.0, "℃")]
    name = extract("馏程：50 %回收温度 不高于300 ℃。").indicators[0].parameter
    assert "50" in name


def test_a_percentage_not_naming_a_distillation_point_is_read():
    assert read("Distillation residue, % max 2,0.") == [("max", 2.0, "%")]

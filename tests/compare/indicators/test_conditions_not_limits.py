"""Issue 12, failure class 'conditions read as limits': where, over what band or at what point a limit is measured
is that limit's condition, never a limit of its own; and a limit over a band is on one footing with the same
limit at a point inside the band. Each construction alone, then through a clause comparison."""

from __future__ import annotations

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import band_covers, compare_clauses


def _read(text):
    return [(i.comparator, i.value, i.unit, [c.text for c in i.conditions]) for i in extract_indicators(text)]


# ------------------------------------------------------------------ a value closed by 处 ('at'): where it is measured

def test_a_wavelength_closed_by_chu_is_where_the_limit_after_it_holds():
    found = _read("单模光纤的最大损耗：850 nm处不大于2.5 dB/km，1 300 nm处不大于0.8 dB/km。")
    assert [(k, v, u) for k, v, u, _ in found] == [(Comparator.MAX, 2.5, "dB/km"), (Comparator.MAX, 0.8, "dB/km")]
    assert [c for *_, c in found] == [["850 nm处"], ["1 300 nm处"]]


def test_chu_after_a_count_is_still_a_count():
    # '3处' counts places: 处 is the value's classifier, not 'at'
    assert [(k, v) for k, v, _, _ in _read("焊缝缺陷不多于3处。")] == [(Comparator.MAX, 3.0)]


# ------------------------------------------------------- 'Maximum at X V': the bound word belongs to the value after

def test_a_point_after_at_heads_the_value_right_behind_it_even_after_a_bound_word():
    found = _read("Loss: Maximum at 850 nm 2.5 dB/km; maximum at 1300 nm 0.8 dB/km.")
    assert [(k, v) for k, v, _, _ in found] == [(Comparator.MAX, 2.5), (Comparator.MAX, 0.8)]
    assert [c for *_, c in found] == [["850 nm"], ["1300 nm"]]


def test_a_band_right_before_a_value_of_another_quantity_is_its_band_and_passes_on_the_bound_word():
    found = _read("Loss: maximum from 1300 nm to 1550 nm 0.5 dB/km.")
    assert [(k, v, u) for k, v, u, _ in found] == [(Comparator.MAX, 0.5, "dB/km")]
    assert found[0][3] == ["from 1300 nm to 1550 nm"]


def test_a_band_of_the_same_quantity_as_the_next_value_is_not_taken_for_its_condition():
    found = _read("Length: 10 mm to 20 mm 15 mm nominal.")
    assert not any(c for *_, c in found)


# ------------------------------------------------------------------ a band covers the points inside it

def test_a_band_covers_a_point_inside_it_and_not_one_outside():
    over = extract_indicators("Loss: maximum from 1300 nm to 1550 nm 0.5 dB/km.")[0]
    inside = extract_indicators("损耗：1 310 nm处不大于0.4 dB/km。")[0]
    outside = extract_indicators("损耗：1 625 nm处不大于0.4 dB/km。")[0]
    dimension = inside.conditions[0].normalized.dimension
    assert band_covers(over.conditions, inside.conditions, dimension)
    assert not band_covers(over.conditions, outside.conditions, dimension)
    assert not band_covers(inside.conditions, over.conditions, dimension)  # a point covers no band


def test_a_limit_at_a_point_compares_with_the_same_limit_over_a_band_holding_it():
    result = compare_clauses("损耗：1 310 nm处不大于0.4 dB/km。", "Loss: maximum from 1300 nm to 1550 nm 0.5 dB/km.")
    assert [(p.verdict, p.domestic.value, p.international.value) for p in result.pairs] == [(Verdict.STRICTER, 0.4, 0.5)]
    result = compare_clauses("损耗：1 625 nm处不大于0.4 dB/km。", "Loss: maximum from 1300 nm to 1550 nm 0.5 dB/km.")
    assert [p.verdict for p in result.pairs] == [Verdict.DIFFERENT]


def test_the_band_after_a_bound_word_in_chinese_is_the_condition_too():
    found = _read("损耗：最大值 1 300 nm～1 550 nm 0.5 dB/km。")
    assert [(k, v, u) for k, v, u, _ in found] == [(Comparator.MAX, 0.5, "dB/km")]
    assert len(found[0][3]) == 1


# ------------------------------------------------- 'V1 for X and not less than V2 for Y': the second limit is its own

def test_and_opening_the_next_limit_ends_the_words_of_the_one_before():
    found = extract_indicators("Burst pressure: not less than 400 kPa for class A and not less than 250 kPa for classes B "
                               "and C.")
    assert [(i.comparator, i.value, i.qualifier) for i in found] == [
        (Comparator.MIN, 400.0, "class A"), (Comparator.MIN, 250.0, "classes B and C")]
    assert not any(i.conditions for i in found)


def test_for_words_that_run_into_no_new_limit_still_head_a_bound():
    # the construction this must not break: 'for X not exceeding V' stays the condition of the limit before it
    found = extract_indicators("The time shall be 1 h for rated currents not exceeding 63 A.")
    assert [(i.value, [c.text for c in i.conditions]) for i in found] == [(1.0, ["63 A"])]


# ------------------------------------------------------------- a band closed by 时, a band in a trailing 'for' phrase

def test_a_band_closed_by_shi_before_a_limit_is_that_limit_s_case():
    found = _read("表面温度：t<10 s时为60 ℃；10 s≤t<60 s时为55 ℃；t≥60 s时为48 ℃。")
    assert [(v, u) for _, v, u, _ in found] == [(60.0, "℃"), (55.0, "℃"), (48.0, "℃")]
    assert found[1][3] == ["10 s≤t<60 s"]


def test_a_band_closed_by_shi_with_no_limit_after_it_stays_a_requirement():
    found = _read("漏电阻 100 kΩ < R ≤ 500 kΩ时宜报警。")
    assert [(k, v) for k, v, _, _ in found] == [(Comparator.RANGE, None)]


def test_a_band_in_a_for_phrase_right_after_a_limit_is_its_scope_and_does_not_swallow_the_next_limit():
    found = _read("The mass shall be 5 kg for boxes with lengths below 1 m, 7 kg for boxes with lengths from 1 m to 2 m, "
                  "and 9 kg for boxes with lengths above 2 m.")
    assert [(v, u) for _, v, u, _ in found] == [(5.0, "kg"), (7.0, "kg"), (9.0, "kg")]
    assert found[1][3] == ["from 1 m to 2 m"]


def test_a_sentence_of_conditions_only_states_them_as_its_requirements():
    cable = extract_indicators("The bending radius shall not exceed 50 mm. The cable is then wound onto the drum at a "
                               "speed of 2 m/min.")
    assert [(i.value, i.unit) for i in cable] == [(50.0, "mm"), (2.0, "m/min")]
    storage = extract_indicators("弯曲半径不应大于50 mm。试验时试样应在40 ℃下放置。")
    assert [(i.value, i.unit) for i in storage] == [(50.0, "mm"), (40.0, "℃")]
    (lead, cadmium) = extract_indicators("Lead shall not exceed 0.1 mg/L at 20 °C. Cadmium: 0.005 mg/L.")
    assert [c.text for c in lead.conditions] == ["20 °C"] and cadmium.value == 0.005  # a limit's condition stays one
    (force,) = extract_indicators("挤压力为13 kN。在两个平面间挤压电池。")  # a count, no quantity
    assert force.value == 13.0


def test_a_conditions_name_shows_the_digits_of_a_designation_in_it():
    # the digits of 'type 2' are hidden from the value reader; the condition's name, as a reviewer reads it, has them
    (capacity,) = extract_indicators("For type 2 cells at 25 °C the capacity shall be at least 2 000 mAh.")
    assert [c.parameter for c in capacity.conditions] == ["type 2 cells"]

"""A tolerance stated apart from its value (twenty-fifth round, readTol): in a bracket right after it, as a fraction
of it (ppm, a power of ten) turned into its unit, in a later sentence or a list of tolerances naming the quantity,
once for rows of values under a heading of names. Sentences written for these tests; no encoder."""

from __future__ import annotations

import pytest

from compare.indicators.extract import extract


def _read(text: str) -> list[tuple[str, float | None, float | None, str]]:
    return [(str(i.comparator), i.value, i.tolerance, i.unit) for i in extract(text).indicators]


@pytest.mark.parametrize("text, expected", [
    ("The spindle speed shall be 1 500 r/min (± 2 %).", ("tolerance", 1500.0, 30.0, "r/min")),
    ("搅拌时间为30 min（允差±10 %）。", ("tolerance", 30.0, 3.0, "min")),
    ("The load shall be 50 N (tolerance ± 1 N).", ("tolerance", 50.0, 1.0, "N")),
    ("试验温度为40 ℃（容差为±2 ℃）。", ("tolerance", 40.0, 2.0, "℃")),
])
def test_a_tolerance_in_a_bracket_right_after_its_value_is_the_values(text, expected) -> None:
    assert _read(text) == [expected]


def test_a_bracket_that_holds_no_tolerance_leaves_the_value_alone() -> None:
    assert _read("The mass shall be 20 g (see Table 3).") == [("equal", 20.0, None, "g")]


def test_a_fraction_stated_apart_becomes_an_amount_in_the_values_unit() -> None:
    # '容差为±20×10⁻⁶' after the value: 32.768 kHz × 2×10⁻⁵; the fraction stays a limit of its own
    assert _read("晶振频率为32.768 kHz，容差为±20×10⁻⁶。") == [
        ("tolerance", 32.768, 0.00065536, "kHz"), ("max", 2e-05, None, "")]
    assert _read("The clock frequency is 25 MHz ± 100 ppm.") == [
        ("tolerance", 25.0, 0.0025, "MHz"), ("max", 100.0, None, "ppm")]


@pytest.mark.parametrize("text", [
    "The rinse water temperature shall be 40 °C and the rinse time 5 min. The tolerance on the rinse time is ± 10 %.",
    "冲洗水温为40 ℃，冲洗时间为5 min。冲洗时间的允差为±10 %。",
])
def test_a_tolerance_in_a_later_sentence_naming_the_quantity(text) -> None:
    read = _read(text)
    assert read[0][:3] == ("equal", 40.0, None)  # the temperature is not named: no tolerance
    assert read[1][:3] == ("tolerance", 5.0, 0.5)
    assert len(read) == 2  # the tolerance is taken, no limit of its own


@pytest.mark.parametrize("text", [
    "Test conditions: spray pressure 100 kPa, spray duration 60 s. Tolerances: spray pressure ± 5 %; "
    "spray duration ± 10 %.",
    "试验条件：喷淋压力100 kPa，喷淋时间60 s。允差：喷淋压力±5 %；喷淋时间±10 %。",
])
def test_a_list_of_tolerances_after_the_values_goes_by_name(text) -> None:
    assert [r[:3] for r in _read(text)] == [("tolerance", 100.0, 5.0), ("tolerance", 60.0, 6.0)]


@pytest.mark.parametrize("text", [
    "Drop severities (height, mass): 500 mm, 2 kg; 1 000 mm, 5 kg. The tolerance on the height is ± 5 % and on "
    "the mass ± 2 %.",
    "跌落严酷等级（高度，质量）：500 mm，2 kg；1 000 mm，5 kg。高度的允差为±5 %，质量的允差为±2 %。",
])
def test_one_tolerance_for_each_row_under_a_heading_of_names(text) -> None:
    assert [r[:3] for r in _read(text)] == [("tolerance", 500.0, 25.0), ("tolerance", 2.0, 0.04),
                                             ("tolerance", 1000.0, 50.0), ("tolerance", 5.0, 0.1)]


def test_a_named_tolerance_of_no_value_stays_a_limit() -> None:
    assert _read("The chamber is held at 35 °C. Tolerances: test voltage ± 3 %.") == [
        ("equal", 35.0, None, "°C"), ("max", 3.0, None, "%")]


def test_a_value_that_labels_a_row_of_tolerances_takes_none() -> None:
    # the capacity keys the row; the tolerance is a maximum of its own
    assert _read("标称容量25 mL：容量允差±0.03 mL。") == [("max", 0.03, None, "mL")]


def test_a_value_named_by_part_of_the_tolerances_name_takes_none() -> None:
    # '稀释剂' is the diluent, '稀释剂容量' its volume stated for the whole: the tolerance stays a limit of its own
    read = _read("标称容量为500 mL的瓶，稀释剂为20 mL。稀释剂容量的允差为±5 %。")
    assert ("max", 5.0, None, "%") in read
    assert all(r[0] != "tolerance" for r in read)


def test_a_tolerance_given_to_its_value_leaves_no_number_unread() -> None:
    extraction = extract("冲洗水温为40 ℃，冲洗时间为5 min。冲洗时间的允差为±10 %。")
    assert extraction.unread == ()

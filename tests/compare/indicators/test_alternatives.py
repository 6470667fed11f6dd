"""A tolerance after a list of alternatives (`compare/indicators/alternatives.py`; thirty-sixth round, fixlist36, the
Chinese half from fixlist35's patch). Sentences written for these tests; no encoder."""

from __future__ import annotations

from compare.indicators.alternatives import glued_plus_minus, offered_as_alternatives
from compare.indicators.extract import extract
from compare.indicators.verdicts import compare_clauses


def _read(text: str) -> list[tuple[str, float | None, float | None, str]]:
    return [(str(i.comparator), i.value, i.tolerance, i.unit) for i in extract(text).indicators]


def test_three_values_with_or_before_the_last_are_alternatives() -> None:
    text = "10 mm, 20 mm or 30 mm"
    assert offered_as_alternatives(text, [(0, 5), (7, 12), (16, 21)])
    text = "10 mm, 20 mm and 30 mm"
    assert not offered_as_alternatives(text, [(0, 5), (7, 12), (16, 21)])  # a list, no choice
    assert not offered_as_alternatives("10 mm or 20 mm", [(0, 5), (9, 14)])  # two values: left as they were
    assert offered_as_alternatives("5 ℃、10 ℃或15 ℃", [(0, 3), (4, 8), (9, 13)])


def test_where_a_glued_plus_minus_stands() -> None:
    assert glued_plus_minus("4 000 ± 10", 0, 10) == 6
    assert glued_plus_minus("± 10", 0, 4) is None  # a '± T' alone
    assert glued_plus_minus("(20 ± 2) °C", 0, 11) is None  # a bracketed tolerance is the value's own


def test_a_tolerance_after_three_values_offered_with_or_holds_for_each() -> None:
    # '或' before the last of three values offers them as alternatives: the tolerance is none of them alone
    read = _read("试样架的倾角应为30°、45°或60°，允许偏差为±0.5°。")
    assert ("max", 0.5, None, "°") in read and ("equal", 60.0, None, "°") in read
    assert not [r for r in read if r[0] == "tolerance"]


def test_a_tolerance_written_right_after_the_last_alternative_holds_for_each() -> None:
    # '100, 500 or 2 000 ± 5': counts with no unit, the '± 5' glued to the last of them
    read = _read("Number of drops on each face: 100, 500 or 2 000 ± 5.")
    assert ("equal", 2000.0, None, "") in read and ("max", 5.0, None, "") in read
    assert not [r for r in read if r[0] == "tolerance"]
    read = _read("The supply voltage shall be 110 V, 220 V or 380 V ± 5 V.")
    assert ("equal", 380.0, None, "V") in read and ("max", 5.0, None, "V") in read
    assert not [r for r in read if r[0] == "tolerance"]


def test_a_list_without_or_keeps_the_tolerance_of_its_last_value() -> None:
    # no word of a choice: the tolerance written after the list is its last value's, as before
    read = _read("预处理温度为5 ℃、10 ℃、15 ℃，允差为±2 ℃。")
    assert ("tolerance", 15.0, 2.0, "℃") in read
    read = _read("Test temperatures: 20 °C, 40 °C and 60 °C ± 2 °C.")
    assert ("tolerance", 60.0, 2.0, "°C") in read
    # two values joined by '或' or 'or' are left as they were (the tolerance the last value's)
    read = _read("恒温箱温度为35 ℃或45 ℃，允差为±1 ℃。")
    assert ("tolerance", 45.0, 1.0, "℃") in read
    read = _read("The test temperature shall be 20 °C or 23 °C ± 2 °C.")
    assert ("tolerance", 23.0, 2.0, "°C") in read


def test_the_tolerance_of_alternatives_pairs_with_a_tolerance_stated_alone() -> None:
    result = compare_clauses("试样架的倾角应为30°、45°或60°，允许偏差为±0.5°。",
                             "The specimen holder shall be inclined at 30°, 45° or 60°, within ± 0,5°.")
    tolerances = [p for p in result.pairs if p.domestic and p.domestic.value == 0.5]
    assert tolerances and str(tolerances[0].verdict) == "consistent"
    result = compare_clauses("每个面的跌落次数为100次、500次或2 000次，允差±5次。",
                             "Number of drops on each face: 100, 500 or 2 000 ± 5.")
    tolerances = [p for p in result.pairs if p.domestic and p.domestic.value == 5.0]
    assert tolerances and tolerances[0].international is not None and tolerances[0].international.value == 5.0

"""A word after '/' belongs to a unit ('L/min', 'r/min', 't/min'), never states a bound (phrases.BEFORE); and a value
alone in its row after a heading's colon takes the heading's unit ('Speed, r/min: 1 400'). Sentences written for
these tests; no encoder."""

from __future__ import annotations

from compare.indicators.extract import extract


def _read(text: str) -> list[tuple[str, float | None, str]]:
    return [(i.comparator, i.value, i.unit) for i in extract(text).indicators]


def test_min_after_a_slash_is_a_unit_not_a_minimum() -> None:
    assert _read("冷却水流量（L/min）：A型 30；B型 45。") == [("equal", 30.0, "L/min"), ("equal", 45.0, "L/min")]
    assert _read("Spindle speed, r/min: 1 400") == [("equal", 1400.0, "r/min")]


def test_min_as_a_word_still_states_a_minimum() -> None:
    assert _read("Flash point, °C, min: 38") == [("min", 38.0, "°C")]
    assert _read("转速/(r/min) ≥ 1400") == [("min", 1400.0, "r/min")]
    assert _read("Tensile strength 400 MPa min.") == [("min", 400.0, "MPa")]


def test_a_label_before_the_value_keeps_the_heading_unit_off_the_label() -> None:
    read = extract("Final boiling point classes °C: 1, ≤ 180; 2, ≤ 210.")
    assert [(i.comparator, i.value, i.unit) for i in read.indicators] == [("max", 180.0, "°C"), ("max", 210.0, "°C")]
    assert read.unread == ("1", "2")

"""A band of another quantity written right after a value (thirty-second round, fixprobe32): trailing_bands."""

from __future__ import annotations

from compare.indicators.extract import extract


def _shape(text: str) -> list[tuple]:
    return [(str(i.comparator), i.value, i.low, i.high, i.unit)
            for i in sorted(extract(text).indicators, key=lambda i: i.span)]


def _conditions(text: str) -> list[tuple]:
    return [tuple((c.low, c.high, c.unit) for c in i.conditions)
            for i in sorted(extract(text).indicators, key=lambda i: i.span)]


def test_from_to_band_after_a_limit_is_its_condition():
    text = "The insertion loss shall be at most 0,25 dB/km from 1 260 nm to 1 360 nm."
    assert _shape(text) == [("max", 0.25, None, None, "dB/km")]
    assert _conditions(text) == [((1260.0, 1360.0, "nm"),)]


def test_between_band_after_a_value():
    assert _shape("The lamp shall give 45 W/m² between 290 nm and 320 nm.") == [("equal", 45.0, None, None, "W/m²")]


def test_band_in_the_named_range_after_a_value():
    assert _shape("The response shall not deviate by more than ±2 dB in the frequency range 100 Hz to 8 000 Hz.") == [
        ("max", 2.0, None, None, "dB")]


def test_band_of_sizes_after_a_count():
    assert _shape("Grade A: not more than 350 particles/L of size 5 µm to 15 µm.") == [
        ("max", 350.0, None, None, "particles/L")]


def test_band_in_the_value_own_quantity_stays_a_range():
    # (the same quantity: a range of its own, not the span the value holds over)
    shape = _shape("The set point is 40 °C from 35 °C to 45 °C.")
    assert ("range", None, 35.0, 45.0, "°C") in shape


def test_band_standing_alone_stays_a_range():
    assert _shape("The working wavelength shall be from 1 530 nm to 1 565 nm.") == [
        ("range", None, 1530.0, 1565.0, "nm")]

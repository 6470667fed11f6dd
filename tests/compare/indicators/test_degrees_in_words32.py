"""An angle written in words, 'degrees', is a plane angle as '°' is (thirty-second round, fixrest32): units."""

from __future__ import annotations

from compare.indicators.extract import extract
from compare.indicators.units import unit_expression


def _normalized(text: str) -> list[tuple]:
    return [(str(i.comparator), i.normalized.value, i.normalized.unit) for i in extract(text).indicators]


def test_degrees_in_words_are_the_degree_sign():
    assert unit_expression("degrees") == unit_expression("°") == "angle_deg"
    assert _normalized("The slope of the ramp shall not exceed 7 degrees.") == [("max", 7.0, "°")]
    assert _normalized("坡道的坡度不应大于7°。") == [("max", 7.0, "°")]


def test_degrees_of_a_temperature_stay_a_temperature():
    assert _normalized("The oven is held at 60 degrees Celsius.")[0][2] == "°C"

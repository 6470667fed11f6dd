"""A time or an angle written in two units, the larger first ('1 h 30 min', '2 min 30 s', '1小时30分钟'): one value in
the smaller unit (`constructions.compound_quantity`), never two values of which the second is left without a name.
Sentences written for these tests; no encoder."""

from __future__ import annotations

import pytest

from compare.indicators.constructions import compound_quantity
from compare.indicators.extract import extract
from compare.indicators.verdicts import compare_clauses


@pytest.mark.parametrize("first, between, second, value, factor", [
    ("h", " ", "min", 30, 60), ("min", " ", "s", 45, 60), ("d", " ", "h", 12, 24), ("小时", "", "分钟", 20, 60),
    ("°", " ", "′", 30, 60),
    ("min", " ", "h", 2, 0),  # the smaller first: two values
    ("h", " ", "min", 75, 0),  # more than one of the larger: two values
    ("h", ", ", "min", 30, 0),  # parted by a comma: two values
    ("h", " ", "s", 30, 0),  # not the next smaller unit
])
def test_two_units_of_one_quantity(first: str, between: str, second: str, value: float, factor: int) -> None:
    assert compound_quantity(first, between, second, value) == factor


@pytest.mark.parametrize("text, value, unit", [
    ("Condition the test pieces for 2 h 15 min before the test.", 135.0, "min"),
    ("The pulse lasts 1 min 20 s.", 80.0, "s"),
    ("试样在烘箱中干燥2小时15分钟。", 135.0, "分钟"),
])
def test_one_value_is_read(text: str, value: float, unit: str) -> None:
    (ind,) = extract(text).indicators
    assert (ind.value, ind.unit) == (value, unit)


def test_the_duration_pairs_with_its_minutes() -> None:
    result = compare_clauses("试样在烘箱中干燥135 min。", "Dry the test pieces in the oven for 2 h 15 min.")
    assert [(p.domestic.value, p.international.value, str(p.verdict)) for p in result.pairs] == [(135.0, 135.0, "consistent")]


def test_two_values_stay_two() -> None:
    assert [i.value for i in extract("Dry for 2 h, then cool for 30 min.").indicators][:1] == [2.0]


# A deviation either way written in two units ('± 2° 15′', '±1 h 30 min'): one largest deviation in the smaller
# unit; glued degrees and minutes ('±2°15′') read in degrees (`extract._with_minutes`). Either way one value.
@pytest.mark.parametrize("text, comparator, value, unit", [
    ("斜面倾角偏差±2° 15′。", "max", 135.0, "′"),
    ("Angular deviation of the face: ± 0° 45′.", "max", 45.0, "′"),
    ("The start of the cycle may deviate by ± 1 h 30 min from the programme.", "max", 90.0, "min"),
    ("斜面倾角偏差±2°15′。", "max", 2.25, "°"),
])
def test_an_angle_or_deviation_in_two_units_is_one_value(text: str, comparator: str, value: float, unit: str) -> None:
    (ind,) = extract(text).indicators
    assert (str(ind.comparator), ind.value, ind.unit) == (comparator, value, unit)


def test_glued_degrees_and_minutes_pair_with_decimal_degrees() -> None:
    result = compare_clauses("楔块角度偏差：±0°45′。", "Wedge angle deviation: ± 0,75°.")
    assert [(str(p.verdict)) for p in result.pairs] == ["consistent"]
    result = compare_clauses("楔块角度偏差：± 0° 45′。", "Wedge angle deviation: ± 0,75°.")
    assert [(str(p.verdict)) for p in result.pairs] == ["consistent"]

"""A reference amount glued to its unit ('g/100g', 'mg/100mL', 'CFU/10g') is read like the spaced one ('g/100 g'):
units.reads_as_unit, and through it heading units. Sentences written for these tests; no encoder."""

from __future__ import annotations

import pytest

from compare.indicators.extract import extract
from compare.indicators.units import normalise, reads_as_unit


@pytest.mark.parametrize("glued, spaced", [("g/100g", "g/100 g"), ("mg/100mL", "mg/100 mL"), ("CFU/10g", "CFU/10 g"),
                                           ("µg/100kcal", "µg/100 kcal")])
def test_a_glued_reference_amount_reads_as_the_spaced_one(glued: str, spaced: str) -> None:
    assert reads_as_unit(glued) and reads_as_unit(spaced)
    a, b = normalise(2.5, glued), normalise(2.5, spaced)
    assert (a.unit, a.value) == (b.unit, b.value)


@pytest.mark.parametrize("token", ["100g", "g/100x", "g/100gg"])
def test_no_unit_is_made_of_an_amount_alone_or_a_word(token: str) -> None:
    assert not reads_as_unit(token)


def test_heading_units_with_glued_amounts_reach_the_rows() -> None:
    read = extract("营养成分：碳水化合物/(g/100g) ≥ 60；钠/(mg/100g) 原味 ≤ 400，调味 ≤ 800。").indicators
    assert [(i.comparator, i.value, i.unit) for i in read] == [("min", 60.0, "g/100g"), ("max", 400.0, "mg/100g"),
                                                              ("max", 800.0, "mg/100g")]
    (juice,) = extract("Ascorbic acid, mg/100mL: min. 25").indicators
    assert (juice.value, juice.unit, juice.normalized.unit) == (25.0, "mg/100mL", "mg/L")

"""Things counted in digits in English ('25 strokes', '20 units', '3 tablets', '60 double strokes'): a plain number
of items, as '20粒' and '25次' are on the Chinese side (units._COUNT), never a unit pint knows by that name ('units'
read as nits, cd/m²). Sentences written for these tests; no encoder."""

from __future__ import annotations

import pytest

from compare.indicators.extract import extract
from compare.indicators.units import normalise
from compare.indicators.verdicts import compare_clauses


@pytest.mark.parametrize("unit", ["units", "strokes", "double strokes", "tablets", "capsules", "doses", "layers",
                                  "plates", "discs", "plies", "hammers", "breakdowns"])
def test_things_counted_are_a_number(unit: str) -> None:
    assert normalise(20, unit).dimension == normalise(20, "粒").dimension == "number"


def test_a_count_of_units_pairs_with_the_chinese_count() -> None:
    (ind,) = extract("Weigh 10 units taken at random.").indicators
    assert (ind.value, ind.normalized.dimension) == (10.0, "number")
    result = compare_clauses("每层用捣棒插捣40次。", "Rod each layer with 40 strokes.")
    assert [(p.domestic.value, p.international.value, str(p.verdict)) for p in result.pairs] == [(40.0, 40.0, "consistent")]

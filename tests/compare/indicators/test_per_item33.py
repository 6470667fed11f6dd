"""An amount per one counted item: a test, a glove, a plate, a container (fixunit33: compare/indicators/per_item.py).
Sentences of our own."""

from compare.indicators.extract import extract
from compare.indicators.per_item import per_item
from compare.indicators.units import normalise, reads_as_unit


def _units(text):
    return [(i.value, i.unit, i.normalized.dimension) for i in extract(text).indicators]


def test_the_item_is_dropped_for_the_normaliser():
    assert per_item("g/试验") == "g"
    assert per_item("mg per glove") == "mg"
    assert per_item("per container") == ""
    assert per_item("mg/kg") == "mg/kg"


def test_an_amount_per_test_meets_the_same_amount_written_bare():
    assert normalise(0.5, "g/test").dimension == normalise(0.5, "g").dimension
    assert normalise(0.5, "g/试验").value == normalise(0.5, "g").value
    assert reads_as_unit("g/试验") and reads_as_unit("mg per glove")


def test_an_amount_per_glove_read_after_the_value_is_a_mass():
    got = _units("Examination gloves shall carry no more than 1,5 mg of extractable protein residue per glove, or 1,5 mg/glove.")
    assert (1.5, "mg/glove", normalise(1.0, "mg").dimension) in got


def test_a_count_per_container_is_a_number_of_things():
    assert normalise(300.0, "粒/容器").dimension == "number"
    assert normalise(300.0, "per container").dimension == "number"


def test_other_denominators_are_kept():
    assert normalise(1.0, "mg/plate").dimension != normalise(1.0, "mg/L").dimension
    assert normalise(1.0, "mg/L").dimension != normalise(1.0, "mg").dimension

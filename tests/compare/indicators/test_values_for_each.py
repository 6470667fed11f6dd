"""A bare number followed by 'each' after a list of names ('copper, zinc, iron: 0,5 each'): 'each' is no unit, the
number is a value for every name, as '均为0.5' after names parted by '、' is. Three names or more parted by commas
alone make the list when 'each' follows."""

from __future__ import annotations

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract_indicators


def _read(text):
    return [(i.parameter, i.comparator, i.value, i.unit) for i in extract_indicators(text)]


def test_a_bare_number_then_each_is_a_value_for_every_name():
    assert _read("Relative potency factors: sodium, potassium and lithium: 0,2 each.") == [
        (name, Comparator.EQUAL, 0.2, "") for name in ("sodium", "potassium", "lithium")]


def test_names_parted_by_commas_alone_share_a_value_said_for_each():
    assert _read("Limits: lead, cadmium, tin: 0,1 mg/kg each.") == [
        (name, Comparator.MAX, 0.1, "mg/kg") for name in ("lead", "cadmium", "tin")]
    assert [p for p, *_ in _read("Shape factors: sphere, cube, cylinder: 1,5 each.")] == ["sphere", "cube", "cylinder"]

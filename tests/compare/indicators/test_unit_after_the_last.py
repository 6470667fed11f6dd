"""A list of bare numbers with the unit written once, after the last number ('2, 4, 8 and 16 h', '2、4、8和16 h'):
each number is a value in that unit, with the kind of limit the last one has."""

from __future__ import annotations

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract_indicators


def _read(text):
    return [(i.comparator, i.value, i.unit) for i in extract_indicators(text)]


def test_each_number_of_the_list_takes_the_unit_after_the_last():
    assert _read("Samples are taken after 2, 4, 8 and 16 h of exposure.") == [
        (Comparator.EQUAL, v, "h") for v in (2.0, 4.0, 8.0, 16.0)]
    assert _read("取样时间为暴露后2、4、8和16 h。") == [(Comparator.EQUAL, v, "h") for v in (2.0, 4.0, 8.0, 16.0)]
    assert _read("Sieves of 0,5, 1 or 2 mm aperture are used.") == [
        (Comparator.EQUAL, v, "mm") for v in (0.5, 1.0, 2.0)]
    # one bare number before a value is no list ('type 2 and 5 mm': the number names a type)
    assert [(v, u) for _, v, u in _read("Use type 2 and 5 mm plates.")] == [(5.0, "mm")]


def test_the_items_take_the_bound_of_the_last():
    assert _read("The lengths shall not exceed 30, 45 and 60 m respectively.") == [
        (Comparator.MAX, v, "m") for v in (30.0, 45.0, 60.0)]


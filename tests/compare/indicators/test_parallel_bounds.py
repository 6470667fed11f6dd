"""Two bounds that are parallel requirements of one sentence are two limits, neither the case of the other: the
objects of one verb joined by 和 / 及 ('承受至少为5 kN的拉力和至少为2 kN的剪力'), and two 'when tested …' phrases
joined by 'and'. A bound that says when a limit holds (closed by 时, or opened by 'for' with no 'and' before it)
stays that limit's condition."""

from __future__ import annotations

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract_indicators


def _read(text):
    return [(i.comparator, i.value, i.unit, [c.text for c in i.conditions]) for i in extract_indicators(text)]


def test_two_bounded_objects_joined_by_he_are_two_limits():
    found = _read("锚固件应能承受至少为5 kN的拉力和至少为2 kN的剪力。")
    assert [(k, v, u, c) for k, v, u, c in found] == [(Comparator.MIN, 5.0, "kN", []), (Comparator.MIN, 2.0, "kN", [])]


def test_two_bounded_objects_of_other_quantities_joined_by_ji_are_two_limits():
    found = _read("护栏应能承受不小于1.5 kN的水平荷载及不小于200 J的冲击能量。")
    assert [(k, v, u, c) for k, v, u, c in found] == [(Comparator.MIN, 1.5, "kN", []), (Comparator.MIN, 200.0, "J", [])]


def test_two_when_tested_phrases_joined_by_and_are_two_limits():
    found = _read("Helmets: shells designed to resist penetration when tested with a striker mass of at least 3 kg "
                  "and against crushing when tested with a load of at least 5 kN.")
    assert [(k, v, u, c) for k, v, u, c in found] == [(Comparator.MIN, 3.0, "kg", []), (Comparator.MIN, 5.0, "kN", [])]


def test_a_bound_closed_by_shi_stays_the_case_of_the_limit_after_it():
    found = _read("板厚不大于3 mm时，焊缝余高应不大于1 mm。")
    assert [(k, v, u) for k, v, u, _ in found] == [(Comparator.MAX, 1.0, "mm")]
    assert found[0][3]


def test_a_bound_opened_by_for_after_a_limit_stays_its_scope():
    found = _read("The tolerance shall be 0,5 mm for thicknesses not exceeding 10 mm.")
    assert [(v, u) for _, v, u, _ in found] == [(0.5, "mm")]
    assert found[0][3]


# ------------------------------------------- '为期' ('for a period of') is no '为' that states the value after it

def test_a_bound_temperature_before_a_test_for_a_period_is_a_limit_of_its_own():
    found = _read("试样应在不低于60 ℃的温度下进行为期7 d的老化试验。")
    assert [(k, v, u, c) for k, v, u, c in found] == [(Comparator.MIN, 60.0, "℃", []), (Comparator.EQUAL, 7.0, "d", [])]


def test_a_bound_naming_the_items_of_a_value_stated_with_wei_stays_their_case():
    found = _read("厚度不小于3 mm的板材弯曲强度为200 MPa。")
    assert [(v, u) for _, v, u, _ in found] == [(200.0, "MPa")]
    assert found[0][3]

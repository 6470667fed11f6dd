"""A value stated inside an attributive phrase, of the same kind as the limit after it (thirty-fifth round,
fixread35): attributive_values."""

from __future__ import annotations

from compare.indicators.attributive_values import names_its_own_value
from compare.indicators.extract import extract


def _shape(text: str) -> list[tuple]:
    return [(str(i.comparator), i.value, i.unit, len(i.conditions))
            for i in sorted(extract(text).indicators, key=lambda i: i.span)]


def test_a_part_size_beside_another_part_size_is_a_value_of_its_own():
    assert _shape("试验台由直径为20 mm的钢管焊接在厚度不小于10 mm的钢板上构成。") == [
        ("equal", 20.0, "mm", 0), ("min", 10.0, "mm", 0)]


def test_a_value_describing_the_items_of_another_quantity_stays_their_key():
    # (a mass describing the lifts, an area limited: the mass is the area's condition)
    assert _shape("额定载重量为630 kg的电梯，轿厢最大有效面积为1.66 m²。") == [("max", 1.66, "m²", 1)]


def test_a_named_value_keying_the_limits_of_its_items_stays_their_key():
    # (the limits after the colon are of the system the voltage describes)
    assert _shape("标称电压为10 kV的配电系统：最高持久电压12 kV。") == [("max", 12.0, "kV", 1)]


def test_the_rule_needs_the_named_value_one_dimension_and_an_attributive_limit():
    assert names_its_own_value("标称厚度为", True, "的混凝土")
    assert not names_its_own_value("标称厚度为", False, "的混凝土")
    assert not names_its_own_value("额定载重量", True, "的混凝土")
    assert not names_its_own_value("标称电压为", True, "；最低电压")

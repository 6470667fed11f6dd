"""The electrical ratings a scope sentence bounds (thirty-second round, fixrest32): scope_ratings, and the bound of
a voltage carried to its value for the other kind of supply (carried_bounds)."""

from __future__ import annotations

from compare.indicators.extract import extract
from compare.indicators.scope_ratings import outside, rating_runs


def _shape(text: str) -> list[tuple]:
    return [(str(i.comparator), i.value, i.low, i.high, i.unit)
            for i in sorted(extract(text).indicators, key=lambda i: i.span)]


def test_rated_voltage_and_current_of_a_chinese_scope_are_read():
    assert _shape("本标准适用于额定电压不超过250 V、额定电流不超过16 A的家用器具耦合器。") == [
        ("max", 250.0, None, None, "V"), ("max", 16.0, None, None, "A")]


def test_rated_voltage_band_of_an_english_scope_is_read():
    assert _shape("This standard applies to cord extension sets with a rated voltage above 50 V but not exceeding "
                  "250 V and a rated current not exceeding 16 A, for indoor use.") == [
        ("range", None, 50.0, 250.0, "V"), ("max", 16.0, None, None, "A")]


def test_supply_voltage_and_frequency_of_a_scope():
    assert _shape("This part applies to battery chargers for operation from supply voltages up to 690 V.") == [
        ("max", 690.0, None, None, "V")]
    assert _shape("This part applies to chargers having a rated supply voltage not exceeding 690 V a.c. and a rated "
                  "supply frequency not exceeding 400 Hz.") == [
        ("max", 690.0, None, None, "V"), ("max", 400.0, None, None, "Hz")]
    assert _shape("本部分适用于标称电源电压不超过交流690 V、标称电源频率不超过400 Hz的充电器。") == [
        ("max", 690.0, None, None, "V"), ("max", 400.0, None, None, "Hz")]


def test_the_value_for_direct_current_takes_the_bound_before_it():
    assert _shape("本部分适用于额定电压不超过交流690 V或直流800 V的熔断器。") == [
        ("max", 690.0, None, None, "V"), ("max", 800.0, None, None, "V")]
    assert _shape("This part applies to fuses whose rated voltage does not exceed 690 V a.c. or 800 V d.c.") == [
        ("max", 690.0, None, None, "V"), ("max", 800.0, None, None, "V")]


def test_other_numbers_of_a_scope_stay_hidden():
    # (a length or a mass: no rating; the frequency range a method covers is read since the thirty-third round,
    # scope_quantities)
    assert _shape("本标准适用于长度不超过12 m的客车。") == []
    # (a value listed after the rating with '、' is another item, left hidden)
    assert _shape("本标准适用于额定电压660 V以下、60 Hz电源供电的水泵。") == [("max", 660.0, None, None, "V")]


def test_runs_and_what_stays_hidden():
    text = "本部分适用于额定电压不超过440 V的开关。"
    runs = rating_runs(text, 0, len(text))
    assert [text[a:b] for a, b in runs] == ["额定电压不超过440 V"]
    assert [text[a:b] for a, b in outside((0, len(text)), runs)] == ["本部分适用于", "的开关。"]


def test_a_definition_is_no_scope():
    # (a term defined with its value: the definition stays unread, as before)
    assert _shape("'Rated current' means the current of 10 A assigned to the plug by the manufacturer.") == []
    assert _shape("本部分规定了电源电压不超过250 V的台灯的要求。") == [("max", 250.0, None, None, "V")]
    assert _shape("This standard is applicable to heaters with a rated voltage not exceeding 250 V.") == [
        ("max", 250.0, None, None, "V")]

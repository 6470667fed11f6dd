"""Units a clause does not write after its number (twenty-sixth round, units26): an alloy's composition that states
no unit, 'min.' closing a list of settings or after a verb of duration. Texts of other alloys and tests than the open
sets' cases."""

from __future__ import annotations

import pytest

from compare.indicators.extract import extract_indicators
from compare.indicators.units_unread import composition_in_mass_percent, minutes_closing_settings


def _read(text):
    return [(i.comparator, i.value, i.low, i.high, i.unit) for i in extract_indicators(text)]


# --- an alloy's composition with no unit written ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a copper alloy, English drafting with 'max.' and 'to'
    "CuZn37 (CW508L): Cu 62,0 to 64,0; Fe max. 0,1; Pb max. 0,1; Ni max. 0,3; Sn max. 0,1; Al max. 0,05.",
    # a magnesium alloy, Chinese drafting with '～' and bare maxima
    "AZ31B：Al 2.5～3.5，Zn 0.6～1.4，Mn 0.20～1.0，Si 0.08，Fe 0.003，Cu 0.01，Ni 0.001。",
])
def test_composition_without_a_unit_is_in_mass_percent(text):
    rows = _read(text)
    assert rows and all(unit == "%" for *_, unit in rows), rows


@pytest.mark.parametrize("text, unit", [
    # the clause states its unit: it is read as written, never replaced
    ("Migration limits: Pb 0,8 mg/dm²; Cd 0,07 mg/dm²; Cr 0,5 mg/dm²; Ni 0,1 mg/dm².", "mg/dm²"),
    ("Soluble elements, mg/kg: Sb 60; As 25; Ba 1 000; Cd 75; Cr 60; Pb 90.", None),
])
def test_composition_that_states_its_unit_keeps_it(text, unit):
    rows = _read(text)
    assert all(u != "%" for *_, u in rows), rows
    if unit:
        assert all(u == unit for *_, u in rows), rows


def test_two_elements_are_no_composition():
    # 'N 500' and 'C 20' are a force and a class here, not contents
    rows = _read("Test force N 500; class C 20; grade V 3.")
    assert all(u != "%" for *_, u in rows), rows


def test_composition_rule_leaves_values_named_otherwise():
    class Ind:  # a stand-in with the fields the rule reads
        def __init__(self, parameter, unit=""):
            self.parameter, self.unit, self.value, self.low, self.high, self.tolerance = parameter, unit, 1.0, None, \
                None, None
    rows = (Ind("hardness"), Ind("thickness", "mm"), Ind("width"))
    assert composition_in_mass_percent(rows, "hardness 1; thickness 1 mm; width 1") == rows


# --- 'min.' that is minutes ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    # the last of a list of a wash's settings, each with its unit
    ("Washing procedure 2: detergent 4 g/l, 50 °C, 45 min.", 45),
    ("Rinsing: water 2 l, 30 °C, 10 min; drying: 60 °C, 88 min.", 88),
    # after a verb of duration
    ("The ageing cycle lasts 20 min.", 20),
])
def test_min_closing_settings_is_minutes(text, value):
    rows = _read(text)
    assert any(v == value and u == "min" for _, v, _, _, u in rows), rows


@pytest.mark.parametrize("text, value", [
    ("pH 6,5 min.", 6.5),
    ("Tensile strength 400 MPa, elongation 18 min.", 18),
])
def test_min_after_a_named_value_stays_a_minimum(text, value):
    rows = _read(text)
    assert any(c == "min" and v == value and u == "" for c, v, _, _, u in rows), rows


def test_minutes_closing_settings_asks_a_unit_before_the_separator():
    text = "Sample 5, 30 min."
    assert not minutes_closing_settings(text, text.index("30"), ", ")
    text = "Sample 5 g, 30 min."
    assert minutes_closing_settings(text, text.index("30"), ", ")


# --- a count of named things per an amount ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    # a fatigue test's rate, the things counted named in a word of their own
    ("The hinge is opened and closed at a rate of 12 openings per minute.", 12, "1/min"),
    ("摇摆试验 at a rate of 20 swings per minute.", 20, "1/min"),
    # two words name them, the rate with its tolerance
    ("Rubbing rate: 60 ± 5 double strokes per minute.", 60, "1/min"),
    # living things counted per a volume, written with a slash
    ("The bathing water shall contain not more than 500 intestinal enterococci/100 ml.", 500, "1/100 ml"),
])
def test_count_of_named_things_per_amount(text, value, unit):
    rows = _read(text)
    assert any(v == value and u == unit for _, v, _, _, u in rows), rows


@pytest.mark.parametrize("text, unit", [
    # the words before 'per' are the unit itself: the unit as written stays
    ("The limit is 4 grams per litre.", "grams per litre"),
    ("The flow is 5 litres per minute.", "litres per minute"),
])
def test_unit_words_before_per_are_no_counted_things(text, unit):
    rows = _read(text)
    assert all(not u.startswith("1/") for *_, u in rows), rows


def test_slash_amount_alone_is_a_count_per_that_amount():
    from compare.indicators.units import normalise
    assert normalise(100.0, "/100 ml").dimension == normalise(100.0, "per 100 ml").dimension
    assert normalise(100.0, "/100 ml").value == normalise(100.0, "per 100 ml").value

"""Thirtieth round (pairs30): conditions written right after a limit's value (compare.indicators.stated_at) and the
pollution degree as a class. Each construction alone, then through the reader and a clause comparison."""

from __future__ import annotations

from compare.indicators.extract import extract_indicators
from compare.indicators.stated_at import altitude_scope, reference_temperature_after
from compare.indicators.verdicts import compare_clauses


def _read(text):
    return [(i.parameter, i.comparator, i.value, i.unit, [c.text for c in i.conditions]) for i in extract_indicators(text)]


# ------------------------------------------------------------ a reference temperature after a value of another quantity

def test_a_value_then_at_a_temperature_is_one_limit_with_its_condition():
    found = _read("The storage pressure shall be 150 bar at 15 °C.")
    assert [(v, u, c) for _, _, v, u, c in found] == [(150.0, "bar", ["15 °C"])]


def test_a_participle_before_at_still_opens_the_condition():
    found = _read("The charging pressure is 180 bar measured at 25 °C; the burst pressure is 450 bar.")
    assert [(v, u, c) for _, _, v, u, c in found] == [(180.0, "bar", ["25 °C"]), (450.0, "bar", [])]


def test_a_duration_at_a_temperature_keeps_both_settings():
    found = _read("Ageing: 96 h at 100 °C.")
    assert sorted(u for _, _, _, u, _ in found) == ["h", "°C"]


def test_a_temperature_with_a_tolerance_is_a_setting_of_its_own():
    found = _read("The pressure shall be 150 bar at 15 °C ± 2 °C.")
    assert any(u == "°C" for _, _, _, u, _ in found)


def test_a_temperature_apart_from_the_value_is_no_reference_temperature_of_it():
    # words between the value and 'at' ('for tests at'): the construction does not take the temperature
    text = "The pressure shall be 150 bar for tests at 15 °C."
    found = extract_indicators(text)
    limit = next(i for i in found if i.unit == "bar")
    temperatures = [i for i in found if i.unit == "°C"]
    assert all(not reference_temperature_after(limit, t, text) for t in temperatures)


def test_a_reference_temperature_makes_no_counterpart_of_its_own():
    result = compare_clauses("储气瓶的充装压力为25 MPa。", "The filling pressure of the cylinder shall be 250 bar at 15 °C.")
    assert [p.verdict for p in result.pairs] == ["consistent"] and result.overall == "consistent"


# ---------------------------------------------------------------- an altitude after a name that is no altitude

def test_an_altitude_after_a_name_is_the_condition_of_the_limits_after_it():
    text = "Creepage distances up to 3 000 m above sea level: 2,5 mm for 400 V; 4,0 mm for 630 V."
    found = _read(text)
    assert [(v, u) for _, _, v, u, _ in found if u == "mm"] == [(2.5, "mm"), (4.0, "mm")]
    assert all(c == ["3 000 m"] for *_, c in found)
    assert not any(u == "m" for _, _, _, u, _ in found)
    assert not any(name.startswith("sea") for name, *_ in found)


def test_an_altitude_scope_on_one_side_only_leaves_the_limits_consistent():
    result = compare_clauses("爬电距离不小于2.5 mm。", "Creepage distances up to 3 000 m above sea level: 2,5 mm minimum.")
    assert [p.verdict for p in result.pairs] == ["consistent"] and result.overall == "consistent"


def test_an_altitude_named_as_such_stays_a_limit():
    assert [(v, u) for _, _, v, u, _ in _read("The altitude of the site shall not exceed 2 000 m above sea level.")] \
        == [(2000.0, "m")]
    text = "Altitude above mean sea level up to 1 500 m."
    assert [(v, u) for _, _, v, u, _ in _read(text)] == [(1500.0, "m")]


def test_altitude_scope_asks_for_the_words_above_sea_level():
    text = "Clearances up to 3 000 m from the wall: 2,5 mm."
    first = extract_indicators(text)[0]
    assert not altitude_scope(first, text)


# ------------------------------------------------------------------------------------------ a pollution degree

def test_a_pollution_degree_is_a_class_not_a_value():
    found = _read("Creepage distances for pollution degree 3: 4,0 mm; for pollution degree 2: 2,5 mm.")
    assert sorted(v for _, _, v, _, _ in found) == [2.5, 4.0]


def test_a_pollution_degree_with_a_unit_would_be_a_value():
    found = _read("The pollution degree 2 mm")  # (no class is written with a unit: left to the value reader)
    assert [v for _, _, v, _, _ in found] == [2.0]


# ------------------------------------------------------------------- a substance named after its value ('of lead')

def _concepts(text):
    return [(i.value, i.concept) for i in extract_indicators(text)]


def test_a_content_of_a_substance_takes_the_substance_for_its_concept():
    assert _concepts("Vegetables may contain not more than 0,1 mg/kg of cadmium.") == [(0.1, "cadmium")]


def test_the_substance_after_the_value_wins_over_one_carried_from_before():
    text = "The maximum level for inorganic arsenic is 0,1 mg/kg, while fish may contain not more than 0,5 mg/kg of mercury."
    assert _concepts(text) == [(0.1, "inorganic_arsenic"), (0.5, "mercury")]


def test_a_name_before_that_names_its_substance_keeps_it():
    # the words before name a concept of their own: the words after the unit are no substance's name
    assert _concepts("The lead content shall not exceed 0,3 mg/kg of dry matter.") == [(0.3, "lead")]


def test_a_value_of_no_content_is_left_alone():
    # 'of' after a length names no substance of it
    from compare.indicators.substance_after import substance_named_after
    from compare.terms.termbase import load_termbase
    text = "The sheet shall be at least 2 mm of lead."
    reading = extract_indicators(text)[0]
    assert substance_named_after(reading, text, load_termbase()) is None


def test_a_substance_named_after_its_value_pairs_with_its_counterpart():
    result = compare_clauses("蔬菜｜铅（以Pb计）0.3 mg/kg｜镉（以Cd计）0.05 mg/kg",
                             "The maximum level for cadmium is 0,05 mg/kg, while vegetables may contain not more than "
                             "0,3 mg/kg of lead.")
    assert sorted(p.verdict for p in result.pairs) == ["consistent", "consistent"]

"""Words and symbols taken as a unit that are not, and a powered unit not read (compare/indicators/units_taken.py).
Sentences of our own, in other fields than the evaluation sets'."""

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract
from compare.indicators.units import normalise
from compare.indicators.units_taken import subject_symbol


def _readings(text):
    return [(i.comparator, i.value, i.low, i.high, i.unit) for i in extract(text).indicators]


# ---- symbol_as_subject


def test_symbol_after_a_condition_is_the_subject_not_the_unit():
    got = _readings("当载荷大于5 kN时，K应不小于1.5。")
    assert (Comparator.MIN, 1.5, None, None, "") in got


def test_english_symbol_after_an_if_clause_is_the_subject():
    got = _readings("If the span is less than 2 m, K shall be between 1,2 and 1,8.")
    assert (Comparator.RANGE, None, 1.2, 1.8, "") in got


def test_symbol_with_its_unit_written_after_the_value_keeps_it():
    got = _readings("当载荷大于5 kN时，F应不小于10 N。")
    assert (Comparator.MIN, 10.0, None, None, "N") in got


def test_unit_after_a_name_and_comma_stays_a_heading_unit():
    got = _readings("断裂强力，N应不小于500。")
    assert got == [(Comparator.MIN, 500.0, None, None, "N")]


def test_subject_symbol_needs_a_modal_verb():
    assert subject_symbol("If the gap is under 2 mm, N: 2,5", "N") is False
    assert subject_symbol("If the gap is under 2 mm, N shall be at least 2,5", "N") is True
    assert subject_symbol("If the gap is under 2 mm, mg/kg shall be 2,5", "mg/kg") is False


# ---- compound_noun_after


def test_first_half_of_a_hyphenated_noun_is_no_unit():
    got = _readings("The trolley is then subjected to 1 200 kerb-bumps at 0,5 m/s.")
    assert (Comparator.EQUAL, 1200.0, None, None, "") in got


def test_known_unit_before_a_hyphen_stays():
    got = _readings("The plate shall be at least 5 mm-thick.")
    assert got and got[0][4] == "mm"


# ---- powered_units_after


def test_unit_in_brackets_raised_to_a_power_is_read_with_its_bound_after():
    got = _readings("The detector shall have a conductivity factor of 40 (m·s)^0,5 or less.")
    assert got == [(Comparator.MAX, 40.0, None, None, "(m·s)^0,5")]
    norm = extract("探测器的传导系数应不大于40 (m·s)^0.5。").indicators[0].normalized
    assert norm.dimension == "[length] ** 0.5 * [time] ** 0.5"


def test_two_powered_values_make_a_range():
    assert _readings("探测器的传导系数应在60 (m·s)^0.5～200 (m·s)^0.5之间。") == [
        (Comparator.RANGE, None, 60.0, 200.0, "(m·s)^0.5")]
    assert _readings("a conductivity factor between 60 (m·s)^0,5 and 200 (m·s)^0,5.") == [
        (Comparator.RANGE, None, 60.0, 200.0, "(m·s)^0,5")]


def test_and_joins_a_range_only_after_between():
    got = _readings("factors of 60 (m·s)^0,5 and 200 (m·s)^0,5 are used.")
    assert all(g[0] != Comparator.RANGE for g in got)


def test_power_with_a_decimal_comma_is_read_by_the_normaliser():
    assert normalise(1.0, "(m·s)^0,5").dimension == normalise(1.0, "(m·s)^0.5").dimension
    assert normalise(1.0, "(m·s)^0,5").dimension != "number"


# ---- degrees_of_a_temperature


def test_bare_degree_after_a_melting_point_is_celsius():
    got = _readings("Identification: white powder. Melting point: not less than 121.5°. Residue on ignition: not "
                    "more than 0.1%.")
    assert (Comparator.MIN, 121.5, None, None, "°C") in got
    got = _readings("Congealing range: 52 - 58°.")
    assert got == [(Comparator.RANGE, None, 52.0, 58.0, "°C")]


def test_bare_degree_of_an_angle_stays_an_angle():
    assert _readings("The tilt angle of the ramp shall not exceed 8°.")[0][4] == "°"


# ---- noun_before_colon


def test_a_period_noun_after_an_article_heads_no_unit():
    got = _readings("Waiting rooms, during the night: Ēm 100 lx; UGRL 25; Ra 80.")
    assert (Comparator.MAX, 25.0, None, None, "") in got
    assert all(g[4] != "night" and g[4] != "day" for g in got)
    got = _readings("Offices, during the day: Ēm 300 lx; UGRL 19; Ra 80.")
    assert all(g[4] != "day" for g in got)


def test_a_heading_unit_before_its_colon_stays():
    assert _readings("Rotational speed, r/min: 1 450")[0][4] == "r/min"


def test_a_bare_degree_after_digits_no_pattern_reads_as_decimal_does_not_fail():
    # found by the property test: a superscript digit is no decimal digit to the last-number pattern
    read = extract("²°")
    assert all(i.unit != "°C" for i in read.indicators)
    assert [(i.value, i.unit) for i in extract("Freezing point: not less than 69.2°").indicators] == [(69.2, "°C")]

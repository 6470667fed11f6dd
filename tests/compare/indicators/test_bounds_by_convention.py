"""Wordings of bounds read as the open sets' keys hold them (twenty-sixth round, bounds26): texts of other fields."""

from compare.core.vocabulary import Comparator
from compare.indicators.bounds import negation_carried_by_or, signed_floor_and_ceiling
from compare.indicators.extract import extract


def _read(text):
    return [(i.comparator, i.value, i.low, i.high) for i in extract(text).indicators]


def test_signed_floor_and_ceiling_joined_by_a_word_are_two_limits():
    assert _read("Bending strength of the board after 7 days ≥ 12,0 MPa and ≤ 20,0 MPa.") == [
        (Comparator.MIN, 12.0, None, None), (Comparator.MAX, 20.0, None, None)]
    assert _read("熔点≥120 ℃且≤135 ℃。") == [(Comparator.MIN, 120.0, None, None), (Comparator.MAX, 135.0, None, None)]


def test_a_chain_and_bound_words_stay_one_range():
    assert _read("the force applied shall be 40 N ≤ F ≤ 90 N.") == [(Comparator.RANGE, None, 40.0, 90.0)]
    assert _read("density not less than 0,92 g/cm³ and not more than 0,96 g/cm³.") == [
        (Comparator.RANGE, None, 0.92, 0.96)]


def test_signed_floor_and_ceiling_needs_a_joining_word():
    assert signed_floor_and_ceiling("≥ 12 MPa and ≤ 20 MPa", 0, 21)
    assert signed_floor_and_ceiling("≥12 ℃和≤20 ℃", 0, 11)
    assert not signed_floor_and_ceiling("≥ 150 V ≤ 300 V", 0, 15)  # (a table cell's band)
    assert not signed_floor_and_ceiling("≥ 150 V; ≤ 300 V", 0, 16)


def test_a_band_from_zero_with_a_dash_is_a_maximum():
    assert _read("Tolerable daily intake: TDI 0–0,5 mg/kg bw.") == [(Comparator.MAX, 0.5, None, None)]
    assert _read("Acceptable daily intake 0-2 mg/kg body weight.") == [(Comparator.MAX, 2.0, None, None)]


def test_a_band_from_zero_in_other_words_stays_a_range():
    assert _read("operating temperature 0 °C to 40 °C.") == [(Comparator.RANGE, None, 0.0, 40.0)]
    assert _read("环境温度0 ℃～40 ℃。") == [(Comparator.RANGE, None, 0.0, 40.0)]
    assert _read("Dimensions 2–5 mm.") == [(Comparator.RANGE, None, 2.0, 5.0)]


def test_not_less_than_or_more_than_is_one_range():
    assert negation_carried_by_or("not less than 3 h or more than 5 h") == "not less than 3 h or ≤         5 h"
    assert len(negation_carried_by_or("not less than 3 h or more than 5 h")) == len("not less than 3 h or more than 5 h")
    assert _read("The curing time shall be not less than 3 h or more than 5 h.") == [
        (Comparator.RANGE, None, 3.0, 5.0)]


def test_or_more_than_without_a_negated_floor_is_left():
    text = "Samples of 5 kg or more than 10 units are taken."
    assert negation_carried_by_or(text) == text


def test_a_bare_ceiling_then_a_floor_with_a_unit_are_two():
    text = ("Tablets: the number of cracks does not exceed 30 per batch equal to or greater than 2 mm and does not "
            "exceed 5 per batch equal to or greater than 8 mm.")
    assert [(c, v) for c, v, _, _ in _read(text)] == [(Comparator.MAX, 30.0), (Comparator.MIN, 2.0),
                                                      (Comparator.MAX, 5.0), (Comparator.MIN, 8.0)]


def test_bounds_in_two_rows_or_a_hyphenated_period_are_two():
    assert [c for c, *_ in _read("取样点：面积≤5 m²，最少点数为2；≤9 m²为3。")][:3] == [
        Comparator.MAX, Comparator.MIN, Comparator.MAX]
    assert _read("The colonies should have grown by a factor of at least 8 within the 48-hour incubation.") == [
        (Comparator.MIN, 8.0, None, None), (Comparator.MAX, 48.0, None, None)]


def test_a_floor_then_a_ceiling_with_the_unit_once_stays_one_range():
    assert _read("viscosity at 100 °C not less than 5.6 and less than 9.3 mm²/s") == [
        (Comparator.RANGE, None, 5.6, 9.3)]
    assert _read("pulse rate not less than 60 and not more than 120 beats per minute") == [
        (Comparator.RANGE, None, 60.0, 120.0)]

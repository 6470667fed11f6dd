"""Twenty-ninth round (enwords29): English comparator words the reader missed — a cap written 'limited to' (a
maximum) and an excess forbidden by a negated verb standing words before it (a maximum). Sentences of our own."""

from __future__ import annotations

from compare.core.vocabulary import Comparator
from compare.indicators.capped_values import capped_before
from compare.indicators.negated_excess import forbidden_excess_kind, negated_excess

from tests.compare.indicators.readings import read


# --------------------------------------------------------------------------------------------- limited to


def test_limited_to_right_before_the_number_caps_it():
    assert capped_before("The output current shall be limited to ")
    assert capped_before("Its set point is limited to −")


def test_limited_to_with_another_word_between_is_not_read_here():
    assert not capped_before("The drift shall be limited to a maximum of ")
    assert not capped_before("The output current shall be ")
    assert not capped_before("The delimited to ")


def test_a_value_limited_to_is_read_as_a_maximum():
    assert read("The fan speed shall be limited to 1 500 r/min during start-up.") == [("max", 1500.0, "r/min")]


def test_limited_to_a_maximum_of_is_still_a_maximum():
    assert read("The pump pressure shall be limited to a maximum of 6 bar.") == [("max", 6.0, "bar")]


# ------------------------------------------------------------------------------------- negated excess


def test_a_negation_words_before_the_excess_forbids_it():
    assert negated_excess("The seal shall not release plasticiser in amounts exceeding ")
    assert negated_excess("The panel shall not have a surface temperature greater than ")
    assert negated_excess("The cover must never reach temperatures above ")
    assert negated_excess("The lid shall not contain, by mass, in total more than ")


def test_no_negation_or_a_joint_between_keeps_the_kind():
    assert not negated_excess("Fences are needed where the speed is in excess of ")
    assert not negated_excess("The seal shall not leak and the pressure shall be more than ")
    assert not negated_excess("Cables, whether or not sheathed, that carry currents greater than ")
    assert not negated_excess("It shall not be less than 5 mm; the gap shall be more than ")
    assert not negated_excess("The seal shall not be used where temperatures are above ")


def test_the_kind_is_turned_only_for_an_unworded_or_minimum_value():
    left = "The coating shall not release lead in quantities exceeding "
    assert forbidden_excess_kind(Comparator.EQUAL, left, False) == Comparator.MAX
    assert forbidden_excess_kind(Comparator.MIN, left, False) == Comparator.MAX
    assert forbidden_excess_kind(Comparator.RANGE, left, False) == Comparator.RANGE
    assert forbidden_excess_kind(Comparator.MIN, left, True) == Comparator.MIN  # ('… 10 or more': its own word)


def test_a_forbidden_excess_is_read_as_a_maximum():
    assert read("The toy shall not have a kinetic energy greater than 0,5 J.") == [("max", 0.5, "J")]
    assert read("The gasket shall not release plasticiser in quantities exceeding 3 mg/kg.") == [("max", 3.0, "mg/kg")]
    assert read("The heater shall not be operated at ambient temperatures above 40 °C.") == [("max", 40.0, "°C")]


def test_an_excess_without_a_negation_stays_as_it_was():
    assert read("The blade shall be guarded when its speed is greater than 5 m/s.") == [("min", 5.0, "m/s")]


def test_a_no_subject_at_the_clause_start_denies_as_not_does():
    assert negated_excess("The employer shall make sure that no operator is exposed to dust in excess of ")
    assert negated_excess("Packing: no single bag shall hold moisture above ")
    assert not negated_excess("If no value is declared, currents greater than ")
    assert read("Storage: no drum shall hold a pressure greater than 2 bar.") == [("max", 2.0, "bar")]


def test_a_no_subject_after_a_dash_denies_too():
    assert negated_excess("Handling - no crate shall hold fruit exceeding ")
    assert read("Handling — no crate shall hold bruised fruit exceeding 5 %.") == [("max", 5.0, "%")]

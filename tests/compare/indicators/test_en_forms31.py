"""Thirty-first round (fixen31): English forms of the formsen29 probe — an excess nothing denies (a threshold, a
minimum; a maximum where the words after it reject the excess), a bound word that only closes the value before it
('or less'), restatements in brackets, 'over' as a particle. Sentences of our own."""

from __future__ import annotations

from compare.core.vocabulary import Comparator
from compare.indicators.excess_threshold import closes_its_value, excess_threshold_kind

from tests.compare.indicators.readings import read

EQ, MIN, MAX = Comparator.EQUAL, Comparator.MIN, Comparator.MAX


# ------------------------------------------------------------------------------------ unnegated excess


def test_an_unnegated_excess_is_a_threshold():
    assert excess_threshold_kind(EQ, "Pumps with a rated flow exceeding ", " m³/h need a bypass.", False) == MIN
    assert excess_threshold_kind(EQ, "Where the wind speed is in excess of ", " m/s, stop work.", False) == MIN


def test_a_maximum_naming_the_quantity_is_no_bound_of_the_excess():
    assert excess_threshold_kind(MAX, "Class C: lorries with a maximum laden mass exceeding ", " t.", False) == MIN
    # a maximum that is a bound word of the value itself stays
    assert excess_threshold_kind(MAX, "Its maximum is 3 t; cranes exceeding ", " t.", False) == MAX


def test_an_excess_the_words_after_reject_is_a_maximum():
    assert excess_threshold_kind(EQ, "Leakage exceeding ", " mA during the test shall constitute a failure.",
                                 False) == MAX
    assert excess_threshold_kind(MIN, "Glare exceeding ", " cd at point HV is not permitted.", False) == MAX
    assert excess_threshold_kind(EQ, "A crack exceeding ", " mm is a defect.", False) == MAX


def test_a_denied_excess_is_a_maximum_and_a_worded_bound_after_is_kept():
    assert excess_threshold_kind(EQ, "The lid shall withstand the load without a sag exceeding ", " mm.",
                                 False) == MAX
    assert excess_threshold_kind(EQ, "Tanks exceeding ", " l or more", True) == EQ
    assert excess_threshold_kind(EQ, "Tanks of ", " l", False) == EQ


def test_excess_thresholds_read_in_clauses():
    assert read("Hoists with a rated load exceeding 2 000 kg shall have two brakes.") == [("min", 2000.0, "kg")]
    assert read("Residual deflection exceeding 3 mm after unloading shall constitute a failure.") == \
        [("max", 3.0, "mm")]
    assert read("Lamps shall not emit ultraviolet radiation in quantities exceeding 2 mW/klm.") == \
        [("max", 2.0, "mW/klm")]


# ------------------------------------------------------------------------------- 'or less' closes its value


def test_or_less_closes_the_value_before_it():
    assert closes_its_value("or less", " within 2 s")
    assert closes_its_value("or more", " after 3 h")
    assert not closes_its_value("or less", " than 5 V")
    assert not closes_its_value("or less", ", 10 per cent")
    assert not closes_its_value("or below", " 5 °C")
    assert not closes_its_value("min.", " 2,0")


def test_or_less_before_a_time_stays_with_its_value():
    assert read("Capacitors shall discharge to 35 V or less within 2 s.") == [("max", 35.0, "V"), ("max", 2.0, "s")]
    assert read("Store chilled goods above 63 °C or below 8 °C.") == [("min", 63.0, "°C"), ("max", 8.0, "°C")]


# ------------------------------------------------------------------------------------------ restatements


def test_a_tolerance_restated_whole_in_brackets_is_one_tolerance():
    from compare.indicators.en_forms31 import restated_tolerance

    tol = Comparator.TOLERANCE
    assert restated_tolerance((tol, 0.5, "MPa/s"), (tol, 72.0, "psi/s"), " ", "(72 ± 14 psi/s)")
    assert restated_tolerance((tol, 40.0, "°C"), (tol, 104.0, "°F"), " ", "(104 °F ± 2 °F)")
    # another quantity of the dimension, a bracket not whole, the same unit: two
    assert not restated_tolerance((tol, 40.0, "°C"), (tol, 60.0, "°F"), " ", "(60 °F ± 2 °F)")
    assert not restated_tolerance((tol, 0.5, "MPa/s"), (tol, 72.0, "psi/s"), " and ", "72 ± 14 psi/s")
    assert not restated_tolerance((tol, 5.0, "mm"), (tol, 5.0, "mm"), " ", "(5 ± 1 mm)")


def test_restated_tolerances_read_as_one():
    assert read("Hold the bath at 40 °C ± 1 °C (104 °F ± 2 °F).") == [("tolerance", 40.0, "°C")]


def test_a_restatement_after_the_bound_word_is_one_limit():
    from compare.indicators.en_forms31 import restated_after_bound

    assert restated_after_bound(" maximum (", ")")
    assert restated_after_bound(" min. (", " )")
    assert not restated_after_bound(" (", ")")
    assert not restated_after_bound(" maximum and (", ")")
    assert read("Sulfur: 50 mg/kg maximum (50 ppm) at delivery.") == [("max", 50.0, "mg/kg")]


# ----------------------------------------------------------------------------------------- 'over' a particle


def test_over_before_a_preposition_is_no_bound():
    from compare.indicators.en_forms31 import over_as_particle

    left = "The crane shall swing the load over at "
    assert over_as_particle("over", left, left.index("over") + 4)
    left = "Speeds over "
    assert not over_as_particle("over", left, left.index("over") + 4)
    assert read("The winch shall haul the boom over at 30 % of its rated speed.") == [("equal", 30.0, "%")]
    assert read("Vehicles at speeds over 25 km/h.") == [("min", 25.0, "km/h")]


def test_a_threshold_with_a_test_condition_after_it_is_left_as_read():
    right = " mm per year at a test temperature of 60 °C."
    assert excess_threshold_kind(EQ, "Class 2: a wear rate exceeding ", right, False) == EQ
    assert excess_threshold_kind(EQ, "Class 2: a wear rate exceeding ", " mm per year.", False) == MIN

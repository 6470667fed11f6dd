"""Pairing rules of the thirty-fifth round (fixpair35), with clause pairs written for these tests."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from tests.compare.indicators.test_pairing_rules import verdicts as pairs_of  # (overall, [(verdict, d value, i value)])


# Two reagents a method weighs out, each named after its mass on both sides: '硫酸铵' is read as sulfur and 'ammonium
# sulfate' as sulfate, two substances the termbase keeps apart. Their names forbid no pair of the two amounts: 2 g
# meets 2 g and 5 g meets 5 g, not each other's (each was judged 'different' against the other reagent's mass).
def test_the_masses_of_two_weighed_reagents_are_not_crossed():
    overall, pairs = pairs_of("称取2.000 g硫酸铵溶于水，稀释至100 mL；称取5.00 g柠檬酸三钠溶于水，稀释至100 mL。",
                              "Dissolve 2,000 g of ammonium sulfate in water and make up to 100 ml. Dissolve 5,00 g "
                              "of trisodium citrate in water and make up to 100 ml.")
    assert (Verdict.CONSISTENT, 2.0, 2.0) in pairs and (Verdict.CONSISTENT, 5.0, 5.0) in pairs
    assert overall == Verdict.CONSISTENT


# A cell's path length and a spectral bandwidth are both lengths, but thousands of times apart and named by no concept
# of the termbase: two requirements, each one-sided, not one pair judged looser.
def test_a_cell_path_is_no_partner_of_a_spectral_bandwidth():
    overall, pairs = pairs_of("于620 nm波长处，用50 mm比色皿测定吸光度。",
                              "The incident light shall have a wavelength of 620 nm and a spectral bandwidth of not "
                              "more than 30 nm.")
    assert (Verdict.CONSISTENT, 620.0, 620.0) in pairs
    assert (Verdict.MISSING_INTERNATIONAL, 50.0, None) in pairs and (Verdict.MISSING_DOMESTIC, None, 30.0) in pairs
    _, pairs = pairs_of("以10 mm石英比色皿，在275 nm处测定。",
                        "The radiation used is of wavelength 275 nm, with a spectral bandwidth of 2 nm or less.")
    assert (Verdict.MISSING_INTERNATIONAL, 10.0, None) in pairs and (Verdict.MISSING_DOMESTIC, None, 2.0) in pairs


# Values a hundred times apart under two unnamed quantities may still be one requirement written on two scales (a
# field strength of 0.1 A/m against 21 A/m stays paired): only a thousand times and more sets them apart.
def test_unnamed_values_a_hundred_times_apart_still_pair():
    _, pairs = pairs_of("磁场强度H的限值为0.1 A/m。", "The magnetic field strength H shall not exceed 21 A/m.")
    assert [(v, d, i) for v, d, i in pairs if d is not None and i is not None] == [(Verdict.STRICTER, 0.1, 21.0)]

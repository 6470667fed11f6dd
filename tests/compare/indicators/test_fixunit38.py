"""Units the reader missed or misread (thirty-eighth round, fixunit38): the unit a defining constant's number is
fixed in, named after it ('… to be 683 when expressed in the unit lm W⁻¹', unit_statements), and a capital letter
after a power of ten ('× 10⁻¹⁹ C', units_written31)."""

from __future__ import annotations

from compare.indicators.extract import extract
from compare.indicators.units import normalise


def _read(text: str) -> list[tuple]:
    return [(str(i.comparator), i.value, normalise(1.0, i.unit).dimension if i.unit else "")
            for i in sorted(extract(text).indicators, key=lambda i: i.span)]


def test_a_constant_fixed_in_a_unit_named_after_it_takes_that_unit():
    found = _read("The second is defined by taking the fixed numerical value of the caesium frequency ΔνCs to be "
                  "9 192 631 770 when expressed in the unit Hz, which is equal to s⁻¹.")
    assert found == [("equal", 9192631770.0, normalise(1.0, "Hz").dimension)]
    found = _read("The Faraday constant is taken to be 96 485 when expressed in the unit C mol⁻¹.")
    assert found == [("equal", 96485.0, normalise(1.0, "C/mol").dimension)]


def test_the_powers_of_a_named_unit_and_of_its_restatement_are_no_values():
    # ('W⁻¹' and 'sr W⁻¹' once read as values of 1)
    found = _read("The candela is defined by taking the fixed numerical value of the luminous efficacy Kcd to be "
                  "683 when expressed in the unit lm W⁻¹, which is equal to cd sr W⁻¹.")
    assert found == [("equal", 683.0, normalise(1.0, "lm/W").dimension)]


def test_a_value_with_its_own_unit_keeps_it_and_words_after_expressed_in_are_no_unit():
    assert _read("The gap shall be 2 mm when expressed in the unit mm.") == [("equal", 2.0, "[length]")]
    assert _read("The result, when expressed in units of the sample mass, shall be 4 g.")[0][1:] == (4.0, "[mass]")


def test_a_capital_letter_after_a_power_of_ten_is_the_units_symbol():
    # (after a bare number 'C' may be a class; after a power of ten it is the coulomb)
    assert _read("The charge on the electrode is q = 3,2 × 10⁻¹⁸ C in every case.") == [
        ("equal", 3.2e-18, normalise(1.0, "C").dimension)]
    assert _read("The insulation shall be of class C.") == []

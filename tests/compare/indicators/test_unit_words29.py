"""Units and multiples in English words (compare/indicators/unit_words.py, twenty-ninth round, enunits29)."""
from __future__ import annotations

import pytest

from compare.indicators.clausetext import _EN_NUMBERS, numerals_to_digits, substitute  # noqa: PLC2701
from compare.indicators.extract import extract
from compare.indicators.unit_words import mixed_multiple, mixed_multiples, powers_in_words
from compare.indicators.units import normalise


# ------------------------------------------------------------------------------------------------ powers_in_words
@pytest.mark.parametrize("written, expression", [
    ("milligrams per cubic metre", "milligrams per metre**3"),
    ("kg/square meter", "kg/meter**2"),
    ("cubic centimetres per minute", "centimetres**3 per minute"),
    ("metres squared", "metres**2"),
    ("sq. ft", "ft**2"),
    ("cu. in", "in**3"),
])
def test_powers_in_words_rewrites_the_power_of_a_length(written, expression):
    assert powers_in_words(written) == expression


@pytest.mark.parametrize("unit", ["mg/kg", "square", "cubic", "current", "kg/m³", "squared off"])
def test_powers_in_words_leaves_other_units(unit):
    assert powers_in_words(unit) == unit


@pytest.mark.parametrize("words, symbol", [
    ("grams per square metre", "g/m²"),
    ("kilograms per cubic metre", "kg/m³"),
    ("micrograms per cubic meter", "µg/m³"),
    ("square millimetres", "mm²"),
    ("cubic centimetres", "cm³"),
    ("newtons per square millimetre", "N/mm²"),
])
def test_a_unit_in_words_normalises_as_its_symbol(words, symbol):
    in_words, as_symbol = normalise(3.0, words), normalise(3.0, symbol)
    assert in_words.known and as_symbol.known
    assert in_words.dimension == as_symbol.dimension
    assert in_words.value == pytest.approx(as_symbol.value)


def test_a_square_and_a_cubic_metre_are_different_quantities():
    assert normalise(1.0, "square metre").dimension != normalise(1.0, "cubic metre").dimension


# ------------------------------------------------------------------------------------------- mixed multiples
@pytest.mark.parametrize("whole, numerator, part, value", [
    (1, "one", "half", 1.5), (2, "a", "quarter", 2.25), (3, "a", "half", 3.5),
    (1, "three", "quarters", 1.75), (4, "two", "thirds", 4 + 2 / 3),
])
def test_mixed_multiple_values(whole, numerator, part, value):
    assert mixed_multiple(whole, numerator, part) == pytest.approx(value)


def test_mixed_multiple_before_times_becomes_digits_with_offsets_kept():
    text = "The load shall be two and a half times the rated load."
    new, where = substitute(text, list(range(len(text))), mixed_multiples(text, _EN_NUMBERS))
    assert new == "The load shall be 2.5 times the rated load."
    assert len(where) == len(new)
    assert text[where[new.index("times")]:].startswith("times")
    assert where[new.index("2.5")] == text.index("two")


@pytest.mark.parametrize("text", [
    "Two and a half hours of conditioning.",          # a period: halves_to_digits reads it, not this rule
    "one and a half litres of water",                 # no multiple
    "between one and two times the rated current",    # a range of multiples, not a mixed number
    "the first and a half-times rule",
    "forty and a half times the load",                # a whole number over twenty: left
    "the load and a half times",                      # no number before 'and'
])
def test_mixed_multiples_leave_other_wordings(text):
    assert mixed_multiples(text, _EN_NUMBERS) == []


def test_numerals_to_digits_reads_the_mixed_multiple():
    text = "The proof pressure shall be one and one-half times the design pressure."
    assert numerals_to_digits(text, list(range(len(text))))[0] == (
        "The proof pressure shall be 1.5 times the design pressure.")


# ----------------------------------------------------------------------------------------------- whole reading
def _read(text):
    return [(str(i.comparator), i.value, i.unit) for i in extract(text).indicators if i.value is not None]


def test_a_mixed_multiple_after_a_lower_bound_reads_as_the_minimum_multiple():
    read = _read("The proof pressure shall be at least one and one-half times the design pressure.")
    assert read == [("min", 1.5, "× design pressure")]


def test_a_mixed_multiple_after_an_upper_bound_reads_as_the_maximum():
    read = _read("The setting shall be not higher than two and a quarter times the nominal value.")
    assert [(c, v) for c, v, _ in read] == [("max", 2.25)]


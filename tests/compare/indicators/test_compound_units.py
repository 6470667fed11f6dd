"""Units written in more than one piece after a number (twenty-seventh round, units27): values parted by a solidus
with one unit each, a product written with a space, a decibel level referred to a unit named in words, a power −1
after a degree, the coulomb in a compound unit, a degree in a compound as a difference. Texts of other quantities and
standards than the open sets' cases."""

from __future__ import annotations

import pytest

from compare.indicators.extract import extract_indicators
from compare.indicators.units import level_unit, normalise, reads_as_unit
from compare.indicators.units_vocab import level_in_words


def _read(text):
    return [(i.value, i.unit) for i in extract_indicators(text)]


# --- values parted by a solidus, each with the same unit ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a mean and an individual minimum of an impact test, spaced solidus
    ("Charpy energy at 0 °C, grade S275: 40 J / 28 J.", [(40.0, "J"), (28.0, "J")]),
    # three series of one dimension, glued solidus and decimals
    ("垫圈内径（小/中/大系列）：M6为6.4 mm/6.6 mm/7.0 mm。", [(6.4, "mm"), (6.6, "mm"), (7.0, "mm")]),
    # two mains frequencies
    ("rated frequency 50 Hz/60 Hz", [(50.0, "Hz"), (60.0, "Hz")]),
])
def test_values_parted_by_a_slash_are_values_of_their_own(text, expected):
    rows = _read(text)
    for value, unit in expected:
        assert (value, unit) in rows, rows
    assert not any("/" in unit for _, unit in rows), rows


@pytest.mark.parametrize("text, unit", [
    ("sugars not more than 5 g/100 g", "g/100 g"),  # a reference amount (a power of ten) stays in the unit
    ("residue 0,05 mL/100 mL max.", "mL/100 mL"),
    ("speed 20 mm/min", "mm/min"),  # a unit per another is no second value
])
def test_a_reference_amount_after_the_slash_stays_in_the_unit(text, unit):
    assert [u for _, u in _read(text)] == [unit]


def test_signed_deviations_are_no_values_parted_by_a_slash():
    # '+30 h / 0 h' is an upper and a lower deviation of 672 h, read by the deviations' rule
    rows = [(i.comparator, i.low, i.high) for i in extract_indicators("storage for 672 h (+30 h / 0 h) at 85 °C")]
    assert ("range", 672.0, 702.0) in rows, rows


# --- a unit that goes on after a space ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, unit, dimension", [
    ("Boltzmann-like constant: k = 1,380 649 × 10⁻²³ J s exactly.", "J s", "[mass] * [length] ** 2 / [time]"),
    ("tightening torque 12 N m max.", "N m", "[mass] * [length] ** 2 / [time] ** 2"),
    ("capacity 40 A h minimum", "A h", "[current] * [time]"),
])
def test_a_product_written_with_a_space(text, unit, dimension):
    ind = extract_indicators(text)[0]
    assert ind.unit == unit and ind.normalized.dimension == dimension


@pytest.mark.parametrize("text", [
    "a force of 12 N at 20 °C",  # a word after the unit is no symbol of a product
    "5 V max., 2 A min.",
])
def test_a_word_after_a_unit_is_not_taken_into_it(text):
    assert all(" " not in (i.unit or "") for i in extract_indicators(text))


def test_a_level_referred_to_a_unit_in_words_is_that_level():
    ind = extract_indicators("the conducted limit shall be 46 dB microvolts in the band")[0]
    assert ind.unit == "dB microvolts"
    # the same level as 'dB(µV)' writes it (20·lg of a field quantity), never pint's decibel times a microvolt
    assert normalise(46.0, "dB microvolts").value == normalise(46.0, "dB(µV)").value
    assert normalise(40.0, "dB microvolts per metre").value == normalise(40.0, "dB(µV/m)").value


@pytest.mark.parametrize("words, symbol", [
    ("dB microvolts/m", "dB(µV/m)"), ("dB microvolt", "dB(µV)"), ("dB milliwatts", "dB(mW)"),
    ("dB picowatt", "dB(pW)"), ("dB(A)", "dB(A)"), ("dB", "dB"),
])
def test_level_in_words(words, symbol):
    assert level_in_words(words) == symbol
    if symbol != words:
        assert level_unit(words) == level_unit(symbol)


def test_a_power_after_a_degree_is_per_degree():
    ind = extract_indicators("temperature coefficient of resistance 0,004 28 °C⁻¹, nominal")[0]
    assert ind.unit == "°C⁻¹" and ind.normalized.unit == "1/K"
    assert ind.normalized.value == pytest.approx(0.00428)


# --- the normaliser ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit, per_kelvin", [
    ("°C⁻¹", 1.0), ("℃-1", 1.0), ("10⁻⁶/°C", 1e-6), ("%/°C", 0.01), ("W/(m·°C)", 1.0),
])
def test_a_degree_in_a_compound_is_a_difference(unit, per_kelvin):
    # per degree Celsius is per kelvin: never shifted by 273.15 as an absolute temperature would be
    assert normalise(1.0, unit).value == pytest.approx(per_kelvin)
    assert normalise(20.0, "°C").unit == "°C"  # alone, a temperature as before


@pytest.mark.parametrize("unit, known", [
    ("C/mol", True), ("C mol⁻¹", True), ("C/kg", True), ("C·m", True),
    ("C", False), ("C/D", False),  # a class or a grade: no coulomb without a mole, mass, length or volume
])
def test_the_coulomb_in_a_compound(unit, known):
    assert reads_as_unit(unit) is known


def test_a_value_in_coulombs_per_mole_after_a_bracketed_tolerance():
    ind = extract_indicators("F = (96 485,3 ± 0,1) C/mol")[0]
    assert (ind.comparator, ind.value, ind.tolerance, ind.unit) == ("tolerance", 96485.3, 0.1, "C/mol")


# --- a composition under a heading in per cent by mass that the reader does not take for the values ----------------

@pytest.mark.parametrize("text", [
    "Chemical composition (mass fraction, %). X2CrNiMo17-12-2: C max. 0,030; Cr 16,5 to 18,5; Ni 10,0 to 13,0; "
    "Mo 2,00 to 2,50.",
    "Ladle analysis, % (mass fraction). S355: C max. 0,20; Si max. 0,55; Mn max. 1,60; P max. 0,025.",
])
def test_a_composition_under_a_percent_heading_closed_by_a_full_stop(text):
    rows = [(i.parameter, i.unit) for i in extract_indicators(text)]
    assert len(rows) >= 4 and all(unit == "%" for _, unit in rows), rows


def test_a_composition_stating_another_unit_is_not_given_percent():
    # parts per million stated too: the heading's percentage is not the only unit, nothing is assumed
    text = "Composition, % (mass fraction); B in ppm. Grade X: C max. 0,20; Si max. 0,55; Mn max. 1,60; B 5 to 30."
    assert not any(i.unit == "%" and i.parameter.endswith("B") for i in extract_indicators(text))


"""Units written apart from their numbers, names that spell units, and units the reader did not know (twenty-fifth
round, readUnitsApart). Texts of other fields than the open sets' cases."""

from __future__ import annotations

import pytest

from compare.indicators.extract import extract_indicators
from compare.indicators.units import normalise, reads_as_unit


def _read(text):
    return [(i.parameter, i.comparator, i.value, i.low, i.high, i.unit) for i in extract_indicators(text)]


# --- element symbols in a composition name the value, never its unit ---------------------------------------------

@pytest.mark.parametrize("text, symbol, low, high", [
    # a copper alloy's magnesium (Mg: no megagrams)
    ("CuNi2Si：Ni 1.6～2.5，Si 0.4～0.8，Fe≤0.2，Mg 0.05～0.15，Pb≤0.02（质量分数，%）。", "Mg", 0.05, 0.15),
    # a nitrogen-alloyed stainless steel's nitrogen (N: no newtons)
    ("S32205：C≤0.030，Cr 22.0～23.0，Mo 3.0～3.5，N 0.14～0.20（质量分数，%）。", "N", 0.14, 0.20),
])
def test_element_symbol_before_its_range_names_it(text, symbol, low, high):
    rows = [r for r in _read(text) if r[3] == low]
    assert rows, _read(text)
    parameter, _, _, _, hi, unit = rows[0]
    assert parameter == symbol and hi == high and unit == "%"


def test_single_letter_elements_after_bounds_keep_their_names():
    # a welding wire's sulphur and phosphorus: 'S' is no siemens, 'P' no poise
    rows = _read("焊丝化学成分：C≤0.10，Si≤0.9，Mn 0.8～1.6，S≤0.025，P≤0.030（质量分数，%）。")
    named = {r[0].split(":")[-1].strip(): r for r in rows}
    assert named["S"][2] == 0.025 and named["P"][2] == 0.030
    assert all(r[5] == "%" for r in rows)
    # one letter that is also an element before a value, with no list of elements: the force of a test, in newtons
    rows = _read("拉伸试验：F≥5 kN，N 500")
    assert any(r[2] == 500 and r[5] == "N" for r in rows)


# --- minutes of an angle are minutes of arc ------------------------------------------------------------------------

def test_minutes_of_a_phase_displacement_are_of_arc():
    rows = _read("Class 0,5 electricity meter: ratio error ± 0,5 %, phase displacement ± 20 minutes.")
    angle = [r for r in rows if r[2] == 20]
    assert angle and angle[0][5] == "′"
    assert extract_indicators("phase displacement ± 20 minutes")[0].normalized.dimension == "[plane_angle]"
    # the second of a pair of errors, its name not restated ('class 3, ± 2,0 % and ± 80 minutes')
    rows = _read("Watt-hour meters, phase displacement: class 1, ± 1,0 % and ± 40 minutes; class 3, ± 2,0 % and ± 80 minutes.")
    assert any(r[2] == 80 and r[5] == "′" for r in rows), rows


def test_minutes_of_a_time_in_the_same_clause_stay_minutes():
    rows = _read("The phase angle is measured after a warm-up time of 30 minutes; phase error ± 5 minutes.")
    assert any(r[2] == 30 and r[5] == "minutes" for r in rows)
    assert any(r[2] == 5 and r[5] == "′" for r in rows)
    # (and with no angle in the clause, '± 1 minute' is a time)
    rows = _read("The oven holds the temperature ± 2 °C for 30 minutes; the timer reads ± 1 minute.")
    assert all(r[5] != "′" for r in rows)


# --- a unit written after the last of a list of '±' deviations -----------------------------------------------------

@pytest.mark.parametrize("text, values, unit", [
    ("Flatness tolerances for classes A, B and C: ± 0,05, ± 0,1 and ± 0,2 mm.", (0.05, 0.1, 0.2), "mm"),
    ("三个区的温度均匀度分别为±1、±2和±3 ℃。", (1, 2, 3), "℃"),
    ("Frequency stability ± 10, ± 20 or ± 50 ppm.", (10, 20, 50), "ppm"),
])
def test_each_plus_minus_of_a_list_takes_the_last_ones_unit(text, values, unit):
    rows = _read(text)
    for value in values:
        assert any(r[2] == value and r[5] == unit for r in rows), rows
    # a '±' with its own unit keeps it
    assert any(r[2] == 0.5 and r[5] == "%" for r in _read("Tolerances: ± 0,5 % and ± 2 mm."))


# --- units the reader did not know --------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["△", "Δ"])
def test_prism_dioptre(unit):
    n = normalise(1.5, unit)
    assert n.known and n.unit == "Δ" and n.dimension == "[prism_power]"
    assert normalise(1.0, "D").dimension != n.dimension  # no dioptre of optical power


def test_prism_dioptres_read_after_numbers_in_both_languages():
    zh = _read("渐变焦镜片棱镜参考点处的棱镜度允差为±0.33△。")
    en = _read("Prism imbalance of the mounted pair shall not exceed 0,67 Δ.")
    assert any(r[2] == 0.33 and r[5] == "△" for r in zh)
    assert any(r[2] == 0.67 and r[5] == "Δ" for r in en)


@pytest.mark.parametrize("unit, ppm", [("ppmV", 1.0), ("ppmv", 1.0), ("ppbV", 0.001)])
def test_parts_by_volume(unit, ppm):
    assert reads_as_unit(unit)
    assert normalise(1.0, unit) == normalise(ppm, "ppm")


def test_parts_by_volume_in_a_heading():
    rows = _read("Occupational exposure, vapours (ppmV): 25; 50; 200.")
    assert [r[5] for r in rows] == ["ppmV"] * 3


@pytest.mark.parametrize("unit", ["mm a year", "µm a year", "mg a day"])
def test_an_amount_a_period_is_a_rate(unit):
    per = unit.replace(" a ", "/")
    n = normalise(2.0, unit)
    assert n.known and n == normalise(2.0, per.replace("year", "a").replace("day", "d"))


def test_an_amount_a_year_read_after_a_number():
    rows = _read("Wall loss of buried pipes shall not exceed 0,1 mm a year.")
    assert any(r[2] == 0.1 and r[5] == "mm a year" for r in rows)

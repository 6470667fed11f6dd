"""Units of running clauses (twenty-eighth round, misread28): a newton metre written 'Nm', the ICUMSA colour unit
written 'IU', a quantity per a square millimetre or centimetre written in words after 每, a substance's amount per an
amount when the substance's name holds a strength or brackets. Texts of other quantities and standards than the open
sets' cases."""

from __future__ import annotations

import pytest

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract_indicators
from compare.indicators.units import normalise, reads_as_unit
from compare.indicators.units_running import substance_per_amount


def _read(text):
    return [(i.value, i.unit) for i in extract_indicators(text)]


def _dimension(unit):
    return normalise(1.0, unit).dimension


# --- the newton metre without its dot --------------------------------------------------------------------------

@pytest.mark.parametrize("unit, joules", [("Nm", 1.0), ("kNm", 1000.0)])
def test_newton_metre_written_without_its_dot(unit, joules):
    n = normalise(2.0, unit)
    assert n.dimension == normalise(1.0, "N·m").dimension
    assert n.value == pytest.approx(2.0 * joules)
    assert reads_as_unit(unit)


def test_normal_cubic_metre_and_nanometre_stay():
    assert normalise(1.0, "mg/Nm³").dimension == normalise(1.0, "mg/m³").dimension
    assert normalise(1.0, "nm").dimension == normalise(1.0, "mm").dimension


def test_tightening_torque_in_nm_is_read_after_the_number():
    rows = _read("The tightening torque of the terminal screws shall be 2,5 Nm.")
    assert (2.5, "Nm") in rows, rows


# --- the ICUMSA unit written IU ---------------------------------------------------------------------------------

def test_iu_meets_icumsa_units_and_nothing_else():
    iu, icumsa = normalise(45.0, "IU"), normalise(45.0, "ICUMSA units")
    assert iu.dimension == icumsa.dimension and iu.value == pytest.approx(icumsa.value)
    assert normalise(1.0, "IU").dimension != normalise(1.0, "µg").dimension  # an IU is still no mass
    assert normalise(1.0, "IU/mL").dimension != normalise(1.0, "IU").dimension


# --- a quantity per a square millimetre or centimetre, in words after 每 -------------------------------------------

@pytest.mark.parametrize("text, unit", [
    ("绝缘子承受的压应力不应超过每平方毫米承压面积20 N。", "N/mm²"),
    ("涂层的附着量应不小于每平方厘米表面0.5 mg。", "mg/cm²"),
])
def test_per_area_in_words_before_the_value(text, unit):
    rows = _read(text)
    assert rows and rows[0][1] == unit, rows


def test_a_length_or_a_count_after_per_area_stays():
    assert _read("每平方厘米涂层面积上针孔直径不大于0.5 mm。")[0][1] == "mm"
    assert _read("每平方厘米表面的菌落数不超过5个。")[0][1] == "个/cm²"


# --- a substance's amount per an amount -------------------------------------------------------------------------

@pytest.mark.parametrize("after, unit, per", [
    (" of 96 % ethanol per gram of sample", "ml", "g"),
    (" of iron(III) chloride per litre", "g", "L"),
    (" of 0,1 mol/l hydrochloric acid per 100 g", "ml", "100 g"),
])
def test_substance_per_amount(after, unit, per):
    assert substance_per_amount(after, unit) == per


@pytest.mark.parametrize("after, unit", [
    (" of acid and 20 g of oxide per litre", "ml"),  # a second substance: the 'per' is the other's
    (" of sodium chloride to 100 ml of water per test", "g"),
    (" of 96 % ethanol per gram", "mm"),  # no mass, no volume
    (" of ethanol. Then per litre", "ml"),  # a stop between
])
def test_substance_per_amount_refused(after, unit):
    assert substance_per_amount(after, unit) == ""


@pytest.mark.parametrize("text, value, unit", [
    ("Extract with 50 ml of 96 % ethanol per gram of sample.", 50.0, "ml/g"),
    ("The bath contains 15 g of iron(III) chloride per litre.", 15.0, "g/L"),
])
def test_substance_per_amount_in_a_clause(text, value, unit):
    assert (value, unit) in _read(text), _read(text)


def test_first_of_two_substances_keeps_its_unit():
    rows = _read("The etchant: 40 ml of nitric acid and 10 g of copper(II) sulfate per litre.")
    assert (40.0, "ml") in rows and (10.0, "g/L") in rows, rows


# --- a unit of more than one word after a number -----------------------------------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("Dredged material shall be dumped not less than 12 nautical miles from the coast.", 12.0, "nautical miles"),
    ("锚泊船舶距岸不小于5 n mile。", 5.0, "n mile"),
])
def test_nautical_miles_after_the_number(text, value, unit):
    rows = _read(text)
    assert (value, unit) in rows, rows
    assert normalise(value, unit).value == pytest.approx(normalise(value * 1852, "m").value)


def test_a_mile_in_words_alone_is_no_nautical_mile():
    assert _read("a distance of 5 miles")[0][1] != "nautical miles"


def test_a_nautical_mile_defined_names_the_metres():
    rows = _read("1 nautical mile = 1 852 m exactly.")
    assert (1852.0, "m") in rows and not any(unit == "nautical mile" for _, unit in rows), rows


# --- 'no greater than' and its kin (with the nautical miles, a screen's opening read as a minimum joined the next
# distance into a range) ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, comparator", [
    ("The mesh opening shall be no greater than 2 mm.", Comparator.MAX),
    ("The cable shall be no longer than 3 m.", Comparator.MAX),
    ("The clearance shall be no lower than 5 mm.", Comparator.MIN),
])
def test_no_comparative_than(text, comparator):
    found = extract_indicators(text)
    assert found and found[0].comparator == comparator, found

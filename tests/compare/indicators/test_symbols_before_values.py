"""Symbols written before a bare number, in texts written for these tests: a reference quantity's symbol names the
value after it (the illuminance uniformity U0), it is not the unit that value multiplies."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses


def _read(text):
    return [(i.parameter, i.comparator.value, i.value, i.unit) for i in extract_indicators(text)]


def test_a_uniformity_symbol_after_other_values_names_its_value():
    # After a value and a comma, 'U0 0.70' is the uniformity 0.70, not 0.70 times U0.
    # (a uniformity with no bound word is a minimum by nature: list_limits.lighting_bounds)
    read = _read("阅览室：照度标准值500 lx，UGR 16，U0 0.70，Ra 80。")
    assert ("U0", "min", 0.7, "") in read
    read = _read("Classrooms: Em 300 lx, UGRL 19, Uo 0,60, Ra 80.")
    assert ("Uo", "min", 0.6, "") in read
    # Written after the number, the symbol is the quantity the number multiplies.
    read = _read("The test voltage shall be 2,5 U0 for 15 min.")
    assert any(unit == "× U0" and value == 2.5 for _, _, value, unit in read)


def test_a_higher_uniformity_is_the_stricter():
    result = compare_clauses("教室：照度标准值300 lx，UGR 19，U0 0.60，Ra 80。",
                             "Classrooms: Em 300 lx, UGRL 19, Uo 0,40, Ra 80.")
    assert result.overall == Verdict.STRICTER
    uniformity = [p for p in result.pairs if p.domestic and p.domestic.value == 0.6]
    assert len(uniformity) == 1 and uniformity[0].international.value == 0.4
    assert uniformity[0].verdict == Verdict.STRICTER
    # A cable's U0 carries its unit: two rated voltages that differ are different, not stricter.
    result = compare_clauses("电缆额定电压U0为0.6 kV。", "The rated voltage U0 of the cable is 1,8 kV.")
    assert result.overall != Verdict.STRICTER and result.overall != Verdict.LOOSER

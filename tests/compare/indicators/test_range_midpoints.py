"""A range's middle is no value it states (`range_midpoints`, fixpair39), with clause pairs written for these tests."""

from __future__ import annotations

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.extract import extract_indicators
from compare.indicators.range_midpoints import range_against_point
from compare.indicators.verdicts import compare_clauses


def _sides(pair):
    def side(ind):
        if ind is None:
            return None
        return (ind.low, ind.high) if ind.comparator == Comparator.RANGE else ind.value
    return side(pair.domestic), side(pair.international)


# A name written after its range ('…之间的任一环境温度下') falls on the next value, and the range's middle (25) is the
# other requirement's value: each range must still face the range, each ceiling the ceiling.
def test_a_range_is_not_crossed_with_a_value_at_its_middle():
    result = compare_clauses(
        "测量应在15 ℃～35 ℃之间的任一环境温度下进行，冷却液的温度应不超过25 ℃。",
        "Measurements shall be made at any ambient temperature between 15 °C and 35 °C and with the coolant at any "
        "temperature not exceeding 25 °C.")
    assert sorted((repr(_sides(p)), p.verdict) for p in result.pairs) == [
        ("((15.0, 35.0), (15.0, 35.0))", Verdict.CONSISTENT), ("(25.0, 25.0)", Verdict.CONSISTENT)]
    assert result.overall == Verdict.CONSISTENT


def test_range_against_point():
    span, ceiling = extract_indicators("温度范围为15 ℃～35 ℃，冷却液温度不超过25 ℃。")
    assert span.comparator == Comparator.RANGE and ceiling.comparator == Comparator.MAX
    assert range_against_point(span, ceiling) and range_against_point(ceiling, span)
    assert not range_against_point(span, span) and not range_against_point(ceiling, ceiling)


def test_a_toleranced_nominal_states_a_band_of_its_own():
    (band,) = extract_indicators("温度为(36±2)℃。")
    (span,) = extract_indicators("温度为34 ℃～38 ℃。")
    assert band.comparator == Comparator.TOLERANCE and span.comparator == Comparator.RANGE
    assert not range_against_point(band, span) and not range_against_point(span, band)


# Leftovers stating 'the same value' pair whatever their names (`verdicts._pair_same_values`): a range whose middle is
# the other side's value states no value in common with it.
def test_leftovers_of_the_same_value_are_not_a_range_and_its_middle():
    from compare.indicators.verdicts import _pair_same_values
    from compare.terms.termbase import load_termbase

    domestic = extract_indicators("甲的长度为10 mm～30 mm，乙的厚度为6 mm。")
    international = extract_indicators("The gap shall be 20 mm and the depth 8 mm.")
    assert [d.comparator for d in domestic] == [Comparator.RANGE, Comparator.EQUAL]
    pairs: list = []
    _pair_same_values(domestic, international, set(), set(), pairs, load_termbase())
    assert pairs == []

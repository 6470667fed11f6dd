"""Units of the thirty-sixth round (fixunit36). Turbidities in units that do not convert (compare/indicators/
water_units.py): FAU is a dimension of its own, apart from NTU and FNU; the Chinese degree of turbidity is read before
'的'; and a turbidity in one unit pairs with the other clause's in another when both state the same kind of limit,
judged 'different' for the units (`verdicts.turbidities_apart`). Sentences written for these tests; no encoder."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.extract import extract
from compare.indicators.units import normalise
from compare.indicators.verdicts import compare_clauses


def _read(text):
    return [i for i in extract(text).indicators if any(x is not None for x in (i.value, i.low, i.high, i.tolerance))]


def _both(domestic, international):
    return [p for p in compare_clauses(domestic, international).pairs
            if p.domestic is not None and p.international is not None]


def test_attenuation_units_are_not_nephelometric_units():
    fau, fnu, ntu = normalise(50.0, "FAU"), normalise(50.0, "FNU"), normalise(50.0, "NTU")
    assert fau.known and fnu.known
    assert fnu.dimension == ntu.dimension
    assert fau.dimension != fnu.dimension


def test_chinese_degree_before_de_is_read():
    read = _read("浑浊度超过50度的水样应稀释后再测定。")
    assert [(i.value, i.unit) for i in read] == [(50, "度")]


def test_degree_before_de_in_another_clause_stays_without_unit():
    read = _read("将试管倾斜至45度的位置后静置。")
    assert all(i.unit != "度" for i in read)


def test_degrees_pair_with_nephelometric_units_as_different():
    pairs = _both("本方法测定浊度的范围为0度～50度。", "Turbidities from 0 FNU to 50 FNU can be measured.")
    assert [(p.domestic.unit, p.international.unit, p.verdict) for p in pairs] == [("度", "FNU", Verdict.DIFFERENT)]


def test_attenuation_and_nephelometric_ranges_pair_as_different():
    pairs = _both("高浊度水样的测定范围为20 FAU～1 000 FAU。", "For water of high turbidity: 20 FNU to 1 000 FNU.")
    assert [(p.domestic.unit, p.international.unit, p.verdict) for p in pairs] == [("FAU", "FNU", Verdict.DIFFERENT)]


def test_turbidities_of_other_kinds_of_limit_do_not_pair_by_unit_alone():
    # a lowest detectable degree (a minimum) against a working range in FNU: nothing but the units says they are one
    pairs = _both("本方法的最低检测浊度为2度。", "Turbidities from 0 FNU to 50 FNU can be measured.")
    assert pairs == []


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


# Henry, farad and siemens per a length (per_metre_units)

def test_henry_farad_and_siemens_per_metre_are_read():
    read = _read("磁导率μ = 2.5 × 10⁻⁶ H/m，介电常数ε = 3.5 × 10⁻¹¹ F/m，电导率不小于20 S/m。")
    assert [i.unit for i in read] == ["H/m", "F/m", "S/m"]
    assert all(i.normalized.known for i in read)
    assert normalise(1.0, "S/m").dimension == normalise(1.0, "mS/cm").dimension != normalise(1.0, "s/m").dimension
    assert normalise(1.0, "H/m").dimension != normalise(1.0, "h/m").dimension


def test_siemens_per_centimetre_meets_millisiemens_per_metre():
    assert normalise(2.0, "S/cm").value == normalise(200_000.0, "mS/m").value


def test_a_bare_capital_stays_a_letter():
    read = _read("The pencil hardness shall be at least 2 H.")
    assert all(i.unit != "H" for i in read)


# Percentages of a nutrient reference value (reference_shares)

def test_percentage_of_a_reference_value_is_a_percentage():
    assert normalise(15.0, "% NRV").known
    assert normalise(15.0, "% NRV").dimension == normalise(15.0, "%").dimension


def test_reference_amount_before_a_share_of_nrv_stays_out_of_the_unit():
    read = _read("钙：每100 mL的含量≥15 % NRV。")
    assert [(i.comparator, i.value, i.unit) for i in read if i.value == 15] == [("min", 15, "%")]


# The tesla of a magnetic field (magnetic_units)

def test_bare_tesla_of_a_magnetic_field_is_read():
    read = _read("扫描时静磁场的磁感应强度不超过1.5 T。")
    assert [(i.comparator, i.value, i.unit) for i in read] == [("max", 1.5, "T")]
    assert read[0].normalized.dimension == normalise(1.0, "mT").dimension


def test_bare_t_elsewhere_stays_no_unit():
    read = _read("The lifting capacity of the crane shall not exceed 5 T.")
    assert all(i.unit != "T" for i in read)


# Counts of things per an amount or in a named square (constructions.count_per_amount, counts_in_area)

def test_particles_counted_per_a_volume_in_their_counter():
    read = _read("每1 ml中粒径大于等于5 µm的不溶性微粒数不得过50粒。")
    counts = [i for i in read if i.value == 50]
    assert [(i.comparator, i.unit) for i in counts] == [("max", "粒/(1 mL)")]
    assert counts[0].normalized.known and counts[0].normalized.dimension == normalise(1.0, "粒/ml").dimension


def test_pieces_counted_in_a_named_square():
    read = _read("在任意40 mm×40 mm的正方形内，碎片数不少于25块。")
    assert [(i.comparator, i.value, i.unit) for i in read if i.value == 25] == [("min", 25, "per 40 mm × 40 mm")]
    read = _read("In any 40 mm × 40 mm square the count shall be at least 25 particles.")
    assert [(i.value, i.unit) for i in read if i.value == 25] == [(25, "per 40 mm × 40 mm")]
    assert read[-1].normalized.dimension == normalise(1.0, "per 40 mm × 40 mm").dimension == "1 / [length] ** 2"


def test_a_length_after_the_square_keeps_its_unit():
    read = _read("在任意40 mm×40 mm的正方形内，碎片数不少于25块，最长碎片不超过60 mm。")
    assert [(i.value, i.unit) for i in read if i.value == 60] == [(60, "mm")]

"""Bases attached to the indicator they qualify: the measure and weighting of a sound level, and the other bases a
limit is taken on. A limit on another basis is different, never stricter or looser."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.core.vocabulary import Verdict
from compare.indicators.constructions import (LONG_TERM_LEVELS, exposure_period, level_measure, level_measures_differ,
                                              period_distance, period_keys, restated_in_air)
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses

levels = st.integers(min_value=20, max_value=140)

# ------------------------------------------------------------------------------------------ sound-level measures

MEASURE_SYMBOLS = [("Lden", "Lden"), ("L den", "Lden"), ("Ldn", "Ldn"), ("Lnight", "Lnight"), ("Lday", "Lday"),
                   ("LAeq", "Leq"), ("LAeq,16h", "Leq"), ("Leq", "Leq"), ("LAFmax", "Lmax"), ("LAmax", "Lmax"),
                   ("LCpeak", "peak"), ("LEX,8h", "LEX"), ("LEX, 8h", "LEX")]


@pytest.mark.parametrize("symbol, name", MEASURE_SYMBOLS)
def test_a_measure_written_after_the_unit_is_read_and_consumed(symbol, name):
    measure, length = level_measure("", f" {symbol} and below")
    assert measure == name
    assert f" {symbol} and below"[length:].startswith((" and", ",16h", "16h"))


@pytest.mark.parametrize("before, name", [("LEX,8h = ", "LEX"), ("噪声声压级峰值", "peak"), ("非稳态噪声等效声级的限值为", "Leq"),
                                          ("the maximum sound pressure level shall not exceed ", "Lmax"),
                                          ("the daily noise exposure level ", "LEX")])
def test_a_measure_named_before_the_value(before, name):
    assert level_measure(before, ".") == (name, 0)


@pytest.mark.parametrize("before", ["Lead in milk ", "speaking of ", "昼间 ", "outdoor living area (daytime) "])
def test_words_that_name_no_measure(before):
    assert level_measure(before, " and") == (None, 0)


def test_measures_differ_when_named_apart_or_one_is_a_long_term_mean():
    assert level_measures_differ("Lden", "Leq") and level_measures_differ("Leq", "Lmax")
    assert level_measures_differ(None, "Lnight") and level_measures_differ("Lden", None)
    assert not level_measures_differ(None, None) and not level_measures_differ("Leq", None)
    assert not level_measures_differ("Lden", "Lden") and not level_measures_differ(None, "Lmax")


@settings(deadline=None, max_examples=40)
@given(a=levels, b=levels, symbol=st.sampled_from(sorted(LONG_TERM_LEVELS)))
def test_a_long_term_level_against_a_daytime_limit_is_different_never_stricter(a, b, symbol):
    result = compare_clauses(f"声环境功能区：昼间 {a} dB(A)。", f"Noise levels should be kept below {b} dB {symbol}.")
    assert [p.verdict for p in result.pairs] == [Verdict.DIFFERENT]


@settings(deadline=None, max_examples=40)
@given(a=levels, b=levels)
def test_another_frequency_weighting_is_different(a, b):
    result = compare_clauses(f"声压级峰值不得超过{a} dB(A)。", f"The peak sound pressure level shall not exceed {b} dB(C).")
    assert [p.verdict for p in result.pairs] == [Verdict.DIFFERENT]


@settings(deadline=None, max_examples=40)
@given(a=levels, b=levels)
def test_equivalent_levels_compare_by_value(a, b):
    result = compare_clauses(f"昼间不得超过{a} dB(A)。", f"Daytime: {b} dB LAeq,16h.")
    expected = Verdict.CONSISTENT if a == b else Verdict.STRICTER if a < b else Verdict.LOOSER
    assert [p.verdict for p in result.pairs] == [expected]


def test_a_measure_after_the_unit_names_no_next_value():
    first, second = extract_indicators("Levels below 53 dB Lden and, at night, below 45 dB Lnight are recommended.")
    assert (first.value, first.basis, second.value, second.basis) == (53.0, "level Lden", 45.0, "level Lnight")
    assert "Lden" not in second.parameter


# ------------------------------------------------------------------------------ occupational exposure periods

@pytest.mark.parametrize("name, key", [("甲苯：PC-TWA", "period 8h"), ("time-weighted average", "period 8h"),
                                       ("PC-STEL", "period 0.25h"), ("short-term", "period 0.25h"),
                                       ("MAC", "period ceiling"), ("ceiling value", "period ceiling"),
                                       ("Toluene: limit values 8 hours", "period 8h")])
def test_exposure_limits_name_their_reference_period(name, key):
    assert exposure_period(name) | period_keys(name) >= {key}


def test_a_period_stated_beside_short_term_is_the_one_kept():
    assert period_keys("Formaldehyde: short-term (30-minute) guideline") == {"period 0.5h"}


@settings(deadline=None, max_examples=30)
@given(hours=st.sampled_from([1, 4, 8, 24]), value=st.integers(min_value=1, max_value=900))
def test_a_duration_heading_a_concentration_is_its_period_not_a_value(hours, value):
    found = extract_indicators(f"Toluene: limit values {hours} hours {value} mg/m³.")
    assert [(i.value, i.unit) for i in found] == [(float(value), "mg/m³")]
    assert f"period {hours:g}h" in period_keys(found[0].parameter)


@pytest.mark.parametrize("unit, restated, same", [("mg/m³", "ppm", True), ("µg/m³", "ppb", True),
                                                  ("mg/m3", "mL/m3", True), ("ppm", "mg/m³", True),
                                                  ("mg/kg", "ppm", False), ("ppm", "mg/kg", False),
                                                  ("mg/m³", "%", False)])
def test_a_concentration_in_air_restated_as_a_volume_ratio(unit, restated, same):
    assert restated_in_air(unit, restated) is same


@settings(deadline=None, max_examples=30)
@given(a=st.integers(min_value=1, max_value=500), b=st.integers(min_value=1, max_value=500))
def test_time_weighted_and_short_term_limits_pair_by_their_periods(a, b):
    result = compare_clauses(f"甲苯：PC-TWA {a} mg/m³，PC-STEL {a * 2} mg/m³。",
                             f"Toluene: limit values 8 hours {b} mg/m³ ({b // 4 + 1} ppm); short-term {b * 2} mg/m³.")
    assert [(p.domestic.value, p.international.value) for p in result.pairs] == [(a, b), (a * 2, b * 2)]
    expected = Verdict.CONSISTENT if a == b else Verdict.STRICTER if a < b else Verdict.LOOSER
    assert result.overall == expected


def test_a_ceiling_is_never_a_time_weighted_average():
    # Over periods more than a hundredfold apart (a ceiling, 8 hours), the two are no counterparts at all.
    pairs = compare_clauses("甲醛：MAC 0.5 mg/m³。", "Formaldehyde: time-weighted average 0,37 mg/m³.").pairs
    assert [p.verdict for p in pairs] == [Verdict.MISSING_INTERNATIONAL, Verdict.MISSING_DOMESTIC]


def test_periods_near_enough_pair_and_differ():
    (pair,) = compare_clauses("二氧化硫：1小时平均 500 µg/m³。", "SO2: 10-minute mean 500 µg/m³.").pairs
    assert pair.verdict == Verdict.DIFFERENT and "period" in pair.reason


def test_a_value_stated_first_takes_the_words_naming_what_it_limits():
    first, second = extract_indicators("Ozone: 100 µg/m³ is the AQG level for the maximum daily 8-hour mean "
                                       "(99th percentile); 60 µg/m³ for the peak season (average of daily maximum "
                                       "8-hour mean O3 concentration in the six consecutive months).")
    assert (first.value, second.value) == (100.0, 60.0)  # '99th' is an ordinal, no value
    assert "maximum daily 8-hour mean" in first.qualifier and period_keys(first.qualifier) == {"period 8h"}
    assert period_keys(second.qualifier) == {"period season"}


def test_a_volume_ratio_restated_in_air_is_compared_in_the_unit_the_other_side_writes():
    (pair,) = compare_clauses("人造板甲醛释放限量值为0.124 mg/m³。",
                              "Formaldehyde class E1: emission ≤ 0,1 ppm (0,124 mg/m³) when tested to EN 717-1.").pairs
    # The pair shows what was compared: the restatement in the unit the domestic clause writes.
    assert (pair.international.value, pair.international.unit) == (0.124, "mg/m3")
    assert pair.verdict == Verdict.CONSISTENT


@pytest.mark.parametrize("a, b, distance", [({"period ceiling"}, {"period 0.25h"}, 1.18), ({"period ceiling"}, {"period 8h"}, 2.68),
                                            ({"period 1h"}, {"period 24h"}, 1.38), ({"period 24h"}, {"period year"}, 2.56),
                                            ({"period 8h"}, {"period 8h", "period 0.25h"}, 0.0), (set(), {"period 8h"}, 0.0),
                                            ({"class 1"}, {"period 8h"}, 0.0)])
def test_periods_lie_nearer_or_further_apart(a, b, distance):
    assert period_distance(a, b) == pytest.approx(distance, abs=0.01)
    assert period_distance(b, a) == period_distance(a, b)


def test_a_ceiling_pairs_with_the_short_term_limit_not_the_8_hour_one():
    pairs = compare_clauses("甲醛：MAC 0.5 mg/m³。",
                            "Formaldehyde: limit values, 8 hours: 0,37 mg/m³ (0,3 ppm); short-term: 0,74 mg/m³ (0,6 ppm).").pairs
    assert [(p.domestic and p.domestic.value, p.international and p.international.value, p.verdict) for p in pairs] == [
        (0.5, 0.74, Verdict.DIFFERENT), (None, 0.37, Verdict.MISSING_DOMESTIC)]


@pytest.mark.parametrize("text", ["甲苯：PC-TWA 50 mg/m³，PC-STEL 100 mg/m³。",
                                  "Toluene: time-weighted average 50 mg/m³; short-term 100 mg/m³.",
                                  "Toluene: TWA 50 mg/m³; ceiling 100 mg/m³."])
def test_a_limit_named_only_by_its_period_is_of_the_substance_named_before(text):
    assert [i.concept for i in extract_indicators(text)] == ["toluene", "toluene"]


# ------------------------------------------------------------------------------ quantities of sugar analysis

def test_sugar_quantities_are_their_own_concepts_and_pair_across_languages():
    result = compare_clauses("还原糖分 ≤ 0.04 %；电导灰分 ≤ 0.04 %；干燥失重 ≤ 0.06 %。",
                             "Invert sugar: not more than 0.04 % m/m; conductivity ash: not more than 0.04 % m/m; "
                             "loss on drying: not more than 0.1 % m/m.")
    assert [(p.domestic.concept, p.international.concept, p.verdict) for p in result.pairs] == [
        ("reducing_sugar", "reducing_sugar", Verdict.CONSISTENT),
        ("conductivity_ash", "conductivity_ash", Verdict.CONSISTENT),
        ("loss_on_drying", "loss_on_drying", Verdict.STRICTER)]


@pytest.mark.parametrize("text, basis", [("nitrate 11 mg/l as nitrate-nitrogen", "as N"),
                                         ("ammonia 1.5 mg/L as ammonia nitrogen", "as N"),
                                         ("nitrate 50 mg/l as nitrate ion", "as NO3"),
                                         ("nitrite 3 mg/l as nitrite", "as NO2")])
def test_the_nitrogen_of_an_ion_is_a_basis_as_n(text, basis):
    (found,) = extract_indicators(text)
    assert found.basis == basis


# ------------------------------------------------------------------- the basis as a pairing signal (round 7)


def _basis_pairs(domestic, international):
    from compare.indicators.verdicts import compare_clauses
    result = compare_clauses(domestic, international)
    return [(p.verdict, p.domestic and p.domestic.value, p.international and p.international.value)
            for p in result.pairs]


def test_limits_on_the_same_basis_pair_before_equal_values_on_another():
    # Equal values on other bases ('0.5 as consumed' / '0.5 dry basis') are not the same limit: each limit meets the
    # one on its own basis, in both directions.
    assert _basis_pairs("速溶产品 0.5 mg/kg（以即食状态计）；浓缩产品 0.6 mg/kg（以干基计）。",
                        "Instant products: 0.6 mg/kg as consumed. Concentrates: 0.5 mg/kg on a dry basis.") == [
        ("stricter", 0.5, 0.6), ("looser", 0.6, 0.5)]
    assert _basis_pairs("Instant products: 0.6 mg/kg as consumed. Concentrates: 0.5 mg/kg on a dry basis.",
                        "速溶产品 0.5 mg/kg（以即食状态计）；浓缩产品 0.6 mg/kg（以干基计）。") == [
        ("looser", 0.6, 0.5), ("stricter", 0.5, 0.6)]


def test_one_unnamed_limit_faces_each_limit_of_the_other_side():
    # The international clause states one limit, its name naming no substance; the domestic one states it for the
    # powder (named 'lead') and for the liquid (unnamed): the same basis pairs first, the other is 'another basis'.
    assert sorted(_basis_pairs("婴儿配方食品（液态产品除外）：铅 0.15 mg/kg（以粉状产品计）；液态产品：0.02 mg/kg（以即食状态计）。",
                               "Infant formula: maximum level 0.01 mg/kg. The ML applies to the formula as consumed.")) \
        == [("different", 0.15, 0.01), ("looser", 0.02, 0.01)]


def test_an_unnamed_lone_limit_is_not_shared_with_another_named_substance():
    # '铅' took the lone limit; '镉' is another substance, not a case of the same one.
    assert _basis_pairs("铅 0.3 mg/kg；镉 0.5 mg/kg。", "Cheese: maximum 0.2 mg/kg.") == [
        ("looser", 0.3, 0.2), ("missing_international", 0.5, None)]


def test_a_nitrite_reckoned_as_its_sodium_salt_and_as_the_ion_are_two_bases():
    # '以亚硝酸钠计' is as NaNO2; a Codex note after the value ('Note 12: as nitrite ion') states the ion
    (zh,) = extract_indicators("香肠中亚硝酸盐残留量≤20 mg/kg（以亚硝酸钠计）。")
    assert zh.basis == "as NaNO2"
    (en,) = extract_indicators("Nitrites in sausages: maximum level 60 mg/kg (Note 7: residual level; Note 12: as nitrite ion).")
    assert en.basis == "as NO2"
    (pair,) = compare_clauses("香肠中亚硝酸盐残留量≤20 mg/kg（以亚硝酸钠计）。",
                              "Nitrites in sausages: maximum level 60 mg/kg (Note 7: residual level; Note 12: as nitrite ion).").pairs
    assert str(pair.verdict) == "different" and "another basis" in pair.reason
    # the ion on both sides compares as usual
    (pair,) = compare_clauses("香肠中亚硝酸盐残留量≤20 mg/kg（以亚硝酸根计）。",
                              "Nitrites in sausages: maximum level 60 mg/kg (note 3: as residual NO2 ion).").pairs
    assert str(pair.verdict) == "stricter"


# ------------------------------------------------------------------------- fractions by mass and by volume

@pytest.mark.parametrize("unit, kind", [("mL/100 mL", "volume fraction"), ("µL/L", "volume fraction"),
                                        ("mL/m³", "volume fraction"), ("ml/l", "volume fraction"),
                                        ("mg/kg", "mass fraction"), ("g/100 g", "mass fraction"),
                                        ("μg/kg", "mass fraction"), ("mg/L", None), ("%", None), ("ppm", None),
                                        ("mg/kg bw", None), ("L/min", None)])
def test_the_fraction_a_ratio_unit_implies(unit, kind):
    from compare.indicators.units import ratio_kind

    assert ratio_kind(unit) == kind


def test_a_volume_fraction_against_a_mass_fraction_is_another_basis():
    # Both units become millionths, but a volume of residue per volume of solvent is no mass per mass without a
    # density: never a lower or higher maximum.
    (pair,) = compare_clauses("乙醇中不挥发物/(mL/100 mL) 不大于 0.002", "Non-volatile matter — mg/kg — max. 25").pairs
    assert str(pair.verdict) == "different" and "volume fraction vs mass fraction" in pair.reason
    (pair,) = compare_clauses("溶剂油中苯含量不大于 35 mg/kg。", "Benzene content: maximum 40 µL/L.").pairs
    assert str(pair.verdict) == "different" and "mass fraction vs volume fraction" in pair.reason
    # fractions taken the same way compare as usual
    (pair,) = compare_clauses("乙醇中不挥发物/(mL/100 mL) 不大于 0.002", "Non-volatile matter — mL/L — max. 0.05").pairs
    assert str(pair.verdict) == "stricter"
    (pair,) = compare_clauses("铜含量不大于 2 mg/kg。", "Copper: maximum 0.5 g/100 g.").pairs
    assert str(pair.verdict) == "stricter"


def test_a_percentage_by_volume_against_a_ratio_of_masses_is_another_basis():
    (pair,) = compare_clauses("甲醇含量（体积分数）不大于 0.5 %。", "Methanol content, mg/kg, max. 3 000").pairs
    assert str(pair.verdict) == "different"
    # by mass on both sides it is a lower maximum
    (pair,) = compare_clauses("甲醇含量（质量分数）不大于 0.2 %。", "Methanol content, mg/kg, max. 3 000").pairs
    assert str(pair.verdict) == "stricter"

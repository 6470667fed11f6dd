"""General constructions of issue 12's second round, each alone and then through a clause comparison: a range compared
bound by bound against a single bound."""

from __future__ import annotations

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses, split_ranges_facing_bounds
from compare.terms.termbase import load_termbase

TB = load_termbase()


def _kinds(indicators):
    return [(i.comparator, i.value, i.low, i.high) for i in indicators]


def test_a_range_facing_one_bound_splits_into_its_bounds():
    mine = extract_indicators("Sodium: not less than 20 mg/L and not more than 50 mg/L.")
    assert _kinds(mine) == [(Comparator.RANGE, None, 20.0, 50.0)]
    other = extract_indicators("钠 ≤ 50 mg/L。")
    split = split_ranges_facing_bounds(mine, other, TB)
    assert _kinds(split) == [(Comparator.MIN, 20.0, None, None), (Comparator.MAX, 50.0, None, None)]
    assert all(s.normalized.value == s.value for s in split)


def test_a_range_facing_a_range_or_nothing_stays_whole():
    mine = extract_indicators("Sodium: 20 mg/L to 50 mg/L.")
    assert split_ranges_facing_bounds(mine, extract_indicators("钠 20 mg/L～40 mg/L。"), TB) == tuple(mine)
    assert split_ranges_facing_bounds(mine, extract_indicators("温度 ≤ 50 ℃。"), TB) == tuple(mine)
    assert split_ranges_facing_bounds(mine, (), TB) == tuple(mine)


def test_an_unnamed_range_met_by_the_same_range_stays_whole():
    # (a bound of the dimension near its end on the other side does not make it face a bound only)
    clause = "铅≤24.7 mg/L；额定值 between 23.1 mg/L and 24.1 mg/L。"
    found = extract_indicators(clause)
    assert split_ranges_facing_bounds(found, found, TB) == tuple(found)
    assert len(compare_clauses(clause, clause).pairs) == len(found) == 2


def test_of_several_ranges_only_the_one_ending_at_the_bound_splits():
    mine = extract_indicators("甲产品：钠 20 mg/L～50 mg/L；乙产品：钠 20 mg/L～30 mg/L。")
    other = extract_indicators("Sodium shall not exceed 50 mg/L.")
    split = split_ranges_facing_bounds(mine, other, TB)
    assert _kinds(split) == [(Comparator.MIN, 20.0, None, None), (Comparator.MAX, 50.0, None, None),
                             (Comparator.RANGE, None, 20.0, 30.0)]


def test_range_against_bound_in_a_comparison():
    result = compare_clauses("钠含量应为20 mg/L～50 mg/L。", "Sodium: maximum 50 mg/L.")
    assert sorted((p.verdict, (p.domestic or p.international).comparator) for p in result.pairs) == [
        (Verdict.CONSISTENT, Comparator.MAX), (Verdict.MISSING_INTERNATIONAL, Comparator.MIN)]
    # Without a name the termbase knows, the bound must stand at one end of the range.
    result = compare_clauses("比值Rx ≥ 1.15。", "Ratio Rx 1,15 min. and 1,35 max.")
    assert sorted((p.verdict, (p.domestic or p.international).comparator) for p in result.pairs) == [
        (Verdict.CONSISTENT, Comparator.MIN), (Verdict.MISSING_DOMESTIC, Comparator.MAX)]
    result = compare_clauses("比值Rx ≥ 1.25。", "Ratio Rx 1,15 min. and 1,35 max.")
    assert [p.verdict for p in result.pairs] == [Verdict.DIFFERENT]  # min against a range: kept whole


# ------------------------------------------------------------------ an ambiguous comma settled by the other clause

from hypothesis import given, strategies as st  # noqa: E402

from compare.indicators.numbers import ambiguous_comma, read_number  # noqa: E402
from compare.indicators.verdicts import settle_decimal_commas  # noqa: E402


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999))
def test_a_comma_before_three_digits_is_ambiguous_and_has_both_readings(whole, frac):
    text = f"{whole},{frac:03d}"
    assert ambiguous_comma(text)
    assert read_number(text) == whole * 1000 + frac
    assert read_number(text, decimal_comma=True) == float(f"{whole}.{frac:03d}")


@given(st.sampled_from(["0,325", "2,5", "12,25", "1,000,000", "12,500.5", "1 000", "101.325", "3,1415"]))
def test_other_forms_are_not_ambiguous(text):
    assert not ambiguous_comma(text)


def test_the_other_clause_settles_an_ambiguous_comma():
    mine = extract_indicators("Static pressure 101,325 kPa.")
    assert mine[0].value == 101325.0 and mine[0].decimal_comma == (101.325, None, None, None)
    (settled,) = settle_decimal_commas(mine, extract_indicators("静压 101.325 kPa。"), TB)
    assert settled.value == 101.325 and settled.normalized.value == 0.101325
    # The other side states the thousands reading, or nothing near either: the thousands reading stays.
    assert settle_decimal_commas(mine, extract_indicators("静压 101 325 kPa。"), TB) == tuple(mine)
    assert settle_decimal_commas(mine, extract_indicators("静压 50 kPa。"), TB) == tuple(mine)
    # A clause that writes a decimal comma elsewhere is read so at once, with nothing left to settle.
    (read,) = extract_indicators("Static pressure 101,325 kPa; tolerance ± 0,5 kPa.")
    assert read.value == 101.325 and read.decimal_comma is None


def test_ambiguous_commas_in_a_comparison():
    result = compare_clauses("额定电压为1.500 kV。", "The rated voltage is 1,500 kV.")
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT]
    result = compare_clauses("额定电压为1 500 V。", "The rated voltage is 1,500 V.")
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT]  # thousands, as the other side says


# ------------------------------------------------------------------ a negation belongs to the nearest bound word

_OWN_NEGATION = {"not more than": Comparator.MAX, "shall not exceed": Comparator.MAX, "not less than": Comparator.MIN,
                 "not exceeding": Comparator.MAX, "no less than": Comparator.MIN, "不超过": Comparator.MAX,
                 "不低于": Comparator.MIN, "不大于": Comparator.MAX, "不小于": Comparator.MIN}


@given(st.sampled_from(sorted(_OWN_NEGATION)), st.sampled_from(["items not listed below ", "products not named above ",
                                                                "foods not mentioned below ", "not over ", ""]))
def test_a_phrase_with_its_own_negation_is_not_turned_by_another(phrase, before):
    (found,) = extract_indicators(f"Moisture: {before}{phrase} 20 %.")
    assert found.comparator == _OWN_NEGATION[phrase] and found.value == 20.0


def test_a_negation_still_turns_the_bound_word_it_stands_before():
    assert extract_indicators("The gap shall not be less than 3 mm.")[0].comparator == Comparator.MIN
    assert extract_indicators("It shall not contain more than 5 mg/kg.")[0].comparator == Comparator.MAX


# ------------------------------------------------------------------ values side by side, dashes, designations


def test_a_dash_between_values_of_two_dimensions_is_no_range():
    found = extract_indicators("Motors, 6 poles: 30 kW – 92,9 %; 37 kW – 93,3 %.")
    assert [(i.value, i.unit) for i in found] == [(92.9, "%"), (93.3, "%")]
    assert [[c.text for c in i.conditions] for i in found] == [["30 kW"], ["37 kW"]]
    assert _kinds(extract_indicators("Ambient 5 °C – 40 °C.")) == [(Comparator.RANGE, None, 5.0, 40.0)]
    assert _kinds(extract_indicators("电阻 100 kΩ～1 000 MΩ。")) == [(Comparator.RANGE, None, 0.1, 1000.0)]


def test_a_spaced_dash_opening_a_list_item_is_no_minus_sign():
    found = extract_indicators("Oven temperatures: – 85 °C ± 2 °C, for covers; – 150 °C ± 3 °C, for bases.")
    assert [(i.value, i.tolerance) for i in found] == [(85.0, 2.0), (150.0, 3.0)]
    minus = extract_indicators("Operating range: between − 25 °C and + 55 °C.")
    assert _kinds(minus) == [(Comparator.RANGE, None, -25.0, 55.0)]


def test_a_bound_word_before_a_designation_is_the_designations():
    found = extract_indicators("Apply 1 500 V to cords of rated voltage up to and including 300/300 V and 2 000 V to "
                               "cords of rated voltage 300/500 V.")
    assert [(i.comparator, i.value) for i in found] == [(Comparator.EQUAL, 1500.0), (Comparator.EQUAL, 2000.0)]
    assert extract_indicators("Leakage current for class 2 not more than 0,25 mA.")[0].comparator == Comparator.MAX


def test_a_fused_chemical_name_keeps_its_bing():
    (found,) = extract_indicators("苯并[a]芘（以干基计）≤ 5 µg/kg。")
    assert found.parameter == "苯并[a]芘" and found.concept == "benzo_a_pyrene"
    assert extract_indicators("应清洗并干燥，残留 ≤ 0.1 %。")[0].parameter == "清洗 干燥, 残留"


# ------------------------------------------------------------------ pairing: the same value, and sums


def test_the_same_value_decides_between_two_near_limits():
    # (in the other order on the two sides, and without an encoder: only the values tell the pairs)
    result = compare_clauses("客车宽度限值为2 500 mm，冷藏客车宽度限值为2 550 mm。",
                             "Maximum width: refrigerated bodies 2,55 m; buses 2,50 m.")
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT, Verdict.CONSISTENT]
    assert [(p.domestic.value, p.international.value) for p in result.pairs] == [(2500.0, 2.5), (2550.0, 2.55)]


def test_a_sum_of_listed_substances_is_not_one_of_them():
    result = compare_clauses("苯并[a]芘限量：熏肉 5.0 µg/kg。",
                             "Smoked meat: benzo(a)pyrene 2,0 µg/kg; sum of benzo(a)pyrene, benz(a)anthracene, "
                             "benzo(b)fluoranthene and chrysene 5,0 µg/kg.")
    paired = [(p.domestic.value, p.international.value) for p in result.pairs if p.domestic and p.international]
    assert paired == [(5.0, 2.0)]
    assert result.pairs[0].verdict == Verdict.LOOSER


def test_numbered_documents_series_code_digits_and_cement_names_are_no_values():
    for text in ("Vehicles shall meet the requirements of UN Regulation No. 83 from the date of entry into force of the "
                 "06 series of amendments.",
                 "IP65: the first characteristic numeral is 6 and the second characteristic numeral is 5.",
                 "IP65表示尘密（第一位特征数字为6）和防喷水（第二位特征数字为5）。",
                 "The cement of this clause is CEM II/A-S 32,5 N.",
                 "The test cycle is that of GTR No. 2."):
        assert extract_indicators(text) == (), text
    assert [i.value for i in extract_indicators("Sample No. 3: lead ≤ 0,5 mg/kg.")] == [0.5]


# ------------------------------------------------------------------ rounding in another unit, by the digits written


def test_values_in_other_units_are_one_limit_only_within_the_digits_written():
    def verdict(d, i):
        (pair,) = compare_clauses(d, i).pairs
        return pair.verdict, pair.reason

    assert verdict("冲击力不应超过4 900 N。", "The impact force shall not exceed 500 daN.") == \
        (Verdict.STRICTER, "lower maximum")
    assert verdict("车宽不大于2 550 mm。", "Vehicle width: max. 2,60 m.") == (Verdict.STRICTER, "lower maximum")
    assert verdict("能量不大于295 kJ/100 mL。", "Energy: not more than 70 kcal/100 ml.") == \
        (Verdict.CONSISTENT, "same limit, rounded in another unit")
    assert verdict("车宽不大于2 600 mm。", "Vehicle width: max. 2,60 m.") == (Verdict.CONSISTENT, "same limit")


# ------------------------------------------------------------------ a range whose ends are restated in brackets


def test_a_range_of_restated_values_is_one_range_restated():
    (zh,) = extract_indicators("每100 mL能量应在210 kJ（50 kcal）～250 kJ（60 kcal）范围内。")
    assert (zh.comparator, zh.low, zh.high, zh.unit) == (Comparator.RANGE, 210.0, 250.0, "kJ/100 mL")
    assert zh.restated == ((None, 50.0, 60.0, "kcal/100 mL"),)
    (en,) = extract_indicators("Energy: 210 kJ (50 kcal) to 250 kJ (60 kcal) per 100 ml.")
    assert (en.low, en.high, en.unit, en.restated) == (210.0, 250.0, "kJ/100 ml", ((None, 50.0, 60.0, "kcal/100 ml"),))
    # a reference before the first bound holds for the second bound of the sentence too
    (bounds,) = extract_indicators("The product shall contain per 100 ml not less than 50 kcal (210 kJ) and not more "
                                   "than 60 kcal (250 kJ).")
    assert (bounds.comparator, bounds.low, bounds.high, bounds.unit) == (Comparator.RANGE, 50.0, 60.0, "kcal/100 ml")
    result = compare_clauses("每100 mL能量应在210 kJ（50 kcal）～250 kJ（60 kcal）范围内。",
                             "The product shall contain per 100 ml not less than 50 kcal (210 kJ) and not more than "
                             "60 kcal (250 kJ).")
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT]


def test_one_value_in_two_units_joined_by_or_is_one_limit():
    (found,) = extract_indicators("霉菌和酵母菌总数不得大于100 CFU/g或100 CFU/mL。")
    assert (found.comparator, found.value, found.unit) == (Comparator.MAX, 100.0, "CFU/g")
    assert found.restated == ((100.0, None, None, "CFU/mL"),)
    assert len(extract_indicators("铅 ≤ 1 mg/kg 或 2 mg/L。")) == 2  # two values: two limits
    result = compare_clauses("霉菌和酵母菌总数不得大于100 CFU/g或100 CFU/mL。",
                             "Yeast and mould count: ≤ 1 × 10² CFU per g or ml.")
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT]

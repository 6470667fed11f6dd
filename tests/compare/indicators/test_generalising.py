"""Constructions added to make the reader generalise (issue 12, second round): each alone, with examples written
for the test, then through the extractor or the pairing. Fast: no encoder."""

from __future__ import annotations

import math

from hypothesis import given, settings, strategies as st

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.extract import _names_no_quantity, extract_indicators
from compare.indicators.verdicts import compare_clauses
from compare.terms.termbase import load_termbase

TB = load_termbase()


def verdicts(domestic, international):
    return [(p.verdict, p.domestic and p.domestic.value, p.international and p.international.value)
            for p in compare_clauses(domestic, international).pairs]


# ------------------------------------------------------------------ a lone limit against several of its quantity


def test_a_lone_limit_holds_for_each_limit_of_its_quantity_on_the_other_side():
    # One domestic limit for all meat; the international one splits it by animal: both pair with it.
    got = verdicts("肉类中镉（以Cd计）不得超过0.1 mg/kg。",
                   "Cadmium – Meat of cattle: ML 0.05 mg/kg; Poultry meat: ML 0.05 mg/kg.")
    assert sorted(got) == [(Verdict.LOOSER, 0.1, 0.05), (Verdict.LOOSER, 0.1, 0.05)]
    # One grade per row at home, one minimum abroad: every grade is compared with it.
    got = verdicts("玉米质量指标：容重/(g/L)：1等 ≥ 760；2等 ≥ 740；3等 ≥ 650。",
                   "Test weight: maize 70 kg/hl minimum.")
    assert [v for v, _, _ in got] == [Verdict.STRICTER, Verdict.STRICTER, Verdict.LOOSER]


def test_a_lone_limit_is_not_shared_across_kinds_periods_or_other_items():
    # A maximum does not stand for a minimum of the same quantity.
    got = verdicts("额定剩余动作电流不大于30 mA。",
                   "Rated residual operating current not more than 30 mA; residual current at least 6 mA.")
    assert [v for v, _, _ in got] == [Verdict.CONSISTENT, Verdict.MISSING_DOMESTIC]
    # An annual mean does not stand for a quarterly one.
    got = verdicts("铅（Pb）年平均 0.5 µg/m³，季平均 1 µg/m³。", "Lead: guideline value 0.5 µg/m³ (annual average).")
    assert Verdict.MISSING_INTERNATIONAL in [v for v, _, _ in got]


def test_a_row_under_a_heading_keeps_the_headings_quantity():
    assert _names_no_quantity(TB, "2等") and _names_no_quantity(TB, "三级") and _names_no_quantity(TB, "class B")
    assert not _names_no_quantity(TB, "镉")
    rows = extract_indicators("水分含量/% ≤：早籼米 13.5；晚粳米 15.0。")
    assert [(r.concept, r.value) for r in rows] == [("moisture", 13.5), ("moisture", 15.0)]


# ------------------------------------------------------------------ a unit written once in a heading


def test_heading_units_in_more_spellings():
    from compare.indicators.extract import _unit_before

    assert _unit_before("示值允差/mL - 标称容量") == "mL"          # '/unit' before a dash
    assert _unit_before("最大允许误差（±mg）：") == "mg"            # a ± inside the brackets
    assert _unit_before("permissible errors (± δm in mg), nominal value ") == "mg"  # 'in unit' closing a bracket
    rows = extract_indicators("砝码的最大允许误差（±mg）：F1 2.5；F2 8；M1 25。")
    assert [(r.value, r.unit) for r in rows] == [(2.5, "mg"), (8.0, "mg"), (25.0, "mg")]


def test_a_heading_unit_ends_with_its_sentence_even_before_ph():
    found = extract_indicators("Conductivity, mS/m at 25 °C, max.: grade 1 0,02; grade 2 0,2. "
                               "pH value at 25 °C, range: grade 3 5,5 to 8,0.")
    ph = found[-1]
    assert (ph.comparator, ph.low, ph.high, ph.unit) == (Comparator.RANGE, 5.5, 8.0, "")


# ------------------------------------------------------------------ bounds that say when a limit holds


def _limits(text):
    return [(i.value, i.unit, sorted(c.text for c in i.conditions)) for i in extract_indicators(text)]


def test_a_bound_closed_by_when_is_the_condition_of_the_limit_after_it():
    assert _limits("跨度小于6 m时，梁高应不低于300 mm。") == [(300.0, "mm", ["6 m"])]
    # both bounds of a band, and a bound closed by 的 before a short noun
    found = _limits("跨度大于等于6 m并小于12 m时，梁高应不低于450 mm。")
    assert [v for v, _, _ in found] == [450.0] and len(found[0][2]) == 2
    assert [v for v, _, _ in _limits("厚度不大于4 mm的板材弯曲半径不小于8 mm。")] == [8.0]


def test_an_english_bound_opened_by_for_or_when_qualifies_its_limit():
    assert [v for v, _, _ in _limits("Rated time 2 h for In ≤ 32 A.")] == [2.0]
    assert [v for v, _, _ in _limits("± 4 % for temperatures from 5 °C to 40 °C and ± 6 % for temperatures "
                                      "greater than 40 °C.")] == [4.0, 6.0]
    # 'for at least six hours' is a duration, not a scope
    assert 6.0 in [v for v, _, _ in _limits("stored at 20 °C ± 5 °C for at least 6 h.")]


def test_a_value_closed_by_a_colon_keys_its_row():
    found = _limits("Rated load 630 kg: maximum available car area 1,66 m².")
    assert [(v, u) for v, u, _ in found] == [(1.66, "m²")] and found[0][2] == ["630 kg"]
    found = _limits("额定载重量630 kg的电梯，轿厢最大有效面积为1.66 m²。")
    assert [(v, u) for v, u, _ in found] == [(1.66, "m²")]
    # a bound closed by a comma heads a bound of another quantity
    assert [v for v, _, _ in _limits("厚度 ≥ 8 mm，≥ 1 500 N。")] == [1500.0]


def test_a_value_one_side_reads_as_a_condition_is_no_missing_limit():
    # The domestic clause states the size band as a range in a sentence of its own reading, the international one as
    # the scope of its limit: the band is no missing requirement, and the limits compare alone.
    result = compare_clauses("公称尺寸大于50 mm至80 mm，IT8的标准公差数值为46 μm。",
                             "For nominal sizes above 50 mm up to and including 80 mm, the standard tolerance for "
                             "grade IT8 is 46 µm.")
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT]
    # The same band read as a condition on both sides compares as one set of numbers.
    result = compare_clauses("公称尺寸大于50 mm至80 mm时，IT8的标准公差数值为46 μm。",
                             "For nominal sizes above 50 mm up to and including 80 mm, the standard tolerance for "
                             "grade IT8 is 46 µm.")
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT]
    # A different band is still a different condition.
    result = compare_clauses("公称尺寸大于30 mm至50 mm时，IT8的标准公差数值为46 μm。",
                             "For nominal sizes above 50 mm up to and including 80 mm, the standard tolerance for "
                             "grade IT8 is 46 µm.")
    assert [p.verdict for p in result.pairs] == [Verdict.DIFFERENT]


# ------------------------------------------------------------------ unequal deviations


def test_unequal_deviations_read_as_the_range_they_allow():
    def read(text):
        (ind,) = extract_indicators(text)
        return ind.comparator, ind.low, ind.high, ind.unit

    assert read("The groove depth shall be 2,0 mm + 0,5 / − 0 mm.") == (Comparator.RANGE, 2.0, 2.5, "mm")
    assert read("沟槽深度为2.0 mm，其偏差为+0.5 mm和0 mm。") == (Comparator.RANGE, 2.0, 2.5, "mm")
    assert read("孔径为12 mm（上偏差0，下偏差−0.5 mm）。") == (Comparator.RANGE, 11.5, 12.0, "mm")
    assert read("试验速度为40 km/h（允差+1 km/h，−0 km/h）。") == (Comparator.RANGE, 40.0, 41.0, "km/h")
    assert read("test speed 40 + 1/− 0 km/h.") == (Comparator.RANGE, 40.0, 41.0, "km/h")
    # a sum of substances is no deviation
    assert [i.value for i in extract_indicators("HC + NOx 170 mg/km")] == [170.0]


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=50),
       st.integers(min_value=0, max_value=50), st.sampled_from([".", ","]), st.sampled_from(["−", "-", "－"]))
@settings(max_examples=150, deadline=None)
def test_unequal_deviations_in_every_number_form(nominal, upper, lower, point, minus):
    def written(tenths):
        return f"{tenths // 10}{point}{tenths % 10}"

    text = f"Width {written(nominal * 10)} mm + {written(upper)} / {minus} {written(lower)} mm."
    (ind,) = extract_indicators(text)
    assert ind.comparator == Comparator.RANGE
    assert math.isclose(ind.low, nominal - lower / 10) and math.isclose(ind.high, nominal + upper / 10)


def test_a_multiple_of_a_reference_quantity_keeps_its_symbol():
    found = extract_indicators("瞬时脱扣范围：K型 8In～14In。约定脱扣电流1.3In。")
    assert [(i.comparator, i.low, i.high, i.value, i.unit) for i in found] == [
        (Comparator.RANGE, 8.0, 14.0, None, "× In"), (Comparator.EQUAL, None, None, 1.3, "× In")]
    (start,) = extract_indicators("The starting current is 0,005 Ib.")
    assert (start.value, start.unit, start.normalized.dimension) == (0.005, "× Ib", "multiple of Ib")
    # multiples of different quantities do not compare
    assert compare_clauses("启动电流为0.005Ib。", "The starting current is 0,005 In.").overall != Verdict.CONSISTENT


def test_a_limit_for_a_list_of_items_holds_for_each_item():
    from compare.indicators.verdicts import _listed_items

    assert _listed_items(extract_indicators("小空心制品、烹饪器皿/(mg/L) ≤ 0.5")[0]) == (2, False)
    assert _listed_items(extract_indicators("其他蔬菜 0.05 mg/kg")[0])[1]
    # Items the termbase does not know pair by the same value of the same quantity, as many as the list names.
    result = compare_clauses("铅迁移量：小空心制品、烹饪器皿/(mg/L) ≤ 0.5；扁平制品/(mg/dm²) ≤ 0.8。",
                             "Lead: cookware 0,5 mg/l; small hollowware 0,5 mg/l; flatware 0,8 mg/dm².")
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT] * 3
    # A third item at another value is not taken for the list.
    result = compare_clauses("铅迁移量：小空心制品、烹饪器皿/(mg/L) ≤ 0.5。",
                             "Lead: cookware 0,5 mg/l; small hollowware 0,5 mg/l; storage vessels 2,0 mg/l.")
    assert sorted(p.verdict for p in result.pairs) == sorted(
        [Verdict.CONSISTENT, Verdict.CONSISTENT, Verdict.MISSING_DOMESTIC])


def test_values_in_brackets_after_a_name_are_its_conditions():
    found = extract_indicators("吸光度（260 nm，2 cm光程）≤：一级 0.002。")
    assert [(i.value, sorted(c.text for c in i.conditions)) for i in found] == [(0.002, ["2 cm", "260 nm"])]
    # an exclusion or a bound in the brackets is no condition of this kind
    assert [i.value for i in extract_indicators("铅（以Pb计，10 mg/kg以下的产品除外）≤ 0.5 mg/kg")][-1] == 0.5
    # '30 mg/kg (0,003 %)' restates its value: no condition
    assert [c.text for i in extract_indicators("above 30 mg/kg (0,003 % by weight) in the articles")
            for c in i.conditions] == []


def test_a_condition_qualifies_the_limits_it_heads_or_trails():
    found = extract_indicators("Oxidation induction time at 210 °C: ≥ 25 min. Melt flow rate (190 °C, 2,16 kg): change ± 15 %.")
    assert [[c.text for c in i.conditions] for i in found] == [["210 °C"], ["190 °C", "2,16 kg"]]
    found = extract_indicators("the error is ± 1 % for temperatures from 5 °C to 25 °C and ± 2 % for temperatures greater "
                               "than 25 °C.")
    assert [(i.value, len(i.conditions)) for i in found] == [(1.0, 1), (2.0, 1)]


def test_a_band_written_in_two_units_reads_in_one():
    (ind,) = extract_indicators("电阻应在50 kΩ～10 MΩ之间。")
    assert (ind.low, ind.high, ind.unit) == (0.05, 10.0, "MΩ")
    (ind,) = extract_indicators("resistance greater than 50 kΩ and less than or equal to 10 MΩ.")
    assert (ind.comparator, ind.low, ind.high, ind.unit) == (Comparator.RANGE, 0.05, 10.0, "MΩ")


def test_footnote_marks_and_substance_bases():
    assert [i.parameter for i in extract_indicators("蛋白质a/(g/100 g) ≥ 2.5；脂肪b/(g/100 g) ≥ 3.0")] == ["蛋白质", "脂肪"]
    # a basis named by a substance reads the same in both languages, and another substance is another basis
    (zh,) = extract_indicators("山梨酸及其钾盐 — 果酱：最大使用量 1.0 g/kg（以山梨酸计）。")
    (en,) = extract_indicators("Sorbates – jams: maximum level 1 000 mg/kg (as sorbic acid).")
    assert zh.basis == en.basis or zh.basis is None  # known to the termbase or not at all, never two spellings
    (d,) = extract_indicators("苯甲酸及其钠盐 — 碳酸饮料：最大使用量 0.2 g/kg（以苯甲酸计）。")
    (i,) = extract_indicators("Benzoates – drinks: maximum level 250 mg/kg (as benzoic acid).")
    assert d.basis == i.basis  # the limit's own substance is no basis apart on either side
    # the form of the limit's own substance is no basis either: it is the concept's form
    (i,) = extract_indicators("Arsenic: husked rice, ML 0.35 mg/kg, expressed as inorganic arsenic.")
    assert "inorganic" not in (i.basis or "")
    assert extract_indicators("The ML applies as consumed: lead 0.01 mg/kg")[0].basis == "as consumed"


def test_the_basis_of_the_next_item_is_not_the_values_before_it():
    # '以N计' names the nitrate's basis; the fluoride before the comma is stated as itself
    fluoride, nitrate = extract_indicators("生活饮用水中氟化物为1.0 mg/L，硝酸盐（以N计）为10 mg/L。")
    assert (fluoride.value, fluoride.basis) == (1.0, None)
    assert (nitrate.value, nitrate.basis) == (10.0, "as N")
    fluoride, nitrate = extract_indicators("Fluoride 1,5 mg/l; nitrate 50 mg/l as nitrate ion.")
    assert fluoride.basis is None and nitrate.basis == "as NO3"


def test_a_bound_said_once_for_a_list_holds_for_each_value():
    found = extract_indicators("The factor shall be at least: a) 10 for two ropes; b) 14 for one rope.")
    assert [(i.comparator, i.value) for i in found] == [(Comparator.MIN, 10.0), (Comparator.MIN, 14.0)]
    found = extract_indicators("含量/(mg/L) ≤：一级 0.05，二级 0.5；")
    assert [(i.comparator, i.value) for i in found] == [(Comparator.MAX, 0.05), (Comparator.MAX, 0.5)]
    # values listed after one bound word share it and the first one's reference amount
    found = extract_indicators("代号A、B分别表示每100 g中含量不大于8 mL、4 mL。")
    assert [(i.comparator, i.value, i.unit) for i in found] == [
        (Comparator.MAX, 8.0, "mL/100 g"), (Comparator.MAX, 4.0, "mL/100 g")]
    # a number of another kind in brackets after the list's values is no limit of it
    found = extract_indicators("AQG level: annual 5 µg/m³ (99th percentile, i.e. 3–4 days per year).")
    assert [i.value for i in found if i.comparator == Comparator.MAX] == [5.0]


def test_a_ph_band_with_a_dash_is_a_range_and_a_name_said_again_shares_its_partner():
    (ph,) = extract_indicators("Discharge limits: pH 6 – 9.")
    assert (ph.comparator, ph.low, ph.high) == (Comparator.RANGE, 6.0, 9.0)
    assert extract_indicators("Items 6-8 apply.") == ()
    # A name the termbase does not know, repeated for each case, against one limit of the other side.
    got = verdicts("当跨距小于3 m时，挡板高度应不低于600 mm；跨距不小于3 m时，挡板高度应不低于800 mm。",
                   "The minimum height of the baffle shall be 700 mm.")
    assert sorted(v for v, _, _ in got) == sorted([Verdict.LOOSER, Verdict.STRICTER])


def test_subscripted_symbols_and_items_headed_by_a_bound():
    found = extract_indicators("proof stress Rp0,2 min. 640 MPa; A min. 12 %")
    assert [(i.value, i.unit) for i in found] == [(640.0, "MPa"), (12.0, "%")]
    found = extract_indicators("Vmax≥100 km/h的三轮摩托车：CO 2 000 mg/km，NOx 150 mg/km。")
    assert [(i.value, [c.text for c in i.conditions]) for i in found] == [
        (2000.0, ["100 km/h"]), (150.0, ["100 km/h"])]


def test_what_is_banned_above_a_value_makes_it_a_maximum():
    (ind,) = extract_indicators("Articles that release nickel at a rate greater than 0,5 µg/cm²/week shall not be "
                                "placed on the market.")
    assert (ind.comparator, ind.value) == (Comparator.MAX, 0.5)
    (ind,) = extract_indicators("Dyes listed in Appendix 7 above 20 mg/kg shall not be used.")
    assert (ind.comparator, ind.value) == (Comparator.MAX, 20.0)  # 'Appendix 7' is a reference, no value
    (ind,) = extract_indicators("Protein: not less than 2,9 g/100 g.")
    assert ind.comparator == Comparator.MIN


def test_a_number_of_things_required_at_least_in_words():
    (ind,) = extract_indicators("The sample shall show at least four complete cycles.")
    assert (ind.comparator, ind.value) == (Comparator.MIN, 4.0)
    assert extract_indicators("at least one of the following applies") == ()
    # 'not more than nine seats' describes a vehicle: no count is read from it
    assert extract_indicators("vehicles having not more than nine seats") == ()


def test_a_long_one_sentence_table_of_conditions_is_read_in_reasonable_time():
    # Each limit is compared with each condition by sentence index, not by searching the text between them.
    found = extract_indicators("密度（20 ℃）≤ 0.8 g/mL，" * 150)
    assert len(found) == 150 and all(len(i.conditions) >= 1 for i in found)


def test_deviations_written_apart_from_their_nominal_read_as_the_range_they_allow():
    def read(text):
        return [(i.comparator, i.low, i.high, i.unit) for i in extract_indicators(text)]

    # the deviations as the span they allow, after a comma and a deviation word
    assert read("外部长度为12 192 mm，公差为0 mm～-10 mm。") == [(Comparator.RANGE, 12182.0, 12192.0, "mm")]
    assert read("碰撞速度为56 km/h，速度偏差为0～+1 km/h。") == [(Comparator.RANGE, 56.0, 57.0, "km/h")]
    # after a slash a zero deviation needs no sign, and the lower one may come first
    assert read("The water flow rate shall be 3 +0,5/0 mm/min.") == [(Comparator.RANGE, 3.0, 3.5, "mm/min")]
    assert read("The speed at impact shall be 56 −0/+1 km/h.") == [(Comparator.RANGE, 56.0, 57.0, "km/h")]
    assert read("External length (mm, tolerance): 12 192 0/−10.") == [(Comparator.RANGE, 12182.0, 12192.0, "mm")]
    # the nominal and its deviations in brackets, the unit after them
    assert read("滴水量为（1 +0.5/0）mm/min。") == [(Comparator.RANGE, 1.0, 1.5, "mm/min")]


def test_unsigned_pairs_are_no_deviations():
    from compare.indicators.extract import signed_deviations

    assert signed_deviations("+0,5", "0", slash=True) == (0.5, -0.0)
    assert signed_deviations("0", "-10", slash=True) == (0.0, -10.0)
    assert signed_deviations("-0", "+1", slash=True) == (-0.0, 1.0)
    assert signed_deviations("5", "10", slash=True) is None  # '5/10': a ratio or a rating, no deviations
    assert signed_deviations("+5", "3", slash=True) is None  # a non-zero deviation without its sign
    assert signed_deviations("+5", "0") is None  # '+5, 0' in a list: no slash, no deviation word
    # a span of deviations ('偏差为0～+1') names no list of two values either
    assert [i.value for i in extract_indicators("温度为25 ℃，30 ℃～40 ℃。") if i.value is not None] == [25.0]

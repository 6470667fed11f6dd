"""Values that are not bounds (nominal, rated, approximate) and limits of a group of substances against one member:
'different', never stricter or looser. Clause pairs written for these tests, in other fields and both languages."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.verdicts import compare_clauses


def pairs(domestic, international):
    result = compare_clauses(domestic, international)
    return result.overall, [(p.verdict, p.domestic and p.domestic.value, p.international and p.international.value,
                             p.reason) for p in result.pairs]


# ------------------------------------------------------------------------- a group of substances and one member


def test_a_group_limit_against_one_member_is_another_residue_definition():
    overall, found = pairs("磺胺类药物在鸡肉中的最大残留限量为100 µg/kg。", "Sulfadiazine, chicken meat: 100 µg/kg.")
    assert overall == Verdict.DIFFERENT
    assert [(v, d, i) for v, d, i, _ in found] == [(Verdict.DIFFERENT, 100.0, 100.0)]
    assert "residue definition" in found[0][3]
    # the other way round, another group, another food
    overall, found = pairs("牛奶中土霉素的最大残留限量为100 µg/kg。", "Tetracyclines, milk: MRL 100 µg/kg.")
    assert overall == Verdict.DIFFERENT and found[0][0] == Verdict.DIFFERENT


def test_a_group_limit_is_never_stricter_or_looser_than_a_members():
    overall, found = pairs("牛奶中土霉素的最大残留限量为50 µg/kg。", "Tetracyclines, milk: MRL 100 µg/kg.")
    assert [v for v, *_ in found] == [Verdict.DIFFERENT]


def test_one_member_named_on_both_sides_is_compared_as_usual():
    assert pairs("牛奶中土霉素的最大残留限量为100 µg/kg。", "Oxytetracycline, milk: MRL 100 µg/kg.")[0] \
        == Verdict.CONSISTENT
    # another name of the same drug (sulfamethazine = sulfadimidine), another unit
    assert pairs("猪肉中磺胺二甲嘧啶不得超过0.1 mg/kg。", "Sulfamethazine in pig muscle: maximum 100 µg/kg.")[0] \
        == Verdict.CONSISTENT


# ------------------------------------------------------------------------------------- nominal and rated values


def test_two_nominal_values_that_differ_are_another_required_value():
    overall, found = pairs("单相插座额定电流 10 A。", "Rated current of the socket-outlet: 16 A.")
    assert [(v, d, i) for v, d, i, _ in found] == [(Verdict.DIFFERENT, 10.0, 16.0)]
    overall, found = pairs("管道公称直径 50 mm。", "Nominal diameter of the pipe: 65 mm.")
    assert [v for v, *_ in found] == [Verdict.DIFFERENT]


def test_the_same_nominal_value_is_consistent():
    assert pairs("额定电压 250 V。", "Rated voltage 250 V.")[0] == Verdict.CONSISTENT


def test_bare_values_of_a_limited_quantity_still_read_as_maxima():
    assert pairs("铜含量 1.0 mg/L。", "Copper 2 mg/L.")[0] == Verdict.STRICTER


def test_a_rated_value_that_is_only_the_condition_keeps_the_limit_a_limit():
    # '额定电压…' names the cables the test voltage is for; the value is a test voltage, a floor by nature.
    overall, found = pairs("额定电压450/750 V的电缆，成品电缆应经受 2500 V 电压试验。",
                           "Cables of rated voltage 450/750 V: test voltage 3 000 V.")
    assert all(v != Verdict.DIFFERENT or "another required value" not in reason for v, _, _, reason in found)


# ---------------------------------------------------------------------------------------- approximate values


def test_an_approximate_value_does_not_take_the_kind_of_a_bound():
    overall, found = pairs("试验时从约0.5 m高处自由落下。", "The sample is dropped from a height of at least 0,6 m.")
    assert [(v, d, i) for v, d, i, _ in found] == [(Verdict.DIFFERENT, 0.5, 0.6)]
    overall, found = pairs("The sample is dropped from a height of approximately 1 m.", "样品从不小于1 m的高度跌落。")
    assert [v for v, *_ in found] == [Verdict.DIFFERENT]


def test_a_plain_value_against_a_bound_still_takes_its_kind():
    assert pairs("样品从1 m高处跌落。", "The sample is dropped from a height of at least 0,6 m.")[0] == Verdict.STRICTER


def test_two_approximate_values_compare_as_values():
    assert pairs("施加时间约10 s。", "The force is applied for approximately 10 s.")[0] == Verdict.CONSISTENT


# ------------------------------------------------------------------------------------- ceilings by nature


def test_a_quantity_limited_from_above_is_a_maximum_whatever_the_wording():
    # '为' / 'is' on both sides: no bound word, yet a leakage current, a contaminant and a glare rating are ceilings.
    overall, found = pairs("Ⅰ类器具的泄漏电流为0.75 mA。", "For class I appliances the leakage current is 0.5 mA.")
    assert [(v, d, i) for v, d, i, _ in found] == [(Verdict.LOOSER, 0.75, 0.5)]
    overall, found = pairs("大米中镉的限量为0.2 mg/kg。", "The maximum level for cadmium in polished rice is 0.4 mg/kg.")
    assert [(v, d, i) for v, d, i, _ in found] == [(Verdict.STRICTER, 0.2, 0.4)]
    overall, found = pairs("教室：UGR 19。", "Classrooms: UGRL 22.")
    assert [(v, d, i) for v, d, i, _ in found] == [(Verdict.STRICTER, 19.0, 22.0)]


def test_a_colour_rendering_index_named_by_its_symbol_is_a_floor():
    # 'Ra' alone, with no unit: the general colour rendering index, a minimum whatever the wording
    overall, found = pairs("阅览室：照度300 lx，Ra 80。", "Reading rooms: Em 500 lx, Ra 90.")
    assert [(v, d, i) for v, d, i, _ in found][-1] == (Verdict.LOOSER, 80.0, 90.0)
    assert pairs("Ra 90。", "Ra 80.")[0] == Verdict.STRICTER
    # a roughness written 'Ra' carries its unit, and is no such floor
    assert pairs("表面粗糙度Ra 1.6 µm。", "Surface roughness Ra 3,2 µm.")[0] != Verdict.LOOSER


def test_floors_and_nominal_values_keep_their_reading():
    assert pairs("试验电压为 1 250 V。", "The test voltage is 1 000 V.")[0] == Verdict.STRICTER
    assert pairs("额定电压为 250 V。", "The rated voltage is 230 V.")[0] == Verdict.DIFFERENT

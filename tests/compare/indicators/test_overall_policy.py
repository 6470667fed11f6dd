"""Pairing and the overall verdict, ninth round: the encoder only weighs a pair, and readings the reader is
unsure of with nothing to pair do not decide a clause. Clause pairs written for these tests (other fields, both
languages)."""

from __future__ import annotations

import numpy as np

from compare.core.vocabulary import Verdict
from compare.indicators.verdicts import NameVectors, compare_clauses


class ApartEncoder:
    """Vectors that point apart for any Chinese and any English name (cosine -0.6): what a multilingual
    encoder can give two names of one quantity written very differently."""

    def encode(self, texts, role="document"):
        return np.array([[0.6, 0.8] if any("\u4e00" <= ch <= "\u9fff" for ch in t) else [-1.0, 0.0]
                         for t in texts], dtype=np.float32)


def test_names_whose_vectors_point_apart_still_pair_by_unit_and_value():
    vectors = NameVectors(ApartEncoder())
    result = compare_clauses("试样盘内径为90 mm，盘深为15 mm。", "Sample dish: inside diameter 90 mm, depth 15 mm.",
                             vectors=vectors)
    assert vectors.encoded > 0  # the encoder was asked: two limits of one dimension on each side
    assert result.overall == Verdict.CONSISTENT
    assert sorted((p.domestic.value, p.international.value) for p in result.pairs) == [(15, 15), (90, 90)]


def test_the_encoder_weighs_but_never_leaves_two_limits_apart():
    result = compare_clauses("Conveyor belt: width 650 mm; edge distance 40 mm.", "输送带带宽650 mm，边距50 mm。",
                             vectors=NameVectors(ApartEncoder()))
    assert sorted((p.domestic.value, p.international.value) for p in result.pairs) == [(40, 50), (650, 650)]


# A reading that names nothing, states no word of limit and no known quantity ('230 V' and '50 Hz' after a limit),
# facing nothing on the other side, is no requirement the other clause lacks: it goes back to the unread numbers.
def test_an_unsure_reading_with_nothing_to_pair_does_not_make_a_clause_different():
    result = compare_clauses("Dishwasher: water consumption per cycle max. 11 L; 230 V; 50 Hz.",
                             "洗碗机每个洗涤周期的耗水量不大于11 L。")
    assert result.overall == Verdict.CONSISTENT
    assert [(p.domestic.value, p.international.value) for p in result.pairs] == [(11, 11)]
    assert result.unread_domestic[-2:] == ("230 V", "50 Hz")
    assert any("50 Hz read with confidence 0.35" in note and "not compared" in note for note in result.notes)
    result = compare_clauses("冰箱耗电量不大于0.8 kWh/24 h，220 V，50 Hz。",
                             "Refrigerator energy consumption: not more than 0,9 kWh/24 h.")
    assert result.overall == Verdict.STRICTER and len(result.pairs) == 1
    assert "220 V" in result.unread_domestic and "50 Hz" in result.unread_domestic


def test_a_sure_one_sided_limit_still_makes_a_clause_different():
    # A named limit with a word of limit that the other clause lacks is a missing requirement, as before.
    result = compare_clauses("热水器额定容量为60 L，升温时间不大于3 h。", "Water heater: rated capacity 60 l.")
    assert result.overall == Verdict.DIFFERENT
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT, Verdict.MISSING_INTERNATIONAL]
    # A clause whose only readings are unsure ones, facing no indicator, compares nothing.
    result = compare_clauses("Kitchen hood: 230 V, 50 Hz.", "吸油烟机应标明额定电压和额定频率。")
    assert result.pairs == ()


# An averaging period written after a limit's value is that limit's: a 1-hour mean pairs with a 1-hour mean.
def test_a_period_after_the_value_belongs_to_its_limit():
    def pairs(domestic, international):
        return [(p.verdict, p.domestic and p.domestic.value, p.international and p.international.value)
                for p in compare_clauses(domestic, international).pairs]

    assert pairs("臭氧 ≤ 0.16 mg/m³（8 h平均）；≤ 0.20 mg/m³（1 h平均）。", "Ozone: 100 µg/m³ — 8-hour mean.") == [
        (Verdict.LOOSER, 0.16, 100), (Verdict.MISSING_INTERNATIONAL, 0.2, None)]
    assert pairs("Carbon monoxide: 10 mg/m³ 8-hour average; 35 mg/m³ 1-hour average.", "一氧化碳（CO）1 h平均 10 mg/m³。") \
        == [(Verdict.LOOSER, 35, 10), (Verdict.MISSING_INTERNATIONAL, 10, None)]
    result = compare_clauses("甲醛 ≤ 0.10 mg/m³（1 h平均）。", "Formaldehyde: 0,1 mg/m³ — 30-minute average.")
    assert result.pairs[0].reason == "another averaging period: period 1h vs period 0.5h"


# Two unpaired limits, one on each side, stating the same value in one dimension are one requirement even when the
# termbase read unrelated concepts in their names; two substances at the same value stay two limits.
def test_the_same_value_left_on_both_sides_pairs_whatever_the_concepts(tmp_path):
    from compare.terms.termbase import load_termbase

    terms = tmp_path / "terms.csv"
    terms.write_text("concept,parent,field,role,zh,en\nring_stiffness,,pipes,,环刚度,ring stiffness\n"
                     "ring_flexibility,,pipes,,环柔度,ring flexibility\n", encoding="utf-8")
    termbase = load_termbase(str(terms))
    result = compare_clauses("排水管的环刚度不小于8 kN/m²，环柔度试验时管壁变形不大于30 %。",
                             "Drain pipes: ring flexibility min. 8 kN/m²; wall deflection at most 30 %.", termbase=termbase)
    assert result.overall == Verdict.CONSISTENT
    assert sorted((p.domestic.value, p.international.value) for p in result.pairs) == [(8, 8), (30, 30)]
    result = compare_clauses("饮用水中汞不得超过0.001 mg/L。", "Drinking water: cadmium, 0.001 mg/l maximum.")
    assert [p.verdict for p in result.pairs] == [Verdict.MISSING_INTERNATIONAL, Verdict.MISSING_DOMESTIC]


# Tenth round. A one-sided reading whose number the other clause writes too, outside the limits compared there, is
# no requirement the other clause was shown to lack: listed, judged missing, but the overall verdict does not rest on
# it. A limit whose number the other clause writes only in a compared limit of another quantity still counts.
def test_a_number_the_other_clause_writes_too_does_not_decide_the_overall_verdict():
    result = compare_clauses("开关应能承受10 000次操作循环，每个循环操作6次；端子温升不超过45 K。",
                             "The switch shall withstand 10 000 operating cycles at a rate of 6 cycles per minute; "
                             "terminal temperature rise: max. 45 K.")
    assert result.overall == Verdict.CONSISTENT and result.score == 100.0
    # (the 10 000 operating cycles are read on both sides since the twenty-fourth round, and agree)
    assert [(p.verdict, p.counted) for p in result.pairs] == [
        (Verdict.CONSISTENT, True), (Verdict.CONSISTENT, True), (Verdict.MISSING_INTERNATIONAL, False),
        (Verdict.MISSING_DOMESTIC, False)]
    assert result.to_dict()["indicators"][2]["counted"] is False and "counted" not in result.to_dict()["indicators"][0]
    assert any(note.startswith("domestic: 6 次") and "writes 6 too: not counted" in note for note in result.notes)
    result = compare_clauses("Operating cycles: 6 per minute; terminal temperature rise max. 45 K.",
                             "开关操作频率为6次，端子温升不超过45 K。")
    assert result.overall == Verdict.CONSISTENT
    # read as a rate on both sides, the two pair and agree
    result = compare_clauses("开关应能承受10 000次操作循环，每分钟6次；端子温升不超过45 K。",
                             "The switch shall withstand 10 000 operating cycles at a rate of 6 cycles per minute; "
                             "terminal temperature rise: max. 45 K.")
    assert [(p.verdict, p.counted) for p in result.pairs] == [(Verdict.CONSISTENT, True)] * 3  # (with the 10 000 cycles)


def test_a_limit_the_other_clause_lacks_still_makes_a_clause_different():
    # The other clause writes 0.2 only as the value of a limit compared with another (lead with lead).
    result = compare_clauses("面粉中铅不得超过0.2 mg/kg，镉不得超过0.2 mg/kg。", "Flour: lead, maximum level 0.2 mg/kg.")
    assert result.overall == Verdict.DIFFERENT
    assert [(p.verdict, p.counted) for p in result.pairs] == [(Verdict.CONSISTENT, True),
                                                              (Verdict.MISSING_INTERNATIONAL, True)]
    # The other clause does not write the number at all.
    result = compare_clauses("Flour: lead, maximum level 0.2 mg/kg; cadmium 0.1 mg/kg.", "面粉中铅不得超过0.2 mg/kg。")
    assert result.overall == Verdict.DIFFERENT and all(p.counted for p in result.pairs)


def test_written_numbers_reads_commas_both_ways_and_numerals_in_words():
    from compare.indicators.verdicts import written_numbers

    assert sorted({v for v, *_ in written_numbers("1,500 kg; 0,5 %")}) == [0.5, 1.5, 1500]
    assert {v for v, *_ in written_numbers("放置六个月后 three months later, −4 %")} == {6, 3, 4}


# One value of one quantity read as a maximum on one side and a minimum on the other is one requirement whose words
# were read apart (a negation: 'shall not … of less than'): consistent, with a reason that asks to check the wording.
# Different values keep the two kinds apart.
def test_one_value_read_as_a_maximum_and_as_a_minimum_is_one_limit_to_check():
    for domestic, international in (("阀门的开启力矩应不小于5 N·m。", "The valve shall not open at a torque of less than 5 N·m."),
                                    ("安全带织带断裂强力不小于14.7 kN。",
                                     "The webbing shall not break under a load of less than 14,7 kN.")):
        result = compare_clauses(domestic, international)
        assert result.overall == Verdict.CONSISTENT
        (pair,) = result.pairs
        assert {pair.domestic.comparator, pair.international.comparator} == {"max", "min"}
        assert pair.reason.startswith("same value, read as a maximum on one side and a minimum on the other")
    result = compare_clauses("安全带织带断裂强力不小于14.7 kN。", "Webbing breaking strength: max. 15 kN.")
    assert [(p.verdict, p.reason) for p in result.pairs] == [(Verdict.DIFFERENT, "another kind of limit: min vs max")]


# A limit stated once for a list of substances ('X和Y均…') holds for each: a limit of the other clause naming one of
# them pairs with it even when the reader took the list's concept from the last one named. A substance the list
# does not name stays without a partner.
def test_a_limit_for_a_list_of_substances_pairs_with_each_of_them():
    def pairs(domestic, international):
        return sorted((p.verdict, p.international and p.international.concept)
                      for p in compare_clauses(domestic, international).pairs)

    assert pairs("污泥中锌含量和镍含量（以干基计）均不大于50 mg/kg。",
                 "Sludge: zinc content, mg/kg of dry matter, max. 50; nickel content, mg/kg of dry matter, max. 50.") \
        == [(Verdict.CONSISTENT, "nickel"), (Verdict.CONSISTENT, "zinc")]
    assert pairs("Copper content and zinc content (on dry basis): each not more than 30 mg/kg.",
                 "铜含量（干基）不大于30 mg/kg；锌含量（干基）不大于30 mg/kg。") \
        == [(Verdict.CONSISTENT, "copper"), (Verdict.CONSISTENT, "zinc")]
    assert pairs("颜料中铅含量和镉含量（以干膜计）均不得超过90 mg/kg。",
                 "Cadmium content, max. 90 mg/kg of dry film; chromium content, max. 90 mg/kg of dry film.") \
        == [(Verdict.CONSISTENT, "cadmium"), (Verdict.MISSING_DOMESTIC, "chromium")]


def test_one_value_read_as_a_maximum_and_a_minimum_is_not_crossed_with_another_limit():
    # '中断作业3个月以上的，应重新培训' (a minimum, read from the consequence) against 'an interruption of not more than three
    # months is permitted' (a maximum): the two 3-month limits pair, the two validity periods pair.
    for domestic, international in (
            ("操作证有效期为5年。中断作业3个月以上的，应重新培训。",
             "The licence remains valid for four years; an interruption of not more than three months is permitted."),
            ("Calibration interval: 2 years. Instruments out of use for more than 6 months shall be recalibrated.",
             "校准周期为1年；停用不超过6个月的仪器可直接使用。")):
        pairs = compare_clauses(domestic, international).pairs
        assert sorted((p.domestic.unit in ("年", "years"), p.international.unit in ("年", "years")) for p in pairs) \
            == [(False, False), (True, True)]
        assert [p.reason for p in pairs if p.domestic.unit not in ("年", "years")][0].startswith("same value, read as")


# What a clause writes in brackets straight after a compared value restates it in another unit or states the
# condition it holds under: no requirement of its own that the other clause lacks.
def test_a_value_in_brackets_after_a_compared_one_is_not_counted():
    result = compare_clauses("织物透气率不大于50 mm/s。", "Air permeability: max. 50 mm/s (test area 20 cm²).")
    assert result.overall == Verdict.CONSISTENT
    (aside,) = [p for p in result.pairs if not p.counted]
    assert aside.verdict == Verdict.MISSING_DOMESTIC and "in brackets" in " ".join(result.notes)


def test_a_list_item_in_brackets_is_still_a_requirement():
    result = compare_clauses("镍：50 mg/kg；铬：100 mg/kg",
                             "nickel: 50 mg/kg; (b) chromium: 100 mg/kg (c) lead: 3 mg/kg")
    assert result.overall == Verdict.DIFFERENT and all(p.counted for p in result.pairs)


def test_bracketed_after_reads_only_brackets_opened_straight_after_a_value():
    from compare.indicators.extract import extract_indicators
    from compare.indicators.verdicts import bracketed_after

    text = "Air permeability: max. 50 mm/s (test area 20 cm²); bursting strength 300 kPa; (b) mass 200 g/m²"
    permeability, area, bursting, mass = extract_indicators(text)
    assert bracketed_after(area, permeability, text)
    assert not bracketed_after(bursting, area, text) and not bracketed_after(mass, bursting, text)
    assert not bracketed_after(permeability, area, text)

"""Numbers a clause writes that are no requirement of their own, and must not be read as one: the name of the band a
limit is stated for, a count that opens the next statement, the order of a harmonic."""

from __future__ import annotations

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.constructions import CONDITION_MARK, without_condition_names
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import (buffer_of_its_ph, compare_clauses, describes_an_item, plane_at_its_height,
                                         restated_in_brackets, part_of_a_substance_name, assumed_for_a_calculation,
                                         ClauseComparison, IndicatorPair, count_established, overall_and_score,
                                         ratio_in_per_cent)
from compare.terms.termbase import load_termbase

TB = load_termbase()


def _readings(text: str) -> list[tuple[str, str, float | None, float | None, float | None, str]]:
    return [(ind.parameter, ind.comparator, ind.value, ind.low, ind.high, ind.unit) for ind in extract_indicators(text)]


def test_the_name_of_a_condition_is_dropped_from_the_words_before_a_limit():
    assert without_condition_names(f"燃烧器的热效率，温度为{CONDITION_MARK}为", TB).split() == ["燃烧器的热效率，", "为", "为"]
    assert without_condition_names(f"leakage current, voltage = {CONDITION_MARK}: ", TB).split() == [
        "leakage", "current,", "=", ":"]
    # a name with nothing between it and the condition is the limit's own ('plate count at 30 °C (per ml) ≤ …')
    assert without_condition_names(f"plate count {CONDITION_MARK} (per ml) ", TB).split() == ["plate", "count", "(per",
                                                                                              "ml)"]
    assert without_condition_names("燃烧器的热效率为", TB) == "燃烧器的热效率为"


def test_a_limit_stated_for_a_band_of_a_condition_is_read_once_under_its_own_name():
    # the condition's quantity ('温度', '电压') is not one more quantity sharing the limit's value
    readings = extract_indicators("燃烧器的热效率，温度为10 ℃～30 ℃时为85 %。")
    assert [(r.parameter, r.concept, r.value, r.unit) for r in readings] == [("燃烧器 热效率", "efficiency", 85.0, "%")]
    assert [c.text for c in readings[0].conditions] == ["10 ℃～30 ℃"]
    readings = extract_indicators("泄漏电流，电压为198 V～242 V时为0.5 mA。")
    assert [(r.concept, r.value, r.unit) for r in readings] == [("leakage_current", 0.5, "mA")]
    # a list of two quantities still shares its value
    assert [r.concept for r in extract_indicators("镉和汞均不得超过0.01 mg/L。")] == ["cadmium", "mercury"]


def test_a_count_that_opens_the_next_statement_takes_no_bound_of_the_list_before_it():
    # '两次冲击间隔': the interval between two strikes, named by the count; not 'at least 2 strikes'
    assert _readings("试样至少冲击5次，两次冲击间隔不少于10 s。") == [
        ("试样 冲击", Comparator.MIN, 5.0, None, None, "次"), ("2次冲击间隔", Comparator.MIN, 10.0, None, None, "s")]
    assert _readings("称量不少于3次，两次称量结果之差不大于0.2 mg。") == [
        ("称量", Comparator.MIN, 3.0, None, None, "次"), ("2次称量结果之差", Comparator.MAX, 0.2, None, None, "mg")]
    # a value listed after the bound, with a bound word or nothing after it, takes the bound
    assert [(r.comparator, r.value) for r in extract_indicators("每批至少抽取3个、5个以上更好。")] == [
        (Comparator.MIN, 3.0), (Comparator.MIN, 5.0)]


def test_the_order_of_a_harmonic_is_no_value():
    assert _readings("谐波电流：3次谐波不超过2.3 A，5次至7次谐波不超过1.1 A。") == [
        ("谐波电流:3次谐波", Comparator.MAX, 2.3, None, None, "A"), ("5次至7次谐波", Comparator.MAX, 1.1, None, None, "A")]
    assert [(r.value, r.unit) for r in extract_indicators("电压总谐波畸变率不大于5 %，2～25次谐波电压含有率不大于3 %。")] == [
        (5.0, "%"), (3.0, "%")]


def test_the_order_of_a_harmonic_after_its_parity_or_after_the_word_is_no_value():
    # thirty-eighth round (fixrange38): '4次～12次奇次谐波' names odd harmonics of a band of orders, as '4次～12次谐波' does;
    # in English the order follows the word, 'for harmonic of order 5', 'for odd harmonics of order from 15 to 39'
    assert [(r.value, r.low, r.unit) for r in extract_indicators("电压谐波含有率：3次谐波1.5 %；4次～12次奇次谐波0.6 %。")] == [
        (1.5, None, "%"), (0.6, None, "%")]
    read = extract_indicators("The voltage harmonic content shall not exceed 1,5 % for harmonic of order 3 and 0,6 % for "
                              "odd harmonics of order from 15 to 39.")
    assert [(r.comparator, r.value, r.unit) for r in read] == [(Comparator.MAX, 1.5, "%"), (Comparator.MAX, 0.6, "%")]


def test_the_whole_name_of_a_condition_is_dropped():
    # '试验温度', not '温度' alone with '试验' left over as the limit's name
    readings = extract_indicators("燃烧器的热效率，试验温度为10 ℃～30 ℃时为85 %。")
    assert [(r.parameter, r.concept) for r in readings] == [("燃烧器 热效率", "efficiency")]
    assert without_condition_names(f"炉子的效率，试验温度为{CONDITION_MARK}为", TB).split() == ["炉子的效率，", "为", "为"]


def test_a_case_stated_for_one_value_replaces_the_heading_of_its_quantity():
    # '（如0 ℃时为80 %）': the 80 % holds at 0 ℃, not at the 40 ℃ the sentence opened with
    readings = extract_indicators("最高温度为45 ℃时，电池容量不低于额定容量的95 %，温度低时容量允许降低（如0 ℃时为80 %）。")
    assert [(r.value, [c.text for c in r.conditions]) for r in readings] == [(95.0, ["45 ℃"]), (80.0, ["0 ℃"])]
    readings = extract_indicators("最高车速为120 km/h时，制动距离不大于50 m，车速低时距离更短（如60 km/h时为20 m）。")
    assert [(r.value, [c.text for c in r.conditions]) for r in readings] == [(50.0, ["120 km/h"]), (20.0, ["60 km/h"])]
    # a heading of the sentence with no case of its quantity after it still holds for every limit
    readings = extract_indicators("环境温度为35 ℃时，电池容量不低于95 %，内阻不大于20 mΩ。")
    assert [[c.text for c in r.conditions] for r in readings] == [["35 ℃"], ["35 ℃"]]


def test_a_numbered_segment_is_a_designation():
    # 'segment 2' names a segment of a comparator, as 'class 2' names a class: no value, whatever words come before
    assert [(r.comparator, r.value, r.low, r.high) for r in extract_indicators(
        "Grade fine: profiles equal to segment 1 and up to but excluding segment 2 (25 µm to 60 µm).")] == [
        (Comparator.RANGE, None, 25.0, 60.0)]
    # with a unit after it, it is a value ('segment 5 mm long')
    assert [r.value for r in extract_indicators("Each segment 5 mm long.")] == [5.0]


def test_the_height_of_a_plane_is_no_requirement_the_other_clause_lacks():
    # ('参考平面及其高度为0.75 m水平面' is read as the basis of the limits: references.plane_reference, test_references.py)
    result = compare_clauses("工作台：0.8 m高的工作面，照度标准值300 lx。", "Work benches: maintained illuminance 300 lx.")
    assert result.overall == Verdict.CONSISTENT
    assert [(p.verdict, p.counted) for p in result.pairs] == [(Verdict.CONSISTENT, True),
                                                               (Verdict.MISSING_INTERNATIONAL, False)]
    assert [plane_at_its_height(ind, "工作台：0.8 m高的工作面，照度300 lx") for ind in
            extract_indicators("工作台：0.8 m高的工作面，照度300 lx")] == ["工作面", ""]
    # a limit on a height is a requirement ('高度不小于0.75 m')
    result = compare_clauses("护栏高度不小于1.05 m，照度不低于50 lx。", "Illuminance at least 50 lx.")
    assert result.overall == Verdict.DIFFERENT


def test_a_numbered_zone_is_a_designation():
    # '1区', '2区' name zones (of a bathroom, of a hazardous area) as '1类' names a class
    assert [(r.value, r.unit) for r in extract_indicators("浴室1区的上限为地面以上2.25 m；2区为自1区边界向外延伸0.6 m的区域。")] == [
        (2.25, "m"), (0.6, "m")]
    assert [r.value for r in extract_indicators("危险场所：0区至少IP66，1区和2区至少IP54。")] == []
    # '区间', '区域' after a number are no zone ('在0～200区间内')
    assert [(r.low, r.high) for r in extract_indicators("读数应在0～200区间内。")] == [(0.0, 200.0)]


def test_a_value_restated_in_brackets_by_its_counterpart_is_one_requirement():
    result = compare_clauses("冲击锤质量(500±5)g。", "Hammer weight: 4,90 N ± 0,05 N (500 g ± 5 g).")
    assert result.overall == Verdict.CONSISTENT
    assert sorted((p.verdict, p.counted) for p in result.pairs) == [(Verdict.CONSISTENT, True),
                                                                    (Verdict.MISSING_DOMESTIC, False)]
    text = "Hammer weight: 4,90 N ± 0,05 N (500 g ± 5 g)."
    force, mass = extract_indicators(text)
    assert restated_in_brackets(force, mass, text) and not restated_in_brackets(mass, force, text)
    # a bracketed limit with a name of its own leaves the value before it a requirement of its own
    text = "Lead: 0,1 mg/kg (infant food 0,02 mg/kg)."
    lead, infant = extract_indicators(text)
    assert infant.parameter and not restated_in_brackets(lead, infant, text)


def test_values_in_brackets_that_describe_the_item_of_a_limit_are_no_requirement():
    # the brackets say which extinguisher the limit after them is for
    result = compare_clauses("KM10型储罐（公称容积10 m³，最大充装量8 t，公称工作压力1.6 MPa）的耐压试验压力为2.4 MPa。",
                             "The proof test pressure of the tank shall be not less than 24 bar.")
    assert result.overall == Verdict.CONSISTENT
    assert [(p.verdict, p.counted) for p in result.pairs] == [(Verdict.CONSISTENT, True)] + [
        (Verdict.MISSING_INTERNATIONAL, False)] * 3
    # a bracket closed by a verb and '的': '（超过4 h）运输的冷冻食品'
    text = "需长时间（超过4 h）运输的冷冻食品，应在低于-18 ℃的条件下运输。"
    hours, cold = extract_indicators(text)
    assert describes_an_item(hours, text, [cold]) and not describes_an_item(cold, text, [hours])
    # brackets that do not describe a noun ('（超过4 h）。') leave the value a requirement
    text = "冷冻食品应在低于-18 ℃的条件下运输（不超过4 h）。"
    cold, hours = extract_indicators(text)
    assert not describes_an_item(hours, text, [cold])


def test_the_ph_that_names_a_buffer_is_no_requirement():
    result = compare_clauses("肠溶片先在盐酸溶液中检查2小时，再在人工肠液中检查，1小时内应全部崩解。",
                             "Gastro-resistant tablets: 2 h in 0,1 M hydrochloric acid; then, in acetate buffer solution "
                             "pH 4,5, disintegration within 60 min.")
    ph = next(p for p in result.pairs if p.international is not None and p.international.value == 4.5)
    assert (ph.verdict, ph.counted) == (Verdict.MISSING_DOMESTIC, False)
    text = "置于磷酸盐缓冲液（pH 7.4）中。"
    assert [buffer_of_its_ph(ind, text) for ind in extract_indicators(text)] == ["缓冲液 pH"]
    # a pH required of a solution is a requirement ('the pH of the solution shall be 6,8 ± 0,1')
    text = "The pH of the buffer solution shall be 6,8 ± 0,1."
    assert [buffer_of_its_ph(ind, text) for ind in extract_indicators(text)] == [""]


def test_a_count_inside_a_chemical_name_is_no_value():
    # '二个（葡萄糖酸）盐': the di(gluconate), a salt's name; the count is no value of its own
    assert _readings("氯己定二个（葡萄糖酸）盐：最大允许浓度0.3 %。") == [
        ("氯己定2个(葡萄糖酸)盐: 浓度", Comparator.MAX, 0.3, None, None, "%")]
    # a count of things with a note in brackets after it ('3个（平行样），') is still a count
    assert _readings("每批取样品3个（平行样），每个质量不少于50 g。")[0][2:] == (3.0, None, None, "个")


def test_a_share_inside_a_substance_name_is_no_requirement():
    text = ("adipic acid, esters with C7-C9 branched alcohols, more than 80 % C8 (CAS 0068515-75-3): SML 5 mg/kg.")
    share, limit = extract_indicators(text)
    assert part_of_a_substance_name(share, text) and not part_of_a_substance_name(limit, text)
    result = compare_clauses("己二酸酯类：SML 5 mg/kg。", text)
    assert result.overall == Verdict.CONSISTENT
    # a share with no CAS number after it is a requirement ('purity more than 80 %')
    text = "Adipic acid esters: purity more than 80 %; SML 5 mg/kg."
    assert not any(part_of_a_substance_name(ind, text) for ind in extract_indicators(text))


def test_an_assumption_of_a_calculation_is_no_requirement():
    text = "The limits in µg/g can be used, assuming a daily dose of 5 g. Nickel 40 µg/g."
    dose, nickel = extract_indicators(text)
    assert assumed_for_a_calculation(dose) and not assumed_for_a_calculation(nickel)
    result = compare_clauses("镍 40 µg/g。", text)
    assert result.overall == Verdict.CONSISTENT


def test_a_band_of_frequencies_written_twice_is_one_setting_whichever_writing_pairs():
    domestic = "试验频率范围为80 MHz～1 000 MHz，场强不低于10 V/m。"
    international = "The equipment shall be tested over the 80 to 1 000 MHz band, at 10 V/m minimum over the 80 to 1 000 MHz band."
    (d_band, d_field), (i_first, i_field, i_second) = extract_indicators(domestic), extract_indicators(international)
    assert (i_first.low, i_first.high, i_second.low, i_second.high) == (80.0, 1000.0, 80.0, 1000.0)
    # the later writing paired, the first left alone: the first is the same setting, not one the other clause lacks
    pairs = [IndicatorPair(d_band, i_second, Verdict.CONSISTENT, 1.0), IndicatorPair(d_field, i_field, Verdict.CONSISTENT, 1.0),
             IndicatorPair(None, i_first, Verdict.MISSING_DOMESTIC, 0.0)]
    result = count_established(ClauseComparison(*overall_and_score(pairs), tuple(pairs)), domestic, international)
    assert result.overall == Verdict.CONSISTENT and [p.counted for p in result.pairs] == [True, True, False]


def test_a_letter_grade_in_brackets_is_no_unit():
    # '（A级）' names grade A; the A is no ampere heading the value after it
    assert _readings("单位为兆帕。抗拉强度 min（B级）520；屈服强度 min（A级）350。") == [
        ("抗拉强度 (B级)", Comparator.MIN, 520.0, None, None, "兆帕"), ("屈服强度 (A级)", Comparator.MIN, 350.0, None, None, "兆帕")]
    # a unit in brackets still heads the value ('电流（A）≤ 16')
    assert _readings("额定电流（A）≤ 16。")[0][1:] == (Comparator.MAX, 16.0, None, None, "A")


def test_a_band_closed_by_within_the_range_is_the_case_of_the_limit_after_it():
    # '在0 ℃～40 ℃温度范围内，…': the band the capacity is required in, not a requirement of its own
    readings = extract_indicators("在0 ℃～40 ℃温度范围内，电池容量不低于90 %。")
    assert [(r.comparator, r.value, r.unit) for r in readings] == [(Comparator.MIN, 90.0, "%")]
    assert len(readings[0].conditions) == 1
    readings = extract_indicators("压力表在0 MPa～1.6 MPa测量范围内的最大允许误差为±0.016 MPa。")
    assert [(r.comparator, r.value, r.unit) for r in readings] == [(Comparator.MAX, 0.016, "MPa")]
    # a band with no limit after it in its sentence stays what the requirement is about
    assert [(r.low, r.high) for r in extract_indicators("工作温度应在-10 ℃～40 ℃范围内。")] == [(-10.0, 40.0)]


def test_a_ratio_restated_in_per_cent_is_one_requirement():
    result = compare_clauses("坡道的横向坡度不应超过0.5 %。", "The cross slope of the ramp shall not exceed 1:200 (0.5 %).")
    assert result.overall == Verdict.CONSISTENT
    text = "The cross slope of the ramp shall not exceed 1:200 (0.5 %)."
    first, second = extract_indicators(text)
    assert ratio_in_per_cent(first, second, text)
    # a per cent that is not the ratio's ('1:200 (2 %)') is another value
    text = "The cross slope of the ramp shall not exceed 1:200 (2 %)."
    first, second = extract_indicators(text)
    assert not ratio_in_per_cent(first, second, text)

"""Multiples of another quantity: whose limit a multiple is, what it multiplies, and multiples in one word. The
texts are written for these tests."""

from __future__ import annotations

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.constructions import multiple_reference
from compare.indicators.extract import extract_indicators
from compare.indicators.units import multiple_unit, normalise
from compare.indicators.verdicts import compare_clauses
from compare.terms.termbase import load_termbase


def test_multiple_reference_finds_the_quantity_multiplied():
    left = "阀门的开启压力应不低于工作压力的"
    a, b = multiple_reference(left)
    assert left[a:b] == "工作压力"
    a, b = multiple_reference("试验电流为最大额定电流的")
    assert "最大额定电流" in "试验电流为最大额定电流的"[a:b]
    assert multiple_reference("试验电流为") is None  # nothing multiplied named before the number


def test_a_chinese_multiple_is_the_subjects_and_its_bound_is_the_verbs():
    (ind,) = extract_indicators("安全阀的整定压力不应大于设计压力的1.1倍。")
    assert (ind.comparator, ind.value, ind.unit) == (Comparator.MAX, 1.1, "× 设计压力")
    assert "设计压力" not in ind.parameter
    # a bound word inside the quantity multiplied ('最大工作压力') is not the limit's
    (ind,) = extract_indicators("软管的试验压力为最大工作压力的1.5倍。")
    assert ind.comparator == Comparator.EQUAL


def test_an_english_multiple_with_a_subject_is_named_by_it():
    (ind,) = extract_indicators("The set pressure of the valve shall not exceed 1,1 times the design pressure.")
    assert (ind.comparator, ind.value) == (Comparator.MAX, 1.1) and "set pressure" in ind.parameter
    # with nothing before it, a multiple is named by what it multiplies
    multiple, _ = extract_indicators("equal to 1,25 times rated current or 16 A")
    assert multiple.parameter == "rated current"


def test_twice_and_thrice_are_multiples():
    (ind,) = extract_indicators("The opening force shall be twice the closing force.")
    assert (ind.value, ind.unit, ind.normalized.dimension) == (2.0, "times", "multiple")
    (ind,) = extract_indicators("The overload current is thrice the rated current.")
    assert ind.value == 3.0


def test_a_multiple_pairs_across_languages_by_its_subject():
    result = compare_clauses("容器的爆破压力不应小于设计压力的3倍。",
                             "The burst pressure of the vessel shall be not less than 3 times the design pressure.")
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT]


def test_one_and_two_letter_symbols_match_only_as_written():
    tb = load_termbase()
    assert tb.concept_of("inlet pressure pb") is None or tb.concept_of("inlet pressure pb") != "lead"
    assert tb.concept_of("Pb") == "lead" and tb.concept_of("铅（Pb）") == "lead"
    assert "carbon_monoxide" not in tb.concepts_in("co-extruded film")


def test_a_multiple_of_a_named_quantity_is_a_multiple_of_that_quantity_in_both_languages():
    (zh,) = extract_indicators("软管组合件的爆破压力应不小于最大工作压力的4倍。")
    (en,) = extract_indicators("The burst pressure of the hose assembly shall be at least 4 times the maximum working pressure.")
    assert (zh.unit, en.unit) == ("× 最大工作压力", "× maximum working pressure")
    assert zh.normalized.dimension == en.normalized.dimension == "multiple of working_pressure"
    # the quantity written right after 倍
    (ind,) = extract_indicators("耐压试验电压为1.5倍额定电压。")
    assert (ind.value, ind.normalized.dimension) == (1.5, "multiple of rated_voltage")
    # multiples of two other quantities are no multiples of one
    assert normalise(2.0, "× 试验压力").dimension != normalise(2.0, "× 额定电流").dimension
    # a symbol stays as written; a quantity the termbase does not name leaves the plain multiple
    assert normalise(3.0, "× In").dimension == "multiple of In"
    (ind,) = extract_indicators("The guard shall withstand 2 times the nominal thrust of the pump.")
    assert (ind.unit, ind.normalized.dimension) == ("times", "multiple")
    assert multiple_unit("倍", "", None) == "倍"


def test_multiples_of_one_quantity_compare_across_languages():
    result = compare_clauses("爆破压力应不小于最大工作压力的4倍。",
                             "The burst pressure shall be at least 3 times the maximum working pressure.")
    assert [p.verdict for p in result.pairs] == [Verdict.STRICTER]


def test_a_known_quantity_written_straight_before_the_multiple_is_what_it_multiplies():
    # '额定电流1.5倍' (no 的) is 1.5 times the rated current, as 'a current of 1.5 times rated current' is
    (ind, *_) = extract_indicators("从电源取得额定电流1.5倍的电流进行试验。")
    assert (ind.value, ind.unit) == (1.5, "× 额定电流")
    result = compare_clauses("从电源取得额定电流1.5倍的电流进行试验。",
                             "A current of 1.5 times rated current is passed.")
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT]
    # a word the termbase does not know right before the number leaves the plain multiple
    (ind, *_) = extract_indicators("放大器增益1.5倍。")
    assert ind.unit == "倍"


def test_a_magnification_written_with_the_times_sign_is_one_as_bei_is():
    pair = compare_clauses("在25倍下检查焊缝截面的气孔。", "Examine the weld section for pores at a magnification of 25 ×.")
    (magnification,) = [p for p in pair.pairs if p.domestic is not None and p.domestic.value == 25.0]
    assert magnification.international is not None and magnification.verdict == Verdict.CONSISTENT
    (band,) = extract_indicators("Use a stereo microscope, usually at 10 × to 40 ×.")
    assert (band.low, band.high, band.normalized.dimension) == (10.0, 40.0, normalise(1, "倍").dimension)
    # a size, a factor of a symbol or a power of ten is no magnification
    assert all(i.unit != "×" for i in extract_indicators("Specimen (5 mm × 8 mm), count 1,2 × 10³ per ml."))


def test_a_multiple_of_a_cables_rated_voltage_to_earth_is_read_in_both_languages():
    # 'U0' (and a system's highest voltage 'Um') is the symbol of a reference voltage: '2,5 U0' is 2,5 times it
    (zh,) = extract_indicators("绝缘线芯应经受交流电压2.5 U0，历时15 min。")[:1]
    (en,) = extract_indicators("The cores shall withstand an a.c. voltage of 2,5 U0 for 15 min.")[:1]
    assert (zh.value, zh.unit) == (en.value, en.unit) == (2.5, "× U0")
    assert [(i.value, i.unit) for i in extract_indicators("The impulse level is 1,2 Um.")] == [(1.2, "× Um")]
    # the same multiple on both sides is one requirement; another multiple of the same voltage is compared with it
    (same,) = compare_clauses("局部放电试验电压为2 U0。", "The partial discharge test voltage shall be 2 U0.").pairs
    assert same.verdict == Verdict.CONSISTENT
    (other,) = compare_clauses("局部放电试验电压为1.73 U0。", "The partial discharge test voltage shall be 2 U0.").pairs
    assert (other.domestic.value, other.international.value) == (1.73, 2.0) and other.verdict != Verdict.CONSISTENT


# A number with no unit followed by 'of' and a reference quantity is a fraction of that quantity, as '额定电流的1.05倍' is
# a multiple of it: both sides meet in the same unit.
def test_a_range_of_fractions_of_a_quantity_meets_its_multiples():
    result = compare_clauses("过载脱扣器的动作电流为额定电流的1.05倍～1.30倍。",
                             "The operating current of the overload release shall be 1,05 to 1,30 of the rated current.")
    assert [(p.verdict, p.international and p.international.unit) for p in result.pairs] \
        == [("consistent", "× rated current")]


def test_a_fraction_of_a_quantity_the_termbase_knows_is_a_multiple_of_it():
    result = compare_clauses("电机的起动转矩不小于额定转矩的0.5倍；电源电压不低于额定电压的0.9倍。",
                             "Starting torque: not less than 0,5 of rated torque; supply voltage not less than 0,9 of "
                             "rated voltage.")
    paired = [p for p in result.pairs if p.domestic and p.international]
    # ('rated torque' is no quantity the termbase knows: its 0,5 stays a plain number, which meets the same figure
    # written as a multiple on the other side: verdicts.one_ratio)
    assert [(p.verdict, p.domestic.value, p.international.unit) for p in paired] == [
        ("consistent", 0.5, ""), ("consistent", 0.9, "× rated voltage")]
    assert any(p.international and p.international.value == 0.5 and p.international.unit == "" for p in result.pairs)

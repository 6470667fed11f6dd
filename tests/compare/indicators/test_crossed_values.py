"""Two pairs whose values cross (`verdicts.uncross_values`), with clause pairs written for these tests."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses, uncross_values
from compare.terms.termbase import load_termbase


def pairs_of(domestic, international):
    result = compare_clauses(domestic, international)
    return result.overall, sorted((p.verdict, p.domestic and p.domestic.value, p.international and p.international.value)
                                  for p in result.pairs)


# The English writes each item after its value ('85 °C ± 2 °C, for enclosures'): the names read before the values are
# shifted by one, and the base temperature was judged against the enclosure's and the enclosure's against the base.
def test_values_written_before_their_items_are_not_crossed():
    overall, pairs = pairs_of(
        "胶粘剂耐热试验在（50±2）℃加上温升试验中测得的最大温升的温度下进行，但该温度至少应为：——对外壳：（85±2）℃；"
        "——对端子座：（150±2）℃。",
        "The heat test of the adhesive is made at a temperature of 50 °C ± 2 °C plus the maximum temperature rise "
        "measured in the heating test, but it shall be at least – 85 °C ± 2 °C, for enclosures; – 150 °C ± 2 °C, for "
        "terminal blocks.")
    assert overall == Verdict.CONSISTENT
    assert pairs == [(Verdict.CONSISTENT, 50.0, 50.0), (Verdict.CONSISTENT, 85.0, 85.0),
                     (Verdict.CONSISTENT, 150.0, 150.0)]
    overall, pairs = pairs_of(
        "灌封料的软化试验在（35±1）℃加上第10章测得的最大温升的温度下进行，但该温度至少为：——对手柄：（60±1）℃。",
        "The softening test of the potting compound is carried out at 35 °C ± 1 °C plus the maximum temperature rise "
        "determined in Clause 10, but it shall be at least – 60 °C ± 1 °C, for handles.")
    assert overall == Verdict.CONSISTENT and pairs == [(Verdict.CONSISTENT, 35.0, 35.0), (Verdict.CONSISTENT, 60.0, 60.0)]
    # Limits of two classes stay with their class, whatever their values: the writer gave them so.
    overall, pairs = pairs_of("Ⅰ类器具的泄漏电流不应超过0.75 mA；Ⅱ类器具的泄漏电流不应超过0.25 mA。",
                              "Leakage current: class II appliances 0,75 mA max.; class I appliances 0,25 mA max.")
    assert overall == Verdict.DIFFERENT
    assert set(pairs) == {(Verdict.STRICTER, 0.25, 0.75), (Verdict.LOOSER, 0.75, 0.25)}


# A pair the termbase names as one concept on both sides is not swapped for its values: a user's terms pair the
# ladder's two loads by name, and the clause pair then states two real differences.
def test_pairs_named_by_one_concept_are_not_uncrossed(tmp_path):
    from compare.terms.termbase import load_termbase

    terms = tmp_path / "terms.csv"
    terms.write_text("concept,parent,field,role,zh,en\n"
                     "rung_load,,ladders,parameter,踏棍承载,rung load\n"
                     "step_load,,ladders,parameter,踏板承载,step load\n", encoding="utf-8")
    domestic = "踏棍承载不小于1100 N，踏板承载不小于1500 N。"
    international = "Step load: min. 1100 N. Rung load: min. 1500 N."
    result = compare_clauses(domestic, international, termbase=load_termbase(str(terms)))
    named = {(p.domestic.parameter, p.international.parameter.lower(), p.verdict) for p in result.pairs}
    assert named == {("踏棍承载", "rung load", Verdict.LOOSER), ("踏板承载", "step load", Verdict.STRICTER)}
    assert result.overall == Verdict.DIFFERENT


# A set value and a toleranced one of the same number, crossed by their names, are put back each with its own kind.
def test_a_set_value_and_a_toleranced_one_uncross():
    domestic = extract_indicators("加入已冷却至20 ℃的蒸馏水100 mL，在(20±1)℃的恒温箱中静置。")
    international = extract_indicators("Add 100 ml of distilled water cooled to 20 °C and keep in an incubator at "
                                       "20 °C ± 1 °C.")
    d_set = next(k for k, d in enumerate(domestic) if d.value == 20 and d.comparator.value == "equal")
    d_tol = next(k for k, d in enumerate(domestic) if d.value == 20 and d.comparator.value == "tolerance")
    i_set = next(k for k, i in enumerate(international) if i.value == 20 and i.comparator.value == "equal")
    i_tol = next(k for k, i in enumerate(international) if i.value == 20 and i.comparator.value == "tolerance")
    crossed = [(d_set, i_tol), (d_tol, i_set)]
    assert sorted(uncross_values(crossed, domestic, international, load_termbase())) == sorted(
        [(d_set, i_set), (d_tol, i_tol)])

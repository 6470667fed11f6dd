"""Two toleranced values whose one shared name cannot tell them apart (`toleranced_crossings`), with clause pairs
written for these tests."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.verdicts import compare_clauses


def pairs_of(domestic, international, **kwargs):
    result = compare_clauses(domestic, international, **kwargs)
    return result.overall, sorted((p.verdict, p.domestic and p.domestic.value, p.international and p.international.value)
                                  for p in result.pairs)


# Chinese names each part after its value ('100 Ω±2%的限流电阻'), English before it ('a current-limiting resistance of
# 100 Ω ± 2 %'): '限流电阻' fell on the next value, and the one concept (resistance) pulled 1 kΩ ± 10 % onto 100 Ω ± 2 %.
def test_parts_named_after_their_values_pair_by_value_and_tolerance():
    overall, pairs = pairs_of(
        "试验电路由100 Ω±2%的限流电阻与1 kΩ±10%电阻串联组成。",
        "The test circuit consists of a current-limiting resistance of 100 Ω ± 2 % in series with a network of "
        "1 kΩ ± 10 %.")
    assert overall == Verdict.CONSISTENT
    assert pairs == [(Verdict.CONSISTENT, 1.0, 1.0), (Verdict.CONSISTENT, 100.0, 100.0)]


# A nominal value alike with another tolerance is no fingerprint: the pairs stay as the assignment made them.
def test_another_tolerance_does_not_uncross():
    overall, pairs = pairs_of(
        "试验电路由100 Ω±2%的限流电阻与1 kΩ±10%电阻串联组成。",
        "The test circuit consists of a current-limiting resistance of 100 Ω ± 5 % in series with a network of "
        "1 kΩ ± 1 %.")
    assert overall != Verdict.CONSISTENT


# Two concepts of their own (a user's terms) keep their pairs whatever the values and tolerances say.
def test_two_concepts_keep_their_pairs(tmp_path):
    from compare.terms.termbase import load_termbase

    terms = tmp_path / "terms.csv"
    terms.write_text("concept,parent,field,role,zh,en\n"
                     "rung_load,,ladders,parameter,踏棍承载,rung load\n"
                     "step_load,,ladders,parameter,踏板承载,step load\n", encoding="utf-8")
    result = compare_clauses("踏棍承载为（1100±10）N，踏板承载为（1500±20）N。",
                             "Step load: 1100 N ± 10 N. Rung load: 1500 N ± 20 N.", termbase=load_termbase(str(terms)))
    named = {(p.domestic.parameter, p.international.parameter.lower()) for p in result.pairs
             if p.domestic and p.international}
    assert named == {("踏棍承载", "rung load"), ("踏板承载", "step load")}

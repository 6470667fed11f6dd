"""Pairing rules of the thirty-sixth round (fixpair36), with clause pairs written for these tests."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.element_symbols import composition_symbols, symbols_apart, written_symbol
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import dimension_of
from tests.compare.indicators.test_pairing_rules import verdicts as pairs_of  # (overall, [(verdict, d value, i value)])


# The excess-air ratio of a reference condition ('α=1'), read as a plain number named by the gas before it, is no
# partner of the other clause's limit in per cent: the limit this side states in per cent is (it was left one-sided,
# and the two clauses judged 'different' on 1 against 0.012 %).
def test_a_condition_read_as_a_plain_number_yields_the_limit_to_the_stated_one():
    overall, pairs = pairs_of("燃烧工况：干烟气中NOx浓度（α=1）应 ≤ 0.015 %。",
                              "The NOx concentration of the dry, air-free products of combustion shall not exceed "
                              "0,012 %.")
    assert (Verdict.LOOSER, 0.015, 0.012) in pairs
    assert (Verdict.MISSING_INTERNATIONAL, 1.0, None) in pairs


# A sampling plan names the substance before its count of sample units (n): the count is no partner of a limit in
# mg/100 g; of the plan's two limits in mg/kg, the one nearer the other side's value (M) is.
def test_a_sampling_plans_count_is_no_partner_of_a_limit():
    _, pairs = pairs_of("组胺 ≤ 30 mg/100 g。",
                        "Histamine: sampling plan n = 9, c = 2; limits m = 100 mg/kg, M = 200 mg/kg.")
    assert (Verdict.LOOSER, 30.0, 200.0) in pairs
    assert (Verdict.MISSING_DOMESTIC, None, 9.0) in pairs and (Verdict.MISSING_DOMESTIC, None, 100.0) in pairs


# In a steel's composition, silicon (which the other side does not limit) is no partner of sulfur, whatever their
# values: two symbols, two elements.
def test_two_element_symbols_of_a_composition_never_pair():
    overall, pairs = pairs_of("Q355B的化学成分（熔炼分析，质量分数）应不大于：C 0.24 %，Si 0.55 %，Mn 1.60 %，P 0.035 %。",
                              "S355JR — chemical composition of the ladle analysis, % max.: C 0,24; Mn 1,60; "
                              "P 0,035; S 0,035; N 0,012.")
    assert (Verdict.MISSING_INTERNATIONAL, 0.55, None) in pairs
    assert (Verdict.MISSING_DOMESTIC, None, 0.035) in pairs
    assert (Verdict.CONSISTENT, 0.035, 0.035) in pairs and (Verdict.CONSISTENT, 1.6, 1.6) in pairs
    # A composition stated alike on both sides still pairs element by element.
    overall, pairs = pairs_of("6082铝合金化学成分（质量分数，%）：Si 0.7～1.3，Fe 0.50，Cu 0.10，Mn 0.40～1.0，Mg 0.6～1.2，Zn 0.20。",
                              "EN AW-6082 [AlSi1MgMn], mass fraction %: Si 0,7 – 1,3; Fe 0,50; Cu 0,10; "
                              "Mn 0,40 – 1,0; Mg 0,6 – 1,2; Zn 0,20.")
    assert overall == Verdict.CONSISTENT and len(pairs) == 6


def test_the_symbol_is_the_one_written_before_the_value():
    readings = extract_indicators("Q235A的化学成分应不大于：C 0.22 %，Si 0.35 %，Mn 1.40 %，S 0.050 %。")
    assert [written_symbol(r) for r in readings] == ["C", "Si", "Mn", "S"]
    assert composition_symbols(readings, dimension_of) == ["C", "Si", "Mn", "S"]
    # Two symbols are no composition list (a class, a code, two quantities).
    two = extract_indicators("C 0.22 %，Si 0.35 %。")
    assert composition_symbols(two, dimension_of) == [None, None]
    assert symbols_apart("Si", "S") and not symbols_apart("Si", "Si") and not symbols_apart("Si", None)

"""A sum or total of several forms of one substance names the substance, not the form written last
(compare.indicators.extract.summed_group). The texts are written for these tests."""

from __future__ import annotations

from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses


def _concepts(text: str) -> list[tuple[str | None, str | None]]:
    return [(i.concept, i.form) for i in extract_indicators(text)]


def test_the_sum_of_forms_is_the_substance():
    assert _concepts("废水中六价铬和三价铬的总量不得超过1.5 mg/L。") == [("chromium", None)]
    # one form alone keeps its form
    assert _concepts("废水中六价铬不得超过0.5 mg/L。") == [("hexavalent_chromium", "hexavalent_chromium")]


def test_a_summed_limit_meets_the_limit_of_the_whole_substance():
    result = compare_clauses("废水中六价铬和三价铬的总量不得超过1.5 mg/L。",
                             "Effluent: total chromium shall not exceed 1.5 mg/l.")
    assert [(str(p.verdict), p.reason) for p in result.pairs] == [("consistent", "same limit")]


def test_a_sum_of_unrelated_substances_is_not_a_group():
    # lead and cadmium are no forms of one substance: the name keeps its concept as before
    assert _concepts("The sum of lead and cadmium shall not exceed 0.3 mg/kg.") == \
        [(c, f) for c, f in _concepts("cadmium 0.3 mg/kg")]

"""Words in quotation marks written before a noun as its attribute ("'sport' or 'energy' drinks", '"protein" bars')
cite the name of a kind of product; they do not name the quantity a limit is stated for. Texts written for these
tests (other additives and foods than the cases that showed the problem)."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses


def test_a_quoted_energy_drink_is_no_energy_limit():
    (ind,) = extract_indicators("Water-based flavoured drinks, including 'sport' or 'energy' drinks: maximum level "
                                "150 mg/kg.")
    assert ind.concept != "energy"


def test_quoted_names_with_commas_inside_the_quotes():
    (ind,) = extract_indicators('Acesulfame K – cereal bars, including "protein," "energy," or "fibre" bars: maximum '
                                'level 500 mg/kg.')
    assert ind.concept not in ("energy", "protein")


def test_a_use_level_for_quoted_drinks_pairs_with_the_food_category_limit():
    result = compare_clauses("安赛蜜 — 饮料类：最大使用量 0.3 g/kg。",
                             "Acesulfame potassium – Food category 14.1.4 Water-based flavoured drinks, including "
                             "'sport', 'energy' or 'electrolyte' drinks: maximum level 350 mg/kg.")
    assert result.overall == Verdict.STRICTER
    (pair,) = result.pairs
    assert pair.domestic is not None and pair.international is not None


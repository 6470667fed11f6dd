"""Issue 12, verdict class 'different': the substance an amount is reckoned as. '按X计' is written as '以X计' is, and
an element named in words ('(as cadmium)', 'expressed as nickel') is that element's symbol, so that a limit reckoned
as an oxide on one side and as the element on the other is judged different, not ranked."""

from __future__ import annotations

import pytest

from compare.core.vocabulary import Verdict
from compare.indicators.phrases import basis_in
from compare.indicators.verdicts import compare_clauses


@pytest.mark.parametrize("text, basis", [
    ("五氧化二钒烟尘（按V2O5计）", "as V2O5"),
    ("Nickel and its insoluble compounds (as nickel)", "as Ni"),
    ("soluble barium, expressed as barium, shall not exceed", "as Ba"),
    ("钴及其氧化物（按Co计）", "as Co"),
])
def test_the_substance_an_amount_is_reckoned_as(text, basis):
    assert basis_in(text) == basis


def test_an_element_word_without_a_bracket_or_a_verb_is_no_basis():
    # 'as lead-free', 'as tin plating': the word names a material; the bracketed form is a basis
    assert (basis_in("solder sold as lead-free"), basis_in("coated as tin plating"),
            basis_in("tin compounds (as tin)")) == (None, None, "as Sn")


def test_an_oxide_against_its_element_is_another_basis():
    result = compare_clauses("五氧化二钒烟尘（按V2O5计）：PC-TWA 0.05 mg/m³。",
                             "Vanadium pentoxide fume (as vanadium): 8 hours 0,01 mg/m³.")
    assert [p.verdict for p in result.pairs] == [Verdict.DIFFERENT]


def test_one_element_named_in_words_and_as_a_symbol_is_one_basis():
    result = compare_clauses("钴及其氧化物（按Co计）：PC-TWA 0.05 mg/m³。",
                             "Cobalt and its oxides (as cobalt): 8 hours 0,02 mg/m³.")
    assert [(p.verdict, p.domestic.basis, p.international.basis) for p in result.pairs] == [
        (Verdict.LOOSER, "as Co", "as Co")]

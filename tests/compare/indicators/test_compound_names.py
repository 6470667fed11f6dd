"""An element's name inside a compound's ('铅' in '四乙基铅', 'chlorine' in 'chlorine dioxide', 'Cl' in 'ClO2') is no
parameter of its own: the compound is a concept of the termbase, found by longest match, so a limit on the
compound never pairs with one on the element."""

from __future__ import annotations

import pytest

from compare.core.vocabulary import Verdict
from compare.indicators.verdicts import compare_clauses
from compare.terms.termbase import load_termbase


# concept: its Chinese and English names, as a parameter name writes them
_COMPOUNDS = {"tetraethyl_lead": ("生活饮用水中四乙基铅", "Tetraethyl lead"), "chlorine_dioxide": ("二氧化氯（ClO2）", "Chlorine dioxide"),
              "cyanogen_chloride": ("氯化氰", "cyanogen chloride"), "hydrogen_chloride": ("氯化氢及盐酸", "Hydrogen chloride"),
              "arsine": ("砷化氢", "arsine"), "carbon_disulfide": ("二硫化碳", "carbon disulphide"),
              "phosphine": ("磷化氢", "phosphine"), "monochloramine": ("一氯胺", "monochloramine"),
              # 苯 inside the names of benzene's derivatives
              "ethylbenzene": ("乙苯", "Ethyl benzene"), "chlorobenzene": ("氯苯", "chlorobenzene"),
              "dichlorobenzene_1_2": ("1,2-二氯苯", "1,2-dichlorobenzene"),
              "dichlorobenzene_1_4": ("对二氯苯", "p-dichlorobenzene"), "trichlorobenzenes": ("三氯苯（总量）", "trichlorobenzenes"),
              "hexachlorobenzene": ("六氯苯", "hexachlorobenzene"), "nitrobenzene": ("硝基苯", "nitrobenzene"),
              "phenol": ("苯酚", "phenol"), "aniline": ("苯胺", "aniline"), "cumene": ("异丙苯", "isopropylbenzene"),
              # 甲醇 (methanol) inside 苯甲醇 (benzyl alcohol)
              "benzyl_alcohol": ("苯甲醇", "benzyl alcohol"),
              "dehydroacetic_acid": ("脱氢乙酸及其钠盐", "dehydroacetic acid")}


@pytest.mark.parametrize("concept", sorted(_COMPOUNDS))
def test_a_compound_is_its_own_concept_in_both_languages(concept):
    tb = load_termbase()
    assert tuple(map(tb.concept_of, _COMPOUNDS[concept])) == (concept, concept)


def test_formulas_name_the_compound_and_the_element_alone_stays_the_element():
    tb = load_termbase()
    assert tb.concept_of("ClO2") == "chlorine_dioxide" and tb.concept_of("HCl") == "hydrogen_chloride"
    assert tb.concept_of("CS2") == "carbon_disulfide"
    names = {"铅": "lead", "Pb": "lead", "游离氯": "chlorine", "free chlorine": "chlorine", "砷": "arsenic", "硫": "sulfur",
             "磷": "phosphorus", "氯化物": "chloride", "cyanide": "cyanide",
             "苯": "benzene", "benzene": "benzene", "phenols": "volatile_phenols", "苯并[a]芘": "benzo_a_pyrene"}
    assert {name: tb.concept_of(name) for name in names} == names


def test_a_limit_on_a_compound_never_pairs_with_one_on_its_element():
    # Before, '四乙基铅' named lead and was judged stricter than the lead limit; 'chlorine dioxide' named chlorine.
    lead = compare_clauses("四乙基铅不得超过0.0001 mg/L。", "Lead: 0.01 mg/L.")
    assert sorted(p.verdict for p in lead.pairs) == [Verdict.MISSING_DOMESTIC, Verdict.MISSING_INTERNATIONAL]
    chlorine = compare_clauses("二氧化氯（ClO2）不得超过0.8 mg/L。", "Free chlorine: 5 mg/L.")
    assert sorted(p.verdict for p in chlorine.pairs) == [Verdict.MISSING_DOMESTIC, Verdict.MISSING_INTERNATIONAL]
    # and the compound pairs with itself, in either language, beside the element
    both = compare_clauses("铅不得超过0.01 mg/L，四乙基铅不得超过0.0001 mg/L。",
                           "Tetraethyl lead: 0.0001 mg/L. Lead: 0.01 mg/L.")
    assert {(p.domestic.concept, p.international.concept, p.verdict) for p in both.pairs} == {
        ("lead", "lead", Verdict.CONSISTENT), ("tetraethyl_lead", "tetraethyl_lead", Verdict.CONSISTENT)}


def test_benzyl_alcohol_never_pairs_with_methanol_and_salts_share_a_value():
    # the values set so that pairing by closeness alone would pair them the wrong way
    result = compare_clauses("甲醇 ≤ 0.5 %；苯甲醇 ≤ 0.1 %。", "Benzyl alcohol: max. 0,5 %. Methanol: max. 0,1 %.")
    assert sorted((p.domestic.value, p.international.value, str(p.verdict)) for p in result.pairs) == [
        (0.1, 0.5, Verdict.STRICTER), (0.5, 0.1, Verdict.LOOSER)]
    # two preservatives named with their salts share one value: one limit each
    from compare.indicators.extract import extract

    readings = extract("山梨酸及其盐类、脱氢乙酸及其盐类在饮料中的最大使用量均为0.3 g/kg。").indicators
    assert [(i.concept, i.value) for i in readings] == [("sorbic_acid", 0.3), ("dehydroacetic_acid", 0.3)]

"""Pairing each reading with its counterpart (thirty-eighth round, fixpair38): the quantity an English subject names
before 'of' (of_heads), and two capitals after a list mark that are a symbol, not a unit (capital_names). Clauses of
my own writing."""

from __future__ import annotations

from compare.indicators.capital_names import symbol_not_unit
from compare.indicators.extract import extract
from compare.indicators.of_heads import head_before_of
from compare.indicators.verdicts import compare_clauses
from compare.terms.termbase import load_termbase


def _pairs(domestic: str, international: str) -> list[tuple]:
    return [(p.domestic.value if p.domestic else None, p.international.value if p.international else None,
             str(p.verdict)) for p in compare_clauses(domestic, international).pairs]


# ------------------------------------------------------------------------------------- 'the A of the B shall …'


def test_the_head_before_of_names_the_quantity():
    [ind] = extract("The total harmonic distortion of the mains voltage shall not exceed 5 %.").indicators
    assert ind.concept == "total_harmonic_distortion"


def test_a_frequency_of_a_voltage_is_a_frequency():
    [ind] = extract("The frequency of the output voltage shall be 60 Hz.").indicators
    assert ind.concept == "frequency"


def test_distortion_is_one_concept_on_both_sides_so_the_termbase_pairs_it():
    # (read by its last term the English distortion was a limit of voltage, and the encoder, not the termbase, chose
    # its partner: the voltage's own ±2 % took it)
    domestic = extract("输出电压应保持在额定值的±2 %以内，输出电压的总谐波畸变率应小于3 %。").indicators
    international = extract("The output voltage shall be kept within ±2 % of its rated value. The total harmonic "
                            "distortion of the output voltage shall be less than 3 %.").indicators
    assert [i.concept for i in domestic if i.value == 3.0] == [i.concept for i in international if i.value == 3.0] \
        == ["total_harmonic_distortion"]
    assert _pairs("输出电压应保持在额定值的±2 %以内，输出电压的总谐波畸变率应小于3 %。",
                  "The output voltage shall be kept within ±2 % of its rated value. The total harmonic distortion "
                  "of the output voltage shall be less than 3 %.") == [(2.0, 2.0, "consistent"), (3.0, 3.0, "consistent")]


def test_a_head_that_names_no_concept_leaves_the_substance():
    [ind] = extract("The content of cadmium in the sample shall not exceed 0,2 mg/kg.").indicators
    assert ind.concept == "cadmium"


def test_a_head_outside_the_subject_is_not_taken():
    termbase = load_termbase()
    # ('of' introduces the value, not a subject of the sentence)
    assert head_before_of(termbase, "a supply voltage with a frequency of ", "voltage") is None
    assert head_before_of(termbase, "The frequency of the supply voltage shall be ", "voltage") == "frequency"


def test_chinese_names_are_left_as_they_are():
    assert head_before_of(load_termbase(), "电源电压的频率应为", "frequency") is None


# ------------------------------------------------------------------------------------- 'PM 0.025 g/kWh'


def test_particulates_after_a_comma_keep_their_symbol():
    names = [(i.parameter, i.value) for i in extract("CO 1.5 g/kWh，PM 0.015 g/kWh。").indicators]
    assert names == [("CO", 1.5), ("PM", 0.015)]


def test_particulates_in_an_english_list_keep_their_symbol():
    names = [i.parameter for i in extract("CO 1 000 mg/km, PM 5,0 mg/km, PN 6,0 × 10^11 per km.").indicators]
    assert names == ["CO", "PM", "PN"]


def test_capitals_of_a_customary_unit_are_still_a_unit():
    assert not symbol_not_unit("HV") and not symbol_not_unit("RH") and not symbol_not_unit("MW")
    assert symbol_not_unit("PM") and symbol_not_unit("PN") and symbol_not_unit("RB")


def test_particulate_limits_pair_under_their_symbol():
    pairs = compare_clauses("CO 1.5 g/kWh，PM 0.015 g/kWh。", "CO 1,5 g/kWh; PM 0,025 g/kWh.").pairs
    assert [(p.domestic.parameter, p.international.parameter, str(p.verdict)) for p in pairs] == [
        ("CO", "CO", "consistent"), ("PM", "PM", "stricter")]

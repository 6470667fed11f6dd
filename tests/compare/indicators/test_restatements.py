"""A value a clause writes again, in other terms or as it stands, beside a requirement it compares: one requirement,
not a second one the other clause lacks; and a quantity written as the attribute of a noun ('a 2 kΩ resistor'), which
names a thing and states no requirement. The reading stays listed (missing on the other side) with a note for the
reviewer, and the overall verdict is taken without it. Clause pairs written for these tests (other fields, both
languages)."""

from __future__ import annotations

import pytest

from compare.core.vocabulary import Verdict
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import (attribute_of_a_noun, compare_clauses, restated_that_is, states_its_item,
                                         written_again)


def _aside(result):
    return [p for p in result.pairs if not p.counted]


# ------------------------------------------------------------------------------------------ 'i.e.', '即'

def test_a_multiple_restated_after_i_e_is_one_requirement():
    result = compare_clauses("爆破压力不小于40 MPa。",
                             "The burst pressure shall be at least 4 times the maximum working pressure, i.e. 40 MPa.")
    assert result.overall == Verdict.CONSISTENT
    (aside,) = _aside(result)
    assert aside.verdict == Verdict.MISSING_DOMESTIC and aside.international.unit.startswith("×")
    assert "'i.e.'" in " ".join(result.notes)


def test_a_rate_restated_after_ji_is_one_requirement():
    result = compare_clauses("摆锤每次摆动的周期为(2.0±0.1) s，即每分钟摆动30次。", "Period of swing: 2,0 s ± 0,1 s.")
    assert result.overall == Verdict.CONSISTENT
    (aside,) = _aside(result)
    assert aside.verdict == Verdict.MISSING_INTERNATIONAL and aside.domestic.value == 30


def test_that_is_needs_the_word_straight_after_the_first_reading():
    text = "Dry for 2 h; that is the minimum. Cool for 30 min, i.e. 0,5 h."
    dry, cool, restated = extract_indicators(text)
    assert restated_that_is(restated, cool, text) and restated_that_is(cool, restated, text)
    assert not restated_that_is(cool, dry, text)  # the item ends between them
    assert not restated_that_is(cool, cool, text)




# ------------------------------------------------------------------------------------------ a setting written again

def test_a_condition_naming_the_setting_again_is_not_counted():
    result = compare_clauses("粘度在(25±0.1)℃下测定；若不在25 ℃下测定，应按附录B换算。",
                             "Determine the viscosity at 25 °C ± 0,1 °C.")
    assert result.overall == Verdict.CONSISTENT
    (aside,) = _aside(result)
    assert aside.verdict == Verdict.MISSING_INTERNATIONAL and aside.domestic.value == 25
    assert "written twice" in " ".join(result.notes)


def test_the_same_size_for_a_second_dimension_is_one_setting():
    result = compare_clauses("试片尺寸为长(100±1) mm、宽(100±1) mm。",
                             "The test pieces shall be squares of side 100 mm ± 1 mm.")
    assert result.overall == Verdict.CONSISTENT and len(_aside(result)) == 1


@pytest.mark.parametrize("domestic, international", [
    # '即使' (even if) opens a requirement of its own
    ("干燥时间为2 h，即使在高温下，干燥温度也不超过105 ℃。", "Dry for 2 h."),
    # a bound written again is the limit of another item
    ("甲类仓库的记录保存期至少为24个月；乙类仓库的记录保存期至少为24个月。",
     "Records of class A stores shall be kept for at least 24 months."),
])
def test_another_requirement_stays_counted(domestic, international):
    result = compare_clauses(domestic, international)
    assert result.overall == Verdict.DIFFERENT and all(p.counted for p in result.pairs)


def test_written_again_holds_for_settings_written_later_only():
    text = "粘度在(25±0.1)℃下测定；若不在25 ℃下测定，应按附录B换算。"
    first, again = extract_indicators(text)
    assert written_again(again, first, text)
    assert not written_again(first, again, text)  # the first writing is the setting itself
    fish, shellfish = extract_indicators("鱼类中汞 0.5 mg/kg；贝类中汞 0.5 mg/kg。")
    assert not written_again(shellfish, fish)  # one limit for two foods: two requirements


def test_a_condition_whose_item_goes_on_to_an_unread_value_states_no_setting():
    text = "Buffers are measured at 25 °C. Tartrate buffer, saturated at 25 °C, pH 3.56."
    first, again, ph = extract_indicators(text)
    assert written_again(again, first, text)
    assert states_its_item(again, text, [first, again, ph])
    assert not states_its_item(again, text, [first, again])  # 3.56 left unread: the item's value is there


# ------------------------------------------------------------------------------------------ a quantity naming a thing

def test_a_quantity_before_the_noun_it_names_is_not_counted():
    for domestic, international in (
            ("泄漏电流不应超过0.5 mA。",
             "The leakage current measured through a 2 kΩ non-inductive resistor shall not exceed 0,5 mA."),
            ("筛余不大于2 %。", "Residue retained on 75 µm sieve, % (m/m), max. 2.")):
        result = compare_clauses(domestic, international)
        assert result.overall == Verdict.CONSISTENT
        (aside,) = _aside(result)
        assert aside.verdict == Verdict.MISSING_DOMESTIC and "attribute" in " ".join(result.notes)


def test_attribute_of_a_noun_needs_a_unit_no_limit_word_and_a_noun_after_it():
    def attributes(text):
        return [attribute_of_a_noun(ind, text) for ind in extract_indicators(text)]

    assert attributes("Connect a 2 kΩ resistor across the terminals.") == ["resistor"]
    assert attributes("Rp0,2: 0,2 % proof strength min. 190 MPa") == ["proof", ""]
    assert attributes("The gap is 5 mm wide.") == [""]  # a size written as an adjective
    assert attributes("Heat for 10 min at 105 °C.") == ["", ""]  # prepositions
    assert attributes("The coating shall not exceed 3 mm thickness.") == [""]  # a limit
    assert attributes("Weigh 5 tablets.") == [""]  # a count: its unit is the noun

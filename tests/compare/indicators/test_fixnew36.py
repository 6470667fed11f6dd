"""Forms of the thirty-sixth round (fixnew36): a multiple of a testing machine's maximum force written with its symbol
('0,02 FN', '0.02FN'), and unequal deviations in per cent with no nominal before them ('+3 % / −2 %', '（+3/−2）%').
Sentences written for these tests; no encoder."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.extract import extract
from compare.indicators.verdicts import compare_clauses


def _read(text: str) -> list[tuple]:
    return [(str(i.comparator), i.value, i.low, i.high, i.unit)
            for i in sorted(extract(text).indicators, key=lambda i: i.span)]


def test_the_maximum_force_symbol_after_a_number_makes_the_value_its_multiple():
    assert _read("The smallest force applied shall be at least 0,05 FN.") == [("min", 0.05, None, None, "× FN")]
    # written glued to the number, as Chinese text writes it
    assert _read("施加的最小试验力应不小于0.05FN。") == [("min", 0.05, None, None, "× FN")]
    result = compare_clauses("施加的最小试验力应不小于0.05FN。", "The smallest force applied shall be at least 0,05 FN.")
    assert [str(p.verdict) for p in result.pairs] == [Verdict.CONSISTENT]


def test_a_pair_of_signed_percentages_is_the_band_of_deviations_from_the_lower_to_the_upper():
    assert _read("The flow rate shall be held to within +3 % / −2 % of the set value.") == [
        ("range", None, -2.0, 3.0, "%")]
    # the signs in brackets and the percent sign once after them
    assert _read("流量应保持在设定值的（+3/−2）%以内。") == [("range", None, -2.0, 3.0, "%")]
    # a zero after the slash needs no sign
    assert _read("The fill volume shall be within +4 %/0 % of the nominal volume.") == [("range", None, 0.0, 4.0, "%")]


def test_a_nominal_before_the_pair_keeps_its_own_range_and_a_plain_slash_is_no_pair():
    # ('400 V + 6 % / − 10 %': the nominal's deviations, read as the range about it)
    assert _read("The supply voltage shall be 400 V + 6 % / − 10 %.") == [("range", None, 360.0, 424.0, "V")]
    # (no signs: two values parted by a slash)
    assert ("range", None, -2.0, 3.0, "%") not in _read("The contents are 3 %/2 % of the total.")


def test_a_range_written_up_to_its_upper_end_is_one_range_in_either_unit():
    assert _read("The immunity test covers the frequency range 9 kHz up to 30 MHz.") == [
        ("range", None, 0.009, 30.0, "MHz")]
    assert _read("Measurements are made over the temperature range 5 °C up to 40 °C.") == [
        ("range", None, 5.0, 40.0, "°C")]
    # (written from the higher end down: no band, the numbers as read)
    assert ("range", None, 0.009, 30.0, "MHz") not in _read("The frequency range 30 MHz up to 9 kHz is swept down.")


def test_a_count_in_words_before_an_abbreviation_in_capitals_partners_the_same_count():
    result = compare_clauses("试验应使用4个被测装置，每个跌落2次。",
                             "Four DUTs shall be used, each dropped twice.")
    counts = [p for p in result.pairs if p.domestic and p.domestic.value == 4.0]
    assert counts and counts[0].international is not None and counts[0].international.value == 4.0


def test_a_unit_of_volume_or_area_written_in_words_after_per_is_read_with_its_value():
    (ind,) = extract("The dust concentration shall not exceed 10 mg of dust per cubic metre of air.").indicators
    assert (str(ind.comparator), ind.value, ind.normalized.dimension) == ("max", 10.0, "[mass] / [length] ** 3")
    result = compare_clauses("粉尘浓度不应超过10 mg/m³。",
                             "The dust concentration shall not exceed 10 mg of dust per cubic metre of air.")
    assert [str(p.verdict) for p in result.pairs] == [Verdict.CONSISTENT]
    (ind,) = extract("The zinc coating mass shall be at least 275 g per square metre.").indicators
    assert (ind.value, ind.normalized.dimension) == (275.0, "[mass] / [length] ** 2")

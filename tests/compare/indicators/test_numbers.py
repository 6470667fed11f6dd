"""The number grammar (class 5 of issue 12): every written form of a number reads as its value, in the text
and through the extractor."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import given, settings, strategies as st

from compare.indicators.clausetext import fold
from compare.indicators.extract import extract_indicators
from compare.indicators.numbers import DIGIT_RUN, NUMBER, read_number, scan_numbers

WHOLE = re.compile(rf"^{NUMBER}$")


def spaced(n: int) -> str:
    return f"{n:,}".replace(",", " ")


@given(st.integers(min_value=1000, max_value=10**9))
def test_thousands_by_spaces_and_commas(n):
    for text in (spaced(n), f"{n:,}", str(n)):
        assert WHOLE.match(text) and read_number(text) == n


@given(st.integers(min_value=0, max_value=9999), st.sampled_from(["5", "25", "0625", "12345"]))
def test_decimal_point_and_decimal_comma_agree(whole, frac):
    # A comma before exactly three digits is the thousands form ('1,250'); any other length is a decimal comma.
    assert read_number(f"{whole},{frac}") == read_number(f"{whole}.{frac}") == float(f"{whole}.{frac}")
    assert read_number(f"0,{frac}") == float(f"0.{frac}")


@given(st.floats(min_value=1.0, max_value=9.9).map(lambda x: round(x, 1)), st.integers(min_value=-12, max_value=15),
       st.sampled_from(["×", "x", "·", " × "]))
@settings(max_examples=200)
def test_scientific_with_superscripts_reads_as_written(mantissa, exponent, times):
    power = str(exponent).translate(str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"))
    folded, _ = fold(f"{mantissa}{times}10{power}")
    assert math.isclose(read_number(folded), mantissa * 10.0 ** exponent, rel_tol=1e-12)
    assert math.isclose(read_number(f"{mantissa}{times}10^{exponent}"), mantissa * 10.0 ** exponent, rel_tol=1e-12)
    assert math.isclose(read_number(f"{str(mantissa).replace('.', ',')} x 10^{exponent}"),
                        mantissa * 10.0 ** exponent, rel_tol=1e-12)


@given(st.integers(min_value=1, max_value=999))
def test_spaced_decimal_groups(tail):
    text = f"0.000 {tail:03d}".rstrip("0") if tail % 10 else f"0.000 {tail:03d}"
    assert math.isclose(read_number(text), float(text.replace(" ", "")))


@pytest.mark.parametrize("text, value, unit", [
    ("绝缘厚度不小于0,8 mm", 0.8, "mm"),
    ("试验电压为3 000 V", 3000.0, "V"),
    ("test voltage 1,5 kV", 1.5, "kV"),
    ("颗粒物数量不超过6.0×10¹¹ 个/km", 6.0e11, "个/km"),
    ("Particle number: 6,0 x 10¹¹ 1/km maximum", 6.0e11, "1/km"),
    ("Particle number: 6.0 × 10^11 per km maximum", 6.0e11, "per km"),
    ("硒不得超过0.000 05 mg/L", 5e-05, "mg/L"),
])
def test_number_forms_in_clauses(text, value, unit):
    (ind,) = extract_indicators(text)
    assert math.isclose(ind.value, value) and ind.unit == unit
    assert ind.normalized.known


def test_prefixes_and_counts_per_length_normalise_alike():
    (a,), (b,) = extract_indicators("test voltage 1,5 kV"), extract_indicators("试验电压为1 500 V")
    assert a.normalized.value == b.normalized.value == 1500.0
    per_km = [extract_indicators(t)[0].normalized for t in ("数量不超过6×10¹¹ 个/km", "number: 6 × 10^11 per km max.",
                                                                "number: 6E11 1/km max.")]
    assert len({(n.value, n.dimension) for n in per_km}) == 1


@given(st.integers(min_value=0, max_value=99), st.integers(min_value=0, max_value=999))
def test_a_text_writing_decimal_commas_reads_three_decimals_as_decimals(whole, frac):
    from compare.indicators.numbers import writes_decimal_comma

    three = f"{whole},{frac:03d}"
    assert read_number(three, decimal_comma=True) == float(f"{whole}.{frac:03d}")
    assert writes_decimal_comma(f"flash point 60,0 °C; viscosity {three} mm²/s")
    assert writes_decimal_comma(f"voltage 1 000 V; viscosity {three} mm²/s")
    assert not writes_decimal_comma(f"CO 1,000 mg/km; viscosity {whole + 1},{frac:03d}.5 mm²/s")


def test_decimal_comma_through_the_extractor():
    low_high = [(i.low, i.high) for i in extract_indicators("Density at 15 °C: 820,0 – 845,0 kg/m³. "
                                                             "Viscosity at 40 °C: 2,000 – 4,500 mm²/s.")]
    assert low_high == [(820.0, 845.0), (2.0, 4.5)]
    assert [i.value for i in extract_indicators("CO 1,000 mg/km; HC 100 mg/km")] == [1000.0, 100.0]


def test_signs_parted_by_a_space_and_reference_amounts():
    found = extract_indicators("cycle the module temperature between − 40 °C ± 2 °C and + 85 °C ± 2 °C")
    assert [(i.value, i.tolerance) for i in found] == [(-40.0, 2.0), (85.0, 2.0)]
    # '100' after '/' is the reference amount of the unit, never a value; '500' of '300/500 V' is a rating
    assert [(i.value, i.unit) for i in extract_indicators("果糖和葡萄糖/(g/100 g) ≥ 60")] == [(60.0, "g/100 g")]
    assert [i.value for i in extract_indicators("Total coliforms 400 MPN/100 ml")] == [400.0]


def test_units_with_negative_powers_and_words():
    from compare.indicators.units import normalise as norm

    (rate,) = extract_indicators("air exchange rate 1,0 h⁻¹ ± 0,05 h⁻¹")
    assert rate.normalized.dimension == "1 / [time]" and rate.tolerance == 0.05
    assert norm(1000.0, "W·m-2").dimension == norm(1000.0, "W/m²").dimension
    assert norm(70.0, "per cent").value == norm(70.0, "%").value


def test_a_band_around_a_symbol_is_a_range():
    (force,) = extract_indicators("force applied to the control 65 N ≤ f ≤ 500 N.")
    assert (force.comparator, force.low, force.high, force.unit) == ("range", 65.0, 500.0, "N")
    (thickness,) = extract_indicators("厚度3 mm < t ≤ 40 mm")
    assert (thickness.low, thickness.high, thickness.unit) == (3.0, 40.0, "mm")


def test_a_band_around_a_greek_symbol_or_an_absolute_value_is_a_range():
    found = extract_indicators("Weir conditions: 0,05 m ≤ h ≤ 0,6 m; 0,2 ≤ α ≤ 0,8.")
    assert [(i.comparator, i.low, i.high) for i in found] == [("range", 0.05, 0.6), ("range", 0.2, 0.8)]
    (ratio,) = extract_indicators("孔径比应满足0.20≤φ≤0.60。")
    assert (ratio.comparator, ratio.low, ratio.high) == ("range", 0.2, 0.6)
    found = extract_indicators("|e| ≤ 1,0 acceptable; 1,0 < |e| < 2,0 doubtful; |e| ≥ 2,0 not acceptable.")
    assert [(i.comparator, i.value, i.low, i.high) for i in found] == [
        ("max", 1.0, None, None), ("range", None, 1.0, 2.0), ("min", 2.0, None, None)]


def test_a_band_around_a_symbol_written_from_its_top_down_is_a_range():
    # the GHS's way of writing a hazard band: upper end first, both signs pointing down
    found = extract_indicators("Acute aquatic toxicity, category 2: 10 mg/L ≥ LC50 > 1 mg/L; category 3: "
                               "100 mg/L ≥ LC50 > 10 mg/L.")
    assert [(i.comparator, i.low, i.high, i.unit) for i in found] == [
        ("range", 1.0, 10.0, "mg/L"), ("range", 10.0, 100.0, "mg/L")]
    (speed,) = extract_indicators("巡航速度：120 km/h＞v≧80 km/h")
    assert (speed.comparator, speed.low, speed.high, speed.unit) == ("range", 80.0, 120.0, "km/h")
    # signs pointing two ways are two limits, not one band
    found = extract_indicators("The hardness shall satisfy 30 ≥ H; H < 50.")
    assert "range" not in [i.comparator for i in found]


def test_two_values_parted_by_an_ellipsis_alone_are_a_band():
    found = extract_indicators("Climatic class 3K3: relative humidity 5 % … 85 %; air pressure 70 kPa … 106 kPa.")
    assert [(i.comparator, i.low, i.high, i.unit) for i in found] == [
        ("range", 5.0, 85.0, "%"), ("range", 70.0, 106.0, "kPa")]
    (voltage,) = extract_indicators("蓄电池组的浮充电压：2,23 … 2,27 V。")
    assert (voltage.comparator, voltage.low, voltage.high, voltage.unit) == ("range", 2.23, 2.27, "V")
    # after a list parted by commas, doubled, or between falling values: an ellipsis leaves out items of a series
    found = extract_indicators("Preferred test durations: 2 h, 4 h … 96 h.")
    assert [i.comparator for i in found].count("range") == 0
    found = extract_indicators("Annealing temperature 900 °C … 600 °C, cooled in air.")
    assert [i.comparator for i in found].count("range") == 0
    found = extract_indicators("等级：1级 0,5 mm；……；5级 2,5 mm。")
    assert [i.comparator for i in found].count("range") == 0


def test_two_values_joined_by_and_that_inclusive_closes_are_a_band():
    found = extract_indicators("Storage zone 1: 40 % and 60 % inclusive; zone 2: 75 % and 60 %, inclusive.")
    assert [(i.comparator, i.low, i.high, i.unit) for i in found] == [
        ("range", 40.0, 60.0, "%"), ("range", 60.0, 75.0, "%")]
    # 'inclusive of' says what is included, and two units are two quantities
    found = extract_indicators("Dosing at 3 mg and 6 mg inclusive of the loading dose; 2 kN and 8 mm inclusive.")
    assert "range" not in [i.comparator for i in found]


def test_a_remark_in_brackets_on_a_bands_first_end_keeps_the_band():
    (depth,) = extract_indicators("Bury the sensor between 0,3 m (below the frost line) and 0,8 m under the surface.")
    assert (depth.comparator, depth.low, depth.high, depth.unit) == ("range", 0.3, 0.8, "m")
    (speed,) = extract_indicators("Run the mixer between 60 r/min (the lowest setting) and 120 r/min.")
    assert (speed.comparator, speed.low, speed.high) == ("range", 60.0, 120.0)


def test_a_bound_sign_alone_after_a_band_opens_the_next_limit():
    # '< a for <band> and ≥ b for <band>': b is a limit of the list, not a second condition of the first band
    found = extract_indicators("Filter transmittance: < 0,01 for 200 nm < L ≤ 300 nm and ≥ 0,9 for 400 nm < L ≤ 700 nm.")
    assert [(i.comparator, i.value) for i in found] == [("max", 0.01), ("min", 0.9)]


def test_a_range_of_decimal_commas_without_a_unit_is_a_range():
    (silicon, iron) = extract_indicators("Composition, %: Si 0,40 – 0,8; Fe 0,7.")
    assert (silicon.comparator, silicon.low, silicon.high) == ("range", 0.4, 0.8)
    assert iron.value == 0.7
    (ash,) = extract_indicators("Ash content 1,5-2,5; water 12,0 % max.")[:1]
    assert (ash.low, ash.high) == (1.5, 2.5)
    assert extract_indicators("Items 6-8 and 10-12 apply.") == ()  # item numbers, no decimals: no range


def test_one_scanner_gives_numbers_of_the_grammar_or_runs_of_digits_with_spans_in_the_clause():
    clause = "Ｎｏ２ ≤ ３ ０００ V, ratio 23/50, 2.0×10¹² per km, clause 5.2.1"
    folded, where = fold(clause)
    grammar = list(scan_numbers(folded, where))
    # Numbers of the grammar, whole: not the '2' of 'No2', the '50' of '23/50' nor any part of '5.2.1'.
    assert [n.text for n in grammar] == ["3 000", "23", "2.0×10^12"]
    assert [read_number(n.text) for n in grammar] == [3000.0, 23.0, 2.0e12]
    first = grammar[0]
    assert folded[first.at:first.to] == "3 000" and clause[first.start:first.end] == "３ ０００"
    assert clause[grammar[2].start:grammar[2].end] == "2.0×10¹²"  # (the folded '^' maps back into the superscript)
    # Runs of digits as written: what a reviewer is shown, ratios and dotted numbers whole.
    runs = [n.text for n in scan_numbers(folded, where, DIGIT_RUN)]
    assert runs == ["2", "3", "000", "23/50", "2.0", "10", "12", "5.2.1"]


def test_zai_x_he_y_is_a_band_only_when_zhijian_closes_it():
    # '在40 ℃和100 ℃下': two points; '在5 ℃和40 ℃之间': a band
    found = extract_indicators("分别在40 ℃和100 ℃下测定运动粘度。")
    assert [(i.comparator, i.value) for i in found] == [("equal", 40.0), ("equal", 100.0)]
    (band,) = extract_indicators("在5 ℃和40 ℃之间的任一温度下贮存。")
    assert (band.comparator, band.low, band.high) == ("range", 5.0, 40.0)


def test_number_or_none_reads_as_read_number_and_gives_none_for_no_number():
    from compare.indicators.numbers import number_or_none, read_number

    for text, comma in (("3 000", False), ("0,8", True), ("2.0×10^12", False), ("1,5", False)):
        assert number_or_none(text, comma) == read_number(text, comma)
    assert number_or_none(None) is None and number_or_none("") is None
    assert number_or_none("abc") is None


@given(st.integers(min_value=1_000_000, max_value=999_999_999))
def test_two_thousands_commas_in_a_text_of_decimal_commas(n):
    # a text of decimal commas may still group thousands with commas ('1,000,264'): two commas are no decimal
    written = f"{n:,}"
    assert read_number(written, decimal_comma=True) == n
    assert read_number("2,5", decimal_comma=True) == 2.5


def test_a_clause_with_decimal_commas_and_a_comma_grouped_number_is_read():
    # (found by a crash hunt over mutated texts: the reading stopped with a ValueError on '1,000,264')
    found = extract_indicators("the factor is 0,80 to 2,00 and the dimension 1,000,264 mm to 0,660 mm")
    assert found


@pytest.mark.parametrize("written", ["8E711", "1E400", "2×10^999", "10^999"])
def test_a_power_of_ten_no_float_holds_is_left_unread(written):
    # '8E711' (a disease class code read as 8×10⁷¹¹) is infinite as a float: no quantity, not read as one
    assert read_number(written) == math.inf  # (what the number grammar gives; the reader must not take it)
    found = extract_indicators(f"限值 {written} mg，铅≤0.2 mg/kg")
    assert [(i.value, i.unit) for i in found] == [(0.2, "mg/kg")]

def test_a_clause_with_a_code_read_as_a_huge_power_of_ten_is_read():
    # (found by a crash hunt over mutated texts: OverflowError out of the reading on '8E711 29型糖尿病')
    from compare.indicators.extract import extract
    reading = extract("A00 霍乱；8E711 29型糖尿病；：I10 特发性（9原发性）高血压；J18 肺炎9，病原体未特指。")
    assert reading.unread_spans  # (the numbers stay listed for the reviewer)
    found = extract_indicators("上偏差为+10^999 mm，下偏差为-0.5 mm；尺寸（25 +10^999/-0.020）mm；限值 1E400 mg；"
                               "铅≤0.2 mg/kg")
    assert [(i.value, i.unit) for i in found if i.value == 0.2] == [(0.2, "mg/kg")]
    assert all(math.isfinite(v) for i in found for v in (i.value, i.low, i.high) if v is not None)

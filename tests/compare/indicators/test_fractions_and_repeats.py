"""Numbers not written as digits (twenty-sixth round): a fraction the clause states as its value ('shall not
exceed two-thirds of the …', '……的2/3。', '……的一半。', 'half the length'), parts per million in words ('百万分之十'), and a
step repeated twice ('carried out twice', 'dropped twice in each attitude'); and the fractions and repeats that stay words."""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from compare.core.vocabulary import Comparator
from compare.indicators.clausetext import (_DENOMINATORS, _EN_ONES, fold, fractions_to_digits, numerals_to_digits,
                                           repeats_to_digits)
from compare.indicators.extract import extract


def _digits(text: str) -> str:
    return numerals_to_digits(*fold(text))[0]


def _read(text: str) -> list[tuple[str, float | None, str]]:
    return [(str(i.comparator), i.value, i.unit) for i in extract(text).indicators]


def test_a_fraction_in_words_after_a_bound_is_its_decimal():
    text = ("The maximum surface temperature of the equipment shall not exceed two-thirds of the minimum ignition "
            "temperature of the dust cloud concerned.")
    [(comparator, value, _)] = _read(text)
    assert comparator == Comparator.MAX and math.isclose(value, 2 / 3)
    assert _read("The length of a clearway should not exceed half the length of the take-off run available.") == [
        ("max", 0.5, "")]
    assert _digits("the gap width and the stroke width are each one fifth of the outer diameter.") == (
        "the gap width and the stroke width are each 0.2 of the outer diameter.")


def test_a_chinese_fraction_ending_its_clause_is_its_decimal():
    assert _read("净空道的长度应不大于可用起飞滑跑距离的一半。") == [("max", 0.5, "")]
    assert _read("笔画宽度与缝隙宽度均为视标边长的1/5。") == [("equal", 0.2, "")]
    assert _digits("含量为总量的三分之二。") == "含量为总量的0.6666666666666666。"
    # the digit ratio was read as its numerator before: '的2/3' is no 2
    assert all(i.value != 2.0 for i in extract("设备的最高表面温度不应超过相关粉尘云最低点燃温度的2/3。").indicators)


def test_parts_per_million_in_words():
    assert _digits("含重金属不得过百万分之十。") == "含重金属不得过10 ppm。"
    assert [(i.value, i.unit) for i in extract("含重金属不得过百万分之十。").indicators] == [(10.0, "ppm")]


def test_fractions_that_name_a_part_or_a_band_stay_words():
    for text in ("each for at least half of the daylight hours.",              # after 'for': the time a level holds
                 "which cover approximately three quarters of the tread width.",  # no bound: a description
                 "Test signals: one-third-octave bands of noise",              # a band's name
                 "a half-sine pulse of 6 ms",
                 "但跑道两端各四分之一长度内的纵坡不应大于0.8 %。",                  # a part of a length, a scope
                 "该力的测量不得在关门行程开始的1/3之内进行。",
                 "Transfer 1 ml of the 1/10 dilution into Petri dishes",
                 # a fraction of a value stated elsewhere, which the keys multiply out (two fifths of 0,5 % as 0.2 %)
                 "The repeatability error shall not be greater than two fifths of the value in line A."):
        assert fractions_to_digits(*fold(text))[0] == fold(text)[0], text


def test_a_step_repeated_twice_is_two_times():
    assert _read("The test shall be carried out twice.") == [("equal", 2.0, "times")]
    assert _read("the specimen shall be dropped twice in each specified attitude.") == [("equal", 2.0, "times")]
    # the unit as written is the whole word, never a letter of it
    text, where = repeats_to_digits(*fold("It is repeated twice."))
    assert text == "It is repeated 2 times."
    assert "It is repeated twice."[where[text.index("times")]:where[text.index("times") + 4] + 1] == "twice"


def test_twice_that_is_no_repeat_stays_for_the_multiple_rules():
    for text in ("apply 1 000 V plus twice the maximum system voltage", "at least twice that of the runway",
                 "he said twice that", "It was noticed twice by the operator."):
        assert repeats_to_digits(*fold(text))[0] == text, text


_NUMERATORS = _EN_ONES[1:10]


@settings(deadline=None, max_examples=60)
@given(num=st.sampled_from(_NUMERATORS), den=st.sampled_from(sorted(_DENOMINATORS)), hyphen=st.booleans(),
       bound=st.sampled_from(["shall not exceed", "shall be not more than", "shall be", "are each", "is equal to"]),
       of=st.sampled_from(["of the", "the", "of its"]))
def test_every_fraction_in_words_reads_as_numerator_over_denominator(num, den, hyphen, bound, of):
    text = f"The width {bound} {num}{'-' if hyphen else ' '}{den} {of} diameter."
    digits = fractions_to_digits(*fold(text))[0]
    value = (_NUMERATORS.index(num) + 1) / _DENOMINATORS[den]
    assert digits == f"The width {bound} {repr(value) if not value.is_integer() else int(value)} {of} diameter."


@settings(deadline=None, max_examples=60)
@given(num=st.integers(min_value=1, max_value=999), den=st.integers(min_value=1, max_value=999),
       end=st.sampled_from(["。", "，", "；", ""]))
def test_every_digit_ratio_after_de_ending_its_clause_reads_as_its_quotient(num, den, end):
    text = f"宽度应不大于直径的{num}/{den}{end}"
    digits, where = fractions_to_digits(*fold(text))
    value = num / den
    written = str(int(value)) if value.is_integer() else repr(value)
    assert digits.startswith(f"宽度应不大于直径的{written}")
    assert len(where) == len(digits)
    # followed by more words ('的1/3之内'), it stays as written
    inside = f"测量不得在行程开始的{num}/{den}之内进行"
    assert fractions_to_digits(*fold(inside))[0] == fold(inside)[0]


def test_shocks_in_words_are_a_count_of_the_shock_test():
    text = ("Shock testing: half-sine pulse with a nominal duration of 30 ms; three shocks in the positive and three "
            "shocks in the negative direction of each axis.")
    assert [(i.value, i.unit) for i in extract(text).indicators] == [(30.0, "ms"), (3.0, ""), (3.0, "")]
    text = "half-sine shock of peak acceleration 150 gn and pulse duration 6 ms, three shocks in each direction."
    assert (3.0, "") in [(i.value, i.unit) for i in extract(text).indicators]


def test_a_mantissa_grouped_by_spaces_is_one_number():
    from compare.indicators.numbers import WRITTEN, read_number

    text = ("geocentric gravitational constant GM = 3 986 005 × 10⁸ m³ s⁻²; dynamical form factor J2 = 108 263 × 10⁻⁸;"
            " angular velocity ω = 7 292 115 × 10⁻¹¹ rad s⁻¹.")
    assert [m.group(0) for m in WRITTEN.finditer(fold(text)[0]) if "×" in m.group(0)] == [
        "3 986 005 × 10^8", "108 263 × 10^-8", "7 292 115 × 10^-11"]
    assert [i.value for i in extract(text).indicators if i.value and i.value > 1e9] == [3.986005e14]
    assert math.isclose(read_number("3.986 004 418×10^14"), 3.986004418e14)
    # a number of the plain grammar before it stays its own ('6 378 137 m; GM = …')
    assert [m.group(0) for m in WRITTEN.finditer("a = 6 378 137 m; 2 × 10^3")] == ["6 378 137", "2 × 10^3"]


@settings(deadline=None, max_examples=60)
@given(mantissa=st.integers(min_value=1_000, max_value=99_999_999), exponent=st.integers(min_value=-15, max_value=15),
       times=st.sampled_from(["×", " × ", "x", " · "]))
def test_every_spaced_mantissa_reads_as_its_digits_times_the_power(mantissa, exponent, times):
    from compare.indicators.numbers import WRITTEN, read_number

    spaced = f"{mantissa:,}".replace(",", " ")
    written = f"{spaced}{times}10^{exponent}"
    [match] = WRITTEN.finditer(f"GM = {written} m")
    assert match.group(0) == written
    assert math.isclose(read_number(written), mantissa * 10.0 ** exponent, rel_tol=1e-12)

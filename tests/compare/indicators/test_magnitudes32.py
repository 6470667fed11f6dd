"""compare/indicators/magnitudes.py and the comparator words of programming-language limits (thirty-second round,
fixlang32): macro names are names, lists of implementation minima, values in magnitude with the same sign and
formulas that restate a value. The sentences are written here, not taken from the open sets."""

from __future__ import annotations

from compare.indicators.extract import extract
from compare.indicators.magnitudes import restated_formulas, signed_magnitudes, states_signed_magnitudes


def read(text: str) -> list[tuple[str, str, float | None]]:
    return [(i.parameter, str(i.comparator), i.value) for i in extract(text).indicators]


# ------------------------------------------------------------------------------------ macro names are no bounds

def test_max_and_min_inside_a_macro_name_are_part_of_the_name():
    # 'MAX' and 'MIN' joined to an underscore are part of the identifier, never a bound word: the list's lead says
    # the kind ('at least')
    got = read("Each of these shall be at least the value given: WORD_MAX 64; LINE_MIN 8.")
    assert [(p.split(":")[-1].strip(), c, v) for p, c, v in got] == [("WORD_MAX", "min", 64.0), ("LINE_MIN", "min", 8.0)]


def test_a_chinese_list_of_macro_names_takes_the_bound_of_its_lead():
    got = read("下列宏的值应不小于所示的值：PATH_LEN_MAX 255；FILE_CNT_MAX 20。")
    assert [(c, v) for _, c, v in got] == [("min", 255.0), ("min", 20.0)]
    assert got[1][0] == "FILE_CNT_MAX"


def test_a_plain_max_word_still_bounds():
    assert read("Supply voltage: 250 V max.")[0][1:] == ("max", 250.0)


# ------------------------------------------------------------------------------- heads of lists of minima

def test_minimum_values_heading_a_list_from_further_off():
    # 'minimum values' followed by a long verb phrase before the colon still heads the list
    got = read("The following minimum values shall be provided by every compliant system: {QUEUE_LEN} 32; "
               "{TIMER_CNT} 4; {USER_CNT} 16.")
    assert [(c, v) for _, c, v in got] == [("min", 32.0), ("min", 4.0), ("min", 16.0)]


def test_greater_or_equal_without_than_is_a_minimum():
    got = read("Implementations shall use values greater or equal to those listed: DIGITS_F 7; DIGITS_D 15.")
    assert [(c, v) for _, c, v in got] == [("min", 7.0), ("min", 15.0)]


# ---------------------------------------------------------------------------------------------- signed magnitudes

def test_negative_value_in_magnitude_with_the_same_sign_is_a_maximum():
    got = read("The values shall be equal or greater in magnitude to those shown, with the same sign: "
               "WORD_LOW −2047; WORD_HIGH +2047.")
    assert [(c, v) for _, c, v in got] == [("max", -2047.0), ("min", 2047.0)]


def test_chinese_magnitude_with_the_same_sign():
    got = read("下列值的大小（绝对值）应等于或大于所示的值，且符号相同：WORD_LOW −511；WORD_HIGH +511。")
    assert [(c, v) for _, c, v in got] == [("max", -511.0), ("min", 511.0)]


def test_a_negative_minimum_without_magnitude_words_stays_a_minimum():
    assert read("The ambient temperature shall be at least −25 °C.")[0][1:] == ("min", -25.0)
    assert not states_signed_magnitudes("The ambient temperature shall be at least −25 °C.")
    assert signed_magnitudes((), "in magnitude, with the same sign") == ()


# ---------------------------------------------------------------------------------------------- restated formulas

def test_a_formula_after_a_comment_mark_restates_the_value():
    text = "WORD_HIGH +2047 // 2^11 − 1; WORD_LOW −2047 // −(2^11 − 1)."
    spans = restated_formulas(text)
    assert [text[a:b].strip() for a, b in spans] == ["// 2^11 − 1", "// −(2^11 − 1)"]
    got = read("The values shall be equal or greater in magnitude to those shown, with the same sign: " + text)
    assert [v for _, _, v in got] == [2047.0, -2047.0]


def test_a_web_address_is_no_formula():
    assert restated_formulas("See https://example.org/2^3 for details.") == []

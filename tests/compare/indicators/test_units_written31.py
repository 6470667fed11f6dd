"""Units written after a number that the reader's unit pattern stopped short of (compare.indicators.units_written31),
and the names of units taught to the lexicon in the thirty-first round (units31 probe). Sentences of our own."""

from __future__ import annotations

import pytest

from compare.indicators.extract import extract
from compare.indicators.units import normalise


def read(text: str) -> list[tuple]:
    out = []
    for i in extract(text).indicators:
        if all(x is None for x in (i.value, i.low, i.high, i.tolerance)):
            continue
        out.append((str(i.comparator), i.value, i.low, i.high, i.tolerance, i.unit))
    return out


def test_bracketed_tolerance_scaled_by_a_power_of_ten_takes_the_unit_after_it():
    got = read("玻璃的线膨胀系数为（4.0±0.2）×10⁻⁶/K。")
    assert len(got) == 1
    comparator, value, _, _, tolerance, unit = got[0]
    assert comparator == "tolerance" and value == pytest.approx(4.0e-6) and tolerance == pytest.approx(2e-7)
    n = normalise(value, unit, tolerance=tolerance)
    assert n.known and n.unit == "1/K"


def test_a_unit_after_a_space_and_the_power_is_no_value_of_its_own():
    got = read("The constant shall be (2.5 ± 0.1) × 10⁻³ J·s.")
    assert len(got) == 1
    comparator, value, _, _, tolerance, unit = got[0]
    assert comparator == "tolerance" and value == pytest.approx(2.5e-3) and tolerance == pytest.approx(1e-4)
    assert unit == "J·s"


def test_a_plain_number_with_a_power_takes_the_unit_after_the_solidus():
    got = read("The expansion coefficient is 17 × 10⁻⁶/K.")
    assert len(got) == 1
    assert got[0][1] == pytest.approx(1.7e-5)
    assert normalise(got[0][1], got[0][5]).unit == "1/K"


def test_a_power_with_no_unit_after_it_is_left_as_read():
    got = read("二氧化硫的体积分数为(40±4)×10⁻⁶。")
    assert [g[0] for g in got] == ["tolerance"]
    assert got[0][1] == 40.0


@pytest.mark.parametrize("text, unit", [
    ("薄膜的透湿量不大于2.0 g/(m²·24 h)。", "g/(m²·24 h)"),
    ("The leakage shall not exceed 12 L/(24 h·km).", "L/(24 h·km)"),
])
def test_a_bracketed_denominator_with_a_number_is_part_of_the_unit(text, unit):
    got = read(text)
    assert got == [("max", pytest.approx(got[0][1]), None, None, None, unit)]
    assert normalise(got[0][1], unit).known


def test_a_bracketed_denominator_without_a_number_is_read_as_before():
    assert read("The transmittance shall not exceed 1.5 W/(m²·K).") == [("max", 1.5, None, None, None, "W/(m²·K)")]


def test_a_log_count_is_the_unit_of_a_value_and_of_a_band():
    got = read("Carcase counts: satisfactory < 2,5 log cfu/cm²; borderline 2,5 to 4,0 log cfu/cm².")
    assert ("max", 2.5, None, None, None, "log cfu/cm²") in got
    assert ("range", None, 2.5, 4.0, None, "log cfu/cm²") in got


def test_a_log_count_is_no_plain_count():
    n = normalise(2.0, "log CFU/g")
    assert not n.known or n.dimension != normalise(2.0, "CFU/g").dimension


def test_inches_where_the_words_stop():
    assert read("The bolt diameter is 0.625 in.") == [("equal", 0.625, None, None, None, "in")]
    assert normalise(1.0, "in").value == pytest.approx(25.4)


def test_in_followed_by_words_is_the_preposition():
    assert all(g[5] != "in" for g in read("Place 5 in each tray."))


def test_decibels_in_words_are_a_level_as_db_is():
    words, symbol = normalise(85.0, "decibels"), normalise(85.0, "dB")
    assert (words.value, words.unit, words.dimension) == (symbol.value, symbol.unit, symbol.dimension)


def test_gauge_pounds_and_gallons_per_minute_are_known():
    assert normalise(100.0, "psig").unit == normalise(100.0, "psi").unit
    assert normalise(100.0, "psig").value == pytest.approx(normalise(100.0, "psi").value)
    assert normalise(2.0, "gpm").value == pytest.approx(normalise(2.0, "gal/min").value)
    assert read("The supply pressure shall not exceed 150 psig.") == [("max", 150.0, None, None, None, "psig")]


def test_bu_de_guo_is_a_maximum():
    assert read("炽灼残渣不得过0.1%。") == [("max", 0.1, None, None, None, "%")]


def test_a_count_restated_with_the_other_counter_is_one_unit():
    from compare.indicators.units_written31 import counter_restated

    text = "大肠菌群（MPN/100 mL或CFU/100 mL）：3"
    assert counter_restated(text) == "大肠菌群（MPN/100 mL" + " " * len("或CFU/100 mL") + "）：3"
    assert read("Enterococci (MPN/100 mL or CFU/100 mL): 40") == [("equal", 40.0, None, None, None, "MPN/100 mL")]


def test_counts_per_other_amounts_are_not_restatements():
    from compare.indicators.units_written31 import counter_restated

    assert counter_restated("霉菌/(CFU/g或CFU/mL) ≤ 100") == "霉菌/(CFU/g或CFU/mL) ≤ 100"


def test_a_level_referred_to_a_unit_takes_a_tolerance_in_decibels():
    assert read("发射机的输出功率为20 dBm，允差为±1.5 dB。") == [("tolerance", 20.0, None, None, 1.5, "dBm")]


def test_a_band_and_a_tolerance_in_decibels_stay_apart():
    got = read("≤ 500 Hz, ± 2 dB")
    assert [g[0] for g in got] == ["max", "max"]


@pytest.mark.parametrize("text, comparator", [
    ("下屈服强度ReL/MPa ≥ 355", "min"),
    ("最大抗拉强度Rm,max/MPa：1 040", "max"),
])
def test_a_symbol_over_a_unit_before_the_value_gives_the_unit(text, comparator):
    got = read(text)
    assert [(g[0], g[5]) for g in got] == [(comparator, "MPa")]


def test_a_symbol_that_is_a_unit_itself_is_left():
    assert all(g[5] != "%" for g in read("伸长率A/% ≥ 20"))


def test_centistokes_are_a_kinematic_viscosity():
    assert read("The viscosity shall be 3.0 cSt to 5.5 cSt.") == [("range", None, 3.0, 5.5, None, "cSt")]
    assert normalise(3.0, "cSt").value == pytest.approx(normalise(3.0, "mm²/s").value)


def test_octaves_per_minute_are_a_sweep_rate():
    assert read("The sweep rate shall be 2 octaves per minute.") == [("equal", 2.0, None, None, None,
                                                                      "octaves per minute")]
    assert normalise(2.0, "octaves per minute").known


def test_octave_bands_are_no_rate():
    assert all("octave" not in g[5] for g in read("The level shall not exceed 12 dB in 3 octave bands."))

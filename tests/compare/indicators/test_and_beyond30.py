"""en30: a value closed by 'and above' / 'and over' (a minimum) or 'and below' / 'and under' (a maximum), as '及以上',
'及以下' and 'or above' are read (compare.indicators.and_beyond). Sentences of our own."""

from __future__ import annotations

from compare.core.vocabulary import Comparator
from compare.indicators.and_beyond import open_end_after

from tests.compare.indicators.readings import read


def _after(text: str, value: str):
    return open_end_after(text, text.index(value) + len(value))


# --------------------------------------------------------------------------------------------- the words


def test_and_above_and_its_kin_close_the_value_as_an_open_end():
    assert _after("pupils of 12 years and above", "12 years") == (Comparator.MIN, len("pupils of 12 years and above"))
    assert _after("loads of 500 N and over.", "500 N")[0] == Comparator.MIN
    assert _after("grades of 40 and higher;", "40")[0] == Comparator.MIN
    assert _after("sizes of 6 mm and under, ", "6 mm")[0] == Comparator.MAX
    assert _after("class 3 (100 kPa) and below.", "100 kPa")[0] == Comparator.MAX


def test_a_preposition_a_comparison_or_the_next_band_is_not_taken():
    assert _after("a rail 900 mm and above the floor", "900 mm") is None
    assert _after("up to 50 and over 50 up to 80", "up to 50") is None
    assert _after("more than 20 mm and less than 40 mm", "20 mm") is None
    assert _after("from 10 mm and lower than 30 mm", "10 mm") is None
    assert _after("a rod of 8 mm and a tube", "8 mm") is None
    assert _after("rods of 8 mm and aboveground pipes", "8 mm") is None


def test_a_band_heading_a_row_is_left_to_the_row_rules():
    assert _after("3 to 5: 0,8; 6 and above: 0,6", "6") is None
    assert _after("diameter 2 mm and over | 12 N", "2 mm") is None


# --------------------------------------------------------------------------------------------- the reader


def test_a_value_closed_by_and_above_is_read_as_a_minimum():
    assert read("The toy is intended for children of 3 years and above.") == [("min", 3.0, "years")]
    assert read("Motors of 7,5 kW and over shall be fitted with a thermal cut-out.") == [("min", 7.5, "kW")]


def test_a_value_closed_by_and_below_is_read_as_a_maximum():
    assert read("The seat is for infants of 9 kg and under.") == [("max", 9.0, "kg")]


def test_the_words_do_not_pass_to_the_next_value():
    # 'above' no longer stands before the second value as a bound word of its own
    readings = read("Speeds of 20 km/h and above shall be recorded, and the brake shall hold 40 N.")
    assert readings[0] == ("min", 20.0, "km/h")
    assert ("min", 40.0, "N") not in readings


def test_a_value_after_at_stays_a_condition():
    # ('at 6 000 Hz and above': the band of a tolerance, not a limit of its own)
    readings = read("The level shall not differ by more than 5 dB at 8 000 Hz and above.")
    assert ("min", 8000.0, "Hz") not in readings
    assert ("max", 5.0, "dB") in readings

"""Ranges and averaging periods written in words (compare/indicators/range_words.py, twenty-ninth round, proberange29)."""

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract
from compare.indicators.range_words import (averaged_over_a_period, from_and_up_to, limits_joined_by_and,
                                            range_words)


def _read(text):
    return [i for i in extract(text).indicators if any(x is not None for x in (i.value, i.low, i.high, i.tolerance))]


def test_limits_joined_by_and_becomes_one_band_same_length():
    text = "The shaft diameter has limits of 11.95 mm and 12.05 mm."
    out = limits_joined_by_and(text)
    assert len(out) == len(text)
    assert "～" in out and " and " not in out
    assert out.index("11.95") == text.index("11.95") and out.index("12.05") == text.index("12.05")


def test_limits_written_high_to_low_or_alone_are_left():
    assert limits_joined_by_and("limits 40 mm and 30 mm apply") == "limits 40 mm and 30 mm apply"
    assert limits_joined_by_and("the upper limit 40 mm and the lower 30 mm") == "the upper limit 40 mm and the lower 30 mm"
    assert limits_joined_by_and("no numbers here") == "no numbers here"


def test_limits_read_as_one_range():
    read = _read("The gap shall have limits 0.40 mm and 0.60 mm.")
    assert len(read) == 1
    assert read[0].comparator == Comparator.RANGE
    assert (read[0].low, read[0].high, read[0].unit) == (0.4, 0.6, "mm")


def test_from_and_up_to_becomes_one_band():
    text = "The relay shall pick up at any voltage from 75 % and up to 120 % of its rated voltage."
    out = from_and_up_to(text)
    assert len(out) == len(text) and "up to" not in out
    read = _read(text)
    assert len(read) == 1 and read[0].comparator == Comparator.RANGE
    assert (read[0].low, read[0].high, read[0].unit) == (75, 120, "%")


def test_from_up_to_and_including_reads_both_ends():
    read = _read("The supply shall be from 200 V up to and including 250 V.")
    assert [(r.comparator, r.low, r.high, r.unit) for r in read] == [(Comparator.RANGE, 200, 250, "V")]


def test_up_to_without_from_is_left():
    text = "Loads up to 50 kg and from 10 kg are accepted."
    assert range_words(text) == text
    assert from_and_up_to("from 9 V up to 3 V") == "from 9 V up to 3 V"


def test_averaging_period_span_is_the_duration():
    text = "The mean value, measured over a period of 8 h, shall not exceed 30 °C."
    spans = averaged_over_a_period(text)
    assert [text[a:b] for a, b in spans] == ["8 h"]
    assert averaged_over_a_period("Keep the sample over a period of 8 h at 30 °C.") == []


def test_averaging_period_is_not_read_as_a_value():
    read = _read("The daily temperature shall not exceed 45 °C and its average over a period of 12 h shall not "
                 "exceed 38 °C.")
    assert [(r.comparator, r.value, r.unit) for r in read] == [(Comparator.MAX, 45, "°C"), (Comparator.MAX, 38, "°C")]


# ------------------------------------------------- a value's period written right after it (thirty-second round)

def test_period_after_a_value_is_the_time_of_its_mean():
    text = "Noise at the workstation shall not exceed 85 dB(A) averaged over 8 hours."
    assert [text[a:b] for a, b in averaged_over_a_period(text)] == ["8 hours"]
    read = _read("The dust concentration shall not exceed 4 mg/m³ (averaged over 15 min), and the peak shall not "
                 "exceed 10 mg/m³.")
    assert [(r.comparator, r.value, r.unit) for r in read] == [(Comparator.MAX, 4, "mg/m³"), (Comparator.MAX, 10, "mg/m³")]


def test_period_averaged_after_a_name_stays():
    # (no value before it: the period is what the clause states)
    assert averaged_over_a_period("The design wind speed is the gust speed averaged over 3 s at 10 m height.") == []


def test_within_two_values_joined_by_and_is_one_band():
    # thirty-eighth round (fixrange38): 'within X and Y' names the two ends of one band, as 'between X and Y' does
    text = "The crest factor of the supply voltage shall be within 1,38 and 1,44 times its r.m.s. value."
    out = range_words(text)
    assert len(out) == len(text) and " and 1,44" not in out
    read = _read(text)
    assert read[0].comparator == Comparator.RANGE
    assert (read[0].low, read[0].high) == (1.38, 1.44)


def test_within_a_duration_and_a_list_after_within_are_left():
    assert range_words("The load shall be applied within 5 s and held for 1 min.") == \
        "The load shall be applied within 5 s and held for 1 min."
    text = "The frequency shall be within 49 Hz and 51 Hz, 48 Hz and 52 Hz in emergency."
    assert range_words(text) == text


def test_signed_limits_parted_by_a_comma_are_one_band():
    # 'limits: −25 °C, +55 °C': two signed limits after a colon, parted by a comma, nothing after the second
    text = "The meter shall operate within the storage temperature limits: −25 °C, +55 °C."
    read = _read(text)
    assert len(read) == 1 and read[0].comparator == Comparator.RANGE
    assert (read[0].low, read[0].high, read[0].unit) == (-25, 55, "°C")


def test_three_values_after_limits_stay_a_list():
    text = "The test temperature limits: −25 °C, +55 °C, +70 °C."
    assert range_words(text) == text

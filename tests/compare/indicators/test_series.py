"""A series of values a standard lists to choose from (preferred values, nominal sizes, an R series) states no
requirement: at least five bare values of one unit, parted by separators only, rising or falling step by step, in a
sentence that says they are a series or a choice (constructions.monotonic_runs, extract._series_of_values).
Sentences written for these tests, in fields of their own; no encoder."""

from __future__ import annotations

from compare.indicators.constructions import MIN_SERIES, monotonic_runs
from compare.indicators.extract import extract


def test_runs_that_rise_or_fall_step_by_step() -> None:
    assert MIN_SERIES == 5
    assert monotonic_runs([1, 1.25, 1.6, 2, 2.5, 3.15]) == [(0, 6)]
    assert monotonic_runs([500, 355, 250, 180, 125]) == [(0, 5)]
    # two series one after the other: the second starts where the first turns back
    assert monotonic_runs([1, 2, 3, 4, 5, 1.5, 2.5, 3.5, 4.5, 5.5]) == [(0, 5), (5, 10)]
    assert monotonic_runs([6, 10, 16, 20]) == []  # too short
    assert monotonic_runs([10, 6, 16, 13, 20, 25]) == []  # no order
    assert monotonic_runs([1, 2, 2, 3, 4]) == []  # a value repeated ends a run
    assert monotonic_runs([]) == []


def test_preferred_values_in_chinese_are_no_indicator_nor_unread() -> None:
    result = extract("断路器额定电流的优选值为：6 A、10 A、16 A、20 A、25 A、32 A和40 A。")
    assert result.indicators == ()
    assert result.unread == ()


def test_a_series_in_english_with_decimal_commas_is_no_indicator() -> None:
    assert extract("Preferred nominal diameters (mm): 1,6; 2,5; 4; 6,3; 10; 16.").indicators == ()
    assert extract("The pipe size shall be one of the following: 15 mm, 20 mm, 25 mm, 32 mm, 40 mm, 50 mm.").indicators == ()


def test_values_given_out_to_named_items_stay_limits() -> None:
    text = "系列A1、A2、A3、A4、A5电池的额定容量分别为10 Ah、20 Ah、40 Ah、80 Ah、100 Ah。"
    assert [i.value for i in extract(text).indicators] == [10.0, 20.0, 40.0, 80.0, 100.0]


def test_a_list_no_word_offers_as_a_choice_stays_read() -> None:
    text = "Temperatures of the heating curve (°C): 500, 600, 700, 800, 900."
    assert [i.value for i in extract(text).indicators] == [500.0, 600.0, 700.0, 800.0, 900.0]


def test_a_list_in_no_order_stays_read_whatever_its_words() -> None:
    assert len(extract("熔断体的额定电流可选用：10 A、6 A、16 A、13 A、20 A。").indicators) == 5


def test_the_limit_after_a_series_is_named_by_the_words_before_it() -> None:
    # the tolerance stated after the series is the series' own: named by what the series is of, and a limit of its own
    # (whichever value is chosen), not 30 ℃ ± 1 ℃ (readAD: dev10 W004, dev22 AI029 key it so)
    (tolerance,) = extract("冷却水温度从下列数值中选取：5 ℃、10 ℃、15 ℃、20 ℃、25 ℃、30 ℃，允差为±1 ℃。").indicators
    assert (tolerance.comparator, tolerance.value) == ("max", 1.0) and "冷却水温度" in tolerance.parameter
    # words after the series name the limit after it
    (limit,) = [i for i in extract("试验电压优先选用1 kV、2 kV、4 kV、6 kV、8 kV，绝缘电阻不小于100 MΩ。").indicators]
    assert (limit.comparator, limit.value, limit.unit) == ("min", 100.0, "MΩ")
    assert "绝缘电阻" in limit.parameter and "kV" not in limit.parameter

"""Chains of three numbers or more (`series.dash_chains_as_lists`, twenty-seventh round)."""

from __future__ import annotations

import pytest

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract_indicators
from compare.indicators.series import dash_chains_as_lists


def _ranges(text: str) -> list[tuple[float, float]]:
    return [(i.low, i.high) for i in extract_indicators(text) if i.comparator == Comparator.RANGE]


def test_spaced_dashes_of_a_chain_become_list_commas_of_the_same_length():
    text = "Nominal widths: 0,5 – 0,8 – 1,2 – 2,0."
    out = dash_chains_as_lists(text)
    assert len(out) == len(text)
    assert out == "Nominal widths: 0,5 , 0,8 , 1,2 , 2,0."
    with_units = "Lengths of the pieces: 12 mm — 18 mm — 27 mm."
    assert dash_chains_as_lists(with_units) == "Lengths of the pieces: 12 mm , 18 mm , 27 mm."


@pytest.mark.parametrize("text", [
    "The working temperature is 5 °C – 35 °C.",  # two numbers: a range
    "Registry number 7782-50-5 and the years 2019–2020–2021.",  # dashes not spaced
    "Steps of 1 – 2 – 3-4 mm are used.",  # the chain runs on into a hyphenated pair: not one chain
    "Grade 3 – for indoor use; grade 4 – for outdoor use.",  # a dash between a number and words
])
def test_other_dashes_are_left(text):
    assert dash_chains_as_lists(text) == text


def test_a_chain_is_read_as_values_not_ranges_of_neighbours():
    text = "The pulse widths used are 20 µs – 50 µs – 100 µs – 200 µs."
    assert _ranges(text) == []
    values = [(i.value, i.unit) for i in extract_indicators(text)]
    assert values == [(20.0, "µs"), (50.0, "µs"), (100.0, "µs"), (200.0, "µs")]


def test_a_dash_between_two_numbers_stays_a_range():
    assert _ranges("The pulse width is 20 µs – 50 µs.") == [(20.0, 50.0)]


def test_a_chain_of_preferred_numbers_is_a_series_read_as_none():
    # written with spaced dashes as ISO 3 writes its tables: a series to choose from, as when written with commas
    dashed = "Series R 5 of preferred numbers: 1,00 – 1,60 – 2,50 – 4,00 – 6,30 – 10,00."
    commas = "Series R 5 of preferred numbers: 1,00, 1,60, 2,50, 4,00, 6,30, 10,00."
    assert extract_indicators(dashed) == extract_indicators(commas) == ()


def test_joints_that_part_a_list_into_equal_rows():
    from compare.indicators.series import parted_into_rows
    assert parted_into_rows([", ", ", ", "; ", ", ", ", ", "; ", ", ", ", "])  # three rows of three
    assert parted_into_rows(["，", "；", "，", "；", "，"])  # three rows of two
    assert not parted_into_rows(["; "] * 8)  # semicolons only: one list
    assert not parted_into_rows([", "] * 8)  # commas only: one list
    assert not parted_into_rows([", ", "; ", ", ", ", ", "; ", ", "])  # rows of unequal length
    assert not parted_into_rows([", ", ", ", "; ", ", "])  # the last row short
    assert not parted_into_rows(["; ", ", ", ", ", ", "])  # a row of one


def test_rows_of_a_table_under_a_series_word_are_read_not_taken_for_a_series():
    rows = ("Bore sizes, light, normal and heavy series: shaft 10 mm, 10,5 mm, 11 mm, 11,5 mm; "
            "12 mm, 12,5 mm, 13 mm, 13,5 mm; 14 mm, 14,5 mm, 15 mm, 15,5 mm.")
    assert [i.value for i in extract_indicators(rows)] == [10.0, 10.5, 11.0, 11.5, 12.0, 12.5, 13.0, 13.5, 14.0,
                                                           14.5, 15.0, 15.5]
    # the same values as one list parted alike: a series to choose from, read as none
    series = ("Bore sizes, preferred series: 10 mm, 10,5 mm, 11 mm, 11,5 mm, 12 mm, 12,5 mm, 13 mm, 13,5 mm, 14 mm, "
              "14,5 mm, 15 mm, 15,5 mm.")
    assert extract_indicators(series) == ()


def test_the_clause_that_holds_a_list():
    from compare.indicators.series import offering_clause
    text = "温度为40 ℃。试验持续时间优先从168 h、504 h、1 000 h中选取；其余不限。"
    start, end = text.index("168"), text.index("1 000 h") + 7
    assert offering_clause(text, start, end) == "试验持续时间优先从168 h、504 h、1 000 h中选取"
    text = "Temperature 40 °C. Durations: 2 h, 4 h and 8 h; other values on request."
    start, end = text.index("2 h"), text.index("8 h") + 3
    assert offering_clause(text, start, end) == "Durations: 2 h, 4 h and 8 h"


@pytest.mark.parametrize("text", [
    "The soak time shall preferably be chosen from 3 h, 6 h and 12 h.",
    "浸泡时间优先选用3 h、6 h和12 h。",
    "浸泡时间从3 h、6 h、12 h中选取。",
    "Preferred soak times: 3 h, 6 h, 9 h and 12 h.",
])
def test_three_or_four_values_offered_as_a_choice_are_a_series(text):
    assert [i.value for i in extract_indicators(text)] == []


@pytest.mark.parametrize("text", [
    # the choice is said in another clause: the values are specified
    "The soak time is selected by the manufacturer; it shall be 3 h, 6 h and 12 h for the three samples.",
    # no word of a choice
    "The soak times are 3 h, 6 h and 12 h.",
    # given out one by one
    "浸泡时间优先选用3 h、6 h和12 h，分别用于A、B、C三类试样。",
    # not in order
    "The soak time shall preferably be chosen from 6 h, 3 h and 12 h.",
])
def test_short_lists_not_offered_as_a_choice_stay_read(text):
    assert sorted(i.value for i in extract_indicators(text) if i.unit == "h") == [3.0, 6.0, 12.0]

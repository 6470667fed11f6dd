"""Bare values a clause states as an approximation (compare.indicators.approximate_values, twenty-ninth round)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.core.vocabulary import Comparator
from compare.indicators.approximate_values import approximate_values
from compare.indicators.clausetext import fold
from compare.indicators.extract import extract


def _values(text: str) -> list[tuple[Comparator, float | None, str]]:
    return [(i.comparator, i.value, i.unit) for i in extract(text).indicators]


@pytest.mark.parametrize("text, expected", [
    ("G = 10^(3/10) ≈ 1.995 26;参考", "G =             1.995 26;参考"),
    ("之比为10^0.1(约1.258 9)。", "之比为        1.258 9 。"),
    ("a ratio of 10^0.1 (about 1,258 9) between", "a ratio of               1,258 9  between"),
    ("R 10 series, ratio approximately 1,25; preferred", "R 10 series, ratio =             1,25; preferred"),
])
def test_the_approximation_is_written_as_the_value(text, expected):
    assert approximate_values(text) == expected
    assert len(approximate_values(text)) == len(text)


@pytest.mark.parametrize("text", [
    "a speed of approximately 5,1 m/s.",  # a unit after the number: read with it already
    "a period of approximately 200 ms.",
    "about 10 % of the total body surface",
    "a common ratio of 1:√2 (≈ 1:1,4).",  # a ratio of two numbers is no one value
    "weigh about 20 g of the sample",
    "approximately 10 times the mass",  # a word after the number: no value ending its phrase
    "12.1498修约为12.1",  # '修约' rounds a number: no approximation
    "6,0 × 10^11 #/km.",  # a power with no approximation after it
])
def test_other_numbers_are_left_as_written(text):
    folded, _ = fold(text)
    assert approximate_values(folded) == folded


def test_the_decimal_is_read_not_the_base_of_the_power():
    read = _values("The octave frequency ratio is base-ten, G = 10^(3/10) ≈ 1,995 26. The reference frequency is "
                   "1 000 Hz.")
    assert (Comparator.EQUAL, pytest.approx(1.99526), "") in read
    assert all(value != 10 for _, value, _ in read)
    read = _values("倍频程频率比采用以10为底的系统，G = 10^(3/10) ≈ 1.995 26；参考频率为 1 000 Hz。")
    assert (Comparator.EQUAL, pytest.approx(1.99526), "") in read
    read = _values("相邻两行视标大小之比为10^0.1（约1.258 9）。检查距离为5 m。")
    assert (Comparator.EQUAL, pytest.approx(1.2589), "") in read
    assert all(value != 10 for _, value, _ in read)


def test_a_name_then_approximately_reads_the_value():
    assert (Comparator.EQUAL, 1.25, "") in _values("R 10 series, ratio approximately 1,25; preferred numbers follow.")
    assert not any(v == 1.4 and u == "" for _, v, u in _values("This series has a common ratio of 1:√2 (≈ 1:1,4)."))


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=1, max_value=9), st.integers(min_value=0, max_value=999),
       st.integers(min_value=1, max_value=9), st.sampled_from(["≈ ", "(about ", "(约", "(≈ "]))
def test_every_power_then_its_approximation_reads_as_the_decimal(whole, thousandths, exponent, marker):
    decimal = f"{whole}.{thousandths:03d}"
    closing = ")" if marker.startswith("(") else ""
    text = f"The ratio r = 10^0.{exponent} {marker}{decimal}{closing}."
    folded, _ = fold(text)
    rewritten = approximate_values(folded)
    assert len(rewritten) == len(folded)
    assert "^" not in rewritten and decimal in rewritten
    assert (Comparator.EQUAL, pytest.approx(float(decimal)), "") in _values(text)

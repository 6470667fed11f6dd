"""A ratio written with one first ('1:50', '1∶4', 'gradient 1:12.5') reads as its other term, as '50:1' reads as 50:
a plain number, so either way of writing the same mixing, scale or slope compares."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from compare.indicators.clausetext import RATIO_TO_ONE_LEAD, fold
from compare.indicators.extract import extract_indicators


def _ratios(text):
    return [(i.comparator, i.value, i.normalized.dimension) for i in extract_indicators(text)
            if i.normalized.dimension == "number"]


def test_ratio_to_one_with_decimals_reads_its_second_term():
    assert _ratios("Ramp gradient 1:12.5, landing length 1 500 mm.") == [("equal", 12.5, "number")]
    assert _ratios("坡道坡度 1:12.5，平台长度1500 mm。") == [("equal", 12.5, "number")]


def test_ratio_sign_is_read_as_a_colon():
    # U+2236, the ratio sign Chinese texts use ('稀释比为1∶4')
    assert fold("1∶4")[0] == "1:4"
    assert _ratios("清洗液与水的稀释比为1∶4。") == [("equal", 4.0, "number")]


def test_one_to_n_meets_n_to_one():
    (a,) = _ratios("Dilute the concentrate 1:250 with water.")
    (b,) = _ratios("Dilute the concentrate 250:1 with water.")
    assert a == b == ("equal", 250.0, "number")


def test_bound_on_a_ratio_to_one():
    assert _ratios("The cross slope shall not exceed 1:200.") == [("max", 200.0, "number")]


def test_clock_times_and_one_to_one_are_left_as_they_were():
    assert not RATIO_TO_ONE_LEAD.search("at 1:30 the sample is weighed")
    assert not RATIO_TO_ONE_LEAD.search("full size 1:1")
    assert not RATIO_TO_ONE_LEAD.search("ISO 8501-1:2007")
    assert not RATIO_TO_ONE_LEAD.search("ratio 11:4")


@settings(max_examples=40, deadline=None)
# (two decimals at most: a comma before three digits may be a thousands comma)
@given(st.integers(min_value=2, max_value=9), st.integers(min_value=1, max_value=99),
       st.sampled_from([".", ","]))
def test_any_decimal_second_term_is_the_value(whole, frac, point):
    second = f"{whole}{point}{frac}"
    (ratio,) = _ratios(f"Mixing ratio 1:{second}.")
    assert abs(ratio[1] - float(f"{whole}.{frac}")) < 1e-9

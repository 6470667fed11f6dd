"""A '± T' named as an error, with no value of its own, is the error's bound (`lists.names_an_error_bound`)."""

from __future__ import annotations

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract_indicators
from compare.indicators.lists import names_an_error_bound


def test_error_names_and_tolerance_names():
    assert names_an_error_bound("电流误差")
    assert names_an_error_bound("ratio error")
    assert not names_an_error_bound("温度允差")
    assert not names_an_error_bound("tolerance on the error")
    assert not names_an_error_bound("温度")


def test_an_error_stated_at_a_rated_current_is_no_tolerance_of_it():
    read = [(i.comparator, i.value, i.tolerance) for i in extract_indicators("在额定电流的5 %时，电流误差为±3.0 %。")]
    assert (Comparator.MAX, 3.0, None) in read
    assert all(c != Comparator.TOLERANCE for c, _, _ in read)


def test_errors_given_respectively_are_bounds_in_order():
    text = "在额定电流的5 %、20 %、100 %和120 %时，电流误差分别为±3.0 %、±1.5 %、±1.0 %和±1.0 %。"
    read = [i.value for i in extract_indicators(text) if i.comparator == Comparator.MAX]
    assert read == [3.0, 1.5, 1.0, 1.0]


def test_a_tolerance_named_as_such_still_goes_to_its_value():
    read = [(i.comparator, i.value, i.tolerance) for i in extract_indicators("温度为20.0 ℃，温度允差为±2.0 ℃。")]
    assert read == [(Comparator.TOLERANCE, 20.0, 2.0)]

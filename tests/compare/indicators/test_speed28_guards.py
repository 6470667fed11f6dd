"""The twenty-eighth round's speed changes change no reading: each quick test says 'nothing here' only where the
pattern or pass it guards finds nothing (on the project's clauses, in swapped case, with the letters a case-ignoring
pattern also takes, and on text built from pieces)."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.indicators import minmax
from compare.indicators.extract import extract
from compare.indicators.numbers import NUMBER
from compare.indicators.minmax import bound_word_after_each, may_write_two_bound_words
from compare.indicators.unit_free import unit_written_after_value
from tests.compare.indicators.test_reading_speed import CLAUSES, _PIECES, _variants

_BOUND_PIECES = ["34,2 mm max., ", "32,3 mm min.", "4,3 min., ", "4,48 max.", "26.2 mm（最大）/", "24.9 mm（最小）",
                 "9 MAX, ", "8,64 MİN", "8,64 mın", "Maximum", "minimum", "max", "min", " and ", "; ", "，", "（最大）",
                 "（最小）", "(max.)", "(MIN)"]


@pytest.mark.parametrize("text", [
    "34,2 mm max., 32,3 mm min.", "4,3 min., 4,48 max.", "26.2 mm（最大）/24.9 mm（最小）", "9 MAX, 8,64 MIN",
    "9 max, 8,64 mın", "9 max, 8,64 MİN", "d 10 (max.), 9 (min.)"])
def test_a_pair_of_bound_words_the_reader_joins_passes_the_test(text):
    for variant in _variants(text):
        if minmax._BOUND_AFTER_EACH.search(variant):
            assert may_write_two_bound_words(variant), variant
    assert bound_word_after_each(text) != text or not minmax._BOUND_AFTER_EACH.search(text)


@pytest.mark.parametrize("text", [
    "Ra max. 3.2 µm", "for 30 min.", "turbidity: 5 NTU maximum", "最大允许误差 2 mm", "no bound word 5 mg/kg", ""])
def test_one_bound_word_is_passed_over(text):
    assert not may_write_two_bound_words(text)
    assert minmax._BOUND_AFTER_EACH.search(text) is None
    assert bound_word_after_each(text) == text


def test_on_the_project_clauses_the_test_never_passes_over_a_pair():
    passed_over = 0
    for text in CLAUSES:
        for variant in _variants(text):
            if not may_write_two_bound_words(variant):
                passed_over += 1
                assert minmax._BOUND_AFTER_EACH.search(variant) is None, variant
    assert passed_over > len(CLAUSES)  # (the test passes most text over: what it is for)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + _BOUND_PIECES), max_size=10))
def test_new_text_the_test_passes_over_holds_no_pair(pieces):
    for variant in _variants("".join(pieces)):
        if not may_write_two_bound_words(variant):
            assert minmax._BOUND_AFTER_EACH.search(variant) is None, variant


# The test the last-digit search replaced: a list of every digit's match, its last taken.
_ANY_DIGIT = re.compile(r"\d")


def _unit_after_last_digit(text: str, unit: str) -> bool:
    digits = list(_ANY_DIGIT.finditer(text))
    if not unit.strip() or not digits:
        return False
    return unit.strip().lower() in text[digits[-1].end():].lower()


@pytest.mark.parametrize("text, unit, expected", [
    ("铅≤0.2 mg/kg", "mg/kg", True), ("Lead, mg/kg: 0.2", "mg/kg", False), ("pH 6.5～8.5", "", False),
    ("(23 ± 2) °C", "°C", True), ("5 mm\n", "mm", True), ("5 mm 6", "mm", False), ("no digit mm", "mm", False),
    ("12 500 kPa", " kPa ", True), ("٣ mm", "mm", True), ("", "mm", False)])
def test_the_unit_is_looked_for_after_the_last_digit(text, unit, expected):
    indicator = SimpleNamespace(text=text, unit=unit)
    assert unit_written_after_value(indicator) is expected
    assert _unit_after_last_digit(text, unit) is expected


def test_on_the_project_clauses_the_last_digit_is_found_as_before():
    for text in CLAUSES:
        for k in range(0, len(text), 7):
            piece = text[k:k + 40]
            for unit in ("mm", "%", "mg/kg", "°C", "h"):
                assert unit_written_after_value(SimpleNamespace(text=piece, unit=unit)) == \
                    _unit_after_last_digit(piece, unit), (piece, unit)


def _following(unit: str) -> re.Pattern:
    # (the pattern compound_units.values_parted_by_slash builds for a value's unit)
    return re.compile(rf"\s?/\s?({NUMBER})\s?{re.escape(unit)}(?![A-Za-z0-9µμ²³]|\s?/\s?[^\d\s])")


def test_a_value_after_a_slash_is_matched_only_where_a_slash_stands_next():
    texts = CLAUSES + ["12 J / 9 J", "3.2 mm/3.4 mm/3.6 mm", "12 J\u2003/ 9 J", "5 mm /6 mm", "5 mm\t/ 6 mm"]
    for text in texts:
        for unit in ("J", "mm", "%", "mg/kg", "V"):
            pattern = _following(unit)
            for k in range(len(text) + 1):
                if "/" not in text[k:k + 2]:
                    assert pattern.match(text, k) is None, (text, unit, k)


@pytest.mark.parametrize("text, values", [
    ("12 J / 9 J", [12.0, 9.0]), ("3.2 mm/3.4 mm/3.6 mm", [3.2, 3.4, 3.6]), ("5 g/100 g", [5.0]),
    ("12 J\u2003/ 9 J", [12.0, 9.0]), ("230 V, 50 Hz", [230.0, 50.0])])
def test_values_parted_by_a_slash_are_read_as_before(text, values):
    assert [i.value for i in extract.__wrapped__(text).indicators] == values

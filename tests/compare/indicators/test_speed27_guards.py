"""The twenty-seventh round's speed changes change no reading: the plain-substring test for fraction words says 'no
fraction' only where the case-ignoring fraction pattern finds none (on the project's clauses, in swapped case, with the
letters a case-ignoring pattern also takes, and on text built from pieces); the cached readers of the words before a
value give what the uncached ones give."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compare.indicators import clausetext
from compare.indicators import extract as reader
from compare.indicators.clausetext import may_write_fraction, may_write_numeral
from compare.indicators.quick import caseless
from tests.compare.indicators.test_reading_speed import CLAUSES, _PIECES, _variants

# The case-ignoring hint the plain test replaced, kept here to pin that both say the same.
_OLD_FRACTION_HINT = re.compile(r"half|halv|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth", re.I)


@pytest.mark.parametrize("text", [
    "two-thirds of the rated voltage", "one half of the", "HALF THE LENGTH", "a quarter of its", "One-Fifth of the",
    "three-quarters of their", "ſixth of the", "SIXTH", "halves", "Tenth", "no fraction: 5 mg/kg", "铅≤0.2 mg/kg", ""])
def test_the_plain_test_says_what_the_case_ignoring_hint_says(text):
    for variant in _variants(text):
        assert may_write_fraction(variant) == bool(_OLD_FRACTION_HINT.search(variant)), variant


def test_a_fraction_the_reader_reads_passes_the_test():
    text = "The test voltage shall be two-thirds of the rated voltage."
    assert clausetext._EN_FRACTION.search(text)
    assert may_write_fraction(text)
    assert not may_write_fraction("The test voltage shall be 230 V.")


def test_on_the_project_clauses_the_test_and_the_hint_agree():
    for text in CLAUSES:
        for variant in _variants(text):
            hinted = may_write_fraction(variant)
            assert hinted == bool(_OLD_FRACTION_HINT.search(variant)), variant
            if not hinted:
                assert clausetext._EN_FRACTION.search(variant) is None, variant


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES + ["two-thirds", " of the ", "HALF", "one quarter", "Fifth", "ſixth", "of its",
                                           "tenth", "halv", "eighth", "的1/5。", "一半"]), max_size=12))
def test_new_text_the_test_passes_over_holds_no_fraction(pieces):
    for variant in _variants("".join(pieces)):
        if not may_write_fraction(variant):
            assert _OLD_FRACTION_HINT.search(variant) is None, variant
            assert clausetext._EN_FRACTION.search(variant) is None, variant


@pytest.mark.parametrize("text, expected", [
    ("the test lasts three months", True), ("at least two cycles", True), ("three", False), ("lasts 3 months", False),
    ("Twice the rated voltage", False)])
def test_the_numeral_test_needs_a_number_word_and_a_word_it_is_read_before(text, expected):
    assert may_write_numeral(caseless(text)) is expected


def _lefts(text: str) -> list[str]:
    return [text[:k] for k in range(1, len(text)) if text[k].isdigit() and not text[k - 1].isdigit()] + [text]


@pytest.mark.parametrize("cached", [reader._name_words, reader.heading_item_unit])
def test_the_cached_readers_of_the_words_before_a_value_read_as_the_uncached_ones(cached):
    lefts = [left for text in CLAUSES for left in _lefts(text)]
    lefts += ["铅限量指标（以Pb计，mg/kg）：", "(daily mean, mg/L), grade A:", "pressure dew point °C: ", "Lead, mg/kg: ",
              "DL 220 × ", "收款台：照度标准值500 lx，UGR —，Ra "]
    for left in lefts:
        first = cached(left)
        assert isinstance(first, tuple)  # (immutable: a cached answer is never changed by a caller)
        assert first == cached.__wrapped__(left) == cached(left), left

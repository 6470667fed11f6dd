"""Counts in words in an English clause, paired with the same count the Chinese clause reads (thirty-fifth round,
fixcount35): a count before the plural noun of the things counted ('six panels from each batch', 'a run of nine
readings') is never read as a value by itself (`clausetext.plural_counts_to_digits`), so no unread span listed it
and the pair-guided reader never offered it; now `guided.unread_counts` offers it, and only the same count takes it
(`same_counts.same_count`). Sentences written for these tests; no encoder."""

from __future__ import annotations

import pytest

from compare.core.vocabulary import Verdict
from compare.indicators.extract import extract
from compare.indicators.guided import may_recover, unread_counts
from compare.indicators.verdicts import compare_clauses

_ZH = "试件：每批取6块墙板，较大的墙板应切割成100 mm×100 mm的试件。"
_EN = "Test material: {} panels from each batch; larger panels shall be cut to 100 mm × 100 mm."


def _paired(domestic: str, international: str, value: float):
    return [p for p in compare_clauses(domestic, international).pairs
            if p.domestic is not None and p.international is not None and p.domestic.value == value]


def test_a_count_in_words_is_offered() -> None:
    found = unread_counts(extract(_EN.format("six")))
    assert [(n.value, n.written) for n in found] == [(6.0, "six")]
    assert may_recover(extract(_EN.format("six")))


def test_the_same_count_in_words_pairs() -> None:
    pairs = _paired(_ZH, _EN.format("six"), 6.0)
    assert pairs and pairs[0].international.value == 6.0
    assert pairs[0].verdict == Verdict.CONSISTENT


@pytest.mark.parametrize("word", ["five", "seven"])
def test_another_count_in_words_is_not_taken(word: str) -> None:
    assert _paired(_ZH, _EN.format(word), 6.0) == []


def test_a_count_some_reading_takes_is_not_offered_again() -> None:
    # ('Cut four specimens': a step's count, read as a value already; not offered a second time)
    assert unread_counts(extract("Cut four specimens, each 50 mm × 50 mm.")) == []


def test_a_describing_word_in_capitals() -> None:
    # ('twelve Pst values': the symbol between the count and its plural noun is written in capitals)
    pairs = _paired("长时间值由连续 12 个 Pst 值计算，观测时间为 2 h。",
                    "The long-term value is computed from a sequence of twelve Pst values over a 2 h period.", 12.0)
    assert pairs and pairs[0].international.value == 12.0

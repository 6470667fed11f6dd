"""Counts of the thirty-fourth round (fixcount34): what a step needs, written as a count of actions ('需要16次摩擦'),
the rubs of an abrasion machine counted in English ('completed in 16 rubs'), and a count of cycles in words with one
word that says which cycles ('carry out four such cycles'). Sentences written for these tests; no encoder."""

from __future__ import annotations

import pytest

from compare.indicators.extract import extract
from compare.indicators.verdicts import compare_clauses


def _counts(text: str) -> list[tuple[float, str]]:
    return [(i.value, i.normalized.dimension) for i in extract(text).indicators]


@pytest.mark.parametrize("text, value", [
    ("往复一个行程需要12次摩擦。", 12.0),   # what a step needs, counted by 次 before the action
    ("每个试样需8次弯折。", 8.0),
])
def test_a_count_a_step_needs(text: str, value: float) -> None:
    assert (value, "number") in _counts(text)


def test_what_a_count_is_for_is_still_no_step() -> None:
    # ('所需' names what is needed; no count of a step)
    assert _counts("所需3个样品见附录。") == []


@pytest.mark.parametrize("text, value", [
    ("Each pass of the head is completed in 12 rubs.", 12.0),
    ("Wind the sample on the drum and then perform three further cycles.", 3.0),
    ("Heat, cool and weigh the crucible; carry out five such cycles in all.", 5.0),
    ("Repeat for two complete cycles.", 2.0),
])
def test_rubs_and_cycles_counted(text: str, value: float) -> None:
    assert (value, "number") in _counts(text)


def test_counts_pair_across_languages() -> None:
    result = compare_clauses("往复一个行程需要12次摩擦。", "Each pass of the head is completed in 12 rubs.")
    assert any(p.verdict.value == "consistent" for p in result.pairs)

"""Counts in words of the thirty-fourth round (fixwords34): the operations a switching device is rated to make or
break, counted in English words ('a making capability of three operations') and in Chinese ('具有三次短路关合能力'), read
as the same counts in digits are. Sentences written for these tests; no encoder."""

from __future__ import annotations

import pytest

from compare.indicators.extract import extract
from compare.indicators.verdicts import compare_clauses


def _counts(text: str) -> list[tuple[float, str]]:
    return [(i.value, i.normalized.dimension) for i in extract(text).indicators]


@pytest.mark.parametrize("text, value", [
    ("A class B switch has a short-circuit making capability of three operations.", 3.0),
    ("The earthing switch shall have a making capability of five operations.", 5.0),
    ("B级开关具有三次短路关合能力。", 3.0),
    ("该断路器应具有六次短路开断能力。", 6.0),
])
def test_operations_counted_in_words(text: str, value: float) -> None:
    assert (value, "number") in _counts(text)


def test_an_ordinal_operation_is_no_count() -> None:
    # ('第3次关合后': after the third making operation, an order, no count)
    assert _counts("第3次关合后检查触头状态。") == []


def test_operations_pair_across_languages() -> None:
    result = compare_clauses("B级开关具有三次短路关合能力。",
                             "A class B switch has a short-circuit making capability of three operations.")
    assert any(p.verdict.value == "consistent" and p.domestic is not None and p.domestic.value == 3.0
               for p in result.pairs)

"""'采用' before a band of decimals that ends its phrase takes those values ('安全系数宜采用1.3～1.5，'); before a clause
number, or a band of clauses with what they say after it, it refers to the clauses."""

from __future__ import annotations

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract


def test_a_band_of_decimals_after_caiyong_is_a_range_of_values():
    read = extract("安全系数宜采用1.3～1.5，且不应小于1.2。")
    assert [(i.comparator, i.low, i.high) for i in read.indicators][0] == (Comparator.RANGE, 1.3, 1.5)
    read = extract("试件长宽比应采用1.5～2.0。")
    assert [(i.comparator, i.low, i.high) for i in read.indicators] == [(Comparator.RANGE, 1.5, 2.0)]
    # clauses referred to stay no value
    for text in ("试验应采用5.1～5.3规定的方法。", "试验方法采用5.2。"):
        assert extract(text).indicators == ()

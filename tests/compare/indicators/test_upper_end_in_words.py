"""A band's open upper end written with a word for 'less than' after the band's mark ('10～不到30 mL'): one range, as
'10～<30 mL' is (thirty-ninth round, fixtable39): range_words.upper_end_in_words. Sentences written for these tests;
no encoder."""

from __future__ import annotations

from compare.indicators.extract import extract
from compare.indicators.range_words import upper_end_in_words


def _read(text: str) -> list[tuple]:
    return [(str(i.comparator), i.low, i.high, i.value, i.unit)
            for i in sorted(extract(text).indicators, key=lambda i: i.span)]


def test_a_band_closed_by_less_than_in_words_is_one_range():
    assert _read("溶出介质的体积应为500～不到900 mL。") == [("range", 500.0, 900.0, None, "mL")]
    assert _read("试样的厚度应为2 mm～小于4 mm。") == [("range", 2.0, 4.0, None, "mm")]


def test_the_rewrite_keeps_the_length_and_leaves_a_lone_bound():
    text = "溶剂10～不到30 mL；溶剂不到1 mL。"
    rewritten = upper_end_in_words(text)
    assert len(rewritten) == len(text)
    assert rewritten == "溶剂10～< 30 mL；溶剂不到1 mL。"

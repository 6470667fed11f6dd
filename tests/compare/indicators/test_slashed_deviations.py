"""Limit deviations written as a slashed pair after their name, with no nominal (thirty-fourth round, fixtable34):
slashed_deviations. Sentences written for these tests; no encoder."""

from __future__ import annotations

from compare.indicators.extract import extract


def _read(text: str) -> list[tuple]:
    return [(str(i.comparator), i.low, i.high, i.value) for i in sorted(extract(text).indicators, key=lambda i: i.span)]


def test_a_slashed_pair_of_limit_deviations_is_the_range_from_the_lower_to_the_upper():
    assert _read("孔F8的极限偏差为+64 μm/+25 μm；轴h7的极限偏差为0/−25 μm。") == [
        ("range", 25.0, 64.0, None), ("range", -25.0, 0.0, None)]
    assert _read("Shaft k6, limit deviations +18 µm / +2 µm; hole JS7, limit deviations +12 µm / −12 µm.") == [
        ("range", 2.0, 18.0, None), ("range", -12.0, 12.0, None)]


def test_a_slashed_pair_without_signs_is_left_as_read():
    # (no sign on either number: two values, no deviations)
    assert [kind for kind, *_ in _read("电压偏差为230 V/400 V。")] == ["equal", "equal"]


def test_a_slashed_pair_closing_its_sentence_is_a_range_and_a_decimal_after_the_slash_no_pair():
    # (the full stop after the lower deviation ends the sentence, not a number)
    assert _read("Hole H8, limit deviations +63 µm / 0.") == [("range", 0.0, 63.0, None)]
    assert _read("Shaft f7, limit deviations −30 µm/−60 µm.") == [("range", -60.0, -30.0, None)]
    # ('0.5 mm' after the slash is a number of its own: no pair of deviations in one unit)
    assert [kind for kind, *_ in _read("Limit deviations +63 µm/0.5 mm.")] != ["range"]


def test_a_size_band_heading_a_pair_of_limit_deviations_is_its_condition():
    # (the band says which sizes the row holds for: no range of its own against the other clause's deviations)
    readings = extract("公称尺寸大于120 mm至180 mm，孔H8的极限偏差为+63 μm/0。").indicators
    assert [(str(i.comparator), i.low, i.high) for i in readings] == [("range", 0.0, 63.0)]
    assert len(readings[0].conditions) == 1

"""Bare values listed after a colon, each behind its own name, their quantity or unit written once for the list
(extract._values_listed_by_name). Sentences written for these tests; no encoder."""

from __future__ import annotations

from compare.indicators.extract import extract_indicators


def _values(text: str) -> list[tuple[str, float | None, str]]:
    return [(i.comparator, i.value, i.unit) for i in extract_indicators(text)]


def test_a_list_of_named_numbers_after_a_colon_is_read_value_by_value() -> None:
    assert _values("每台设备的通道数：模拟输入16，数字输出32。") == [("equal", 16.0, ""), ("equal", 32.0, "")]
    assert _values("Seats per row: front 3, rear 4.") == [("equal", 3.0, ""), ("equal", 4.0, "")]


def test_a_list_ends_at_a_semicolon_and_items_parted_by_semicolons_are_left() -> None:
    assert [v for _, v, _ in _values("Refractive index at 20 °C: ethanol 1.361, glycerol 1.474, water 1.333; "
                                     "see Annex B.")] == [1.361, 1.474, 1.333]
    # rows parted by semicolons may each hold more than one name and number: left as read
    assert _values("各溶液的相对密度：乙醇 0.789；甘油 1.261；水 0.998。") == []


def test_each_colon_opens_its_own_list() -> None:
    # a semicolon or the key of the next list ('10-bit') ends a list
    assert [v for _, v, _ in _values("Counts per frame: 8-bit: black 16, white 235; 10-bit: black 64, white 940.")] \
        == [16.0, 235.0, 64.0, 940.0]
    assert [v for _, v, _ in _values("Lamps per bay: front 3, rear 4, side bays: left 2, right 5.")] == [3.0, 4.0, 2.0, 5.0]


def test_only_a_list_whose_every_item_is_a_name_and_a_number() -> None:
    assert _values("Sorting weights: alpha 12, beta 40, gamma 7.") == [("equal", 12.0, ""), ("equal", 40.0, ""),
                                                                       ("equal", 7.0, "")]
    # a number with no name before it: the list may be of ids or of a row's cells
    assert _values("Sorting keys: alpha 12, 40, gamma 7.") == []
    # one item alone is no list
    assert _values("型号：ZX 300。") == []

"""Rows parted by semicolons after a colon, each a name, a comma and its bare number (compare.indicators.named_rows),
and a list item's number written as a multiple of a power of ten (extract._NAMED_ITEM). Sentences written for these
tests; no encoder."""

from __future__ import annotations

from compare.indicators.extract import extract_indicators


def _values(text: str) -> list[tuple[str, float | None, str]]:
    return [(i.comparator, i.value, i.unit) for i in extract_indicators(text)]


def test_rows_closed_by_their_number_after_a_comma_are_read_value_by_value() -> None:
    assert _values("Cycles of operation: door switches, 50 000; lid switches, 10 000; self-resetting cut-outs, 300.") \
        == [("equal", 50000.0, ""), ("equal", 10000.0, ""), ("equal", 300.0, "")]
    names = [i.parameter for i in extract_indicators("Lamps per bay: front row, 3; rear row, 4.")]
    assert names[1:] == ["rear row"] and names[0].endswith("front row")


def test_a_formula_names_its_row_and_a_power_of_ten_is_its_number() -> None:
    values = [v for _, v, _ in _values("Trace gases (mole fraction): CO2, 4 × 10⁻⁴; CH4, 2 × 10⁻⁶; N2O, 3 × 10⁻⁷.")]
    assert [round(v, 12) for v in values] == [4e-4, 2e-6, 3e-7]


def test_a_list_with_a_row_of_another_number_or_of_codes_is_left() -> None:
    # a row of a table whose columns are not known: its numbers are left as read
    assert _values("Sizes per type: type A 30, 500; type B 30, 300.") == []
    # a dash between cells: a row of codes, no values
    assert _values("Codes: Norway - NO - NOR, 578; Sweden - SE - SWE, 752.") == []


def test_rows_of_a_name_and_a_number_with_no_comma_stay_unread() -> None:
    # (tried in the fortieth round and the twenty-second: one open case worse, see named_rows)
    assert _values("各溶液的相对密度：乙醇 0.789；甘油 1.261；水 0.998。") == []


def test_a_comma_list_item_may_be_a_power_of_ten() -> None:
    values = [v for _, v, _ in _values("气体的体积分数：一氧化碳5×10⁻⁶，甲烷2×10⁻⁶。")]
    assert [round(v, 12) for v in values] == [5e-6, 2e-6]

"""One range written across a grid: a row whose first cell holds its key and its first value under a heading of bound
columns (constructions.cells_under), and a quantity's low and high end in two rows one after the other
(constructions.low_high_rows). Sentences written for these tests, other fields than the evaluation sets'; no
encoder."""

from __future__ import annotations

from compare.core.vocabulary import Comparator
from compare.indicators.constructions import bound_columns, cells_under, low_high_rows
from compare.indicators.extract import extract


def _readings(text: str) -> list[tuple[str, float | None, float | None, float | None, str]]:
    return [(str(i.comparator), i.value, i.low, i.high, i.unit) for i in extract(text).indicators]


def _spans(text: str, cells: list[tuple[int, int]] | None) -> list[str] | None:
    return None if cells is None else [text[a:b] for a, b in cells]


def test_cells_under_splits_a_first_cell_holding_the_key_and_a_value() -> None:
    row = "G1 230 | 207 | 253"
    cells = [(0, 6), (9, 12), (15, 18)]
    assert _spans(row, cells_under(row, cells, 4)) == ["G1", "230", "207", "253"]
    assert _spans(row, cells_under(row, cells, 3)) == ["G1 230", "207", "253"]  # laid out as the heading: as it is
    assert cells_under(row, cells, 6) is None  # two cells short: where each number stands is unknown


def test_cells_under_parts_a_row_written_with_commas() -> None:
    row = "G1 230, 207, 253"
    assert _spans(row, cells_under(row, [(0, len(row))], 4)) == ["G1", "230", "207", "253"]
    # a decimal comma has no space after it: '0,5' stays one cell
    row = "G1 0,5, 0,4, 0,6"
    assert _spans(row, cells_under(row, [(0, len(row))], 4)) == ["G1", "0,5", "0,4", "0,6"]


def test_a_unit_after_the_last_head_leaves_the_bound_heads_one_quantity() -> None:
    assert bound_columns(["Grade", "nominal voltage", "lower limit voltage", "upper limit voltage (V)"]) == [2]
    assert bound_columns(["Grade", "lower limit voltage", "upper limit current (A)"]) == []


def test_bound_columns_read_one_range_a_row_when_the_key_shares_a_cell() -> None:
    zh = "等级 | 标称电压/V | 下限电压/V | 上限电压/V：G1 230 | 207 | 253；G2 400 | 360 | 440。"
    en = "Grade | nominal voltage | lower limit voltage | upper limit voltage (V): G1 230, 207, 253; G2 400, 360, 440."
    for text in (zh, en):
        ranges = [(low, high) for kind, _, low, high, _ in _readings(text) if kind == Comparator.RANGE]
        assert ranges == [(207.0, 253.0), (360.0, 440.0)], text
        # the nominal value before the bound columns is no end of that range
        assert [value for kind, value, *_ in _readings(text) if kind != Comparator.RANGE] == [230.0, 400.0], text


def test_low_high_rows_pairs_a_low_row_with_the_high_row_after_it() -> None:
    text = "试验条件 | 单位 | 等级M\n低电源电压 | V | 198\n高电源电压 | V | 253"
    assert [(text[a:b], text[c:d]) for (a, b), (c, d) in low_high_rows(text)] == [("198", "253")]
    text = "Condition | Unit | Class M\na) Low supply voltage | V | 198\nb) High supply voltage | V | 253"
    assert [(text[a:b], text[c:d]) for (a, b), (c, d) in low_high_rows(text)] == [("198", "253")]
    # two quantities, or another unit in the unit's column: no pair
    assert low_high_rows("低温 | ℃ | -10\n高压 | kPa | 106") == []
    assert low_high_rows("Low supply voltage | V | 198\nHigh supply voltage | kV | 0,253") == []


def test_low_and_high_rows_read_as_one_range() -> None:
    zh = "试验条件 | 单位 | 等级M\n低电源电压 | V | 198\n高电源电压 | V | 253\n低振动频率 | Hz | 10\n高振动频率 | Hz | 150"
    en = ("Condition | Unit | Class M\na) Low supply voltage | V | 198\nb) High supply voltage | V | 253\n"
          "c) Low vibration frequency | Hz | 10\nd) High vibration frequency | Hz | 150")
    for text in (zh, en):
        assert [(kind, low, high, unit) for kind, _, low, high, unit in _readings(text)] == [
            (Comparator.RANGE, 198.0, 253.0, "V"), (Comparator.RANGE, 10.0, 150.0, "Hz")], text
    # the low row's value above the high row's: two values, as written
    text = "Condition | Unit | Class M\nLow supply voltage | V | 253\nHigh supply voltage | V | 198"
    assert [kind for kind, *_ in _readings(text)] == [Comparator.EQUAL, Comparator.EQUAL]

"""Rows of a flattened table whose labels are numbers of their own: the label's numbers are the condition of the row's
value, never values (compare.indicators.numbered_rows). The texts are written for these tests."""

from __future__ import annotations

from compare.indicators.extract import extract_indicators
from compare.indicators.numbered_rows import numbered_rows


def _read(text: str) -> list[tuple]:
    """(comparator, value, unit, the texts of its conditions) of each indicator read."""
    return [(str(i.comparator), i.value, i.unit, tuple(c.text for c in i.conditions))
            for i in extract_indicators(text)]


def test_counts_joined_by_and_and_to_key_bare_values():
    rows = _read("Table 7 – Number of loaded cables and derating factor: 2 and 3: 0,85; 4 and 5: 0,75; "
                 "6 to 8 inclusive: 0,65; 9 and above: 0,55.")
    assert [(r[0], r[1]) for r in rows] == [("equal", 0.85), ("equal", 0.75), ("equal", 0.65), ("equal", 0.55)]
    assert [r[3] for r in rows] == [("2 and 3",), ("4 and 5",), ("6 to 8 inclusive",), ("9 and above",)]


def test_bands_of_counts_share_the_bound_the_first_row_states():
    rows = _read("Number of seats 9-20: minimum number of doors 2; 21-40: 3; 41-70: 4; 71-100: 5.")
    assert [(r[0], r[1]) for r in rows] == [("min", 2.0), ("min", 3.0), ("min", 4.0), ("min", 5.0)]
    assert rows[1][3] == ("21-40",)


def test_sets_of_sizes_key_a_deviation_in_the_heading_unit():
    rows = _read("Table 2 — Nominal widths and tolerances on width (mm): 10, 12, 16: ± 0,4; 20, 25: ± 0,6; "
                 "32: ± 0,8; 40, 50: ± 1,2.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("max", 0.4, "mm"), ("max", 0.6, "mm"), ("max", 0.8, "mm"),
                                                   ("max", 1.2, "mm")]


def test_chinese_rows_whose_labels_close_with_shi():
    rows = _read("表5中并列电缆根数为2和3时，降低系数为0.85；4和5时为0.75；6～8时为0.65；9及以上时为0.55。")
    assert [(r[0], r[1]) for r in rows] == [("equal", 0.85), ("equal", 0.75), ("equal", 0.65), ("equal", 0.55)]
    assert rows[0][3] == ("2和3",) and rows[2][3] == ("6～8",)


def test_single_number_labels_and_short_lists_are_no_such_table():
    assert numbered_rows("Odd harmonics: order 5: 4 %; 7: 3 %; 11: 2,5 %.") == []  # (no label of two numbers)
    assert numbered_rows("Loading factor: 2 and 3: 0,9; 4 and 5: 0,8.") == []  # (two rows only)
    assert numbered_rows("Grade 0W: 6200 at -35; 60 000 at -40; 3.8.") == []  # (no colon after each label)
    assert numbered_rows("温度为20 ℃时，系数为0.95；30 ℃时为0.9；40 ℃时为0.85。") == []  # (no label of two numbers)


def test_a_long_run_of_numbers_is_read_in_linear_time():
    # (a comma may be a decimal comma or a joint: trying both at every comma would never end on this text)
    sizes = ",".join(str(n) for n in range(1, 2000))
    rows = numbered_rows(f"Sizes: {sizes} x; 2 and 3: 0,9; 4 and 5: 0,8; 6 to 9: 0,7.")
    assert [row.band for row in rows] == [True, True, True]
    assert numbered_rows("优先数为" + "、".join(str(n) for n in range(1, 2000)) + "；2和3时为5；4时为6。") == []

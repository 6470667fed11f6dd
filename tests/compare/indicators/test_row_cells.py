"""A unit written on the first cell of a flattened table's rows is not the bare cells' (compare.indicators.row_cells).
The texts are written for these tests."""

from __future__ import annotations

from compare.indicators.extract import extract_indicators


def _read(text: str) -> list[tuple]:
    """(parameter, comparator, value, unit) of each indicator read."""
    return [(i.parameter, str(i.comparator), i.value, i.unit) for i in extract_indicators(text)]


def test_bare_cells_named_by_a_row_that_names_its_columns_take_no_unit():
    rows = _read("Offices: meeting rooms, Em 400 lx, UGRL 18, Ra 85; archives, 150 lx, 24, 70; "
                 "print rooms, 250 lx, 21, 75.")
    assert [(r[2], r[3]) for r in rows] == [(400.0, "lx"), (18.0, ""), (85.0, ""), (150.0, "lx"), (24.0, ""),
                                            (70.0, ""), (250.0, "lx"), (21.0, ""), (75.0, "")]
    assert [r[0] for r in rows[4:6]] == ["UGRL", "Ra"]  # (named by their column's head)


def test_bare_cells_under_a_heading_s_labels_take_no_unit():
    rows = _read("Workshops, maintained illuminance Em, UGRL and Ra: assembly halls, 300 lx, 25, 80; "
                 "paint shops, 750 lx, 22, 90.")
    assert [(r[2], r[3]) for r in rows] == [(300.0, "lx"), (25.0, ""), (80.0, ""), (750.0, "lx"), (22.0, ""),
                                            (90.0, "")]
    assert [r[0] for r in rows[1:3]] == ["UGRL", "Ra"]


def test_bare_cells_take_the_unit_and_bound_their_column_head_states():
    rows = _read("Table 2 — Part; local wall (minimum) µm; mean wall (minimum) µm: Plates: > 8 mm thick, 60, 70; "
                 "≤ 8 mm thick, 40, 50. Other parts: ≥ 5 mm, 30, 35; < 5 mm, 20, 25.")
    cells = [(r[1], r[2], r[3].replace("μ", "µ")) for r in rows if r[2] in (30.0, 35.0, 20.0, 25.0)]
    assert cells == [("min", 30.0, "µm"), ("min", 35.0, "µm"), ("min", 20.0, "µm"), ("min", 25.0, "µm")]
    assert not any(r[1] == "range" for r in rows)  # ('35; < 5 mm': no range across a row's end)


def test_bare_cells_take_the_unit_their_named_row_writes_for_the_column():
    rows = _read("Pumps: model A, flow 12 l/min, head 30 m, power 2; model B, 18 l/min, 25, 3; "
                 "model C, 24 l/min, 20, 4.")
    assert [(r[2], r[3]) for r in rows[-6:]] == [(18.0, "l/min"), (25.0, "m"), (3.0, ""), (24.0, "l/min"), (20.0, "m"),
                                               (4.0, "")]


def test_a_single_list_after_a_value_keeps_the_value_s_unit():
    # one row only: a list of one quantity's values, as 'tear resistance (N) 10, 25, 50, 75'
    rows = _read("Offices: meeting rooms, Em 400 lx, UGRL 18, Ra 85; archives, 150 lx, 24, 70.")
    assert [(r[2], r[3]) for r in rows[3:]] == [(150.0, "lx"), (24.0, "lx"), (70.0, "lx")]


def test_rows_without_a_head_for_each_column_are_left_as_read():
    rows = _read("Samples: first batch, 150 lx, 24, 70; second batch, 250 lx, 21, 75.")
    assert [r[3] for r in rows] == ["lx"] * 6


def test_a_unit_stated_before_the_list_is_carried_as_before():
    rows = _read("Performance: tear resistance (N) 10, 25, 50; puncture resistance (N) 20, 60, 100.")
    assert [r[3] for r in rows] == ["N"] * 6


def test_grid_cells_after_a_band_with_its_unit_take_their_column_head_s_unit_or_none():
    rows = _read("各级电网的闪变限值：电网电压 | Pst；≤35 kV | 0.9；>35 kV | 0.7。")
    assert [(r[0], r[2], r[3]) for r in rows if r[2] in (0.9, 0.7)] == [("Pst", 0.9, ""), ("Pst", 0.7, "")]
    rows = _read("表2 — 零件 | 局部厚度/µm | 平均厚度/µm：螺纹件直径>8 mm | 40 | 50。其他零件厚度≥5 mm | 30 | 35；"
                 "厚度<5 mm | 20 | 25。")  # (rows after a sentence's end, away from the heading row)
    assert [(r[2], r[3].replace("μ", "µ")) for r in rows if r[2] in (30.0, 35.0, 20.0, 25.0)] == \
        [(30.0, "µm"), (35.0, "µm"), (20.0, "µm"), (25.0, "µm")]

"""A table flattened into one sentence with its cells parted by commas (`lists.comma_cells_as_grid`)."""

from __future__ import annotations

from compare.indicators.extract import extract_indicators
from compare.indicators.lists import comma_cells_as_grid

CHAIN = ("Table 1 — Chain number, pitch p (nom.) mm, tensile strength min. simplex kN: 08A, 12,70, 13,9; "
         "12A, 19,05, 31,3; 16A, 25,40, 55,6.")


def test_comma_cells_become_cell_marks_of_the_same_length():
    out = comma_cells_as_grid(CHAIN)
    assert len(out) == len(CHAIN)
    assert "Chain number| pitch p (nom.) mm| tensile strength min. simplex kN:" in out
    assert "08A| 12,70| 13,9; 12A| 19,05| 31,3; 16A| 25,40| 55,6." in out


def test_heading_labels_parted_by_semicolons_and_an_empty_cell():
    text = ("Limits — Accuracy class; ratio error %; phase displacement minutes; composite error %: "
            "5P, 1, 60, 5; 10P, 3, —, 10.")
    out = comma_cells_as_grid(text)
    assert "Accuracy class| ratio error %| phase displacement minutes| composite error %:" in out
    assert "5P| 1| 60| 5; 10P| 3| —| 10." in out


def test_no_grid_without_one_value_a_column_in_every_row():
    for text in ("Lead, cadmium, mercury: 1, 2; 3, 4.",  # a key and one value: fewer than the columns
                 "Chain number, pitch mm, strength kN: 08A, 12,70, 13,9; 12A, 19,05.",  # the last row is short
                 "Chain number, pitch mm, strength kN: 08A, 12,70, 13,9.",  # one row only
                 "Size, pitch mm: 08A, 12,70; 12A, 19,05.",  # two labels only
                 "Chain number, pitch mm, strength kN: 08A, 12,70 mm, 13,9; 12A, 19,05, 31,3."):  # a unit in a cell
        assert comma_cells_as_grid(text) == text


def test_each_value_is_read_under_its_column():
    read = [(i.unit, i.value, i.qualifier) for i in extract_indicators(CHAIN) if i.unit in ("mm", "kN")]
    assert read == [("mm", 12.7, "Chain number 08A"), ("kN", 13.9, "Chain number 08A"),
                    ("mm", 19.05, "Chain number 12A"), ("kN", 31.3, "Chain number 12A"),
                    ("mm", 25.4, "Chain number 16A"), ("kN", 55.6, "Chain number 16A")]

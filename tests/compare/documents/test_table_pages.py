"""A table row the page broke (LibreOffice and Word let a row run on to the next page): the rest of its first cell
at the top of the next page, its numbers left on the first. Before, the rest was a row of its own ('Toy material:
modelling clay and finger paint', with no value) and the row it belonged to lost its words; when it stood alone on
the next page (the table's last row broken), one ruled row was no table and its words ran into the clause text
after the table. Each PDF is drawn here with reportlab, its rules as LibreOffice draws them (every row closed at
the foot of the page and opened again at the top of the next)."""

from __future__ import annotations

import pytest

from compare.documents import read_document
from tests.compare.documents import render

HEAD = ("Toy material", "Cd (mg/kg)", "Pb (mg/kg)")
XS = [70.0, 250.0, 370.0, 490.0]


def broken_pdf(path, first_page, second_page, after="4.3 A toy material complies when the result is not more "
                                                      "than the value in Table 1."):
    c, y = render.text_canvas(path, ("ISO 8124-3:2020", "Safety of toys — Part 3: Migration of certain elements",
                                     "1 Scope", "This document specifies maximum limits for the migration of elements.",
                                     "2 Requirements",
                                     "2.1 The migration of elements shall not exceed the levels given in Table 1.",
                                     "Table 1 — Maximum element migration from toy materials"))
    render.ruled_rows(c, XS, y - 4, [[[h] for h in HEAD]] + first_page)
    c.showPage()
    c.setFont(render.FONT, 10)
    bottom = render.ruled_rows(c, XS, 770, second_page)
    c.drawString(70, bottom - 24, after)
    c.showPage()
    c.save()
    return path


def rows_and_text(path):
    document = read_document(path)
    rows = [n.text.split(" — ", 1)[1] for n in document.nodes if str(n.kind) == "table_row"]
    return rows, " ".join(n.text for n in document.nodes if str(n.kind) != "table_row")


@pytest.fixture(autouse=True)
def _font():
    if not render.FONT_FILE.exists():
        pytest.skip("the CJK font is missing")


def test_a_row_broken_across_pages_is_one_row(tmp_path):
    path = broken_pdf(tmp_path / "broken.pdf",
                      [[["Any toy material except"], ["75"], ["90"]]],
                      [[["modelling clay and finger", "paint"], [""], [""]], [["Finger paint"], ["15"], ["25"]]])
    rows, _ = rows_and_text(path)
    assert rows == ["Toy material: Any toy material except modelling clay and finger paint | Cd (mg/kg): 75 | "
                    "Pb (mg/kg): 90",
                    "Toy material: Finger paint | Cd (mg/kg): 15 | Pb (mg/kg): 25"], rows


def test_a_broken_last_row_alone_on_the_next_page(tmp_path):
    path = broken_pdf(tmp_path / "last.pdf",
                      [[["Any toy material"], ["75"], ["90"]], [["Finger paint for children"], ["15"], ["25"]]],
                      [[["under three years"], [""], [""]]])
    rows, text = rows_and_text(path)
    assert rows[1] == "Toy material: Finger paint for children under three years | Cd (mg/kg): 15 | Pb (mg/kg): 25"
    assert len(rows) == 2 and "under three years" not in text


def test_a_row_of_its_own_at_the_top_of_the_next_page_stays_a_row(tmp_path):
    path = broken_pdf(tmp_path / "whole.pdf",
                      [[["Any toy material"], ["75"], ["90"]]],
                      [[["Finger paint"], ["15"], ["25"]]])
    rows, _ = rows_and_text(path)
    # before: one ruled row alone on a page was no table; its cells ran into the text after the table
    assert rows == ["Toy material: Any toy material | Cd (mg/kg): 75 | Pb (mg/kg): 90",
                    "Toy material: Finger paint | Cd (mg/kg): 15 | Pb (mg/kg): 25"]
    path = broken_pdf(tmp_path / "blank.pdf",
                      [[["Any toy material"], ["75"], ["90"]]],
                      [[["Finger paint"], [""], ["25"]], [["Modelling clay"], ["50"], ["90"]]])
    rows, _ = rows_and_text(path)
    assert rows[1] == "Toy material: Finger paint | Pb (mg/kg): 25" and len(rows) == 3


def test_one_ruled_box_at_the_top_of_a_page_that_continues_no_table_is_text(tmp_path):
    """A ruled box of three cells opening page 2, with no table open: text of the clause, kept."""
    c, _ = render.text_canvas(tmp_path / "box.pdf", ("ISO 1:2020", "Title of it", "1 Scope",
                                                     "This document specifies things.", "2 Requirements",
                                                     "2.1 The values are given below."))
    c.showPage()
    c.setFont(render.FONT, 10)
    render.ruled_rows(c, XS, 770, [[["Key"], ["Value A"], ["Value B"]]])
    c.drawString(70, 720, "2.2 A toy material complies when the result is not more than the value.")
    c.showPage()
    c.save()
    rows, text = rows_and_text(tmp_path / "box.pdf")
    assert rows == [] and "Key Value A Value B" in text

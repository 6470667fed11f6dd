"""Words a narrow PDF column broke ('Toy materi al', 'model ling clay' in ISO 8124-3's Table 1 as LibreOffice sets
it): a layout program wraps a line at a space and leaves that space at the line's end; a word wider than the
column it must cut, and that line ends without one. Such a cut is joined where the document writes the whole word
elsewhere; two words stay two ('except' / 'model'). Each PDF is drawn here with reportlab as LibreOffice draws such a
cell: one line at a time, a wrapped line with its trailing space."""

from __future__ import annotations

import pytest

from compare.documents import read_document
from tests.compare.documents import render

XS = [70.0, 120.0, 220.0, 320.0]


def narrow_pdf(path, first_cell_lines, text_lines):
    c, y = render.text_canvas(path, ("ISO 8124-3:2020", "Safety of toys — Part 3: Migration of certain elements",
                                     "1 Scope", *text_lines, "2 Requirements",
                                     "2.1 The migration shall not exceed the levels given in Table 1.",
                                     "Table 1 — Maximum element migration"))
    rows = [[["Toy ", "materi", "al"], ["Cd (mg/kg)"], ["Pb (mg/kg)"]], [first_cell_lines, ["75"], ["90"]]]
    bottom = render.ruled_rows(c, XS, y, rows)
    c.drawString(70, bottom - 24, "2.2 A toy material complies when the result is not more than the value in Table 1.")
    c.showPage()
    c.save()
    return path


@pytest.fixture(autouse=True)
def _font():
    if not render.FONT_FILE.exists():
        pytest.skip("the CJK font is missing")


def test_a_word_cut_by_a_narrow_column_is_joined(tmp_path):
    path = narrow_pdf(tmp_path / "narrow.pdf", ["Any ", "toy ", "materi", "al ", "except", "model", "ling ", "clay"],
                      ["This document specifies limits for toy materials, modelling clay included."])
    rows = [n.text for n in read_document(path).nodes if str(n.kind) == "table_row"]
    # before: 'Toy materi al: Any toy materi al except model ling clay'
    assert rows == ["Table 1 Maximum element migration — Toy material: Any toy material except modelling clay | "
                    "Cd (mg/kg): 75 | Pb (mg/kg): 90"], rows


def test_a_cut_is_kept_where_the_document_never_writes_the_whole_word(tmp_path):
    """'Finger' / 'paint' drawn without the trailing space: 'fingerpaint' occurs nowhere, two words stay two."""
    path = narrow_pdf(tmp_path / "unknown.pdf", ["Finger", "paint"], ["This document specifies limits for toys."])
    rows = [n.text for n in read_document(path).nodes if str(n.kind) == "table_row"]
    assert rows == ["Table 1 Maximum element migration — Toy material: Finger paint | Cd (mg/kg): 75 | "
                    "Pb (mg/kg): 90"], rows


def test_a_standard_number_broken_after_its_hyphen_is_whole(tmp_path):
    from compare.documents.structure import join_text

    assert join_text("replaces the second edition (ISO 8124-", "3:2010), which") == \
        "replaces the second edition (ISO 8124-3:2010), which"
    assert join_text("a range of 6 -", "8") == "a range of 6 - 8"

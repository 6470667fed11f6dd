"""Rows of one standard agreeing on their documents (compare/matching/documents.py)."""

from __future__ import annotations

from compare.matching.documents import MIN_ROWS, DocumentCodes, agree_by_document, standard_key

# clause id -> its standard: 1x the WHO guidelines (13 in an older edition's name), 2x a cookware standard, 3x a
# dentifrice one
DOCUMENT = {10: "WHO GDWQ 4th ed. (2022)", 11: "WHO GDWQ 4th ed. (2022)", 12: "WHO GDWQ 4th ed. (2022)",
            13: "WHO GDWQ 4th ed. (2022)", 20: "ISO 8391-2:1986", 30: "ISO 11609:2017"}


documents_of = DocumentCodes(list(DOCUMENT.items()))


def test_a_candidate_from_a_document_no_sibling_has_first_falls_behind_one_they_have():
    standards = ["GB 5749-2022"] * 4
    ranked = [[(10, 0.60)], [(11, 0.55)], [(12, 0.50)],
              [(20, 0.38), (13, 0.33)]]  # cadmium: a cookware limit leads the drinking-water limit
    out = agree_by_document(standards, ranked, documents_of, 0.1, min_rows=3)
    assert out[:3] == ranked[:3]
    assert [cid for cid, _ in out[3]] == [13, 20]
    assert dict(out[3]) == {13: 0.33, 20: 0.38 - 0.1}


def test_a_document_first_for_any_other_row_loses_nothing():
    # three rows of the standard lead with document 1, one with document 2: a row where both compete keeps
    # its order, since each of them is some other row's first
    standards = ["GB 2762-2022"] * 5
    ranked = [[(10, 0.6)], [(11, 0.6)], [(12, 0.6)], [(20, 0.5)], [(20, 0.40), (13, 0.39)]]
    out = agree_by_document(standards, ranked, documents_of, 0.1, min_rows=3)
    assert out[4] == ranked[4]


def test_a_row_does_not_vote_for_its_own_first():
    standards = ["GB 5749-2022"] * 3
    ranked = [[(10, 0.6)], [(11, 0.6)], [(30, 0.45), (12, 0.40)]]
    out = agree_by_document(standards, ranked, documents_of, 0.1, min_rows=3)
    assert [cid for cid, _ in out[2]] == [12, 30]


def test_rows_without_a_standard_number_or_too_few_of_a_standard_are_left_alone():
    ranked = [[(10, 0.6)], [(11, 0.6)], [(20, 0.45), (12, 0.40)]]
    for standards in (["", "", ""], ["Tatoeba cmn"] * 3, ["GB 5749-2022", "GB 5749-2022", "GB 2762-2022"]):
        assert agree_by_document(standards, ranked, documents_of, 0.1, min_rows=3) == ranked
    assert agree_by_document(["GB 5749-2022"] * 3, ranked, documents_of, 0.0, min_rows=3) == ranked


def test_editions_of_one_standard_are_one_document():
    numbers = {10: "ISO 712:2009", 11: "ISO 712:1998", 12: "ISO 712", 20: "IEC 60335-1:2001"}
    ranked = [[(10, 0.6)], [(11, 0.6)], [(20, 0.45), (12, 0.40)]]
    out = agree_by_document(["GB 5009.3-2016"] * 3, ranked, DocumentCodes(list(numbers.items())), 0.1, min_rows=3)
    assert [cid for cid, _ in out[2]] == [12, 20]


def test_editions_of_one_standard_are_one_group():
    assert standard_key("GB 5749-2022") == standard_key("GB 5749—2006") == "GB 5749"
    assert standard_key("GB/T 19001-2016") == "GB/T 19001"
    assert standard_key("Tatoeba cmn") == standard_key("") == ""
    ranked = [[(10, 0.6)], [(11, 0.6)], [(20, 0.45), (12, 0.40)]]
    out = agree_by_document(["GB 5749-2022", "GB 5749-2006", "GB 5749"], ranked, documents_of, 0.1, min_rows=3)
    assert [cid for cid, _ in out[2]] == [12, 20]


def test_by_default_a_standard_needs_five_rows_before_they_vote():
    assert MIN_ROWS == 5
    four = [[(10, 0.6)], [(11, 0.6)], [(12, 0.6)], [(20, 0.45), (13, 0.40)]]
    assert agree_by_document(["GB 5749-2022"] * 4, four, documents_of, 0.1) == four
    five = [[(10, 0.6)]] + four
    assert [cid for cid, _ in agree_by_document(["GB 5749-2022"] * 5, five, documents_of, 0.1)[4]] == [13, 20]


def test_document_codes_are_one_per_document_and_minus_one_for_ids_not_held():
    import numpy as np

    codes = DocumentCodes([(5, "ISO 712:2009"), (3, "ISO 712:1998"), (9, "IEC 60335-1:2001"), (7, "WHO GDWQ")])
    found = codes(np.array([[3, 5, 9, -1], [7, 4, 100, 5]]))
    assert found[0, 0] == found[0, 1] == found[1, 3] != found[0, 2]
    assert len({int(found[0, 0]), int(found[0, 2]), int(found[1, 0])}) == 3
    assert found[0, 3] == found[1, 1] == found[1, 2] == -1

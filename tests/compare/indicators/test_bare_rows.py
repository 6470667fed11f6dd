"""A unit a heading writes once holds on over sentences that are each a label, a colon and its bare numbers
('Maximum residue limits (mg/kg): Apples: 0,5. Pears: 0,3.'): they are rows of one list
(extract._labelled_row_continues); and a row's '(excluding …)' names no concept of its value (extract._EXCLUSION).
Sentences written for these tests; no encoder."""

from __future__ import annotations

from compare.indicators.extract import extract_indicators


def _values(text: str) -> list[tuple[float | None, str]]:
    return [(i.value, i.unit) for i in extract_indicators(text)]


def test_bare_rows_in_sentences_take_the_heading_unit() -> None:
    read = _values("Maximum residue limits (mg/kg): Apples: 0,5. Pears: 0,3. Table grapes: 1,2.")
    assert (0.5, "mg/kg") in read and (0.3, "mg/kg") in read and (1.2, "mg/kg") in read
    # a sentence of running words ends the list, and so does a row whose number carries words after it
    assert (3.0, "mg/kg") not in _values("Limits (mg/kg): Apples: 0,5. The sample is held 2 days before the count: 3.")
    assert (3.0, "mg/kg") not in _values("Limits (mg/kg): Apples: 0,5. Pears: 0,3. Plums: 3 samples.")


def test_a_row_of_two_numbers_split_by_a_slash_is_a_bare_row() -> None:
    read = _values("Migration limits (mg/dm²): Glassware: 0,8 / 1,5. Ceramic ware: 0,3 / 0,6.")
    assert (0.3, "mg/dm²") in read or (0.3, "mg/dm2") in read


def test_a_bracket_that_names_what_a_row_leaves_out_names_no_concept() -> None:
    # extract._EXCLUSION: 'mineral oil' inside '(excluding …)' is not what is limited; the heading's lead is
    found = extract_indicators("Lead, maximum levels (mg/kg): dairy products (excluding mineral oil emulsions): 0,02.")
    assert [i.concept for i in found] == ["lead"]
    found = extract_indicators("铅限量（mg/kg）：乳制品（不包括石油类乳化剂）0.02。")
    assert [i.concept for i in found] == ["lead"]

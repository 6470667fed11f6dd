"""A unit a heading writes once holds on into the next sentence when that sentence opens the table's next group of
rows with the word that opened one in the heading's sentence (extract._row_group_continues). Sentences written for
these tests; no encoder."""

from __future__ import annotations

from compare.indicators.extract import extract_indicators


def _values(text: str) -> list[tuple[float | None, str]]:
    return [(i.value, i.unit) for i in extract_indicators(text)]


def test_the_heading_unit_reaches_the_next_group_of_rows() -> None:
    text = ("Breaking strength, in kilonewtons: cable C6 (6 mm): grade 40: 12,5; grade 80: 25. "
            "Cable C8 (8 mm): grade 40: 20; grade 80: 40.")
    read = _values(text)
    assert (20.0, "kilonewtons") in read and (40.0, "kilonewtons") in read


def test_a_sentence_that_opens_with_another_word_keeps_its_own_reading() -> None:
    text = ("Breaking strength, in kilonewtons: cable C6 (6 mm): grade 40: 12,5; grade 80: 25. "
            "Hook H8 (8 mm): grade 40: 20; grade 80: 40.")
    read = _values(text)
    assert (12.5, "kilonewtons") in read
    assert (20.0, "kilonewtons") not in read and (40.0, "kilonewtons") not in read
    # the same text with the group word repeated is read in the heading's unit
    assert (20.0, "kilonewtons") in _values(text.replace("Hook H8", "Cable C8"))


def test_a_group_word_after_another_word_reaches_the_next_group() -> None:
    # the group's word follows a word of its own ('Test Zone 1', 'Test Zone 2'); the word before the code is compared
    text = ("Maximum dust counts in the chamber (particles/L): Test Zone 1: ≥ 2 µm 1 500; ≥ 10 µm 90. "
            "Test Zone 2: ≥ 2 µm 60 000; ≥ 10 µm 4 100.")
    read = _values(text)
    assert (60000.0, "particles/L") in read and (4100.0, "particles/L") in read
    # another word before the code opens no group of the table
    other = _values(text.replace("Test Zone 2", "Test Room 2"))
    assert (1500.0, "particles/L") in other and (60000.0, "particles/L") not in other

"""A year a document was prepared, published or revised in is no indicator; a year-like number with a unit or a bound,
or a year after 'in' with no verb of a document's history, stays as read (compare/indicators/publication_years.py)."""

from __future__ import annotations

from compare.indicators.extract import extract
from compare.indicators.publication_years import may_name_a_history_year, without_history_years


def readings(text: str) -> list[tuple[str, float | None, str]]:
    return [(str(i.comparator), i.value, i.unit) for i in extract(text).indicators]


def test_a_year_of_a_documents_history_is_no_indicator():
    assert readings("This part of ISO 1234 was prepared in 2019.") == []
    assert readings("This edition of the standard was published in 2019.") == []
    assert readings("The second edition was technically revised in 2012 and the lead limit is 0.2 mg/kg.") == [
        ("max", 0.2, "mg/kg")]


def test_numbers_like_years_that_are_values_stay():
    assert readings("The count shall be at least 2000 in 2019.") == [("min", 2000.0, "")]
    assert readings("The specimens were conditioned for 2019 h in 2 cycles.")[0][1] == 2019.0


def test_the_cheap_test_and_the_function_alone():
    assert may_name_a_history_year("was published in 2019") and not may_name_a_history_year("lead 0.2 mg/kg")
    # only a year read with no bound is taken out: 'The limit was amended in 2015.' reads a maximum of 2015 (the bound
    # word is in the name), which this pass leaves alone (noted in docs/indicators.md as found, not mended)
    text = "The limit was amended in 2015."
    read = extract(text).indicators
    assert [(str(i.comparator), i.value) for i in read] == [("max", 2015.0)]
    assert without_history_years(read, text) == read

"""A year a document was prepared, published or revised in is no indicator; a year-like number with a unit or a bound,
or a year after 'in' with no verb of a document's history, stays as read (compare/indicators/publication_years.py)."""

from __future__ import annotations

from compare.indicators.extract import extract
from compare.indicators.publication_years import history_year_spans, may_name_a_history_year, without_history_years


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


def test_the_cheap_test_and_the_functions_alone():
    assert may_name_a_history_year("was published in 2019") and not may_name_a_history_year("lead 0.2 mg/kg")
    assert history_year_spans("adopted in 1995 and revised in 2019") == [(11, 15), (31, 35)]
    assert history_year_spans("the lead limit is 0,1 mg/kg") == []
    read = extract("The lead limit is 0,1 mg/kg.").indicators
    assert without_history_years(read, "The lead limit is 0,1 mg/kg.") == read


def test_a_year_is_blanked_before_reading_so_no_bound_word_goes_to_it():
    # the thirtieth round's found-not-mended: the bound word before the verb made the year a maximum
    assert readings("The limit was amended in 2015.") == []
    # and the bound the year had taken goes back to the value it belongs to
    assert readings("The maximum level, amended in 2016, is 0,1 mg/kg.") == [("max", 0.1, "mg/kg")]
    # a blanked year is no value and is not listed as unread either
    assert extract("The maximum level, amended in 2016, is 0,1 mg/kg.").unread == ()
    # a year-like value with a unit after a history verb stays a value, and so does a bound of its own
    assert readings("The limit was amended in 2015 mg/kg.") == [("max", 2015.0, "mg/kg")]
    assert readings("The limit is 2015 mg/kg.") == [("max", 2015.0, "mg/kg")]

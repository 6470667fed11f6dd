"""What the reader reads from a text, as (comparator, value, unit) triples: the shape the nineteenth round's tests
compare (tests/compare/indicators/test_numbers_in_names.py and the others that import it)."""

from compare.indicators.extract import extract


def read(text: str) -> list[tuple[str, float | None, str]]:
    return [(str(i.comparator), i.value, i.unit) for i in extract(text).indicators]

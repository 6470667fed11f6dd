"""A year a document was prepared, published or revised in ('This part of ISO 1234 was prepared in 2019.', 'This
edition was published in 2019') is no indicator. The reader blanks dates it knows ('2019年', '2019-05-01', a standard's
number with its year, 'ISO 1234:2019'), but a bare year after 'in' was read 'equal 2019'. Found in the twenty-ninth
round (docs/indicators.md, the twenty-ninth round's end section); the open sets key no year (`bench/case_changes.py`:
no case moved).

Only a four-digit year from 1900 to 2099, read with no unit and no bound, right after 'in' (or 'in the year') that
follows a verb of a document's history: prepared, published, issued, revised, adopted, approved, amended, confirmed,
reviewed, withdrawn, edited, drafted, reaffirmed. 'heated in 2019 mL' (a unit) or 'at least 2019' stays a value.

The thirty-first round blanks such a year before the clause is read (`history_year_spans`), as dates are blanked:
filtering it out after reading ('The limit was amended in 2015.', the thirtieth round's found-not-mended) left a bound
word the year had taken ('The maximum level, amended in 2016, is 0,1 mg/kg' read the year a maximum and 0,1 mg/kg
'equal'). `without_history_years` stays for a year the blanking does not reach (read with no unit and no bound).
"""

from __future__ import annotations

import re

from compare.core.vocabulary import Comparator

_HISTORY_YEAR = re.compile(
    r"(?i:\b(?:prepared|published|issued|revised|adopted|approved|amended|confirmed|reviewed|withdrawn|edited|drafted|"
    r"reaffirmed)\s+(?:\w+\s+){0,3}?in\s+(?:the\s+year\s+)?)((?:19|20)\d{2})(?!\d|[.,]\d|\s*[-–/]\s*\d)")


def may_name_a_history_year(text: str) -> bool:
    """False when no year of a document's history can be in `text` (a cheap test before the pattern)."""
    return " in 19" in text or " in 20" in text or "year 19" in text or "year 20" in text


def history_year_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the years of a document's history in `text`, to blank before reading (the caller keeps those a
    unit follows: 'amended in 2015 mg/kg' is a value)."""
    return [m.span(1) for m in _HISTORY_YEAR.finditer(text)]


def without_history_years(indicators: tuple, text: str) -> tuple:
    """The indicators but those that are a year a document was prepared, published or revised in."""
    years = {m.start(1) for m in _HISTORY_YEAR.finditer(text)}
    if not years:
        return indicators
    kept = []
    for indicator in indicators:
        a, b = indicator.span
        is_year = (indicator.comparator == Comparator.EQUAL and not indicator.unit and indicator.value is not None
                   and 1900 <= indicator.value <= 2099 and float(indicator.value).is_integer()
                   and any(a <= y < b for y in years))
        if not is_year:
            kept.append(indicator)
    return tuple(kept)

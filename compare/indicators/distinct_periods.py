"""A number of distinct periods (thirty-ninth round, fixcount39): 'on at least 2 different days', 'on 3 separate days'.

'different' or 'separate' between a number and its unit of time says the periods are not the same one: the count is
still a number of days, as '至少2天进行评价' writes it (keyed 2 days on both sides). The reader took the adjective for
the end of the value and read a bare 2. This module drops the adjective (offsets kept), so that '2 different days'
reads as '2 days' does.

Digits only and units of time only: 'five consecutive years' (an averaging period, a condition, never keyed in the
open sets) stays in words, and '10 complete cycles' (a count of cycles, keyed with no unit) is not a period.
"""

from __future__ import annotations

import re

_DISTINCT = re.compile(r"(?<=\d )(?:different|separate|distinct)\s+(?=(?:days?|weeks?|months?|years?|hours?)(?![A-Za-z]))", re.I)


def distinct_periods(text: str) -> list[tuple[int, int, str]]:
    """The replacements (start, end, new) that drop 'different' or 'separate' between a number and its unit of time:
    '2 different days' -> '2 days'."""
    if "ifferent" not in text and "eparate" not in text and "istinct" not in text:
        return []
    return [(m.start(), m.end(), "") for m in _DISTINCT.finditer(text)]

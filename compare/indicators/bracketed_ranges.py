"""A range whose two ends each carry a second quantity in brackets (thirty-sixth round, fixlist36).

Cable and switchgear standards write the band of rated voltages they cover with the highest voltage for equipment of
each end beside it: '额定电压1 kV（Um=1.2 kV）到3 kV（Um=3.6 kV）', 'rated voltages from 1 kV (Um = 1,2 kV) up to 3 kV
(Um = 3,6 kV)', '66 kV（Um=72.5 kV）至110 kV（Um=126 kV）', 'above 30 kV (Um = 36 kV) up to and including 150 kV (Um =
170 kV)'. Read value by value, the first end stands alone and the second is taken for a value of the bracket's symbol;
the two bands are what the clause states: the named quantity from the first end to the second (1 kV to 3 kV), and
the bracketed symbol's from its first value to its second (Um 1,2 kV to 3,6 kV).

The form is read only as written whole: four values in one unit, the same symbol in both brackets ('Um = … ', 'U0=…'),
each pair rising, the brackets joined by a range's joint alone ('到', '至', '～', 'to', 'up to', 'up to and including').
"""
from __future__ import annotations

import re

# The bracket opening with a symbol and '=' ('（Um=', '(Um = ', '(U0 = '); the symbol is kept to match the second.
_OPENS = re.compile(r"\s*[(（]\s*(?P<symbol>[A-Za-z][A-Za-z0-9]{0,3})\s*=\s*")
# The bracket closing, then a range's joint alone: '）到', ') up to ', ') up to and including ', '）～'.
_CLOSES_THEN_JOINT = re.compile(
    r"\s*[)）]\s*(?:~|～|至|到|-|–|(?<![A-Za-z])(?i:(?:up\s+)?to(?:\s+and\s+including)?)(?![A-Za-z]))\s*")
_CLOSES = re.compile(r"\s*[)）]")


def bracketed_ends(text: str, spans: list[tuple[int, int]]) -> tuple[str, int] | None:
    """For four values at `spans` (in order: first end, its bracket's value, second end, its bracket's value), the
    bracket's symbol and where the second bracket closes, when they are written as one band whose ends each carry the
    same symbol's value in brackets ('1 kV（Um=1.2 kV）到3 kV（Um=3.6 kV）'); else None."""
    (_, end_a), (start_b, end_b), (start_c, end_c), (start_d, end_d) = spans
    first = _OPENS.fullmatch(text, end_a, start_b)
    second = _OPENS.fullmatch(text, end_c, start_d)
    if first is None or second is None or first["symbol"] != second["symbol"] \
            or _CLOSES_THEN_JOINT.fullmatch(text, end_b, start_c) is None:
        return None
    closing = _CLOSES.match(text, end_d)
    return (first["symbol"], closing.end()) if closing else None

"""Limits keyed by a band of another quantity pair with the limit keyed by the same band (twenty-eighth round,
bands28).

A table of limits keyed by bands, flattened into a clause ('50 V < U0 ≤ 120 V: 0,8 s; 120 V < U0 ≤ 230 V: 0,4 s'),
faces another edition or language that keys the same rows by the band's point or by the same band ('U0=120 V时0.8 s，
U0=230 V时0.4 s'). The reader reads each band as the condition of its row's value; the pairing weighed names, units
and values but not the conditions, so a row's value could pair with a limit of another row or a lone limit whose
name was closer. `band_agreement` tells the pairing when two limits' conditions state the same band, or a point
inside the other's band, in every dimension both state: the limits of one row. A point is a row's key only where
the clause writes it as one ('U0=120 V时'): a bound ('宽度小于50.0 mm时', 'for widths greater than 56,0 mm') is an open
row of its own, whose edge is a band's end on the other side.
"""

from __future__ import annotations

import re
from typing import Sequence

# (a relative slack for numbers brought to the canonical unit: '0,75 t' and '750 kg')
_SLACK = 1e-9


# The words of a bound right before a condition's value, or right after it: the value is an open end, not a point.
_BOUND_BEFORE = re.compile(r"(?:[<>≤≥＜＞⩽⩾]|小于|大于|低于|高于|超过|不足|少于|多于|至少|至多|"
                           r"(?i:less\s+than|greater\s+than|more\s+than|fewer\s+than|over|above|below|under|"
                           r"exceeding|exceeds?|up\s+to|at\s+(?:least|most)|min(?:imum|\.)?|max(?:imum|\.)?))\s*$")
_BOUND_AFTER = re.compile(r"^\s*(?:以上|以下|以内|及以上|及以下|(?i:or\s+(?:more|less|above|below|greater|over|higher|lower)|"
                          r"and\s+(?:above|over|below)|min(?:imum|\.)?|max(?:imum|\.)?)(?![A-Za-z]))")


def _written_as_bound(condition, text: str) -> bool:
    a, b = condition.span
    return bool(_BOUND_BEFORE.search(text[max(0, a - 16):a]) or _BOUND_AFTER.match(text[b:b + 12]))


def _by_dimension(conditions: Sequence, text: str | None) -> dict[str, list]:
    """The conditions' values by dimension; a point written as a bound, or any point when the clause's text is not
    given, left out."""
    out: dict[str, list] = {}
    for c in conditions:
        n = c.normalized
        if n is None or n.dimension is None:
            continue
        if _is_point(n) and (text is None or c.span is None or _written_as_bound(c, text)):
            continue
        out.setdefault(n.dimension, []).append(n)
    return out


def _is_band(n) -> bool:
    return n.low is not None and n.high is not None


def _is_point(n) -> bool:
    return n.value is not None and n.low is None and n.high is None and n.tolerance is None


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= _SLACK * max(abs(a), abs(b), 1.0)


def _inside(point: float, band) -> bool:
    low, high = sorted((band.low, band.high))
    slack = _SLACK * max(abs(low), abs(high), 1.0)
    return low - slack <= point <= high + slack


def _one_row(mine: list, theirs: list) -> bool | None:
    """True when one dimension's conditions on the two sides state one row's band: one band each with the same ends,
    or one band on one side and, on the other, points inside it only. False when they state other rows; None when
    neither side states a band (two points are left to the rest of the pairing)."""
    bands_a, bands_b = [n for n in mine if _is_band(n)], [n for n in theirs if _is_band(n)]
    if not bands_a and not bands_b:
        return None
    if len(bands_a) == 1 and len(bands_b) == 1 and len(mine) == len(theirs) == 1:
        (a,), (b,) = bands_a, bands_b
        return _close(min(a.low, a.high), min(b.low, b.high)) and _close(max(a.low, a.high), max(b.low, b.high))
    for band_side, point_side in ((mine, theirs), (theirs, mine)):
        bands = [n for n in band_side if _is_band(n)]
        if len(bands) == 1 and len(band_side) == 1 and point_side and all(_is_point(p) for p in point_side):
            return all(_inside(p.value, bands[0]) for p in point_side)
    return False


def band_agreement(mine: Sequence, theirs: Sequence, texts: tuple[str, str] | None = None) -> bool:
    """True when two limits' conditions (`Indicator.conditions`) state one row of a table keyed by bands: in a
    dimension both state, a band on one side at least, and the same band or a point inside it on the other; and no
    dimension both state names another row. `texts`, the two clauses, tell a point from a bound written at it;
    without them only bands are compared."""
    if not mine or not theirs:
        return False
    a, b = _by_dimension(mine, texts[0] if texts else None), _by_dimension(theirs, texts[1] if texts else None)
    verdicts = [_one_row(a[d], b[d]) for d in a.keys() & b.keys()]
    return any(v is True for v in verdicts) and not any(v is False for v in verdicts)

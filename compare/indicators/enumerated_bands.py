"""A band written by its ends on one side and by its points on the other (thirty-seventh round, fixpair37).

A table of values over standard bands (one-third-octave bands, preferred sizes, series of ratings) often gives the
rows that share one value together. One clause writes them as a band, by its two ends ('1 250 Hz～3 150 Hz，均为56 dB');
the other lists every point of it ('1 250 Hz, 1 600 Hz, 2 000 Hz, 2 500 Hz and 3 150 Hz, 56 dB each'). The band and the
list state the same rows: the band is no partner of any one of its points, and a pair of the two was judged 'different'
(a range against one value) though the two clauses say the same.

`enumerated_band` finds such a pair: one reading a range, its partner a single value of the same dimension inside it,
and the partner's side stating, as single values of that dimension, both ends of the range and at least one point
between them. The pair is undone; the band and the points stay one-sided, where the rows' keys belong.
"""

from __future__ import annotations

from typing import Callable, Sequence

from compare.core.vocabulary import Comparator

# (a relative slack for numbers brought to one unit: '1,25 kHz' and '1 250 Hz')
_SLACK = 1e-9


def _at(x: float, y: float) -> bool:
    return abs(x - y) <= _SLACK * max(abs(x), abs(y), 1.0)


def _points(readings: Sequence, dimension: str, dimension_of: Callable, scaled: Callable) -> list[float]:
    return [scaled(r.value, r) for r in readings
            if r.comparator == Comparator.EQUAL and r.value is not None and dimension_of(r) == dimension]


def lists_the_band(band, point, points_side: Sequence, dimension_of: Callable, scaled: Callable) -> bool:
    """True when `band` is a range, `point` a single value of its dimension inside it, and `points_side` (the readings
    of the point's clause) states both ends of the band and at least three of its points in all as single values
    (`scaled(x, reading)` brings a number of a reading to the base unit)."""
    if band.comparator != Comparator.RANGE or point.comparator != Comparator.EQUAL or point.value is None:
        return False
    if band.low is None or band.high is None or dimension_of(band) != dimension_of(point):
        return False
    low, high = scaled(band.low, band), scaled(band.high, band)
    if not low < high:
        return False
    at = scaled(point.value, point)
    if not (low - _SLACK * abs(low) <= at <= high + _SLACK * abs(high)):
        return False
    points = _points(points_side, dimension_of(band), dimension_of, scaled)
    inside = [x for x in points if low - _SLACK * abs(low) <= x <= high + _SLACK * abs(high)]
    return any(_at(x, low) for x in inside) and any(_at(x, high) for x in inside) and len(inside) >= 3


def enumerated_band(d, i, domestic: Sequence, international: Sequence, dimension_of: Callable,
                    scaled: Callable) -> bool:
    """True when the pair (d, i) is a band against one of the points the other clause lists it by."""
    return lists_the_band(d, i, international, dimension_of, scaled) \
        or lists_the_band(i, d, domestic, dimension_of, scaled)

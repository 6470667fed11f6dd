"""Frequency bands that head the rows of two tables and overlap: the rows are compared (thirty-sixth round,
fixverdict36).

Tables of exposure reference levels are keyed by frequency bands, each written before its row's values and closed by a
colon: '频率30 MHz～3 000 MHz：电场强度 12 V/m，…' against '10–400 MHz: E-field strength 28 V/m; …'. Two standards seldom
cut the spectrum at the same points, so the national row and its counterpart are the rows whose bands overlap; over
the overlap both limits hold, and the lower one is the stricter. The reader read each band as a condition of its
row's values, and two conditions that differ made the pair 'another test condition' (different). Where each side
states one frequency band, written as the heading of its row (the band followed by a colon), and the two bands
overlap, the bands no longer set the limits apart: they are judged by their values. Bands that do not overlap, a
band against a point, and a band the clause sweeps a test over ('在80 MHz～2.5 GHz频率范围内', 'over the frequency
range 80 MHz to 2,7 GHz') stay another test condition.

The open sets' keys judge such rows by their values in every case (dev18 AE092, dev24 AK083, dev26 AM088, dev28
AO032: keyed `stricter`), as dev35_SOURCES.md's conventions say a band that selects a row is a condition of the row,
not a value of its own.
"""

from __future__ import annotations

import re

# The dimension of a frequency, as the unit normaliser writes it.
FREQUENCY = "1 / [time]"
# What follows a band that heads its row: a colon, after spaces at most.
_HEADING_END = re.compile(r"\s*[:：]")


def _heading_band(ind, dimension: str):
    """The one band of `dimension` among the indicator's conditions, when the indicator's own text writes it as the
    heading of its row (the band, then a colon); else None."""
    bands = [c for c in ind.conditions if c.normalized.dimension == dimension]
    if len(bands) != 1:
        return None
    band = bands[0]
    n = band.normalized
    if n.low is None or n.high is None or n.value is not None:
        return None
    start, end = band.span[0] - ind.span[0], band.span[1] - ind.span[0]
    text = ind.text or ""
    if start < 0 or end > len(text) or text[start:end] != band.text:
        return None
    return (min(n.low, n.high), max(n.low, n.high)) if _HEADING_END.match(text, end) else None


def row_bands_overlap(d, i, dimension: str) -> bool:
    """True when both indicators' conditions of `dimension` are one frequency band each, written as the heading of
    the row, and the two bands overlap: the rows of two tables that hold over the same frequencies."""
    if dimension != FREQUENCY:
        return False
    a, b = _heading_band(d, dimension), _heading_band(i, dimension)
    if a is None or b is None:
        return False
    return max(a[0], b[0]) < min(a[1], b[1])

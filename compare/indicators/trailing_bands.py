"""A band of another quantity written right after a value: the span the value holds over, not a range of its own
(thirty-second round, fixprobe32).

'maximum 0,4 dB/km from 1 310 nm to 1 625 nm', '60 W·m⁻² between 300 nm and 400 nm', '±1,5 dB in the frequency
range 630 Hz to 5 000 Hz', 'not more than 20 000 particles/m³ of size 0,1 µm to 0,5 µm': the band after the value
names the wavelengths, frequencies or sizes the value is stated for, as 'at 1 550 nm' names one. The blind probes'
keys (units31, multi30, forms29) never key such a band; the reader read it as a range beside the value. It is made the
condition of the value it follows when nothing but its own words stand between them ('from … to', 'between … and',
'in the (frequency, wavelength …) range …', 'of size …') and the two are quantities of different kinds: a band in the
value's own quantity ('20 °C from 18 °C to 22 °C') is left as read, and so is a band with no value before it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from compare.core.vocabulary import Comparator

# From the end of the value's unit to the end of the band: the band's own words and nothing else.
_TRAILING_BAND = re.compile(
    r"\s*(?:(?:from|between)\s+"
    r"|(?:in|over|across|throughout)\s+the\s+(?:[A-Za-z-]+\s+){0,2}range\s+(?:of\s+|from\s+)?"
    r"|(?:of|for)\s+(?:particle\s+)?sizes?\s+(?:from\s+)?)"
    r"[-+]?\d[^;；。:：]{0,30}?\s+(?:to|and)\s+[-+]?\d[^;；。:：]{0,20}", re.I)


def _unit_end(indicator, text: str) -> int | None:
    """Where the value's unit ends in the text (the value's span may run on past it: 'particles/m³ of size')."""
    start, end = indicator.span
    if not indicator.unit:
        return None
    at = text.rfind(indicator.unit, start, end)
    return at + len(indicator.unit) if at >= 0 else None


def bands_after_values(indicators: tuple, text: str, condition_of) -> tuple:
    """The ranges written right after a value of another quantity ('0,4 dB/km from 1 310 nm to 1 625 nm'), made
    conditions of that value (`condition_of(band)` builds the condition); other indicators as read."""
    order = sorted(range(len(indicators)), key=lambda k: indicators[k].span)
    out = list(indicators)
    dropped: set[int] = set()
    for place, k in enumerate(order):
        band = out[k]
        if place == 0 or band.comparator != Comparator.RANGE or not band.unit:
            continue
        before = order[place - 1]
        value = out[before]
        if before in dropped or value.comparator == Comparator.RANGE:
            continue
        end = _unit_end(value, text)
        if end is None or end > band.span[0] + 1 or not _TRAILING_BAND.fullmatch(text, end, band.span[1]):
            continue
        if not (value.normalized.known and band.normalized.known) \
                or value.normalized.dimension == band.normalized.dimension:
            continue
        out[before] = replace(value, conditions=value.conditions + (condition_of(band),))
        dropped.add(k)
    return tuple(ind for k, ind in enumerate(out) if k not in dropped)

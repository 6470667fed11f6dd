"""Later rows of a flattened table that restate the first row's values by position (fortieth round, fixshape40).

A table written as one sentence names each column in its first row and then gives each later row's values alone,
in the same order: 'class C: typical application temperature 55 °C, maximum application temperature 80 °C, minimum
static response temperature 84 °C, maximum 100 °C; class E: 85 °C, 110 °C, 114 °C, 130 °C; class G: 115 °C, 140 °C,
144 °C, 160 °C.' The first row says its third and fourth values are one band (read as the range 84 to 100 °C); the
later rows' third and fourth values are that band of their own class, yet, written bare, they were read as four plain
values each. The keys hold them as the first row's are (dev21 AH087: the static response band of each class a range,
as the Chinese text writes '动作温度114 ℃～130 ℃'), and every later row of the open sets that restates a first row's
band by position is keyed as a range where it is keyed at all.

`bands_restated_by_position(indicators, text)`: in a sentence of rows parted by semicolons, when the first row's
readings hold a range, each later row that is a label and a colon, then bare values parted by commas and nothing else,
as many values as the first row's readings take numbers, has the two values at the range's places read as one range
(in the unit of the first row's range, the lower one first). Only the bands are carried: what the other values are
(a maximum, a typical value) stays as read. A later row with another count of values, with words among its values, or
whose two values there are not in the band's dimension or not rising, is left as read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from compare.core.vocabulary import Comparator
from compare.indicators.units import normalise

_SENTENCE = re.compile(r"[^。]+?(?:。|\.(?=\s|$)|$)")
# A later row: a short label and a colon, then bare values (a number and at most a short unit) parted by commas.
_VALUE = r"[-+−]?\d[\d.,]*(?:\s?[^\s\d,，;；。:：]{1,6})?"
_BARE_ROW = re.compile(rf"\s*[^\d:：;；]{{1,30}}[:：]\s*{_VALUE}(?:\s*[,，]\s*{_VALUE})+\s*[.。]?\s*")


def _single(i) -> bool:
    return i.comparator in (Comparator.EQUAL, Comparator.MAX, Comparator.MIN) and i.value is not None \
        and i.low is None and i.high is None and i.tolerance is None


def _rows(sentence: re.Match) -> list[tuple[int, int]]:
    spans, at = [], sentence.start()
    for part in re.finditer(r"[;；]", sentence.group()):
        spans.append((at, sentence.start() + part.start()))
        at = sentence.start() + part.end()
    spans.append((at, sentence.end()))
    return spans


def bands_restated_by_position(indicators: tuple, text: str) -> tuple:
    """The indicators with each band that a later row restates by position read as one range (module docstring)."""
    out = list(indicators)
    for sentence in _SENTENCE.finditer(text):
        rows = _rows(sentence)
        if len(rows) < 2:
            continue
        in_row = [[k for k, i in enumerate(out) if a <= i.span[1] - 1 < b] for a, b in rows]
        first = [out[k] for k in in_row[0]]
        if not any(i.comparator == Comparator.RANGE for i in first) \
                or not all(_single(i) or i.comparator == Comparator.RANGE and i.low is not None for i in first):
            continue
        places, slot = [], 0  # (the first slot of each range, the range) in the first row's numbers
        for i in first:
            if i.comparator == Comparator.RANGE:
                places.append((slot, i))
                slot += 2
            else:
                slot += 1
        merged: list[tuple[int, int]] = []
        for (a, b), ks in zip(rows[1:], in_row[1:]):
            if len(ks) != slot or not _BARE_ROW.fullmatch(text, a, b) or not all(_single(out[k]) for k in ks):
                continue
            for at, band in places:
                low, high = out[ks[at]], out[ks[at + 1]]
                unit = high.unit or low.unit
                if low.unit != high.unit or normalise(1.0, unit).dimension != band.normalized.dimension \
                        or not low.value < high.value:
                    continue
                merged.append((ks[at], ks[at + 1]))
        if not merged:
            continue
        for k_low, k_high in merged:
            low, high = out[k_low], out[k_high]
            span = (low.span[0], high.span[1])
            out[k_low] = replace(low, comparator=Comparator.RANGE, value=None, low=low.value, high=high.value,
                                 span=span, text=text[span[0]:span[1]].strip(),
                                 normalized=normalise(None, low.unit, low=low.value, high=high.value),
                                 explicit=True, bare=False)
            out[k_high] = None
        out = [i for i in out if i is not None]
    return tuple(out)

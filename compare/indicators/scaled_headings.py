"""A heading's unit written as a decimal part of a unit (fortieth round, fixunit40): the tenth of a millimetre in
which a bitumen's or a grease's penetration is stated, '针入度（25 ℃，5 s，100 g）/(0.1 mm) 60～80', '工作锥入度（25 ℃，
60次）/0.1 mm；0 | 355～385；1 | 310～340', 'penetration at 25 °C, 0,1 mm: 50 to 70', 'worked penetration at 25 °C after
60 double strokes (0,1 mm): 0 — 355 to 385'.

The values under such a heading count tenths of a millimetre: their unit is '0.1 mm' as written (the keys of every
open set write it so, and the normaliser reads '0,1 mm' as a scaled unit), never the bare 'mm' nor none. The heading's
number is the unit's and no value: '针入度 0.1 mm' is not read. A heading is the scaled unit alone after '/' (in brackets
or before the row's end), between a comma and the heading's colon, or in brackets before the heading's colon; a number
with a unit in brackets anywhere else ('ankle (0,1 m) levels', 'canned vegetables, 0,1 mg/kg;') is a value.

The heading runs over the values after it that write no unit of their own (or only the heading's unit without its
number), up to the first value in another unit or the end of the sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from compare.indicators.units import normalise, reads_as_unit

_SCALE = r"(?P<scale>0[.,]0*1)\s*(?P<unit>[A-Za-zμµ]{1,3})"
_SCALED_HEADINGS = tuple(re.compile(p) for p in (
    rf"/\s*[(（]\s*{_SCALE}\s*[)）]",  # '/(0.1 mm)'
    rf"/\s*{_SCALE}(?=\s*[;；:：|])",  # '/0.1 mm；'
    rf"[,，]\s*{_SCALE}\s*[:：]",  # ', 0,1 mm:'
    rf"[(（]\s*{_SCALE}\s*[)）]\s*[:：]"))  # '(0,1 mm):'
_SENTENCE_END = re.compile(r"。|\.(?:\s|$)")


def may_head_in_a_scaled_unit(text: str) -> bool:
    """A cheap test: the text writes a tenth or a hundredth ('0.1', '0,1', '0.01')."""
    return "0.1" in text or "0,1" in text or ".01" in text or ",01" in text


def scaled_heading_units(indicators: tuple, text: str) -> tuple[tuple, list[tuple[int, int]]]:
    """The indicators with the values under a heading in a scaled unit given that unit, the heading's own number
    taken away; and the spans of the headings' numbers (read: no value, nor left unread)."""
    read: list[tuple[int, int]] = []
    for heading in sorted((m for p in _SCALED_HEADINGS for m in p.finditer(text)), key=lambda m: m.start()):
        unit = heading.group("unit")
        if not reads_as_unit(unit):
            continue
        scaled = f"{heading.group('scale')} {unit}"
        stop = _SENTENCE_END.search(text, heading.end())
        stop_at = stop.start() if stop else len(text)
        out, named = [], None
        for indicator in indicators:
            end = indicator.span[1]
            if heading.start("scale") < end <= heading.end():
                named = indicator  # (the heading's number read as a value: the unit's; its name is the rows')
                continue
            if heading.end() <= end <= stop_at:
                if indicator.unit in ("", unit) and not text[end:end + 4].lstrip().startswith(unit):
                    norm = normalise(indicator.value, scaled, low=indicator.low, high=indicator.high,
                                     tolerance=indicator.tolerance)
                    indicator = replace(indicator, unit=scaled, normalized=norm)
                    if named is not None and not indicator.parameter:
                        indicator = replace(indicator, parameter=named.parameter, concept=named.concept)
                    named = None
                else:
                    stop_at = -1  # a value in a unit of its own ends the heading's rows
            out.append(indicator)
        indicators = tuple(out)
        read.append(heading.span("scale"))
    return indicators, read

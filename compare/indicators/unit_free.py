"""Quantities that have no unit by definition, read with a unit carried from a heading.

A pH, or a dissipation, loss or power factor, is a plain number: no unit is ever written after it. When a clause
gives the unit once in a heading for the items under it ('渔业水质标准（mg/L）：pH值 淡水6.5～8.5；非离子氨 ≤0.02',
'击穿电压/kV：…；介质损耗因数（90 ℃）不大于0.005', '…，w/%：…；pH（100 g/L水溶液）：4.5～5.0'), the reader carries
that unit to every value after it, the unit-free item's too. The keys write such an item with no unit. Only a unit
the item does not write after its own number is dropped: '3 mg/L' written after a pH would be kept (it is then no
pH value as read), and a limit keyed by a pH band ('铅（pH≤5.5）70 mg/kg', '镉：pH≤5.5 0.3' under '/(mg/kg)')
keeps its unit. Likewise a count named before its value in a table of dimensions ('单位为毫米：…牙数14', 'dimensions in
millimetres … number of threads in 25,4 mm: 14'): a count, with no unit in the keys (count_under_a_length_heading).
"""

from __future__ import annotations

import re
from dataclasses import replace

from compare.indicators.constructions import COUNTED_EN, names_a_count
from compare.indicators.units import normalise

# The item's name (the parameter's last part, after any heading) starts with pH, or names a dissipation, loss or
# power factor (介质损耗因数, 损耗角正切, tan δ).
_UNIT_FREE_NAME = re.compile(
    r"^\s*(?:pH(?![A-Za-z])|(?:[^:：]*?)(?:损耗因数|功率因数|损耗角正切|tan\s*δ|"
    r"(?:dissipation|loss|power)\s+factor))", re.I)
# The last digit of a text: the one no digit follows. (Speed: asked of every indicator; one search, where a list of
# every digit's match was built to take its last.)
_LAST_DIGIT = re.compile(r"\d(?=\D*\Z)")
# The same names anywhere in a value's own text (the label written right before the number).
_NAMED_IN_TEXT = re.compile(r"pH(?![A-Za-z])|损耗因数|功率因数|损耗角正切|tan\s*δ|(?:dissipation|loss|power)\s+factor", re.I)


def names_a_unit_free_quantity(parameter: str) -> bool:
    """True when the item a parameter names (its part after the last heading colon) is a pH or a dissipation,
    loss or power factor: a quantity with no unit."""
    item = re.split(r"[:：]", parameter or "")[-1]
    return bool(_UNIT_FREE_NAME.search(item))


def states_a_unit_free_quantity(indicator) -> bool:
    """True when the indicator's item is a unit-free quantity (names_a_unit_free_quantity) named in the value's own
    text: a value after the pH band that keys it ('镉：pH≤5.5 0.3', the 0.3 a limit in mg/kg under the pH's name)
    does not name the pH itself."""
    return names_a_unit_free_quantity(indicator.parameter) and bool(_NAMED_IN_TEXT.search(indicator.text or ""))


def unit_written_after_value(indicator) -> bool:
    """True when the indicator's unit is written after its last number in its own text (not carried from a
    heading before the value)."""
    text, unit = indicator.text or "", (indicator.unit or "").strip()
    last = _LAST_DIGIT.search(text) if unit else None
    if last is None:
        return False
    return unit.lower() in text[last.end():].lower()


# 'number of threads in 25,4 mm: 14', 'number of teeth = 12': the English name of a count right before its value.
_NUMBER_OF_BEFORE = re.compile(r"\bnumber\s+of\s+[a-z]+(?:\s+(?:in|per)\s+[^:;=]{1,20})?\s*[:=]?\s*$", re.I)
_LAST_NUMBER = re.compile(r"\d[\d.,]*(?=\D*$)")
# 'Designation 1: 11 threads': the noun of what is counted right after the value (beside COUNTED_EN's nouns, the
# parts a table of dimensions counts).
_PARTS_COUNTED_AFTER = re.compile(r"\s*(?:threads|teeth|turns|holes|strands|wires)(?![A-Za-z])", re.I)


def count_under_a_length_heading(indicator, text: str = "") -> bool:
    """True when the value is a count named right before it ('牙数14', 'number of threads in 25,4 mm: 14') and its
    unit is a length carried from the table's heading ('单位为毫米', 'dimensions in millimetres'), not written
    after it: a count in a table of dimensions, which the keys write with no unit. A count per amount under its
    heading ('菌落总数 | 100' under 'CFU/g') keeps the heading's unit: only a length is taken off. Given the clause's
    `text`, a count named right after the value counts too ('Designation 1: 11 threads')."""
    own = indicator.text or ""
    last = _LAST_NUMBER.search(own)
    if last is None or unit_written_after_value(indicator):
        return False
    before = own[:last.start()]
    end = indicator.span[1] if text else 0
    if not (names_a_count(before) or _NUMBER_OF_BEFORE.search(before)
            or (text and (_PARTS_COUNTED_AFTER.match(text, end) or COUNTED_EN.match(text, end)))):
        return False
    return normalise(1.0, indicator.unit).dimension == "[length]"


def unit_free_quantities(indicators: tuple, text: str = "") -> tuple:
    """The indicators with a heading's unit taken off the items that name a unit-free quantity (module docstring)
    and the counts in a table of lengths (count_under_a_length_heading)."""
    out = []
    for indicator in indicators:
        # (the unit written after the value, as it mostly is, is asked first: the cheapest test that settles most)
        if indicator.unit and not unit_written_after_value(indicator) \
                and (states_a_unit_free_quantity(indicator) or count_under_a_length_heading(indicator, text)):
            norm = normalise(indicator.value, "", low=indicator.low, high=indicator.high,
                             tolerance=indicator.tolerance)
            indicator = replace(indicator, unit="", normalized=norm)
        out.append(indicator)
    return tuple(out)

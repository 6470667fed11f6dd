"""Wordings of bounds the open sets' keys hold otherwise than one range (twenty-sixth round, bounds26).

`bench/bounds_convention.py` counts, for every wording of one quantity's bounds in the open sets dev … dev25, how the
keys on that side hold its numbers: one range, two limits, one value. Most wordings are ranges ('X～Y', 'X to Y',
'between', 'not less than X and not more than Y', 'min. X, max. Y', 'X ≤ q ≤ Y'), and the reader reads them so. The
wordings here are those whose keys' majority is not what the reader read:

- two bounds written with the signs '≥' and '≤' and joined by a word, '≥ 42,5 MPa and ≤ 62,5 MPa': two limits (every
  key of that wording in running text holds a minimum and a maximum; the chain 'X ≤ q ≤ Y' stays one range);
- a band written with a dash from zero, 'ADI 0–1 mg/kg bw': a maximum (no key holds one as a range; '0～X' and
  '0 to X' stay ranges, as their keys hold them);
- 'not less than X or more than Y': the negation holds for both ('nor more than'): one range, like the same words
  joined by 'and'.
"""

from __future__ import annotations

import re
from dataclasses import replace

from compare.core.vocabulary import Comparator
from compare.indicators.units import normalise

# '≥ 42,5 MPa and ≤ 62,5 MPa', '≥23 ℃和≤60 ℃': a floor and a ceiling in signs joined by a word (a comma or nothing
# between them is a table cell's band, left as read).
_SIGNED_FLOOR_AND_CEILING = re.compile(r"[≥⩾]\s*[-−+]?\d[^≤⩽<>≥;；。:：|\n]{0,30}?(?:\s+and\s+|\s*(?:且|并且|和)\s*)"
                                       r"[≤⩽]\s*[-−+]?\d", re.I)


def signed_floor_and_ceiling(text: str, start: int, end: int) -> bool:
    """True when the text from `start` to `end` writes a minimum and a maximum with the signs '≥' and '≤' joined by
    'and' / '且' / '和': the keys hold these as two limits, never as one range."""
    return _SIGNED_FLOOR_AND_CEILING.search(text, start, end) is not None


# '0–1 mg/kg bw', '0-0,06': a band from zero written with a dash (not a row's band: no ':' or value after it).
_ZERO_DASH_BAND = re.compile(r"(?<![\d.,\-–])0\s?[-–]\s?\d")
_SELECTS_A_ROW = re.compile(r"\s*(?:[:：|]|[,，]?\s*[-+±]?\d)")


def zero_dash_band_as_maximum(ind, text: str):
    """'ADI 0–1 mg/kg bw': a range from zero written '0–X' is the maximum X (the keys of the open sets hold it so
    every time); the same band written '0～X' or '0 to X' stays a range. Returns the indicator, replaced or not."""
    if ind.comparator != Comparator.RANGE or ind.low != 0 or ind.high is None or ind.high <= 0:
        return ind
    a, b = ind.span
    m = _ZERO_DASH_BAND.search(text, a, b)
    if m is None or _SELECTS_A_ROW.match(text, b):
        return ind
    return replace(ind, comparator=Comparator.MAX, value=ind.high, low=None, high=None,
                   normalized=normalise(ind.high, ind.unit))


# 'not less than 50 m or more than 75 m': 'or' after a negated floor carries the negation ('nor more than').
_NOT_LESS_OR_MORE = re.compile(r"(?P<floor>not\s+(?:less|lower|smaller)\s+than\s+[-−+]?\d[^;:。,]{0,30}?\s)"
                               r"(?P<joint>or\s+(?:more|greater|higher)\s+than)(?=\s+[-−+]?\d)", re.I)


def negation_carried_by_or(text: str) -> str:
    """'not less than 50 m or more than 75 m' -> 'not less than 50 m or ≤        75 m' (same length): the second bound
    is a ceiling, which the reader then joins with the floor into one range, as the keys hold it."""
    if "or" not in text or "not" not in text:
        return text
    return _NOT_LESS_OR_MORE.sub(lambda m: m.group("floor") + ("or ≤").ljust(len(m.group("joint"))), text)


# Between two bounds: a row's or an item's end ('最少采样点数为1；≤4 m²为2').
_ITEM_END_BETWEEN = re.compile(r"[;；。]|\.\s")
# A number glued to its unit by a hyphen names a thing, not a bound ('within the 72-hour test period').
_HYPHENATED_AMOUNT = re.compile(r"\d-[A-Za-z]")


def unit_said_once_fails(first, second, original: str) -> bool:
    """True when two bounds, one of them without a unit, are not one quantity's range, though the unit written once
    could hold for both ('> 10 and ≤ 16 A'). Over the open sets every such pair the keys hold as a range is a floor,
    then a ceiling, in one item; the pairs the keys hold apart are:
    - a bare ceiling, then a floor with a unit ('does not exceed 6 000 per container equal to or greater than 10 µm':
      the floor is the size of the things counted, a condition);
    - bounds in two items or rows ('最少采样点数为1；≤4 m²为2');
    - a bound on an amount glued to its unit by a hyphen ('a factor of at least 16 within the 72-hour test period':
      the period of the test, not the other end)."""
    if bool(first.unit) == bool(second.unit):
        return False
    if first.comparator == Comparator.MAX and not first.unit:
        return True
    between = original[first.span[1]:second.span[0]]
    if _ITEM_END_BETWEEN.search(between):
        return True
    return _HYPHENATED_AMOUNT.search(original, second.span[0], second.span[1]) is not None

"""Limit deviations of tolerance classes written as a table's rows run into a sentence (thirty-ninth round,
fixtable39).

A table of limit deviations (ISO 286-2, GB/T 1800.2) gives for each tolerance class, a letter or two and a grade
number ('K7', 'js6', 'f7'), the upper deviation over the lower one; run into a sentence each row becomes the class,
then the pair parted by a slash, and the unit is stated once for all of them: '孔的极限偏差（单位为μm）：K7为+7/−18；
N7为−8/−33', 'limit deviations for holes (values in µm): K7 +7/−18; N7 −8/−33'. The pair is one requirement, the
deviations the size may take from the lower to the upper; the open sets' keys hold every such pair as that range
(dev33's '孔H7的极限偏差为+25 μm/0', dev38's class rows). The reader took the class's grade for a nominal with
unequal deviations ('7 −25/−50' as 7 − 50 … 7 − 25) or read a maximum per number.

`class_deviation_pairs` finds each pair written right after a class (with at most 为, 是 or a colon between), in a
text that names the deviations (偏差, 'deviation(s)') before it; both numbers marked as deviations by their signs (a
zero needs none: '+25/0'), the upper not below the lower. A pair with a nominal before it ('45 mm +0/−2 mm') has no
class before it and is read elsewhere; so is a pair after the deviation word itself (`slashed_deviations`).
"""

from __future__ import annotations

import re

from compare.indicators.band_selectors import conditions_of_targets
from compare.indicators.slashed_deviations import deviation_pair, pair_after

# The deviation word that must come before the rows.
_DEVIATION_WORD = re.compile(r"偏差|(?<![A-Za-z])(?i:deviations?)(?![A-Za-z])")
# A tolerance class: a letter or two for the position of the zone, a grade number (ISO 286: 'H7', 'js6', 'ZA8').
_CLASS = r"(?<![A-Za-z0-9.,])(?P<cls>[A-Za-z]{1,2}\d{1,2})(?![\d.,])\s*(?:为|是|[:：])?\s*"


def class_deviation_pairs(text: str, number: str, unit: str, read) -> list[tuple[int, int, int, float, float, tuple]]:
    """Each pair of limit deviations written 'upper/lower' right after a tolerance class, after a deviation word:
    (start of the class, start of the pair, end of the pair, lower, upper, the units written). `number` and `unit`
    are the reader's patterns of a number and a unit, `read` reads a number as written (no sign)."""
    word = _DEVIATION_WORD.search(text)
    if word is None:
        return []
    out = []
    for m in pair_after(_CLASS, number, unit).finditer(text, word.end()):
        pair = deviation_pair(m, read)
        if pair is not None:
            out.append((m.start("cls"), m.start("p"), m.end(), *pair))
    return out


# The size band heading such rows, at the end of the band's reading: 'nominal size above 30 mm up to and including
# 50 mm', '公称尺寸大于30 mm至50 mm' (each end a number with at most its unit).
_BAND = re.compile(r"(?i:over|above|exceeding)\s+[-+]?\d[^;；。:：]{0,20}?\s+(?i:up\s+to)"
                   r"(?:\s+(?i:and|but\s+not)\s+(?i:including))?\s+[-+]?\d[^;；。:：,，]{0,12}$"
                   r"|(?:大于|超过)\s*[-+]?\d[^;；。:：,，至]{0,12}?至\s*[-+]?\d[^;；。:：,，]{0,12}$")
# Between the band and its first row: the words naming the table and its unit, no sentence's end, no other number.
_TO_ROWS = re.compile(r"[^;；。\d]{0,60}")
_ROW_AT_END = re.compile(rf"{_CLASS}[-+−–]?\s?\d[\d.,]*\s*\S{{0,3}}\s*/\s*[-+−–]?\s?\d[\d.,]*\s*\S{{0,3}}$")


def may_head_class_rows(text: str) -> bool:
    """False when `text` cannot hold class rows under a band (`bands_heading_class_rows`): a quick test."""
    return "/" in text and ("偏差" in text or "eviation" in text) and ("至" in text or "up to" in text)


def bands_heading_class_rows(indicators: tuple, text: str, condition_of) -> tuple:
    """A size band heading rows of limit deviations by class ('公称尺寸大于30 mm至50 mm的轴的极限偏差（单位为μm）：f7为
    −25/−50；…', 'Limit deviations for shafts, nominal size above 30 mm up to and including 50 mm (values in µm): f7
    −25/−50; …'): the sizes the rows hold for, no range of its own (the keys name it in each row's parameter and never
    key it); made the condition of the first row (a range read by `class_deviation_pairs`) when nothing but the
    words of the table's name and unit stand between them."""
    def target(place: int, order: list, out: list, dropped: set) -> int | None:
        band = out[order[place]]
        if band.comparator.value != "range" or place + 1 >= len(order) \
                or not _BAND.search(text, band.span[0], band.span[1]):
            return None
        after = order[place + 1]
        row = out[after]
        written = _ROW_AT_END.search(text, row.span[0], row.span[1]) if row.comparator.value == "range" else None
        return after if written and _TO_ROWS.fullmatch(text, band.span[1], written.start("cls")) else None

    return conditions_of_targets(indicators, condition_of, target)

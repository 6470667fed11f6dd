"""Counts of things in an area the clause names by its two sides (thirty-sixth round, fixunit36): the fragments of a
broken pane of toughened glass counted in a square ('每块试样在任何50 mm×50 mm区域内的最少碎片数：…为30片', 'Minimum
particle count in any 50 mm × 50 mm square: …, 15 particles', 'The number of fragments in any 5 cm × 5 cm square shall
be not more than 400').

The count is per that square: the reader read it as a bare number of pieces, which meets any other count (a number of
specimens, of cycles) and no count per another square. A count written after such a square in the same sentence, in a
counter of things ('片', '块', 'particles') or in no unit, is per the square, written as the clause writes its sides:
'per 50 mm × 50 mm', which the normaliser reads as a count per an area (`count_in_an_area`).
"""

from __future__ import annotations

import functools
import re

_SIDE = r"(?P<{0}>\d+(?:[.,]\d+)?)\s*(?P<{1}>mm|cm|m)"
# 'any 50 mm × 50 mm square', '任意5 cm×5 cm的正方形', '任何50 mm×50 mm区域'; the same unit on both sides.
_AREA = re.compile(r"(?:任何|任意|(?<![A-Za-z])(?i:any|each|every))\s*" + _SIDE.format("a", "u") + r"\s*[×xX]\s*"
                   + _SIDE.format("b", "v") + r"\s*(?:的)?\s*(?:区域|正方形|方格|(?i:square|area))")
_SENTENCE_END = re.compile(r"。|\.\s|\.$")
# What may be counted in the square: pieces of it, in a counter or a word, or no unit at all.
_COUNTERS = frozenset("片 块 个 粒".split())
_COUNT_WORDS = re.compile(r"(?i:particles?|fragments?|pieces?)")


@functools.lru_cache(maxsize=1024)
def _areas(text: str) -> tuple[tuple[int, int, str], ...]:
    """(end, end of its sentence, unit) of each square a text names."""
    out = []
    for m in _AREA.finditer(text):
        if m.group("u") != m.group("v"):
            continue
        stop = _SENTENCE_END.search(text, m.end())
        out.append((m.end(), stop.start() if stop else len(text),
                    f"per {m.group('a')} {m.group('u')} × {m.group('b')} {m.group('v')}"))
    return tuple(out)


def count_in_an_area(text: str, start: int, unit: str) -> str:
    """The unit of a count at `start` that is counted in a square named before it in its sentence ('per 50 mm × 50 mm'),
    else ''. Only a counter of pieces, a word for them, or no unit."""
    if unit and unit not in _COUNTERS and not _COUNT_WORDS.fullmatch(unit):
        return ""
    for end, stop, per in _areas(text):
        if end <= start < stop:
            return per
    return ""

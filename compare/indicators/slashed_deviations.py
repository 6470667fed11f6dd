"""Limit deviations written as a slashed pair right after their name, with no nominal before them (thirty-fourth
round, fixtable34).

A table of limit deviations run into a sentence writes each row's pair as the table does, the upper deviation, a
slash, the lower one: '孔H7的极限偏差为+25 μm/0；轴g6的极限偏差为−9 μm/−25 μm', 'hole H7, limit deviations +25 µm / 0;
shaft g6, limit deviations −9 µm / −25 µm'. The pair is one requirement: the deviations the size may take, from the
lower to the upper; the open sets' keys hold such pairs as that range (dev33's limit deviations, as dev6's '上极限
偏差+0.021 mm、下极限偏差0' and 'ES = +21 µm, EI = 0'). The reader read a maximum for each number, the second one twice.

`slashed_deviation_pairs` finds each pair after the word 偏差 or 'deviation(s)' (with at most 为, 是, a colon or 'of'
between), both numbers marked as deviations by their signs (a zero needs none: '+25 μm/0', '0/−10 μm'), the upper
not below the lower; a pair after a nominal ('45 mm +0/−2 mm') is the nominal's range and read elsewhere.
"""

from __future__ import annotations

import re
from functools import lru_cache

# The deviation word, then what joins it to its pair.
_WORD = r"(?:偏差|(?<![A-Za-z])(?i:deviations?))\s*(?:为|是|[:：=]|(?i:of|are|is)\s)?\s*"


@lru_cache(maxsize=None)
def pair_after(lead: str, number: str, unit: str) -> re.Pattern:
    """The pattern of a slashed pair 'upper/lower' right after `lead` (a pattern), its numbers in the groups p and m,
    their units in u1 and u2 (`deviation_pair` reads them)."""
    signed = rf"[-+]?\s?(?:{number})"
    # (the pair may close its sentence: '… +63 µm / 0.'; a decimal or a third number after it is no pair's end)
    return re.compile(rf"{lead}(?P<p>{signed})\s*(?P<u1>{unit})?\s*/\s*(?P<m>{signed})\s*(?P<u2>{unit})?"
                      r"(?![\d/]|[.,]\d)")


def _pair(number: str, unit: str) -> re.Pattern:
    return pair_after(_WORD, number, unit)


def _signed(written: str, read) -> tuple[str, float | None]:
    written = written.replace(" ", "")
    sign = written[:1] if written[:1] in "+-" else ""
    value = read(written.lstrip("+-"))
    return sign, value


def slashed_deviation_pairs(text: str, number: str, unit: str, read) -> list[tuple[int, int, float, float, tuple]]:
    """Each pair of limit deviations written 'upper/lower' after a deviation word: (start, end, lower, upper, the
    units written), the span from the first number to the end of the pair. `number` and `unit` are the reader's
    patterns of a number and a unit, `read` reads a number as written (no sign)."""
    out = []
    for m in _pair(number, unit).finditer(text):
        pair = deviation_pair(m, read)
        if pair is not None:
            out.append((m.start("p"), m.end(), *pair))
    return out


def deviation_pair(m: re.Match, read) -> tuple[float, float, tuple] | None:
    """(lower, upper, the units written) of a pair matched with the groups p, u1, m, u2 ('+25 μm/0'), or None when
    its numbers are not both marked as deviations by their signs (a zero needs none) or the upper is below the
    lower."""
    (s1, a), (s2, b) = _signed(m.group("p"), read), _signed(m.group("m"), read)
    if a is None or b is None or not (s1 or a == 0) or not (s2 or b == 0) or not (s1 or s2):
        return None
    upper, lower = (-a if s1 == "-" else a), (-b if s2 == "-" else b)
    if lower > upper:
        return None
    return lower, upper, tuple(u for u in (m.group("u1"), m.group("u2")) if u)

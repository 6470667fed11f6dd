"""Unequal deviations in per cent written as a pair with no nominal before them (thirty-sixth round, fixnew36).

A clause that keeps a quantity near a required or rated value often states how far it may go each way as a pair of
signed percentages, the upper one first: 'to within +2 % / −1 % of the required pressure', 'Un + 10 % / − 15 %', and
in Chinese with the signs in brackets and the percent sign once after them, '保持在规定压力的（+2/−1）%范围内'. The pair is
one requirement, the band of deviations from −1 % to +2 %; the open sets' keys hold it so (a frequency of a zone
'+3 % / −5 %' keyed as the range −5 % to 3 %). The reader read each number as a value of its own, and a percentage
after a slash with 'of the …' after it as a third ('1 % of the required pressure').

`percent_deviation_pairs` finds each pair: a plus sign and a number, a slash, a minus sign and a number, each number
with '%' after it ('+2 % / −1 %') or both in brackets with '%' after the bracket ('(+2/−1)%'). Where a nominal stands
before the pair ('50 Hz + 4 % / − 6 %') it is that nominal's range, read elsewhere (`extract._unequal_tolerances`).
"""

from __future__ import annotations

import re
from functools import lru_cache

# (signs as folded text writes them: '−' and '＋' are '-' and '+'; a zero needs no sign after the slash, '+5 %/0 %')
_PLUS = r"\+\s?"
_MINUS = r"(?:-\s?|(?=0(?![.,]?\d)))"


@lru_cache(maxsize=None)
def _pattern(number: str) -> re.Pattern:
    spelt = (rf"{_PLUS}(?P<p>{number})\s?%\s?/\s?{_MINUS}(?P<m>{number})\s?%"
             rf"|[(](?:\s?){_PLUS}(?P<bp>{number})\s?/\s?{_MINUS}(?P<bm>{number})\s?[)]\s?%")
    # (no digit, sign or decimal mark right before: '3+2 %' is no pair)
    return re.compile(rf"(?<![\d.,+\-])(?:{spelt})(?![\d/]|[.,]\d)")


def percent_deviation_pairs(text: str, number: str, read) -> list[tuple[int, int, float, float]]:
    """Each pair of unequal deviations in per cent of folded `text`: (start, end, lower, upper), the lower one
    negative ('+2 % / −1 %' -> −1, 2). `number` is the reader's number pattern, `read` reads one."""
    out = []
    for m in _pattern(number).finditer(text):
        upper, lower = (m.group("p"), m.group("m")) if m.group("p") is not None else (m.group("bp"), m.group("bm"))
        a, b = read(upper.replace(" ", "")), read(lower.replace(" ", ""))
        if a is None or b is None:
            continue
        out.append((m.start(), m.end(), -abs(b), abs(a)))
    return out

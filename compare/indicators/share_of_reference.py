"""A ceiling written as a share of a reference value against one written as an excess over it (fortieth round,
fixverdict40).

One ceiling above a declared value is written two ways: as a percentage of the value ('电池电流应不超过标称值的120 %',
'not more than 110 % of the rated power') or as the excess allowed over it ('shall not exceed the specified value by
more than 20 %', '超过额定值不大于10 %'). 120 % of the value is the value and 20 % more: the two ceilings are one. Read
as two percentages, 120 % against 20 % was a higher maximum.

`shares_compared` brings the excess to the share it allows (20 % more: 120 % of the value) when the other side states a
share of 100 % or more of its reference; the two are then compared as any two maxima. Only maxima in percent on both
sides: a share below 100 % ('不超过规定振动幅值的50 %') is a fraction of the value, not a ceiling above it, and two
shares, or two excesses, are compared as they are written.
"""

from __future__ import annotations

import re

from compare.indicators.clausetext import fold

# A share of a reference value: '标称值的120 %', '额定功率的110%', '120 % of the specified value', '110 % of rated power'.
_REFERENCE_ZH = r"(?:标称|额定|规定|公称|标示|标定|设定|声称)[^\d，。；,;]{0,8}的"
_REFERENCE_EN = r"(?:the\s+)?(?:rated|nominal|specified|declared|marked|stated|set)(?:\s+\w+){0,2}"
_NUMBER = r"(\d+(?:[.,]\d+)?)\s*%"
_SHARE = re.compile(rf"{_REFERENCE_ZH}\s*{_NUMBER}|{_NUMBER}\s+of\s+{_REFERENCE_EN}", re.I)
# An excess over it: 'exceed the specified value by more than 20 %', '超过标称值不大于20 %', '超出额定值20 %'.
_EXCESS = re.compile(rf"(?<![A-Za-z])by\s+more\s+than\s+{_NUMBER}"
                     rf"|(?:超过|超出|高于)(?:标称|额定|规定|公称|标示)值?(?:不(?:大于|超过|得超过|应超过))?\s*{_NUMBER}",
                     re.I)


def _written(pattern: re.Pattern, ind) -> bool:
    """True when `pattern` finds the indicator's own value in its text (folded: full-width signs made plain)."""
    if ind.value is None or (ind.unit or "").strip() != "%":
        return False
    for m in pattern.finditer(fold(ind.text or "")[0]):
        number = next(g for g in m.groups() if g).replace(",", ".")
        try:
            if abs(float(number) - ind.value) <= 1e-9 * max(1.0, abs(ind.value)):
                return True
        except ValueError:
            continue
    return False


def share_of_reference(ind) -> bool:
    """True for a percentage of a reference value of 100 % or more ('标称值的120 %')."""
    return ind.value is not None and ind.value >= 100 and _written(_SHARE, ind)


def excess_over_reference(ind) -> bool:
    """True for the excess allowed over a reference value ('by more than 20 %')."""
    return _written(_EXCESS, ind)


def shares_compared(d, a: float, i, b: float, kinds: tuple[str, str]) -> tuple[float, float]:
    """The two values `a` and `b` (scaled: 120 % is 1.2) to compare, an excess over the reference brought to the share
    it allows (0.2 -> 1.2) when the other side is a share of the reference of 100 % or more; both maxima."""
    if kinds != ("max", "max"):
        return a, b
    if share_of_reference(d) and excess_over_reference(i) and not excess_over_reference(d):
        return a, 1.0 + b
    if share_of_reference(i) and excess_over_reference(d) and not excess_over_reference(i):
        return 1.0 + a, b
    return a, b

"""A method's working range stated in pieces (thirty-fourth round): '本方法的检出限为4 mg/L，测定下限为16 mg/L。未经稀释的
水样测定上限为700 mg/L', '最低检出浓度为0.01 mg/L，测定上限为0.6 mg/L', '本方法适用于COD值大于30 mg/L的水样，…测定上限为
700 mg/L'.

A Chinese method standard states the concentrations its method determines as a lower limit of determination (测定下限,
最低检出浓度, or the concentration the method applies above, '适用于…大于…') and an upper limit (测定上限), often sentences
apart; the international method states the same span as one range ('applicable to water with a COD value between 30
mg/l and 700 mg/l'). The reader read the pieces as a minimum and a maximum apart; the open sets' keys hold them as one
range (dev12 Y040, dev32 AS041, dev33 AT014). This module joins them where the clause names exactly one such lower and
one such upper limit in the same unit. The detection limit (检出限) is no end of the range: the keys hold it apart.

Left apart: two upper limits (one without dilution, one with: '非稀释法…的测定上限为6 mg/L，稀释与稀释接种法的测定上限为
6 000 mg/L', keyed as a minimum and two maxima in dev33 AT033), and English sentences ('greater than or equal to the
limit of determination of 3 mg/l and not exceeding 6 000 mg/l', keyed apart in AT033). See docs/indicators.md,
'Thirty-fourth round: fixmethod34'.
"""

from __future__ import annotations

import re

from compare.core.vocabulary import Comparator

# The words of a method's lower limit in a reading's text: the lower limit of determination, the lowest concentration
# detected, the concentration the method applies above.
_LOWER = re.compile(r"测定下限|检测下限|测量下限|最低检出浓度|最低检测浓度|(?<!不)适用于[^。；]{0,40}?(?:大于|高于|不低于|不小于)")
# The words of its upper limit (also the quick test: a clause without them states no working range).
_UPPER = re.compile(r"测定上限|检测上限|测量上限")


def may_state_a_working_range(text: str) -> bool:
    """False when `text` names no upper limit of determination (a quick test)."""
    return _UPPER.search(text) is not None


def working_range(indicators: tuple, text: str, merge) -> tuple:
    """`indicators` with a method's lower and upper limits of determination (one minimum named by `_LOWER`, one
    maximum named by `_UPPER`, the same dimension) joined into one range, where it stands the minimum stood.
    `merge(first, second, text)` makes the range of two bounds (None when they are none)."""
    lows = [i for i in indicators if i.comparator == Comparator.MIN and _LOWER.search(i.text or "")]
    highs = [i for i in indicators if i.comparator == Comparator.MAX and _UPPER.search(i.text or "")]
    if len(lows) != 1 or len(highs) != 1 or lows[0].span[0] > highs[0].span[0]:
        return indicators
    low, high = lows[0], highs[0]
    if low.normalized.dimension != high.normalized.dimension:
        return indicators
    joined = merge(low, high, text)
    if joined is None or joined.comparator != Comparator.RANGE:
        return indicators
    return tuple(joined if i is low else i for i in indicators if i is not high)

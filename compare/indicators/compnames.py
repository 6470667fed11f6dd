"""Comparator words inside a quantity's name (twenty-sixth round, compnames26).

Standards name quantities with comparator words: '最低点燃温度', '最高工作压力', '最大允许误差', 'maximum working
pressure', 'minimum breaking strength'. Counted over the open sets dev … dev25 (docs/indicators.md, 'Twenty-sixth
round: comparator words inside a quantity's name'): where the word names the limit's own quantity ('最小弯曲半径为…',
'the minimum breaking strength shall be 10 kN', 'maximum level 0.5'), the keys hold its kind (min, max) unless a verb
of its own says another, and the reader reads them so. The wording the keys read otherwise is the quantity a share,
fraction or multiple is taken of, written after the verb and closed by 的 right before the number:

- '试验压力为…允许最大工作压力的1.5倍', '初始力为实际最大力的70 %', '水平力为车辆最大设计总质量对应重力的50 %': equal;
- '最高表面温度不应超过…最低点燃温度的2/3': a maximum (the verb's), not a minimum (the reference's name).

The word there names the reference quantity, never the limit: only the words outside it (the subject's name, the verb)
state the kind. `constructions.multiple_reference` finds that quantity; it was read for multiples ('倍') alone.
"""

from __future__ import annotations

import re

from compare.indicators.constructions import multiple_reference

# The units of a value that is a part or a multiple of the quantity written before it: a multiple, a share, a fraction
# or a plain ratio (a fraction in words or digits is read with no unit: '的2/3', '的一半').
_RATIO_UNITS = frozenset({"倍", "%", "‰", ""})
# The verb, then the reference quantity with a condition's value inside it ('为阀门在20 ℃时允许最大工作压力的'), then 的.
_REFERENCE_ACROSS_CONDITION = re.compile(r"(?:为|是|等于|小于|大于|超过|低于|高于)\s*(?P<ref>[^,，;；:：。<>≤≥]{1,40}?)\s*的\s*$")


def reference_quantity(left: str, unit: str, sentence: str = "") -> tuple[int, int] | None:
    """Where, in the words before a value (`left`), the quantity the value is a share, fraction or multiple of is
    named ('…不应超过相关粉尘云最低点燃温度的' before '2/3' -> the span of '相关粉尘云最低点燃温度'), or None. The
    value's unit must be a ratio's ('倍', '%', '‰' or none): '为最大工作压力的1.5倍', '为实际最大力的70 %'. A
    comparator word inside that span names the reference quantity and states no bound of the value.

    `sentence`, when given, is the sentence up to the value, ending with `left`: where a condition's value parts the
    verb from the number ('试验压力为阀门在20 ℃时允许最大工作压力的1.5倍', `left` '时允许最大工作压力的'), the
    reference is found there, and its span is cut to `left`."""
    if unit not in _RATIO_UNITS or not left.rstrip().endswith("的"):
        return None
    found = multiple_reference(left)
    if found or not sentence.endswith(left) or len(sentence) == len(left):
        return found
    m = _REFERENCE_ACROSS_CONDITION.search(sentence)
    if m is None:
        return None
    whole = m.span("ref")
    shift = len(sentence) - len(left)
    return (max(0, whole[0] - shift), whole[1] - shift) if whole[1] > shift else None

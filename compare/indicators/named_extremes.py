"""A value whose quantity is named the shortest or the longest allowed: a minimum or a maximum (thirty-sixth round,
fixverdict36).

'最短灭菌时间20 min' (the shortest sterilisation time), '最长时间间隔为12个月' (the longest interval), 'the shortest
holding time 15 min': the name says which way the value bounds, though no bound word stands beside the number. The
reader read such a value as a set value (`equal`); where both sides were so read and set apart, the pair was judged
'another required value' (different), where the keys judge the longer shortest time `stricter` (dev26 AM094, two
rows). The open sets' keys hold every such value as `min` (最短: dev5 H030, dev26 AM094, dev27 AN072) or `max` (最长:
dev20 AG054, dev27 AN072, AN079, dev31 AR098). Only the last part of the name, nearest the value, is read: a
shortest or longest named earlier ('…中最长的基准飞行场地长度，分为1、2、3、4四个等级') bounds nothing here.
"""

from __future__ import annotations

import re

from compare.core.vocabulary import Comparator

_SHORTEST = re.compile(r"最短|(?<![A-Za-z])shortest(?![A-Za-z])", re.I)
_LONGEST = re.compile(r"最长|(?<![A-Za-z])longest(?![A-Za-z])", re.I)
# The parts of a name: its last part is the one nearest the value.
_NAME_PARTS = re.compile(r"[:：,，;；]")


def named_extreme(ind) -> str | None:
    """`min` when the last part of the indicator's name calls it the shortest, `max` when the longest; else None."""
    last = _NAME_PARTS.split(ind.parameter or "")[-1]
    shortest, longest = bool(_SHORTEST.search(last)), bool(_LONGEST.search(last))
    if shortest == longest:
        return None
    return Comparator.MIN if shortest else Comparator.MAX

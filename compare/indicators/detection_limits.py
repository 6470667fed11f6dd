"""A method's detection limit stated as a plain value is a floor (thirty-fourth round): '本方法的检出限为4 mg/L',
'检出限为20 mg/kg，低于检出限时，结果报告为"未检出"', 'the limit of detection of the method is 0,02 mg/l'.

A detection limit is the least content a method can tell from none: the method reads contents at or above it, so
the value states the lowest end of what the method reaches, a minimum. Written with no comparator word ('为', '是',
'is', 'of'), the reader took it as an equal value (beside a contaminant's name, or after the English word 'limit',
as a maximum). This module makes
such a reading a minimum, as a reader of methods would.

Left as read: a detection limit with a comparator word of its own ('检测限应不大于0.05 mg/L', 'a limit of detection
of 0,05 mg/l or lower'): that is a requirement on an instrument, a ceiling, and its words say so; a detection limit
already joined with an upper limit into a working range (method_ranges).

Counted over the open sets (dev … dev33): every plain detection limit is keyed a minimum (dev32 AS017, dev33 AT014,
AT029, AT033); the one with a comparator word is keyed a maximum (dev33 AT053) and keeps its word. See
docs/indicators.md, 'Thirty-fourth round: fixbasis34'.
"""

from __future__ import annotations

import re
from dataclasses import replace

from compare.core.vocabulary import Comparator
from compare.indicators.quick import caseless

# The name of a detection limit, then a plain copula (or a colon) right before the number: Chinese '检出限为',
# '检测限是', '最低检出浓度为', '检出限：'; English 'limit of detection is', 'detection limit of', 'LOD is'.
_PLAIN = re.compile(
    r"(?:检出限|检测限|最低检出浓度|最低检测浓度)\s*(?:为|是|：|:)\s*$"
    r"|(?<![A-Za-z])(?:limit\s+of\s+detection|detection\s+limit|LOD)(?:\s+of\s+the\s+(?:method|procedure))?"
    r"\s*(?:is|of|:|=)\s*$", re.I)
# The number right after the copula.
_NUMBER = re.compile(r"\d[\d\s]*(?:[.,]\d+)?")
# A comparator word after the value and its unit ('0,05 mg/l or lower', '0.1 mg/L以下', '10 µg/kg max.'): the value is
# then a requirement with its own kind, no plain statement.
_BOUND_AFTER = re.compile(r"\s*[^\s\d，。；,;]{0,12}\s*(?:or\s+(?:lower|less|below|higher|more|above|greater|better)"
                          r"|以下|以上|以内|及以下|及以上|(?<![A-Za-z])(?:max|min|maximum|minimum)(?![a-z]))", re.I)
# A quick test: no detection limit named.
_HINT = re.compile(r"检出限|检测限|最低检出|最低检测|(?i:detection|LOD)")


def may_state_a_detection_limit(text: str) -> bool:
    """False when `text` names no detection limit (a quick test). (Speed: the case-ignoring words are tried at every
    letter of a clause; every Chinese name holds 检, and the English words are looked for first in the text in lower
    case with the letters a case-ignoring match also takes folded, `quick.caseless`: the pattern still decides.)"""
    if "检" not in text:
        low = caseless(text)
        if "detection" not in low and "lod" not in low:
            return False
    return _HINT.search(text) is not None


def plain_detection_limits(text: str) -> list[tuple[int, float]]:
    """The offsets and values of the numbers in `text` (folded) a detection limit states with no comparator word."""
    out = []
    for m in _NUMBER.finditer(text):
        if _PLAIN.search(text, max(0, m.start() - 40), m.start()) and not _BOUND_AFTER.match(text, m.end()):
            out.append((m.start(), float(re.sub(r"\s", "", m.group(0)).replace(",", "."))))
    return out


def detection_limits_as_floors(indicators: tuple, text: str) -> tuple:
    """`indicators` with each single value a detection limit states plainly (`plain_detection_limits`) read as a
    minimum: a single value whose number follows the name and a copula straight away (so no comparator word but
    the English name's own 'limit', read as a ceiling, stands before it), that number in the reading's span."""
    starts = plain_detection_limits(text)
    if not starts:
        return indicators
    out = []
    for i in indicators:
        if (i.value is not None and i.low is None and i.high is None and i.span
                and i.comparator in (Comparator.EQUAL, Comparator.MAX)
                and any(i.span[0] <= s < i.span[1] and i.value == v for s, v in starts)):
            i = replace(i, comparator=Comparator.MIN, explicit=True, bare=False)
        out.append(i)
    return tuple(out)

"""A time allowed written as '在X内' ('能在90秒钟内撤离', '应在1.5 s内第一次熄灭'): a limit of its own, not a condition.

'在' opens a condition of the limit after it ('在1 h内应不超过1.0 mGy': the averaging period of a dose limit). Where
no bound follows the period before the next number or the sentence's end, nothing after it is limited by it: the
period is what the clause requires, the time within which an action completes. With a word of requirement beside it
('能', '应', '须', '可') it is a maximum ('能在3 min内将…放电至75 V': at most 3 min); a step of a procedure without one
sets it ('在10 s内摩擦10次', '在1 h内逐渐升压至…'): a value. Counted over the open sets dev..dev25 (twenty-sixth round,
`bench/condition_census.py`): of the times read as a condition after '在', the keys hold 18 as an indicator of their
own, 4 as a basis, 5 not at all; the bases and the unkept ones are periods with a bound after them.
"""

from __future__ import annotations

import re
from typing import Any

from compare.core.vocabulary import Comparator
from compare.indicators.numbers import NUMBER
from compare.indicators.phrases import bound_words

TIME_UNITS = frozenset(("s", "ms", "min", "h", "d", "秒", "分", "分钟", "小时", "天", "日", "周", "个月", "年"))
_OPENS = re.compile(r"在[^\d，,。；;：:]{0,6}$")
_CLOSES = re.compile(r"\s*(?:钟)?(?:之)?内")
_NEXT_NUMBER = re.compile(rf"{NUMBER}|[。；;\n]")
_REQUIRES_BEFORE = re.compile(r"(?:能|应|须|可|要)[^。；;\n]*$")  # (in its sentence: '灯应在1 s内发光，并在1.5 s内熄灭')
_REQUIRES_AFTER = re.compile(r"(?:能|应|须|可|要)")


def time_allowed(raw: Any, text: str) -> str | None:
    """The comparator of a condition that is a time allowed ('在X内' with no bound after it), or None when it stays a
    condition. `raw` has start, end, unit, comparator, value (a reading of compare.indicators.extract)."""
    if raw.value is None or raw.comparator != Comparator.EQUAL or raw.unit not in TIME_UNITS:
        return None
    before = text[max(0, raw.start - 8):raw.start]
    opened = _OPENS.search(before)
    closed = _CLOSES.match(text, raw.end)
    if not opened or not closed:
        return None
    stop = _NEXT_NUMBER.search(text, closed.end())
    after = text[closed.end():stop.start() if stop else len(text)]
    if any(kind in (Comparator.MAX, Comparator.MIN) for _, kind in bound_words(after)):
        return None  # ('在1 h内应不超过1.0 mGy', '在演示前的5 min内，至少85 %'): the period of the limit after it
    lead = text[max(0, raw.start - len(opened.group(0)) - 60):raw.start - len(opened.group(0))]
    if _REQUIRES_BEFORE.search(lead) or _REQUIRES_AFTER.match(text, closed.end()):
        return Comparator.MAX
    return Comparator.EQUAL


# A verb of holding right before a time: '在暗处放置1 h', '并在该温度下保持15 min'. The '在' phrase is the place or
# state of the step, the time the duration the step sets ('浸泡24 h后，…不应超过5 %' closes a condition: left alone).
_HOLDS = re.compile(r"在[^，,。；;\d]{1,12}?(?:放置|保持|静置|浸泡|浸没|浸水|存放|贮存|养护|保温|恒温)\s*$")
_CLOSES_A_CASE = re.compile(r"\s*(?:之|以)?(?:后|时|下)")


def held_for(raw: Any, text: str) -> str | None:
    """EQUAL for a condition that is the duration of a step's holding ('应在暗处放置1 h'), None otherwise: with no
    bound after it before the next number, and not closed as a case ('…24 h后'). Counted over the open sets (twenty-
    sixth round): 3 such times the keys hold as a value of their own, none as a basis once '后' is left alone."""
    if raw.value is None or raw.comparator != Comparator.EQUAL or raw.unit not in TIME_UNITS:
        return None
    if not _HOLDS.search(text, max(0, raw.start - 20), raw.start) or _CLOSES_A_CASE.match(text, raw.end):
        return None
    stop = _NEXT_NUMBER.search(text, raw.end)
    if any(kind in (Comparator.MAX, Comparator.MIN) for _, kind in bound_words(text[raw.end:stop.start() if stop
                                                                                     else len(text)])):
        return None
    return Comparator.EQUAL


def times_allowed(conditions: list, text: str) -> list:
    """The conditions that are times allowed (`time_allowed`) or held for (`held_for`), each given its comparator:
    they are requirements of their own."""
    found = []
    for c in conditions:
        kind = time_allowed(c, text) or held_for(c, text)
        if kind is not None:
            c.comparator = kind
            c.condition = False
            found.append(c)
    return found

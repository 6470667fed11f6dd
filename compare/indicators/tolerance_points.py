"""A value that says where a tolerance holds, not the nominal value it is a tolerance of (tol26, twenty-sixth round).

'在额定电流的1 %时，电流误差为±0.75 %', 'at 5 %, ± 0,75 %', 'centre thickness up to 0,10 mm, ± 0,010 mm', '试验温度不超过
200 ℃时，温度允差为±2 ℃', '在额定电流的5 %、20 %和120 %时，电流误差分别为±3.0 %、…': the number before the '± T' is the
point (or the end of the band) at which the error or deviation T is allowed. The open sets' keys write such a '± T' as a
maximum of T with the basis '±' and the point in the parameter's name, never as the point's value with a tolerance
(docs/indicators.md, "Twenty-sixth round: tolerances by the keys' convention").
"""
from __future__ import annotations

import re

# The words after a value (or after a list of values of one unit) that close a condition with 时 ('1 %时', '5 %、20 %
# 和120 %时', '20 %～120 %时'). Not 时间 / 时刻 / 时速 / 时长 (a time, a speed), nor a unit ending in 时 ('2小时': the
# words between the number and 时 are units and signs only).
_CLOSED_BY_SHI = re.compile(r"(?:\s*(?:[、,，～~至到和及或]|[-−–])\s*[-+−]?\d[\d.,]*\s*[%‰A-Za-zµ°℃′″/²³·]*)*"
                            r"\s*时(?![间刻速长段效])")
# The words before a value that make it a point or a band's end ('at 5 %', 'up to 0,10 mm', 'over 0,10 mm').
_POINT_BEFORE = re.compile(r"(?<![A-Za-z])(?:at|up\s+to(?:\s+and\s+including)?|over|above|below|under|"
                           r"not\s+exceeding|exceeding|less\s+than|more\s+than)\s*$", re.I)
# Only a comma or a colon between such a value and its '± T'.
_POINT_SEPARATOR = re.compile(r"\s*[,，:：]\s*")


def closed_by_shi(after: str) -> bool:
    """True when the words right after a value close a condition with 时, alone or after more values of the list it
    ends or begins ('时，电流误差为', '、20 %和120 %时', '～120 %时为')."""
    return bool(_CLOSED_BY_SHI.match(after))


def tolerance_point(before: str, between: str, after: str = "") -> bool:
    """True when a value followed by a '± T' is the point or band end at which T is allowed, not T's nominal value.
    `before` is the text before the value (its sentence), `between` the words from the value to the '±', `after` the
    words right after the value (when `between` is not yet known, the words up to the '±' may be in it)."""
    if closed_by_shi(between) or (not between and closed_by_shi(after)):
        return True
    return bool(_POINT_SEPARATOR.fullmatch(between)) and bool(_POINT_BEFORE.search(before))


_ENDS_CLOSED_BY_SHI = re.compile(r"[\d%‰A-Za-zµ°℃′″²³]\s*时\s*$")


def stated_point(own_text: str, after: str) -> bool:
    """True when a value read (its own text, `own_text`, and the words right after it, `after`) closes a condition
    with 时 ('在额定电流的1 %时', '5 %' of '5 %、20 %和120 %时'): a '± T' placed later is allowed at that point, it is
    not the value's tolerance."""
    return bool(_ENDS_CLOSED_BY_SHI.search(own_text)) or closed_by_shi(after)


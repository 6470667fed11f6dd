"""A classification whose rows the counterpart states as requirements, value for value (thirty-seventh round):
'按抗冲击性能分类：超轻型0.5 J；轻型1 J；中型2 J' against 'Resistance to impact: very light, 0,5 J; light, 1 J; medium,
2 J', '按切换时间…分为：极短时间断（0.15 s内自动供电）；短时间断（0.5 s内自动供电）' against 'very short break: automatic
supply available within 0,15 s; short break: … within 0,5 s', 'Response categories of the primary irritation index:
negligible, 0 to 0,4; slight, 0,5 to 1,9' against '0～0.4为极轻微；0.5～1.9为轻度'.

A classification's rows are left unread as no requirement (`statements.classification_spans`), and read again only
where the counterpart lists the same classes by designation (`verdicts.classes_listed_alike`: 'T1为-25 ℃～40 ℃' against
'class T1: −25 °C to 40 °C'). Classes named by words ('超轻型' / 'very light', '极短时间断' / 'very short break') carry no
designation to match, yet when the counterpart, written as no classification, states the very values of the rows
(the same quantity, the same number or band in the same unit), the two clauses say one thing: the rows are read as
the requirements the counterpart states. Two rows at the least must match so, and at least half of the rows read
anew; rows whose values differ from the counterpart's (a classification by another quantity or in other bands) stay
unread, as before, and so do rows where either clause is a designation, a code or a series (class indices, colour
codes: the values name the classes), or where the counterpart keys its values by class designations the rows do not
carry ('M5 … 5.0 MPa' against 'M 1, M 2,5 …; 1; 2,5': paired by value alone, unlike classes would meet). Rows whose
values describe the members a class takes in ('0组，质量小于10 kg的儿童', 'Group 0 for
children of a mass less than 10 kg') say who belongs to a class, not what a class must meet: they stay unread too.

See docs/indicators.md, 'Thirty-seventh round: fixunread37'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Two rows at the least restated by the counterpart, and at least this share of the rows read anew.
FEWEST_RESTATED = 2
SHARE_RESTATED = 0.5


# A value closing a phrase that describes a noun, at the end of its row ('质量小于10 kg的儿童；'), or a row of members named
# with their own quantity ('for children of a mass less than 10 kg').
_DESCRIBES_A_NOUN = re.compile(r"\s*的[\u4e00-\u9fff]{1,6}\s*(?:[;；。,，]|$)")
_MEMBERS_OF_A = re.compile(r"(?i)(?<![A-Za-z])for\s+[a-z]+\s+(?:of|with)\s+an?\s+[a-z]+")


def _describes_members(reading, text: str) -> bool:
    start, end = reading.span
    return _DESCRIBES_A_NOUN.match(text, end) is not None or _MEMBERS_OF_A.search(text, start, end) is not None


def members_described(readings: Sequence, text: str) -> bool:
    """True when half of the `readings` of `text` or more describe the members a class takes in ('0组，质量小于10 kg的
    儿童', 'Group 0 for children of a mass less than 10 kg'): who belongs to the class, no requirement on it."""
    return bool(readings) and 2 * sum(_describes_members(r, text) for r in readings) >= len(readings)


def _magnitude(x: float | None) -> float | None:
    return None if x is None else round(x, 9)


def _stated(reading) -> tuple | None:
    """What a reading states, in its canonical unit: the dimension and the value or the two ends of its band."""
    n = reading.normalized
    if n is None or not n.known:
        return None
    ends = (_magnitude(n.value), _magnitude(n.low), _magnitude(n.high))
    if all(x is None for x in ends):
        return None
    return (n.dimension,) + ends


def rows_restated(anew: Sequence, theirs: Sequence) -> bool:
    """True when the rows of a classification read anew (`anew`) state, two of them at the least and half of them or
    more, the very values the counterpart's readings (`theirs`) state: the same dimension and the same value or band."""
    if len(anew) < FEWEST_RESTATED:
        return False
    stated = {s for s in map(_stated, theirs) if s is not None}
    restated = sum(1 for reading in anew if _stated(reading) in stated)
    return restated >= FEWEST_RESTATED and restated >= SHARE_RESTATED * len(anew)

"""Columns headed by a size, the quantity's unit stated once before them (fortieth round, tables40).

A table written as running text whose column heads are sizes, classes of particle or bands of a condition, each a
number with its unit ('粒子最大浓度限值（pc/m³）0.1 µm | 0.2 µm | 0.5 µm：5 | 100 000 | 23 700 | 3 520', 'maximum
concentration (particles/m³) 0,1 µm | 0,5 µm | 5 µm: 5 | 100 000 | 3 520 | 29'): a head that is nothing but a number
and its unit names the condition its column holds for, not the unit of the values in it. The values are in the unit
the heading states once, in brackets or after a slash, before the first size ('（pc/m³）', '(particles/m³)',
'/(mg/kg)'); a bound word in the heading's quantity ('最大', 'maximum', 'max.') makes them limits of that kind.

`size_columns(labels)` reads such a heading: the quantity's unit, the bound its name states, and each sized column's
size, or None when any label after the first is no size (a mixed heading is left to the column-unit rule), when fewer
than two are, or when no unit is stated once before the sizes.

`head_bound(label)` reads the kind of limit a column's head states for every value under it ('低温启动黏度/(mPa·s)
不大于', '运动黏度/(mm²/s) 不小于', 'cranking viscosity, mPa·s max'); `extract._column_units` gives it to the bare values
of that column that have a unit, outside a pair of bound columns ('最小 | 最大', the two ends of a range).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from compare.core.vocabulary import Comparator
from compare.indicators.units import normalise, reads_as_unit

# A size heading a column: a number (a bound sign before it at most) and a unit of one word after it ('0.5 µm',
# '≥5,0 µm', '1 µm'), at the end of its label; what is before it is the name of the quantity (on the first sized
# label only).
_SIZE = re.compile(r"(?P<size>[≥>≤<]?\s*\d[\d.,]*\s*(?P<unit>[^\W\d_][^\s|]{0,5}))\s*$")
# The unit stated once for the table's values: in brackets, or after a slash, right before the first size or the
# label's end ('（pc/m³）', '(particles/m³)', '/(mg/kg)', '/%').
_STATED_UNIT = re.compile(r"(?:[(（]\s*(?P<bracketed>[^()（）]+?)\s*[)）]|/\s*(?P<slashed>\S+?))\s*$")
_MAX_WORDS = re.compile(r"最大|最高|不大于|不超过|上限|\bmax(?:imum)?\b\.?", re.I)
_MIN_WORDS = re.compile(r"最小|最低|不小于|不低于|下限|\bmin(?:imum)?\b\.?", re.I)


@dataclass(frozen=True)
class SizeColumns:
    unit: str  # the unit stated once for every value ('pc/m³')
    bound: Comparator | None  # the kind of limit the quantity's name states ('最大…限值': MAX), or None
    sizes: tuple[str, ...]  # each column's size after the first ('0.1 µm', '0.2 µm', …)


def size_columns(labels: list[str]) -> SizeColumns | None:
    """The heading `labels` (first to last, the first keying the rows) read as columns headed by sizes under one
    stated unit, or None."""
    if len(labels) < 3:
        return None
    sizes, name = [], ""
    for k, label in enumerate(labels[1:]):
        m = _SIZE.search(label)
        if m is None or not reads_as_unit(m.group("unit")):
            return None
        before = label[:m.start()].strip()
        if k == 0:
            name = before
        elif before:
            return None  # (a later head with words of its own names a quantity of its own)
        sizes.append(" ".join(m.group("size").split()))
    stated = _STATED_UNIT.search(name) or _STATED_UNIT.search(labels[0].strip())
    if stated is None:
        return None
    unit = (stated.group("bracketed") or stated.group("slashed")).strip()
    if not (reads_as_unit(unit) or normalise(1.0, unit).known):  # ('pc/m³': pieces per cubic metre)
        return None
    words = name or labels[0]
    bound = Comparator.MAX if _MAX_WORDS.search(words) else Comparator.MIN if _MIN_WORDS.search(words) else None
    return SizeColumns(unit, bound, tuple(sizes))


# A column head's bound, stated after its unit or in its name: '低温启动黏度/(mPa·s) 不大于', '运动黏度/(mm²/s) 不小于',
# '字符的最小高度/mm', 'cranking viscosity, mPa·s max', 'kinematic viscosity, mm²/s min.'. 'min' names minutes when
# it follows a slash, a digit or stands alone in brackets ('r/min', 'Time (min)', 'Duration, min'): a minimum only
# written 'min.' or 'minimum', or 'min' right after a unit ('mm²/s min').
_HEAD_MAX = re.compile(r"不大于|不超过|不高于|最大|最高|上限|\bmax(?:imum)?\b", re.I)
_HEAD_MIN = re.compile(r"不小于|不低于|不少于|最小|最低|下限|\bminimum\b|\bmin\.|(?<=[a-zA-Zµ²³)·]\s)min\b(?!\s*[)）])",
                       re.I)


def head_bound(label: str) -> Comparator | None:
    """The kind of limit a grid's column head states for every value under it (MAX, MIN), or None: none stated, or
    both ('最小值～最大值')."""
    high, low = _HEAD_MAX.search(label), _HEAD_MIN.search(label)
    if bool(high) == bool(low):
        return None
    return Comparator.MAX if high else Comparator.MIN

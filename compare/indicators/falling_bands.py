"""Two values written from the higher down to the lower, with a range's joint between them (twenty-ninth round, ranges29).

A band of one quantity is written from its low end up ('5 °C to 40 °C', '17.00～19.00'). Written from the high end
down, the two numbers say something else: where a change starts and ends ('the amplitude decreases from 6° to 3°'),
a stretch measured from a point ('from 900 m to 300 m from the runway end', '距跑道末端900 m至300 m'), a shock from one
temperature to another ('thermal shock 400 °C to 20 °C'), a bound that is no number at its other end ('Ti 5C～0.70'),
references ('see 6.2 to 6.15'), a list's last two ('not classified, 0,10 to 0,00'). The reader took each as a range
(its ends swapped); the keys of the open sets hold none of them as one (`docs/indicators.md`, twenty-ninth round,
ranges29: 8 places in 7 sets, two values, one value or nothing). Left as one range, as the keys hold them: bands
opened by 'between', signed ends (deviations, negative values), the bands the reader's own rewrites write ceiling
first, and a limit that slopes across a band of its condition ('0,15 MHz to 0,50 MHz: quasi-peak 66 dB(µV) to 56
dB(µV)', dev19's keys).
`falling_ends(m, comma)` says, for a match of the reader's value pattern, whether it is such a band, and which groups
hold its first end: the reader then reads the first end alone and goes on at the second (as it does for a 'range' whose
ends are of two dimensions, `extract._mixed_range`).
"""

from __future__ import annotations

import re

from compare.indicators.numbers import number_or_none
from compare.indicators.units import value_in_unit

# The band's groups in the reader's value pattern (`extract._VALUE`): 'rng' ('X～Y', 'X to Y', 'X至Y', 'X-Y') and 'btw'
# opened by 'from' only ('between', '介于' and '在…之间' name a band whichever end comes first).
_GROUPS = (("rng", "rl", "ru1", "rh", "ru2"), ("btw", "bl", "bu1", "bh", "bu2"))
_FROM = re.compile(r"(?i:from)\b")
# A range's joint in words or the tilde (folded '～' is '~'); a dash alone is not enough.
_RANGE_WORD = re.compile(r"[~～至到]|(?<![A-Za-z])to(?![A-Za-z])")


def falls(first: float | None, second: float | None, first_unit: str = "", second_unit: str = "") -> bool:
    """True when the first end, put in the second's unit, stands above the second: the values are written from the
    higher down. Unknown or unlike units say nothing (False)."""
    if first is None or second is None:
        return False
    first = value_in_unit(first, first_unit, second_unit or first_unit)
    return first is not None and first > second


def signed(written: str | None) -> bool:
    """True when a number is written with a sign ('+3', '-5', '−40,5'): a deviation band written from its upper
    deviation down ('+3 %～-5 %', '+6 %～-10 %', '+12 ℃～0 ℃') or a band of negative values written by their size
    ('-40 V～-57 V', '−40.0°～−43.4°') is one range, as the keys hold it."""
    return bool(written) and written.lstrip()[:1] in "+-−–"


# The band the reader's own rewrites write from two bound words, the ceiling first ('26.2 mm（最大）/24.9 mm（最小）',
# '34,2 mm max., 32,3 mm min.' -> '26.2 mm～    24.9 mm', `minmax.bound_word_after_each`): the joint '～' with the
# spaces that keep every span in place (two or more) beside it. It is one range.
_REWRITTEN_JOINT = re.compile(r"[~～]\s{2,}|\s{2,}[~～]")  # ('～' folded to '~')


# A rising band of one quantity ('0,15 MHz to 0,50 MHz', '0.15～0.50'), found in the stretch before a falling one.
_RISING = re.compile(r"(?P<a>\d+(?:[.,]\d+)?)\s*(?P<u1>[^\d\s~～;；。|:：,，]{0,8})\s*(?:[~～至到]|(?<![A-Za-z])to(?![A-Za-z]))\s*"
                     r"(?P<b>\d+(?:[.,]\d+)?)\s*(?P<u2>[^\d\s~～;；。|:：,，()（）]{0,8})")
# Where the stretch that a falling band may follow a band of its condition in starts: a sentence's or a clause's end.
CELL_BREAK = " | "  # (as extract.CELL_BREAK: between the cells of a table row)
_STRETCH_END = re.compile(r"[;；。]|\.\s")


def slopes_over_a_band(m: re.Match, unit: str, comma: bool = False) -> bool:
    """True when a falling band follows, in its sentence part, a rising band in another unit: a limit that runs from
    one value to the other across that band ('0,15 MHz to 0,50 MHz: quasi-peak 66 dB(µV) to 56 dB(µV) … decreasing
    linearly with the logarithm of the frequency'), or stands in an earlier cell of its table row ('频率范围 MHz | 准峰值
    dB(µV)；0.15～0.50 | 66～56', the units in the heading). Its two ends bound it over the band: one range, as dev19's
    keys hold it (dev12's keys hold the table row as no indicator)."""
    text = m.string
    start = 0
    for end in _STRETCH_END.finditer(text, 0, m.start()):
        start = end.end()
    for band in _RISING.finditer(text, start, m.start()):
        a, b = number_or_none(band.group("a"), comma), number_or_none(band.group("b"), comma)
        other = (band.group("u2") or band.group("u1") or "").strip()
        another_cell = CELL_BREAK.strip() in text[band.end():m.start()]  # (a band in an earlier cell of the row: its condition)
        if a is not None and b is not None and a < b and (other != (unit or "").strip() or another_cell):
            return True
    return False


def falling_ends(m: re.Match, comma: bool = False) -> tuple[str, str, str] | None:
    """For a match of `extract._VALUE`: (first value group, its unit group, second value group) when the match is a
    band written from its higher end down, else None. Only bands joined by a range's joint ('～', 'to', '至', '-') or
    opened by 'from'; never 'between', signed ends (`signed`) or a band the reader's rewrites wrote
    (`_REWRITTEN_JOINT`)."""
    for band, low, low_unit, high, high_unit in _GROUPS:
        if m.group(band) is None:
            continue
        if band == "btw" and not _FROM.match(m.group(band)):
            return None
        if band == "rng" and not _RANGE_WORD.search(m.group(band)):
            return None  # ('100 − 4,6 ΔEi', '15 − 0.5(t − 10)', '9 – 5': a dash may be a minus or part two items)
        if signed(m.group(low)) or signed(m.group(high)) or _REWRITTEN_JOINT.search(m.group(band)):
            return None
        first, second = number_or_none(m.group(low), comma), number_or_none(m.group(high), comma)
        unit = m.group(high_unit) or m.group(low_unit) or ""
        if falls(first, second, m.group(low_unit) or "", m.group(high_unit) or "") \
                and not slopes_over_a_band(m, unit, comma):
            return low, low_unit, high
        return None
    return None

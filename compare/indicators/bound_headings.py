"""Values listed under a heading that says they are bounds (thirty-second round, fixcodes32).

A table row of limits written as a sentence names its bound once, in a heading before a colon, and then lists
label and value pairs with no comparator word of their own: a level of a video coding standard ('Main profile,
High level, upper bounds: samples per line 1 920; lines per frame 1 152; frames per second 60; bit rate 80
Mbit/s', '主类高级的上限：每行样本数1 920，每帧行数1 152，帧频60 帧/s，比特率80 Mbit/s'). Every value of the list is
an upper bound (a lower bound under 'lower bounds:', '下限：'), whatever its unit; the reader carried the heading's
bound only to the values in the unit of the first (dev31_SOURCES.md, 'Conventions': table rows of upper bounds
written without a comparator word are keyed `max`).

- `values_under_a_bound_heading`: each value in the list (from the colon to the end of the sentence) that states a
  value alone, with no bound word of its own, takes the heading's bound.
- In such a list a label may be the unit itself, as a table's column head is ('frames per second 60', 'frames/s
  30'): a value read with no unit takes the label's unit when the whole label reads as a count per a time (a
  rate: pictures, frames or samples per second).
"""

from __future__ import annotations

import re
from dataclasses import replace

from compare.core.vocabulary import Comparator
from compare.indicators.units import normalise

# A bound word right before a colon: 'upper bounds:', 'upper limits:', 'maxima:', '上限：', '最大值：'; and the lower ones.
# ('以下限值：' is 'the limits below:', '以上' 'above': no bound in them.)
_HEADING = re.compile(
    r"(?:(?P<max>(?i:upper\s+(?:bounds?|limits?)|maxima|maximum\s+values)|(?<!以)上限(?:值)?|最大值)"
    r"|(?P<min>(?i:lower\s+(?:bounds?|limits?)|minima|minimum\s+values)|(?<!以)下限(?:值)?|最小值))\s*[:：]")
# The end of the list: the end of the sentence.
_SENTENCE_END = re.compile(r"。|\.(?=\s|$)|[!?！？]")
# The start of a label: the separator of the item before.
_ITEM_START = re.compile(r"[;；,，、:：]\s*(?=[^;；,，、:：]*$)")
_PER = re.compile(r"/|(?<![A-Za-z])per(?![A-Za-z])")


def _single(indicator) -> bool:
    return indicator.value is not None and indicator.low is None and indicator.high is None \
        and indicator.tolerance is None and not indicator.setting


def _label_unit(text: str, start: int, number_at: int) -> str:
    """The label before a number, from the item's separator, when the whole label is a count per a time ('frames per
    second', 'frames/s'); else ''."""
    before = text[start:number_at]
    m = _ITEM_START.search(before)
    label = (before[m.end():] if m else before).strip()
    if not label or len(label) > 30 or not _PER.search(label):
        return ""
    n = normalise(1.0, label)
    return label if n.known and n.dimension == "1 / [time]" else ""


_FIRST_NUMBER = re.compile(r"\d")


def values_under_a_bound_heading(indicators: tuple, text: str) -> tuple:
    """The values listed after a bound heading's colon up to the end of its sentence (two or more of them), each
    stated alone and with no bound word of its own, take the heading's bound; a value with no unit takes its
    label's when the label is a unit."""
    out = list(indicators)
    for heading in _HEADING.finditer(text):
        end = _SENTENCE_END.search(text, heading.end())
        stop = end.start() if end else len(text)
        listed = [k for k, i in enumerate(out) if heading.end() <= _number_at(text, i) < stop]
        if len(listed) < 2:
            continue
        bound = Comparator.MAX if heading.group("max") else Comparator.MIN
        for k in listed:
            value = out[k]
            if not _single(value) or value.comparator not in (Comparator.EQUAL, bound) \
                    or value.comparator == Comparator.EQUAL and value.explicit and not value.bare:
                continue
            unit = value.unit or _label_unit(text, heading.end(), _number_at(text, value))
            if unit != value.unit:
                value = replace(value, unit=unit, normalized=normalise(value.value, unit))
            out[k] = replace(value, comparator=bound, explicit=True, bare=False)
    return tuple(out)


def _number_at(text: str, indicator) -> int:
    """Where the indicator's first number is written (its span may open on its name)."""
    a, b = indicator.span
    m = _FIRST_NUMBER.search(text, a, b)
    return m.start() if m else a

"""A rating that says which item a limit is of: 'for a 50 kg package', 'For an 11 kW four-pole motor' (thirtieth round,
`fixmulti30c`).

'The SADT shall be greater than 75 °C for a 50 kg package', 'For an 11 kW four-pole motor at 50 Hz the nominal
efficiency shall be at least 89,8 %': the value inside 'for a …' (a mass, a power, a size, then the noun of the item)
is no limit of its own; it names the item the clause's limits are of. The open sets' keys hold it so: dev19 keys the
SADT of '… for a 50 kg package' with that package as its basis and no indicator of 50 kg; dev23 names the room volume
'for a 100 Hz lowest band' by it. The reader took it as a stated value ('equal 50 kg'). It becomes the condition of the
other values of its sentence.

A duration is left as read ('for a 5 min period': the keys hold a test's duration as an indicator).
"""
from __future__ import annotations

import re
from dataclasses import replace

from compare.core.vocabulary import Comparator

# 'for a' / 'for an' / 'for each', a number and a unit glued or spaced, then the words of the item ('four-pole motor').
_FOR_AN_ITEM = re.compile(r"(?<![A-Za-z])for\s+(?:an?|each)\s+(?P<value>\d[\d.,]*(?:\s\d{3})*\s?[A-Za-zµμΩ°²³/]{1,8})"
                          r"(?=[\s-]+[A-Za-z])", re.I)
_SENTENCE_END = re.compile(r"[.;。；](?:\s|$)")
_TIME = "[time]"


def ratings_of_the_item(indicators: tuple, text: str, condition_of) -> tuple:
    """The indicators, each value stated in 'for a <value> <item>' and read as a bare stated value taken out and made
    a condition (`condition_of`, the reader's) of the other values of its sentence; as read when the sentence has no
    other value."""
    if not indicators:
        return indicators
    out = list(indicators)
    dropped: set[int] = set()
    for m in _FOR_AN_ITEM.finditer(text):
        at = [k for k, ind in enumerate(out) if ind.span[0] <= m.start("value") < ind.span[1] and ind.unit
              and m.group("value").endswith(ind.unit)]
        if len(at) != 1:
            continue
        rating = out[at[0]]
        if rating.comparator != Comparator.EQUAL or rating.explicit or rating.value is None \
                or rating.normalized.dimension == _TIME:
            continue
        start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
        end = (e.start() if (e := _SENTENCE_END.search(text, m.end())) else len(text))
        others = [k for k, ind in enumerate(out) if k != at[0] and k not in dropped
                  and start <= ind.span[0] and ind.span[1] <= end + 1]
        if not others:
            continue
        for k in others:
            out[k] = replace(out[k], conditions=out[k].conditions + (condition_of(rating),))
        dropped.add(at[0])
    return tuple(ind for k, ind in enumerate(out) if k not in dropped)


# The number of a class or grade written right after its word ('For property class 8.8 the minimum tensile strength is
# 800 MPa', 'strength class 42,5'): the label of the class, named as such, never a value of its own.
_CLASS_NUMBER = re.compile(r"(?<![A-Za-z])(?i:class|grade)\s+(?P<n>\d+(?:[.,]\d+)?)(?![\d.,]*\d)(?!\s?[%‰])")


def class_numbers(indicators: tuple, text: str) -> tuple:
    """The indicators without a reading of the bare number (no unit) right after 'class' or 'grade' when its sentence
    has another value: 'For property class 8.8 the minimum tensile strength is 800 MPa' was read 'min 8.8' (the name
    after it taken as its own). The open sets key no such number (dev: 'Property class 8.8, d ≤ 16 mm: …', 'Strength
    class 42,5 N: …' are keyed by their values in MPa)."""
    out = list(indicators)
    dropped: set[int] = set()
    for m in _CLASS_NUMBER.finditer(text):
        at = [k for k, ind in enumerate(out) if ind.span[0] <= m.start("n") < ind.span[1] and not ind.unit
              and ind.value is not None and ind.low is None and ind.tolerance is None
              and abs(ind.value - float(m.group("n").replace(",", "."))) < 1e-9]
        if len(at) == 1 and any(k not in dropped and k != at[0] and out[k].unit for k in range(len(out))):
            dropped.add(at[0])
    return tuple(ind for k, ind in enumerate(out) if k not in dropped)


_CLASS_WORD_BEFORE = re.compile(r"(?<![A-Za-z])(?i:class|grade)\s+$")


def class_label_before(text: str, start: int) -> bool:
    """Whether the number starting at `start` follows the word 'class' or 'grade' right away ('property class 8.8'):
    the class's label, which takes no name or bound word after it ('… 8.8 the minimum tensile strength is …')."""
    return bool(_CLASS_WORD_BEFORE.search(text, max(0, start - 12), start))

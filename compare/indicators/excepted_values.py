"""The value of an exception is a limit of the kind of the value it excepts (thirty-first round, multi30 probe).

'Lead: 10 µg/l, except that the value of 5 µg/l shall be met by …': the reader reads the listed value as a maximum
(`list_limits.ceilings_by_nature`, a bare value in a list of limits) and the exception's value, written with no bound
word ('the value of 5 µg/l'), as a plain value. An exception replaces the limit it excepts for some case or from
some date: it is a limit of the same kind. The reader carries bound words to an exception written with its own verb
('shall not exceed 0,5 mg/kg, except for fish where it is 1,0 mg/kg': both maxima already); this takes the kind of a
limit whose kind no word states (a bare listed value, read a maximum by its nature) to an exception's value that
states none either.

The open sets' keys hold an exception's value as a limit of its excepted value's kind: 'The duration of the test shall
be 24 hours except that … for a period of 28 days' (dev4 G027: both equal), 'for 1 h, except for maize (4 h) and other
Poaceae (2 h)' (dev17 AD048: all equal); none keys an exception otherwise."""

from __future__ import annotations

import re
from dataclasses import replace

# The words opening an exception right before its value's reading ('except that the value of', 'except where it is').
_EXCEPT = re.compile(r"^\s*(?:[,;]\s*)?(?:except|with the exception|save)\b", re.I)
_SENTENCE_END = re.compile(r"[;。\n]|\.\s")


def excepted_value(limit, reading, text: str) -> bool:
    """True when `reading` opens with 'except …', follows `limit` in its sentence, states no kind of its own (an
    equal value read with no bound word), and is of the limit's dimension and unit, the limit a maximum or minimum."""
    if str(reading.comparator) != "equal" or reading.explicit or reading.bare:
        return False
    if str(limit.comparator) not in ("max", "min") or limit.span[1] > reading.span[0]:
        return False
    if not _EXCEPT.match(reading.text) or _SENTENCE_END.search(text, limit.span[1], reading.span[0]):
        return False
    return reading.normalized.dimension == limit.normalized.dimension and (reading.unit or "") == (limit.unit or "")


def excepted_values(indicators: tuple, text: str) -> tuple:
    """The readings of a clause with each exception's value (`excepted_value`) given the kind of the limit before it
    (and its bareness: no word states either)."""
    out = list(indicators)
    changed = False
    for k in range(1, len(out)):
        if excepted_value(out[k - 1], out[k], text):
            out[k] = replace(out[k], comparator=out[k - 1].comparator, explicit=out[k - 1].explicit,
                             bare=out[k - 1].bare)
            changed = True
    return tuple(out) if changed else indicators

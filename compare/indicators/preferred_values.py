"""A value a clause prefers, and another it allows instead (fixpair34).

'gauge length 75,0 mm ± 0,5 mm (preferred; 50,0 mm ± 0,5 mm may be used for quality control)', '升温速率为10 K/min，
也可采用20 K/min': the first value is the requirement, the second an alternative the clause permits. Against a clause
that states one value of that quantity, the requirement is the counterpart: the domestic 50 mm against the preferred
75 mm is a different requirement, whatever the alternative allows. The assignment took the alternative, whose value is
the same, and judged the two clauses consistent.

An alternative is a reading followed, in its own part of the sentence, by 'may be used' ('may also be used', 'is
also permitted') or preceded by 'alternatively', '也可采用', '亦可采用' (the words between it and the reading before it).
Its preferred value is the nearest reading before it in the same unit dimension that is no alternative itself.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

# The words after an alternative value, up to the end of its part of the sentence.
_ALLOWED_AFTER = re.compile(r"^[^;；。()（）]{0,30}?(?<![A-Za-z])(?:may\s+(?:also\s+)?be\s+used|may\s+be\s+used\s+instead"
                            r"|is\s+also\s+(?:permitted|allowed|acceptable))(?![A-Za-z])", re.I)
# The words before an alternative value, after the reading before it ('也可用作' names a use, no value allowed instead).
_ALLOWED_BEFORE = re.compile(r"(?:(?<![A-Za-z])alternatively|[也亦]可(?:采|选)?用)\s*[:：,，]?\s*$", re.I)

# A quick test: no word either pattern needs, no alternative.
_MAY_ALLOW = re.compile(r"may|also|lternatively|[也亦]可", re.I)


def alternative_flags(spans: Sequence[tuple[int, int]], text: str) -> list[bool]:
    """For each reading (by its span in `text`), whether its value is offered as an alternative."""
    if not _MAY_ALLOW.search(text):
        return [False] * len(spans)
    flags = []
    for k, (start, end) in enumerate(spans):
        before_start = max((e for s, e in spans[:k] if e <= start), default=0)
        value_start = _value_start(text, start, end)
        after_end = min((s for s, e in spans[k + 1:] if s >= end), default=len(text))
        flags.append(bool(_ALLOWED_AFTER.search(text[end:min(end + 60, after_end)]))
                     or bool(_ALLOWED_BEFORE.search(text[before_start:value_start])))
    return flags


_NUMBER = re.compile(r"\d")


def _value_start(text: str, start: int, end: int) -> int:
    """Where the value of a reading begins (its name, when written, stands before the value)."""
    m = _NUMBER.search(text, start, end)
    return m.start() if m else start


def preferred_of(flags: Sequence[bool], dimensions: Sequence[str]) -> dict[int, int]:
    """Each alternative's preferred reading: the nearest one before it in the same dimension, itself no alternative."""
    out = {}
    for k, alternative in enumerate(flags):
        if not alternative:
            continue
        for p in range(k - 1, -1, -1):
            if dimensions[p] == dimensions[k] and not flags[p]:
                out[k] = p
                break
    return out


def prefer_the_preferred(pairs: list[tuple[int, int]], flags_d: Sequence[bool], flags_i: Sequence[bool],
                         preferred_d: dict[int, int], preferred_i: dict[int, int],
                         allowed: Callable[[int, int], bool]) -> tuple[list[tuple[int, int]], set[int], set[int]]:
    """The assigned pairs, each pair of a plain value with an alternative of the other side moved to that
    alternative's preferred value, when the preferred value is left unpaired and may pair with the plain one; and
    the domestic and international alternatives so set aside."""
    pairs = list(pairs)
    aside_d: set[int] = set()
    aside_i: set[int] = set()
    used_d = {a for a, _ in pairs}
    used_i = {b for _, b in pairs}
    for k, (a, b) in enumerate(pairs):
        if flags_i[b] and not flags_d[a]:
            p = _moved(b, preferred_i, used_i, aside_i, lambda p: allowed(a, p))
            if p is not None:
                pairs[k] = (a, p)
        elif flags_d[a] and not flags_i[b]:
            p = _moved(a, preferred_d, used_d, aside_d, lambda p: allowed(p, b))
            if p is not None:
                pairs[k] = (p, b)
    return pairs, aside_d, aside_i


def _moved(alternative: int, preferred: dict[int, int], used: set[int], aside: set[int],
           may_pair: Callable[[int], bool]) -> int | None:
    """The preferred value to pair in place of `alternative` (one side's indices), with `used` and `aside` brought up
    to date; None when it has none, is taken, or may not pair with the plain value."""
    p = preferred.get(alternative)
    if p is None or p in used or not may_pair(p):
        return None
    used.discard(alternative)
    used.add(p)
    aside.add(alternative)
    return p

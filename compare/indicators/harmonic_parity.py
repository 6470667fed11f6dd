"""A limit stated for the odd (or even) harmonics as a group, against limits stated order by order (fixpair31).

'各次谐波电压含有率：奇次3.2 %，偶次1.6 %' against 'order 5, 5 %; order 7, 4 %; order 11, 3 %; order 13, 2,5 %': the
group's limit holds for each order of its parity, and never for an order of the other parity. The assignment pairs
each group with one order at most, by closeness of values alone, so that '偶次 1.2 %' took 'order 13, 1,5 %' (an odd
order) and the other odd orders were left one-sided. The keys of the open sets (dev5 H034, dev25 AL011, AL082) pair the
group with each order of its parity.
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from compare.core.vocabulary import Comparator

# An order written at the end of a reading's name: '5th', '(odd harmonics: 5th)', 'order 7', 'n = 5', 'h = 5', '7次'.
_ORDER = re.compile(r"(?:(?<![\dA-Za-z])(\d{1,2})(?:st|nd|rd|th)|(?<![A-Za-z])(?:order|[nh])\s*=?\s*(\d{1,2})"
                    r"|(?<![\d.])(\d{1,2})\s*次(?:谐波)?)\s*[)）]?\s*$", re.I)
# A group of orders by parity, as the reading's own item (its name after the last colon).
_ODD = re.compile(r"奇次|(?<![A-Za-z])odd(?:[-\s]+(?:order\s+)?harmonics?)?(?![A-Za-z])", re.I)
_EVEN = re.compile(r"偶次|(?<![A-Za-z])even(?:[-\s]+(?:order\s+)?harmonics?)?(?![A-Za-z])", re.I)


def harmonic_order(name: str) -> int | None:
    """The harmonic order a reading's name ends on ('order 13' -> 13, '7th' -> 7, '5次' -> 5), else None."""
    m = _ORDER.search(name)
    if not m:
        return None
    order = int(next(g for g in m.groups() if g))
    return order if order >= 2 else None


def parity_group(name: str) -> str | None:
    """'odd' or 'even' when the reading's own item (its name after the last colon) is that group of harmonics and
    names no single order ('各次谐波电压含有率:奇次', '偶次', 'even harmonics'), else None."""
    if harmonic_order(name) is not None:
        return None
    item = re.split(r"[:：]", name)[-1]
    odd, even = bool(_ODD.search(item)), bool(_EVEN.search(item))
    return "odd" if odd and not even else "even" if even and not odd else None


def parity(order: int) -> str:
    return "odd" if order % 2 else "even"


def parity_pairs(mine: Sequence, other: Sequence, pairs: list[tuple[int, int]], used_mine: set, used_other: set,
                 dimension_of: Callable, may_share: Callable) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(pairs to drop, pairs to add), as (mine, other) positions: a group of one parity on this side is unpaired from
    an order of the other parity, and paired with each order of its own parity left unpaired on the other side (same
    dimension, `may_share`: kinds of limit and keys that do not conflict). Only when the other side states two orders or more: a lone order is no list."""
    groups = {x: g for x, ind in enumerate(mine) if (g := parity_group(ind.parameter))}
    if not groups:
        return [], []
    orders = {y: harmonic_order(o.parameter) for y, o in enumerate(other)}
    orders = {y: n for y, n in orders.items() if n is not None}
    if len(orders) < 2:
        return [], []
    drop = [(x, y) for x, y in pairs if x in groups and y in orders and parity(orders[y]) != groups[x]]
    left = {y for y in orders if y not in used_other or all(b != y for a, b in pairs if (a, b) not in drop)}
    add = []
    for y in sorted(left):
        fits = [x for x, g in groups.items() if g == parity(orders[y])
                and dimension_of(mine[x]) == dimension_of(other[y]) and may_share(x, y)]
        if len(fits) == 1:
            add.append((fits[0], y))
    return drop, add


def share_by_parity(domestic, international, used_d: set, used_i: set, pairs: list,
                    dimension_of: Callable, compatible_keys: Callable) -> None:
    """`parity_pairs` on both sides of a pairing (`verdicts.pair_indicators`, which passes its `dimension_of` and
    `compatible_keys(d, i)`), in place."""

    def fits(x, y) -> bool:
        # (the same kind of limit, or a value with no word of limit; no conflicting class, period or exclusion: a
        # heading's words, 'harmonic currents', said on one side only, set nothing apart)
        kinds = {x.comparator, y.comparator}
        plain = any(r.comparator == Comparator.EQUAL and not r.explicit for r in (x, y))
        return (len(kinds) == 1 or plain) and compatible_keys(x, y)

    for flip in (False, True):
        mine, other = (domestic, international) if not flip else (international, domestic)
        used_mine, used_other = (used_d, used_i) if not flip else (used_i, used_d)
        own = [(b, a) if flip else (a, b) for a, b in pairs if a is not None and b is not None]
        drop, add = parity_pairs(mine, other, own, used_mine, used_other, dimension_of,
                                 lambda x, y: fits(mine[x], other[y]))
        for x, y in drop:
            pairs.remove((y, x) if flip else (x, y))
        for x, y in add:
            pairs.append((y, x) if flip else (x, y))
        for x in {x for x, _ in drop} | {x for x, _ in add}:
            if any((p[1] if flip else p[0]) == x for p in pairs):
                used_mine.add(x)
            else:
                used_mine.discard(x)
        for y in {y for _, y in drop} | {y for _, y in add}:
            if any((p[0] if flip else p[1]) == y for p in pairs):
                used_other.add(y)
            else:
                used_other.discard(y)

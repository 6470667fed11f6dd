"""One value stated as often on each side, left unpaired: paired in the order written (fixpair33).

'公称尺寸＞30～120，±2；＞120～400，±2；＞400～1 000，±3' against 'over 30 up to 120: ±2; over 120 up to 400: ±2; over 400
up to 1 000: ±3': when the names give no pair (the termbase reads 'nominal size' on one side and 'tolerance' on the
other), the leftovers pair by their values (`verdicts._pair_same_values`), but only a value stated once on each side;
±2, stated twice on each side, stayed one-sided four times. A value stated as many times on each side, every one of its
readings unpaired and every pair among them allowed, pairs first with first, second with second: the order both sides
write their rows in. Stated a different number of times, the readings are left as they are.
"""

from __future__ import annotations

from typing import Callable, Hashable, Sequence


def repeated_value_pairs(left_d: Sequence[int], left_i: Sequence[int], value_of: Callable[[int, int], Hashable | None],
                         same: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """Pairs (domestic, international) of the unpaired readings whose value is stated the same number of times, twice
    or more, on each side, in the order written. `value_of(side, position)` is a reading's value as a key (None: no
    value), `same(a, b)` whether the domestic reading a and the international b may pair as one requirement."""
    groups_d: dict[Hashable, list[int]] = {}
    groups_i: dict[Hashable, list[int]] = {}
    for a in left_d:
        key = value_of(0, a)
        if key is not None:
            groups_d.setdefault(key, []).append(a)
    for b in left_i:
        key = value_of(1, b)
        if key is not None:
            groups_i.setdefault(key, []).append(b)
    pairs = []
    for key, mine in groups_d.items():
        theirs = groups_i.get(key, [])
        if len(mine) < 2 or len(mine) != len(theirs):
            continue
        if all(same(a, b) for a in mine for b in theirs):
            pairs += list(zip(sorted(mine), sorted(theirs)))
    return pairs

"""A plain number is no partner of a limit in a unit while its clause leaves that unit's limit unpaired (fixpair36).

'干烟气中CO浓度（α=1）应 ≤ 0.05 %' is read as two values: the excess-air ratio of the condition (α = 1, a plain number
named by the carbon monoxide before it) and the limit (0.05 %, named by nothing). 'Histamine: sampling plan n = 9,
c = 2; limits m = 100 mg/kg, M = 200 mg/kg' names the histamine only before the count of sample units. The name of a
substance lets a plain number pair with an amount of it in any unit (a table's unit may stand in its heading), so the
concept drew the plain number onto the other clause's limit and left the limit that states the quantity one-sided.

A plain number (no unit) paired with a limit in a unit yields that partner to the reading of its own clause, in the
partner's dimension, whose value is nearest the partner's, when that reading is left unpaired and the two may pair.
When the nearest is paired already (the other side's limit faces another reading of the same value), the pair stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Sequence

if TYPE_CHECKING:
    from compare.indicators.extract import Indicator

# Dimensions that state no unit: a plain number, a bare multiple ('1.3倍').
PLAIN_DIMENSIONS = frozenset({"number", "multiple"})


def _plain(dimension: str) -> bool:
    return dimension in PLAIN_DIMENSIONS or dimension.startswith("multiple of ")


def yield_to_stated_units(pairs: list[tuple[int, int]], domestic: Sequence[Indicator],
                          international: Sequence[Indicator], taken_d: set[int], taken_i: set[int],
                          dimension_of: Callable[[Indicator], str],
                          closeness: Callable[[Indicator, Indicator], float],
                          may_pair: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """The assigned pairs (domestic, international), each plain number paired with a limit in a unit handed over to
    its clause's unpaired reading nearest that limit in its dimension (see the module docstring). `taken_d` and
    `taken_i` are readings paired or set aside (never chosen); `may_pair(a, b)` whether the assignment allowed a pair.
    """
    pairs = list(pairs)
    used_d = {a for a, _ in pairs} | set(taken_d)
    used_i = {b for _, b in pairs} | set(taken_i)
    for k, (a, b) in enumerate(pairs):
        d, i = domestic[a], international[b]
        plain_d, plain_i = _plain(dimension_of(d)), _plain(dimension_of(i))
        if plain_d == plain_i:
            continue
        if plain_d:
            mine, stated, own_used = domestic, i, used_d
        else:
            mine, stated, own_used = international, d, used_i
        plain_k = a if plain_d else b
        dimension = dimension_of(stated)
        near = [x for x in range(len(mine)) if x != plain_k and dimension_of(mine[x]) == dimension]
        if not near:
            continue
        best = max(near, key=lambda x: closeness(mine[x], stated))
        if best in own_used or closeness(mine[best], stated) <= 0.0:
            continue
        new = (best, b) if plain_d else (a, best)
        if not may_pair(*new):
            continue
        pairs[k] = new
        own_used.discard(plain_k)
        own_used.add(best)
    return pairs

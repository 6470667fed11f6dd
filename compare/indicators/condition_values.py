"""A reading that states the value of another reading's condition is that condition, not the limit's partner
(fixpair33).

'额定电流的5 %时电流误差±0.4 %' is read as one limit (the error, 0.4 %) with its condition (5 % of rated current), while
'at 5 % of rated current, ratio error ±0,4 %' is read as two values: the condition, 'equal 5 %', named after the rated
current, and the error, whose name took the words before it. Both the Chinese error and the English condition name the
rated current, so the concept drew them together and the error of the same value was left one-sided. A reading whose
value is one of the other clause's conditions in its dimension, and not its would-be partner's own value, restates that
condition, when the two readings name one concept (the condition's words, 'rated current', read into both names): the
pairing does not pair them; the condition, once left over, is met by `paired_with_conditions` as before. A reading
that names no such concept ('(1.5 % solution)') is left to the assignment: forbidding it changes the pairs of the
others, and the open sets' keys did not gain by it. Nor is such a reading a lone limit to share with the limit whose
condition it states (`states_its_condition`, in `verdicts._may_share`).
"""

from __future__ import annotations

from typing import Sequence

from compare.indicators.extract import Indicator

def _numbers(n) -> set[float]:
    scale = n.ratio_scale or 1.0
    return {round(x * scale, 9) for x in (n.value, n.low, n.high) if x is not None}


def conditions_held(readings: Sequence[Indicator]) -> set[tuple[str, frozenset[float]]]:
    """The values a clause's readings hold as conditions, each with its dimension ('at 5 % of rated current')."""
    return {(c.normalized.dimension, frozenset(_numbers(c.normalized))) for ind in readings for c in ind.conditions
            if _numbers(c.normalized)}


def states_a_condition(reading: Indicator, partner: Indicator, held: set[tuple[str, frozenset[float]]]) -> bool:
    """True when `reading` states exactly the numbers of a condition the other clause holds (`held`), in its
    dimension, and not the numbers of `partner`, the other clause's reading it would pair with ('equal 100 %' against
    a ratio error of 0.1 %, where the other clause reads '额定电流的100 %时' as a condition)."""
    n = reading.normalized
    mine = frozenset(_numbers(n))
    if not mine or (n.dimension, mine) not in held:
        return False
    return not (partner.normalized.dimension == n.dimension and frozenset(_numbers(partner.normalized)) == mine)


def states_its_condition(limit: Indicator, other: Indicator) -> bool:
    """True when `other` states one of `limit`'s own conditions and not `limit`'s value: no lone limit to share
    with it ('在5 %额定电压…下：电压误差±3.0 %' takes no share of 'at 5 % of rated voltage' read as 'equal 5 %')."""
    return states_a_condition(other, limit, conditions_held([limit]))


def restates_a_condition(d: Indicator, i: Indicator, held_d: set, held_i: set) -> bool:
    """True when either reading states a value the other clause holds as a condition (`states_a_condition`)."""
    return states_a_condition(i, d, held_d) or states_a_condition(d, i, held_i)

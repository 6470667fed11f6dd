"""A range's middle is no value it states (thirty-ninth round, fixpair39).

Pairing brings each reading to one representative number to tell how close two values are (`verdicts._value_closeness`):
a single value itself, a range its middle. Closeness is a fair guide between a range and a value ('18 ℃～22 ℃'
against '20 °C' are near), but a range whose middle happens to be the other side's single value states no number in
common with it: '试验应在10 ℃～40 ℃之间的任一环境温度下进行，冷却水…温度应不超过25 ℃' against 'at any ambient temperature
between 10 °C and 40 °C and with cooling water … not exceeding 25 °C'. Taken as 'the same value', 10 ℃～40 ℃ got the
same-value bonus against 25 °C (and 25 ℃ against 10 °C–40 °C), the assignment crossed the two requirements, and
`verdicts.uncross_values` then held each crossed pair as one stating its partner's value.

`range_against_point` tells such pairs: one side states a range (two ends) and the other a single number (a bound or
a set value; a toleranced nominal states a band of its own). The pairing
rules that reward, hold or make a pair for stating the very same value (`SAME_VALUE`, `uncross_values.same_limit`,
`_pair_same_values` for leftovers) ask it first; the closeness itself is left as it was.
"""

from __future__ import annotations

from compare.core.vocabulary import Comparator


def range_against_point(d, i) -> bool:
    """True when one reading states a range and the other a single value (a bound or a set value): their
    representative numbers may meet (the range's middle), the numbers written never do. A nominal value with its
    tolerance states a band too ('(36±2)℃' and '34 °C to 38 °C', keyed as one band nine times over the open sets) and
    is left to the closeness as before."""
    if Comparator.TOLERANCE in (d.comparator, i.comparator):
        return False
    return (d.comparator == Comparator.RANGE) != (i.comparator == Comparator.RANGE)

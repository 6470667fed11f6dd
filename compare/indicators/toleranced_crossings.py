"""Two toleranced values whose one shared name cannot tell them apart (thirty-seventh round, fixpair37).

A circuit, a test set-up or a specimen is often described as a list of parts, each with its nominal value and
tolerance. Chinese writes the value before the part it describes ('由1 kΩ±1%的无感电阻与10 kΩ±5%电阻…组成'); English
writes the part first ('a non-inductive resistance of 1 kΩ ± 1 % in parallel with a network of 10 kΩ ± 5 %'). The
reader names a value by the words before it, so on the Chinese side each part's name falls on the next value: '无感电阻'
names 10 kΩ there, while 'non-inductive resistance' names 1 kΩ in English. Both names state one concept (resistance),
so they pull 10 kΩ ± 5 % onto 1 kΩ ± 1 %, and `verdicts.uncross_values` keeps pairs named by one concept as named.

Where the four readings of two crossed pairs state one concept at most, the concept cannot say which value is which:
both are resistances. Two numbers written alike on both sides, a nominal value and its tolerance, are then the surer
guide. Two pairs are put back by their values only when each swapped pair states the same nominal value with the same
tolerance; a concept of its own on each side ('rung load', 'step load') still keeps its pair whatever the values say.
"""

from __future__ import annotations

from typing import Callable

from compare.core.vocabulary import Comparator


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    big = max(abs(a), abs(b))
    return big == 0 or abs(a - b) <= 1e-9 * big


def same_toleranced_value(d, i, scaled: Callable) -> bool:
    """True when two readings are both a nominal value with a tolerance and state the same nominal value and the
    same tolerance once in one unit (`scaled(x, reading)` brings a number of a reading to the base unit)."""
    if d.comparator != Comparator.TOLERANCE or i.comparator != Comparator.TOLERANCE:
        return False
    if not d.tolerance or not i.tolerance:
        return False
    return _same_number(scaled(d.value, d), scaled(i.value, i)) \
        and _same_number(scaled(d.tolerance, d), scaled(i.tolerance, i))


def names_cannot_tell(readings, concept_of: Callable) -> bool:
    """True when the readings' names state one concept at most (none, or the same one for all that state any)."""
    return len({concept_of(r) for r in readings if concept_of(r)}) <= 1


def toleranced_values_cross(d1, i1, d2, i2, scaled: Callable, concept_of: Callable) -> bool:
    """True when the pairs (d1, i1) and (d2, i2) are crossed: neither states its partner's toleranced value, each
    swapped pair (d1, i2), (d2, i1) states the same nominal value and tolerance, and the four names state one
    concept at most, which cannot tell the two values apart."""
    if same_toleranced_value(d1, i1, scaled) or same_toleranced_value(d2, i2, scaled):
        return False
    return same_toleranced_value(d1, i2, scaled) and same_toleranced_value(d2, i1, scaled) \
        and names_cannot_tell((d1, i1, d2, i2), concept_of)

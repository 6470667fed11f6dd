"""Conditions a clause states as values of their own (thirty-ninth round).

One clause's reader attaches a value to a limit as its condition ('公称尺寸至3 150 mm的标准公差数值…：IT6为16 μm'
gives IT6 the condition 3 150 mm; '在26 MHz～2.5 GHz频率范围内…调制为1 kHz、80%的正弦调幅' gives the modulation depth the
swept band); the other clause writes the same value as a statement of its own ('for nominal sizes up to 3 150 mm',
read as a limit; 'over the frequency range 26 MHz to 2,5 GHz', read as a range). Both clauses state that value: it
does not put the two limits on different test conditions, only the readings attach it differently.

`conditions_stated_apart` gives the two limits without such conditions, for `verdicts.judge` to judge again, when
what remains sets them apart no more: the remaining conditions of a dimension agree, or stand on one side only
with every number of them written in the other clause too (as a value or as a condition). A condition the other
clause does not write at all ('不超过0.85 m时' against 'up to 0,50 m') still sets the limits apart.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from compare.indicators.extract import Indicator


def _numbers(n) -> set:
    """The numbers a normalised value, band or tolerance states ('±' marks a tolerance), as the conditions are
    compared (verdicts._condition_difference)."""
    out = {round(x, 9) for x in (n.value, n.low, n.high) if x is not None}
    if n.tolerance is not None:
        out.add(("±", round(n.tolerance, 9)))
    return out


def _own_values(found: Sequence[Indicator], partner: Indicator) -> dict[str, set]:
    """Per dimension, the numbers a clause states as values of its own (not as conditions), its limit `partner` in
    the pair aside."""
    out: dict[str, set] = {}
    for ind in found:
        if ind is not partner:
            out.setdefault(ind.normalized.dimension, set()).update(_numbers(ind.normalized))
    return out


def _written(found: Sequence[Indicator]) -> dict[str, set]:
    """Per dimension, every number a clause's readings state, as values or as conditions."""
    out: dict[str, set] = {}
    for ind in found:
        out.setdefault(ind.normalized.dimension, set()).update(_numbers(ind.normalized))
        for c in ind.conditions:
            out.setdefault(c.normalized.dimension, set()).update(_numbers(c.normalized))
    return out


def conditions_stated_apart(d: Indicator, i: Indicator, domestic: Sequence[Indicator],
                            international: Sequence[Indicator]) -> tuple[Indicator, Indicator] | None:
    """`d` and `i` (a pair the conditions set apart) without the conditions whose numbers the other clause states
    as values of its own; None when there is none, or when what is left on one side only is not written in the
    other clause."""
    if not d.conditions or not i.conditions:
        return None
    theirs, ours = _own_values(international, i), _own_values(domestic, d)

    def kept(conditions, other_own):
        out = []
        for c in conditions:
            numbers = _numbers(c.normalized)
            if not numbers or not numbers <= other_own.get(c.normalized.dimension, set()):
                out.append(c)
        return tuple(out)

    d_kept, i_kept = kept(d.conditions, theirs), kept(i.conditions, ours)
    if len(d_kept) == len(d.conditions) and len(i_kept) == len(i.conditions):
        return None
    for mine, other, other_found in ((d_kept, i_kept, international), (i_kept, d_kept, domestic)):
        other_dimensions = {c.normalized.dimension for c in other}
        written = None
        for c in mine:
            if c.normalized.dimension in other_dimensions:
                continue
            written = written if written is not None else _written(other_found)
            if not _numbers(c.normalized) <= written.get(c.normalized.dimension, set()):
                return None
    return replace(d, conditions=d_kept), replace(i, conditions=i_kept)

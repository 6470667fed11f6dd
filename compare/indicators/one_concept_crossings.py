"""Two crossed pairs whose names state one concept only are told apart by their values (fortieth round, fixpair40).

`verdicts.uncross_values` swaps two pairs whose values cross (each side's value is the value of the other pair's
partner), but holds a pair whose two names state one concept of the termbase: the user's or the field's terms pair
'顶破强力' with 'bursting strength' whatever the values say. That hold assumes the concept tells the pair from the other
one. When the four readings of the two pairs state that one concept and no other (the other two name no concept, or
the same one), the names cannot tell which value is whose, and the values written are the surer guide, as for any
crossing. A list of bands, each with its centre frequency, written in both languages:

    'ISM频段：6 765 kHz～6 795 kHz（中心频率6 780 kHz）；433.05 MHz～434.79 MHz（中心频率433.92 MHz）'
    'frequency range 6 765 kHz – 6 795 kHz (centre frequency 6 780 kHz); 433,05 MHz – 434,79 MHz (centre 433,92 MHz)'

Each Chinese centre is named '中心频率' (frequency), but so is the second band, whose name ('中心频率' in the brackets
before it) shifted onto it; the English first band is named 'frequency' (from 'frequency range'), the later centres
only 'centre' (no concept). The assignment paired the first band with the second centre and the second centre with
the first band, both held as 'frequency' against 'frequency'. Two pairs whose names state two concepts, or whose
concept is not on all the named readings, are held as before.
"""

from __future__ import annotations

from collections.abc import Iterable


def one_concept_only(concepts: Iterable[str | None]) -> bool:
    """True when the readings of two pairs name one concept at most, and at least one names it: their names state
    nothing that tells the two pairs apart (readings naming no concept count for neither pair)."""
    return len({c for c in concepts if c}) == 1

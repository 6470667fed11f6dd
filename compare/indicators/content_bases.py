"""One content written per mass on one side and per volume of liquid on the other (twenty-ninth round, pairing29).

A product's content of something is written by one standard per mass ('咖啡因 … 0.15 g/kg', '烟碱浓度应不高于20 mg/g',
'奶 100 µg/kg', 'Total acidity … % (m/m) max. 0,007') and by its counterpart per volume of the liquid ('in excess of
150 mg/l', 'nicotine in excess of 20 mg/ml', 'milk 100 µg/L', '酸度 … mg/L ≤ 56'). The two are one requirement on two
bases: the keys of the open sets pair them (dev3, dev5, dev7, dev11, dev25; judged 'different' in five of six, the
figures not being comparable without a density). The pairing allowed a pair across the two dimensions only when the
termbase read a substance on one side; a name it does not know ('咖啡因', '烟碱', '奶') left both readings unpaired.

`per_mass` and `per_liquid_volume` say which reading states which; `content_leftovers` gives the pairs of such
readings left unpaired after the assignment, one on each side and no rival on either (as the pairing's own leftovers
are paired: a clause with two such contents on one side is left as it is, the names deciding nothing here).
"""

from __future__ import annotations

import re
from typing import Callable, Sequence

from compare.indicators.units import fraction_kind, ratio_kind

# A volume of liquid after the solidus: 'mg/L', 'µg/l', 'mg/ml', 'g/100 mL', 'mg/dL' (not m³, a volume of air or gas).
_PER_LIQUID_VOLUME = re.compile(r"/\s*(?:\d+\s*)?(?:[mµμd]|micro|milli)?(?:[lL]|litres?|liters?)\s*$")


def per_mass(unit: str | None) -> bool:
    """True for a content per mass: a ratio of masses ('mg/kg', 'g/100 g', 'mg/g') or a percentage by mass ('% (m/m)');
    a bare '%' or 'ppm' says not what it is a share of."""
    if not unit:
        return False
    return ratio_kind(unit) == "mass fraction" or fraction_kind(unit)[1] == "mass fraction"


def per_liquid_volume(unit: str | None, dimension: str) -> bool:
    """True for a mass per volume of liquid ('mg/L', 'g/100 mL', 'mg/ml'); an amount per m³ of air is not one."""
    return dimension == "[mass] / [length] ** 3" and bool(_PER_LIQUID_VOLUME.search(unit or ""))


def content_on_two_bases(d_unit: str | None, d_dimension: str, i_unit: str | None, i_dimension: str) -> bool:
    """True when one reading states a content per mass and the other one per volume of liquid."""
    return (per_mass(d_unit) and per_liquid_volume(i_unit, i_dimension)) \
        or (per_mass(i_unit) and per_liquid_volume(d_unit, d_dimension))


def content_leftovers(left_d: Sequence[int], left_i: Sequence[int], units_d: Sequence[str | None],
                      units_i: Sequence[str | None], dims_d: Sequence[str], dims_i: Sequence[str],
                      compatible: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """Pairs (a, b) of unpaired readings, a content per mass against one per volume of liquid (either way round),
    each the other's only such option among the unpaired readings, and `compatible` (no conflicting keys or
    concepts: the caller's test)."""
    def fits(a: int, b: int) -> bool:
        return content_on_two_bases(units_d[a], dims_d[a], units_i[b], dims_i[b]) and compatible(a, b)

    pairs = []
    for a in left_d:
        options = [b for b in left_i if fits(a, b)]
        if len(options) != 1:
            continue
        b = options[0]
        if [x for x in left_d if fits(x, b)] == [a]:
            pairs.append((a, b))
    return pairs

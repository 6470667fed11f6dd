"""Chemical element symbols in a composition list: two symbols, two elements (fixpair36).

'C 0.20 %，Si 0.35 %，Mn 1.40 %' against 'C 0,17; Mn 1,40; P 0,035; S 0,035': a steel's or an alloy's composition
names each limit by the symbol of its element alone. The termbase knows some symbols (Si, Mn, Cu) and not others (S,
P, Mg, Ti: one or two letters that name grades, codes and classes as often), so silicon, with no silicon on the other
side, paired with sulfur by its value; a reading whose name fell back on the item before it ('Mg' taken as manganese)
paired with manganese. In a list that names three elements or more by their symbols, the symbol written right before
a value is that value's element, and readings of two different elements never pair.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from compare.indicators.extract import Indicator

ELEMENTS = frozenset("""H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br
Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os
Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr""".split())

# A figure as written ('0.20', '0,035', '1 500').
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
# Comparison signs between the symbol and its value ('C ≤ 0.15 %').
_SIGNS = re.compile(r"[±≤≥<>＜＞]+\s*$")
# Words of comparison and punctuation between the symbol and its value ('P 不大于 0.025 %', 'Si max. 0,40', 'C: 0.2').
_COMPARISON_AFTER = re.compile(r"(?:不大于|不小于|不超过|不低于|不高于|小于|大于|为|(?<![A-Za-z])(?:max|min|maximum|minimum"
                               r"|up\s+to)\.?(?![A-Za-z])|[\s:：=,，])*$", re.I)
_LAST_SYMBOL = re.compile(r"(?<![A-Za-z0-9])([A-Z][a-z]?)$")

# Dimensions of a composition: a mass fraction in per cent, or the bare figure of a table in per cent.
COMPOSITION_DIMENSIONS = frozenset({"dimensionless", "number"})
# Symbols a list names before it is read as a composition (fewer are a class, a code or two quantities).
LIST_SYMBOLS = 3


def written_symbol(ind: Indicator) -> str | None:
    """The element symbol written right before the reading's value ('Si 0.35 %' -> 'Si'), or None."""
    text = ind.text or ""
    value = ind.value if ind.value is not None else ind.low
    if value is None:
        return None
    start = next((m.start() for m in _FIGURE.finditer(text)
                  if abs(float(m.group(0).replace(",", ".")) - abs(value)) <= 1e-9 * max(1.0, abs(value))), None)
    if start is None:
        return None
    head = _SIGNS.sub("", _COMPARISON_AFTER.sub("", text[:start]))
    head = _COMPARISON_AFTER.sub("", head)
    m = _LAST_SYMBOL.search(head)
    return m.group(1) if m and m.group(1) in ELEMENTS else None


def composition_symbols(readings: Sequence[Indicator], dimension_of) -> list[str | None]:
    """Each reading's element symbol when the clause is a composition list (three different symbols or more, each
    before a value in per cent or a bare figure); all None otherwise."""
    symbols = [written_symbol(r) if dimension_of(r) in COMPOSITION_DIMENSIONS else None for r in readings]
    if len({s for s in symbols if s}) < LIST_SYMBOLS:
        return [None] * len(readings)
    return symbols


def symbols_apart(mine: str | None, theirs: str | None) -> bool:
    """True when both readings are items of composition lists that name two different elements."""
    return bool(mine and theirs) and mine != theirs

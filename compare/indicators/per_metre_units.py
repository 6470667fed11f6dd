"""Henry, farad and siemens per a length (thirty-sixth round, fixunit36): 'H/m' (a permeability, '磁常数μ0 = 4π × 10⁻⁷
H/m'), 'F/m' (a permittivity) and 'S/m', 'S/cm' (a conductivity).

Alone, the capitals 'H', 'F' and 'S' after a number are letters (a grade, a class, a designation: '3 H', 'type S'),
so the reader refuses them as units, as it refused the bare coulomb; divided by a length they are the units of
electromagnetism (`in_per_length`, for `units.reads_as_unit`). The normaliser lower-cases a symbol it reads by its
aliases, which would make 'H/m' hours per metre and 'S/m' seconds per metre: the names are written out first
(`named`, for `units.unit_expression`).
"""

from __future__ import annotations

import re

_NAMES = {"H": "henry", "F": "farad", "S": "siemens"}
# The letter right before a division by a metre or a centimetre ('H/m', 'F/m', 'S/m', 'S/cm', 'S·m⁻¹' folded to 'S m-1').
_PER_LENGTH = re.compile(r"(?<![A-Za-zµμ])([HFS])(?=\s*(?:/\s*c?m(?![A-Za-z\d])|[·*\s]\s*c?m\s?[-−]\s?1(?!\d)))")
_LENGTHS = frozenset({"m", "cm", "m-1", "cm-1", "m−1", "cm−1"})


def in_per_length(parts: list[str]) -> list[str]:
    """The parts of a unit, a bare 'H', 'F' or 'S' checked as the henry, farad or siemens when the other part is a
    metre or a centimetre ('H/m', 'S/cm'); the parts as they are otherwise. ('J' stands in: any coherent symbol
    checks alike.)"""
    if len(parts) == 2 and parts[0] in _NAMES and parts[1] in _LENGTHS:
        return ["J", parts[1]]
    return parts


def named(text: str) -> str:
    """'H/m', 'F/m', 'S/m' and 'S/cm' with the letter written as its unit's name ('henry/m'), so that no alias reads it
    as an hour or a second; other text unchanged."""
    if not any(letter in text for letter in _NAMES):
        return text
    return _PER_LENGTH.sub(lambda m: _NAMES[m.group(1)], text)

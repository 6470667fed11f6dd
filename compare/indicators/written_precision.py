"""How precisely a value is written, for constants given to many digits (thirty-eighth round, fixverdict38).

Two clauses often give one constant of physics to different precision: an older national standard '1 eV ≈ 1.602 177 33
× 10⁻¹⁹ J' against the 2019 SI '1 eV = 1.602 176 634 × 10⁻¹⁹ J', or 'GM = 3.986 004 418 × 10¹⁴ m³/s²' against
'3 986 005 × 10⁸ m³ s⁻²'. A value written to nine digits is not the same as one that differs in the seventh: the two
state different values of the constant (a constant of another edition is another required value).

Two checks of the verdicts went wrong there:

- the comparison of two values had an absolute tolerance (1e-15 in the units of the comparison), so that any two values
  of the order of 1e-19 J or 1e-27 kg were 'the same'. `same_value` keeps that tolerance only against a zero, where a
  value computed as the end of a band ('5 ± 5') may carry a rounding residue;
- the step of the last digit written, which bounds how far two values in units written differently may be apart and
  still be one value rounded in each, was not found for a number written as a mantissa times a power of ten, and
  where no step was found any two values within 2.5 % were taken as one. `power_of_ten` gives the power by which a
  written mantissa is scaled to the value, so that the step of '3.986 004 418 × 10¹⁴' is 1e-9 × 1e14 = 1e5.
"""

from __future__ import annotations

import math
import re

# A residue of computing a value that should be zero (an end of '5 ± 5', a difference of converted values) is far below
# any value a clause writes in the units of the comparison.
ZERO_RESIDUE = 1e-15


def same_value(a: float, b: float, rounding: float = 0.0) -> bool:
    """True when `a` and `b` are one value: equal within the relative `rounding` (at least 1e-9), or one of them zero
    and the other a residue of computing it. Two small values (1.602 177 33e-19 J and 1.602 176 634e-19 J) are compared
    by their digits, not by their distance from each other."""
    absolute = ZERO_RESIDUE if a == 0 or b == 0 else 0.0
    return math.isclose(a, b, rel_tol=max(1e-9, rounding), abs_tol=absolute)


# A power of ten written after a mantissa, in the folded text: '×10^-19', ' × 10^8', 'x 10^11', 'E6'.
_TIMES_TEN = re.compile(r"\s?[×xX*·]\s?10\^|[eE][+\-−]?\d")


def power_of_ten(written: float, value: float, after: str = "") -> int | None:
    """The whole power of ten by which the number `written` is scaled to `value`: 0 when they are equal; where the
    text `after` the number starts with a power of ten ('×10^14'), the power that scales '3.986004418' to
    3.986004418e14 (14); None otherwise (a number that only shares digits with the value)."""
    if math.isclose(written, value, rel_tol=1e-9):
        return 0
    if written == 0 or value == 0 or (written < 0) != (value < 0) or not _TIMES_TEN.match(after):
        return None
    power = round(math.log10(value / written))
    return power if math.isclose(written * 10.0 ** power, value, rel_tol=1e-9) else None

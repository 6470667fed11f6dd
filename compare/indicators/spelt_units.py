"""One unit spelt two ways (thirty-ninth round).

A limit converted into another unit is often rounded there ('60 kcal (251 kJ)'), so `verdicts.judge` takes values
in units written apart as one limit when they are within the rounding of their last digits. A unit written in
Chinese against its symbol ('363 千伏' against '362 kV'), or in two spellings ('mg/L', 'mg/l'; '℃', '°C'), is one
unit: nothing was converted, so nothing was rounded in converting, and two values that differ are two values
('363 千伏' / '362 kV'). Only a value written to fewer digits that the other value rounds to is one value
('2.997 924 58×10⁸ m/s' / '2 997 925 × 10² m s⁻¹'): `rounded_to_fewer_digits`.
"""

from __future__ import annotations

import math

from compare.indicators.units import normalise


def one_unit_spelt_apart(a: str, b: str) -> bool:
    """True when the units `a` and `b`, both known, bring every value to the same value of one dimension: the same
    unit, however it is spelt."""
    if not a or not b:
        return False
    for x in (1.0, 7.0):
        m, n = normalise(x, a), normalise(x, b)
        if not (m.known and n.known) or m.dimension != n.dimension or m.value is None or n.value is None:
            return False
        if not math.isclose(m.value * m.ratio_scale, n.value * n.ratio_scale, rel_tol=1e-12, abs_tol=0.0):
            return False
    return True


def rounded_to_fewer_digits(a: float, step_a: float | None, b: float | None, step_b: float | None) -> bool:
    """True when one of two values, written to a coarser last digit (its step), is the other rounded to that digit
    (299 792 458 and 299 792 500, steps 1 and 100); False when a step is unknown or the steps are the same."""
    if step_a is None or step_b is None or b is None or math.isclose(step_a, step_b, rel_tol=1e-9):
        return False
    (fine, _), (coarse, step) = sorted(((a, step_a), (b, step_b)), key=lambda x: x[1])
    return math.isclose(math.floor(fine / step + 0.5) * step, coarse, rel_tol=1e-9, abs_tol=step * 1e-6)

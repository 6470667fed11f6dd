"""One unit spelt two ways (thirty-ninth round).

A limit converted into another unit is often rounded there ('60 kcal (251 kJ)'), so `verdicts.judge` takes values
in units written apart as one limit when they are within the rounding of their last digits. A unit written in
Chinese against its symbol ('363 千伏' against '362 kV'), or in two spellings ('mg/L', 'mg/l'; '℃', '°C'), is one
unit: nothing was converted, nothing rounded, and two values that differ are two values.
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

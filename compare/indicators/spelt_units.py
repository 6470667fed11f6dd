"""One unit spelt two ways is not a conversion, so nothing was rounded (fortieth round, fixverdict40).

Between units written apart, two values within 2.5 % may be one limit rounded in each ('60 kcal (251 kJ)', '2,60 m'
against '2 550 mm'): `verdicts.judge` lets them be the same when they differ by no more than half the steps of their
last digits. That holds where one clause converted the other's value. Where the two units are one unit spelt two ways
('设备最高电压363' in 千伏 against '362' in kV, '45 %' against '44 percent', 'J·s' against 'J s', 'm/s' against
'm s⁻¹'), every value means the same quantity on both sides, nothing was converted and nothing rounded: two values that
differ are two values (363 kV is not 362 kV).

The one exception is a constant given to fewer digits: a value written as a mantissa times a power of ten that is the
other value rounded to its own last digit ('2 997 925 × 10² m s⁻¹' against '2.997 924 58×10⁸ m/s': 299 792 458
rounded to hundreds) is the same constant. One that differs by more than half its last step is another value of the
constant, as a value of another edition is ('6.626 075 5×10⁻³⁴ J·s' against '6.626 070 15 × 10⁻³⁴ J s').

The keys agree: over every open set's keys, the pairs in one unit spelt two ways whose values differ by less than 2.5 %
are keyed as two values in every case (6: `different` 5, `stricter` 1), as are 60 of the 61 in one unit written alike.
"""

from __future__ import annotations

import math

from compare.indicators.units import normalise


def _factor(unit: str) -> tuple[float, str] | None:
    """What one of `unit` is in the canonical unit of its dimension (with the ratio scale), and that dimension; None
    for a unit not read."""
    n = normalise(1.0, unit or "")
    if not n.known or n.value is None:
        return None
    return n.value * n.ratio_scale, n.dimension


def one_unit_spelt_apart(d_unit: str, i_unit: str) -> bool:
    """True when two units written differently are one unit: each brings a value to the same value of one dimension
    (千伏 and kV, % and percent, mg/kg and ppm, J·s and J s). Units of an offset scale (°C against K) or of another
    size (kcal against kJ, µg against mg) are not."""
    a, b = _factor(d_unit), _factor(i_unit)
    if a is None or b is None or a[1] != b[1] or not math.isclose(a[0], b[0], rel_tol=1e-9):
        return False
    # (an offset scale: the same size of degree but another zero)
    shifted_d, shifted_i = normalise(0.0, d_unit or "").value, normalise(0.0, i_unit or "").value
    return shifted_d is not None and shifted_i is not None and math.isclose(shifted_d, shifted_i, abs_tol=1e-12)


def rounded_constant(a: float, a_written: tuple[float, int] | None, b: float,
                     b_written: tuple[float, int] | None) -> bool:
    """True when two values, each written as a mantissa times a power of ten (`a_written` and `b_written`: the step of
    the last digit written, in the units of `a` and `b`, and the power of ten; None when not found), are one constant,
    the one written to fewer digits the other rounded to its last digit: they differ by no more than half the coarser
    step."""
    if a_written is None or b_written is None or not a_written[1] or not b_written[1]:
        return False
    coarser = max(a_written[0], b_written[0])
    return abs(a - b) <= coarser / 2 * (1 + 1e-9)

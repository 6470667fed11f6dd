"""English forms of the formsen29 probe (thirty-first round), constructions of their own: a tolerance restated
whole in brackets (`restated_tolerance`), a restatement after the value's bound word (`restated_after_bound`), 'over'
as a verb's particle (`over_as_particle`). See docs/indicators.md, 'Thirty-first round: English forms of the formsen29
probe'.
"""

from __future__ import annotations

import re


# ------------------------------------------------------------------------------------------ restated tolerance

# - `restated_tolerance`: '0.25 ± 0.05 MPa/s (35 ± 7 psi/s)', '37,8 °C ± 0,1 °C (100 °F ± 0,2 °F)': a nominal with
#   its tolerance restated whole in brackets in another unit of its quantity is one indicator (the bracket read as a
#   tolerance of its own, '(35 ± 7 psi/s)', starts at the bracket, so `constructions.restated_value` does not see it).
#   The two nominals must agree once converted (within 10 %: the restatement is rounded); a bracket that states
#   another quantity of the same dimension is left alone. Open sets: dev13 Z014 (no key holds the °F figure).

_RESTATED_AGREE = 0.10


def restated_tolerance(first: tuple, second: tuple, between: str, written: str) -> bool:
    """True when `second` (comparator, value, unit of a tolerance read from `written`, its text) restates `first`
    in brackets right after it (`between`, the text between them): both tolerances, the second written whole in
    brackets, their nominals the same once converted into one unit."""
    from compare.core.vocabulary import Comparator
    from compare.indicators.units import normalise

    (kind_a, value_a, unit_a), (kind_b, value_b, unit_b) = first, second
    if kind_a != Comparator.TOLERANCE or kind_b != Comparator.TOLERANCE or between.strip() \
            or value_a is None or value_b is None or not unit_a or not unit_b or unit_a.strip() == unit_b.strip():
        return False
    if not (written[:1] in "(（" and written.rstrip()[-1:] in ")）"):
        return False
    a, b = normalise(value_a, unit_a), normalise(value_b, unit_b)
    if not (a.known and b.known) or a.dimension != b.dimension or a.value is None or b.value is None:
        return False
    return abs(a.value - b.value) <= _RESTATED_AGREE * max(abs(a.value), abs(b.value))


# --------------------------------------------------------------------------------- restated after a bound word

# - `restated_after_bound`: 'Water content: 30 mg/kg maximum (30 ppm)', '12 mm min. (0.47 in)': the value's bound
#   word written after it, then its restatement in brackets in another unit: one limit, as '60 kcal (251 kJ)' is
#   (`constructions.restated_value`, which wants the bracket right after the value). The bound word stays the
#   value's (the reader finds it right after the value, where it is written).
_BOUND_THEN_BRACKET = re.compile(r"^\s*(?:max(?:imum)?|min(?:imum)?)\.?\s*[(（]\s*$", re.I)


def restated_after_bound(between: str, after: str) -> bool:
    """True when the value after `between` ('… maximum (') restates the value before it: a bound word of the first,
    then a bracket holding the second alone (`after`, the text right after the second, closes it)."""
    return bool(_BOUND_THEN_BRACKET.match(between)) and after.lstrip().startswith((")", "）"))


# ------------------------------------------------------------------------------------------ 'over' a particle

# - `over_as_particle`: 'putting the rudder over at 50 % of the maximum ahead service speed', 'turned over to 30 °',
#   'carried over from 5 l': 'over' with a preposition right after it is the particle of a verb, no bound of the
#   value after the preposition ('over 50 %' is a minimum).
_PARTICLE_AFTER = re.compile(r"\s+(?:at|to|from|into|onto)(?![A-Za-z])", re.I)


def over_as_particle(word: str, left: str, end: int) -> bool:
    """True when the comparator word `word` ending at `end` in `left` is 'over' with a preposition right after it."""
    return word.lower() == "over" and bool(_PARTICLE_AFTER.match(left, end))

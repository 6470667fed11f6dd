"""One nominal value, stated with its tolerance on one side and alone on the other (thirty-fifth round,
fixverdict35).

'穿心锤质量63.5 kg' against 'hammer mass 63,5 kg ± 0,5 kg', '加入(100±1) mL盐酸' against 'add 100 ml of hydrochloric
acid', '贯入速率为1.2 m/min' against 'rate of penetration 20 mm/s ± 5 mm/s': both clauses name the same value for the
same thing (an apparatus's mass or length, a reagent's amount, a rate); one adds how closely it is to be kept. The
value is the requirement, and it is the same one: consistent, not "another kind of limit". A different nominal
('76 cm' against '0,75 m ± 0,02 m') stays another required value.

Not so for the temperature or the duration a procedure sets ('在20 ℃下测定' against 'at 20 °C ± 0,5 °C', '培养24 h'
against 'incubate for (24 ± 2) h'): there the tolerance is the control of the test condition, which the other clause
leaves open, and the two are different conditions. On the open sets' keys every pair of one nominal value, with a
tolerance on one side only, agrees with this: 9 indicators of masses, lengths, volumes and rates judged consistent
(none different), 4 of temperatures and durations judged different (none consistent).
"""

from __future__ import annotations

from compare.core.vocabulary import Comparator


def same_nominal_one_tolerance(kinds: tuple[str, str], same_value: bool, procedure_setting: bool) -> bool:
    """True when one side states a value and the other the same value with a tolerance about it (`kinds`: the two
    comparator kinds, as judged; `same_value`: the nominal values agree exactly once in one unit, with no allowance
    for rounding: '0,75 m ± 0,02 m' is no '76 cm', and a constant restated with its uncertainty in later digits is
    another value, however small the two: '1,66054 × 10⁻²⁷ kg ± 10⁻³³ kg' is no '1,660539 × 10⁻²⁷ kg'), in a quantity
    that is no temperature or duration a procedure sets (`procedure_setting`): the same required value."""
    return set(kinds) == {Comparator.EQUAL, Comparator.TOLERANCE} and same_value and not procedure_setting

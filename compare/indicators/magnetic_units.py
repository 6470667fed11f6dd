"""The tesla of a magnetic field written as a bare 'T' (thirty-sixth round, fixunit36): '静磁场不超过2 T', 'static magnetic
field B0 not exceeding 3 T'.

A capital 'T' after a number is no unit to the reader by itself: it is a type or a class as often ('10 T', 'grade
T'), so only the tesla's prefixed symbols (mT, µT, nT, pT) were read, and a magnetic resonance system's field read as a
plain number. In a clause that names a magnetic field, a flux density or a magnetic induction, a 'T' right after a
number that has no unit is that field's tesla (`teslas_of_a_field`).
"""

from __future__ import annotations

import re

# What a clause measures in teslas.
_FIELD = re.compile(r"磁场|磁感应强度|磁通密度|(?<![A-Za-z])(?i:magnetic\s+(?:field|induction|flux\s+density)|flux\s+density)")
# A bare 'T' right after the number: a space at most between, and no letter or digit after it.
_T_AFTER = re.compile(r"[ \u00a0]?T(?![A-Za-z0-9])")


def teslas_of_a_field(raws: list, text: str) -> None:
    """Each value read with no unit takes the tesla when 'T' follows its number and `text` names a magnetic field;
    values in any other clause stay as they were."""
    if not _FIELD.search(text):
        return
    for raw in raws:
        if raw.unit or (m := _T_AFTER.match(text, raw.end)) is None:
            continue
        raw.unit, raw.unit_span, raw.end = "T", (m.end() - 1, m.end()), m.end()

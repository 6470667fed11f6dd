"""The unit a quantity is expressed in, stated with a number inside it (thirty-fifth round): 'melt mass-flow rate:
… expressed in grams per 10 min', 'the caffeine content expressed in mg per 100 ml', 'expressed in kJ and kcal per
100 g or per 100 ml', 'bit_rate ≤ 1 856 000 bit/s (4 640 in units of 400 bit/s)'.

Such a clause says how a result is written, not what it must be: the '10' of 'grams per 10 min' is the period of the
unit (as 'g/10 min' is, which the Chinese '用g/10 min表示' writes without a number to read), the '400' of 'in units
of 400 bit/s' the size of one step of a coded field. A number after 'per' in the words that follow 'expressed in',
and the number after 'in units of', are hidden like a designation's digits; a value stated beside them
('expressed in grams per 10 min, not less than 2 g') stays a value.
"""

from __future__ import annotations

import re

# 'expressed in' and the unit words after it, to the end of the sentence or clause ('.', ';', ':', a bracket closing).
_EXPRESSED_IN = re.compile(r"(?<![A-Za-z])(?i:expressed\s+(?:either\s+)?in)\s+(?P<unit>[^.;:()]{1,80})")
# A number after 'per' inside those words, with a unit or thing counted after it ('per 10 min', 'per 100 items').
_PER_NUMBER = re.compile(r"(?<![A-Za-z])per\s+(?P<n>\d+(?:[ .,]\d+)*)(?=\s*[A-Za-zµμ³²])")
# 'in units of 400 bit/s', 'in units of 16 384 bits': the step of a coded value.
_IN_UNITS_OF = re.compile(r"(?<![A-Za-z])(?i:in\s+units\s+of)\s+(?P<n>\d+(?:[ .,]\d+)*)(?=\s*[A-Za-zµμ])")


def unit_statement_numbers(text: str) -> list[tuple[int, int]]:
    """The spans of `text` holding a number that is part of the unit a quantity is expressed in."""
    lowered_has = "xpressed in" in text or "units of" in text
    if not lowered_has:
        return []
    spans = [m.span("n") for m in _IN_UNITS_OF.finditer(text)]
    for m in _EXPRESSED_IN.finditer(text):
        unit = m.group("unit")
        spans += [(m.start("unit") + p.start("n"), m.start("unit") + p.end("n")) for p in _PER_NUMBER.finditer(unit)]
    return spans

"""Words after a unit that say what kind of quantity it is, not how much (thirty-fifth round, fixunit35).

The normaliser read them as more symbols and gave the unit a dimension it has not:

- the kind of a voltage or current: '48 V d.c.' was volt × day × the speed of light, '1 000 V a.c.' volt × year × c
  (pint's 'a' is the annum), 'V DC', 'V r.m.s.' and 'kV peak' unknown. The kind names the supply or the value taken of
  a waveform, a condition of the limit; the unit is the volt (or ampere) as written before it.
- the element or compound a concentration is expressed as: 'mg/l N' was milligram-newtons per litre, 'mg/l P'
  milligram-poises, 'mg/l Pt' milligram-petatonnes; 'mg/L as N', 'mg/L CaCO3' unknown. What the mass is counted as is
  a basis of the limit (total nitrogen as N, total phosphorus as P, colour as Pt, hardness as CaCO3); the unit is the
  concentration.

Both are taken off the unit before it is read (`without_tails`); a unit without them is left as written.
"""

from __future__ import annotations

import re

# A voltage or current (with an SI prefix) and the kind written after it.
_CURRENT_KIND = re.compile(r"(?<=[VA])\s+(?:d\.?\s?c\.?|a\.?\s?c\.?|DC|AC|r\.?m\.?s\.?|rms|RMS|peak|pk)$")
# A concentration per litre and what its mass is expressed as.
_EXPRESSED_AS = re.compile(r"(?<=/[lL])\s+(?:as\s+)?(?:N|P|Pt|CaCO3|NO3|NO2|NH4|NH3|PO4|SiO2|Cl|O2)$")


def without_tails(text: str) -> str:
    """'V d.c.' -> 'V', 'kV r.m.s.' -> 'kV', 'mg/l N' -> 'mg/l', 'mg/L as CaCO3' -> 'mg/L'; other units as written."""
    if " " not in text:
        return text
    return _EXPRESSED_AS.sub("", _CURRENT_KIND.sub("", text))

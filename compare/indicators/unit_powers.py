"""A power of a unit written with a decimal comma ('(m·s)^0,5', the response time index of a sprinkler in an ISO
text): pint reads '0,5' otherwise (a plain number), so the normaliser is given '(m·s)^0.5' (fixunits31)."""

from __future__ import annotations

import re

_COMMA_POWER = re.compile(r"(?<=\^)(\s*\d+),(\d+)")


def comma_exponents(text: str) -> str:
    """'(m·s)^0,5' -> '(m·s)^0.5': a power written with a decimal comma (for the normaliser)."""
    return _COMMA_POWER.sub(r"\1.\2", text) if "^" in text else text

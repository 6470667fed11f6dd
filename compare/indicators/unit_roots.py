"""A unit under a square root ('ps/√km', the polarisation mode dispersion coefficient of an optical fibre cable;
'nV/√Hz', a noise density; 'm/s^1.5' is the same power written out) (fixunit33).

The reader took the unit up to the root sign and stopped ('0,20 ps/√km' read '0,20 ps', a time where a time per root
length is meant); the normaliser dropped the sign, so a root was silently the unit itself. Here the sign belongs to
the symbol after it: '√km' is 'km' to the power one half, for the normaliser and for the test that a token is a unit.
"""

from __future__ import annotations

import re

# the root sign and the symbol under it ('√km', '√ Hz', '√(km)')
_ROOT = re.compile(r"√\s?(?:\(\s?([A-Za-zµμΩ]+)\s?\)|([A-Za-zµμΩ]+))")
# the same, as a pattern the reader's unit grammar puts before a symbol of a denominator
ROOT_SIGN = r"√\s?"


def square_roots(text: str) -> str:
    """'ps/√km' -> 'ps/(km**0.5)': a symbol under a root sign as its power one half (for the normaliser)."""
    if "√" not in text:
        return text
    return _ROOT.sub(lambda m: f"({m.group(1) or m.group(2)}**0.5)", text)


def without_roots(text: str) -> str:
    """'ps/√km' -> 'ps/km': the root signs dropped, for the test that every part of a token is a unit."""
    return _ROOT.sub(lambda m: m.group(1) or m.group(2), text) if "√" in text else text

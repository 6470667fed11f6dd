"""Implementation limits stated in magnitude with the same sign (thirty-second round, fixlang32).

Programming-language and interface standards give the least range an implementation must offer as values to be
equalled or exceeded in magnitude, with the same sign: 'shall be equal or greater in magnitude (absolute value) to
those shown, with the same sign: SCHAR_MIN −127; SCHAR_MAX +127', '应等于或大于所示的值（绝对值），且符号相同'. For a
positive value that is a minimum (SCHAR_MAX at least +127); for a negative one it is a maximum: the implementation's
value must be −127 or lower (SCHAR_MIN at most −127). `signed_magnitudes` turns the minimum read for a negative value
under such a lead into that maximum. A negative minimum under no such words stays as it is ('at least −40 °C').

`restated_formulas`: such lists restate a value as the power of two it comes from, after a comment mark ('SHRT_MAX
+32767 // 2^15 − 1', 'SCHAR_MIN −127 // −(2^7 − 1)'). The formula is the value written again, no value of its own
and no number left unread.
"""

from __future__ import annotations

import re
from dataclasses import replace

from compare.core.vocabulary import Comparator

# The words that bound values by their size with the sign kept: 'in magnitude … with the same sign', '绝对值 … 符号相同'
# (in either order, within one sentence).
_SAME_SIGN = re.compile(r"(?i:(?<![A-Za-z])(?:in\s+magnitude|absolute\s+values?)(?![A-Za-z])[^.;。；]*?"
                        r"(?<![A-Za-z])(?:the\s+)?same\s+sign)"
                        r"|(?:绝对值|大小)[^。；]*?(?:符号相同|同号|符号一致)")


def states_signed_magnitudes(text: str) -> bool:
    """True when the text bounds its values in magnitude with their sign kept."""
    return bool(_SAME_SIGN.search(text))


def signed_magnitudes(indicators: tuple, text: str) -> tuple:
    """A negative minimum under a lead that bounds values in magnitude with the same sign is a maximum (see the
    module's docstring); other indicators are returned unchanged."""
    if not any(i.comparator == Comparator.MIN and i.value is not None and i.value < 0 for i in indicators):
        return indicators
    found = _SAME_SIGN.search(text)
    if found is None:
        return indicators
    return tuple(replace(i, comparator=Comparator.MAX)
                 if i.comparator == Comparator.MIN and i.value is not None and i.value < 0 and i.span[1] > found.end()
                 else i for i in indicators)


# A comment mark after a space, then an arithmetic formula alone: digits, powers, signs and brackets.
_FORMULA_COMMENT = re.compile(r"(?<=\s)//[ \t]*[-−+(]*[ \t]*\d+[ \t]*\^[ \t]*\d+[\d \t^()+\-−×*/]*")


def restated_formulas(text: str) -> list[tuple[int, int]]:
    """The spans of formulas written after '//' that restate the value before them (see the module's docstring)."""
    return [m.span() for m in _FORMULA_COMMENT.finditer(text)] if "//" in text else []

"""The numbers the matching signal compares: values, not the digits of designations, symbols and codes.

`compare.matching.signals.numbers_in` reads every number of a clause. In a shortlist the numbers signal then counts
as shared "values" digits that name things: the 1 of aflatoxin B₁ and of "B1 + B2", the 2 of m² and of an ISO 3166
"alpha-2" code, the 17 of a timber class TC17, the 2.5 of PM2.5, the 7 of 0x7F. A distractor sharing such a digit with
a query gains as much as a counterpart sharing a limit value (docs/matching-quality.md, "Twenty-seventh round").

`values_in` reads the same numbers with those digits left out: digits glued after a letter (with or without a
hyphen), subscripts, and hexadecimal codes (0x7F; 10FFFF). A number standing on its own ("20 μg/kg", "1,5 h",
"GB 2762", "IEC 60068-2-75") is read as before, and so is a power of ten ("10¹¹ Ω"): a superscript counts as a
unit's exponent only after a letter.
"""

from __future__ import annotations

import re

from compare.matching.signals import numbers_in

# digits that belong to a designation, a symbol or a unit: after a letter (B1, TC17, PM2.5, SO2, m², alpha-2,
# UCC-13), subscripts (B₁), hexadecimal codes (0x7F, 10FFFF)
_DESIGNATION_DIGITS = re.compile(r"(?<=[A-Za-zα-ωΑ-Ω])[-‐]?(?:\d+(?:\.\d+)?|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|[₀-₉]+"
                                 r"|\b0x[0-9A-Fa-f]+\b|\b\d+[A-F]{2,}\b")


def values_in(text: str) -> frozenset[float]:
    """The values a clause states (`numbers_in`), the digits of designations, symbols and codes left out."""
    return numbers_in(_DESIGNATION_DIGITS.sub(" ", text))

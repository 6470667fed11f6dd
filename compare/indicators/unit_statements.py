"""The unit a quantity is expressed in, stated with a number inside it (thirty-fifth round): 'melt mass-flow rate:
… expressed in grams per 10 min', 'the caffeine content expressed in mg per 100 ml', 'expressed in kJ and kcal per
100 g or per 100 ml', 'bit_rate ≤ 1 856 000 bit/s (4 640 in units of 400 bit/s)'.

Such a clause says how a result is written, not what it must be: the '10' of 'grams per 10 min' is the period of the
unit (as 'g/10 min' is, which the Chinese '用g/10 min表示' writes without a number to read), the '400' of 'in units
of 400 bit/s' the size of one step of a coded field. A number after 'per' in the words that follow 'expressed in',
and the number after 'in units of', are hidden like a designation's digits; a value stated beside them
('expressed in grams per 10 min, not less than 2 g') stays a value.

The SI defines its units by fixing a constant's number 'when expressed in the unit' named after it (thirty-eighth
round, fixunit38): 'the elementary charge e to be 1.602 176 634 × 10⁻¹⁹ when expressed in the unit C, which is equal
to A s', 'the Boltzmann constant k to be 1.380 649 × 10⁻²³ when expressed in the unit J K⁻¹, which is equal to
kg m² s⁻² K⁻¹'. The unit named there is the number's own (`units_named_after`): the number was read with none. The
powers inside the unit and its restatement in base units after 'which is equal to' are part of the unit (hidden as
the numbers above are): read as values, '⁻¹' of 'mol⁻¹' was a value of 1 and '²' of 's⁻²' a value of 2 in K⁻¹.
"""

from __future__ import annotations

import re

from compare.indicators.clausetext import show_digits
from compare.indicators.units import normalise, reads_as_unit

# 'expressed in' and the unit words after it, to the end of the sentence or clause ('.', ';', ':', a bracket closing).
_EXPRESSED_IN = re.compile(r"(?<![A-Za-z])(?i:expressed\s+(?:either\s+)?in)\s+(?P<unit>[^.;:()]{1,80})")
# A number after 'per' inside those words, with a unit or thing counted after it ('per 10 min', 'per 100 items').
_PER_NUMBER = re.compile(r"(?<![A-Za-z])per\s+(?P<n>\d+(?:[ .,]\d+)*)(?=\s*[A-Za-zµμ³²])")
# 'in units of 400 bit/s', 'in units of 16 384 bits': the step of a coded value.
_IN_UNITS_OF = re.compile(r"(?<![A-Za-z])(?i:in\s+units\s+of)\s+(?P<n>\d+(?:[ .,]\d+)*)(?=\s*[A-Za-zµμ])")


# 'when expressed in the unit J K-1, which is equal to kg m2 s-2 K-1' (folded): the unit, a product of symbols with
# powers parted by spaces or a middle dot, and its restatement in base units.
_SYMBOL_POWER = r"(?:[A-Za-zµμΩ°]{1,4}(?:-?[0-9¹²³⁰-⁹]+)?)"
_PRODUCT = rf"{_SYMBOL_POWER}(?:(?:\s|·|/){_SYMBOL_POWER})*"
_NAMED_UNIT = re.compile(rf"\s*,?\s*(?i:when|if)\s+expressed\s+in\s+(?:the\s+)?(?:SI\s+)?units?\s+(?:of\s+)?"
                         rf"(?P<unit>{_PRODUCT})(?=\s*(?:[,;.)]|$))(?:\s*,\s*which\s+is\s+equal\s+to\s+"
                         rf"(?P<same>{_PRODUCT})(?=\s*(?:[,;.)]|$)))?")
# Where a named unit may follow: any 'expressed in' (cheap test before the pattern).
_NAMED_HINT = re.compile(r"(?i:expressed\s+in\s+(?:the\s+)?(?:SI\s+)?units?)\s")


# A number (or the power of ten ending one) right before 'when expressed in the unit': the unit is that number's.
_NUMBER_BEFORE = re.compile(r"[\d¹²³⁰-⁹]\s*$")


def _named_unit_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the unit a constant's number is fixed in, and of its restatement, where 'when expressed in the
    unit' names one right after the number. (A unit named for a number of another sentence, 'This number is … the
    Avogadro constant, NA, when expressed in the unit mol⁻¹', is left as it was read.)"""
    spans = []
    for hint in _NAMED_HINT.finditer(text):
        start = text.rfind(" ", 0, max(hint.start() - 6, 0)) + 1  # ('when' / 'if' before the hint)
        m = _NAMED_UNIT.search(text, start, hint.end() + 200)
        if m and m.start("unit") >= hint.start() and _NUMBER_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            spans.append(m.span("unit"))
            if m.group("same"):
                spans.append(m.span("same"))
    return spans


def units_named_after(raws: list, text: str) -> None:
    """A number read with no unit and followed by 'when expressed in the unit U' ('… e to be 1.602 176 634 × 10⁻¹⁹
    when expressed in the unit C'): U is the number's unit."""
    if "xpressed in" not in text:
        return
    for raw in raws:
        if raw.unit or raw.value is None:
            continue
        m = _NAMED_UNIT.match(text, raw.end)
        if m is None:
            continue
        unit = show_digits(m.group("unit"))
        # (a symbol the reader refuses after a bare number, 'C' of a class C, is the coulomb when named a unit)
        if reads_as_unit(unit) or normalise(1.0, unit).known:
            raw.unit, raw.unit_span = unit, None


def unit_statement_numbers(text: str) -> list[tuple[int, int]]:
    """The spans of `text` holding a number that is part of the unit a quantity is expressed in."""
    lowered_has = "xpressed in" in text or "units of" in text
    if not lowered_has:
        return []
    spans = [m.span("n") for m in _IN_UNITS_OF.finditer(text)]
    spans += _named_unit_spans(text)
    for m in _EXPRESSED_IN.finditer(text):
        unit = m.group("unit")
        spans += [(m.start("unit") + p.start("n"), m.start("unit") + p.end("n")) for p in _PER_NUMBER.finditer(unit)]
    return spans

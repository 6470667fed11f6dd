"""Units and multiples written in English words (twenty-ninth round, enunits29).

Two small constructions of the English side, each the composition of conventions the open sets' keys already hold:

- `powers_in_words`: an area or a volume named in words ('square metre', 'cubic centimetres', 'metres squared') is the
  unit's power, as its symbol is ('m²', 'cm³'). The reader reads 'kg per square metre' (dev15 AB042), '2 kg per cubic
  metre' (dev19 AF095), 'watt hours/square meter' (dev6 S068) and the keys write the symbols (kg/m², kg/m³, W·h/m²);
  a unit written in words ('micrograms per cubic metre') was unknown to the normaliser, so it compared with nothing.
- `mixed_multiples`: a multiple written as a whole number and a fraction in words before 'times' ('one and
  one-half times the maximum allowable working pressure', 'one and a quarter times the boundary', 'two and a half
  times') is the decimal multiple ('1.5 times …'), as 'four and a half hours' is 4.5 h (keyed so in dev11 X006, dev12
  Y048, dev25 AL084) and 'twice the X' / '1.5 times the X' are multiples of the X (dev21 AH008, dev24 AK027, dev25
  AL100, dev27 AN035).
"""
from __future__ import annotations

import re
from collections.abc import Mapping

# ----------------------------------------------------------------------------------------------- powers in words
_LENGTH_WORDS = (r"(?:(?:kilo|centi|milli|micro|deci)?met(?:re|er)s?|inch(?:es)?|f(?:oo|ee)t|yards?|miles?"
                 r"|km|cm|mm|µm|m|in|ft)")
_POWER_BEFORE = re.compile(rf"\b(square|sq\.?|cubic|cu\.)\s+({_LENGTH_WORDS})(?![A-Za-z])", re.I)
_POWER_AFTER = re.compile(rf"(?<![A-Za-z])({_LENGTH_WORDS})\s+(squared|cubed)\b", re.I)
_POWERS = {"square": 2, "sq": 2, "sq.": 2, "squared": 2, "cubic": 3, "cu.": 3, "cubed": 3}


def powers_in_words(unit: str) -> str:
    """'micrograms per cubic metre' -> 'micrograms per metre**3', 'kg/square meter' -> 'kg/meter**2', 'metres
    squared' -> 'metres**2': a length unit with its power in words as the power of the unit (pint's grammar). A unit
    without such a word is returned as it is."""
    low = unit.lower()
    if "sq" not in low and "cub" not in low and "cu." not in low:
        return unit
    unit = _POWER_BEFORE.sub(lambda m: f"{m.group(2)}**{_POWERS[m.group(1).lower()]}", unit)
    return _POWER_AFTER.sub(lambda m: f"{m.group(1)}**{_POWERS[m.group(2).lower()]}", unit)


# ------------------------------------------------------------------------------------------ multiples in words
# The fraction after 'and': 'a half', 'one-half', 'one half', 'a quarter', 'one-quarter', 'three-quarters', 'a third',
# 'two-thirds'. The whole number before 'and' is digits or a number word of the caller's (clausetext's `_EN_NUMBERS`:
# this module is imported by clausetext, so the words are handed in, not imported).
_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}
_MIXED_TIMES = re.compile(r"(?<![A-Za-z-])(?P<whole>\d+|[A-Za-z]+)\s+and\s+(?P<num>an?|one|two|three)[\s-]"
                          rf"(?P<part>{'|'.join(_PARTS)})(?=\s+times\b)", re.I)


def mixed_multiple(whole: float, numerator: str, part: str) -> float:
    """The value of 'one and one-half' (whole 1, numerator 'one', part 'half') or 'two and a quarter' (numerator 'a'),
    as a decimal."""
    return whole + _NUMERATORS[numerator.lower()] / _PARTS[part.lower()]


def mixed_multiples(text: str, numbers: Mapping[str, int]) -> list[tuple[int, int, str]]:
    """The spans of a whole number and a fraction in words right before 'times' ('one and one-half times the X', '2 and
    a quarter times'), each with its decimal ('1.5'), in order: for `clausetext.substitute`. `numbers` maps the number
    words (lower case) to their values; a whole number of more than twenty, or a word not in it, is left."""
    if " and " not in text or "times" not in text:
        return []
    spans = []
    for m in _MIXED_TIMES.finditer(text):
        word = m.group("whole")
        whole = float(word) if word.isdigit() else numbers.get(word.lower())
        if whole is None or not 1 <= whole <= 20:
            continue
        spans.append((m.start(), m.end(), f"{mixed_multiple(whole, m.group('num'), m.group('part')):g}"))
    return spans

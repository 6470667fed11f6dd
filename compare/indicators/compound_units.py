"""Units written in more than one piece after a number (twenty-seventh round, units27).

The reader's unit pattern takes one symbol, a power, a solidus and what follows it. Three ways of writing that it
reads wrong are mended here on the values it read (`_Raw`s of compare.indicators.extract), each its own construction:

- `values_parted_by_slash`: two or more values of one quantity parted by a solidus, each with the same unit ('12 J /
  9 J', the mean and the individual minimum of ISO 1083; '3,2 mm/3,4 mm/3,6 mm', the fine, medium and coarse
  series; '50 Hz/60 Hz'). The unit pattern reads the second value into the first one's unit ('J / 9 J', 'Hz/60 Hz',
  a plain ratio) or leaves it unread after the solidus; each is a value of its own, in that unit. A reference amount
  after the solidus ('g/100 g', 'mL/100 mL': a power of ten) stays part of the unit.
- `units_continued`: a unit that goes on after a space, as SI writing has it: a product of two symbols with a space
  ('6,626 × 10⁻³⁴ J s', '25 N m'; the reader took 'J' and left 's'), a decibel level referred to a unit named in
  words ('32 dB microvolts/m', which is dB(µV/m)), and a power −1 after a temperature's unit ('0,003 850 °C⁻¹').
"""

from __future__ import annotations

import re
from dataclasses import replace

from compare.indicators.numbers import NUMBER, read_number
from compare.indicators.units import reads_as_unit

# A unit read as '<unit> / <number> <the same unit>' ('J / 9 J', 'Hz/60 Hz').
_UNIT_OVER_VALUE = re.compile(rf"(?P<u>[^/\d\s][^/]*?)\s?/\s?(?P<n>{NUMBER})\s?(?P<u2>[^/\d\s][^/]*?)")
# A sign before the first value: '+30 h / 0 h' is an upper and a lower deviation, read as such elsewhere.
_SIGNED = re.compile(r"[-+−]\s?$")


def _power_of_ten(value: float) -> bool:
    return value in (1.0, 10.0, 100.0, 1000.0)


def values_parted_by_slash(raws: list, text: str, comma: bool = False) -> list:
    """Each value after a solidus that repeats the first value's unit ('12 J / 9 J', '3.2 mm/3.4 mm/3.6 mm') as a
    value of its own, with that unit and what the words around the first gave it (its comparator, name and
    conditions: run after them); the first value keeps the unit alone. Only for
    a single value (no range, no tolerance), unsigned, whose unit reads as a unit; never for a reference amount (a
    power of ten after the solidus: 'g/100 g')."""
    out = []
    for raw in raws:
        out.append(raw)
        if not raw.unit or raw.unit_span is None or raw.value is None or raw.low is not None \
                or raw.high is not None or raw.tolerance is not None or _SIGNED.search(text, 0, raw.start):
            continue
        unit, at = raw.unit, raw.unit_span[0]
        m = _UNIT_OVER_VALUE.fullmatch(unit)
        if m and m.group("u").strip() == m.group("u2").strip() and reads_as_unit(m.group("u").strip()):
            number = read_number(m.group("n"), comma)
            if _power_of_ten(number):
                continue
            unit = m.group("u").strip()
        elif not reads_as_unit(unit):
            continue
        start = text.find(unit, at)
        if start < 0:
            continue
        end = start + len(unit)
        parted = []
        # (Speed: every match of `following` starts with '/', or one space and '/': without either right after the
        # unit, its pattern is neither built nor tried.)
        if "/" in text[end:end + 2]:
            following = re.compile(rf"\s?/\s?({NUMBER})\s?{re.escape(unit)}(?![A-Za-z0-9µμ²³]|\s?/\s?[^\d\s])")
            pos = end
            while (m := following.match(text, pos)) is not None:
                number = read_number(m.group(1), comma)
                if _power_of_ten(number) and not parted:
                    break
                parted.append(replace(raw, start=m.start(1), end=m.end(), value=number, unit=unit,
                                      unit_span=(m.end() - len(unit), m.end()), decimal_comma=None, restated=None))
                pos = m.end()
        if not parted and unit == raw.unit:
            continue
        if raw.end == raw.unit_span[1]:
            raw.end = end  # (an end moved past the unit, to a name written after it, stays)
        raw.unit, raw.unit_span = unit, (start, end)
        out.extend(parted)
    return out


# The first symbol of a product written with a space (SI: 'J s', 'N m', 'W s', 'A h', 'C mol⁻¹'): a coherent unit's
# symbol with its prefix; and the second, a base unit's symbol (a word after a unit is never taken: 'J at', 'N max').
_PRODUCT_FIRST = re.compile(r"[kMmµμn]?(?:J|N|W|V|A|C|Pa|Ω|T|Wb|H|F)")
_PRODUCT_SECOND = re.compile(r"[ ·⋅](?P<s>s|m|K|mol|kg|sr|h)(?:-[1-4])?(?![A-Za-z0-9µμ/²³·⋅^-])(?!\s?/)")
# A decibel level whose reference unit is named in words ('dB microvolts/m', 'dB microvolt', 'dB milliwatts').
_LEVEL_IN_WORDS = re.compile(r"\s(?:micro|milli|pico)(?:volts?|amperes?|amps?|watts?)(?:\s?(?:/|per\s)\s?(?:m|metre|meter)"
                             r"(?![A-Za-z]))?", re.I)
# A power −1 after a temperature's unit ('°C⁻¹', folded to '°C-1'): per degree.
_PER_DEGREE = re.compile(r"-1(?!\d|[.,]\d)")


def units_continued(raws: list, text: str) -> None:
    """A unit that goes on after the part the reader took: 'J' then ' s' ('J s'), 'dB' then ' microvolts/m', '°C'
    then '-1' (folded from '⁻¹'). The value's unit and span take the rest in."""
    for raw in raws:
        if not raw.unit or raw.unit_span is None:
            continue
        unit = raw.unit.strip()
        start = text.find(unit, raw.unit_span[0])
        if start < 0 or start > raw.unit_span[1]:
            continue
        end = start + len(unit)
        if _PRODUCT_FIRST.fullmatch(unit):
            m = _PRODUCT_SECOND.match(text, end)
        elif unit == "dB":
            m = _LEVEL_IN_WORDS.match(text, end)
        elif unit in ("°C", "℃", "K"):
            m = _PER_DEGREE.match(text, end)
        else:
            continue
        if m is None:
            continue
        whole = unit + text[end:m.end()]
        if not reads_as_unit(whole):
            continue
        raw.unit, raw.unit_span = whole, (start, m.end())
        raw.end = max(raw.end, m.end())

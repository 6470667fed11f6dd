"""Units read wrong or not at all: words and symbols taken as a value's unit that are not, and a unit the reader
did not take (thirty-first round, fixunits31).

Each construction is a small pass of its own, called once from `extract`:

- `symbol_as_subject`: a quantity's symbol that is the subject of its sentence ('…, N shall be between 2,2 and 3,0',
  '当X＜0.50 mm时，N应不小于2.2') was taken as a unit written before the value (the newton), as a heading's
  '，mg/kg 不大于' is. A symbol followed by a modal verb is the name of what is required, never its unit: the keys
  write such a value with no unit (a ratio of widths, dev17 AD026, dev29 AP032).
- `compound_noun_after`: a number followed by a hyphenated noun ('6 666 curb-drops', 'two seat-pillar diameters',
  '360 colour-difference samples') had the first half of the compound as its unit ('curb', 'seat'), a word no unit
  system knows. What the number counts is the whole noun: the keys write no unit (dev23 AJ097, dev25 AL039, dev30
  AQ003).
- `powered_units_after`: a unit in brackets raised to a power ('50 (m·s)^0.5', the response time index of a
  sprinkler) was not read at all; the bracket and its power are the value's unit. `unit_powers.comma_exponents` lets the
  normaliser read a power written with a decimal comma ('(m·s)^0,5', which pint read as a plain number).
- `degrees_of_a_temperature`: a bare '°' after a value named as a temperature ('Freezing point: not less than
  69.2°', 'Melting range: 48 - 63°', a food chemicals codex's way) is degrees Celsius; the keys write °C (dev25
  AL037, AL096). A value named as an angle keeps its degrees.
- `noun_before_colon`: a unit's word after an article closing a heading ('during the day: Ēm 200 lx; UGRL 22; Ra
  80') is a noun of the heading; the values after it take no unit from it (dev29 AP031, keyed with none).
"""

from __future__ import annotations

import re
from dataclasses import replace

from compare.core.vocabulary import Comparator
from compare.indicators.units import normalise

# ---------------------------------------------------------------------------------------------- symbol_as_subject

# A symbol of one to three Latin letters opening a sentence, or a main clause after its condition ('当…时，',
# 'if/when/where …, '), with a modal verb right after it: the subject of the requirement. (After a name and a comma
# the symbol is a heading's unit: '断裂强力，N 应不小于 500' stays in newtons.)
_SUBJECT = re.compile(r"(?:^|[。;；:：]\s*|时\s*[,，]\s*|(?<![A-Za-z])(?i:if|when|where)\s[^,，;；。]*[,，]\s*)"
                      r"(?P<u>[A-Za-z]{1,3})\s*(?:shall|should|must|(?:不)?应|须|不得|宜)(?![A-Za-z])")
_LAST_NUMBER = re.compile(r"\d(?=\D*\Z)")


def _written_after_number(text: str, unit: str) -> bool:
    """True when `unit` is written after the last number of `text` (the value's own unit)."""
    last = _LAST_NUMBER.search(text)
    return last is not None and re.search(rf"(?<![A-Za-z]){re.escape(unit)}(?![A-Za-z])", text[last.end():]) \
        is not None


def subject_symbol(text: str, unit: str) -> bool:
    """True when `unit` is a letter symbol standing as the subject of a modal verb before the value's number in an
    indicator's `text` ('N shall be between 2,2 and 3,0', '当X＜0.50 mm时，N应不小于2.2'), and not written after
    its last number."""
    if not unit or not unit.isascii() or not unit.isalpha() or len(unit) > 3:
        return False
    last = _LAST_NUMBER.search(text)
    if last is None:
        return False
    return any(m.group("u") == unit for m in _SUBJECT.finditer(text, 0, last.start())) \
        and not _written_after_number(text, unit)


def _unit_off(indicator):
    norm = normalise(indicator.value, "", low=indicator.low, high=indicator.high, tolerance=indicator.tolerance)
    return replace(indicator, unit="", normalized=norm)


def symbol_as_subject(indicators: tuple) -> tuple:
    """The indicators, a subject's symbol taken as the unit taken off (module docstring)."""
    return tuple(_unit_off(i) if subject_symbol(i.text or "", i.unit or "") else i for i in indicators)


# ---------------------------------------------------------------------------------------------- compound_noun_after

_HYPHEN_NOUN = re.compile(r"-[a-z]{2,}")


def compound_noun_after(indicators: tuple, text: str) -> tuple:
    """The indicators, a first half of a hyphenated noun after the number taken off as unit (module docstring).
    Only a word the normaliser does not know as a unit: '5 mm-thick' keeps its millimetres."""
    out = []
    for indicator in indicators:
        unit = (indicator.unit or "").strip()
        end = indicator.span[1]
        if unit and unit.isalpha() and text[end - len(unit):end] == unit and _HYPHEN_NOUN.match(text, end) \
                and not normalise(1.0, unit).known:
            indicator = _unit_off(indicator)
        out.append(indicator)
    return tuple(out)


# ---------------------------------------------------------------------------------------------- powered_units_after

# '(m·s)^0.5', '(m·s)^0,5', '(m·s) ^ 1/2' after a number with no unit of its own.
_POWERED = re.compile(r"\s*(\((?P<inner>[^()\d]{1,12})\))\s*\^\s*(?P<power>\d+(?:[.,]\d+)?|\d/\d)(?!\d|[.,/]\d)")
# The two ends of a range, each with the powered unit: '80 (m·s)^0.5～350 (m·s)^0.5', 'between 80 … and 350 …'.
_RANGE_LINK = re.compile(r"\s*(?:[～~–]|-(?!\d)|to\s|(?P<and>and\s))\s*$")
_BETWEEN = re.compile(r"(?<![A-Za-z])between\s+$")


def _power(written: str) -> str:
    if "/" in written:
        top, bottom = written.split("/")
        return f"{int(top) / int(bottom):g}"
    return written.replace(",", ".")


def powered_units_after(raws: list, text: str) -> None:
    """A unit in brackets raised to a power right after a value with no unit becomes its unit (module
    docstring); the value's span takes it in, so that a bound word after it ('or less') is read. Two such values
    joined as a range's ends ('80 (m·s)^0.5～350 (m·s)^0.5', 'between 80 (m·s)^0,5 and 350 (m·s)^0,5') are one
    range."""
    powered = set()
    for k, raw in enumerate(raws):
        if raw.unit or raw.comparator != Comparator.EQUAL:
            continue
        m = _POWERED.match(text, raw.end)
        if m is None:
            continue
        unit = f"({m.group('inner').strip()})^{_power(m.group('power'))}"
        norm = normalise(1.0, unit)
        if not norm.known or norm.dimension in ("number", ""):
            continue
        raw.unit, raw.unit_span = unit, (m.start(1), m.end())
        raw.end = m.end()
        powered.add(k)
    joined = set()
    for k in sorted(powered):
        if k in joined or k + 1 not in powered:
            continue
        low, high = raws[k], raws[k + 1]
        link = _RANGE_LINK.match(text[low.end:high.start]) if low.unit == high.unit else None
        if link is None or (link.group("and") and not _BETWEEN.search(text, 0, low.start)) \
                or not low.value < high.value:
            continue
        low.comparator, low.low, low.high, low.value, low.end = Comparator.RANGE, low.value, high.value, None, high.end
        joined.add(k + 1)
    if joined:
        raws[:] = [raw for k, raw in enumerate(raws) if k not in joined]


# ---------------------------------------------------------------------------------------------- degrees_of_a_temperature

# The name of a temperature: a point or range of a change of state, or 'temperature' itself (a pharmacopoeia or a
# food chemicals codex writes '°' alone for degrees Celsius: 'Freezing point: not less than 69.2°').
_TEMPERATURE_NAME = re.compile(r"(?i:\b(?:melting|freezing|boiling|congealing|solidification|softening|dropping|"
                               r"drop|pour|cloud|flash|fire|smoke|distillation)\s+(?:point|range)s?\b|temperature)|"
                               r"熔点|凝固点|沸点|熔程|馏程|闪点|燃点|倾点|浊点|软化点|滴点|温度")
_ANGLE_NAME = re.compile(r"(?i:angle|incline|inclination|tilt|slope|rotation|bend|twist|phase)|角|倾斜|旋光|转")


def degrees_of_a_temperature(indicators: tuple) -> tuple:
    """The indicators, a bare '°' after a value named as a temperature read as °C (above); a value named as an angle
    keeps its degrees of arc."""
    out = []
    for indicator in indicators:
        if indicator.unit == "°":
            last = _LAST_NUMBER.search(indicator.text or "")  # (None where the value is written in other digits: '²°')
            name = indicator.text[:last.start()] if last else ""
            if _TEMPERATURE_NAME.search(name) and not _ANGLE_NAME.search(name):
                norm = normalise(indicator.value, "°C", low=indicator.low, high=indicator.high,
                                 tolerance=indicator.tolerance)
                indicator = replace(indicator, unit="°C", normalized=norm)
        out.append(indicator)
    return tuple(out)


# ---------------------------------------------------------------------------------------------- noun_before_colon

# A unit's word after an article, closing a heading before its colon ('Corridors, during the day: Ēm 200 lx; UGRL
# 22; Ra 80'): a noun of the heading ('the day'), not the unit of the values after it.
_ARTICLE_BEFORE = re.compile(r"(?<![A-Za-z])(?i:the|a|an)\s+$")


def noun_before_colon(left: str, item: str) -> bool:
    """True when the unit `item` that a heading states before its colon (`extract.heading_item_unit`) is a noun after
    an article in the words before the value (`left`)."""
    if not item or not item.isalpha():
        return False
    at = left.rfind(item)
    return at > 0 and bool(_ARTICLE_BEFORE.search(left, 0, at)) and left[at + len(item):].lstrip().startswith(":")

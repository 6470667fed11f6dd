"""Ways of writing a unit after a number that the reader's unit pattern stops short of (thirty-first round, the
units31 probe's development half). Each is its own construction; most run on the values read (`_Raw`s of
compare.indicators.extract) on the folded text, right after `compound_units.units_continued` (`units_written31`);
the others say where they run:

- `powers_of_ten_with_unit`: a value scaled by a power of ten, with the unit after the power ('(3,3 ± 0,1) × 10⁻⁶/K',
  '(6,6 ± 0,1) × 10⁻³⁴ J·s', '12 × 10⁻⁶/K'). The bracketed tolerance was read unscaled and unitless, and the power
  read as a value of its own ('1e-34 J·s'); the plain number was read scaled but its '/K' left. The value (and its
  tolerance) take the power and the unit, as the open sets' keys write them (dev26 AM002: '(6,626 075 5 ± 0,000 004
  0) × 10⁻³⁴ J·s' is keyed 6.6260755e-34 J·s).
- `counted_denominators`: a solidus over a bracketed product with a number in it ('g/(m²·24 h)', 'm³/(24 h·km)',
  'cm³/(m²·24 h·0,1 MPa)': a rate per day and per area, a leakage per day and per km of pipe). The reader took 'g'
  and read '24 h' as a value; the unit is the whole, and the numbers inside it are the unit's.
- `log_counts`: a count on a log scale, 'log' before the counted unit ('< 3,5 log cfu/cm²', '2 log CFU/g'): the
  unit is the log count, as written (no value of it converts to a plain count).
- `counter_restated` (on the text, before it is read): a count per an amount restated with the other counter
  ('（MPN/100 mL或CFU/100 mL）', 'MPN/mL or CFU/mL': the most probable number and the colony-forming units, one
  count per the same amount). The heading's unit is the first; the restatement is blanked (same length), as
  'CFU/g或CFU/mL' (per gram or per millilitre) is read whole elsewhere.
- `level_tolerance_in_db` (asked by the reader's `_tolerance_fits`): a level referred to a unit ('23 dBm', '60
  dB(µV)') takes a tolerance written in plain decibels ('允差为±2 dB', '± 2 dB'): a difference of levels is in dB.
- `symbol_then_unit` (on the indicators read): a quantity's symbol, a solidus and the unit before the value, as a
  table heading writes quantity over unit ('抗拉强度Rm/MPa ≥ 800', '最小抗拉强度Rm,min/MPa：800', 'Rp0.2,min/MPa：640'):
  the unit after the solidus is the value's. The reader took no unit (a letter before the solidus keeps 'mg/kg' whole)
  or the symbol's subscript with it ('min/MPa'). Only for a symbol that is no unit itself ('A/%', 'T/℃' are left).
- `octaves_per_time`: a sweep rate in octaves per a time ('1 octave per minute', '0,5 octave/min'): that is the unit
  (dev11 X076 keys 'one octave per minute' as octave/min). 'octave' with no time after it ('5 octave bands') is left.
- `inches_at_end`: a length in inches written 'in' after the number where the words stop there ('0.840 in;',
  '482,6 mm (19 in)'); 'in' followed by more words is the preposition and is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from compare.indicators.units import is_known, level_reference, level_unit, normalise, reads_as_unit

_SYM = r"[A-Za-zμµΩ°][A-Za-zμµΩ0-9°]*"
# '× 10^-6' (folded from '× 10⁻⁶') right after a closing bracket or a number.
_POWER_AFTER = re.compile(r"\s*[×x]\s*10\^?([-−]?\d{1,2})(?![\d.,])")
# The power ending the number read ('12×10^-6', '3.3 × 10^-6'), its unit after a solidus.
_POWER_ENDING = re.compile(r"[×x]\s*10\^?[-−]?\d{1,2}$")
# A unit right after the power: '/K', '/℃' (per the unit), ' J·s', ' K-1' (a product or a power -1).
_UNIT_AFTER_POWER = re.compile(rf"(?:(?P<per>\s?/\s?)|\s)(?P<u>(?:°C|℃|{_SYM})(?:-1)?(?:\s?[·*]\s?{_SYM}(?:-[1-4])?)*)(?![A-Za-z0-9])")


def _unit_after_power(text: str, end: int) -> tuple[str, int, int] | None:
    """The unit written after a power of ten at `end`: (unit as pint reads it, start, end), or None."""
    m = _UNIT_AFTER_POWER.match(text, end)
    if m is None:
        return None
    unit = m.group("u")
    if not reads_as_unit(unit.replace("℃", "°C")) and not is_known(unit):
        return None
    written = f"1/{unit}" if m.group("per") else unit
    return written, m.start("u") if not m.group("per") else m.start(), m.end()


def _letter_after_power(unit: str) -> bool:
    """A capital letter the reader refuses after a bare number (a class C, a type T), which after a power of ten
    can only be the unit's symbol: '1,602 176 634 × 10⁻¹⁹ C' is the coulomb (thirty-eighth round, fixunit38)."""
    return len(unit) == 1 and unit.isupper() and not reads_as_unit(unit) and is_known(unit)


def powers_of_ten_with_unit(raws: list, text: str) -> list:
    """Values scaled by a power of ten with the unit after the power: the value and its tolerance scaled, the unit
    taken, and a value read inside the power or its unit dropped. Only for a value read with no unit."""
    if "10^" not in text and "10-" not in text:
        return raws
    dropped: list[tuple[int, int]] = []
    for raw in raws:
        if raw.unit or raw.comparator not in ("tolerance", "equal"):
            continue
        end = len(text[:raw.end].rstrip())  # (a value's match takes the spaces after it in)
        if raw.comparator == "tolerance" and text[end - 1:end] == ")":
            power = _POWER_AFTER.match(text, end)
            if power is None:
                continue
            unit = _unit_after_power(text, power.end())
            if unit is None:
                continue
            scale = 10.0 ** int(power.group(1).replace("−", "-"))
            raw.value = None if raw.value is None else float(f"{raw.value * scale:.12g}")
            raw.tolerance = None if raw.tolerance is None else float(f"{raw.tolerance * scale:.12g}")
        elif raw.comparator == "equal" and _POWER_ENDING.search(text, raw.start, end):
            unit = _unit_after_power(text, end)
            if unit is None or unit[0][:2] != "1/" and not _letter_after_power(unit[0]):
                continue  # (a unit after a space was read by the reader already)
        else:
            continue
        # (a unit per the symbol is shown '1/K', as the reader writes '<10⁻⁸/h' '1/h': no span of its own)
        raw.unit, raw.unit_span = unit[0], None if unit[0][:2] == "1/" else (unit[1], unit[2])
        dropped.append((end, unit[2]))
        raw.end = unit[2]
    if not dropped:
        return raws
    return [r for r in raws if not any(a <= r.start < b for a, b in dropped)]


_FACTOR = r"(?:\d+(?:\.\d+)?\s?)?(?:°C|℃|{sym})(?:-[1-4])?".format(sym=_SYM)
_COUNTED_DENOMINATOR = re.compile(rf"\s?/\s?\(\s?{_FACTOR}(?:\s?[·*]\s?{_FACTOR})+\s?\)")
_DIGIT = re.compile(r"\d")


def counted_denominators(raws: list, text: str) -> list:
    """A unit over a bracketed product holding a number ('g/(m2·24 h)'): the unit the whole, the values read inside
    the brackets dropped."""
    if "/(" not in text and "/ (" not in text:
        return raws
    dropped: list[tuple[int, int]] = []
    for raw in raws:
        if not raw.unit or raw.unit_span is None or "/" in raw.unit:
            continue
        m = _COUNTED_DENOMINATOR.match(text, raw.unit_span[1])
        if m is None or not _DIGIT.search(m.group()):
            continue
        whole = text[raw.unit_span[0]:m.end()]
        if not is_known(whole):
            continue
        raw.unit, raw.unit_span = whole, (raw.unit_span[0], m.end())
        dropped.append((m.start(), m.end()))
        raw.end = max(raw.end, m.end())
    if not dropped:
        return raws
    return [r for r in raws if not any(a <= r.start < b for a, b in dropped)]


_LOG_COUNT = re.compile(rf"(?<=\d)\s?(?P<u>(?i:log)(?:10)?\s?(?:cfu|CFU|MPN|PFU|pfu|TCID50|copies)(?:\s?/\s?(?:\d+\s?)?{_SYM})?)"
                        r"(?![A-Za-z0-9])")


def log_counts(raws: list, text: str) -> None:
    """A value (or band) with no unit read, followed by a log count ('3,5 log cfu/cm2'): that is its unit."""
    if "log" in text.lower():
        _unit_following(raws, text, _LOG_COUNT, 40)  # (the match may have taken 'log' in, unaccepted)


def _unit_following(raws: list, text: str, pattern: re.Pattern, reach: int, near: int | None = None) -> None:
    """Give each value with no unit read the unit `pattern` finds (group 'u') starting at or before its end, within
    `reach` characters after it (and, with `near`, no more than `near` characters before its trimmed end)."""
    for raw in raws:
        if raw.unit:
            continue
        m = pattern.search(text, raw.start, raw.end + reach)
        if m is None or m.start() > raw.end or (near is not None and m.start() < len(text[:raw.end].rstrip()) - near):
            continue
        raw.unit, raw.unit_span = m.group("u"), m.span("u")
        raw.end = max(raw.end, m.end())


# 'in' closing the words after a number: punctuation, a closing bracket or the end next.
_INCHES = re.compile(r"\s(?P<u>in)(?=\s?(?:[;；,，。)）]|\.(?:\s|$)|$))")


def inches_at_end(raws: list, text: str) -> None:
    """A value with no unit read followed by 'in' where the words stop ('0.840 in;', '(19 in)'): inches."""
    if " in" not in text:
        return
    for raw in raws:
        if raw.unit or raw.comparator != "equal":
            continue
        m = _INCHES.match(text, len(text[:raw.end].rstrip()))
        if m is None:
            continue
        raw.unit, raw.unit_span = "in", m.span("u")
        raw.end = m.end()


_COUNTER = r"(?:MPN|CFU|cfu|PFU|pfu)"
_COUNTER_RESTATED = re.compile(rf"(?<![A-Za-z]){_COUNTER}\s?/\s?(?P<per>(?:\d+\s?)?[A-Za-zµμ]{{1,3}}[23²³]?)"
                               rf"(?P<or>\s?(?:或|\s(?i:or)\s)\s?{_COUNTER}\s?/\s?(?P=per))(?![A-Za-z0-9²³])")


def counter_restated(text: str) -> str:
    """'MPN/100 mL或CFU/100 mL' -> 'MPN/100 mL' and blanks: the same count per the same amount, restated with the
    other counter (same length)."""
    if "/" not in text or ("或" not in text and " or " not in text.lower()):
        return text
    return _COUNTER_RESTATED.sub(lambda m: m.group(0)[:m.start("or") - m.start()] + " " * len(m.group("or")), text)


_OCTAVES_PER = re.compile(r"(?<=[\d\s])\s?(?P<u>octaves?\s?(?:/\s?|per\s+)(?:minute|min|second|s))(?![A-Za-z])", re.I)


def octaves_per_time(raws: list, text: str) -> None:
    """A value with no unit read followed by 'octave(s) per minute' or 'octave/min': that is its unit."""
    if "octave" in text.lower():
        _unit_following(raws, text, _OCTAVES_PER, 30, near=8)  # (the match may have taken 'octave' in, unaccepted)


def units_written31(raws: list, text: str) -> list:
    """The constructions above on the values read, in order."""
    raws = powers_of_ten_with_unit(raws, text)
    raws = counted_denominators(raws, text)
    log_counts(raws, text)
    octaves_per_time(raws, text)
    inches_at_end(raws, text)
    return raws


def level_tolerance_in_db(value_unit: str, tolerance_unit: str) -> bool:
    """True when a value is a level referred to a unit ('dBm', 'dB(µV)') and the tolerance is in plain decibels."""
    if not value_unit or not tolerance_unit or "dB" not in value_unit:
        return False
    plain = level_unit(tolerance_unit)
    return plain is not None and plain[1] == "level" and plain[0] == "dB" and level_reference(value_unit) is not None


# The symbol, the solidus and the unit, then the heading's colon or a bound, then the value (or a band) ending the span.
_SYMBOL_OVER_UNIT = re.compile(
    r"(?<![A-Za-z])(?P<sym>[A-Z][A-Za-z]{0,2}[0-9.]{0,4}(?:,\s?(?:min|max|nom))?)\s?/\s?(?P<u>[^\s/:：≤≥<>＜＞，,；;（）()|]{1,10})"
    r"\s*[:：]?\s*(?:[≤≥<>＜＞]=?|不[低高大小]于|不超过)?\s*[-+−]?\d(?:[\d.,]|\s(?=\d{3}))*(?:\s*[~～至-]\s*\d(?:[\d.,]|\s(?=\d{3}))*)?\s*$")
_SUBSCRIPT_UNIT = re.compile(r"(?:min|max|nom)/(?P<u>.+)")


def symbol_then_unit(indicators: tuple, text: str) -> tuple:
    """The unit written after a quantity's symbol and a solidus before the value ('Rm/MPa ≥ 800'), for a value read
    with no unit or with the symbol's subscript taken into it ('min/MPa')."""
    if "/" not in text:
        return indicators
    out = []
    for ind in indicators:
        m = None
        if not ind.unit or _SUBSCRIPT_UNIT.fullmatch(ind.unit):
            m = _SYMBOL_OVER_UNIT.search(text, ind.span[0], ind.span[1])
        if m is None or reads_as_unit(m.group("sym")) or not reads_as_unit(m.group("u")) or not is_known(m.group("u")):
            out.append(ind)
            continue
        if ind.unit and _SUBSCRIPT_UNIT.fullmatch(ind.unit).group("u") != m.group("u"):
            out.append(ind)
            continue
        unit = m.group("u")
        out.append(replace(ind, unit=unit, normalized=normalise(ind.value, unit, low=ind.low, high=ind.high,
                                                                 tolerance=ind.tolerance)))
    return tuple(out)

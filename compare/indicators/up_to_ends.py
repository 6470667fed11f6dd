"""A band written 'X up to and including Y', 'X up to but not including Y' (thirtieth round, fixmulti30b).

A class or a code written by its band with no word before its lower end ('code letter B: 15 m up to but not
including 24 m', 'grade 2: 0,10 ml up to and including 0,20 ml'): the two ends of one range, as 'X to Y' is and as
'above X up to and including Y' is read already (dev28 AO063 keys the classes 'above 0,10 ml up to and including
0,20 ml' as ranges; dev2 E118 and dev4 G039 the tripping bands 'above 3 In up to and including 5 In'). The reader read
the lower end as a value and the upper as a maximum. Rewritten, same length (every span stays where it is), into the
band 'X ～ Y', as `range_words.from_and_up_to` does after 'from'; an end after 'from', 'above', 'over', 'exceeding' or
'than' is left to the readings of those words, and a band written from its higher end down is left as written.

Thirty-sixth round (fixnew36): a range named as such and written 'X up to Y' with no 'including' ('in the frequency
range 150 kHz up to 80 MHz'): the word 'range' before it says the two numbers are its ends, as 'the frequency range
26 MHz to 1 GHz' is read. The reader read the lower end as a value and the upper as a maximum. The ends may be written
in two units of one quantity (kHz, MHz): the first must be below the second once both are in one unit.
"""

from __future__ import annotations

import re

from compare.indicators.numbers import NUMBER, number_or_none, writes_decimal_comma
from compare.indicators.two_sided import rising_pairs_as_bands

# A unit after the value: a short word or symbol, no digit, not a word of the joint ('m', 'ml', 'mm²/s', '%').
_UNIT = r"(?:\s?(?!(?:and|up|to)(?![A-Za-z]))[^\d\s,，;；:：()（）|。]{1,8})?"
_UP_TO_INCLUDING = re.compile(
    rf"(?<![A-Za-z\d.,])(?<!from )(?<!above )(?<!over )(?<!exceeding )(?<!than )(?<!to )"
    rf"(?P<a>(?:{NUMBER}){_UNIT})(?P<j>\s+up\s+to\s+(?:and|but\s+not)\s+including\s+)"
    rf"(?P<b>(?:{NUMBER}){_UNIT})(?![\d.,]\d)", re.I)


def lower_end_up_to(text: str) -> str:
    """'15 m up to but not including 24 m' -> '15 m                       ～24 m' (same length): one range."""
    if "including" not in text.lower():
        return text
    return rising_pairs_as_bands(_UP_TO_INCLUDING, text)


# 'range X up to Y' ('the frequency range 150 kHz up to 80 MHz'): each end a number and its unit.
_RANGE_UP_TO = re.compile(rf"(?<=range )(?P<a>(?P<an>{NUMBER})\s?(?P<au>[A-Za-zµμ]{{1,5}}|%|°\s?[CF]|℃))(?P<j>\s+up\s+to\s+)"
                          rf"(?P<b>(?P<bn>{NUMBER})\s?(?P<bu>[A-Za-zµμ]{{1,5}}|%|°\s?[CF]|℃))(?![A-Za-z\d]|[.,]\d)", re.I)


def range_up_to(text: str) -> str:
    """'the frequency range 150 kHz up to 80 MHz' -> 'the frequency range 150 kHz ～     80 MHz' (same length): one
    range, when its first end is below the second in one unit."""
    if "range" not in text or "up to" not in text:
        return text
    from compare.indicators.units import normalise

    comma = writes_decimal_comma(text)

    def band(m: re.Match) -> str:
        a, b = (number_or_none(m.group(g), comma) for g in ("an", "bn"))
        if a is None or b is None:
            return m.group(0)
        low, high = normalise(a, m.group("au")), normalise(b, m.group("bu"))
        if not (low.known and high.known and low.dimension == high.dimension
                and low.value is not None and high.value is not None and low.value < high.value):
            return m.group(0)
        s = m.group(0)
        start, end = m.start("j") - m.start(), m.end("j") - m.start()
        width = end - start
        return s[:start] + ("～" + " " * (width - 1)).rjust(width) + s[end:]

    return _RANGE_UP_TO.sub(band, text)

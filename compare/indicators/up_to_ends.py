"""A band written 'X up to and including Y', 'X up to but not including Y' (thirtieth round, fixmulti30b).

A class or a code written by its band with no word before its lower end ('code letter B: 15 m up to but not
including 24 m', 'grade 2: 0,10 ml up to and including 0,20 ml'): the two ends of one range, as 'X to Y' is and as
'above X up to and including Y' is read already (dev28 AO063 keys the classes 'above 0,10 ml up to and including
0,20 ml' as ranges; dev2 E118 and dev4 G039 the tripping bands 'above 3 In up to and including 5 In'). The reader read
the lower end as a value and the upper as a maximum. Rewritten, same length (every span stays where it is), into the
band 'X ～ Y', as `range_words.from_and_up_to` does after 'from'; an end after 'from', 'above', 'over', 'exceeding' or
'than' is left to the readings of those words, and a band written from its higher end down is left as written.
"""

from __future__ import annotations

import re

from compare.indicators.numbers import NUMBER
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

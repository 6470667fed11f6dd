"""The year written 'a' (annum) after a number (thirty-third round, fixrest33): 'half-life 432 a', '半衰期2.65 a'.

ISO 80000-3 and the Chinese standards write the year 'a' ('检定周期 1 a', a radionuclide's half-life '30,1 a'); the
reader knew the symbol (`units._CASE_SENSITIVE`) but took the letter after a number for the English article ('at 5 a
day') and dropped it, so a half-life was read with no unit and paired with nothing. The letter is the year when it
stands apart from the number by a space and closes the phrase: a comma, a semicolon, a full stop or a bracket's end
after it, or the end of the text. Glued to the number it is a designation ('6a阶段', 'pulse 2a', 'R-134a',
'ivermectin B1a'); an article always has its noun after it.
"""

from __future__ import annotations

import re

# The number before the space: digits not glued to a letter or a hyphen ('B1 a' is no year), the space, the letter.
_BEFORE = re.compile(r"(?<![A-Za-z\-_])\d[\d.,]*\s$")
# After the letter: a stop or a bracket's end (not an item's ')', 'a)' is a list label), or the end of the text.
_AFTER = re.compile(r"\s*(?:[,;，；。）]|\.(?:\s|$)|$)")


def year_symbol(text: str, start: int, end: int) -> bool:
    """True when the letter 'a' at text[start:end] is the symbol of the year after a number ('432 a,')."""
    return (text[start:end] == "a" and bool(_BEFORE.search(text, max(0, start - 24), start))
            and bool(_AFTER.match(text, end)))

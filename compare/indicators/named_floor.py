"""A ceiling, then the lower limit named in a clause of its own: two limits, not one range (fortieth round, fixshape40).

The ambient conditions of switchgear and of low-voltage equipment are written 'the ambient air temperature does not
exceed +40 °C and its average over a period of 24 h does not exceed +35 °C; the lower limit is −5 °C' ('…24 h内的平均
温度不超过+35 ℃，下限为−5 ℃', '上限值不超过+40 ℃，24 h内的平均值不超过+35 ℃；下限值为−5 ℃'). The ceiling just before the
lower limit is often of another quantity (the 24 h average), and the keys of the open sets hold every such text as two
limits, a maximum and a minimum (dev20 AG072, dev31 AR063 and dev35 AV056, both sides of each: six of six), as they
hold a ceiling then a floor in denying words ('不超过40 ℃，且不低于-15 ℃', `extract._CEILING_THEN_FLOOR`). The reader
joined the two into one range (−5 to +35 °C) where nothing but a comma or a semicolon parted them.

`ceiling_then_named_floor(text, start, end)` says whether the text from `start` to `end` is such a pair: a maximum in
denying words ('does not exceed', 'not more than', '不超过', '不大于', '不高于'), then, after a comma or a semicolon, the
lower limit by its name ('the lower limit is', '下限为', '下限值为'). A floor named so before the ceiling, or both ends
named by bound words ('上限为40 ℃，下限为−5 ℃', 'min. 4,0; max. 8,0': one range, as the keys hold it), is not one.
"""

from __future__ import annotations

import re

_CEILING_WORDS = (r"(?:not\s+(?:be\s+)?(?:exceed|more\s+than|greater\s+than|higher\s+than|above)|不超过|不大于|不高于|"
                  r"不应超过|不应大于|不得超过|不得大于)")
_LOWER_LIMIT = (r"(?:(?:and\s+)?(?:the|its)\s+lower\s+limit(?:\s+of\s+[^\d,;.]{1,40}?)?\s+(?:is|shall\s+be)"
                r"|(?:且|并且|而)?(?:其)?下限(?:值)?(?:为|是|应为))")
_CEILING_THEN_NAMED_FLOOR = re.compile(
    rf"{_CEILING_WORDS}\s*[-−–+]?\d[^,，;；。]*?[,，;；]\s*{_LOWER_LIMIT}\s*[-−–+]?\d", re.I)


def ceiling_then_named_floor(text: str, start: int, end: int) -> bool:
    """True when text[start:end] writes a maximum in denying words, then, after a comma or a semicolon, the lower limit
    by its name ('does not exceed +35 °C; the lower limit is −5 °C', '不超过+35 ℃，下限为−5 ℃'): two limits."""
    return _CEILING_THEN_NAMED_FLOOR.search(text, start, end) is not None

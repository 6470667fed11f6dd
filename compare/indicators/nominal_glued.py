"""A value written right after the word that names it nominal, with no space: 'k公称12.5', 's公称13' (thirty-ninth
round, fixtable39).

A Chinese dimension table run into a sentence writes a row's symbol, 公称 (标称) and the number glued together, the
unit stated once for the table: '表1 优选的螺纹规格（单位为毫米）：螺纹规格d M20；螺距P 2.5；…；k公称12.5；s公称=max 30.00',
as the English writes 'k nom. 12,5 (dimensions in millimetres)'. The number is the nominal dimension in that unit;
the open sets' keys hold every such nominal with no range of its own as a value in the table's unit (dev22 AI057
's公称13', 'k公称5.3' …, dev38 AY018 'h公称4', AY020, AY022, AY029 'k公称…'). The reader took a number glued to the
word before it for a part of a name ('M12-8', 'X5CrNi18-10') and gave it no unit declared for the table's values,
so it was dropped as bare where nothing else gave it one (a thread size 'M20；' before it ends the heading's list).

`after_nominal_word` says a number stands after such a word: 公称 or 标称 right before it, nothing between.
"""

from __future__ import annotations

_NOMINAL_WORDS = ("公称", "标称")


def after_nominal_word(text: str, start: int) -> bool:
    """True when the number at `start` is written right after 公称 or 标称 ('k公称12.5'): a nominal value, no part of
    a name."""
    return text.endswith(_NOMINAL_WORDS, 0, start)

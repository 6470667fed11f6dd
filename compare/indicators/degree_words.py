"""A degree word inside a comparison (thirty-third round, fixrest33): 'significantly greater than 5 %', '明显大于5 %'.

Tables of classes graded by eye (the cross-cut test's, an affected area 'significantly greater than 5 %, but not
significantly greater than 15 %', '明显大于5 %，但不能明显大于15 %') put an adverb of degree between the comparison and
its negation. The reader did not know the comparison through it: the Chinese '不能明显大于' lost its 不 (a floor where a
ceiling is meant), and neither language joined the floor and the ceiling into the one band the class is. The degree
word tells how the grade is judged, not another kind of bound: it is blanked (same length, every span stays), and the
comparison reads as 'greater than 5 %, but not greater than 15 %' does, one range.

Only right before a comparison word ('greater than', 'exceed', 大于, 超过 …): 'differ significantly' or '显著性水平'
are left as written.
"""

from __future__ import annotations

import re

_DEGREE_EN = re.compile(
    r"(?<![A-Za-z-])(?:significantly|appreciably|noticeably|markedly|substantially|considerably)"
    r"(?=\s+(?:(?:greater|less|more|higher|lower|larger|smaller|fewer)\s+than|exceed(?:s|ing)?)(?![A-Za-z]))", re.I)
_DEGREE_ZH = re.compile(r"(?:明显|显著)(?=大于|小于|高于|低于|超过|多于|少于)")


def degree_words_blanked(text: str) -> str:
    """The clause with each degree word right before a comparison blanked by spaces (same length)."""
    if not ("明显" in text or "显著" in text or "ly " in text or "LY " in text):
        return text
    blank = lambda m: " " * len(m.group(0))  # noqa: E731
    return _DEGREE_ZH.sub(blank, _DEGREE_EN.sub(blank, text))

"""A value closed by 'and above' / 'and over' / 'and higher' (or 'and below' / 'and under' / 'and lower') is an open
end, as '及以上' / '及以下' and 'or above' / 'or below' are (en30): 'children aged from 8 years and above' is a
minimum of 8 years, 'forces of 1 000 N and above' a minimum of 1 000 N. The reader took 'or above' as a bound word
after the value (`phrases._AFTER_MIN`) but not 'and above', and read 'equal 8 years'; worse, the 'above' was left to
the next value as a bound word before it ('2 400 m and above, 400 m' read 'min 400 m').

Counted over the open sets' English texts (dev … dev29, the value right before the words): 'or/and above, over,
higher, greater' after a keyed value is keyed `min` 5 times in 5 sets (dev2 E047, dev7 T020, dev20 AG042, dev27 AN086,
dev29 AP058) and `equal` nowhere; 'and above/over' is written in 10 sets, mostly after a band of a table row or a
condition, which the keys hold as no indicator of its own (read so before as after). See docs/indicators.md,
'Twenty-ninth round: the English side (en30)'.

Not taken: 'and less than' / 'and more than' (the joint of a two-sided bound: 'more than 435 mm and less than
635 mm'), 'and above the floor' / 'and over 100' (a place, or the next band's start: 'up to 100 and over 100 up to
300'), a value after 'at' ('± 5 dB at 6 000 Hz and above': a condition, left to the condition rules), nor a band
heading a row ('1,850 mm and above: 15 N', '10 and above: 0,6'): read so, the band is the row's condition, as the
keys hold it, but the other clause's table ('≥1.850 mm | 15 N') reads its last band as a limit, and the pairing of
the rows fell apart (dev10 W018 worse, dev29 AP097 better): left until both sides read a row's band alike.
"""

from __future__ import annotations

import re

from compare.core.vocabulary import Comparator

_KIND = {"above": Comparator.MIN, "over": Comparator.MIN, "higher": Comparator.MIN, "upwards": Comparator.MIN,
         "below": Comparator.MAX, "under": Comparator.MAX, "lower": Comparator.MAX}
# 'and above' right after the value (its unit, a closing bracket between), not followed by what makes the word a
# preposition or a comparison ('and above the floor', 'and over 100', 'and lower than', 'and under load').
_AND_BEYOND = re.compile(r"\s*(?:\)|）)?\s*,?\s*and\s+(above|over|higher|upwards|below|under|lower)(?![A-Za-z-])"
                         r"(?!\s*(?:(?:than|the|a|an|this|that|these|those|its|their|each|any|all|which)(?![A-Za-z])|[\d+−:：|-]))", re.I)


def open_end_after(text: str, end: int) -> tuple[Comparator, int] | None:
    """(the bound's kind, the end of its words) when 'and above' / 'and below' and their kin close the value ending at
    `end`; else None."""
    if "and" not in text[end:end + 8].lower():
        return None
    m = _AND_BEYOND.match(text, end)
    if m is None:
        return None
    return _KIND[m.group(1).lower()], m.end()

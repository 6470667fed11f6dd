"""A band of rates per a time, each end written with its own '/h' (fortieth round, fixshape40).

A rate with no unit of its own is written with the time it is per right after the number ('<10⁻⁸/h', '0.001/h',
'10⁻⁵/年'; `constructions.per_time_after_number` reads it as '1/h'). Written so at both ends of a band joined by a
tilde or 至 / 到 ('SIL 3的目标危险失效频率为≥10⁻⁸/h～＜10⁻⁷/h', '失效率0.5/h～5/h'), the first end's '/h' stood between
the number and the joint, where the reader's band pattern takes a unit only: the two ends were read as a minimum and
a maximum apart (the second named 'h～'), where the same band in English ('PFH ≥ 10⁻⁸/h to < 10⁻⁷/h') is read as one
range, and the keys hold it as one (dev31 AR078, three bands, both keys; no key of the open sets holds such a band as
two limits).

`per_time_band_ends(text)` blanks the first end's '/h' (same length, every span stays where it is) when the second end
is per the same time: the band is then read as '≥10⁻⁸  ～＜10⁻⁷/h' is, one range, in the '1/h' its second end writes.
A first end per another time than the second ('2/h～3/min') and a time with a unit before the slash ('40 km/h～100
km/h', read as a band already) are left as written.
"""

from __future__ import annotations

import re

# A number's last digit, plain or a power's superscript ('10⁻⁸', '0.5', '5×10⁻⁷').
_DIGIT = r"[\d⁰¹²³⁴⁵⁶⁷⁸⁹]"
_PER = r"(?:h|min|s|d|a|年|天|小时)(?![A-Za-z0-9²³])"
# The second end: an optional bound sign, a number (a power of ten, a decimal, or a product with a power of ten),
# then the same time after a slash.
_SECOND_END = (r"\s*[<＜≤]?\s*(?:\d+(?:[.,]\d+)?(?:\s?[×x]\s?10[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)?|10[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
               r"\s?/\s?(?P=time)(?![A-Za-z0-9²³])")
_FIRST_END_PER = re.compile(rf"(?<={_DIGIT})(?P<per>\s?/\s?(?P<time>{_PER}))(?=\s*[～~至到]{_SECOND_END})")


def per_time_band_ends(text: str) -> str:
    """`text` with the '/h' of a band's first end blanked where the second end is per the same time ('≥10⁻⁸/h～＜10⁻⁷/h'
    -> '≥10⁻⁸  ～＜10⁻⁷/h'); same length."""
    if "/" not in text:
        return text
    return _FIRST_END_PER.sub(lambda m: " " * len(m.group("per")), text)

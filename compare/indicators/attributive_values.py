"""A value stated inside an attributive phrase, of the same kind as the limit after it (thirty-fifth round):
'冲击面由标称厚度为3 mm的塑料地板砖覆盖在厚度至少为60 mm的混凝土上构成'.

A value closed by 的 that describes the items of a limit stated right after it is that limit's key ('额定载重量1 000 kg的
电梯，轿厢最大有效面积为2.40 m²': lifts of 1 000 kg, the area of their car), read as its condition. When the value is
named by a quantity of its own with 为 ('标称厚度为3 mm的地板砖') and the limit after it is a quantity of the same
dimension that describes a noun of its own in turn ('厚度至少为60 mm的混凝土'), the phrase states one part's size beside another part's: two values of one
construction, neither the case of the other (the counterpart writes them apart, 'tile of nominal thickness 3 mm,
mounted on a concrete base of at least 60 mm thickness'). Such a value is read as a value of its own. A limit
that is not itself attributive is said of the items the value describes ('标称电压为25 kV的供电系统：最低持久电压19 kV'):
the value stays its key.

See docs/indicators.md, 'Thirty-fifth round: fixread35'.
"""

from __future__ import annotations

import re

# A quantity's name set to the value with 为 ('标称厚度为', '直径为'), right before the number.
_NAMED_WITH_WEI = re.compile(r"[\u4e00-\u9fff]{1,8}为\s*$")


# The limit after it closed by 的 in turn ('厚度至少为60 mm的混凝土'): it describes a noun of its own.
_DESCRIBES_ITS_OWN = re.compile(r"\s*的")


def names_its_own_value(before: str, same_dimension: bool, after_limit: str) -> bool:
    """True when the value after `before` (the text before its number) is set to a quantity named with 为, the limit
    it would key is of the same dimension and describes a noun of its own (`after_limit`, the text after it, opens
    with 的): the value is no key of that limit."""
    return same_dimension and _NAMED_WITH_WEI.search(before[-12:]) is not None \
        and _DESCRIBES_ITS_OWN.match(after_limit) is not None

"""A bound written before the symbol of its quantity, with nothing after the symbol (thirty-eighth round, fixrange38).

Classification lists in standards write each class's band as a chain, 'Material group II: 400 ≤ CTI < 600', and the
open end of the last class as the first half of a chain alone: 'Material group I: 600 ≤ CTI', '高，99 %≤DC。'. The
reader reads the chain as one range, but the half chain as a plain value (600, no comparator), or not at all. Read in
the usual order, 'CTI ≥ 600' is a minimum.

`bound_before_symbol` rewrites each such half chain in place, same length: 'N ≤ SYMBOL' becomes 'SYMBOL ≥ N' (the
sign turned, the spaces kept), so the reader reads the minimum (or, for 'N ≥ SYMBOL', the maximum) as it reads a
symbol's bound written the usual way. Only where the symbol ends an item (a semicolon, a full stop or the end of the
text after it): a comma after it ('135 % ≤ V, 0,05 s') makes the band a condition of the value that follows, and a
sign after it makes a chain, both left as written. The number must not follow a letter, a digit or a sign ('Q2 ≤ Q',
'0 ≤ 5 ≤ x'). A symbol that is also a unit ('PF', 'V', 's') is turned only when the number has a unit of its own:
'PF ≥ 0,95' would read as 0,95 picofarad, 'V ≥ 99 %' reads as it should.
"""

from __future__ import annotations

import re

from compare.indicators.units import reads_as_unit

_TURNED = {"≤": "≥", "≥": "≤", "<": ">", ">": "<", "＜": "＞", "＞": "＜", "⩽": "⩾", "⩾": "⩽", "≦": "≧", "≧": "≦"}
_SIGNS = "".join(_TURNED)

# The number (and a short unit, no digit: '%', 'mm'), the sign, the symbol: a letter, then letters or digits ('CTI',
# 'DC', 'MTTFD', 't1'), then the item's end.
_HALF_CHAIN = re.compile(
    rf"(?<![A-Za-z\d.,{_SIGNS}±])(?<![\d{_SIGNS}±] )"
    rf"(?P<value>[-−]?\d+(?:[.,]\d+)?(?:\s?(?:%|[a-zA-Zµμ°℃]{{1,3}}))?)(?P<s1>\s?)(?P<sign>[{_SIGNS}])(?P<s2>\s?)"
    r"(?P<symbol>[A-Za-zΑ-Ωα-ω][A-Za-z0-9Α-Ωα-ω]{0,7})"
    r"(?=\s*(?:[;；。]|\.(?:\s|$)|$))")


def bound_before_symbol(text: str) -> str:
    """'Material group I: 600 ≤ CTI;' -> 'Material group I: CTI ≥ 600;' (same length): the bound read as the usual
    'SYMBOL ≥ N'. Chains ('400 ≤ CTI < 600') and half chains followed by a comma are left as written."""
    if not any(sign in text for sign in _TURNED):
        return text

    def turned(m: re.Match) -> str:
        if reads_as_unit(m.group("symbol")) and not re.search(r"[^\d.,\s−-]", m.group("value")):
            return m.group(0)
        return m.group("symbol") + m.group("s2") + _TURNED[m.group("sign")] + m.group("s1") + m.group("value")

    return _HALF_CHAIN.sub(turned, text)

"""A duration in cycles of the mains written for 50 Hz and 60 Hz at once: '10/12 cycles', '25/30周期' (thirty-eighth
round, the lead).

Immunity standards for voltage dips and interruptions (the IEC 61000-4-11 family and the generic and product standards
that cite it) give each test level's duration for both mains frequencies in one figure, '40 % residual voltage, 10/12
cycles', '70 %，25/30周期', '250/300 cycles': the first number is the duration on a 50 Hz supply, the second the same
time on a 60 Hz one (10 cycles of 20 ms, 12 of 16,7 ms). Read as written the slash made a fraction, or no value at all.
The open sets' keys write the 50 Hz duration (five cases in dev8, dev22, dev31 and dev37 hold it alone; one, which
spells the pair out in words after it, holds both): `fifty_hertz_cycles` hides the '/M' of such a pair, same length,
so the reader reads 'N cycles'. Only a pair of whole numbers in the ratio 5 to 6 (the two frequencies') and followed
by 'cycle(s)' or 周期: other slashes before a unit ('5/50 ns', '1,2/50 μs') are waveforms, left as written.
"""

from __future__ import annotations

import re

_PAIR = re.compile(r"(?<![\d.,/])(?P<n>\d{1,4})(?P<second>\s?/\s?(?P<m>\d{1,4}))(?=\s?(?:cycles?\b|个?周期))")


def fifty_hertz_cycles(text: str) -> str:
    """'40 %, 10/12 cycles' -> '40 %, 10    cycles' (same length): the 50 Hz duration of a pair written for both mains
    frequencies, the 60 Hz one hidden. Any other slash is left as written."""
    if "/" not in text or ("ycle" not in text and "周期" not in text):
        return text

    def hidden(m: re.Match) -> str:
        n, m_ = int(m.group("n")), int(m.group("m"))
        if n == 0 or n * 6 != m_ * 5:
            return m.group(0)
        return m.group("n") + " " * len(m.group("second"))

    return _PAIR.sub(hidden, text)

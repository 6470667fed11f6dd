"""A duration in cycles of the mains written for 50 Hz and 60 Hz at once, the frequencies not named: '10/12 cycles',
'25/30周期' (thirty-eighth round, the lead).

Immunity standards for voltage dips and interruptions (the IEC 61000-4-11 family and the generic and product standards
that cite it) give each test level's duration for both mains frequencies in one figure, '40 % residual voltage, 10/12
cycles', '70 %，25/30周期', '250/300 cycles': the first number is the duration on a 50 Hz supply, the second the same
time on a 60 Hz one (10 cycles of 20 ms, 12 of 16,7 ms). Where the clause names the two frequencies ('(50 Hz/60 Hz)')
the reader gives each count its frequency (`extract._values_per_frequency`); where it does not, the Chinese side read
no value at all and the English one two counts with nothing to tell them apart. The open sets' keys write the 50 Hz
duration: `fifty_hertz_cycles` hides the '/M' of such a pair, same length, so the reader reads 'N cycles'.

Only a pair of whole numbers in the ratio of the two frequencies (5 to 6) and not in lowest terms, followed by
'cycle(s)' or 周期: '5/6 cycle' may be five sixths of one, '10/12' is never written for a fraction. Other slashes
before a unit ('5/50 ns', '1,2/50 μs') are waveforms, left as written.
"""

from __future__ import annotations

import re
from math import gcd

# (a pair in quotation marks is the figure being explained, '"25/30 cycles" means …': no value of its own)
_PAIR = re.compile(r"(?<![\d.,/“\"「‘'])(?P<n>\d{1,4})(?P<second>\s?/\s?(?P<m>\d{1,4}))(?=\s?(?:cycles?\b|个?周期))")
# (the two frequencies named: each count is read for its own, `extract._values_per_frequency`)
_FREQUENCIES_NAMED = re.compile(r"50\s*(?:Hz)?\s*/\s*60\s*Hz")


def fifty_hertz_cycles(text: str) -> str:
    """'40 %, 10/12 cycles' -> '40 %, 10    cycles' (same length): the 50 Hz duration of a pair written for both mains
    frequencies, the 60 Hz one hidden. Any other slash, and every pair of a clause that names the two frequencies, is
    left as written."""
    if "/" not in text or ("ycle" not in text and "周期" not in text) or _FREQUENCIES_NAMED.search(text):
        return text

    def hidden(m: re.Match) -> str:
        n, m_ = int(m.group("n")), int(m.group("m"))
        if n == 0 or n * 6 != m_ * 5 or gcd(n, m_) == 1:
            return m.group(0)
        return m.group("n") + " " * len(m.group("second"))

    return _PAIR.sub(hidden, text)

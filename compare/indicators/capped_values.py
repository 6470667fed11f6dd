"""A value the clause caps with 'limited to' (enwords29): 'Travel speed shall be limited to 6 km/h', 'the output is
limited to 25 W' state a maximum, as 'a maximum of' does. Read only where the number follows the words directly:
where another bound word follows them ('shall be limited to a maximum of 100 years', 'limited to ± 0,5 mm') that word
decides, as before.

Counted over the open sets' keys (dev … dev27, international side): 'limited to' stands before a value in 3 sets
(dev2, dev5, dev6); the value right after it is keyed `max` where a bound is keyed (dev2), a tolerance where '±'
follows (dev6: left to the tolerance reader), nothing in a class definition (dev5). See docs/indicators.md,
'Twenty-ninth round: English comparator words'.
"""

from __future__ import annotations

import re

# 'limited to' right before the number (a sign may stand between: 'limited to −5 °C' is still the cap).
_CAPPED_BEFORE = re.compile(r"(?<![A-Za-z])limited\s+to\s*[-−+]?\s*$", re.I)


def capped_before(left: str) -> bool:
    """True when the words right before a value cap it ('… shall be limited to' + the number): a maximum."""
    return "limited" in left[-20:].lower() and bool(_CAPPED_BEFORE.search(left[-24:]))

"""Minutes of arc where no angle is named (fortieth round, fixunit40): 'Class 0,5S: at 1 % of rated current, ± 1,5 %
and ± 90 minutes; at 5 %, ± 0,75 % and ± 45 minutes'.

An instrument transformer's accuracy class states two limits of error at each current: the ratio error in percent and
the phase displacement in minutes of arc. Where the clause names the phase displacement, `extract.minutes_of_arc`
reads those minutes as ′; a table's row may give the pair alone, a percentage with '±' and then minutes with '±' and
no nominal before them ('± 1,5 % and ± 90 minutes'). A time is never written so: a duration's tolerance follows its
nominal ('60 min ± 2 min'), and no percentage deviation stands beside it. The keys of the open sets write each such
'± N minutes' (dev24 AK009, AK032, AK092, AK094) as ′, none as a time.
"""

from __future__ import annotations

import re

_NUM = r"\d[\d.,]*(?:\s\d{3})*"
# A deviation in percent, then a deviation in minutes with no nominal of its own: '± 1,5 % and ± 90 minutes'.
_PERCENT_THEN_MINUTES = re.compile(rf"±\s*{_NUM}\s*%\s*(?:,|;|and|、|，)?\s*(?:and\s+)?±\s*{_NUM}\s*"
                                   r"(?:minutes?|mins?)(?![A-Za-z⁻\-])")


def errors_with_minutes(text: str) -> bool:
    """True when `text` pairs a '±' percentage with a '±' deviation in minutes ('± 0,75 % and ± 45 minutes'): the
    ratio error and the phase displacement of an accuracy class, the minutes of arc."""
    return "±" in text and "%" in text and "min" in text and bool(_PERCENT_THEN_MINUTES.search(text))

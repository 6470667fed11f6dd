"""'min.' after a value whose kind the words before it state already: minutes, not a minimum (twenty-ninth round,
`shared29`).

The reader takes 'min.' right after a value for a minimum ('pH 6.5 min.', 'd1 4,3 min., 4,48 max.'), unless the words
before it speak of time ('for 5 min.', 'duration of 10 min.') or write a bound right before it ('≥ 60 min.', 'not less
than 1,5 min.'). Three wordings slipped through, each in the international text of a clause whose other side writes
the same number of minutes, and the pair of an earlier value of minutes stood for both expected indicators (the
'shared' stage of `bench/indicator_failures.py`):

- an equals sign: "t' = 3 min." (dev23 AJ010): an equation states a value, never a minimum of a bare number;
- a bound word followed by 'of', with up to two words between ('with a minimum of 3 min.', dev7 T043; 'with a minimum
  duration of 5 min.'): the bound is written, so 'min.' is the unit;
- an added amount: 'a further 5 min.', 'another 10 min.', 'an additional 2 min.' (dev21 AH030): more of a quantity
  already stated, here time.

Over dev … dev27 every '<number> min.' after one of these words is keyed in minutes (also dev14 AA038 and dev19 AF070
'for a further … min.', dev10 W064 'for a minimum of 60 min.', dev19 AF086, read right already through their time
words); none is keyed as a minimum of a bare number.
"""
from __future__ import annotations

import re

# The words right before the value (the end of `left`): '=' ('t′ = 3 min.'), 'a minimum of', 'a maximum duration
# of', 'at most', 'a further', 'another', 'an additional'.
_KIND_STATED = re.compile(
    r"(?:(?<![<>≤≥!])=|(?<![A-Za-z])(?:minimum|maximum|min\.|max\.)(?:\s+[A-Za-z-]+){0,2}\s+of"
    r"|(?<![A-Za-z])(?:a\s+further|another|an\s+additional|an\s+extra|a\s+further\s+period\s+of))\s*$", re.I)


def minutes_after_stated_kind(left: str) -> bool:
    """True when the words right before a value followed by 'min.' state its kind already (an equals sign, a bound
    word and 'of', or an added amount): the 'min.' is then minutes, no minimum. `left` is the text before the value."""
    return bool(_KIND_STATED.search(left[-60:]))

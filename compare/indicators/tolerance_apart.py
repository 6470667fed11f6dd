"""A tolerance stated apart from its value in words that `constructions.stated_tolerance` does not take (probe29).

The open sets key a '± T' written right after a value and named as its tolerance as one tolerance of that value
('23 ℃，允差±2 ℃', '125,0 µm, tolerance ±1 µm', '1 120 W/m² with a tolerance of ± 10 %'); `stated_tolerance`
reads those. Two more ways of writing the same thing are read here:

- a word of the dimension the value measures between the value and the tolerance ('55 mm long with a tolerance of
  ±0,6 mm', '3 mm thick, tolerance ±0,1 mm', '20 mm in diameter with a tolerance of ± 0,2 mm');
- the tolerance named in a clause of its own, with an article ('10 mm/min; the permissible tolerance is ±1 mm/min',
  '50 Hz, the tolerance being ± 1 Hz').

Only the words between the value and the '±' are judged here; the caller keeps its own checks (the units fit, the
value does not end a list, the value is no point a tolerance holds at).
"""
from __future__ import annotations

import re

# The dimension a length is given as, written after it ('55 mm long', '3 mm thick', '20 mm in diameter').
_DIMENSION = r"(?:long|wide|thick|high|deep|tall|in\s+(?:length|width|diameter|thickness|height|depth))"
# The tolerance's name: 'tolerance', 'permissible tolerance', 'permitted deviation'.
_NAME = r"(?:(?:permissible|permitted|allowable|allowed)\s+)?(?:tolerance|deviation)"
# What closes the name before the '±': 'of', 'is', 'shall be', 'being', a colon, or nothing.
_CLOSE = r"\s*(?:of|is|shall\s+be|being)?\s*:?\s*"

_AFTER_DIMENSION = re.compile(rf"\s+{_DIMENSION}\s*,?\s*(?:(?:with|and)\s+)?(?:an?\s+|the\s+|its\s+)?{_NAME}{_CLOSE}",
                              re.I)
_WITH_ARTICLE = re.compile(rf"\s*[,;]\s*(?:the|its)\s+{_NAME}{_CLOSE}", re.I)


def tolerance_stated_apart(between: str) -> bool:
    """True when the words between a value and a following '± T' name T that value's tolerance after a word of the
    dimension the value measures (' long with a tolerance of ') or in a clause of their own with an article
    ('; the permissible tolerance is ')."""
    return bool(_AFTER_DIMENSION.fullmatch(between) or _WITH_ARTICLE.fullmatch(between))

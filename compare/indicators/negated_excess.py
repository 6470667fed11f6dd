"""An excess that a negated verb forbids, the verb standing words before it (enwords29): 'shall not transfer their
constituents to food simulants in quantities exceeding 10 mg/dm²', 'shall not have a kinetic energy greater than
0,08 J', 'shall not contain, by mass, in total more than 15 %', 'shall not move upwards by more than 12,7 mm': what
is not allowed above the value makes the value a maximum; so does a subject 'no …' ('ensure that no worker is exposed
to … in excess of 0,1 fibres per cm³'). The reader turned a bound word only when 'not' stood at most two words before
it (phrases.kind_of); here the verb's object or adverbs may stand between (up to ten words), and 'exceeding' / 'in
excess of', no bound words of their own, are read so too.

Not turned: 'whether or not' (no negation), another bound word, a number, or a joint between the 'not' and the excess
('shall not be less than 5 mm and more than …', 'not only … but', 'where', 'if', 'or'), a sentence or clause break
(. ; : ? !).

Counted over the open sets' keys (dev … dev27, international side): values after such a negation in 13 sets, all
keyed `max` (17 of them read `equal` or `min` before); see docs/indicators.md, 'Twenty-ninth round: English comparator
words'.
"""

from __future__ import annotations

import re

from compare.core.vocabulary import Comparator

# The excess right before the value.
_EXCESS_END = re.compile(r"(?<![A-Za-z])(?:(?:more|greater|higher)\s+than|exceeding|in\s+excess\s+of|above)\s*$", re.I)
# The negation, then up to ten words (commas allowed) and the excess.
# ('whether or not incorporated into appliances, that contain more than …' denies nothing: 'or not' is no negation.)
# 'No sample unit shall contain …', 'ensure that no worker is exposed to … in excess of': a subject 'no …' at the
# clause's start (after . ; : or a dash, which the reader folds to ' - ', or after 'that') denies as 'not' does;
# 'if no value is given, …' does not.
_NEGATED = re.compile(r"(?:(?<![A-Za-z])(?<!\bor )(?:not|never)|(?:^|(?<=[.;:—–])|(?<=\s-)|(?<=\bthat))\s*(?<![A-Za-z])no)"
                      r"(?![A-Za-z'])((?:,?\s+[A-Za-z][A-Za-z'-]*){0,10}?),?\s+"
                      r"(?:(?:more|greater|higher)\s+than|exceeding|in\s+excess\s+of|above)\s*$", re.I)
# Words that end the negation's reach: joints, conditions, other bounds.
_BREAKS = re.compile(r"(?<![A-Za-z])(?:and|or|nor|but|while|whereas|except|unless|if|when|where|than|exceed\w*|less|"
                     r"least|most|max\w*|min\w*|below|under|within|up|lower|fewer|smaller)(?![A-Za-z])", re.I)


def negated_excess(left: str) -> bool:
    """True when the words before a value ('… shall not <verb> <object> more than') forbid the excess over it."""
    tail = left[-160:]
    if not _EXCESS_END.search(tail[-24:]):
        return False
    m = _NEGATED.search(tail)
    return m is not None and not _BREAKS.search(m.group(1))


def forbidden_excess_kind(kind: Comparator, left: str, worded_after: bool) -> Comparator:
    """The comparator of a value whose words before it are `left`: a maximum where a negated verb forbids the excess
    over it (`negated_excess`), else `kind` as read. A bound word written after the value (`worded_after`: '10 or
    more') keeps its own kind."""
    if worded_after or kind not in (Comparator.EQUAL, Comparator.MIN) or not negated_excess(left):
        return kind
    return Comparator.MAX

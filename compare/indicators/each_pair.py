"""Names that share one value 'each', read past what is no name (thirtieth round, `fixmulti30c`).

Two forms of 'X and Y shall each not exceed V' the reader took wrong:

- `without_opening_phrase`: a sentence opening with a phrase of condition ('For toys, lead and arsenic shall not
  exceed 10 mg/kg each'): the list of names that share the value was read from the start of the sentence, so the
  opening phrase ('For toys') was taken as a third name and given the value too. A name does not begin with a
  preposition: such a leading item is the sentence's condition, not a name of the list.
- `two_definite_names`: two names each with its article, joined by 'and', before words saying each holds the value
  ('the total lead content and the total cadmium content shall each not exceed 5 mg/kg'). A list of two names only
  read as shared when the termbase knew both as different quantities; two articles mark two noun phrases, the names
  of two things, however many words each has ('the d.c. leakage current and the d.c. auxiliary current').
"""
from __future__ import annotations

import re

# The prepositions that open a phrase of condition at the head of a sentence ('For toys,', 'In normal condition,').
_OPENING = re.compile(r"(?:for|in|at|under|with|when|during|on|after|before|within|below|above)(?![A-Za-z])", re.I)


def without_opening_phrase(names: list[str]) -> list[str]:
    """The names of a list without the leading items that open with a preposition ('For toys', 'In use'): those are
    the sentence's condition, not names of what shares the value. The list as given when none does."""
    k = 0
    while k < len(names) and _OPENING.match(names[k].strip()):
        k += 1
    return names[k:]


# A word of a name: letters, maybe with inner dots or hyphens ('d.c.', 'a.c.', 'cross-section'), or a digit run.
_WORD = r"(?:[A-Za-z][A-Za-z\-]*(?:\.[A-Za-z]+)*\.?|\d+)"
_STOP = r"(?:and|or|the|shall|must|should|is|are|be|not|each|both|of|for|to)"
_NAME = rf"(?:(?!{_STOP}(?![A-Za-z])){_WORD})(?:\s+(?!{_STOP}(?![A-Za-z])){_WORD}){{0,5}}"
# 'the X and the Y' right before the verb (or the colon) that leads to the value; not 'of the X and the Y' (the
# second name of one: 'the length of the sample and the width').
_TWO_DEFINITE = re.compile(rf"(?:^|(?<=[\s,;:(]))(?<!of\s)the\s+(?P<a>{_NAME})\s+and\s+the\s+(?P<b>{_NAME})"
                           rf"(?P<tail>\s*(?:,\s*)?(?:(?:shall|must|should)\s+(?:each\s+)?(?:be\s+)?|(?:are|is)\s+"
                           rf"(?:each\s+)?|each\s+)?(?:not\s+(?:exceed|be\s+(?:more|less|greater)\s+than)|"
                           rf"(?:not\s+)?(?:more|less|greater)\s+than|at\s+(?:most|least)|exceed|"
                           rf"(?:maximum|minimum)(?:\s+of)?|:)?\s*)$", re.I)
_EACH_IN_TAIL = re.compile(r"(?<![A-Za-z])each(?![A-Za-z])", re.I)


def two_definite_names(left: str, each_after: bool) -> list[str]:
    """The two names of 'the X and the Y shall each not exceed' (`left`, the words up to the value) when a word
    says each holds the value: 'each' before it, or after it (`each_after`, 'shall not exceed 10 mg/kg each').
    [] otherwise."""
    m = _TWO_DEFINITE.search(left)
    if not m or not (each_after or _EACH_IN_TAIL.search(m.group("tail"))):
        return []
    return [m.group("a"), m.group("b")]

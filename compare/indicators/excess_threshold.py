"""An excess that nothing denies (thirty-first round, the formsen29 probe's 'in excess of / exceeding'): 'HIGH
VOLTAGE: any voltage in excess of 1 000 V a.c.', 'corrosion rate … exceeding 6,25 mm per year', 'trailers with a
maximum mass exceeding 10 tonnes', 'where the operating speed is in excess of 90 km/h'. 'exceeding' and 'in excess
of' are no bound words of the reader's (phrases): a value after them read as stated ('equal'), or as the maximum of
a 'maximum mass' named before. With no negation before it in its clause, the excess names the threshold above
which the clause holds: a minimum. A negation before it ('shall not transfer … in quantities exceeding 10 mg/dm²',
'without permanent deformation exceeding 1 mm') is `negated_excess`'s or no threshold: left as read.

Where the words after the value reject what exceeds it ('Permanent deformation exceeding 5 mm after the test shall
constitute a failure', 'Illumination exceeding 0,3 lx at point B50L is not permitted'), the value is the largest
allowed: a maximum.

Counted over the open sets' keys (dev … dev30, international side), an unnegated 'exceeding' / 'in excess of'
before a keyed value: a minimum in 8 places (dev11 X024, dev18 AE035, dev24 AK084, dev27 AN065 twice, dev27 AN070,
dev29 AP075, dev29 AP088, dev30 AQ011), a maximum in none; the others name a scope or a band no key holds. See
docs/indicators.md, 'Thirty-first round: English forms of the formsen29 probe'.
"""

from __future__ import annotations

import re

from compare.core.vocabulary import Comparator

# The excess right before the value ('exceeding', 'in excess of', 'equal to or in excess of').
_EXCESS_END = re.compile(r"(?<![A-Za-z])(?:exceeding|in\s+excess\s+of)\s*$", re.I)
# A denial in the clause before the excess: 'not', 'no', 'nor', 'never', 'without', 'cannot', "n't".
_DENIAL = re.compile(r"(?<![A-Za-z])(?:not|no|nor|never|without|cannot|none)(?![A-Za-z])|n't", re.I)
# Where the clause of the value starts: a sentence or clause break, a colon, a semicolon.
_CLAUSE_START = re.compile(r".*[.;:!?。；：]\s", re.S)
# A 'maximum …' naming the quantity whose excess is stated ('a maximum mass exceeding 10 tonnes', 'a maximum design
# speed exceeding 50 km/h'): the quantity's name, no bound of the value.
_MAXIMUM_NAMED = re.compile(r"(?<![A-Za-z])max(?:imum|\.)?\s+[A-Za-z][A-Za-z -]{0,40}?\s+(?:exceeding|in\s+excess\s+of)"
                            r"\s*$", re.I)
# Words after the value that reject what exceeds it, in the value's sentence.
_REJECTED_AFTER = re.compile(
    r"^[^.;:!?。；]{0,100}?(?<![A-Za-z])(?:"
    r"(?:shall|will|does|do|is|are)\s+(?:constitute\s+|be\s+(?:regarded|considered|deemed)\s+(?:as\s+)?|be\s+)?an?\s+"
    r"(?:failure|fault|defect|nonconformity|non-conformity)"
    r"|(?:is|are|shall\s+be|must\s+be)\s+not\s+(?:permitted|allowed|acceptable|accepted)"
    r"|(?:shall|must|may)\s+not\s+be\s+(?:permitted|allowed|accepted)"
    r"|(?:is|are|shall\s+be)\s+(?:prohibited|forbidden|unacceptable|rejected)"
    r"|(?:causes?|results?\s+in)\s+rejection)(?![A-Za-z])", re.I)

# A value of its own right after the threshold, in 'at …' ('exceeding 6,25 mm per year at a test temperature of 55
# °C'): a bound there would make it the bound's condition (the reader's rule for 'not less than 5 MΩ at 500 V'), and
# the keys hold that test temperature as a value of its own (dev18 AE035, dev24 AK084; over the open sets, a value in
# 'at …' after a bound is keyed in 4 places of 8): the threshold is left as read.
_CONDITION_AFTER = re.compile(r"^[^.;:!?\d]{0,30}?(?<![A-Za-z])at\s+(?:(?:an?|the)\s+[A-Za-z ]{0,30}?\s+of\s+)?[−-]?\d")


def _clause_before(left: str) -> str:
    """The words of the value's clause before it: from the last sentence or clause break in `left`."""
    m = _CLAUSE_START.match(left)
    return left[m.end():] if m else left


def excess_threshold_kind(kind: Comparator, left: str, right: str, worded_after: bool) -> Comparator:
    """The comparator of a value after an unnegated 'exceeding' / 'in excess of' (`left`, the words before it;
    `right`, the words after it): a maximum where the words after it reject the excess (`_REJECTED_AFTER`), else a
    minimum, the threshold above which the clause holds. `kind` as read otherwise: a bound word written after the
    value (`worded_after`: '60 V or more'), a denial before the excess in its clause, a bound word of the reader's
    other than a 'maximum …' naming the quantity."""
    if worded_after or not _EXCESS_END.search(left[-24:]):
        return kind
    clause = _clause_before(left[-200:])
    if _DENIAL.search(clause):
        return Comparator.MAX if kind == Comparator.EQUAL else kind
    if kind == Comparator.MAX and not _MAXIMUM_NAMED.search(clause):
        return kind
    if kind not in (Comparator.EQUAL, Comparator.MIN, Comparator.MAX):
        return kind
    if _REJECTED_AFTER.match(right):
        return Comparator.MAX
    if _CONDITION_AFTER.match(right):
        return kind  # ('exceeding 6,25 mm per year at a test temperature of 55 °C': see _CONDITION_AFTER)
    return Comparator.MIN


# A bound word that only closes the value before it: 'or less', 'or more', 'or fewer', 'or greater', then a
# preposition that opens the next quantity ('discharged to 60 V or less within 5 s', '… or more for 2 h'): never the
# bound of the value after it, as 'min.' or 'max.' may be ('at 40 °C min. 2,0'). Not 'or below' ('held above 60 °C
# or below 5 °C'), nor one with only punctuation before the next value ('80 mg or less, 10 per cent': a list's
# band and its value, which the reader reads as it did).
_CLOSING_ONLY = re.compile(r"or\s+(?:less|fewer|more|greater)", re.I)
_NEXT_QUANTITY = re.compile(r"\s*(?:within|in|for|after|during|at|over|before)\s", re.I)


def closes_its_value(word: str, after: str) -> bool:
    """True when a bound word written after a value (`phrases.AFTER`), `after` the text after it, can only be that
    value's: 'or less' with 'within', 'for', 'at' … opening the next quantity ('60 V or less within 5 s')."""
    return bool(_CLOSING_ONLY.fullmatch(word.strip())) and bool(_NEXT_QUANTITY.match(after))

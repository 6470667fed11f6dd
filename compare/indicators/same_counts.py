"""Counts of things and unitless values in running clauses, read alike on both sides (twenty-eighth round).

- `counted_after`: the counter or plural noun that follows a number and names the things it counts ('60 jolts',
  'three horizontal compartments', '3个', '60次'), or ''.
- `same_count`: a count one clause states (a whole number of two or more, no unit or a counter: '振实60次', 'three
  horizontal compartments') and a number the other clause left unread, of the same value, right before a counter
  or the plural noun of the things it counts ('compact … with 60 jolts', '试模由3个水平的模槽组成'): the same count,
  one dimensionless quantity ('次', '个' and a count with no unit all normalise to a plain number, `units._COUNT`).
  The pair-guided reader (`guided.candidate_score`) takes such a number for the count's partner; it also offers
  the counts its digit scan passes over (`guided.unread_counts`: in words, or inside a reading's words).
- `taken_as_values`: '取' straight before a number with no unit that ends its clause ('幂律指数α取0.2。', '如果去除因子未经
  测定，取0.1。') states the value the quantity takes, as '取为' and '为' do: written '为' so the reader reads it.
"""

from __future__ import annotations

import re

from compare.core.vocabulary import Comparator
from compare.indicators.units import normalise, reads_as_unit

# The Chinese counters of things ('3个', '60次', '三条', '24种'), after a number.
# Not a power nor a harmonic ('10的20次方根', '3次谐波'), nor a value the counter names ('1个方便值').
_COUNTER_ZH = re.compile(r"\s?([个次根条层件组块片只份种粒支张])(?!方|谐波)")
# Up to two words describing the things, then their plural noun ('60 jolts', 'three horizontal compartments', '24
# sizes)'); a word that starts a phrase of its own ends the count's noun ('3 to 5 mm', '2 of the specimens').
# (a describing word may be a name or symbol in capitals: '12 Pst values', '4 QR symbols'; the noun itself may be an
# abbreviation in capitals with a plural s, 'three DUTs', '2 PCBs': devices under test, printed circuit boards)
_PLURAL_EN = re.compile(r"\s+(?:(?!(?:of|or|and|to|per|at|in|on|the|each|for|with|from|by|than)\s)[A-Za-z][A-Za-z\-]*\s+){0,2}?"
                        r"([a-z]{2,}s|[A-Z]{2,5}s)(?![A-Za-z])")
# Plural nouns that never name things counted by a bare number: a comparison, a multiple, a verb in -s.
_NOT_THINGS = frozenset({"times", "less", "is", "has", "was", "corresponds", "means", "applies", "gives", "requires"})


def counted_after(after: str) -> str:
    """The counter or plural noun of the things a number counts, read from the words right after it: '个', '次'
    ('3个水平的模槽', '60次'), 'jolts' (' jolts.'), 'compartments' (' horizontal compartments so …'); '' when a
    unit of a quantity follows ('60 seconds', '3 mm'), or no plural noun ('3 to 5', '2 of')."""
    m = _COUNTER_ZH.match(after)
    if m:
        return m.group(1)
    m = _PLURAL_EN.match(after)
    if not m:
        return ""
    noun = m.group(1)
    if noun in _NOT_THINGS or reads_as_unit(noun) and normalise(1.0, noun).dimension != "number":
        return ""
    return noun


def is_count(value: float | None) -> bool:
    """A whole number of two or more: one thing names a thing, no count to compare."""
    return value is not None and value >= 2 and value == int(value)


def same_count(partner, number) -> bool:
    """True when `partner` (an Indicator of one clause) is a count and `number` (a `guided.Unread` of the other
    clause) states it: the partner a whole number of two or more, of no unit or a counter (its normalised dimension
    a plain number, not a multiple '倍'), and the number of the same value, written with no unit of its own or a
    counter, right before the counter or the plural noun of the things it counts."""
    if partner.comparator not in (Comparator.EQUAL, Comparator.MIN, Comparator.MAX) or not is_count(partner.value):
        return False
    if partner.normalized.dimension != "number" or partner.normalized.unit:
        return False
    if number.value != partner.value or number.unit and normalise(1.0, number.unit).dimension != "number":
        return False
    return bool(counted_after(number.after))


# '取' then a number with no unit ending its clause; not the '取' of a verb of taking ('吸取', '提取', '抽取', '称取' …).
_TAKEN_AS = re.compile(r"(?<![吸提抽截读选采获摄索量称移汲萃])取(?=\s?\d+(?:\.\d+)?\s?(?:[，,。；;]|$))")


def taken_as_values(folded: str) -> str:
    """`folded` with each '取' that states the value a quantity takes written '为' ('幂律指数α取0.2。' -> '幂律指数α为
    0.2。'): a number with no unit right after it ends the clause. Same length."""
    if "取" not in folded:
        return folded
    return _TAKEN_AS.sub("为", folded)


__all__ = ["counted_after", "is_count", "same_count", "taken_as_values"]

"""Values in lists of limits whose bound no word states (thirtieth round, the multi30 probe's list forms).

`ceilings_by_nature`: a value written with no bound word ('Lead (as Pb), mg/kg: 0,1', 'CO（mg/km）700', '三溴甲烷为
0.1 mg/L') of a substance limited as a contaminant, residue or pollutant (the termbase field the verdicts call a
ceiling, `natures.CEILING_FIELDS`, or a concept of `natures.CEILINGS_BY_NATURE`) and stated as a content, a concentration or an emission (a mass per volume, per
length or per time, a fraction) is a maximum. Before, it was read 'equal' and only the comparison made it a
ceiling, facing the other clause; the open sets' keys (dev .. dev29) hold such values 'max' 683 times, 'equal' 9 and
'min' 10 (the last a jewellery fineness, one case).

`lighting_bounds`: a lighting row's values written with no bound word ('Ēm (lx) 500; UGRL 19; Ra 80', 'corridors:
100 lx') are its requirements: an illuminance (lx) and a colour rendering index or a uniformity named by its symbol
(Ra, U0) are minima, a glare rating (UGR) a maximum, as the verdicts judge them (`natures.FLOOR_UNITS`,
`natures.CEILINGS_BY_NATURE`). The open sets' keys hold such values so 316 times, otherwise 8.

`composition_maxima`: in a chemical composition ('化学成分（质量分数）/%：C 0.030，Cr 16.00～18.00', 'chemical
composition, % (mass fraction): C 0,08; …') an element's single value that no word bounds is its maximum, the
ranges beside it the elements' bands, as steel and alloy standards write their tables ('除标明范围或最小值外，其余均为
最大值'; dev5's key).

`footnote_marks`: the footnote marks a table row writes after its values ('PM mass (mg/km): 4,5 (2); PN: 6,0 × 10^11
(2)(3).', '铅：果汁类0.05a mg/kg'): a digit in brackets after a space, or a letter written onto the number before its
unit, are no values and no part of one (the open sets write neither form; the multi30 probe's convention).

`distillation_points`: the percentage that names a point of a distillation ('10 volume % evaporated, max 70', '95 %
(V/V) recovered at: max. 360 °C', '10 %回收温度 不高于205') is part of the name of the temperature after it, not a
value (the open sets key the temperature alone: dev D115, dev4 G093).

`bound_over_named_series`: a series of values each before the name it is for, the first bounded ('The limit values
are 0,3 mg/L for chloroform, 0,2 mg/L for dibromochloromethane and 0,1 mg/L for bromoform', 'The minimum thicknesses
are 3 mm for walls and 2 mm for floors'): the values after the first that no word bounds take its bound.

('guideline values', plural, is a bound word as 'guideline value' and 'limit values' are: compare/indicators/phrases.py.)
"""

from __future__ import annotations

import re
from dataclasses import replace

from compare.core.vocabulary import Comparator
from compare.indicators.natures import CEILING_FIELDS, CEILINGS_BY_NATURE, FLOOR_UNITS, RENDERING_SYMBOL, UNIFORMITY_SYMBOL
from compare.terms.termbase import load_termbase

# A content, a concentration or an emission: mass per volume (mg/L, µg/m³), per length (mg/km), per time (g/h), or
# a fraction (mg/kg, %, ppm). Not a unitless count ('n = 5'), not a length, an area, a time or a temperature, where a
# substance's name stands for a conductor, a sample or a reagent ('copper 16 mm²', 'chloride solution 1 ml').
CONTENT_DIMENSIONS = frozenset({"[mass] / [length] ** 3", "[mass] / [length]", "[mass] / [time]", "dimensionless"})
# (and a number of particles emitted per distance, beside the mass per distance: 'PM mass (mg/km): 4,5; PN (number/km):
# 6,0 × 10^11', `fixmulti30c`)
CONTENT_DIMENSIONS |= {"1 / [length]"}


def ceilings_by_nature(indicators: tuple) -> tuple:
    """The indicators, each value with no bound word (`Indicator.explicit` False) whose concept is limited as a
    ceiling by nature and whose dimension is a content's (`CONTENT_DIMENSIONS`) read as a maximum; the others as
    read. A value set in a procedure (`Indicator.setting`) or recovered for a partner is left as read."""
    out = []
    for ind in indicators:
        if ind.comparator == Comparator.EQUAL and not ind.explicit and ind.value is not None and not ind.setting \
                and not ind.recovered and ind.normalized.dimension in CONTENT_DIMENSIONS and _ceiling_concept(ind.concept):
            ind = replace(ind, comparator=Comparator.MAX)
        out.append(ind)
    return tuple(out)


def _ceiling_concept(concept: str | None) -> bool:
    """True when the termbase limits `concept` as a ceiling: a contaminant, residue or pollutant, or a concept of
    `CEILINGS_BY_NATURE` (as the verdicts judge a value with no bound word on both sides)."""
    if not concept:
        return False
    termbase = load_termbase()
    return termbase.fields.get(concept) in CEILING_FIELDS or any(c in CEILINGS_BY_NATURE
                                                                 for c in termbase.lineage(concept))


# A series of values before their names: the span of one value (its words and the name after it) ends in 'for' and
# the name ('… 0,3 mg/L for chloroform'), the next is parted from it by a comma or 'and' only, and opens with its
# value ('and 0,1 mg/L for bromoform'); no digit, no bound and no sentence break in a name.
_ENDS_FOR_NAME = re.compile(r"\d[^\d;:。；：]*?\s+for\s+[^,;:.。；：\d()（）]{1,60}$", re.I)
_BRIDGE = re.compile(r"[\s,]*(?:(?:and|or)\s+)?", re.I)
_OPENS_VALUE_FOR = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?[-+−]?\d[^;:。；：]*?\s+for\s", re.I)


def bound_over_named_series(indicators: tuple, text: str) -> tuple:
    """The indicators, a value of a series of values before their names (`_ENDS_FOR_NAME`, `_OPENS_VALUE_FOR`) that
    no word bounds taking the bound (max or min) of the value before it, when the two are of one dimension; the
    others as read. Read left to right, so a bound runs down the whole series."""
    from compare.indicators.phrases import bound_words

    order = sorted(range(len(indicators)), key=lambda k: indicators[k].span)
    out = list(indicators)
    for before, after in zip(order, order[1:]):
        a, b = out[before], out[after]
        if a.comparator not in (Comparator.MAX, Comparator.MIN) or b.comparator != Comparator.EQUAL or b.explicit \
                or b.value is None or a.normalized.dimension != b.normalized.dimension:
            continue
        own = text[b.span[0]:b.span[1]]
        if not _ENDS_FOR_NAME.search(text, a.span[0], a.span[1]) or not _BRIDGE.fullmatch(text, a.span[1], b.span[0]) \
                or not _OPENS_VALUE_FOR.match(own) or any(kind != Comparator.EQUAL for _, kind in bound_words(own)):
            continue
        out[after] = replace(b, comparator=a.comparator)
    return tuple(out)


def lighting_bounds(indicators: tuple) -> tuple:
    """The indicators, each value with no bound word in lux or named Ra or U0 read as a minimum, and each such value of
    a unified glare rating as a maximum (see the module's docstring); the others as read."""
    out = []
    for ind in indicators:
        if ind.comparator == Comparator.EQUAL and not ind.explicit and ind.value is not None and not ind.setting \
                and not ind.recovered:
            if FLOOR_UNITS.match(ind.unit or "") or not ind.unit and (
                    RENDERING_SYMBOL.search(ind.parameter) or UNIFORMITY_SYMBOL.search(ind.parameter)):
                ind = replace(ind, comparator=Comparator.MIN)
            elif ind.concept and not ind.unit and "unified_glare_rating" in load_termbase().lineage(ind.concept):
                ind = replace(ind, comparator=Comparator.MAX)
        out.append(ind)
    return tuple(out)


# A clause that states a chemical composition (of a steel, an alloy, a material).
_COMPOSITION = re.compile(r"化学成分|(?<![A-Za-z])chemical\s+composition(?![A-Za-z])", re.I)


def composition_maxima(indicators: tuple, text: str) -> tuple:
    """The indicators, each single fraction (%, mass fraction) with no bound word in a clause stating a chemical
    composition (`_COMPOSITION`) read as a maximum; the others as read."""
    if not _COMPOSITION.search(text):
        return indicators
    return tuple(replace(ind, comparator=Comparator.MAX)
                 if ind.comparator == Comparator.EQUAL and not ind.explicit and ind.value is not None
                 and not ind.setting and ind.unit and ind.normalized.dimension == "dimensionless" else ind
                 for ind in indicators)


# A footnote mark after a value: one space, then one digit in brackets (one to three marks), then the end of the
# item ('4,5 (2);', '6,0 × 10^11 (2)(3).'); or one small letter written onto the number, before its unit ('0.05a mg/kg',
# '0,1b µg/kg'). ('5(8)' with no space is a value and its other value: not a mark.)
_BRACKETED_MARKS = re.compile(r"(?<=\d) ((?:\([1-9]\)){1,3})(?=\s*(?:[;；,，。]|\.(?:\s|$)|$))")
_LETTER_MARK = re.compile(r"(?<=\d)([a-f])(?= ?(?:mg|µg|μg|ng|g|kg|mL|ml|L|%|cfu|CFU|MPN|mm|µm|μm)(?![A-Za-z]))")


def footnote_marks(text: str) -> list[tuple[int, int]]:
    """The spans of the footnote marks written after values in `text` (see `_BRACKETED_MARKS`, `_LETTER_MARK`), to
    blank before the values are read."""
    if "(" not in text and not _LETTER_MARK.search(text):
        return []
    return [m.span(1) for m in _BRACKETED_MARKS.finditer(text)] + [m.span(1) for m in _LETTER_MARK.finditer(text)]


# A distillation point: a percentage (by volume) before the word that says what share has distilled.
_DISTILLATION_POINT = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?\s*(?:volume\s*%|%\s*(?:vol\.?|\(V/V\)|（V/V）|"
                                 r"\(体积分数\)|（体积分数）)?))\s*(?=(?:evaporated|recovered|distilled|回收|蒸发|馏出)(?![A-Za-z]))",
                                 re.I)


def distillation_points(text: str) -> list[tuple[int, int]]:
    """The spans of the percentages naming distillation points in `text` (`_DISTILLATION_POINT`), whose digits are
    hidden before values are read: they stay in the name."""
    if "%" not in text:
        return []
    return [m.span(1) for m in _DISTILLATION_POINT.finditer(text)]

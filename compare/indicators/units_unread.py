"""Units a clause does not write after its number, read where the keys read them (twenty-sixth round, units26).

Each function is one construction of drafting, measured over every open set's keys before it was built:

- `composition_in_mass_percent`: an alloy's composition written with no unit at all ('AlMg0,7Si (6063): Si 0,20 to
  0,6; Fe max. 0,35; …', '6061：Si 0.40～0.8，Fe 0.7，…'): the contents are per cent by mass, as every key of such a
  composition writes them (dev5 H021, dev24 AK012, AK059, AK078; no open key writes another unit for a composition
  that states none).
- `minutes_closing_settings`: 'min.' after the last of a list of settings each written with its own unit ('soap
  5 g/l, 40 °C, 30 min.'), or after a verb of duration ('the test lasts 30 min.'), is minutes, never a minimum: a
  minimum has a name before it ('pH 6,5 min.'), a setting in such a list has none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from compare.indicators.units import normalise

# The elements an alloy's composition lists by symbol. Symbols that also name a unit or a class on their own in other
# clauses (N, P, S, B: newtons, a class P, siemens, a grade B) count for nothing here; at least three of these must be
# named for a list to be a composition.
_ALLOYING = frozenset("Si Fe Cu Mn Mg Cr Zn Ti Ni Mo C V Al Nb Co W Zr Sn Pb Bi".split())
_ANY_SYMBOL = frozenset("N P S B O H".split()) | _ALLOYING
_SYMBOL_LAST = re.compile(r"(?<![A-Za-z])([A-Z][a-z]?)\s*$")
# A unit written anywhere for the list (a percentage, parts per million, a mass per mass or volume): the clause states
# the unit, and what it states is read where it is written.
_STATED_UNIT = re.compile(r"%|ppm|ppb|(?<![A-Za-z])(?:mg|µg|μg|g|ng)\s*/|质量分数|(?i:mass\s+fraction|by\s+mass|per\s+cent)")


# A heading that states the composition's unit as a percentage by mass and nothing else ('Cast analysis, % (mass
# fraction).', 'Chemical composition (mass fraction, %)', '化学成分（质量分数）/%'): the unit every content has.
_PERCENT_BY_MASS = re.compile(r"%\s*[(（]\s*(?i:mass\s+fraction|by\s+mass|m/m)\s*[)）]|[(（]\s*(?i:mass\s+fraction),?\s*%\s*[)）]"
                              r"|质量分数[)）]?\s*/\s*%")
_OTHER_STATED = re.compile(r"ppm|ppb|(?<![A-Za-z])(?:mg|µg|μg|g|ng)\s*/")


def _percent_heading_alone(text: str) -> bool:
    """True when the clause states its composition in per cent by mass in a heading and writes no other unit of a
    content (ppm, mg/kg): a heading the reader does not take for the values after it (closed by a full stop, not a
    colon: 'Cast analysis, % (mass fraction). C40: C 0,37 to 0,44; …') states their unit all the same."""
    return bool(_PERCENT_BY_MASS.search(text)) and not _OTHER_STATED.search(text) and text.count("%") == 1


def _element_named(parameter: str) -> str:
    m = _SYMBOL_LAST.search(parameter)
    return m.group(1) if m and m.group(1) in _ANY_SYMBOL else ""


def composition_in_mass_percent(indicators: tuple, text: str) -> tuple:
    """An alloy's composition that states no unit: each value named by an element's symbol ('Si 0,20 to 0,6', 'Fe
    max. 0,35', '，Cu 0.15～0.40') is a content in per cent by mass. Only when three alloying elements are named, no
    value named by a symbol has a unit of its own, and the clause writes no unit for the list (no '%', ppm, mg/kg,
    'mass fraction'): a composition that states its unit is read in it. A clause whose only unit is a heading in per
    cent by mass (`_percent_heading_alone`, units27) is given '%' all the same: that is the unit it states."""
    if _STATED_UNIT.search(text) and not _percent_heading_alone(text):
        return indicators
    named = [(k, _element_named(ind.parameter)) for k, ind in enumerate(indicators)]
    named = [(k, symbol) for k, symbol in named if symbol]
    if len({symbol for _, symbol in named if symbol in _ALLOYING}) < 3 or any(indicators[k].unit for k, _ in named):
        return indicators
    out = list(indicators)
    for k, _ in named:
        ind = out[k]
        out[k] = replace(ind, unit="%", normalized=normalise(ind.value, "%", low=ind.low, high=ind.high,
                                                            tolerance=ind.tolerance))
    return tuple(out)


# What stands between a setting and the one before it in a list of settings: a comma or a semicolon, nothing named.
_LIST_SEPARATOR = re.compile(r"\s*[,，;；]\s*$")
# A unit right before that separator: the previous setting was written with its own ('40 °C', '5 g/l', '1 500 r/min').
_UNIT_BEFORE = re.compile(r"\d\s*(?:°C|℃|[A-Za-zµμ°%][A-Za-zµμ°%/·²³]*)\s*$")
# A verb that says how long something takes: what follows is a duration.
_DURATION_VERB = re.compile(r"(?i:(?<![A-Za-z])(?:lasts?|lasting|takes?|taking)\s*$)")


def minutes_closing_settings(text: str, start: int, left: str) -> bool:
    """True when the value at `start`, written '… min.', closes a list of settings each written with its unit
    ('Test A: soap 5 g/l, 40 °C, 30 min.': only a separator between it and a value with its unit), or follows a verb
    of duration ('the test lasts 30 min.'): the 'min.' is minutes. `left` is the words since the previous value."""
    if _DURATION_VERB.search(left):
        return True
    return bool(_LIST_SEPARATOR.fullmatch(left)) and bool(_UNIT_BEFORE.search(text, 0, start - len(left)))


# A count of things per an amount, the things named in words of their own between the number and 'per' or '/' ('at
# a rate of 30 bendings per minute', '175 ± 10 double folds per minute', '100 intestinal enterococci/100 ml'): one
# to three words, then the amount (a unit of time, volume, area or mass, a number before it or not).
_COUNT_PER_AMOUNT = re.compile(
    r"\s*(?P<things>(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]{2,})\s*(?:per\s+(?:an?\s+)?|/\s*)"
    r"(?P<amount>(?:\d+(?:[ ,.]\d+)*\s*)?(?:minute|min|second|sec|s|hour|h|day|d|ml|mL|l|L|litre|liter|m³|cm³|cm²|m²|"
    r"g|kg))(?![A-Za-z0-9²³])")
_AMOUNT_NAMES = {"minute": "min", "sec": "s", "second": "s", "hour": "h", "day": "d", "litre": "l", "liter": "l"}


def _names_no_unit(words: str) -> bool:
    """True when none of the words (nor its singular) is a unit of the system or 'per cent': the words name what is
    counted ('bendings', 'double folds', 'thermotolerant coliforms'), never the value's unit ('grams per litre')."""
    from compare.indicators.units import counted_per, is_known  # (the unit table, asked only of the few words found)
    for word in words.split():
        if counted_per(f"{word}/min") != f"{word}/min":
            continue  # (a thing the system counts already: 'strokes', 'cycles', 'drops')
        if word in _NO_THINGS or is_known(word) or (word.endswith("s") and is_known(word[:-1])):
            return False
    return True


# Words that name nothing counted: the value's own words ('5 and', 'per cent', 'of the').
_NO_THINGS = frozenset("per cent percent and or of the a an to in at for by with than not more less".split())


def counts_per_amount(raws: list, text: str) -> None:
    """A value written without a unit, followed by the things it counts and the amount they are counted per ('30
    bendings per minute', '100 thermotolerant coliforms/100 ml'): its unit is one per that amount ('1/min',
    '1/100 ml'), as the keys write a count per a unit (1/min in every open set, 'per 100 ml')."""
    for raw in raws:
        if raw.unit:
            continue
        m = _COUNT_PER_AMOUNT.match(text, raw.end)
        if m is None or not _names_no_unit(m.group("things")):
            continue
        amount = m.group("amount")
        number = re.match(r"[\d ,.]*", amount).group(0)
        name = amount[len(number):]
        raw.unit = f"1/{number}{_AMOUNT_NAMES.get(name, name)}"
        raw.unit_span = None  # (the unit read is no stretch of the text: "1/min" from "bendings per minute")

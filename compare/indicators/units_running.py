"""Units of running clauses that a reference amount completes in words (twenty-eighth round, misread28).

The reader's unit pattern takes '20 mg of iodine per kg of salt' whole: a few plain words name what is counted
between the unit and 'per'. A substance's name is often no plain word: it carries a strength, a valence in brackets
or a formula ('200 ml of 75 % sulfuric acid per gram of specimen', '20 g of chromium(VI) oxide per litre'); the
pattern stops at the first such word and the value keeps its bare unit (ml, g), a volume or a mass where the clause
states one per an amount. `substance_per_amount` completes it (mL/g, g/L), as the keys do.

A unit of more than one word after a number ('3 nautical miles', '12 n mile') is not taken by that pattern either:
`worded_units_after` gives it to the value (units_vocab reads it as the nautical mile).
"""

from __future__ import annotations

import re

# A mass or a volume, the units a substance is measured out in.
_AMOUNT_UNIT = re.compile(r"(?:[mµμn]?g|kg|[mµμ]?[lL]|cm3|cm³|dm3|dm³)")
# The words after the unit: 'of', the substance's name (a strength, brackets, a formula; no other value with its own
# mass or volume, no second substance after 'and' / 'or', no stop but a decimal sign), then 'per', an amount and its
# unit, a symbol or a word.
_PER_WORDS = {"gram": "g", "gramme": "g", "kilogram": "kg", "kilogramme": "kg", "milligram": "mg", "litre": "L",
              "liter": "L", "millilitre": "mL", "milliliter": "mL", "g": "g", "kg": "kg", "mg": "mg", "l": "L",
              "L": "L", "ml": "mL", "mL": "mL"}
_SUBSTANCE_PER = re.compile(
    r"\s+of\s+(?P<what>(?:(?!\s(?:and|or|per|to|in|at|for|with)\s)(?:(?<=\d)[.,](?=\d)|[^.;:,，；。\n])){2,60}?)"
    r"\s+per\s+(?P<n>\d+\s?)?(?P<per>" + "|".join(sorted(_PER_WORDS, key=len, reverse=True)) + r")(?![A-Za-z])")
# Another amount with its own mass or volume inside the name ('10 g of X containing 5 g of Y per litre'): not one
# substance's name.
_AMOUNT_INSIDE = re.compile(r"\d\s?(?:[mµμn]?g|kg|[mµμ]?[lL])(?![A-Za-z/])")


def substance_per_amount(after: str, unit: str) -> str:
    """The amount a mass or a volume is per when the text after its unit names a substance and then 'per' an amount
    ('of 75 % sulfuric acid per gram of specimen' -> 'g', 'of chromium(VI) oxide per litre' -> 'L', '… per 100 g'
    -> '100 g'), else ''. Only a unit of mass or volume with no quotient of its own."""
    if " per " not in after or not _AMOUNT_UNIT.fullmatch(unit):
        return ""
    m = _SUBSTANCE_PER.match(after)
    if not m or _AMOUNT_INSIDE.search(m.group("what")):
        return ""
    return f"{(m.group('n') or '').replace(' ', '')}{' ' if m.group('n') else ''}{_PER_WORDS[m.group('per')]}"


def substances_per_amount(raws: list, text: str) -> None:
    """Each value in a bare mass or volume that a substance's name and 'per' an amount follow gets the quotient unit
    ('200 ml of 75 % sulfuric acid per gram' -> mL/g); run on the reader's values (`_Raw`s), in place."""
    for raw in raws:
        if not raw.unit or raw.unit_span is None or "/" in raw.unit or " " in raw.unit.strip():
            continue
        end = raw.unit_span[1]
        per = substance_per_amount(text[end:end + 90], raw.unit.strip())
        if per:
            raw.unit, raw.unit_span = f"{raw.unit.strip()}/{per}", None


# Units of more than one word that the unit pattern (one symbol, a power, a solidus) does not take after a number: the
# nautical mile ('3 nautical miles from the nearest land', '3 n mile'; units_vocab reads both once taken). Not a
# unit's definition ('1 n mile = 1 852 m': the metres are the value, the mile names them).
_WORDED_UNIT_AFTER = re.compile(r"\s?(nautical\s+miles?|n\s?miles?)(?![A-Za-z])(?!\s*[=＝])", re.I)


def worded_units_after(raws: list, text: str) -> None:
    """Each value with no unit that a unit of more than one word follows ('3 nautical miles', '12 n mile') takes
    it; run on the reader's values (`_Raw`s), in place."""
    for raw in raws:
        if raw.unit or raw.low is not None or raw.high is not None:
            continue
        m = _WORDED_UNIT_AFTER.match(text, raw.end)
        if m:
            raw.unit, raw.unit_span, raw.end = m.group(1), (m.start(1), m.end(1)), m.end()

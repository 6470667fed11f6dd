"""Units whose words are spread around the value (twenty-ninth round, units29).

A value's unit is not always written in one piece right after its number. Two kinds recur over the open sets: a
reference amount in words apart from the unit, and a unit written once for several values (forms of each below).

- **A reference amount in words, apart from the unit.** `constructions.per_unit_before` reads one 每 and a unit's
  name before a value ('每小时 20 L' -> L/h). Two of them in a row ('每千克物质每小时 20 L', '每平方米每小时渗水量不大于2 L')
  name two amounts the value is per: `chained_per_amounts` gives the quotient over both (L/(kg·h)), as the keys write
  it. In English a restatement in another unit may stand between the unit and its 'per' ('102 mm (4 inches) per
  minute', '5 L (1.3 gal) per hour'): `per_after_restatement` takes the 'per' in (mm per minute).
- **A heading's unit that names what it is per in words.** A heading may close its unit with the body weight it is
  per ('经口（大鼠），mg/kg体重：类别1 C≤300'); in brackets ('（mg/kg体重）：') and in English ('mg/kg body weight:') the
  reader takes it, before a bare colon it did not. `body_weight_in_headings` blanks the word there (same length), so
  that the unit heads the rows after it as 'mg/kg：' does; every open set keys these values in mg/kg.
- **A heading's unit written once for an item that states two bounds.** A Chinese table row names the quantity, its
  unit after a solidus, and a bound ('水溶性灰分碱度/(%) ≥ 1.0，≤ 3.0', '水分/% ≤ 20（荔枝蜂蜜 ≤ 23）'): the second
  bound of the same item, in the same row, carries no unit of its own and is in the heading's unit.
  `heading_unit_in_item` gives it that unit.

Each is run on the reader's values (`extract._Raw`) in place, from `extract`.
"""

from __future__ import annotations

import re

from compare.indicators.constructions import per_spelt_area_or_volume, per_unit_before
from compare.indicators.units import normalise

# ------------------------------------------------------------------------- 'mg/kg体重：' heading the rows after it

_BODY_WEIGHT_HEADING = re.compile(r"(?<=[a-zµμ]g/kg)\s?体重(?=\s*[:：])")


def body_weight_in_headings(text: str) -> str:
    """The text with the body weight a heading's unit is per blanked before the heading's colon ('mg/kg体重：' ->
    'mg/kg  ：'; same length). Not after a unit that is no dose per a mass ('g体重'), nor inside a value's unit
    ('10 mg/kg体重/d' keeps it: no colon after it)."""
    if "体重" not in text:
        return text
    return _BODY_WEIGHT_HEADING.sub(lambda m: " " * len(m.group(0)), text)


# ------------------------------------------------------------------------------------------ two 每 in a row

_LAST_PER = re.compile(r"每[^每]*$")


def chained_per_amounts(before: str, unit: str) -> str:
    """The unit of a value that two 每 and two units' names stand before ('每千克物质每小时' and 'L/h' -> 'L/(kg·h)'),
    given the unit the nearer one already made (`per_unit_before`: 'L/h'); '' when there is no first one or it names
    the same amount. Words may stand after each name ('每平方米每小时渗水量不大于' and 'L/h' -> 'L/(m²·h)')."""
    if before.count("每") < 2 or "/" not in unit:
        return ""
    base, _, per = unit.partition("/")
    if not base or not per or "(" in per or "/" in per or per != per_unit_before(before, base):
        return ""
    last = _LAST_PER.search(before)
    first = per_unit_before(before[:last.start()], base) if last else ""
    if not first or first == per:
        return ""
    return f"{base}/({first}·{per})"


# ------------------------------------------------------------------------------ English 'per' after an aside

# A restatement in brackets right after the unit ('(4 inches)', '(1.3 gal)', '(0,5 in)'), then 'per' and a unit's
# word or symbol ('per minute', 'per h', 'per square metre'); nothing else between.
_PER_AFTER_ASIDE = re.compile(r"\s*\(\s*\d[\d\s.,]*\s?[A-Za-z][A-Za-z .²³]{0,14}\)\s*(?<=\s)per\s+"
                              r"((?:square\s+|cubic\s+)?[A-Za-z]{1,12})(?![A-Za-z])")


def per_after_restatement(after: str, unit: str) -> str:
    """The unit of a value whose restatement in brackets stands between its unit and 'per' an amount ('mm' and ' (4
    inches) per minute' -> 'mm per minute'), else ''. Only when the whole reads as a unit of its own dimension (not
    'mm per cent', not a word that is no unit)."""
    if " per " not in after[:60] or not unit or "/" in unit or " per " in unit:
        return ""
    m = _PER_AFTER_ASIDE.match(after)
    if not m:
        return ""
    spelt = m.group(1).lower().startswith(("square", "cubic"))
    area = per_spelt_area_or_volume(after[after.rfind("per", 0, m.start(1)):]) if spelt else ""
    whole = f"{unit}/{area}" if area else f"{unit} per {m.group(1)}"
    read, alone = normalise(1.0, whole), normalise(1.0, unit)
    if not read.known or not alone.known or read.dimension == alone.dimension:
        return ""
    return whole


# ------------------------------------------------------------------------ a heading's unit, two bounds of an item

# What parts the rows of a table written in a line: a row ends at a semicolon, a full stop or a cell's bar.
_ROW_END = re.compile(r"[;；。|\n]")
# A bound sign or word right before the second value ('，≤ 3.0', '（荔枝蜂蜜 ≤ 23）').
_BOUND_BEFORE = re.compile(r"(?:[≤≥<>]|不大于|不小于|不低于|不高于|不超过)\s*$")
# The heading: a solidus, then the unit, bracketed or not, right before the first value's bound ('/(%) ≥', '/% ≤',
# '/[mL/(g·h)] ≥', '/(mg/kg) 不大于').
_HEADING_BEFORE = re.compile(r"/\s*(?:\((?P<a>[^()]{1,16}(?:\([^()]{1,8}\))?)\)|\[(?P<b>[^\[\]]{1,20})\]|"
                             r"(?P<c>[^\s\d()\[\]/≤≥<>]{1,8}))\s*(?:[≤≥<>]|不大于|不小于|不低于|不高于|不超过)\s*$")


def heading_unit_in_item(raws: list, text: str) -> None:
    """Each value with a bound sign and no unit that follows, in the same row, a value whose unit a heading wrote
    once before its bound ('/(%) ≥ 1.0，≤ 3.0', '水分/% ≤ 20（…蜂蜜 ≤ 23）') takes that unit; in place. Not across a
    row's end, nor when another solidus (another heading) or a number stands between."""
    for k in range(1, len(raws)):
        raw, first = raws[k], raws[k - 1]
        if raw.unit or not first.unit or raw.value is None:
            continue
        row = _ROW_END.search(text, first.end, raw.start)
        between = text[first.end:raw.start]
        if row or "/" in between or any(ch.isdigit() for ch in between) or not _BOUND_BEFORE.search(between):
            continue
        start = max((m.end() for m in _ROW_END.finditer(text, 0, first.start)), default=0)
        heading = _HEADING_BEFORE.search(text, start, first.start)
        if not heading:
            continue
        written = heading.group("a") or heading.group("b") or heading.group("c")
        if written.replace(" ", "") != first.unit.replace(" ", ""):
            continue
        raw.unit, raw.unit_span = first.unit, None


# --------------------------------------------------------------------------------------------- the pass

_SENTENCE_END = re.compile(r"[。；;\n]|\.(?=\s|$)")


def amounts_in_words(raws: list, text: str) -> None:
    """`chained_per_amounts` and `per_after_restatement` over the reader's values, in place (the nearer 每 only within
    the words since the value before, as `per_unit_before` is asked)."""
    chained = text.count("每") > 1
    aside = " per " in text and ")" in text
    if not (chained or aside):
        return
    previous_end = 0
    for raw in raws:
        if chained and raw.unit and "/" in raw.unit and raw.unit_span is None:
            start = max([previous_end] + [m.end() for m in _SENTENCE_END.finditer(text, previous_end, raw.start)])
            unit = chained_per_amounts(text[start:raw.start], raw.unit)
            if unit:
                raw.unit = unit
        elif aside and raw.unit and raw.unit_span is not None:
            unit = per_after_restatement(text[raw.unit_span[1]:raw.unit_span[1] + 60], raw.unit)
            if unit:
                raw.unit, raw.unit_span = unit, None
        previous_end = raw.end

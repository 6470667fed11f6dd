"""Chains of three numbers or more (twenty-seventh round, series27).

- `dash_chains_as_lists`: '1,00 – 1,25 – 1,60 – 2,00', '0,05 – 0,1 – 0,2 – 0,3', '10 mm – 20 mm – 30 mm': a spaced dash
  between each two of three numbers or more parts the members of a list, never the two ends of a range. Over every
  open set (`bench/series_census.py`) no key holds such a chain as ranges of neighbours (nor as one range of its ends);
  the reader read them as ranges of neighbours. A dash between exactly two numbers ('10 °C – 40 °C') stays a range.
- `parted_into_rows`: 'fine, medium and coarse series: thread diameter 3 mm, 3,2 mm, 3,4 mm, 3,6 mm; 4 mm, 4,3 mm, …':
  a list whose members a semicolon parts into rows of equal length, commas within each row, is the rows of a flattened
  table (each value specified, as the keys hold every table's cells), not a series of values to choose from, whatever
  word ('series') names its columns.
- `offering_clause` and `FEWEST_OFFERED`: 'shall preferably be chosen from 168 h, 504 h and 1 000 h', '试验电弧持续时间
  优先选用0.1 s、0.5 s和1 s', 'selected from one of four fixed levels, 5, 50, 300 and 2000 mg/kg': three or four values
  offered as a choice, in a clause whose own words offer them, are held as none by the keys as the longer series are
  (nine sides of five sets, none held value by value): `extract._series_of_values` reads them as a series when the
  words of a choice are in their own clause (a longer series may have them anywhere in its sentence).
"""

from __future__ import annotations

import re

# A member of a chain: a number (decimal point or comma, grouped thousands not taken) and at most a short unit after
# it ('10 mm', '2,5 kV', '40 °C'), no digit, bracket or sentence mark in the unit.
_MEMBER = r"[-−]?\d+(?:[.,]\d+)?(?:\s?[^\s\d,.;:，。；：、()（）–—-]{1,6})?"
# A spaced dash between two members ('1,00 – 1,25', '10 mm — 20 mm', '3 - 5').
_DASH = r"\s[–—-]\s"
_CHAIN = re.compile(rf"(?<![\d.,\w–—-])(?:{_MEMBER}{_DASH}){{2,}}{_MEMBER}(?![\d\w]|[.,]\d|\s?[–—-]\s?\d)")
_JOINT = re.compile(_DASH)


def dash_chains_as_lists(text: str) -> str:
    """The text with each spaced dash of a chain of three numbers or more ('1,00 – 1,25 – 1,60 – 2,00') written ','
    (same length), so that the chain is read as a list of values (and a series of preferred values as one: the words
    around it decide, `extract._series_of_values`), not as ranges of neighbours. Dashes between two numbers only, and
    dashes not spaced ('7782-50-5', '2019–2020'), are left as they are."""
    if not ("–" in text or "—" in text or " - " in text):
        return text
    chars = None
    for m in _CHAIN.finditer(text):
        chars = chars or list(text)
        for dash in _JOINT.finditer(m.group(0)):
            chars[m.start() + dash.start() + 1] = ","
    return "".join(chars) if chars else text


_ROW_MARK = re.compile(r"[;；]")


def parted_into_rows(joints: list[str]) -> bool:
    """Whether the joints between a list's members ('3 mm, 3,2 mm, 3,4 mm, 3,6 mm; 4 mm, 4,3 mm, …' -> [', ', ', ',
    ', ', '; ', ', ', …]) part it into two rows or more of equal length, two members or more each: a semicolon after
    every k-th member and nowhere else, another joint between the members of a row."""
    marks = [bool(_ROW_MARK.search(j)) for j in joints]
    if not any(marks) or all(marks):
        return False
    per_row = marks.index(True) + 1
    members = len(joints) + 1
    return per_row >= 2 and members % per_row == 0 and members // per_row >= 2 \
        and all(mark == ((k + 1) % per_row == 0) for k, mark in enumerate(marks))


# The fewest values of a list offered as a choice that are read as a series: a shorter list than
# `constructions.MIN_SERIES` needs the words of a choice in its own clause (`offering_clause`).
FEWEST_OFFERED = 3
_CLAUSE_BREAK = re.compile(r"[。；;\n]|\.\s")


def offering_clause(text: str, start: int, end: int) -> str:
    """The clause that holds a list written from `start` to `end`: from the last break before it (a full stop, a
    semicolon, a line's end) to the first after it, so that words after the list ('…、1 000 h中选取') count as well
    as those before ('chosen from …')."""
    before = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    after = _CLAUSE_BREAK.search(text, end)
    return text[before:after.start() if after else len(text)]

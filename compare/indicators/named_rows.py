"""Rows parted by semicolons after a colon, each closed by its bare number after a comma.

'The number of cycles of operation shall be: thermostats, 10 000; temperature limiters, 1 000; self-resetting
thermal cut-outs, 300.': the quantity (and its unit, when it has one) is written once, before the colon, and every
row after it names a thing, then, after a comma, gives its number; so each number is the value its row's name
states, read as stated (no unit), as a list of names and numbers parted by commas is
(`extract._values_listed_by_name`).

Only a list whose every row is so written is taken, two rows at the least: a row with another number before its
closing one ('type A 30, 500', 'buffer 0.05 M, 4.01') is a row of a table whose columns are not known, a dash between
cells ('Norway — NO — NOR — 578') makes a row of codes, and the whole list is left as read. A name may hold a chemical
formula's digits ('CO2'); a number may be a multiple of a power of ten ('2 × 10⁻⁶', folded to '2 × 10^-6'), a
dimensionless fraction as written.

Rows of a name and a number with no comma between, parted by semicolons ('乙醇 0.789；甘油 1.261；水 0.998'), are not
taken: tried (fortieth round, and the twenty-second), one open case turned worse, its counterpart's rows being
written otherwise (docs/indicators.md, 'Fortieth round: fixunread40').
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# The list: from a colon to the end of its sentence or to the next colon.
_ROWS = re.compile(r":(?P<items>[^:。]*?)(?=:|。|\.\s|\.?$)")
# One row: a name of words (letters, spaces, brackets, a formula's digits glued after a letter, a hyphen inside a
# word: no dash between cells, no other number), a comma, then its number.
_ROW = re.compile(r"\s*(?P<name>[^\W\d_](?:[^\W\d_]|[ ()′'·]|(?<=[^\W\d_])\d|(?<=\w)-(?=\w))*?)\s*,\s*"
                  r"(?<![A-Za-z])(?P<number>[-−]?\d[\d ]*(?:[.,]\d+)?(?:\s*×\s*10\^-?\d+)?)\s*")
_BREAK = re.compile(";")
FEWEST_ROWS = 2


def list_items(text: str, lists: re.Pattern, breaks: re.Pattern) -> Iterator[list[tuple[int, int]]]:
    """The spans of the items of each list `lists` finds in `text` (its group 'items'), parted where `breaks` matches;
    a list holding no break is no list of items. A list that ends at the colon of the next list loses its last item,
    that list's key ('front 3, rear 4, row 2: …', '…; 5W: 6600 at -30'). Shared by the lists of names and numbers
    parted by commas (`extract._values_listed_by_name`) and the rows parted by semicolons (`values_in_named_rows`)."""
    for m in lists.finditer(text):
        a, b = m.span("items")
        pieces, start = [], a
        for brk in breaks.finditer(text, a, b):
            pieces.append((start, brk.start()))
            start = brk.end()
        if not pieces:
            continue
        pieces.append((start, b))
        if b < len(text) and text[b] in ":：":
            pieces.pop()
        yield pieces


def values_in_named_rows(raws: list, text: str) -> None:
    """Mark as read (worded) the closing number of each row of a colon's list whose rows, parted by semicolons, are
    each a name, a comma and that one number (`_ROW`), two rows at the least. `raws` are the extractor's raw values
    over `text`, the folded clause (its colons, commas and semicolons ASCII); a closing number that already has a
    unit or a comparator word, or is a condition, leaves the list whole as read."""
    by_start = {raw.start: raw for raw in raws}
    for pieces in list_items(text, _ROWS, _BREAK):
        while pieces and not text[pieces[-1][0]:pieces[-1][1]].strip():
            pieces.pop()  # (a list that ends with its semicolon)
        found = []
        for x, y in pieces:
            row = _ROW.fullmatch(text, x, y)
            raw = by_start.get(row.start("number")) if row else None
            if raw is None or raw.end != row.end("number") or raw.unit or raw.condition or raw.explicit \
                    or raw.comparator != "equal":
                break
            found.append(raw)
        else:
            if len(found) >= FEWEST_ROWS:
                for raw in found:
                    raw.worded = True


"""A unit written on one cell of a flattened table row is that cell's, not every cell's (twenty-seventh round, cells27).

- `first_cell_units`: "conference rooms, Ēm 500 lx, UGRL 19, Ra 80; reception desk, 300 lx, 22, 80; kitchen, 500 lx,
  22, 80", "maintained illuminance Ēm, UGRL and Ra: laboratories, 500 lx, 19, 80; stairs, 150 lx, 25, 80",
  "…; local coating thickness (minimum) µm; mean coating thickness (minimum) µm: … ≥ 3 mm, 45, 55; < 3 mm, 35, 45":
  rows of a table written one after another, each a value with its unit written right after it, then bare numbers
  parted by commas, up to the row's end. The reader lists the bare numbers on in the first value's unit
  (`constructions.list_continues`: 'tear resistance (N) 10, 25, 50, 75' is one quantity's list). When two rows or
  more have that same shape, the bare numbers stand in columns of their own: each is named by its column's head (the
  names before the values of a row that names them, 'UGRL 19, Ra 80', or the last labels of the heading before the
  rows) and is in the unit that head writes, or in none (over the open sets the keys give such a cell no unit, or the
  head's: docs/indicators.md, twenty-seventh round, cells27). Only where every column after the first has a head.
"""

from __future__ import annotations

import re

from compare.core.vocabulary import Comparator
from compare.indicators.clausetext import show_digits
from compare.indicators.constructions import heading_rows
from compare.indicators.lists import heading_start  # (where a heading starts: its labels may be parted by semicolons)
from compare.indicators.phrases import bound_words

# Between two cells of a row: a comma alone, or a grid's cell mark ('≤110 kV | 1').
_CELL_JOINT = re.compile(r"\s*[,，|]\s*")
# A row's end after its last cell: a semicolon, a full stop, or the text's end.
_ROW_END = re.compile(r"\s*(?:[;；。]|\.(?:\s|$)|$)")
# Where a row (or a heading) starts: the text's start, or after a semicolon, a colon, a sentence's end or a title's dash.
_ROW_START = re.compile(r"[;；:：。]|\.\s|\s[—–]\s")
# A cell named before its value in a row that names its columns ('…, UGRL 19, Ra 80'): a comma, then a short name
# (a symbol or a few words, no number), then the value.
_NAMED_CELL = re.compile(r"\s*[,，]\s*(?P<name>[^\W\d_][^\d,，;；:：。|]{0,24}?)\s*$")
_COLON = re.compile(r"[:：]")
# The labels of a heading: parted by semicolons when it has any, else by commas and a last 'and'.
_LABEL_BREAK_SEMICOLON = re.compile(r"\s*[;；]\s*")
_LABEL_BREAK = re.compile(r"\s*(?:[,，、]\s*(?:and\s+)?|\s(?:and|和|及)\s)\s*|(?<=[\u4e00-\u9fff\w])(?:和|及)")


def _unit_written_after(raw) -> bool:
    """The value's unit is written right after its number, inside its own span ('300 lx'), not carried from a
    heading before it ('(N) 10')."""
    return bool(raw.unit) and raw.unit_span is not None and raw.start <= raw.unit_span[0] < raw.end


def _rows(raws, text: str) -> list[list]:
    """Each run of a value written with its unit and the bare numbers listed after it in that unit by the reader
    (`listed`, the same unit span), joined by commas alone and closed by a row's end."""
    rows, k = [], 0
    while k < len(raws):
        first = raws[k]
        row = [first]
        if _unit_written_after(first):
            while k + len(row) < len(raws):
                cell, before = raws[k + len(row)], row[-1]
                if not (cell.listed and cell.unit_span == first.unit_span and cell.unit == first.unit
                        and _CELL_JOINT.fullmatch(text, before.end, cell.start)):
                    break
                row.append(cell)
        if len(row) > 1 and _ROW_END.match(text, row[-1].end):
            rows.append(row)
        k += len(row)
    return rows


def _row_start(text: str, at: int) -> int:
    return max([m.end() for m in _ROW_START.finditer(text, 0, at)] or [0])


def _named_heads(raws, text: str, first_row: list, n: int) -> list[tuple[tuple[int, int], str | None]] | None:
    """The span of each name a row before the table gives its last `n` values ('Ēm 500 lx, UGRL 19, Ra 80'), with the
    unit written after that value (None when it writes none), when the row right before the first of the table's rows
    is such a row: n + 1 values, each after the first named."""
    k = next(k for k, raw in enumerate(raws) if raw is first_row[0])
    if k < n + 1:
        return None
    named = raws[k - n - 1:k]
    if _ROW_START.search(text, named[-1].end, first_row[0].start) is None:
        return None  # (the named row must end before the table's first row starts)
    heads = []
    for before, raw in zip(named, named[1:]):
        m = _NAMED_CELL.match(text, before.end, raw.start) if before.end <= raw.start else None
        if m is None:
            return None
        heads.append((m.span("name"), raw.unit if _unit_written_after(raw) else None))
    return heads


def _heading_heads(text: str, first_row: list, n: int) -> list[tuple[tuple[int, int], None]] | None:
    """The spans of the heading's last `n` labels, the heading closed by a colon before the table's first row (the
    nearest such heading with more than `n` labels: the first column's head, then one a cell)."""
    at = first_row[0].start
    for colon in reversed(list(_COLON.finditer(text, 0, at))):
        start = heading_start(text, colon.start())
        heading = text[start:colon.start()]
        breaks = _LABEL_BREAK_SEMICOLON if re.search(r"[;；]", heading) else _LABEL_BREAK
        spans, begin = [], 0
        for m in breaks.finditer(heading):
            spans.append((start + begin, start + m.start()))
            begin = m.end()
        spans.append((start + begin, colon.start()))
        spans = [(a, b) for a, b in spans if b > a]
        if len(spans) > n:
            return [(span, None) for span in spans[-n:]]
    return None


def _grid_heads(text: str, first_row: list, n: int) -> list[tuple[tuple[int, int], None]] | None:
    """The last `n` labels of the grid's heading row ('系统电压等级 | Plt：') closest before the table's first row, when it
    has more than `n` labels."""
    before = [labels for end, labels in heading_rows(text) if end <= first_row[0].start]
    if not before or len(before[-1]) <= n:
        return None
    return [(span, None) for span in before[-1][-n:]]


def first_cell_units(raws, text: str, head_unit=None) -> None:
    """The bare numbers of a table's rows (module docstring) named by their column's head and given that head's unit
    (`head_unit(label)`, '' when it writes none; or the unit written after the value a named row gives that column),
    instead of the first cell's unit; a kind of limit the head states
    ('(minimum)') is theirs, else the kind carried from the first cell is taken back. Left as read unless two rows or
    more have the same number of cells and every column after the first has a head."""
    rows = _rows(raws, text)
    by_length: dict[int, list] = {}
    for row in rows:
        by_length.setdefault(len(row), []).append(row)
    for length, table in by_length.items():
        if len(table) < 2:
            continue
        n = length - 1
        if "|" in text[table[0][0].end:table[0][-1].start]:
            heads = _grid_heads(text, table[0], n)  # ('系统电压等级 | Plt：≤110 kV | 1；>110 kV | 0.8')
        else:
            heads = _named_heads(raws, text, table[0], n) or _heading_heads(text, table[0], n)
        if not heads:
            continue
        for row in table:
            row[0].lower_end = True  # (a row's first value is never the end of a range with the last row's last cell)
            start = _row_start(text, row[0].start)
            key = text[start:row[0].start].strip(" ,，:：")
            if not re.search(r"[^\W\d_]", key):  # ('≥ 3 mm, 45, 55': a band keys the row)
                key = text[start:row[0].end].strip(" ,，:：")
            key = show_digits(key)
            for cell, ((a, b), written) in zip(row[1:], heads):
                label = text[a:b]
                unit = written if written is not None else head_unit(label) if head_unit else ""
                cell.unit, cell.unit_span, cell.listed = unit, None, bool(unit)
                kinds = [kind for _, kind in bound_words(label) if kind != Comparator.EQUAL]
                if kinds:
                    cell.comparator, cell.explicit, cell.worded = kinds[-1], True, True
                elif not bound_words(text[cell.start:cell.end]) and not re.search(r"[<>≤≥＜＞]", text[cell.start:cell.end]):
                    cell.comparator, cell.explicit, cell.worded = Comparator.EQUAL, False, False
                cell.name_after, cell.column = (a, b), key

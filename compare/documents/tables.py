"""Tables as units: each row becomes one unit whose text carries the table's label and title and its column
headers ("表1 稻谷质量指标 — 项目: 水分 | 指标: ≤14.5 %"), so indicators can be read from a row alone. A table
continued on the next page ("续表1", "表1(续)", "Table 1 (continued)", or a table that simply goes on at the top
of the next page with the same columns) is joined to the first part, its repeated header rows dropped.

Readers give a table as a grid: a cell merged with the one above is None, a cell merged with the one to its left
(a cell spanning columns) is SPANNED. A header cell spanning columns names a group whose columns the next row
names ("元素" over "锑(Sb)", "砷(As)" …): that row is a header row too, and each column's header joins both
("元素 锑(Sb)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from compare.documents.numbering import join_text

_WS = re.compile(r"\s+")
# A grid cell covered by the cell to its left (a cell spanning columns); never text a document writes.
SPANNED = "\ue000"
_NUMERIC = re.compile(r"^[\s≤≥<>＜＞±~～\-–—+*.,/%()（）\d]*\d[\s≤≥<>＜＞±~～\-–—+*.,/%()（）\d]*[a-zA-Z%‰°℃/]*$")
MAX_HEADER_ROWS = 3
# The label of a row unit, as `TableUnits` numbers it: "表1 第3行", "表A.1 第2行", "Table 1 row 3",
# "4.2 无表号表格1 第2行", "Clause 4.2 untitled table 1 row 2".
ROW_LABEL = re.compile(r"(?:^表|无表号表格\d+|^Table |untitled table \d+).*(?:第\d+行|\brow \d+)$")


@dataclass(frozen=True)
class RowUnit:
    number: str   # "表1 第3行" / "Table 1 row 3"
    table: str    # "表1" / "Table 1"
    row: int
    text: str
    joined: bool = False  # the row continued from the previous page: this text replaces the unit of that number


@dataclass
class _Open:
    key: str
    label: str
    title: str
    headers: list[str]
    head_rows: list[list] = field(default_factory=list)  # the header rows as read, to drop when repeated
    rows: int = 0
    last: list[str] = field(default_factory=list)


def clean(cell) -> str | None:
    if cell is None or cell == SPANNED:
        return cell
    text = str(cell).replace("\n", " ")
    return _WS.sub(" ", text).strip()


def _squash(cells) -> str:
    return "".join((c or "").replace(" ", "") for c in cells if c != SPANNED)


def header_depth(rows, given: int = 0) -> int:
    """How many of `rows` are the header: `given` when the format says (STS thead), else the first row and each
    row below a header row with a cell spanning columns, unless that row reads as data (mostly numbers)."""
    if given:
        return min(given, len(rows))
    depth = 1
    while depth < min(MAX_HEADER_ROWS, len(rows) - 1):
        above, below = rows[depth - 1], rows[depth]
        spanning = [j for j, c in enumerate(above) if c == SPANNED]
        named = [j for j in spanning if below[j] not in (None, "", SPANNED)]
        if not named or _data_like(below):
            break
        depth += 1
    return depth


def _data_like(row) -> bool:
    values = [c for c in row if c not in (None, "", SPANNED)]
    return bool(values) and sum(1 for c in values if _NUMERIC.match(c)) * 2 >= len(values)


def column_headers(head_rows) -> list[str]:
    """Each column's header from the header rows: a spanning cell's text over every column it covers, a cell
    merged down counted once, the parts joined top to bottom ("元素 锑(Sb)")."""
    width = len(head_rows[0])
    headers = []
    for j in range(width):
        parts: list[str] = []
        for row in head_rows:
            k = j
            while k > 0 and row[k] == SPANNED:
                k -= 1
            value = row[k]
            if value and value != SPANNED and (not parts or parts[-1] != value):
                parts.append(value)
        headers.append(" ".join(parts) or f"{j + 1}")
    return headers


def continued_row(fragment, previous) -> bool:
    """Whether the first row of a table continued on a new page is the rest of the last row of the page before (a
    row the page broke: its wrapped words at the top of the next page, 'finger paint' under 'Any toy material except
    modelling clay and'). The rest holds words only, in cells the row above fills, and leaves empty a cell where the
    row above has its number (the numbers stand at the top of a row); a row of its own has numbers of its own."""
    if len(fragment) != len(previous):
        return False
    values = [(j, c) for j, c in enumerate(fragment) if c not in (None, "", SPANNED)]
    if not values or any(_NUMERIC.match(c) for _, c in values) or any(not previous[j] for j, _ in values):
        return False
    return any(c in (None, "") and previous[j] and _NUMERIC.match(previous[j]) for j, c in enumerate(fragment))


def _same_header(row, headers) -> bool:
    """The header row repeated on a continuation page; OCR may read it a little differently the second time."""
    from difflib import SequenceMatcher

    a, b = _squash(row).lower(), _squash(headers).lower()
    return a == b or (len(b) >= 6 and SequenceMatcher(None, a, b).ratio() >= 0.85)


class TableUnits:
    """Tracks the tables of one document and turns each block of rows into row units."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.open: _Open | None = None
        self.untitled = 0

    def label(self, number: str) -> str:
        return f"表{number}" if self.lang == "zh" else f"Table {number}"

    def unlabeled(self, parent: str) -> str:
        """The name of a table without a caption: said to be one ('4.2 无表号表格1'), never a made-up number
        that reads like a real one ('表4.2-1', the numbering of some standards' tables)."""
        if self.lang == "zh":
            return f"{parent + ' ' if parent else ''}无表号表格{self.untitled}"
        return f"{'Clause ' + parent + ' ' if parent else ''}untitled table {self.untitled}"

    def add(self, block, heading, parent: str, unit: str = "") -> list[RowUnit] | None:
        """The row units of `block`; `unit` is the line the document writes between the caption and the table
        ("单位为毫克每千克"), carried after the title. None for a block of one row that continues no table (a box
        ruled round a line at the top of a page): text, not a table."""
        rows = [[clean(c) for c in r] for r in block.rows]
        rows = [r for r in rows if any(c and c != SPANNED for c in r)]
        if not rows:
            return []
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        current = self.open
        continues = current is not None and len(current.headers) == width and (
            (heading is not None and heading.continued and heading.number == current.key)
            or (heading is None and block.page_top))
        if len(block.rows) == 1 and heading is None and not continues:
            return None
        units = []
        if continues:
            depth = len(current.head_rows)
            if len(rows) > depth and all(_same_header(a, b) for a, b in zip(rows, current.head_rows)):
                rows = rows[depth:]
            elif _same_header(rows[0], current.headers):
                rows = rows[1:]
            if rows and current.rows and continued_row(rows[0], current.last):
                # the row the page broke: its rest joins it, and its unit is written again whole
                current.last = [join_text(a, b or "") if b else a for a, b in zip(current.last, rows[0])]
                units.append(self._unit(current, current.rows, current.last, joined=True))
                rows = rows[1:]
        else:
            if heading is not None:
                key, title = heading.number, heading.rest
            else:
                self.untitled += 1
                key, title = f"{parent or 'x'}-{self.untitled}", ""
            if unit:
                title = f"{title} ({unit})" if title else f"({unit})"
            depth = header_depth(rows, getattr(block, "header_rows", 0))
            label = self.label(key) if heading is not None else self.unlabeled(parent)
            current = self.open = _Open(key=key, label=label, title=title, headers=column_headers(rows[:depth]),
                                        head_rows=rows[:depth])
            rows = rows[depth:]
        for cells in rows:
            # a cell merged with the one above (None) repeats the value above: "谷物" over several rows
            filled = [c if c is not None else (current.last[i] if i < len(current.last) else "")
                      for i, c in enumerate(cells)]
            filled = ["" if c == SPANNED else c for c in filled]
            current.last = filled
            current.rows += 1
            units.append(self._unit(current, current.rows, filled))
        return units

    def _unit(self, current: _Open, row: int, filled: list[str], joined: bool = False) -> RowUnit:
        pairs = [f"{h}: {v}" if h and h != v else v for h, v in zip(current.headers, filled) if v]
        head = f"{current.label} {current.title}".strip()
        number = f"{current.label} 第{row}行" if self.lang == "zh" else f"{current.label} row {row}"
        return RowUnit(number=number, table=current.label, row=row, text=f"{head} — " + " | ".join(pairs),
                       joined=joined)

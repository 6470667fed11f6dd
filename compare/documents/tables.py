"""Tables as units: each row becomes one unit whose text carries the table's label and title and its column
headers ("表1 稻谷质量指标 — 项目: 水分 | 指标: ≤14.5 %"), so indicators can be read from a row alone. A table
continued on the next page ("续表1", "表1(续)", "Table 1 (continued)", or a table that simply goes on at the top
of the next page with the same columns) is joined to the first part, its repeated header row dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class RowUnit:
    number: str   # "表1 第3行" / "Table 1 row 3"
    table: str    # "表1" / "Table 1"
    row: int
    text: str


@dataclass
class _Open:
    key: str
    label: str
    title: str
    headers: list[str]
    rows: int = 0
    last: list[str] = field(default_factory=list)


def clean(cell) -> str | None:
    if cell is None:
        return None
    text = str(cell).replace("\n", " ")
    return _WS.sub(" ", text).strip()


def _squash(cells) -> str:
    return "".join((c or "").replace(" ", "") for c in cells)


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

    def add(self, block, heading, parent: str) -> list[RowUnit]:
        rows = [[clean(c) for c in r] for r in block.rows]
        rows = [r for r in rows if any(c for c in r)]
        if not rows:
            return []
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        current = self.open
        continues = current is not None and len(current.headers) == width and (
            (heading is not None and heading.continued and heading.number == current.key)
            or (heading is None and block.page_top))
        if continues:
            if _same_header(rows[0], current.headers):
                rows = rows[1:]
        else:
            if heading is not None:
                key, title = heading.number, heading.rest
            else:
                self.untitled += 1
                key, title = f"{parent or 'x'}-{self.untitled}", ""
            headers = [c or f"{i + 1}" for i, c in enumerate(rows[0])]
            label = self.label(key) if heading is not None else self.unlabeled(parent)
            current = self.open = _Open(key=key, label=label, title=title, headers=headers)
            rows = rows[1:]
        units = []
        for cells in rows:
            # a cell merged with the one above (None) repeats the value above: "谷物" over several rows
            filled = [c if c is not None else (current.last[i] if i < len(current.last) else "")
                      for i, c in enumerate(cells)]
            current.last = filled
            current.rows += 1
            pairs = [f"{h}: {v}" if h and h != v else v for h, v in zip(current.headers, filled) if v]
            head = f"{current.label} {current.title}".strip()
            number = (f"{current.label} 第{current.rows}行" if self.lang == "zh"
                      else f"{current.label} row {current.rows}")
            units.append(RowUnit(number=number, table=current.label, row=current.rows,
                                 text=f"{head} — " + " | ".join(pairs)))
        return units

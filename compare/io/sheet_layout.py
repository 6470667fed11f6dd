"""Column widths and row heights measured from content, and the print layout of a sheet.

Excel measures a column in widths of the digit '0'; a Chinese character takes about two. Widths come from the
header's lines and the text of the first rows (a long list is written as it streams, so its widths are fixed
before the first row); a row's height comes from the number of lines its longest wrapped cell needs at those
widths. Sheets print landscape on A4, one page wide, with the header row repeated on every page.
"""

from __future__ import annotations

import functools
import math
import unicodedata
from typing import Iterable, Sequence

LINE_HEIGHT = 15.0        # points per line of 11-point text with Chinese characters
MAX_ROW_HEIGHT = 409.0    # Excel's largest row height
CELL_PADDING = 1.5        # width units lost to the cell's margins


class _Widths(dict):
    """Each character as one (narrow) or two (wide) characters, learnt as met: `str.translate` then measures a
    text in one pass of C instead of a Python call per character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        self[code] = out = char * 2 if unicodedata.east_asian_width(char) in ("W", "F") else char
        return out


_WIDTHS = _Widths()


def display_width(text: str) -> float:
    """Width of one line of text in Excel column units: wide (CJK, full-width) characters count two."""
    return float(len(text) if text.isascii() else len(text.translate(_WIDTHS)))


def text_of(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def column_width(header: str, values: Iterable, *, low: float = 6.0, high: float = 60.0) -> float:
    """A width that shows the header's longest line and most values whole (the 90th percentile of their longest
    line, so one very long cell does not widen the column for all)."""
    head = max((display_width(line) for line in str(header).splitlines()), default=0.0)
    lengths = sorted(max((display_width(line) for line in text_of(v).splitlines()), default=0.0) for v in values)
    typical = lengths[min(len(lengths) - 1, int(0.9 * len(lengths)))] if lengths else 0.0
    return round(min(high, max(low, head + CELL_PADDING, typical + CELL_PADDING)), 1)


def fit_widths(widths: Sequence[float], budget: float, *, floor: float = 24.0) -> list[float]:
    """Cap the widest columns at one width (never below `floor`) so the widths add up to at most `budget`: a
    landscape page printed one page wide then keeps a readable scale."""
    widths = list(widths)
    if sum(widths) <= budget:
        return widths
    low, high = floor, max(widths)
    for _ in range(40):
        cap = (low + high) / 2
        if sum(min(w, cap) for w in widths) > budget:
            high = cap
        else:
            low = cap
    return [round(min(w, low), 1) for w in widths]


def lines_needed(value, width: float) -> int:
    """Lines a wrapped cell of `width` units needs for `value`."""
    text = text_of(value)
    return _lines(text, max(1.0, width - CELL_PADDING)) if text else 1


@functools.lru_cache(maxsize=65_536)
def _lines(text: str, usable: float) -> int:
    # kept per text and width: a workbook shows each list row's text and each counterpart's again and again
    return sum(max(1, math.ceil(display_width(line) / usable)) for line in text.split("\n"))


def row_height(values: Sequence, widths: Sequence[float]) -> float:
    """Height in points for a row whose cells wrap at `widths` (hidden or missing widths: one line)."""
    lines = 1
    for value, width in zip(values, widths):
        if width and value is not None:
            # lines_needed, without its calls: a workbook asks this of every cell
            text = value if type(value) is str else text_of(value)
            if text:
                lines = max(lines, _lines(text, max(1.0, width - CELL_PADDING)))
    return min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 2.0)


def print_layout(ws, *, title_rows: str = "1:1", landscape: bool = True, grid: bool = True) -> None:
    """A4, one page wide (as many pages long as needed), header rows repeated, page numbers in the footer.
    Call before the first row of a write-only sheet (its sheet properties are written first)."""
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.3
    if title_rows:
        ws.print_title_rows = title_rows
    ws.print_options.gridLines = grid
    ws.oddFooter.center.text = "第 &P 页 / 共 &N 页  Page &P of &N"
    ws.oddFooter.center.size = 8

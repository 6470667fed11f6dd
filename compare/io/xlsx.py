"""Rows for openpyxl's write-only worksheets, written without a Cell object per value.

openpyxl spends about ten microseconds on each cell it writes (a Cell object, its style, its coordinate,
checks); a review workbook of a 10,000-row list has some 400,000 cells. `RowWriter` writes each row as the
bytes lxml would write for it (the same XML openpyxl writes: inline strings, numbers, style ids; ASCII with
character references, as openpyxl's stream is), straight into the sheet's file between the parts openpyxl
writes itself, so the file, its styles and everything else in it stay openpyxl's. Where lxml is not
installed it falls back to ordinary openpyxl cells.

Text is always written as text (an inline string), so input that starts with = + - @ can never become a
formula, and characters that XML cannot hold (control characters) are left out rather than failing the
whole workbook.
"""

from __future__ import annotations

import math
import re
from copy import copy
from typing import Any, Iterable, NamedTuple

# Text starting with these is a formula to Excel: such text is written as text (OWASP "CSV injection").
FORMULA_PREFIXES = ("=", "+", "-", "@")

try:  # openpyxl streams through lxml when it is installed; rows are then written as lxml would write them
    import lxml.etree  # noqa: F401

    from openpyxl import LXML as _OPENPYXL_LXML
except ImportError:  # pragma: no cover - lxml is a dependency; this is the safety net
    _OPENPYXL_LXML = False


def _writer_internals() -> bool:
    """True when openpyxl's worksheet writer has the parts `_sheet_file` uses (openpyxl 3.1's, which are not its
    public API): another release without them gets the ordinary cells, slower but the same workbook."""
    try:
        import inspect

        from openpyxl.worksheet._writer import WorksheetWriter, create_temporary_file  # noqa: F401
    except ImportError:
        return False
    return "out" in inspect.signature(WorksheetWriter).parameters \
        and all(callable(getattr(WorksheetWriter, name, None)) for name in ("write_top", "close"))


_FAST_ROWS = _OPENPYXL_LXML and _writer_internals()

# What XML 1.0 cannot hold: C0 controls other than tab, newline and carriage return; lone surrogates; U+FFFE/F.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class Styled(NamedTuple):
    """A value with the id of the cell style it is shown in (see `RowWriter.style`)."""

    value: Any
    style: int


def xml_text(value: str) -> str:
    """`value` without the characters an xlsx file cannot hold."""
    return _NOT_XML.sub("", value) if _NOT_XML.search(value) else value


class RowWriter:
    """Appends rows to one write-only worksheet. A row is a list of values (None for an empty cell,
    str, int, float, bool) and `Styled` values."""

    def __init__(self, ws, fast: bool = True) -> None:
        """`ws`: a write-only worksheet whose column widths and panes are already set (they come before the
        rows in the file). `fast=False` writes through openpyxl cells (the reference the tests compare with)."""
        from compare.io import scratch

        scratch.install()  # the sheet's temporary file goes to the project's scratch folder, not /tmp
        self.ws = ws
        self.rows = 0
        self._fast = fast and _FAST_ROWS
        self._arrays: dict[int, Any] = {}   # style id -> openpyxl StyleArray (for the fallback)
        self._columns: list[str] = []
        if self._fast:
            self._file = _sheet_file(ws)
            ws._rows = self._stream()
            next(ws._rows)

    def style(self, attributes: dict) -> int:
        """The workbook's id of the style made of `attributes` (font, fill, alignment, border,
        number_format), registered once."""
        from openpyxl.cell import WriteOnlyCell

        probe = WriteOnlyCell(self.ws)
        for name, value in attributes.items():
            setattr(probe, name, value)
        style_id = probe.style_id
        self._arrays[style_id] = copy(probe._style)
        return style_id

    def append(self, values: Iterable[Any], height: float | None = None) -> None:
        """Add a row; `height` in points fixes its height (the fast path only; Excel's default otherwise)."""
        self.rows += 1
        if self._fast:
            self.ws._rows.send(self._row(values, self.rows, height))
        else:
            self.ws.append([self._cell(v) for v in values])

    # ------------------------------------------------------------------ lxml

    def _stream(self):
        """Takes the place of the sheet's own row generator: openpyxl's stream opens the sheetData element and
        closes it; the rows in between go to the same file as bytes."""
        writer = self.ws._writer
        xf = writer.xf.send(True)
        with xf.element("sheetData"):
            xf.flush()  # what openpyxl has written so far goes first
            write = self._file.write
            try:
                while True:
                    write((yield))
            except GeneratorExit:
                pass
        writer.xf.send(None)

    def _column(self, i: int) -> str:
        from openpyxl.utils import get_column_letter

        while len(self._columns) <= i:
            self._columns.append(get_column_letter(len(self._columns) + 1))
        return self._columns[i]

    def _row(self, values: Iterable[Any], index: int, height: float | None = None) -> bytes:
        """The row's XML, as lxml writes it (the reference: `tests/compare/io/test_xlsx_rows.py`)."""
        values = list(values)
        if len(self._columns) < len(values):
            self._column(len(values) - 1)
        columns, suffix = self._columns, str(index)
        parts = [f'<row r="{suffix}" ht="{height:g}" customHeight="1">' if height else f'<row r="{suffix}">']
        for i, value in enumerate(values):
            style = ""
            if type(value) is Styled:
                value, code = value
                if code:
                    style = f' s="{code}"'
            if value is None:
                if style:
                    parts.append(f'<c r="{columns[i]}{suffix}"{style}/>')
                continue
            if isinstance(value, str):
                value = xml_text(value)
                space = ' xml:space="preserve"' if value != value.strip() else ""
                parts.append(f'<c r="{columns[i]}{suffix}"{style} t="inlineStr"><is><t{space}>'
                             f'{value.translate(_ESCAPED)}</t></is></c>')
            elif isinstance(value, bool):
                parts.append(f'<c r="{columns[i]}{suffix}"{style} t="b"><v>{"1" if value else "0"}</v></c>')
            elif isinstance(value, (int, float)) and math.isfinite(value):
                number = repr(value) if isinstance(value, float) else str(value)
                parts.append(f'<c r="{columns[i]}{suffix}"{style} t="n"><v>{number.translate(_ESCAPED)}</v></c>')
            else:  # anything else (a date, NaN) is shown as its text
                parts.append(f'<c r="{columns[i]}{suffix}"{style} t="inlineStr"><is><t>'
                             f'{xml_text(str(value)).translate(_ESCAPED)}</t></is></c>')
        parts.append("</row>")
        return "".join(parts).encode("ascii", "xmlcharrefreplace")

    # -------------------------------------------------------------- fallback

    def _cell(self, value: Any):
        from openpyxl.cell import WriteOnlyCell

        style = 0
        if type(value) is Styled:
            value, style = value
        if isinstance(value, str):
            value = xml_text(value)
        elif isinstance(value, float) and not math.isfinite(value):
            value = str(value)
        cell = WriteOnlyCell(self.ws, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # never a formula
        if style:
            cell._style = copy(self._arrays[style])
        return cell


# What lxml writes as a reference in text: markup characters, and carriage returns (a parser reads a bare one
# as a line end)
_ESCAPED = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})


def _sheet_file(ws):
    """Opens the write-only sheet's stream on a file of ours (openpyxl's own stream would take only elements),
    and returns it: openpyxl writes the sheet's head and tail into it, `RowWriter` the rows. openpyxl copies
    the sheet from the file's name when the workbook is saved, by which time the file is closed."""
    from openpyxl.worksheet import _writer

    name = _writer.create_temporary_file()  # looked up now: the project's scratch folder (compare.io.scratch)
    file = open(name, "wb")
    writer = _writer.WorksheetWriter(ws, out=file)
    writer.out = name
    close = writer.close

    def close_both() -> None:
        try:
            close()
        finally:
            file.close()

    writer.close = close_both
    writer.rows_file = file  # closed by save_workbook if the save fails
    ws._writer = writer
    writer.write_top()
    return file


def text_cell(ws, value, style: dict | None = None):
    """A write-only cell holding `value`; text that Excel would run as a formula stays text, and characters an
    xlsx file cannot hold (control characters) are left out."""
    from openpyxl.cell import WriteOnlyCell

    from compare.io import scratch

    scratch.install()  # before the sheet's first row makes its temporary file
    if isinstance(value, str):
        value = xml_text(value)
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        cell.data_type = "s"
    for name, val in (style or {}).items():
        setattr(cell, name, val)
    return cell


def save_workbook(wb, path) -> None:
    """`wb.save(path)` for a write-only workbook, leaving nothing half-open when the write fails (a full
    disk): the zip file and each sheet's stream are closed here, quietly, and the error propagates. Left to
    the garbage collector, they would print "Exception ignored" tracebacks after the user's message."""
    import zipfile

    from openpyxl.writer.excel import ExcelWriter

    archive = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(wb, archive).save()
    except BaseException:
        for ws in wb.worksheets:
            writer = getattr(ws, "_writer", None)
            for stream in (getattr(ws, "_rows", None), getattr(writer, "xf", None), getattr(writer, "rows_file", None)):
                try:
                    stream.close()
                except Exception:  # a stream cut mid-element complains as it closes; the first error is reported
                    pass
        try:
            archive.close()
        except Exception:
            pass
        fp, archive.fp = archive.fp, None
        try:
            if fp is not None:
                fp.close()
        except Exception:
            pass
        raise

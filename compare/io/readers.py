"""Read the lists and corpora users bring: CSV (UTF-8, UTF-8 with BOM, UTF-16, GB18030/GBK), XLSX and JSONL.

Columns are found by their names in Chinese or English (标准号 / standard, 条款号 / clause, 条款内容 / text ...),
or named by the caller; the header may sit below a title row. Rows stream out as `InputRow`s.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from compare.core.errors import ColumnError, InputFileError
from compare.core.model import InputRow
from compare.core.policy import MAX_CELL_CHARS
from compare.core.text import clean_cell, decode_text, header_key, in_gb2312, rare_share, sniff_delimiter
from compare.documents import CLAUSE_COLUMNS, DOCUMENT_SUFFIXES, check_not_other_word, clause_rows, read_document

ROLES = ("standard", "clause", "text", "title", "lang")

COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "standard": ("standard", "standard no", "standard number", "standard_no", "std", "标准号", "标准编号",
                 "标准代号", "标准", "国家标准号", "国际标准号"),
    "clause": ("clause", "clause no", "clause number", "clause_no", "section", "条款号", "条款", "章条号",
               "章条", "条款编号", "条目"),
    "text": ("text", "clause text", "content", "requirement", "requirements", "条款内容", "内容", "文本",
             "技术要求", "条文", "要求", "条款文本", "条文内容", "条款原文", "条文原文", "标准条文", "原文"),
    "title": ("title", "standard title", "name", "标准名称", "名称", "标题", "中文名称", "英文名称",
              "title.en", "english title"),
    "lang": ("lang", "language", "语言", "语种"),
}
# A list from Taiwan or Hong Kong (Big5, or UTF-8 in traditional characters) heads its columns '標準號', '條款內容'.
_TRADITIONAL = str.maketrans("标准号编条内术称题语种际国码", "標準號編條內術稱題語種際國碼")
_ALIAS_KEYS = {role: {header_key(a) for a in aliases} | {header_key(a.translate(_TRADITIONAL)) for a in aliases}
               for role, aliases in COLUMN_ALIASES.items()}

SUPPORTED = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".jsonl")
# Standards documents (PDF, page images, DOCX, STS XML) are read into their clause tree (compare/documents).
DOCUMENTS = DOCUMENT_SUFFIXES
READABLE = SUPPORTED + DOCUMENTS
HEADER_SEARCH_ROWS = 30
# An .xlsx is a zip of XML; a small file that unpacks to gigabytes is a zip bomb, not a list.
MAX_UNPACKED_BYTES = 1_000_000_000
MAX_PACK_RATIO = 200
MAX_COLUMNS = 500


@dataclass
class Table:
    """An opened input file: where its header is, which column plays which role, and its rows."""

    path: Path
    headers: list[str]
    columns: dict[str, str]            # role -> header as written in the file
    sheet: str | None = None
    encoding: str | None = None
    header_line: int = 1
    total_hint: int | None = None      # rows expected, for progress bars (may be an over-estimate)
    exact_total: Callable[[], int | None] | None = field(default=None, repr=False)  # rows counted (xlsx)
    document: object | None = None     # the StandardDocument a document file was read into (pages OCR'd, skipped)
    _rows: Callable[[], Iterator[InputRow]] = field(default=lambda: iter(()), repr=False)

    def rows(self) -> Iterator[InputRow]:
        return self._rows()

    @property
    def of_standards(self) -> bool:
        """True for a list of whole standards: no text column, the title is what is matched."""
        return "title" in self.columns and self.columns.get("text") == self.columns["title"]


def open_table(
    path: str | Path,
    *,
    sheet: str | None = None,
    columns: dict[str, str] | None = None,
    max_rows: int | None = None,
    map_pages=None,
) -> Table:
    """Open a CSV, XLSX or JSONL file and find its columns.

    `columns` maps a role (standard, clause, text, title, lang) to a header name given by the user;
    the rest are found by their usual names. A file with no text column but a title column (a list of
    whole standards) uses the title as the text to match. Reading more than `max_rows` data rows stops
    with a message (checked before anything is written). A standards document (PDF ...) is read into its
    clauses; `map_pages` spreads the OCR of its pages over workers (see compare.documents.read_document).
    """
    table = _open_table(path, sheet=sheet, columns=columns, map_pages=map_pages)
    if max_rows is not None:
        # a workbook's declared size can lie (too large): it is refused up front only once its rows are counted
        if table.total_hint is not None and table.total_hint > max_rows and (
                table.exact_total is None or (table.exact_total() or 0) > max_rows):
            raise InputFileError(_too_many(table.path, max_rows), option="max_rows")
        rows = table._rows
        table._rows = lambda: _limited(rows(), max_rows, table.path)
    return table


def check_has_rows(table: Table) -> None:
    """Refuse a list with column names and no row under them: matched, it gave an empty workbook and an empty
    report, and a job 'done' with 0 rows."""
    if next(iter(table.rows()), None) is None:
        where = f" (sheet '{table.sheet}')" if table.sheet else ""
        raise InputFileError(f"{table.path.name}{where} has column names (row {table.header_line}) but no rows under "
                             "them: nothing to match; put the clauses under the column names, or choose the list "
                             "that holds them")


def _too_many(path: Path, limit: int) -> str:
    return f"{path.name} has more than {limit:,} rows; split it into smaller lists, or raise the row limit"


def _limited(rows: Iterator[InputRow], limit: int, path: Path) -> Iterator[InputRow]:
    for row in rows:
        if row.row > limit:
            raise InputFileError(_too_many(path, limit), option="max_rows")
        yield row


def _open_table(path, *, sheet=None, columns=None, map_pages=None) -> Table:
    path = Path(path)
    if not path.exists():
        raise InputFileError(f"file not found: {path}")
    if not path.is_file():
        raise InputFileError(f"not a file: {path}")
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise InputFileError(f"{path.name} is an old Excel 97-2003 .xls file; open it in Excel or WPS and save it "
                             "as .xlsx (or as CSV UTF-8), then try again")
    if suffix in DOCUMENTS:
        return _open_document(path, map_pages)
    check_not_other_word(path)
    if suffix not in SUPPORTED:
        raise InputFileError(f"unknown file type '{suffix or path.name}': use .csv, .xlsx or .jsonl (a list of "
                             "clauses), or a standard as .pdf, .docx or STS .xml")
    columns = {k: v for k, v in (columns or {}).items() if v}
    if suffix in (".xlsx", ".xlsm"):
        return _open_xlsx(path, sheet, columns)
    if suffix == ".jsonl":
        return _open_jsonl(path, columns)
    return _open_delimited(path, columns)


# ---------------------------------------------------------------- header detection

# A note in brackets after a column's name ('条款内容（中文）', '标准号 (含年代号)', 'Clause text [EN]').
_BRACKETED = re.compile(r"\s*[(（\[【][^)）\]】]*[)）\]】]\s*")


# Other names a list gives its clause text ('技术要求内容', '章条内容', 'Requirement text'): what the text is of, then
# a word for its wording. Tried after the usual names, for the text column only.
_TEXT_LIKE = re.compile(r"(?:条文|条款|章条|技术要求|要求|规定|clause|requirement)s?(?:内容|原文|文本|正文|描述|text|content|wording)")


def _match_roles(headers: list[str], named: dict[str, str]) -> dict[str, int]:
    """Map roles to column positions: names given by the user first, then the usual aliases, then the usual
    aliases followed by a note in brackets, then (for the text) a name of the usual shape."""
    keys = [header_key(h) for h in headers]
    found: dict[str, int] = {}
    for role, name in named.items():
        key = header_key(name)
        if key in keys:
            found[role] = keys.index(key)
    for names in (keys, [header_key(_BRACKETED.sub("", str(h))) for h in headers]):
        for role in ROLES:
            if role in found or role in named:
                continue
            for i, key in enumerate(names):
                if key and key in _ALIAS_KEYS[role] and i not in found.values():
                    found[role] = i
                    break
    if "text" not in found and "text" not in named:
        for i, key in enumerate(header_key(_BRACKETED.sub("", str(h))) for h in headers):
            if _TEXT_LIKE.fullmatch(key) and i not in found.values():
                found["text"] = i
                break
    return found


def _find_header(rows: list[list[str]], named: dict[str, str]) -> tuple[int, dict[str, int]]:
    """The index of the header row among the first rows, and the roles found in it."""
    best = (-1, {})
    for i, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        roles = _match_roles(cells, named)
        if named and all(r in roles for r in named):
            return i, roles
        if not named and ("text" in roles or "title" in roles) and len(roles) > len(best[1]):
            best = (i, roles)
    return best


def _sentence_column(headers: list[str], roles: dict[str, int], sample: list[list]) -> str:
    """The first column playing no role whose filled cells, in most sample rows, are sentences (a full stop or a
    semicolon inside or at the end, ten characters or more): clause text under a name not recognised. Standard
    titles hold no full stop."""
    taken = set(roles.values())
    for i, name in enumerate(headers):
        if i in taken or not name:
            continue
        cells = [clean_cell(r[i]) for r in sample if i < len(r) and clean_cell(r[i])]
        sentences = [c for c in cells if len(c) >= 10 and re.search(r"[。；;]|\.\s|\.$", c)]
        if cells and 2 * len(sentences) > len(cells):
            return name
    return ""


def _resolve(path: Path, headers: list[str], roles: dict[str, int], named: dict[str, str],
             where: str, sample: list[list] = ()) -> dict[str, int]:
    missing = [r for r in named if r not in roles]
    if missing:
        role = missing[0]
        raise ColumnError(
            f"column '{named[role]}' not found in {path.name}{where}; found: {_list(headers)}; "
            f"check the name given for the {role} column",
            option=f"{role}_column",
        )
    if "text" not in roles:
        if "title" in roles and (sentences := _sentence_column(headers, roles, list(sample))):
            # read as a list of whole standards, its clause text would be passed over without a word
            raise ColumnError(
                f"no column of {path.name}{where} is named as clause text, so it would be matched as a list of whole "
                f"standards on the titles in '{headers[roles['title']]}'; but the column '{sentences}' holds "
                "sentences: name it as the text column to match the clauses",
                option="text_column", found=tuple(h for h in headers if h))
        if "title" in roles:
            roles = {**roles, "text": roles["title"]}
        elif misread := _misread_chinese(headers):
            # naming a column would not help: every Chinese cell of the file is garbled the same way
            raise ColumnError(
                f"the column names of {path.name}{where} are Chinese text garbled by a wrong encoding: "
                f"'{misread[0][0]}' is '{misread[0][1]}' read as Latin-1 and saved again. Take the original "
                "file, or open it in Excel with Data > From Text/CSV, file origin 'Chinese Simplified (GB18030)' "
                "or 'UTF-8', and save it as .xlsx or 'CSV UTF-8'")
        else:
            raise ColumnError(
                f"no text column found in {path.name}{where}; found: {_list(headers)}; "
                "name the text column (usual names: 条款内容, 内容, 技术要求, text)",
                option="text_column", found=tuple(h for h in headers if h),
            )
    return roles


def _misread_chinese(headers: list[str]) -> list[tuple[str, str]]:
    """(as read, as meant) for column names that are Chinese in GB18030 or UTF-8 once their characters are taken
    back to bytes as Latin-1 (Windows-1252): a file opened in the wrong encoding and saved again ('±ê×¼ºÅ' is
    '标准号'). Plain Latin names with accents ('Référence') give no Chinese and are not listed."""
    found = []
    for header in headers:
        # each Chinese character becomes two or three such characters: they are most of a garbled name
        high = sum(1 for c in header if 0x80 <= ord(c) <= 0xFF or c in _CP1252_ONLY)
        if not header.strip() or 2 * high < len(header.strip()):
            continue
        for source in ("latin-1", "cp1252"):
            try:
                raw = header.encode(source)
            except UnicodeEncodeError:
                continue
            meant = next((text for text in (_decoded(raw, "utf-8"), _decoded(raw, "gb18030"))
                          if text and sum(1 for c in text if "\u4e00" <= c <= "\u9fff") >= 2), None)
            if meant:
                found.append((header, meant))
                break
    return found


_CP1252_ONLY = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"


def _decoded(raw: bytes, encoding: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return ""


def _list(headers: list[str]) -> str:
    shown = [h for h in headers if h][:20]
    return ", ".join(shown) if shown else "(no column names)"


def _cap(cells: list, values: list[str], names: list[str], roles: dict[str, int]) -> str:
    """Cut cells longer than MAX_CELL_CHARS in place (both the cleaned value and the cell as read); returns
    the note saying what was cut, or ''."""
    notes = []
    role_of = {i: role for role, i in roles.items()}
    for i, value in enumerate(values):
        if len(value) > MAX_CELL_CHARS:
            name = role_of.get(i) or (names[i] if i < len(names) else f"column {i + 1}")
            notes.append(f"{name} cut to the first {MAX_CELL_CHARS:,} of {len(value):,} characters")
            values[i] = value[:MAX_CELL_CHARS]
            if isinstance(cells[i], str):
                cells[i] = cells[i][:MAX_CELL_CHARS]
    return "; ".join(notes)


# A row that totals the list ('合计', '总计：8 条', 'Total' in its first filled cell) is no clause: read with no
# text, it is neither matched nor counted among the rows without a counterpart (it lowered the coverage).
_TOTAL_ROW = re.compile(r"(?:合计|总计|小计|共计|总数|total|totals|subtotal|grandtotal)[:：]?(?:共?\d*(?:条|项|个|行|"
                        r"clauses?|rows?|items?|standards?)?)?", re.IGNORECASE)
TOTAL_ROW = "total row"


def _total_row(values: list[str]) -> str:
    first = next((v for v in values if v), "")
    return TOTAL_ROW if len(first) <= 30 and _TOTAL_ROW.fullmatch(re.sub(r"\s+", "", first)) else ""


def _make_rows(data: Iterator[tuple[int, list]], headers: list[str], roles: dict[str, int]) -> Iterator[InputRow]:
    """Turn raw cell lists into InputRows, skipping rows whose cells are all empty; cells longer than
    MAX_CELL_CHARS are cut, with a note on the row; a total row is read with no text (`InputRow.skip`)."""
    number = 0
    names = [h if h else f"column {i + 1}" for i, h in enumerate(headers)]
    for line, cells in data:
        values = [clean_cell(c) for c in cells]
        if not any(values):
            continue
        number += 1
        cells = list(cells)
        note = _cap(cells, values, names, roles)

        def cell(role: str) -> str:
            i = roles.get(role)
            return values[i] if i is not None and i < len(values) else ""

        original = {name: (cells[i] if i < len(cells) else None) for i, name in enumerate(names)}
        skip = _total_row(values)
        yield InputRow(row=number, line=line, text="" if skip else cell("text"), standard=cell("standard"),
                       clause=cell("clause"), title=cell("title"), lang=cell("lang"), original=original, note=note,
                       skip=skip)


# ---------------------------------------------------------------- CSV

def _open_delimited(path: Path, named: dict[str, str]) -> Table:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputFileError(f"cannot read {path}: {exc.strerror}") from exc
    if raw[:4] == b"PK\x03\x04":
        raise InputFileError(f"{path.name} is a zip/xlsx file despite its name; rename it to .xlsx")
    text, encoding = decode_text(raw, path.name)
    if not text.strip():
        raise InputFileError(f"{path.name} is empty")
    sample = text[:16384]
    delimiter = "\t" if path.suffix.lower() == ".tsv" else sniff_delimiter(sample)
    # the csv module refuses fields over 131,072 characters by default; long cells are cut later, with a note
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    all_rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    header_at, roles = _find_header(all_rows, named)
    headers = [h.strip() for h in all_rows[header_at]] if header_at >= 0 else (all_rows[0] if all_rows else [])
    try:
        roles = _resolve(path, headers, roles, named, "", all_rows[header_at + 1:header_at + 1 + HEADER_SEARCH_ROWS])
    except ColumnError as exc:
        if encoding == "gb18030" and _garbled_cjk(text):
            # a Big5 (traditional Chinese) file decodes as GB18030 too, into other characters: the column
            # names found are then garbage, and naming a column would not help
            raise ColumnError(f"{exc}; {path.name} was read as GBK/GB18030: if these names look garbled, the file "
                              "is in another encoding (Big5?): open it in Excel and save it as 'CSV UTF-8'") from exc
        raise

    def rows() -> Iterator[InputRow]:
        data = ((i + 1, cells) for i, cells in enumerate(all_rows) if i > header_at)
        return _make_rows(data, headers, roles)

    return Table(path=path, headers=headers, columns={r: headers[i] for r, i in roles.items()},
                 encoding=encoding, header_line=header_at + 1, total_hint=max(0, len(all_rows) - header_at - 1),
                 _rows=rows)


def _garbled_cjk(text: str) -> bool:
    """True when Chinese text decoded as GB18030 looks like another encoding read wrongly: a quarter or more of
    its CJK characters lie outside GB2312's 6,763 common ones (Big5 read as GBK gives about half; a GBK list of
    standards, almost none)."""
    return rare_share(text, in_gb2312) >= 0.25


# ---------------------------------------------------------------- XLSX

_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s>/]")


def _count_rows(path: Path, ws, limit: int = 2_000_000, chunk: int = 1 << 20) -> int | None:
    """Rows in a sheet that declares no dimensions, counted from its XML (fast: no cell is parsed), for the
    progress bar's time left; None when it cannot be told or passes `limit`."""
    member = getattr(ws, "_worksheet_path", None)
    if not member:
        return None
    count, tail = 0, b""
    try:
        with zipfile.ZipFile(path) as package, package.open(member) as fh:
            while block := fh.read(chunk):
                data = tail + block
                # tags starting in the last 16 bytes (perhaps cut by the boundary) are counted next round
                cut = max(0, len(data) - 16)
                count += sum(1 for m in _ROW_TAG.finditer(data) if m.start() < cut)
                tail = data[cut:]
                if count > limit:
                    return None
            count += len(_ROW_TAG.findall(tail))
    except (OSError, KeyError, zipfile.BadZipFile):
        return None
    return count


_MERGE_TAG = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?ref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"')


def _merged_down(path: Path, ws, chunk: int = 1 << 20) -> list[tuple[int, int, int]]:
    """The cells merged down one column of a sheet, as (column, first row, last row), 1-based, read from the
    sheet's XML (a read-only sheet does not give them): a standard's number or title written once beside its
    clauses, a header cell spanning a two-row header. Merges across columns (a title row, a section row) are
    left out: they do not say a value of several rows."""
    from openpyxl.utils import column_index_from_string

    member = getattr(ws, "_worksheet_path", None)
    if not member:
        return []
    found, tail = [], b""
    try:
        with zipfile.ZipFile(path) as package, package.open(member) as fh:
            while block := fh.read(chunk):
                data = tail + block
                cut = max(0, len(data) - 128)  # a tag starting in the last bytes may be cut: read with the next
                found += [m.groups() for m in _MERGE_TAG.finditer(data) if m.start() < cut]
                tail = data[cut:]
            found += [m.groups() for m in _MERGE_TAG.finditer(tail)]
    except (OSError, KeyError, zipfile.BadZipFile):
        return []
    return [(column_index_from_string(c1.decode()), int(r1), int(r2)) for c1, r1, c2, r2 in found
            if c1 == c2 and int(r2) > int(r1)]


def _fill_down(rows: Iterator[tuple[int, list]], merges: list[tuple[int, int, int]]) -> Iterator[tuple[int, list]]:
    """(line, cells) with each cell merged down a column holding the value of the merge's first cell, as Excel
    shows it: only the first cell of a merge keeps a value in the file, so the clauses under a merged standard
    number read as having none."""
    if not merges:
        yield from rows
        return
    pending = sorted(merges, key=lambda m: m[1])
    at, active, first_values = 0, [], {}
    for line, cells in rows:
        while at < len(pending) and pending[at][1] <= line:
            active.append(pending[at])
            at += 1
        active = [m for m in active if m[2] >= line]
        for column, first, _ in active:
            i = column - 1
            if line == first:
                first_values[column, first] = cells[i] if i < len(cells) else None
            elif clean_cell(first_values.get((column, first))) and (i >= len(cells) or not clean_cell(cells[i])):
                cells = list(cells) + [None] * (i + 1 - len(cells))
                cells[i] = first_values[column, first]
        yield line, cells


def _load_workbook(path: Path):
    from openpyxl import load_workbook

    with path.open("rb") as fh:
        head = fh.read(8)
    if not head:
        raise InputFileError(f"{path.name} is empty (0 bytes): the file was not saved completely, or not copied "
                             "whole; save the list from Excel again")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputFileError(f"{path.name} is password-protected or an old .xls saved under another name; "
                             "remove the password (or save as .xlsx) and try again")
    if not head.startswith(b"PK"):
        raise InputFileError(f"{path.name} is not an Excel .xlsx file (it is not a zip package); "
                             "open it in Excel and save it as .xlsx, or save it as CSV")
    _check_package(path)
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise InputFileError(f"{path.name} is a damaged .xlsx workbook ({exc}); open and re-save it in Excel") from exc
    except Exception as exc:  # openpyxl raises several of its own types for broken packages
        raise InputFileError(f"{path.name} could not be read as .xlsx ({type(exc).__name__}: {exc}); "
                             "open and re-save it in Excel") from exc


def _check_package(path: Path) -> None:
    """Refuse zip bombs before openpyxl unpacks anything."""
    try:
        with zipfile.ZipFile(path) as package:
            unpacked = sum(info.file_size for info in package.infolist())
    except zipfile.BadZipFile as exc:
        raise InputFileError(f"{path.name} is a damaged .xlsx workbook ({exc}); open and re-save it in Excel") from exc
    packed = max(path.stat().st_size, 1)
    if unpacked > MAX_UNPACKED_BYTES or (unpacked > 50_000_000 and unpacked / packed > MAX_PACK_RATIO):
        raise InputFileError(f"{path.name} unpacks to {unpacked / 1e6:,.0f} MB from {packed / 1e6:,.1f} MB: it looks "
                             "like a zip bomb, not a list; open it in Excel, keep the data, and save a new file")


def _formulas_without_values(path: Path, sheet: str, header_at: int, column: int) -> str | None:
    """The first text cell that holds a formula Excel never calculated (so no value was saved), if any."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=False)
    try:
        for i, row in enumerate(wb[sheet].iter_rows(min_row=header_at + 2, max_row=header_at + 201)):
            cell = row[column] if column < len(row) else None
            # a formula cell, not text that starts with '=' (which is read as the text it is)
            if cell is not None and getattr(cell, "data_type", None) == "f":
                return f"row {header_at + 2 + i}: {str(cell.value)[:40]}"
    finally:
        wb.close()
    return None


def _open_xlsx(path: Path, sheet: str | None, named: dict[str, str]) -> Table:
    wb = _load_workbook(path)
    names = wb.sheetnames
    if sheet is not None and sheet not in names:
        raise ColumnError(f"sheet '{sheet}' not found in {path.name}; sheets: {', '.join(names)}")
    candidates = [sheet] if sheet is not None else names
    first_failure: ColumnError | None = None
    for name in candidates:
        ws = wb[name]
        # Declared dimensions can lie either way (A1:XFD1048576 over a few cells, or A1:C2 over 300,000 rows):
        # read what is really there, and count the rows from the sheet's XML for the progress bar.
        ws.reset_dimensions()
        merged = _merged_down(path, ws)
        head = [[clean_cell(c) for c in row][:MAX_COLUMNS] for _, row in _fill_down(
            enumerate(ws.iter_rows(max_row=HEADER_SEARCH_ROWS, values_only=True), start=1), merged)]
        if not any(any(r) for r in head):
            continue
        header_at, roles = _find_header(head, named)
        headers = head[header_at] if header_at >= 0 else next((r for r in head if any(r)), [])
        try:
            roles = _resolve(path, headers, roles, named, f" (sheet '{name}')", head[header_at + 1:])
        except ColumnError as exc:
            first_failure = first_failure or exc
            continue
        start = header_at + 2  # 1-based spreadsheet row after the header
        text_at = roles["text"]
        sample = [r for r in head[header_at + 1:] if any(r)]
        # a text cell that reads empty may hold a formula no one calculated: one such row among others was
        # read as an empty row, its clause lost without a word
        if not all(text_at < len(r) and r[text_at] for r in sample):
            formula = _formulas_without_values(path, name, header_at, text_at)
            if formula:
                raise InputFileError(
                    f"the column '{headers[text_at]}' of {path.name} holds formulas with no saved values ({formula}); "
                    "open the file in Excel or WPS and save it, or copy the column and paste it as values")

        def rows(ws=ws, start=start, headers=headers, roles=roles, merged=merged) -> Iterator[InputRow]:
            data = ((start + i, list(r)) for i, r in enumerate(ws.iter_rows(min_row=start, values_only=True)))
            return _make_rows(_fill_down(data, merged), headers, roles)

        last = ws.max_row or _count_rows(path, ws)  # streamed workbooks often declare no dimensions
        total = last - header_at - 1 if last and last < 2_000_000 else None
        def exact(ws=ws, header_at=header_at) -> int | None:
            counted = _count_rows(path, ws)
            return None if counted is None else counted - header_at - 1

        return Table(path=path, headers=headers, columns={r: headers[i] for r, i in roles.items()}, sheet=name,
                     header_line=header_at + 1, total_hint=total, exact_total=exact, _rows=rows)
    if first_failure:
        raise first_failure
    raise InputFileError(f"{path.name} has no data in any sheet")


# ---------------------------------------------------------------- JSONL

_SURROGATE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")  # quick test on the line before walking the object


def _has_surrogate(value) -> bool:
    """True if a string anywhere in `value` holds a code point of the surrogate range (not encodable as UTF-8)."""
    if isinstance(value, str):
        return any("\ud800" <= ch <= "\udfff" for ch in value)
    if isinstance(value, dict):
        return any(_has_surrogate(k) or _has_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_surrogate(v) for v in value)
    return False

def _open_jsonl(path: Path, named: dict[str, str]) -> Table:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputFileError(f"cannot read {path}: {exc.strerror}") from exc
    text, encoding = decode_text(raw, path.name)
    records: list[tuple[int, dict]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputFileError(f"{path.name} line {number} is not valid JSON ({exc.msg}); "
                                 "each line must be one JSON object") from exc
        if not isinstance(obj, dict):
            raise InputFileError(f"{path.name} line {number} is not a JSON object")
        if _SURROGATE.search(line) and _has_surrogate(obj):
            raise InputFileError(f"{path.name} line {number} holds a lone surrogate escape (such as \\udcff), which "
                                 "is half of a character, not text; fix or remove it and try again")
        records.append((number, obj))
    if not records:
        raise InputFileError(f"{path.name} is empty")
    headers: list[str] = []
    for _, obj in records:
        headers.extend(k for k in obj if k not in headers)
    roles = _resolve(path, headers, _match_roles(headers, named), named, "",
                     [[obj.get(h) for h in headers] for _, obj in records[:HEADER_SEARCH_ROWS]])

    def rows() -> Iterator[InputRow]:
        data = ((n, [obj.get(h) for h in headers]) for n, obj in records)
        return _make_rows(data, headers, roles)

    return Table(path=path, headers=headers, columns={r: headers[i] for r, i in roles.items()},
                 encoding=encoding, total_hint=len(records), _rows=rows)


# ---------------------------------------------------------------- standards documents

def _open_document(path: Path, map_pages=None) -> Table:
    """A standards document read into its clause tree, served as a table of clauses in document order (its
    front matter left out: no clause to match or compare)."""
    document = read_document(path, map_pages=map_pages)
    records = list(clause_rows(document, front=False))
    headers = list(CLAUSE_COLUMNS)
    roles = {role: headers.index(role) for role in ("standard", "clause", "text", "title", "lang")}

    def rows() -> Iterator[InputRow]:
        data = ((i + 1, [record[h] for h in headers]) for i, record in enumerate(records))
        return _make_rows(data, headers, roles)

    return Table(path=path, headers=headers, columns={r: headers[i] for r, i in roles.items()},
                 total_hint=len(records), document=document, _rows=rows)

"""Catalogues of whole standards (CSV/XLSX): number, title, English title, ICS, year, status, adoption note.

A catalogue is a list of standards, one a row, as the national public service platform or an ISO/IEC export
gives it. Columns are found by their usual Chinese or English names. Rows that cannot be used fully (a number
that does not parse, an empty title, a duplicate, an unknown status) are kept or left out with an `Issue` that
the report shows; nothing is dropped silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from compare.terms.adoption_notes import AdoptionNote, parse_note
from compare.core.errors import ColumnError, InvalidRowsError, StdcompareError
from compare.core.model import InputRow
from compare.io.readers import open_table
from compare.matching.titles import Statement
from compare.terms.stdnumber import StandardNumber, fold, split_double_number
from compare.core.text import clean_cell, header_key

CURRENT, WITHDRAWN, DRAFT = "current", "withdrawn", "draft"
DOMESTIC, INTERNATIONAL = "domestic", "international"

# Role -> usual header names, most specific first (a catalogue may have both 标准号 and 国际标准号).
CATALOGUE_COLUMNS: dict[str, tuple[str, ...]] = {
    "number": ("标准号", "标准编号", "standard number", "standard no", "reference", "number", "标准代号", "编号",
               "standard", "国际标准号", "国家标准号"),
    "title_en": ("英文名称", "英文标题", "标准英文名称", "english title", "title en", "title.en", "title_en"),
    "title": ("标准名称", "中文名称", "标准中文名称", "中文标题", "名称", "title", "standard title", "name", "标题"),
    "ics": ("ics", "ics号", "ics分类", "ics分类号", "ics code", "icscode", "ics codes", "国际标准分类号",
            "国际标准分类", "ics编号"),
    "year": ("year", "publication year", "发布年份", "年份", "年代号", "发布日期", "publication date", "date",
             "published"),
    "status": ("status", "标准状态", "状态", "current stage", "stage", "有效性"),
    "note": ("采标情况", "采用情况", "adoption", "adoption note", "采标", "采标说明", "与国际标准一致性",
             "一致性程度标识"),
    "reference": ("采用国际标准", "采用国际标准号", "adopted standard", "adopted international standard",
                  "international standard", "adopts", "对应国际标准"),
    "degree": ("采用程度", "一致性程度", "采标程度", "degree", "degree of correspondence", "equivalence"),
    "scope": ("scope", "范围", "适用范围", "主要内容"),
}
_KEYS = {role: [header_key(a) for a in aliases] for role, aliases in CATALOGUE_COLUMNS.items()}

_WITHDRAWN_WORDS = ("withdrawn", "废止", "作废", "被代替", "已代替", "replaced", "abolished", "obsolete",
                    "cancelled", "superseded", "撤销")
_CURRENT_WORDS = ("current", "现行", "有效", "published", "active", "valid", "in force", "confirmed")
_UPCOMING_WORDS = ("即将实施", "尚未实施", "to be implemented", "upcoming")
_ICS = re.compile(r"\d{2}(?:\.\d{3})?(?:\.\d{2})?")


@dataclass(frozen=True)
class Entry:
    """One standard of a catalogue.

    number: the parsed number, None when it did not parse (then `key` is the text as written).
    adopts: for a GB double number "GB/T 19001—2016/ISO 9001:2015", the international half (an identical
    adoption, GB/T 1.1); None otherwise.
    """

    side: str
    line: int
    raw_number: str
    number: StandardNumber | None
    title: str
    title_en: str = ""
    ics: str = ""
    year: int | None = None
    status: str = CURRENT
    status_raw: str = ""
    note: AdoptionNote = AdoptionNote(raw="")
    adopts: StandardNumber | None = None
    scope: str = ""

    @property
    def key(self) -> str:
        """Edition-free identity ('ISO 712'), used to link editions and adoptions."""
        return self.number.key if self.number else fold(self.raw_number).strip().upper()

    @property
    def label(self) -> str:
        """The number as shown in reports, normalised when it parsed."""
        return str(self.number) if self.number else self.raw_number

    @property
    def field(self) -> str:
        """The ICS field (first two digits of the first ICS code), '' when unclassified."""
        return self.ics[:2] if self.ics else ""

    @property
    def any_title(self) -> str:
        return self.title or self.title_en


@dataclass(frozen=True)
class Issue:
    """Something in a catalogue (or found while linking) that the report must show."""

    kind: str
    side: str
    number: str
    line: int | None
    message: str


@dataclass(frozen=True)
class Catalogue:
    """A catalogue as read: its usable entries (duplicates removed) and the issues found."""

    side: str
    name: str
    entries: tuple[Entry, ...]
    issues: tuple[Issue, ...]
    columns: dict[str, str]


def read_catalogue(path: str | Path, side: str, *, sheet: str | None = None) -> Catalogue:
    """Read a catalogue file (CSV, XLSX or JSONL) of `side` ('domestic' or 'international')."""
    path = Path(path)
    try:
        table = open_table(path, sheet=sheet)
    except ColumnError as exc:
        raise ColumnError(f"{path.name} is not a catalogue: it needs a number column and a title column "
                          f"(标准号 and 标准名称, or number and title); {_found(exc)}") from exc
    columns = find_columns(table.headers)
    if "number" not in columns:
        raise ColumnError(f"no standard number column in {path.name}; found: {', '.join(h for h in table.headers if h)}"
                          "; name it 标准号 or 'standard number'")
    return build_catalogue(table.rows(), side, columns, name=path.name)


# The option (compare.core.errors) naming the catalogue given with a list: the web page marks its field.
CATALOGUE = "catalogue"
CATALOGUE_NEEDS = ("a catalogue lists domestic standards, one a row, with the columns 标准号 and 标准名称 (number and "
                   "title) and 采标情况 (the adoption, e.g. 'ISO 139:2005, MOD'; or 采用国际标准 and 一致性程度), or "
                   "double numbers ('GB/T 19001-2016/ISO 9001:2015')")


def read_adoption_catalogue(path: str | Path) -> Catalogue:
    """A domestic catalogue given to state the adoptions of a list of whole standards (the catalogue a match run or
    an Excel job is given). A file that is no such catalogue is refused, saying what it is and what a
    catalogue needs: a list of clauses, an unrelated sheet, a catalogue of international standards, one that
    states no adoption. Read as they were, such files stated nothing (or named the list reader's text column)
    and the list was matched on titles alone."""
    path = Path(path)
    try:
        table = open_table(path)
    except ColumnError as exc:
        raise ColumnError(f"{path.name} is not a catalogue of standards ({_found(exc)}); {CATALOGUE_NEEDS}",
                          option=CATALOGUE) from exc
    except StdcompareError as exc:  # not a spreadsheet, damaged, empty ...: the reader's words, the field named
        exc.option = CATALOGUE
        raise
    shown = ", ".join(h for h in table.headers if h)
    if not table.of_standards:
        raise ColumnError(f"{path.name} is a list of clauses (its column '{table.columns['text']}' holds clause "
                          f"text), not a catalogue of standards: give it as the list to match; {CATALOGUE_NEEDS}",
                          option=CATALOGUE)
    columns = find_columns(table.headers)
    if "number" not in columns:
        raise ColumnError(f"{path.name} is not a catalogue of standards: it has no standard number column (found "
                          f"the columns {shown}); {CATALOGUE_NEEDS}", option=CATALOGUE)
    try:
        catalogue = build_catalogue(table.rows(), DOMESTIC, columns, name=path.name, check_side=False)
    except StdcompareError as exc:
        exc.option = CATALOGUE
        raise
    parsed = [e.number for e in catalogue.entries if e.number is not None]
    international = sum(1 for n in parsed if n.is_international)
    if parsed and international * 2 > len(parsed):
        raise InvalidRowsError(f"{path.name} is a catalogue of international standards ({international} of its "
                               f"{len(parsed)} numbers): the adoptions are stated in a catalogue of domestic "
                               f"standards; {CATALOGUE_NEEDS}", option=CATALOGUE)
    stating = [columns[role] for role in ("note", "reference", "degree") if role in columns]
    if not stating and not any(e.adopts for e in catalogue.entries):
        raise ColumnError(f"{path.name} states no adoption: it has no adoption column (采标情况, 采用国际标准, "
                          f"一致性程度) and none of its {len(catalogue.entries)} standard numbers is a double number "
                          f"(found the columns {shown}); add the adoption column, or match the list without a "
                          "catalogue", option=CATALOGUE)
    return catalogue


def _found(exc: ColumnError) -> str:
    """The columns the list reader found, in place of its own advice (naming a text column) that fits no
    catalogue."""
    return f"found the columns {', '.join(exc.found)}" if exc.found else f"{exc}"


def find_columns(headers: list[str]) -> dict[str, str]:
    """Map catalogue roles to headers; each header plays one role; aliases earlier in the list win."""
    keys = [header_key(h) for h in headers]
    found: dict[str, str] = {}
    for role, aliases in _KEYS.items():
        for alias in aliases:
            hits = [i for i, k in enumerate(keys) if k == alias and headers[i] not in found.values()]
            if hits:
                found[role] = headers[hits[0]]
                break
    return found


def build_catalogue(rows: Iterable[InputRow], side: str, columns: dict[str, str], *, name: str = "",
                    check_side: bool = True) -> Catalogue:
    """Turn rows into entries; pure apart from iterating `rows`. Raises InvalidRowsError if no row is usable, or
    (`check_side`) when most numbers are of the other side."""
    if side not in (DOMESTIC, INTERNATIONAL):
        raise InvalidRowsError(f"unknown catalogue side '{side}'; use domestic or international")
    entries: list[Entry] = []
    issues: list[Issue] = []
    seen: dict[str, Entry] = {}
    missing_status = 0
    for row in rows:
        entry, row_issues = _entry(row, side, columns)
        issues.extend(row_issues)
        if entry is None:
            continue
        if not entry.status_raw:
            missing_status += 1
        edition = entry.label
        if edition in seen:
            first = seen[edition]
            same = first.any_title == entry.any_title
            issues.append(Issue("duplicate", side, edition, entry.line,
                                f"{edition} appears again on line {entry.line} (first on line {first.line})"
                                + ("; the repeat was left out" if same else
                                   f" with another title ('{entry.any_title}'); the first row was kept")))
            continue
        seen[edition] = entry
        entries.append(entry)
    if not entries:
        raise InvalidRowsError(f"{name or 'the catalogue'} has no usable rows: every row lacked a standard number")
    if check_side:
        _check_side(entries, side, name)
    if missing_status:
        issues.append(Issue("status", side, "", None, f"{missing_status} {side} standard(s) have no status; "
                            "they were taken as current"))
    return Catalogue(side=side, name=name, entries=tuple(entries), issues=tuple(issues), columns=dict(columns))


def _check_side(entries: list[Entry], side: str, name: str) -> None:
    """Refuse a catalogue whose numbers are mostly of the other side: the two files were probably swapped."""
    parsed = [e.number for e in entries if e.number is not None]
    international = sum(1 for n in parsed if n.is_international)
    wrong = len(parsed) - international if side == INTERNATIONAL else international
    if parsed and wrong * 2 > len(parsed):
        other = DOMESTIC if side == INTERNATIONAL else INTERNATIONAL
        raise InvalidRowsError(
            f"{name or 'the catalogue'} was given as the {side} catalogue but {wrong} of its {len(parsed)} numbers "
            f"are {other} ones; were the two catalogues swapped? The international one comes first",
            option="domestic")


def _entry(row: InputRow, side: str, columns: dict[str, str]) -> tuple[Entry | None, list[Issue]]:
    def cell(role: str) -> str:
        header = columns.get(role)
        return clean_cell(row.original.get(header)) if header else ""

    raw_number = cell("number")
    if not raw_number:
        return None, [Issue("no_number", side, "", row.line, f"line {row.line} has no standard number; left out")]
    issues = []
    number, adopts = split_double_number(raw_number)
    if number is None:
        issues.append(Issue("bad_number", side, raw_number, row.line,
                            f"'{raw_number}' (line {row.line}) is not a standard number we can read; it was kept "
                            "as written and can only be linked by title"))
    title, title_en = cell("title"), cell("title_en")
    if not title and not title_en:
        issues.append(Issue("empty_title", side, raw_number, row.line,
                            f"{raw_number} (line {row.line}) has no title; it can be linked by declared "
                            "adoption or number only, not by title similarity"))
    status, status_issue = parse_status(cell("status"))
    if status_issue:
        issues.append(Issue("status", side, raw_number, row.line, f"{raw_number}: {status_issue}"))
    note = parse_note(" ".join(v for v in (cell("note"), cell("reference"), cell("degree")) if v))
    year = number.year if number and number.year else parse_year(cell("year"))
    entry = Entry(side=side, line=row.line, raw_number=raw_number, number=number, title=title, title_en=title_en,
                  ics=parse_ics(cell("ics")), year=year, status=status, status_raw=cell("status"), note=note,
                  adopts=adopts, scope=cell("scope"))
    return entry, issues


def parse_status(text: str) -> tuple[str, str]:
    """(status, issue) from a status cell: Chinese or English words, or an ISO stage code ('60.60', '95.99')."""
    folded = fold(text).strip().lower()
    if not folded:
        return CURRENT, ""
    stage = re.fullmatch(r"(\d{2})\.(\d{2})", folded)
    if stage:
        code = float(folded)
        if code >= 95.99:
            return WITHDRAWN, ""
        if code >= 60.60:
            return CURRENT, ""
        return DRAFT, f"stage {folded} is not yet published; left out of scope"
    if any(w in folded for w in _WITHDRAWN_WORDS):
        return WITHDRAWN, ""
    if any(w in folded for w in _UPCOMING_WORDS):
        return CURRENT, f"status '{text}': published, not yet in force; counted as current"
    if any(w in folded for w in _CURRENT_WORDS):
        return CURRENT, ""
    return CURRENT, f"unknown status '{text}'; taken as current (use 现行/废止 or current/withdrawn)"


def parse_year(text: str) -> int | None:
    """A year from '2016', '2016-12-30' or '2016/12/30 00:00:00'; None when there is none."""
    match = re.search(r"(?<!\d)(19|20)\d{2}(?!\d)", fold(text))
    return int(match.group(0)) if match else None


def parse_ics(text: str) -> str:
    """The first ICS code of a cell ('03.120.10; 01.040.03' -> '03.120.10'), '' when there is none."""
    match = _ICS.search(fold(text))
    return match.group(0) if match else ""


def adoption_statements(headers: list[str], catalogue: Catalogue | None = None):
    """What is stated of the adoptions of a list of whole standards: the list's own adoption columns (采标情况,
    采用国际标准, 一致性程度 ..., as a catalogue names them), then the entry of the same edition in a domestic
    `catalogue` (its note, or its double number). Returns `stated(row) -> [Statement]` for match_titles."""
    columns = find_columns(headers)
    own = [columns[role] for role in ("note", "reference", "degree") if role in columns]
    in_list = f"清单“{own[0]}”列 / list column" if own else ""
    entries: dict[str, Entry] = {}
    if catalogue is not None:
        for entry in catalogue.entries:
            entries.setdefault(entry.label, entry)
    in_catalogue = f"目录 {catalogue.name} / catalogue" if catalogue is not None else ""

    def stated(row: InputRow) -> list[Statement]:
        found = []
        if own:
            note = parse_note(" ".join(v for v in (clean_cell(row.original.get(h)) for h in own) if v))
            found += [Statement(r.number, r.degree or note.degree or "", in_list) for r in note.references]
        number, _ = split_double_number(row.standard) if row.standard else (None, None)
        entry = entries.get(str(number)) if number is not None else None
        if entry is not None:
            found += [Statement(r.number, r.degree or entry.note.degree or "", in_catalogue)
                      for r in entry.note.references]
            if entry.adopts is not None:
                found.append(Statement(entry.adopts, "IDT", in_catalogue))
        return found

    return stated

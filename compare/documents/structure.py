"""Build the clause tree from the lines and tables of a document, in reading order.

Every reader (PDF text layer, OCR, DOCX) turns a document into a stream of `Line`s and `TableBlock`s with their
page; this module decides what each line is from its numbering (compare/documents/numbering.py), checks that
clause numbers continue the numbering (so a wrapped line starting "20 °C" is not read as clause 20), joins
wrapped lines, makes a unit of each table row, and joins a table continued on the next page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from compare.core.text import detect_language
from compare.documents.model import Kind, Node, Source
from compare.documents.numbering import (CJK_START, Heading, classify, follows, is_contents_line, join_text,
                                         looks_like_title, normalise)
from compare.documents.tables import SPANNED, TableUnits

_TERMS_TITLE = re.compile(r"术语|terms\s+and\s+definitions|^definitions$", re.I)
_BACK = {"参考文献": "参考文献", "bibliography": "Bibliography", "索引": "索引", "index": "Index"}
# The line a GB table carries between its caption and its grid ("单位为毫克每千克", "单位为毫米"), and ISO's
# ("Values in milligrams per kilogram", "Dimensions in millimetres"): the unit of the table's numbers.
_UNIT_LINE = re.compile(r"^(?:单位为\s*\S{1,16}|单位[:：]\s*\S{1,16}|(?:Values|Dimensions)\s+(?:are\s+)?(?:in|expressed in)"
                        r"\s+[A-Za-z ]{2,40}|Unit[s]?[:：]\s*\S{1,16})$", re.I)


@dataclass(frozen=True)
class Line:
    """One line (PDF) or paragraph (DOCX) of running text."""

    text: str
    page: int = 0
    source: Source = Source.TEXT
    confidence: float | None = None
    heading: bool = False  # (DOCX) the paragraph's style is a heading's: its number is a clause's, gap or not

    @property
    def paragraph(self) -> bool:
        """A paragraph of its own (DOCX, STS), not a line a PDF wrapped: kept apart from the text before it."""
        return self.source in (Source.DOCX, Source.STS)


@dataclass(frozen=True)
class TableBlock:
    """A table as read: rows of cell texts on the table's grid (None for a cell merged with the one above,
    tables.SPANNED for one covered by the cell to its left), whether it is the first thing on its page (a table
    continued from the previous page without a "续表" line), and how many rows are its header when the format
    says (STS thead; 0: found from the cells)."""

    rows: tuple[tuple[str | None, ...], ...]
    page: int = 0
    source: Source = Source.TEXT
    confidence: float | None = None
    page_top: bool = False
    header_rows: int = 0


Block = Line | TableBlock


# Between two paragraphs of one clause (DOCX, STS): a line break, as the document has it ('…条款。' and the next
# reference 'GB 5009.12 …' are two entries, not one run-on line).
PARAGRAPH_BREAK = "\n"


_UNIT_WORDS_EN = {"milligrams per kilogram": "mg/kg", "micrograms per kilogram": "μg/kg", "milligrams per litre": "mg/L",
                  "milligrams per liter": "mg/L", "millimetres": "mm", "millimeters": "mm", "centimetres": "cm",
                  "metres": "m", "grams": "g", "kilograms": "kg", "degrees celsius": "℃", "seconds": "s",
                  "percent": "%", "per cent": "%"}


def with_symbol(line: str) -> str:
    """A unit line with the unit's symbol for its words ('单位为毫克每千克' -> '单位为 mg/kg'; 'Values in
    millimetres' -> 'Values in mm'), as the rows' numbers are read (the words alone read as '毫克');
    unchanged when the words are not a plain unit."""
    from compare.indicators.units import unit_expression

    m = re.match(r"^单位(?:为|[:：])\s*(\S+)$", line)
    if m:
        words = m.group(1).rstrip("。")
        symbol = unit_expression(words.replace("每", "/")).replace("degC", "℃")
        if re.fullmatch(r"[A-Za-z%℃/]+", symbol) and symbol != words and not CJK_START.search(symbol):
            return f"{line[:m.start(1)].rstrip()} {symbol}"
        return line
    for words, symbol in _UNIT_WORDS_EN.items():
        if line.lower().endswith(words):
            return f"{line[:-len(words)]}{symbol}"
    return line


@dataclass
class _Draft:
    kind: Kind
    number: str
    title: str = ""
    lines: list[str] = field(default_factory=list)
    paragraphs: set[int] = field(default_factory=set)  # indexes of the lines that start a paragraph of their own
    page: int = 0
    level: int = 1
    parent: str = ""
    source: Source = Source.TEXT
    confidence: float | None = None
    table: str = ""
    row: int = 0

    def add(self, text: str, paragraph: bool = False) -> None:
        if paragraph:
            self.paragraphs.add(len(self.lines))
        self.lines.append(text)

    def node(self) -> Node:
        text = ""
        for k, line in enumerate(self.lines):
            text = text + PARAGRAPH_BREAK + line if text and line and k in self.paragraphs else join_text(text, line)
        return Node(kind=self.kind, number=self.number, title=self.title, text=text, page=self.page,
                    level=self.level, parent=self.parent, table=self.table, row=self.row, source=self.source,
                    confidence=self.confidence)


class TreeBuilder:
    """Feed blocks in reading order with `add`; `nodes()` gives the tree; `cover` and `front_text` hold what
    came before the first clause (for the standard's identity and adoption statement)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.drafts: list[_Draft] = []
        self.cover: list[str] = []
        self.front: list[str] = []
        self.mode = "cover"
        self.contents_page = 0
        self.path: tuple = ()          # the last clause number accepted, as a path
        self.annex = ""                # the current annex letter
        self.current: _Draft | None = None
        self.section: _Draft | None = None  # the clause that notes and tables belong to
        self.awaiting_title: _Draft | None = None
        self.awaiting_status: _Draft | None = None
        self.in_terms = False
        self.terms_depth = 0
        self.notes: dict[str, int] = {}
        self.tables = TableUnits(lang)
        self.pending_table: Heading | None = None
        self.pending_unit = ""  # the unit line under the caption of the table to come

    # ------------------------------------------------------------ entry points

    def add(self, block: Block) -> None:
        if isinstance(block, TableBlock):
            self._table(block)
        else:
            for raw in block.text.splitlines() or [""]:
                self._line(normalise(raw), block)

    def nodes(self) -> list[Node]:
        out = [d.node() for d in self.drafts]
        return [n for n in out if n.title or n.text or n.kind in (Kind.CLAUSE, Kind.ANNEX)]

    # ------------------------------------------------------------ lines

    def _line(self, text: str, block: Line) -> None:
        if not text:
            return
        heading = classify(text)
        if self.mode == "contents":
            # the foreword starts a page of its own (GB/T 1.1, ISO Directives): on an OCR'd contents page '前言' is
            # an entry whose dot leader OCR lost (a DOCX without page breaks keeps every line on page 1)
            if heading and heading.kind == "front" and (block.source is not Source.OCR
                                                        or block.page > self.contents_page):
                self.mode = "front"
            elif not (heading and heading.kind == "clause" and heading.path == (1,)
                      and block.page > self.contents_page and looks_like_title(heading.rest)):
                return
        if self.awaiting_status is not None and heading is None:
            status = classify("附录X " + text)  # a status line "(规范性)" under an annex heading
            if status is not None and status.status and not status.rest:
                self._set_status(self.awaiting_status, status.status)
                return
        if self.awaiting_title is not None and heading is None:
            draft, self.awaiting_title, self.awaiting_status = self.awaiting_title, None, None
            draft.title = text
            self._after_title(draft)
            return
        if heading is not None and self._heading(heading, text, block):
            return
        if self.pending_table is not None and heading is None and _UNIT_LINE.match(text):
            self.pending_unit = with_symbol(text)  # the table's unit, not a line of the clause
            return
        if self.mode == "cover":
            self.cover.append(text)
            return
        if self.mode == "front":
            self.front.append(text)
        back = _BACK.get(text.replace(" ", "").lower())
        if back and self.mode == "body":
            self._open(Kind.FRONT, "", back, block, level=1)
            return
        if self.current is not None:
            self.current.add(text, paragraph=block.paragraph)

    def _heading(self, heading: Heading, text: str, block: Line) -> bool:
        """Start what `heading` starts; False when the line is running text after all."""
        kind = heading.kind
        if kind == "contents":
            self.mode, self.contents_page = "contents", block.page
            return True
        if kind == "front":
            if self.mode == "body":
                return False
            self.mode = "front"
            self._open(Kind.FRONT, "", heading.rest, block, level=1)
            return True
        if is_contents_line(text):
            return True
        if kind == "annex":
            expected = chr(ord(self.annex) + 1) if self.annex else "A"
            if heading.number != expected or self.mode != "body":
                return False
            self.mode, self.annex, self.path, self.in_terms = "body", heading.number, (heading.number,), False
            label = f"附录{heading.number}" if self.lang == "zh" else f"Annex {heading.number}"
            draft = self._open(Kind.ANNEX, label, heading.rest, block, level=1)
            self.section = draft
            if heading.status:
                self._set_status(draft, heading.status)
            if not heading.rest:
                self.awaiting_title, self.awaiting_status = draft, draft
            return True
        if kind == "table":
            if self.mode != "body":
                return False
            self.pending_table = heading
            return True
        if kind == "note":
            if self.mode != "body" or self.section is None:
                return False
            parent = self.section.number
            count = self.notes.get(parent, 0) + 1
            self.notes[parent] = count
            label = heading.number or (str(count) if count > 1 else "")
            word = "注" if self.lang == "zh" else "NOTE"
            number = f"{parent} {word}{'' if self.lang == 'zh' else ' '}{label}".rstrip()
            note = self._open(Kind.NOTE, number, "", block, level=self.section.level + 1, parent=parent,
                              keep_section=True)
            if heading.rest:
                note.add(heading.rest)
            return True
        return self._clause(heading, block)

    def _clause(self, heading: Heading, block: Line) -> bool:
        path = heading.path
        starts_body = self.mode != "body" and path == (1,) and (looks_like_title(heading.rest) or not heading.rest)
        if self.mode != "body" and not starts_body:
            return False
        if self.mode == "body":
            previous = self.path if (isinstance(path[0], str)) == bool(self.annex) else ()
            if self.annex and not isinstance(path[0], str):
                return False  # main-body numbers do not come back after an annex
            # A DOCX heading (by its style) goes on whatever it skips (a modified adoption deletes clauses); a
            # paragraph of its own that reads as a title may skip a few; a PDF line, one at the most (a wrapped
            # line may start with a number: '20 °C').
            gap = 10 ** 6 if block.heading else 5 if block.paragraph and looks_like_title(heading.rest) else 2
            if not follows(previous, path, gap):
                return False
            if len(path) == 1 and not (looks_like_title(heading.rest) or not heading.rest):
                return False  # a chapter always has a title
        if starts_body:
            self._start_body()
        self.path = path
        level = len(path)
        if level == 1 or (self.in_terms and level <= self.terms_depth):
            self.in_terms = False
        kind = Kind.TERM if self.in_terms and level > self.terms_depth else Kind.CLAUSE
        parent = ".".join(str(p) for p in path[:-1])
        if len(path) == 2 and isinstance(path[0], str):
            parent = f"附录{path[0]}" if self.lang == "zh" else f"Annex {path[0]}"
        draft = self._open(kind, heading.number, "", block, level=level, parent=parent)
        self.section = draft
        if not heading.rest:
            self.awaiting_title = draft
        elif kind is Kind.CLAUSE and looks_like_title(heading.rest):
            draft.title = heading.rest
            self._after_title(draft)
        elif kind is Kind.TERM:
            draft.title = heading.rest
        else:
            draft.add(heading.rest)
        return True

    def _after_title(self, draft: _Draft) -> None:
        if draft.kind is Kind.CLAUSE and _TERMS_TITLE.search(draft.title):
            self.in_terms, self.terms_depth = True, draft.level

    def _set_status(self, draft: _Draft, status: str) -> None:
        word = {"normative": "规范性", "informative": "资料性"}[status] if self.lang == "zh" else status
        draft.lines.insert(0, f"({word})")
        draft.paragraphs = {k + 1 for k in draft.paragraphs}
        kept = [k for k, x in enumerate(draft.lines) if x]
        draft.paragraphs = {n for n, k in enumerate(kept) if k in draft.paragraphs}
        draft.lines[:] = [draft.lines[k] for k in kept]

    def _start_body(self) -> None:
        """The first clause: drop from the front matter the cover lines repeated above it (the title)."""
        cover = set(self.cover)
        for draft in self.drafts:
            if draft.kind is Kind.FRONT:
                while draft.lines and draft.lines[-1] in cover:
                    draft.lines.pop()
        self.mode = "body"

    def _open(self, kind: Kind, number: str, title: str, block, *, level: int, parent: str = "",
              keep_section: bool = False) -> _Draft:
        draft = _Draft(kind=kind, number=number, title=title, page=block.page, level=level, parent=parent,
                       source=block.source, confidence=block.confidence)
        self.drafts.append(draft)
        self.current = draft
        if not keep_section:
            self.section = draft if kind is not Kind.FRONT else None
        self.awaiting_title = None
        self.pending_table = None if kind is not Kind.NOTE else self.pending_table
        self.pending_unit = self.pending_unit if self.pending_table is not None else ""
        return draft

    # ------------------------------------------------------------ tables

    def _table(self, block: TableBlock) -> None:
        if self.mode != "body":
            return
        heading, self.pending_table = self.pending_table, None
        unit_line, self.pending_unit = self.pending_unit, ""
        parent = self.section.number if self.section is not None else ""
        level = (self.section.level + 1) if self.section is not None else 1
        units = self.tables.add(block, heading, parent, unit_line)
        if units is None:  # one ruled row at the top of a page that continues no table: a line of text
            self.pending_table, self.pending_unit = heading, unit_line
            text = " ".join(c for c in block.rows[0] if c and c != SPANNED)
            self._line(normalise(text), Line(text, block.page, block.source, block.confidence))
            return
        for unit in units:
            if unit.joined:  # the row the page broke, whole again
                done = next(d for d in reversed(self.drafts) if d.kind is Kind.TABLE_ROW and d.number == unit.number)
                done.lines[:] = [unit.text]
                continue
            draft = _Draft(kind=Kind.TABLE_ROW, number=unit.number, lines=[unit.text], page=block.page,
                           level=level, parent=parent, source=block.source, confidence=block.confidence,
                           table=unit.table, row=unit.row)
            self.drafts.append(draft)
        # text after a table belongs to the clause the table sits in
        self.current = self.section


def build_tree(blocks, lang: str | None = None) -> tuple[list[Node], list[str], list[str]]:
    """The nodes of a document from its blocks, with the cover lines and the front-matter lines.

    `lang` ("zh" or "en") chooses how annexes, tables and notes are labelled; by default it is detected."""
    blocks = list(blocks)
    if lang is None:
        lang = detect_language(" ".join(b.text for b in blocks if isinstance(b, Line))[:20000])
    builder = TreeBuilder(lang)
    for block in blocks:
        builder.add(block)
    return builder.nodes(), builder.cover, builder.front

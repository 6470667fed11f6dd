"""What a read document becomes: a standard (its identity and adoption statement) and its clause tree.

A node is one unit a standards engineer would cite: a numbered clause, a term entry, an annex, a note, a row of
a table. Nodes are kept flat, in document order; `parent` holds the number of the node above, so the tree can be
walked without object links (and written as a table of clauses).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from compare.core.errors import InputFileError
from compare.core.vocabulary import Degree


class Kind(StrEnum):
    """What a node is."""

    FRONT = "front"          # foreword / 前言, introduction / 引言
    CLAUSE = "clause"        # 1, 3.1, 5.2.1
    TERM = "term"            # an entry of the terms and definitions clause
    ANNEX = "annex"          # 附录A / Annex A
    NOTE = "note"            # 注 / NOTE (attached to the clause above)
    TABLE_ROW = "table_row"  # one row of a table, carrying its headers and the table title


class Source(StrEnum):
    """Where a node's text was read from."""

    TEXT = "text"  # the text layer of a PDF
    OCR = "ocr"    # recognised from a page image
    DOCX = "docx"
    STS = "sts"


@dataclass(frozen=True)
class Node:
    """One unit of a standard.

    number: as the document writes it ("5.2.1", "A.1", "附录A", "表1 第3行", "5.3 注1").
    level: depth from the numbering pattern (1 for "5" and "附录A", 2 for "5.2" and "A.1" ...), never from fonts.
    page: the 1-based page it starts on (0 when the format has no pages).
    table, row, column: for table rows, the table's number and the row (1 = first data row); column is set
    when a unit is a single cell.
    confidence: OCR confidence (0-100) of the page it came from; None for text read directly.
    """

    kind: Kind
    number: str
    title: str = ""
    text: str = ""
    page: int = 0
    level: int = 1
    parent: str = ""
    table: str = ""
    row: int = 0
    column: str = ""
    source: Source = Source.TEXT
    confidence: float | None = None

    @property
    def unit_text(self) -> str:
        """The text a clause table carries for this node: its title and its text."""
        if self.title and self.text:
            return f"{self.title}: {self.text}"
        return self.title or self.text


@dataclass(frozen=True)
class AdoptionStatement:
    """The adoption statement of a domestic standard ("本文件修改采用ISO 17301-1:2016"): the international
    standard adopted and the degree of correspondence."""

    reference: str
    degree: Degree
    sentence: str


@dataclass(frozen=True)
class StandardInfo:
    """The standard itself, read from its cover and foreword."""

    number: str = ""
    year: int | None = None
    title: str = ""
    title_en: str = ""
    lang: str = ""
    adoption: AdoptionStatement | None = None


@dataclass(frozen=True)
class PageNote:
    """A page that was OCR'd (with the engine and its confidence) or skipped (with the reason)."""

    page: int
    ocr_confidence: float | None = None
    skipped: str = ""
    engine: str = ""  # the OCR engine that read the page ("rapidocr", "tesseract")


@dataclass(frozen=True)
class StandardDocument:
    """A document read into a standard and its nodes, in document order."""

    path: str
    format: str
    info: StandardInfo
    nodes: tuple[Node, ...]
    pages: int = 0
    page_notes: tuple[PageNote, ...] = field(default=())

    @property
    def ocr_pages(self) -> tuple[PageNote, ...]:
        return tuple(p for p in self.page_notes if p.ocr_confidence is not None and not p.skipped)

    @property
    def skipped_pages(self) -> tuple[PageNote, ...]:
        return tuple(p for p in self.page_notes if p.skipped)

    @property
    def front_matter(self) -> tuple[Node, ...]:
        """The foreword, introduction and bibliography: read and shown, never compared (`clause_rows`)."""
        return tuple(n for n in self.nodes if n.kind is Kind.FRONT)

    def summary(self) -> str:
        """One line on how the document was read: units and pages; the pages OCR'd, by which engine and with
        what mean confidence; each page skipped and why. Every command that reads a document prints it."""
        parts = [f"{len(self.nodes)} units"]
        if self.pages:
            parts.append(f"{self.pages} pages")
        if self.ocr_pages:
            mean = sum(p.ocr_confidence or 0 for p in self.ocr_pages) / len(self.ocr_pages)
            engines = ", ".join(sorted({p.engine for p in self.ocr_pages if p.engine})) or "OCR"
            parts.append(f"{len(self.ocr_pages)} pages OCR'd ({page_ranges(p.page for p in self.ocr_pages)}; "
                         f"{engines}; mean confidence {mean:.0f})")
        for note in self.skipped_pages:
            parts.append(f"page {note.page} skipped: {note.skipped}")
        if self.front_matter:
            parts.append("front matter, not compared: " + ", ".join(n.title for n in self.front_matter))
        return "; ".join(parts)


def page_ranges(pages) -> str:
    """Page numbers as ranges: "pages 1–3, 5" ("page 4" for one)."""
    numbers = sorted(set(pages))
    spans: list[str] = []
    start = prev = None
    for number in numbers + [None]:
        if number is not None and prev is not None and number == prev + 1:
            prev = number
            continue
        if start is not None:
            spans.append(str(start) if start == prev else f"{start}–{prev}")
        start = prev = number
    return ("page " if len(numbers) == 1 else "pages ") + ", ".join(spans)


def too_many_pages(name: str, pages: int, limit: int) -> InputFileError:
    """The error for a document longer than the page limit (compare.core.policy.MAX_DOCUMENT_PAGES, checked before
    reading). No setting raises the limit, and a piece cut from a standard is read only if it starts at clause 1:
    the way out is the standard's own parts."""
    return InputFileError(f"{name} has {pages} pages, more than the {limit} a document is read with "
                          "(MAX_DOCUMENT_PAGES); a standard that long is published in parts: give each part as a "
                          "document of its own", option="max_pages")

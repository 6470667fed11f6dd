"""PDF in: the text layer read with pdfplumber (lines and ruled tables with their positions), pages without
usable text (scans, or fonts without a Unicode map that come out as "(cid:123)") recognised by OCR.

pypdfium2 opens the file first: it tells an encrypted or damaged PDF apart quickly and renders pages for OCR.
Running heads and page numbers (lines repeated at the top or bottom of most pages) are dropped; a page in a
third language (neither Chinese nor English) is skipped with a note.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from compare.core.errors import InputFileError
from compare.documents.model import PageNote, Source
from compare.documents.structure import Line, TableBlock

_CID = re.compile(r"\(cid:\d+\)")
_PAGE_NUMBER = re.compile(r"^(?:[-–—]?\s*\d{1,4}\s*[-–—]?|[IVXLCivxlc]{1,6}|第\s*\d+\s*页.*|Page\s+\d+.*)$")
_DIGITS = re.compile(r"\d+")
_HEAD_NOISE = re.compile(r"[\s\-–—一_.,:;|]+")
MIN_TEXT_CHARS = 20
EDGE = 0.09  # the top and bottom share of a page where running heads and page numbers sit


@dataclass
class _PageLine:
    text: str
    top: float
    page: int


def open_pdf(path: Path):
    """The PDF opened with pypdfium2, or a one-line error for encrypted and damaged files."""
    import pypdfium2 as pdfium

    with path.open("rb") as fh:
        head = fh.read(1024)
    if b"%PDF" not in head:
        raise InputFileError(f"{path.name} is not a PDF file (no %PDF header); if it is another format, give it "
                             "its real extension")
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message or "security" in message:
            raise InputFileError(f"{path.name} is encrypted (password-protected); open it with its password, "
                                 "save an unprotected copy and try again") from exc
        raise InputFileError(f"{path.name} is a damaged PDF ({exc}); download or export it again") from exc


def read_pdf(path: Path, *, ocr: str = "auto", max_pages: int | None = None, engine: str | None = None,
             progress: Callable[[int, int], None] | None = None) -> tuple[list, list[PageNote], int]:
    """The blocks of a PDF in reading order, with notes on OCR'd and skipped pages, and its page count.

    ocr: "auto" (pages without usable text), "always" or "never". engine: "rapidocr" or "tesseract" (default:
    RapidOCR when installed).
    """
    import pdfplumber

    document = open_pdf(path)
    pages = len(document)
    if pages == 0:
        raise InputFileError(f"{path.name} has no pages")
    if max_pages is not None and pages > max_pages:
        raise InputFileError(f"{path.name} has {pages} pages, more than the {max_pages} allowed; split it, or "
                             "raise the page limit", option="max_pages")
    page_lines: list[list[_PageLine]] = []
    page_tables: list[list[tuple[float, tuple]]] = []
    sources: list[Source] = []
    notes: list[PageNote] = []
    langs = None
    try:
        plumber = pdfplumber.open(str(path))
    except Exception as exc:  # pdfminer raises many types for broken files
        raise InputFileError(f"{path.name} could not be read as a PDF ({type(exc).__name__}); export it "
                             "again") from exc
    with plumber:
        for index, page in enumerate(plumber.pages):
            number = index + 1
            lines, tables = ([], []) if ocr == "always" else _text_layer(page, number)
            text = "".join(line.text for line in lines)
            usable = len(text) >= MIN_TEXT_CHARS and len(_CID.findall(text)) * 8 < len(text)
            if usable or ocr == "never":
                if not usable and text:
                    notes.append(PageNote(page=number, skipped="its text is not readable (fonts without a "
                                                               "Unicode map) and OCR is off"))
                    lines, tables = [], []
                page_lines.append(lines)
                page_tables.append(tables)
                sources.append(Source.TEXT)
            else:
                from compare.documents.ocr import DPI, check_engine, default_engine, ocr_image

                if langs is None:
                    # tesseract: chi_sim alone reads the Latin words of a Chinese page better than chi_sim+eng
                    # (measured: 1.4 % against 3.2 % CER); an English document switches to eng below
                    engine, langs = engine or default_engine(), "chi_sim"
                    check_engine(engine, langs)
                image = document[index].render(scale=DPI / 72, grayscale=True).to_pil()
                result = ocr_image(image, langs, engine)
                if engine == "tesseract" and langs == "chi_sim" and not _has_cjk(result.text):
                    langs = "eng"
                    result = ocr_image(image, langs, engine)
                notes.append(PageNote(page=number, ocr_confidence=result.confidence))
                page_lines.append([_PageLine(line.text, line.top, number) for line in result.lines])
                page_tables.append([(t.top, t.rows) for t in result.tables])
                sources.append(Source.OCR)
            if progress:
                progress(number, pages)
    _drop_running_heads(page_lines)
    blocks: list = []
    confidence = {n.page: n.ocr_confidence for n in notes if n.ocr_confidence is not None}
    for index, (lines, tables) in enumerate(zip(page_lines, page_tables)):
        number = index + 1
        reason = third_language(" ".join(line.text for line in lines))
        if reason:
            notes.append(PageNote(page=number, ocr_confidence=confidence.get(number), skipped=reason))
            continue
        items = [(line.top, 0, Line(line.text, number, sources[index], confidence.get(number))) for line in lines]
        first_text = min((line.top for line in lines), default=1.0)
        for top, rows in tables:
            items.append((top, 1, TableBlock(rows=tuple(tuple(r) for r in rows), page=number,
                                             source=sources[index], confidence=confidence.get(number),
                                             page_top=top <= first_text)))
        items.sort(key=lambda item: (item[0], item[1]))
        blocks.extend(item[2] for item in items)
    notes.sort(key=lambda n: n.page)
    return blocks, notes, pages


def _has_cjk(text: str) -> bool:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") >= 5


def _text_layer(page, number: int) -> tuple[list[_PageLine], list[tuple[float, list]]]:
    height = float(page.height) or 1.0
    tables = []
    remaining = page
    if page.lines or page.rects:
        for found in page.find_tables():
            rows = found.extract()
            if rows and len(rows) >= 2 and max(len(r) for r in rows) >= 2:
                tables.append((found.bbox[1] / height, rows))
                remaining = remaining.outside_bbox(found.bbox)
    lines = [_PageLine(line["text"].strip(), float(line["top"]) / height, number)
             for line in remaining.extract_text_lines(return_chars=False) if line["text"].strip()]
    return lines, tables


def _drop_running_heads(pages: list[list[_PageLine]]) -> None:
    """Remove page numbers and the lines repeated at the top or bottom of most pages (digits ignored)."""
    edge_counts: Counter = Counter()
    for lines in pages:
        seen = {_head_key(line.text) for line in lines if line.top < EDGE or line.top > 1 - EDGE}
        edge_counts.update(seen)
    repeated = {key for key, count in edge_counts.items() if len(pages) >= 3 and count >= max(2, len(pages) * 0.4)}
    for lines in pages:
        lines[:] = [line for line in lines
                    if not ((line.top < EDGE or line.top > 1 - EDGE)
                            and (_head_key(line.text) in repeated or _PAGE_NUMBER.match(line.text)))]


def _head_key(text: str) -> str:
    """A running head as compared across pages: digits, spaces and dashes ignored (OCR reads the em dash of
    "GB/T 17301.1—2024" as "-" on one page and "一" on the next)."""
    return _HEAD_NOISE.sub("", _DIGITS.sub("#", text))


_FUNCTION_WORDS = {
    "English": {"the", "of", "and", "shall", "to", "is", "be", "in", "for", "with"},
    "French": {"le", "la", "les", "des", "du", "et", "doit", "être", "pour", "est", "dans"},
    "German": {"der", "die", "das", "und", "ist", "muss", "für", "mit", "den", "von"},
    "Spanish": {"el", "los", "las", "del", "y", "debe", "para", "es", "con", "por"},
}
_SCRIPTS = (("Cyrillic", "\u0400", "\u04ff"), ("Arabic", "\u0600", "\u06ff"), ("Japanese kana", "\u3040", "\u30ff"),
            ("Korean", "\uac00", "\ud7af"), ("Greek", "\u0370", "\u03ff"))


def third_language(text: str) -> str:
    """Why a page is skipped when its text is in neither Chinese nor English ('' when it is not)."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 40:
        return ""
    for name, low, high in _SCRIPTS:
        if sum(1 for ch in letters if low <= ch <= high) > len(letters) * 0.3:
            return f"text in {name} script (neither Chinese nor English)"
    if sum(1 for ch in letters if "\u4e00" <= ch <= "\u9fff") > len(letters) * 0.1:
        return ""
    words = Counter(w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]+", text))
    scores = {lang: sum(words[w] for w in vocab) for lang, vocab in _FUNCTION_WORDS.items()}
    best = max(scores, key=scores.get)
    if best != "English" and scores[best] >= 5 and scores[best] > 2 * scores["English"]:
        return f"text in {best} (neither Chinese nor English)"
    return ""

"""Standards documents in: PDF (text layer or scanned), page images, DOCX and ISO/NISO STS XML become a
standard (number, titles, adoption statement) and its clause tree, read by the numbering.

    doc = read_document("GB_T_17301.1.pdf")
    doc.info.adoption          # AdoptionStatement(reference='ISO 17301-1:2016', degree=Degree.MOD, ...)
    for row in clause_rows(doc): ...   # the clause-table format (standard, clause, title, text, page ...)
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Iterator

from compare.core.errors import InputFileError
from compare.core.policy import MAX_DOCUMENT_PAGES
from compare.core.text import detect_language
from compare.documents.front import read_adoption, read_info
from compare.documents.model import (AdoptionStatement, Kind, Node, PageNote, Source, StandardDocument,
                                     StandardInfo, too_many_pages)
from compare.documents.structure import Line, TableBlock, build_tree

PDF = (".pdf",)
IMAGES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
DOCX = (".docx",)
XML = (".xml",)
DOCUMENT_SUFFIXES = PDF + IMAGES + DOCX + XML
# Word-processor files a draft often comes as, which are read once saved as .docx.
OTHER_WORD = {".doc": "an old Word 97-2003 .doc file", ".wps": "a WPS Writer .wps file", ".rtf": "an RTF file",
              ".odt": "an OpenDocument (.odt) text file"}
# "title" is the standard's title (as in every clause table); a clause's own title is its "heading".
CLAUSE_COLUMNS = ("standard", "title", "clause", "heading", "text", "kind", "level", "parent", "page", "lang",
                  "source", "confidence")

__all__ = ["AdoptionStatement", "CLAUSE_COLUMNS", "DOCUMENT_SUFFIXES", "Kind", "Node", "OTHER_WORD", "PageNote",
           "Source", "StandardDocument", "StandardInfo", "check_not_other_word", "clause_rows", "is_document",
           "read_adoption", "read_document"]


def check_not_other_word(path: Path) -> None:
    """A one-line error saying how to make a .docx of a .doc, .wps, .rtf or .odt draft."""
    what = OTHER_WORD.get(path.suffix.lower())
    if what:
        raise InputFileError(f"{path.name} is {what}; stdcompare reads .docx: open it in Word, WPS or LibreOffice, "
                             "save it as .docx and give the .docx")


def is_document(path: str | Path) -> bool:
    """Whether a file is read as a standards document (rather than a table of clauses)."""
    return Path(path).suffix.lower() in DOCUMENT_SUFFIXES


def read_document(path: str | Path, *, ocr: str = "auto", max_pages: int | None = MAX_DOCUMENT_PAGES,
                  engine: str | None = None, progress: Callable[[int, int], None] | None = None,
                  map_pages: Callable[..., Iterable] | None = None) -> StandardDocument:
    """Read a standards document into its standard and clause tree.

    ocr: for PDFs, "auto" recognises pages without usable text, "always" every page, "never" none.
    engine: the OCR engine, "rapidocr" or "tesseract" (default: RapidOCR when installed, else tesseract).
    map_pages: spreads the OCR of a PDF's pages over workers (RayCluster.map of compare.core.distributed);
    None: in this process, page after page.
    Raises InputFileError with a one-line message for files that cannot be read (encrypted or damaged PDF,
    a .doc under a .docx name, XML that is not STS, no text and no OCR, nothing numbered found).
    """
    path = Path(path)
    if not path.is_file():
        raise InputFileError(f"file not found: {path}")
    suffix = path.suffix.lower()
    check_not_other_word(path)
    notes: list[PageNote] = []
    pages = 0
    lang = None
    if suffix in PDF:
        from compare.documents.pdf import read_pdf

        blocks, notes, pages = read_pdf(path, ocr=ocr, max_pages=max_pages, engine=engine, progress=progress,
                                        map_pages=map_pages)
    elif suffix in IMAGES:
        blocks, notes, pages = _read_image(path, engine)
    elif suffix in DOCX:
        from compare.documents.docx import read_docx

        blocks, pages = read_docx(path)
        if max_pages is not None and pages > max_pages:
            raise too_many_pages(path.name, pages, max_pages)
    elif suffix in XML:
        from compare.documents.sts import read_sts

        blocks, lang = read_sts(path)
        lang = lang if lang in ("zh", "en") else None
    else:
        raise InputFileError(f"unknown document type '{suffix}': use .pdf, .docx, .xml (ISO/NISO STS) or a page "
                             "image (.png, .jpg, .tif)")
    text = " ".join(b.text for b in blocks if isinstance(b, Line))
    if not text.strip():
        reason = "; ".join(f"page {n.page}: {n.skipped}" for n in notes if n.skipped)
        if suffix in PDF and ocr == "never":
            raise InputFileError(f"{path.name} has no readable text: its pages have no text layer (a scan?) and "
                                 "OCR is off; read it with OCR", option="ocr")
        raise InputFileError(f"{path.name} has no readable text" + (f" ({reason})" if reason else ""))
    lang = lang or detect_language(text[:20000])
    nodes, cover, front = build_tree(blocks, lang)
    info = read_info(cover, front, lang)
    if not any(n.kind in (Kind.CLAUSE, Kind.TERM, Kind.ANNEX) for n in nodes):
        raise InputFileError(f"{path.name}: no numbered clause found (expected '1 范围' / '1 Scope' and numbered "
                             "clauses after it); if it is a list of clauses, give it as .csv or .xlsx")
    return StandardDocument(path=str(path), format=suffix.lstrip("."), info=info, nodes=tuple(nodes), pages=pages,
                            page_notes=tuple(notes))


def _read_image(path: Path, engine: str | None):
    from PIL import Image, UnidentifiedImageError

    from compare.documents.ocr import check_engine, default_engine, ocr_image

    try:
        image = Image.open(path)
    except (UnidentifiedImageError, OSError) as exc:
        raise InputFileError(f"{path.name} is not a readable image ({exc})") from exc
    engine = engine or default_engine()
    check_engine(engine, "chi_sim", path.name)
    blocks, notes = [], []
    frames = getattr(image, "n_frames", 1)
    for index in range(frames):
        image.seek(index)
        result = ocr_image(image.convert("L"), "chi_sim", engine)
        number = index + 1
        notes.append(PageNote(page=number, ocr_confidence=result.confidence, engine=engine))
        items = [(line.top, 0, Line(line.text, number, Source.OCR, result.confidence)) for line in result.lines]
        items += [(t.top, 1, TableBlock(rows=t.rows, page=number, source=Source.OCR, confidence=result.confidence))
                  for t in result.tables]
        blocks.extend(item[2] for item in sorted(items, key=lambda item: (item[0], item[1])))
    return blocks, notes, frames


def clause_rows(document: StandardDocument, *, front: bool = True) -> Iterator[dict]:
    """The document as rows of the clause-table format (CLAUSE_COLUMNS), in document order: a user can correct
    them in a spreadsheet and ingest the table.

    front=False leaves out the front matter (foreword, introduction, bibliography: `StandardDocument.front_matter`),
    as every command that compares does: a foreword states no requirement, and its list of changes ('由75 mg/kg改为
    50 mg/kg（见4.1）') and adoption statement, read as a clause, gave the difference table rows of noise."""
    standard = document.info.number or Path(document.path).stem
    lang = document.info.lang
    for node in document.nodes:
        text = node.unit_text
        if not text or (node.kind is Kind.FRONT and not front):
            continue
        yield {"standard": standard, "title": document.info.title, "clause": node.number or node.title,
               "heading": node.title, "text": text,
               "kind": str(node.kind), "level": node.level, "parent": node.parent, "page": node.page or "",
               "lang": lang, "source": str(node.source),
               "confidence": "" if node.confidence is None else round(node.confidence, 1)}


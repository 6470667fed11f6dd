"""PDF in: the text layer read with pypdfium2 (text lines with their positions; ruled tables from the page's
vector strokes, each cell's text read from its box); pages without usable text (scans, or fonts without a
Unicode map, which pdfplumber shows as "(cid:123)") recognised by OCR. pdfplumber gave the same characters on our
test pages but read them several times slower (bench/bench_documents.py; docs/documents.md, "Figures"), so it is
used only there.

pypdfium2 opens the file first: it tells an encrypted or damaged PDF apart quickly and renders pages for OCR.
Running heads and page numbers (lines repeated at the top or bottom of most pages) are dropped; a page in a
third language (neither Chinese nor English) is skipped with a note.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from compare.core.errors import InputFileError
from compare.documents.model import PageNote, Source, too_many_pages
from compare.documents.structure import Line, TableBlock, join_text
from compare.documents.tables import SPANNED

_CID = re.compile(r"\(cid:\d+\)")
# what pdfium gives for glyphs without a Unicode map: replacement, private-use and control characters
_UNMAPPED = re.compile(r"[\ufffd\ue000-\uf8ff\x00-\x08\x0b\x0c\x0e-\x1f]")
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
        raise InputFileError(f"{path.name} is a damaged PDF ({str(exc).rstrip('.')}); download or export it "
                             "again") from exc


def read_pdf(path: Path, *, ocr: str = "auto", max_pages: int | None = None, engine: str | None = None,
             progress: Callable[[int, int], None] | None = None,
             map_pages: Callable[..., Iterable] | None = None) -> tuple[list, list[PageNote], int]:
    """The blocks of a PDF in reading order, with notes on OCR'd and skipped pages, and its page count.

    ocr: "auto" (pages without usable text), "always" or "never". engine: "rapidocr" or "tesseract" (default:
    RapidOCR when installed). map_pages: how the pages to OCR are spread over workers, as
    `map_pages(ocr_pdf_page, page_indexes, pdf=the file's bytes, engine=...)` giving the results in order
    (compare.core.distributed: RayCluster.map); None: one after the other in this process.
    """
    document = open_pdf(path)
    pages = len(document)
    if pages == 0:
        raise InputFileError(f"{path.name} has no pages")
    if max_pages is not None and pages > max_pages:
        raise too_many_pages(path.name, pages, max_pages)
    page_lines: list[list[_PageLine]] = [[] for _ in range(pages)]
    page_tables: list[list[tuple[float, tuple]]] = [[] for _ in range(pages)]
    sources: list[Source] = [Source.TEXT] * pages
    notes: list[PageNote] = []
    to_recognise: list[int] = []
    done = 0
    for index in range(pages):
        number = index + 1
        if ocr == "always":
            lines, tables = [], []
        else:
            lines, tables = _pdfium_page(document[index], number)
        text = "".join(line.text for line in lines)
        unreadable = len(_CID.findall(text)) * 8 + len(_UNMAPPED.findall(text))
        usable = len(text) >= MIN_TEXT_CHARS and unreadable * 10 < len(text)
        if usable or ocr == "never":
            if not usable and text:
                notes.append(PageNote(page=number, skipped="its text is not readable (fonts without a "
                                                           "Unicode map) and OCR is off"))
                lines, tables = [], []
            page_lines[index], page_tables[index] = lines, tables
            done += 1
            if progress:
                progress(done, pages)
        else:
            to_recognise.append(index)
    if to_recognise:
        from compare.documents.ocr import check_engine, default_engine

        # tesseract: chi_sim alone reads the Latin words of a Chinese page better than chi_sim+eng (measured:
        # 1.4 % against 3.2 % CER); a page with no Chinese is read again in English (ocr_pdf_page)
        engine = engine or default_engine()
        check_engine(engine, "chi_sim", path.name)
        if map_pages is None:
            results = _recognise_in_turn(document, to_recognise, engine)
        else:
            results = map_pages(ocr_pdf_page, to_recognise, pdf=path.read_bytes(), engine=engine)
        for index, result in zip(to_recognise, results):
            number = index + 1
            notes.append(PageNote(page=number, ocr_confidence=result.confidence, engine=engine))
            page_lines[index] = [_PageLine(line.text, line.top, number) for line in result.lines]
            page_tables[index] = [(t.top, t.rows) for t in result.tables]
            sources[index] = Source.OCR
            done += 1
            if progress:
                progress(done, pages)
    _drop_running_heads(page_lines)
    join_broken_words(page_tables, [line.text for lines in page_lines for line in lines])
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


def ocr_pdf_page(index: int, *, pdf, engine: str, langs: str = "chi_sim"):
    """The OCR of page `index` (from 0) of `pdf` (an open document, or the file's bytes: a worker elsewhere
    needs no access to the file), rendered at the OCR resolution. With tesseract, a page without Chinese read in
    `langs` "chi_sim" is read again in English; the result's `langs` says which was kept."""
    from compare.documents.ocr import DPI, ocr_image

    if isinstance(pdf, (bytes, bytearray)):
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(bytes(pdf))
    image = pdf[index].render(scale=DPI / 72, grayscale=True).to_pil()
    result = ocr_image(image, langs, engine)
    if engine == "tesseract" and langs == "chi_sim" and not _has_cjk(result.text):
        result = ocr_image(image, "eng", engine)
    return result


def _recognise_in_turn(document, indexes: list[int], engine: str) -> Iterator:
    """OCR of the pages `indexes`, one after the other: once a page has read as English (tesseract), the
    following pages are read in English first."""
    langs = "chi_sim"
    for index in indexes:
        result = ocr_pdf_page(index, pdf=document, engine=engine, langs=langs)
        if engine == "tesseract" and not _has_cjk(result.text):
            langs = "eng"
        yield result


def _has_cjk(text: str) -> bool:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") >= 5


def _rules(pdfium_page) -> tuple[list[tuple], list[tuple]]:
    """The thin horizontal and vertical strokes a page draws (table rules), as (x0, x1, y) and (y0, y1, x)."""
    import pypdfium2.raw as raw

    horizontal, vertical = [], []
    for obj in pdfium_page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        if top - bottom <= 2.5 and right - left > 8:
            horizontal.append((left, right, (top + bottom) / 2))
        elif right - left <= 2.5 and top - bottom > 8:
            vertical.append((bottom, top, (left + right) / 2))
    return horizontal, vertical


def _ruled_tables(pdfium_page, textpage, height: float) -> list[tuple[tuple, list]]:
    """Ruled tables from the page's vector strokes: bands between neighbouring horizontal rules that vertical
    rules cross make the rows, the vertical rules the cells; each table as ((left, bottom, right, top), rows).
    A single band of several cells is kept when it is the page's first (the rest of a table row the page broke,
    or a table's last row alone on the next page); `_pdfium_page` keeps it only above every line of text."""
    horizontal, vertical = _rules(pdfium_page)
    if len(horizontal) < 2 or len(vertical) < 2:
        return []
    ys = sorted({round(y, 0) for _, _, y in horizontal}, reverse=True)
    tables, bands = [], []
    for upper, lower in zip(ys, ys[1:]):
        xs = sorted({round(x, 0) for y0, y1, x in vertical if y0 <= lower + 1.5 and y1 >= upper - 1.5})
        if len(xs) >= 2:
            bands.append((upper, lower, xs))
            continue
        if len(bands) >= 2 or (len(bands) == 1 and not tables and len(bands[0][2]) >= 3):
            tables.append(_grid(bands, horizontal, textpage))
        bands = []
    if len(bands) >= 2 or (len(bands) == 1 and not tables and len(bands[0][2]) >= 3):
        tables.append(_grid(bands, horizontal, textpage))
    return tables


def _grid(bands, horizontal, textpage) -> tuple[tuple, list]:
    """One table's rows on its grid (every column any row's rules make): a cell spanning columns is SPANNED in
    the columns it covers after its first; a cell whose top rule is missing is merged with the one above (None),
    and the text of the merged cell is read from its whole box (tables.py)."""
    grid: list[float] = []
    for x in sorted({x for _, _, xs in bands for x in xs}):
        if not grid or x - grid[-1] > 2.0:
            grid.append(x)

    def column(x: float) -> int:
        return min(range(len(grid)), key=lambda k: abs(grid[k] - x))

    def ruled(y: float, a: float, b: float) -> bool:
        middle = (a + b) / 2
        return any(abs(ry - y) <= 1.5 and x0 - 1 <= middle <= x1 + 1 for x0, x1, ry in horizontal)

    rows: list[list] = []
    starts: dict[tuple[int, int], list] = {}  # (band, first grid column) -> the box [top, bottom, left, right]
    for i, (upper, lower, xs) in enumerate(bands):
        row: list = [SPANNED] * (len(grid) - 1)
        for a, b in zip(xs, xs[1:]):
            first, last = column(a), column(b)
            if last <= first:
                continue
            box = starts.get((i - 1, first))
            if box is not None and box[2:] == [a, b] and not ruled(upper, a, b):
                box[1] = lower  # merged with the cell above: one box, read once
                row[first] = None
            else:
                box = [upper, lower, a, b]
                row[first] = box
            starts[(i, first)] = box
        rows.append(row)
    texts = [[_cell_text(textpage, c) if isinstance(c, list) else c for c in row] for row in rows]
    return (grid[0], bands[-1][1], grid[-1], bands[0][0]), texts


# Where a word may have been broken inside a narrow cell ('materi' / 'al'): set between the two pieces while the
# pages are read, resolved once the whole document's words are known (`join_broken_words`).
BROKEN = "\ue001"
# A line a layout program wrapped at a space keeps the space at its end in the text it draws ('Toy ', 'any '); a
# word it had to break because the cell is narrower than the word has none ('materi').
_ONE_WORD_CUT = re.compile(r"(?:^|\s)[A-Za-z]{2,}$")


def _cell_text(textpage, box: list) -> str:
    top, bottom, left, right = box
    text = textpage.get_text_bounded(left + 0.5, bottom + 0.5, right - 0.5, top - 0.5)
    joined = ""
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = " ".join(raw.split())
        if joined.endswith(BROKEN) and not line[:1].islower():
            joined = joined[:-1]
        if joined.endswith(BROKEN):
            joined += line
        else:
            joined = join_text(joined, line)  # a cell's wrapped Chinese joins without a space
        if line and raw == raw.rstrip() and _ONE_WORD_CUT.fullmatch(line):
            joined += BROKEN
    return joined.rstrip(BROKEN)


def join_broken_words(tables: list[list[tuple]], lines: list[str]) -> None:
    """Resolve the possible breaks inside words of cell texts (BROKEN): the pieces are joined where the document
    writes the joined word elsewhere ('Toy materi|al' when 'material' occurs in its text), else they stay two words
    ('except|model': 'exceptmodel' occurs nowhere). Only a line of one word that ends without the space a wrap at a
    space leaves is a candidate (`_cell_text`). Changes `tables` ([(top, rows)] per page) in place."""
    cells = [c for page in tables for _, rows in page for row in rows for c in row if isinstance(c, str)]
    if not any(BROKEN in c for c in cells):
        return
    words = set()
    for text in lines + cells:
        words.update(w.lower() for w in re.findall(r"[A-Za-z]+", text.replace(BROKEN, " ")))

    def resolve(cell: str) -> str:
        pieces = cell.split(BROKEN)
        out = pieces[0]
        for piece in pieces[1:]:
            last = re.search(r"[A-Za-z]*$", out).group(0)
            first = re.match(r"[A-Za-z]*", piece).group(0)
            out += piece if last and first and (last + first).lower() in words else " " + piece
        return out

    for page in tables:
        for k, (top, rows) in enumerate(page):
            page[k] = (top, [[resolve(c) if isinstance(c, str) and BROKEN in c else c for c in row] for row in rows])


def _pdfium_page(pdfium_page, number: int) -> tuple[list[_PageLine], list[tuple[float, list]]]:
    """The text lines and ruled tables of a page, read with pypdfium2 (lines inside a table are its cells)."""
    textpage = pdfium_page.get_textpage()
    height = float(pdfium_page.get_height()) or 1.0
    tables = _ruled_tables(pdfium_page, textpage, height)
    every_line = _pdfium_lines(textpage, height, number)
    # one ruled row is a table only above every line of text (a box ruled round a note is text)
    tables = [(box, rows) for box, rows in tables
              if len(rows) > 1 or all((bottom + top) / 2 < box[1] for _, (bottom, top) in every_line
                                      if not box[1] - 1 <= (bottom + top) / 2 <= box[3] + 1)]
    boxes = [box for box, _ in tables]
    lines = [line for line, (bottom, top) in every_line
             if not any(b[1] - 1 <= (bottom + top) / 2 <= b[3] + 1 for b in boxes)]
    return lines, [((height - box[3]) / height, rows) for box, rows in tables]


def _pdfium_lines(textpage, height: float, number: int) -> list[tuple[_PageLine, tuple[float, float]]]:
    """The text lines of a page from pdfium's text rectangles, grouped by their vertical position, each with
    its (bottom, top) in page units."""
    rects = [textpage.get_rect(i) for i in range(textpage.count_rects())]
    rects.sort(key=lambda r: (-r[3], r[0]))
    groups: list[list] = []
    for left, bottom, right, top in rects:
        centre = (bottom + top) / 2
        if groups and groups[-1][1] <= centre <= groups[-1][3]:
            box = groups[-1]
            box[0], box[1], box[2], box[3] = min(box[0], left), min(box[1], bottom), max(box[2], right), \
                max(box[3], top)
        else:
            groups.append([left, bottom, right, top])
    lines = []
    for left, bottom, right, top in groups:
        text = textpage.get_text_bounded(left - 0.5, bottom - 0.5, right + 0.5, top + 0.5)
        text = " ".join(text.replace("\r", " ").replace("\n", " ").split())
        if text:
            lines.append((_PageLine(text, (height - top) / height, number), (bottom, top)))
    return lines


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
                            and ((_head_key(line.text) in repeated and not _CLAUSE_HEADING.match(line.text))
                                 or _PAGE_NUMBER.match(line.text)))]


# A numbered clause at the top of a page ("3 Requirements", "A.2 Sieve") is never a running head, even when every
# page starts with one (digits are ignored when heads are compared); running heads start "GB/T", "ISO", a year.
_CLAUSE_HEADING = re.compile(r"^(?:\d{1,3}|[A-Z])(?:\.\d{1,3})*\s+\S")


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
# Words of each language that do not occur inside English words (so not "und" of "under", "etre" of "metre",
# "para" of "paragraph"), for text whose words were run together.
_GLUED_MARKERS = {
    "English": ("the", "shall", "with", "which", "this", "that", "from"),
    "French": ("dans", "pour", "doit", "être", "avec", "sont", "selon"),
    "German": ("nicht", "werden", "muss", "sind", "für", "eine", "sowie"),
    "Spanish": ("debe", "según", "cuando", "pueden", "están", "también"),
}
GLUED_WORD_LENGTH = 9  # mean letters per run above which words were run together (English prose: about 5)
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
    runs = re.findall(r"[A-Za-zÀ-ÿ]+", text)
    if runs and sum(map(len, runs)) / len(runs) > GLUED_WORD_LENGTH:
        # OCR of Latin text by a Chinese model drops the spaces ("lerizdoitetresain"): count markers inside
        glued = text.lower()
        scores = {lang: sum(glued.count(m) for m in markers) for lang, markers in _GLUED_MARKERS.items()}
    else:
        words = Counter(w.lower() for w in runs)
        scores = {lang: sum(words[w] for w in vocab) for lang, vocab in _FUNCTION_WORDS.items()}
    best = max(scores, key=scores.get)
    if best != "English" and scores[best] >= 5 and scores[best] > 2 * scores["English"]:
        return f"text in {best} (neither Chinese nor English)"
    return ""

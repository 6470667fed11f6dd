"""DOCX in (drafts circulate as Word files: 征求意见稿, 送审稿): paragraphs and tables in body order, with the
numbers Word draws from its own list numbering (numbering.xml: "%1.%2" level texts, decimal or letter formats,
restarts) put in front of the text, so typed and automatic numbers read alike. Pages are counted from Word's
page breaks (explicit and last-rendered)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from compare.core.errors import InputFileError
from compare.documents.model import Source
from compare.documents.structure import Line, TableBlock
from compare.documents.tables import SPANNED

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_docx(path: Path) -> None:
    with path.open("rb") as fh:
        head = fh.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputFileError(f"{path.name} is an old Word 97-2003 .doc file (or a password-protected one) under a "
                             ".docx name; open it in Word or WPS and save it as .docx")
    if head.startswith(b"{\\rtf"):
        raise InputFileError(f"{path.name} is an RTF file under a .docx name; save it as .docx in Word or WPS")
    if not head.startswith(b"PK"):
        raise InputFileError(f"{path.name} is not a Word .docx file (not a zip package); save it as .docx")
    try:
        with zipfile.ZipFile(path) as package:
            if "word/document.xml" not in package.namelist():
                raise InputFileError(f"{path.name} is a zip package but not a Word document (no word/document.xml)")
    except zipfile.BadZipFile as exc:
        raise InputFileError(f"{path.name} is a damaged .docx file ({exc}); open and re-save it in Word") from exc


class _Numbering:
    """Word list numbering: counters per list and level, formatted with the level's text ("%1.%2")."""

    def __init__(self, document) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # abstractNumId -> ilvl -> (fmt, text, start)
        self.abstract_of: dict[str, str] = {}
        self.counters: dict[str, list[int]] = {}
        self.style_num: dict[str, tuple[str, int]] = {}
        try:
            part = document.part.numbering_part
        except (NotImplementedError, KeyError, AttributeError):
            part = None
        if part is not None:
            root = part.element
            for abstract in root.iter(f"{W}abstractNum"):
                levels = {}
                for lvl in abstract.iter(f"{W}lvl"):
                    fmt = lvl.find(f"{W}numFmt")
                    text = lvl.find(f"{W}lvlText")
                    start = lvl.find(f"{W}start")
                    levels[int(lvl.get(f"{W}ilvl"))] = (
                        fmt.get(f"{W}val") if fmt is not None else "decimal",
                        text.get(f"{W}val") if text is not None else "",
                        int(start.get(f"{W}val")) if start is not None else 1)
                self.levels[abstract.get(f"{W}abstractNumId")] = levels
            for num in root.iter(f"{W}num"):
                ref = num.find(f"{W}abstractNumId")
                if ref is not None:
                    self.abstract_of[num.get(f"{W}numId")] = ref.get(f"{W}val")
        for style in document.styles:
            ppr = getattr(style.element, "pPr", None)
            num = ppr.find(f"{W}numPr") if ppr is not None else None
            if num is not None:
                num_id = num.find(f"{W}numId")
                ilvl = num.find(f"{W}ilvl")
                if num_id is not None:
                    self.style_num[style.style_id] = (num_id.get(f"{W}val"),
                                                      int(ilvl.get(f"{W}val")) if ilvl is not None else 0)

    def label(self, paragraph) -> str:
        """The number Word shows in front of `paragraph`, or ''."""
        ppr = paragraph._p.pPr
        num = ppr.find(f"{W}numPr") if ppr is not None else None
        num_id, ilvl = None, 0
        if num is not None:
            n, lv = num.find(f"{W}numId"), num.find(f"{W}ilvl")
            num_id = n.get(f"{W}val") if n is not None else None
            ilvl = int(lv.get(f"{W}val")) if lv is not None else 0
        elif paragraph.style is not None and paragraph.style.style_id in self.style_num:
            num_id, ilvl = self.style_num[paragraph.style.style_id]
        if not num_id or num_id == "0":
            return ""
        abstract = self.abstract_of.get(num_id)
        levels = self.levels.get(abstract or "", {})
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(abstract, [0] * 9)
        fmt, text, start = levels[ilvl]
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else start
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        label = text
        for level in range(ilvl + 1):
            lfmt, _, lstart = levels.get(level, ("decimal", "", 1))
            value = counters[level] or lstart
            label = label.replace(f"%{level + 1}", _format(value, lfmt))
        if fmt == "bullet":
            return ""
        return label.strip()


def _format(value: int, fmt: str) -> str:
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (value - 1) % 26)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("chineseCounting", "chineseCountingThousand", "ideographTraditional"):
        return "一二三四五六七八九十"[(value - 1) % 10]
    return str(value)


# Heading styles: Word's 'Heading 2' (shown '标题 2' in a Chinese Word), and the GB/T 1.1 template's
# '章标题', '一级条标题' ... (TRS, SAC).
_HEADING_STYLE = re.compile(r"^(?:heading\s*\d|标题\s*\d|章标题|[一二三四五]级条标题|附录.*标题)", re.I)


def _is_heading(paragraph) -> bool:
    """Whether the paragraph is a heading by its style (or its own outline level), not by its words."""
    style = paragraph.style
    while style is not None:
        if _HEADING_STYLE.match(style.name or "") or _outline_level(style.element):
            return True
        style = style.base_style
    return _outline_level(paragraph._p)


def _outline_level(element) -> bool:
    ppr = element.find(f"{W}pPr")
    level = ppr.find(f"{W}outlineLvl") if ppr is not None else None
    return level is not None and level.get(f"{W}val") not in (None, "9")  # 9: body text


def _grid(table) -> tuple[tuple[str | None, ...], ...]:
    """The table's cells on its grid: python-docx gives a merged cell once per grid column and row it covers;
    one covering the column to its left is SPANNED, one covering the row above None (merged down)."""
    rows: list[tuple[str | None, ...]] = []
    above: list = []
    for row in table.rows:
        cells, elements = [], []
        for j, cell in enumerate(row.cells):
            element = cell._tc
            if elements and element is elements[-1]:
                cells.append(SPANNED)
            elif j < len(above) and element is above[j]:
                cells.append(None)
            else:
                cells.append(cell.text.strip())
            elements.append(element)
        rows.append(tuple(cells))
        above = elements
    return tuple(rows)


def read_docx(path: Path) -> tuple[list, int]:
    """The blocks of a .docx file in body order, and its page count (1 + page breaks)."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    check_docx(path)
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several types for broken packages
        raise InputFileError(f"{path.name} could not be read as .docx ({type(exc).__name__}); open and re-save it "
                             "in Word") from exc
    numbering = _Numbering(document)
    blocks: list = []
    page = 1
    for child in document.element.body.iterchildren():
        if child.tag == f"{W}p":
            paragraph = Paragraph(child, document)
            breaks = len(child.findall(f".//{W}lastRenderedPageBreak")) + sum(
                1 for br in child.iter(f"{W}br") if br.get(f"{W}type") == "page")
            page += breaks
            text = paragraph.text.strip()
            label = numbering.label(paragraph)
            if label and text:
                # an annex heading numbered by Word reads "附录A"; keep Word's label as the document shows it
                text = f"{label} {text}" if not label.endswith(("录", ":")) else f"{label}{text}"
            elif label:
                text = label
            if text:
                blocks.append(Line(text=text, page=page, source=Source.DOCX, heading=_is_heading(paragraph)))
        elif child.tag == f"{W}tbl":
            blocks.append(TableBlock(rows=_grid(Table(child, document)), page=page, source=Source.DOCX))
    return blocks, page

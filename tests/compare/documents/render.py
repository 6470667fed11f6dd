"""Make the test standards (corpus.py) into real files: a text PDF set in a CJK font from Debian's fonts
(WenQuanYi Micro Hei, via reportlab), a scanned PDF (its pages rendered to 300 dpi images by poppler's pdftoppm and
put back as an image-only PDF), DOCX (python-docx; typed numbers, or Word's own list numbering) and ISO STS XML.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from tests.compare.documents.corpus import Annex, Clause, Front, Note, PageBreak, Standard, Table, Term

FONT_FILE = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
FONT = "WenQuanYiMicroHei"
_CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
PAGE_W, PAGE_H = 595.0, 842.0
LEFT, RIGHT, TOP, BOTTOM = 70.0, 70.0, 72.0, 72.0
SIZE, LEADING = 10.5, 17.0


def _register_font() -> None:
    import pytest
    from reportlab.pdfbase import pdfmetrics

    if not FONT_FILE.exists():
        pytest.skip("the CJK font is missing: install Debian's fonts-wqy-microhei (.ci/run does)")
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_FILE), subfontIndex=0))


def _wrap(text: str, width: float, size: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    if _CJK.search(text):
        current = ""
        for ch in text:
            if stringWidth(current + ch, FONT, size) > width:
                lines.append(current)
                current = ch
            else:
                current += ch
        lines.append(current)
        return lines
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if stringWidth(trial, FONT, size) > width and current:
            lines.append(current)
            current = word
        else:
            current = trial
    lines.append(current)
    return lines


class _Pdf:
    def __init__(self, path: Path, standard: Standard) -> None:
        from reportlab.pdfgen.canvas import Canvas

        _register_font()
        self.canvas = Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
        self.standard = standard
        self.page = 1
        self.y = PAGE_H - TOP

    def new_page(self) -> None:
        self.canvas.showPage()
        self.page += 1
        self.y = PAGE_H - TOP
        c = self.canvas
        c.setFont(FONT, 9)
        c.drawRightString(PAGE_W - RIGHT, PAGE_H - 40, self.standard.header)
        if self.standard.footer:
            c.drawString(LEFT, 36, self.standard.footer)
        c.drawCentredString(PAGE_W / 2, 36, str(self.page))

    def need(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.new_page()

    def line(self, text: str, *, centre: bool = False, size: float = SIZE) -> None:
        self.need(LEADING)
        self.canvas.setFont(FONT, size)
        if centre:
            self.canvas.drawCentredString(PAGE_W / 2, self.y - size, text)
        else:
            self.canvas.drawString(LEFT, self.y - size, text)
        self.y -= LEADING

    def paragraph(self, text: str, indent: bool = True) -> None:
        for line in _wrap(text, PAGE_W - LEFT - RIGHT, SIZE):
            self.line(line)
        self.y -= 3

    def table(self, caption: str, headers, rows, widths) -> None:
        c = self.canvas
        row_h = 18.0
        self.need(LEADING + row_h * 2)
        self.line(caption, centre=True)
        for cells in [headers, *rows]:
            self.need(row_h)
            x = LEFT
            c.setLineWidth(0.8)
            top, bottom = self.y, self.y - row_h
            c.line(LEFT, top, LEFT + sum(widths), top)
            c.line(LEFT, bottom, LEFT + sum(widths), bottom)
            c.setFont(FONT, 9)
            for cell, w in zip(cells, widths):
                c.line(x, top, x, bottom)
                c.drawString(x + 4, bottom + 5.5, cell)
                x += w
            c.line(x, top, x, bottom)
            self.y -= row_h
        self.y -= 8

    def save(self) -> None:
        self.canvas.save()


def to_pdf(standard: Standard, path: Path) -> Path:
    """The standard as a text PDF set in WenQuanYi Micro Hei; Table 1 crosses a page."""
    zh = standard.lang == "zh"
    pdf = _Pdf(path, standard)
    y_steps = (90, 60, 40, 40, 60, 40, 40, 40, 60, 40)
    for text, step in zip(standard.cover, y_steps):
        pdf.y -= step - LEADING
        for piece in _wrap(text, PAGE_W - LEFT - RIGHT, SIZE + 2):
            pdf.line(piece, centre=True, size=SIZE + 2)
    pdf.new_page()
    body_started = False
    for item in standard.items:
        if isinstance(item, PageBreak):
            pdf.new_page()
        elif isinstance(item, Front):
            pdf.line("  ".join(item.title) if zh else item.title, centre=True)
            for p in item.paragraphs:
                pdf.paragraph(p)
        elif isinstance(item, Clause):
            if not body_started:
                body_started = True
                for piece in _wrap(standard.title, PAGE_W - LEFT - RIGHT, SIZE + 2):
                    pdf.line(piece, centre=True, size=SIZE + 2)
                pdf.y -= 8
            pdf.need(LEADING * 2)
            pdf.line(f"{item.number}  {item.title}" if item.title else item.number)
            for p in item.paragraphs:
                pdf.paragraph(p)
        elif isinstance(item, Term):
            pdf.need(LEADING * 3)
            pdf.line(item.number)
            pdf.line(item.term)
            pdf.paragraph(item.definition)
            for i, note in enumerate(item.notes, start=1):
                pdf.paragraph(f"注：{note}" if zh else f"Note {i} to entry: {note}")
        elif isinstance(item, Note):
            pdf.paragraph(f"注：{item.text}" if zh else f"NOTE {item.text}")
        elif isinstance(item, Annex):
            pdf.line(f"附  录  {item.letter}" if zh else f"Annex {item.letter}", centre=True)
            status = {"normative": "（规范性）", "informative": "（资料性）"}[item.status] if zh else f"({item.status})"
            pdf.line(status, centre=True)
            pdf.line(item.title, centre=True)
            pdf.y -= 6
        elif isinstance(item, Table):
            label = f"表{item.number}" if zh else f"Table {item.number}"
            widths = [230.0, 112.5, 112.5] if len(item.headers) == 3 else [200.0, 255.0]
            first = item.rows[:item.split_at] if item.split_at else item.rows
            pdf.table(f"{label}  {item.title}" if zh else f"{label} — {item.title}", item.headers, first, widths)
            if item.split_at:
                pdf.new_page()
                pdf.table(f"续表{item.number}" if zh else f"{label} (continued)", item.headers,
                          item.rows[item.split_at:], widths)
    pdf.save()
    return path


def to_plain_pdf(path: Path, pages: list[list[str]], *, encrypt: str | None = None) -> Path:
    """A text PDF of a few pages, each a list of lines (set in the CJK font); `encrypt`: a user password."""
    from reportlab.pdfgen.canvas import Canvas

    _register_font()
    canvas = Canvas(str(path), encrypt=encrypt)
    for lines in pages:
        y = 780
        for line in lines:
            canvas.setFont(FONT, 11)
            canvas.drawString(70, y, line)
            y -= 18
        canvas.showPage()
    canvas.save()
    return path


def to_scanned_pdf(text_pdf: Path, path: Path, dpi: int = 300) -> Path:
    """Render every page of `text_pdf` to a grayscale image and make an image-only PDF of them."""
    from PIL import Image

    if not shutil.which("pdftoppm"):
        raise RuntimeError("pdftoppm (poppler-utils) is needed to make the scanned test PDF")
    folder = path.parent / (path.stem + "-pages")
    folder.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(text_pdf), str(folder / "p")], check=True)
    images = [Image.open(p).convert("L") for p in sorted(folder.glob("p-*.png"))]
    images[0].save(path, "PDF", resolution=float(dpi), save_all=True, append_images=images[1:])
    return path


def page_images(scanned_or_text_pdf: Path, folder: Path, dpi: int = 300) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(scanned_or_text_pdf), str(folder / "p")],
                   check=True)
    return sorted(folder.glob("p-*.png"))


# ------------------------------------------------------------------ DOCX

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _add_word_list(document) -> str:
    """A multilevel decimal list ("%1", "%1.%2", "%1.%2.%3") in numbering.xml; returns its numId."""
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:lvlText w:val="{".".join(f"%{k + 1}" for k in range(i + 1))}"/><w:lvlJc w:val="left"/></w:lvl>'
        for i in range(3))
    abstract = parse_xml(f'<w:abstractNum xmlns:w="{_W_NS}" w:abstractNumId="90">'
                         f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>')
    num = parse_xml(f'<w:num xmlns:w="{_W_NS}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    first_num = numbering.find(f"{{{_W_NS}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)
    return "90"


def _numbered(paragraph, num_id: str, level: int) -> None:
    from docx.oxml import parse_xml

    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr xmlns:w="{_W_NS}"><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/>'
                         '</w:numPr>'))


def to_docx(standard: Standard, path: Path, word_numbering: bool = False) -> Path:
    """The standard as DOCX: clause numbers typed, or (word_numbering) drawn by Word's list numbering for the
    numbered clauses and terms of the main body."""
    import docx

    zh = standard.lang == "zh"
    document = docx.Document()
    num_id = _add_word_list(document) if word_numbering else ""
    for line in standard.cover:
        document.add_paragraph(line)
    document.add_page_break()
    for item in standard.items:
        if isinstance(item, PageBreak):
            document.add_page_break()
        elif isinstance(item, Front):
            document.add_heading(item.title, level=1)
            for p in item.paragraphs:
                document.add_paragraph(p)
        elif isinstance(item, (Clause, Term)):
            title = item.title if isinstance(item, Clause) else item.term
            main_body = item.number[0].isdigit()
            level = item.number.count(".")
            if word_numbering and main_body:
                paragraph = document.add_heading(title or "", level=min(level + 1, 3)) if title else None
                if paragraph is None:
                    paragraph = document.add_paragraph("")
                _numbered(paragraph, num_id, level)
            elif isinstance(item, Term):
                document.add_paragraph(item.number)
                document.add_paragraph(title)
            else:
                document.add_heading(f"{item.number} {title}".strip(), level=min(level + 1, 3))
            if isinstance(item, Term):
                document.add_paragraph(item.definition)
                for i, note in enumerate(item.notes, start=1):
                    document.add_paragraph(f"注：{note}" if zh else f"Note {i} to entry: {note}")
            else:
                for p in item.paragraphs:
                    document.add_paragraph(p)
        elif isinstance(item, Note):
            document.add_paragraph(f"注：{item.text}" if zh else f"NOTE {item.text}")
        elif isinstance(item, Annex):
            document.add_heading(f"附录{item.letter}" if zh else f"Annex {item.letter}", level=1)
            document.add_paragraph({"normative": "（规范性）", "informative": "（资料性）"}[item.status] if zh
                                   else f"({item.status})")
            document.add_paragraph(item.title)
        elif isinstance(item, Table):
            label = f"表{item.number}" if zh else f"Table {item.number}"
            document.add_paragraph(f"{label}  {item.title}" if zh else f"{label} — {item.title}")
            table = document.add_table(rows=1 + len(item.rows), cols=len(item.headers))
            for r, cells in enumerate([item.headers, *item.rows]):
                for c, value in enumerate(cells):
                    table.cell(r, c).text = value
    document.save(str(path))
    return path


# ------------------------------------------------------------------ STS XML

def to_sts(standard: Standard, path: Path) -> Path:
    """The standard as ISO STS XML: front (std-ref, title-wrap, foreword), body sec/label/title/p with term-sec
    (TBX), table-wrap and notes, back app-group with the annexes."""
    from lxml import etree

    zh = standard.lang == "zh"
    xml_lang = "{http://www.w3.org/XML/1998/namespace}lang"
    tbx = "urn:iso:std:iso:30042:ed-1"
    root = etree.Element("standard", nsmap={"tbx": tbx})
    root.set(xml_lang, standard.lang)
    front = etree.SubElement(root, "front")
    meta = etree.SubElement(front, "iso-meta" if not zh else "nat-meta")
    wrap = etree.SubElement(meta, "title-wrap")
    wrap.set(xml_lang, standard.lang)
    etree.SubElement(wrap, "full").text = standard.title
    if zh:
        wrap_en = etree.SubElement(meta, "title-wrap")
        wrap_en.set(xml_lang, "en")
        etree.SubElement(wrap_en, "full").text = standard.title_en
    etree.SubElement(meta, "std-ref", type="dated").text = standard.number
    body = etree.SubElement(root, "body")
    back = etree.SubElement(root, "back")
    stack: list[tuple[tuple, etree._Element]] = []
    container = body
    current = body

    def place(number: str):
        parts = tuple(number.split("."))
        while stack and not (len(stack[-1][0]) < len(parts) and parts[:len(stack[-1][0])] == stack[-1][0]):
            stack.pop()
        parent = stack[-1][1] if stack else container
        return parts, parent

    for item in standard.items:
        if isinstance(item, Front):
            sec = etree.SubElement(front, "sec", {"sec-type": "foreword" if item.title in ("前言", "Foreword")
                                                  else "intro"})
            etree.SubElement(sec, "title").text = item.title
            for p in item.paragraphs:
                etree.SubElement(sec, "p").text = p
        elif isinstance(item, Clause):
            parts, parent = place(item.number)
            sec = etree.SubElement(parent, "sec", id=f"sec_{item.number}")
            etree.SubElement(sec, "label").text = item.number
            etree.SubElement(sec, "title").text = item.title
            for p in item.paragraphs:
                etree.SubElement(sec, "p").text = p
            stack.append((parts, sec))
            current = sec
        elif isinstance(item, Term):
            parts, parent = place(item.number)
            term_sec = etree.SubElement(parent, "term-sec", id=f"sec_{item.number}")
            etree.SubElement(term_sec, "label").text = item.number
            entry = etree.SubElement(term_sec, f"{{{tbx}}}termEntry", id=f"term_{item.number}")
            lang_set = etree.SubElement(entry, f"{{{tbx}}}langSet")
            lang_set.set(xml_lang, standard.lang)
            etree.SubElement(lang_set, f"{{{tbx}}}definition").text = item.definition
            for note in item.notes:
                etree.SubElement(lang_set, f"{{{tbx}}}note").text = note
            tig = etree.SubElement(lang_set, f"{{{tbx}}}tig")
            etree.SubElement(tig, f"{{{tbx}}}term").text = item.term
        elif isinstance(item, Note):
            note = etree.SubElement(current, "non-normative-note")
            etree.SubElement(note, "label").text = "注：" if zh else "NOTE"
            etree.SubElement(note, "p").text = item.text
        elif isinstance(item, Table):
            table_wrap = etree.SubElement(current, "table-wrap", id=f"tab_{item.number}")
            etree.SubElement(table_wrap, "label").text = f"表{item.number}" if zh else f"Table {item.number}"
            caption = etree.SubElement(table_wrap, "caption")
            etree.SubElement(caption, "title").text = item.title
            table = etree.SubElement(table_wrap, "table")
            head = etree.SubElement(etree.SubElement(table, "thead"), "tr")
            for h in item.headers:
                etree.SubElement(head, "th").text = h
            tbody = etree.SubElement(table, "tbody")
            for cells in item.rows:
                tr = etree.SubElement(tbody, "tr")
                for value in cells:
                    etree.SubElement(tr, "td").text = value
        elif isinstance(item, Annex):
            group = back.find("app-group")
            if group is None:
                group = etree.SubElement(back, "app-group")
            app = etree.SubElement(group, "app", id=f"sec_{item.letter}")
            etree.SubElement(app, "label").text = f"附录{item.letter}" if zh else f"Annex {item.letter}"
            etree.SubElement(app, "annex-type").text = (
                {"normative": "（规范性）", "informative": "（资料性）"}[item.status] if zh else f"({item.status})")
            etree.SubElement(app, "title").text = item.title
            stack[:] = [((item.letter,), app)]
            container = app
            current = app
    etree.ElementTree(root).write(str(path), encoding="utf-8", xml_declaration=True, pretty_print=True)
    return path


def text_canvas(path: Path, lines, *, size: float = 10, y: float = 780, step: float = 18):
    """A reportlab canvas of one A4 page with `lines` drawn from the top; returns (canvas, y below them)."""
    from reportlab.pdfgen.canvas import Canvas

    _register_font()
    c = Canvas(str(path), pagesize=(PAGE_W, PAGE_H))
    c.setFont(FONT, size)
    for line in lines:
        c.drawString(LEFT, y, line)
        y -= step
    return c, y


def ruled_rows(c, xs, top: float, rows, line: float = 13) -> float:
    """Rows of cells (each cell a list of its lines) ruled as a grid between the column edges `xs`, from `top`
    down, each line drawn on its own as LibreOffice draws a wrapped cell; returns the bottom rule's height."""
    y = top
    c.setLineWidth(0.6)
    for cells in rows:
        height = 6 + line * max(len(lines) for lines in cells)
        c.line(xs[0], y, xs[-1], y)
        for x in xs:
            c.line(x, y, x, y - height)
        for x, lines in zip(xs, cells):
            for k, text in enumerate(lines):
                c.drawString(x + 4, y - line - line * k, text)
        y -= height
    c.line(xs[0], y, xs[-1], y)
    return y

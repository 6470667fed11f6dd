"""ISO STS / NISO STS XML in (ISO and IEC publish from it): front matter (std-ref, title-wrap, foreword), body
`sec` with `label` and `title`, `term-sec` with TBX term entries (term, definition, notes to entry), `table-wrap`
(label, caption, thead/tbody), notes, and annexes (`app` with `annex-type`).

The XML is turned into the same stream of lines and tables as a printed page ("5.2 Moisture content", "Table 1
— ...", "Annex A", "(informative)") so one tree builder reads every format; labels come from the XML, never
guessed.
"""

from __future__ import annotations

import re

from pathlib import Path

from compare.core.errors import InputFileError
from compare.documents.model import Source
from compare.documents.structure import Line, TableBlock
from compare.documents.tables import SPANNED

_STS_ROOTS = {"standard", "adoption"}
_SKIP_IN_TEXT = {"sec", "term-sec", "table-wrap", "fig", "non-normative-note", "notes", "label", "title",
                 "app", "ref-list", "termEntry", "fn-group"}


def _local(element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split())


def _children(element, *names):
    return [c for c in element if _local(c) in names]


def read_sts(path: Path) -> tuple[list, str]:
    """The blocks of an STS XML document, and its language (xml:lang of the document or its title)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        # parsed from its bytes: lxml reading a file raises OSError, with the full path, for bytes that are not in
        # the declared encoding
        root = etree.fromstring(path.read_bytes(), parser)
    except etree.XMLSyntaxError as exc:
        if "encoding" in exc.msg.lower() or "utf-8" in exc.msg.lower():
            declared = re.search(rb"""encoding=["']([\w.:-]+)""", path.read_bytes()[:200])
            name = declared.group(1).decode("ascii") if declared else "UTF-8"
            raise InputFileError(f"{path.name} is not in the encoding its XML declaration names ({name}; "
                                 f"line {exc.lineno}): save it again as {name}, or correct the declaration to the "
                                 "encoding it was saved in (GB18030, GBK …)") from exc
        raise InputFileError(f"{path.name} is not well-formed XML ({exc.msg}, line {exc.lineno})") from exc
    if _local(root) not in _STS_ROOTS or not any(_local(c) in ("front", "body") for c in root):
        raise InputFileError(f"{path.name} is XML but not ISO STS / NISO STS (root <{_local(root)}>, expected "
                             "<standard> with <front> and <body>); give the standard's STS XML, a PDF or a DOCX")
    lang = root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    blocks: list = []
    emit = lambda text: blocks.append(Line(text=text, source=Source.STS)) if text else None  # noqa: E731
    for part in root:
        name = _local(part)
        if name == "front":
            for meta in part.iter():  # the cover: the standard's number first, then its titles
                if _local(meta) == "std-ref" and _local(meta.getparent()) in ("iso-meta", "std-meta", "nat-meta",
                                                                                "reg-meta", "std-ident"):
                    emit(_text(meta))
                    break
            for meta in part.iter():
                local = _local(meta)
                if local == "title-wrap":
                    lang = lang or meta.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
                    full = [c for c in meta if _local(c) == "full"]
                    emit(_text(full[0]) if full else " — ".join(_text(c) for c in meta if _text(c)))
            for sec in part.iter():
                if _local(sec) == "sec":
                    _section(sec, emit, blocks)
        elif name == "body":
            for sec in _children(part, "sec"):
                _section(sec, emit, blocks)
        elif name == "back":
            for group in part.iter():
                if _local(group) == "app":
                    _section(group, emit, blocks, annex=True)
    return blocks, (lang or "")[:2].lower()


def _section(sec, emit, blocks, annex: bool = False) -> None:
    label = _children(sec, "label")
    title = _children(sec, "title")
    label_text = _text(label[0]) if label else ""
    title_text = _text(title[0]) if title else ""
    if annex:
        emit(label_text)
        for kind in _children(sec, "annex-type"):
            emit(_text(kind))
        emit(title_text)
    elif label_text:
        emit(f"{label_text} {title_text}".strip())
    else:
        emit(title_text)
    for child in sec:
        local = _local(child)
        if local in ("label", "title", "annex-type"):
            continue
        if local in ("sec", "app"):
            _section(child, emit, blocks)
        elif local == "term-sec":
            _term(child, emit)
        elif local == "table-wrap":
            _table(child, emit, blocks)
        elif local in ("non-normative-note", "notes"):
            _note(child, emit)
        elif local == "list":
            for item in child.iter():
                if _local(item) == "list-item":
                    emit(_text(item))
        else:
            emit(_text(child))


def _note(note, emit) -> None:
    label = _children(note, "label")
    body = " ".join(_text(c) for c in note if _local(c) != "label")
    emit(f"{_text(label[0]) if label else 'NOTE'} {body}".strip())


def _term(term_sec, emit) -> None:
    label = _children(term_sec, "label")
    emit(_text(label[0]) if label else "")
    terms, definition, notes = [], "", []
    for element in term_sec.iter():
        local = _local(element)
        if local == "term" and _text(element):
            terms.append(_text(element))
        elif local == "definition" and not definition:
            definition = _text(element)
        elif local == "note":
            notes.append(_text(element))
    emit(terms[0] if terms else "")
    if len(terms) > 1:
        emit("; ".join(terms[1:]))
    emit(definition)
    for i, note in enumerate(notes, start=1):
        emit(f"Note {i} to entry: {note}")
    for sub in _children(term_sec, "term-sec"):
        _term(sub, emit)


def _table(wrap, emit, blocks) -> None:
    label = _children(wrap, "label")
    caption = _children(wrap, "caption")
    title = _text(caption[0]) if caption else ""
    emit(f"{_text(label[0]) if label else 'Table'} — {title}".strip(" —"))
    rows, head = _grid(wrap)
    if rows:
        blocks.append(TableBlock(rows=rows, source=Source.STS, header_rows=head))
    for foot in _children(wrap, "table-wrap-foot"):
        emit(_text(foot))


def _span(cell, name: str) -> int:
    try:
        return max(1, min(int(cell.get(name) or 1), 100))
    except ValueError:
        return 1


def _grid(wrap) -> tuple[tuple[tuple[str | None, ...], ...], int]:
    """The table's cells on its grid (XHTML model: a cell with colspan covers the cells to its right, SPANNED; one
    with rowspan the cells below, None) and how many rows its <thead> holds."""
    rows: list[list] = []
    pending: dict[int, int] = {}  # column -> rows still covered by a rowspan from above
    head = 0
    for element in wrap.iter():
        if _local(element) != "tr":
            continue
        if element.getparent() is not None and _local(element.getparent()) == "thead":
            head += 1
        row: list = []
        column = 0

        def covered() -> None:
            nonlocal column
            while pending.get(column, 0) > 0:
                row.append(None)
                pending[column] -= 1
                column += 1

        for cell in element:
            if _local(cell) not in ("th", "td"):
                continue
            covered()
            width, height = _span(cell, "colspan"), _span(cell, "rowspan")
            row.append(_text(cell))
            row.extend([SPANNED] * (width - 1))
            for k in range(column, column + width):
                if height > 1:
                    pending[k] = height - 1
            column += width
        covered()
        rows.append(row)
    width = max((len(r) for r in rows), default=0)
    return tuple(tuple(r + [""] * (width - len(r))) for r in rows), head

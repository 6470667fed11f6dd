"""TMX 1.4b export of counterpart pairs, for translation-memory (CAT) tools.

One `<tu>` per pair with one `<tuv xml:lang>` per language; each `<tuv>` carries its standard and clause
number in `<prop>` elements (TMX allows props inside a tuv), so a CAT tool shows where a segment came from.

Best matches (pairs a reviewer has not confirmed) are counterparts, not translations: a meat limit of 0.2 mg/kg
may face 0.1 mg/kg. They are written only when asked for, and then marked: `<prop type="x-relation">counterpart
</prop>` and a note on the unit, so a CAT tool's filter (or a person) can keep them out of a translation memory.
Confirmed pairs carry no such mark; one whose limits differ (the reviewer confirmed the counterpart, not a
translation of its numbers) carries `<prop type="x-values">differ</prop>` and a note naming the values.

A table row is made by stdcompare (the caption and column heads joined to the row's cells: "表1 … — 玩具材料: 造型黏土 |
元素 锑(Sb): 60"), text a CAT tool meets in no document: its unit carries `<prop type="x-unit">table-row</prop>` and
a note, so a filter can leave it out of a translation memory.

A clause read from a document is stored as '<heading>: <text>' ('总则: 试验部分应从…', 'General: A test portion …';
compare.documents Node.unit_text); the heading is no text of the clause as the document sets it. Where it can be
told apart it leaves the segment and goes with it as `<prop type="x-title">` on each tuv ("A.1 总则") and a note on
the unit naming both ("GB 6675.4-2025 A.1 总则 ↔ ISO 8124-3:2020 A.1 General"), so the translator sees where the
segment comes from and the segment matches the document's sentence. Chinese text writes its colons full width
('试剂：所用水…'), so an ASCII ': ' after a short title is the heading's end; the English side is split only when its
Chinese counterpart was ('Lead (as Pb) in cereal grains: maximum level 0.2 mg/kg' is one sentence).

A unit is a clause, not a sentence: the header says segtype="paragraph", and a unit with several paragraphs on
either side (a clause's paragraphs are kept apart by a line break) says segtype="block", as TMX 1.4b defines them,
so a tool that matches sentence by sentence knows to split them rather than take a clause for one sentence.
"""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from typing import Iterable

from compare.core.model import Clause
from compare.documents.numbering import looks_like_title
from compare.documents.tables import ROW_LABEL
from compare.io.pairs import Pair

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Characters XML 1.0 forbids; cells copied from Excel sometimes carry them (vertical tab, form feed).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_LANG_TAGS = {"zh": "zh-CN", "en": "en"}
COUNTERPART = "counterpart"
VALUES_DIFFER = "differ"  # a confirmed pair whose limits differ (compare.io.pairs)
TABLE_ROW = "table-row"
TABLE_ROW_NOTE = ("a table row written as one segment (its caption and column heads joined to its cells), not text "
                  "of either document: leave it out of a translation memory, or take its cells as terms")
COUNTERPART_NOTE = ("counterpart clause found by similarity, not a confirmed translation: its values may differ; "
                    "leave it out of a translation memory")


def tmx_lang(lang: str) -> str:
    """The language tag a CAT tool expects: zh -> zh-CN; others are kept."""
    return _LANG_TAGS.get(lang.lower(), lang or "und")


def pairs_to_tmx(pairs: Iterable[Pair], *, srclang: str = "zh-CN", tool_version: str = "0.1.0") -> bytes:
    """Serialise `pairs` as a TMX 1.4 document (UTF-8). The domestic clause is the source segment."""
    root = ET.Element("tmx", version="1.4")
    ET.SubElement(root, "header", {
        "creationtool": "stdcompare", "creationtoolversion": tool_version, "segtype": "paragraph",
        "o-tmf": "stdcompare", "adminlang": "en", "srclang": srclang, "datatype": "plaintext",
        "creationdate": time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()),
    })
    body = ET.SubElement(root, "body")
    for n, pair in enumerate(pairs, start=1):
        tu = ET.SubElement(body, "tu", tuid=str(n))
        if "\n" in pair.domestic.text.strip() or "\n" in pair.international.text.strip():
            tu.set("segtype", "block")
        _prop(tu, "x-source", pair.source)
        if pair.score is not None:
            _prop(tu, "x-score", f"{pair.score:.1f}")
        if pair.source != "confirmed":
            _prop(tu, "x-relation", COUNTERPART)
            ET.SubElement(tu, "note").text = COUNTERPART_NOTE
        if pair.values_differ:
            _prop(tu, "x-values", VALUES_DIFFER)
        if ROW_LABEL.search(pair.domestic.clause) or ROW_LABEL.search(pair.international.clause):
            _prop(tu, "x-unit", TABLE_ROW)
            ET.SubElement(tu, "note").text = TABLE_ROW_NOTE
        if pair.note:
            ET.SubElement(tu, "note").text = _NOT_XML.sub(" ", pair.note)
        headings = split_headings(pair.domestic, pair.international)
        if any(heading for heading, _ in headings):
            ET.SubElement(tu, "note").text = _NOT_XML.sub(" ", " ↔ ".join(
                f"{c.standard} {_title(c, heading)}".strip() for c, (heading, _) in zip(
                    (pair.domestic, pair.international), headings)))
        for clause, (heading, text) in zip((pair.domestic, pair.international), headings):
            _tuv(tu, clause, heading, text)
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode").encode("utf-8") + b"\n"


_HEADING_END = ": "
_NOT_IN_A_TITLE = re.compile(r"[。；;，,：:\n|—]")
_CJK = re.compile(r"[\u3400-\u9fff]")


def _heading(text: str, chinese: bool) -> tuple[str, str]:
    head, found, rest = text.partition(_HEADING_END)
    if not found or not rest.strip() or _NOT_IN_A_TITLE.search(head) or not looks_like_title(head) \
            or (chinese and not _CJK.search(head)):
        return "", text
    return head.strip(), rest.strip()


def split_headings(domestic: Clause, international: Clause) -> list[tuple[str, str]]:
    """(heading, text) of each side: the heading a document unit carries in front of its text ('总则: 试验部分…'),
    '' when there is none or it cannot be told apart. The Chinese side decides: the other is split only when it is.
    A table row is never split (its caption and cells are one made-up segment)."""
    sides = [(c.lang or "").lower().startswith("zh") for c in (domestic, international)]
    if ROW_LABEL.search(domestic.clause) or ROW_LABEL.search(international.clause) or sides.count(True) != 1:
        return [("", domestic.text), ("", international.text)]
    zh = sides.index(True)
    split = [None, None]
    split[zh] = _heading((domestic, international)[zh].text, True)
    other = (domestic, international)[1 - zh]
    split[1 - zh] = _heading(other.text, False) if split[zh][0] else ("", other.text)
    return split


def _title(clause: Clause, heading: str) -> str:
    """'A.1 总则': the clause number and its heading."""
    return f"{clause.clause} {heading}".strip() if heading else clause.clause


def _tuv(tu: ET.Element, clause: Clause, heading: str = "", text: str | None = None) -> None:
    tuv = ET.SubElement(tu, "tuv", {XML_LANG: tmx_lang(clause.lang)})
    # a searched text confirmed as a pair has no standard or clause number: no empty prop for a CAT tool to show
    if clause.standard.strip():
        _prop(tuv, "x-standard", clause.standard)
    if clause.clause.strip():
        _prop(tuv, "x-clause", clause.clause)
    if heading:
        _prop(tuv, "x-title", _title(clause, heading))
    ET.SubElement(tuv, "seg").text = _NOT_XML.sub(" ", clause.text if text is None else text)


def _prop(parent: ET.Element, kind: str, value: str) -> None:
    ET.SubElement(parent, "prop", type=kind).text = _NOT_XML.sub(" ", value)

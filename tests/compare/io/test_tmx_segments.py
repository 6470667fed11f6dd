"""What a CAT tool is told about the units of a TMX: a unit is a whole clause (one paragraph or several), never
a sentence, so the header may not say segtype="sentence" (TMX 1.4b: sentence, paragraph, block, phrase)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from compare.core.model import Clause
from compare.io.pairs import Pair
from compare.io.tmx import pairs_to_tmx


def clause(standard, number, text, lang, side):
    return Clause(id=0, standard=standard, clause=number, text=text, lang=lang, side=side)


def test_units_are_clauses_not_sentences():
    one = Pair(domestic=clause("GB 6675.4-2025", "A.1", "总则: 试验部分应从单个玩具样品上取得。", "zh", "domestic"),
               international=clause("ISO 8124-3:2020", "A.1", "General: A test portion shall be taken from a single "
                                    "toy sample.", "en", "international"), source="confirmed")
    several = Pair(domestic=clause("GB 6675.4-2025", "6", "试验报告: 试验报告应至少包括下列内容：\na）本文件编号；\n"
                                   "b）试验样品的类型和识别。", "zh", "domestic"),
                   international=clause("ISO 8124-3:2020", "6", "Test report: The test report shall contain at least "
                                        "the following information: a) a reference to this document; b) the type "
                                        "of the product tested.", "en", "international"), source="confirmed")
    root = ET.fromstring(pairs_to_tmx([one, several]))
    # before: segtype="sentence" for units of several sentences and paragraphs
    assert root.find("header").get("segtype") == "paragraph"
    units = root.findall("body/tu")
    assert units[0].get("segtype") is None
    assert units[1].get("segtype") == "block"  # several paragraphs on one side


def test_a_table_row_is_marked_as_no_text_of_the_document():
    """A table row unit ('表1 … — 玩具材料: 造型黏土 | 元素 锑(Sb): 60 …') is made by stdcompare from the caption, the
    column heads and the cells: a CAT tool meets it nowhere in a document. It is marked so a filter can leave it out."""
    row = Pair(domestic=clause("GB 6675.4-2025", "表1 第2行", "表1 最大迁移限量 (单位为 mg/kg) — 玩具材料: 造型黏土 | "
                                                            "元素 锑(Sb): 60", "zh", "domestic"),
               international=clause("ISO 8124-3:2020", "Table 1 row 2", "Table 1 Maximum migration — Toy material: "
                                    "Modelling clay | Element (mg/kg) Sb: 60", "en", "international"),
               source="confirmed")
    text = Pair(domestic=clause("GB 6675.4-2025", "4.2.1", "玩具材料中可迁移元素的含量不应超过表1给出的最大限量。", "zh",
                                "domestic"),
                international=clause("ISO 8124-3:2020", "4.2.1", "The migration of elements shall not exceed the "
                                     "levels given in Table 1.", "en", "international"), source="confirmed")
    units = ET.fromstring(pairs_to_tmx([row, text])).findall("body/tu")
    # before: both units alike, the row with nothing saying it is no sentence of either document
    assert [(p.get("type"), p.text) for p in units[0].findall("prop") if p.get("type") == "x-unit"] == [
        ("x-unit", "table-row")]
    assert any("table row" in (n.text or "") for n in units[0].findall("note"))
    assert not [p for p in units[1].findall("prop") if p.get("type") == "x-unit"] and not units[1].findall("note")

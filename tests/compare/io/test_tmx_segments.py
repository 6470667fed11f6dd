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


# The element structure of TMX 1.4b (LISA's DTD, the elements a stdcompare TMX uses), for lxml to validate against.
TMX14B_DTD = """
<!ELEMENT tmx (header, body)>
<!ATTLIST tmx version CDATA #FIXED "1.4">
<!ELEMENT header (note|prop)*>
<!ATTLIST header creationtool CDATA #REQUIRED creationtoolversion CDATA #REQUIRED
          segtype (block|paragraph|sentence|phrase) #REQUIRED o-tmf CDATA #REQUIRED adminlang CDATA #REQUIRED
          srclang CDATA #REQUIRED datatype CDATA #REQUIRED o-encoding CDATA #IMPLIED creationdate CDATA #IMPLIED
          creationid CDATA #IMPLIED changedate CDATA #IMPLIED changeid CDATA #IMPLIED>
<!ELEMENT body (tu*)>
<!ELEMENT tu ((note|prop)*, tuv+)>
<!ATTLIST tu tuid CDATA #IMPLIED o-encoding CDATA #IMPLIED datatype CDATA #IMPLIED usagecount CDATA #IMPLIED
          lastusagedate CDATA #IMPLIED creationtool CDATA #IMPLIED creationtoolversion CDATA #IMPLIED
          creationdate CDATA #IMPLIED creationid CDATA #IMPLIED changedate CDATA #IMPLIED
          segtype (block|paragraph|sentence|phrase) #IMPLIED changeid CDATA #IMPLIED o-tmf CDATA #IMPLIED
          srclang CDATA #IMPLIED>
<!ELEMENT tuv ((note|prop)*, seg)>
<!ATTLIST tuv xml:lang CDATA #REQUIRED o-encoding CDATA #IMPLIED datatype CDATA #IMPLIED
          usagecount CDATA #IMPLIED lastusagedate CDATA #IMPLIED creationtool CDATA #IMPLIED
          creationtoolversion CDATA #IMPLIED creationdate CDATA #IMPLIED creationid CDATA #IMPLIED
          changedate CDATA #IMPLIED o-tmf CDATA #IMPLIED changeid CDATA #IMPLIED>
<!ELEMENT seg (#PCDATA)>
<!ELEMENT note (#PCDATA)>
<!ATTLIST note xml:lang CDATA #IMPLIED o-encoding CDATA #IMPLIED>
<!ELEMENT prop (#PCDATA)>
<!ATTLIST prop type CDATA #REQUIRED xml:lang CDATA #IMPLIED o-encoding CDATA #IMPLIED>
"""


def _docx(path, lines):
    import docx

    d = docx.Document()
    for text in lines:
        d.add_paragraph(text)
    d.save(str(path))
    return path


def test_segments_carry_their_clause_title_and_the_tmx_is_valid(tmp_path):
    """Before: the heading a document unit carries ('总则: 试验部分…') was in the segment, text a CAT tool meets in
    no document, and nothing said which clause the segment was; now the heading goes with the segment as a prop
    (x-title, number and heading) and a note on the unit, and the segment is the clause's text."""
    from io import BytesIO

    from lxml import etree

    from compare.io.readers import open_table

    gb = _docx(tmp_path / "gb.docx", ["GB 6675.4—2025", "玩具安全 第4部分：特定元素的迁移", "1 范围",
                                      "本文件规定了玩具材料中可迁移元素的最大限量。", "5 试验方法",
                                      "5.1 试剂：所用水应符合GB/T 6682规定的三级水。", "5.2 总则",
                                      "试验部分应从单个玩具样品上取得。"])
    iso = _docx(tmp_path / "iso.docx", ["ISO 8124-3:2020", "Safety of toys — Part 3: Migration of certain elements",
                                        "1 Scope", "This document specifies maximum limits for elements.",
                                        "5 Test methods", "5.1 Reagents: water shall be of grade 3.", "5.2 General",
                                        "A test portion shall be taken from a single toy sample."])
    sides = []
    for path, lang, side in ((gb, "zh", "domestic"), (iso, "en", "international")):
        sides.append({r.clause: clause(r.standard, r.clause, r.text, lang, side) for r in open_table(path).rows()})
    assert sides[0]["5.2"].text == "总则: 试验部分应从单个玩具样品上取得。"
    pairs = [Pair(domestic=sides[0][n], international=sides[1][n], source="confirmed") for n in ("1", "5.1", "5.2")]
    raw = pairs_to_tmx(pairs)
    (tmp_path / "pairs.tmx").write_bytes(raw)
    dtd = etree.DTD(BytesIO(TMX14B_DTD.encode()))
    tree = etree.parse(str(tmp_path / "pairs.tmx"))
    assert dtd.validate(tree), dtd.error_log.filter_from_errors()
    units = tree.getroot().findall("body/tu")

    def seen(tu):
        return [([p.text for p in tuv.findall("prop") if p.get("type") == "x-title"], tuv.find("seg").text)
                for tuv in tu.findall("tuv")]

    assert seen(units[0]) == [(["1 范围"], "本文件规定了玩具材料中可迁移元素的最大限量。"),
                              (["1 Scope"], "This document specifies maximum limits for elements.")]
    assert [n.text for n in units[0].findall("note")] == ["GB 6675.4-2025 1 范围 ↔ ISO 8124-3:2020 1 Scope"]
    # a clause without a heading ('试剂：' is text: Chinese writes the colon full width) is left whole
    assert seen(units[1]) == [([], "试剂：所用水应符合GB/T 6682规定的三级水。"), ([], "Reagents: water shall be of grade 3.")]
    assert not units[1].findall("note")
    assert seen(units[2]) == [(["5.2 总则"], "试验部分应从单个玩具样品上取得。"),
                              (["5.2 General"], "A test portion shall be taken from a single toy sample.")]


def test_an_english_sentence_with_a_colon_is_not_split():
    """'Lead (as Pb) in cereal grains: maximum level …' is one sentence: the English side is split only when its
    Chinese counterpart carries a heading."""
    pair = Pair(domestic=clause("GB 2762-2022", "4.1", "谷物中铅（以Pb计）的限量为0.2 mg/kg。", "zh", "domestic"),
                international=clause("CXS 193-1995", "Lead 1", "Lead (as Pb) in cereal grains: maximum level 0.2 mg/kg.",
                                     "en", "international"), source="confirmed")
    tu = ET.fromstring(pairs_to_tmx([pair])).find("body/tu")
    assert [t.find("seg").text for t in tu.findall("tuv")] == [pair.domestic.text, pair.international.text]
    assert not tu.findall("note") and not tu.findall("tuv/prop[@type='x-title']")


def test_a_searched_text_has_no_empty_standard_or_clause_props():
    """A text a translator searched for and confirmed has no standard and no clause number: its tuv carried
    `<prop type="x-standard"></prop>` and `<prop type="x-clause"></prop>`, which a CAT tool shows as empty fields.
    They are left out; the counterpart's own props stay."""
    searched = Pair(domestic=clause("", "", "谷物中铅的限量为0.2 mg/kg。", "zh", "domestic"),
                    international=clause("CXS 193-1995", "Schedule I", "Lead in cereal grains: ML 0.2 mg/kg.", "en",
                                         "international"), source="confirmed")
    zh, en = ET.fromstring(pairs_to_tmx([searched])).findall("body/tu/tuv")
    assert [p.get("type") for p in zh.findall("prop")] == []
    assert [(p.get("type"), p.text) for p in en.findall("prop")] == [("x-standard", "CXS 193-1995"),
                                                                     ("x-clause", "Schedule I")]
    assert zh.find("seg").text == "谷物中铅的限量为0.2 mg/kg。"

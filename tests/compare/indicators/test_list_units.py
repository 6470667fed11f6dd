"""A unit stated by a list's heading before its colon ('Designation and size (mm): DL, 110 × 220; …', '信封规格（长×宽，
mm）：…', 'trimmed sizes in millimetres: …'): the values written without a unit after the colon are in it
(constructions.colon_unit_headings); the second of two dimensions of one item ('220 × 110') is named as the first.
Sentences written for these tests; no encoder."""

from __future__ import annotations

from compare.indicators.constructions import colon_unit_headings
from compare.indicators.extract import extract


def _read(text: str) -> list[tuple[str, float | None, str]]:
    return [(i.parameter, i.value, i.unit) for i in extract(text).indicators]


def test_colon_unit_headings() -> None:
    text = "Sheet sizes (mm): B4, 250 × 353; B5, 176 × 250. Weight 80 g/m²."
    ((start, end, unit),) = colon_unit_headings(text)
    assert unit == "mm" and text[start:end] == " B4, 250 × 353; B5, 176 × 250"
    assert [u for _, _, u in colon_unit_headings("托盘规格（长×宽，mm）：1 200×1 000。")] == ["mm"]
    assert [u for _, _, u in colon_unit_headings("Nominal sizes in millimetres: 10, 12, 16.")] == ["mm"]
    # a unit after '/' heads a column or a row, read elsewhere; no colon, no list
    assert colon_unit_headings("排放浓度/(mg/L)：BOD 20") == []
    assert colon_unit_headings("Sheet sizes (mm) are given in Table 2.") == []


def test_a_list_under_a_heading_with_its_unit_reads_each_dimension() -> None:
    assert _read("托盘规格（长×宽，mm）：T11 1 100×1 100；T12 1 200×1 000。") == [
        ("托盘规格(长×宽, mm):T11", 1100.0, "mm"), ("托盘规格(长×宽, mm):T11", 1100.0, "mm"),
        ("T12", 1200.0, "mm"), ("T12", 1000.0, "mm")]
    read = _read("Designation and pallet size (mm): T11, 1 100 × 1 100; T12, 1 200 × 1 000.")
    assert [(p.split(": ")[-1], v, u) for p, v, u in read] == [
        ("T11", 1100.0, "mm"), ("T11", 1100.0, "mm"), ("T12", 1200.0, "mm"), ("T12", 1000.0, "mm")]
    read = _read("B series, untrimmed sizes in millimetres: B4, 250 × 353; B5, 176 × 250.")
    assert [(v, u) for _, v, u in read] == [(250.0, "mm"), (353.0, "mm"), (176.0, "mm"), (250.0, "mm")]


def test_what_is_no_unit_heads_no_list() -> None:
    # '(节选)' (an excerpt) and other words in brackets are no unit
    assert all(u != "节选" for _, _, u in _read("柴油的技术要求（节选）：十六烷值不小于51；硫含量不大于10 mg/kg。"))
    # pH takes no unit from the list's heading
    read = _read("Effluent limits (mg/l): BOD 20; pH 6 to 9.")
    assert read[0][1:] == (20.0, "mg/l") and extract("Effluent limits (mg/l): BOD 20; pH 6 to 9.").indicators[1].unit == ""
    # a dimension written with its own unit keeps it; the value after '×' is named as the first
    assert _read("卡的尺寸为85.60 mm×53.98 mm。") == [("卡 尺寸", 85.6, "mm"), ("卡 尺寸", 53.98, "mm")]


def test_a_heading_unit_with_a_power_heads_its_list() -> None:
    # the unit's power is its one digit ('W/m²' folds to 'W/m2'); the rows name a class, then the value
    assert [u for _, _, u in colon_unit_headings("散热量分级（平均散热量，W/m2）：1级 轻度，70。")] == ["W/m2"]
    assert [(v, u) for _, v, u in _read("散热量分级（平均散热量，W/m²）：1级 轻度，70；2级 中度，120；3级 重度，180。")] == [
        (70.0, "W/m2"), (120.0, "W/m2"), (180.0, "W/m2")]
    assert [(v, u) for _, v, u in _read("Loads by class (design, kN/m²): class 1, office, 2,5; class 2, storage, 7,5.")] \
        == [(2.5, "kN/m2"), (7.5, "kN/m2")]
    # a designation holding digits is no unit ('(IP54):', '(PM2.5):')
    assert colon_unit_headings("Enclosures (IP54): 5 mm.") == []
    assert colon_unit_headings("Fine particles (PM2.5): 35; coarse 50.") == []


def test_a_weighted_level_in_words_heads_its_list() -> None:
    # 'in dB(A):' states the unit in words with its weighting letter; the letter in brackets is no ampere
    assert [u for _, _, u in colon_unit_headings("Sound power levels in dB(A): mowers 96; trimmers 90.")] == ["dB(A)"]


def test_sentences_opening_as_the_first_row_are_more_rows() -> None:
    text = ("Emission limits in dB(A): machines with a blade of up to 50 cm: 94. Machines with a blade of more than "
            "50 cm: 98; with a catcher: 96. The test is made outdoors: 3 runs.")
    ((start, end, unit),) = colon_unit_headings(text)
    assert unit == "dB(A)" and text[start:end].endswith("with a catcher: 96")
    read = _read(text)
    assert [v for _, v, u in read if u == "dB(A)"] == [94.0, 98.0, 96.0]
    # a sentence that opens otherwise ends the list at its first sentence
    other = text.replace("Machines with a blade", "Tools with a blade")
    ((start, end, _),) = colon_unit_headings(other)
    assert text[start:end].endswith(": 94")


def test_a_bracket_that_opens_with_its_unit_heads_the_list() -> None:
    text = "Contents in compost (mg/kg of dry mass, organic matter above 20 %): chromium 70 to 100; arsenic 10 to 15."
    assert [u for _, _, u in colon_unit_headings(text)] == ["mg/kg"]
    read = _read(text)
    assert [(p.split(": ")[-1], u) for p, _, u in read] == [("chromium", "mg/kg"), ("arsenic", "mg/kg")]
    assert [u for _, _, u in colon_unit_headings("Composition (%, mass fraction): C 0,2; Mn 1,1.")] == ["%"]
    # a letter or a word that opens the bracket is no unit ('(A, B and C):', '(see Note 2, Table 3):')
    assert colon_unit_headings("Classes (A, B and C): 3; 5; 7.") == []
    assert colon_unit_headings("Sizes (see Note 2, Table 3): 10; 12.") == []


def test_a_unit_spaced_after_chinese_words_in_the_bracket_heads_the_list() -> None:
    text = "噪声限值（自由场，A计权声功率级 dB）：机型甲 85；机型乙 88。"
    assert [u for _, _, u in colon_unit_headings(text)] == ["dB"]


def test_chinese_sentences_opening_as_the_first_row_are_more_rows() -> None:
    text = "表2 泄漏率限值（常温，氦泄漏率 Pa·m3/s）：密封等级Ⅰ，容积≤1 L：0.5；容积>1 L：0.8。密封等级Ⅱ，容积≤1 L：2；容积>1 L：3。"
    ((start, end, unit),) = colon_unit_headings(text)
    assert text[start:end].endswith("容积>1 L：3")
    other = text.replace("密封等级Ⅱ", "试验方法Ⅱ")
    ((start, end, _),) = colon_unit_headings(other)
    assert other[start:end].endswith("容积>1 L：0.8")

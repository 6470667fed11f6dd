"""A unit a heading states as one of its items (extract.heading_item_unit): the last item of a bracketed list, an
item between dashes, the last word before the heading's colon. Sentences written for these tests, in fields of
their own; no encoder."""

from __future__ import annotations

import unicodedata

import pytest

from compare.indicators.extract import extract, heading_item_unit


def _plain(unit: str) -> str:
    return unicodedata.normalize("NFKC", unit).replace(" ", "").replace("μ", "µ")


def _read(text: str) -> list[tuple[str, float | None, str]]:
    return [(i.comparator, i.value, _plain(i.unit)) for i in extract(text).indicators]


@pytest.mark.parametrize("left, unit, heads", [
    ("饮用水中消毒副产物限值（以年均值计，µg/L）：三氯甲烷 ", "µg/L", True),
    ("Maximum residue limits (whole commodity, mg/kg): apples ", "mg/kg", True),
    ("Noise at the site boundary (A-weighted, dB): day ", "dB(A)", True),
    ("厂界噪声（A声级，dB）：昼间 ", "dB(A)", True),
    ("Sulfated ash — % (m/m) — max. ", "% (m/m)", False),
    ("Boiling point at the dry point °C: grade 1, ", "°C", True),
    ("Tensile strength of the yarns MPa: type A ", "MPa", True),
])
def test_a_unit_stated_as_an_item_of_a_heading(left: str, unit: str, heads: bool) -> None:
    got, got_heads = heading_item_unit(left)
    assert _plain(got) == _plain(unit)
    assert got_heads is heads


@pytest.mark.parametrize("left", [
    "接收质量限（AQL）为",                      # capitals name a thing, whatever a unit system reads
    "Category ISO-F-DMA: viscosity ",          # a unit inside a word is no item
    "The test at 23 °C: ",                      # a unit after a number is that number's
    "Copper, mg/kg, in the leaves and stems of older plants ",  # running words, no heading closed
])
def test_no_heading_item(left: str) -> None:
    assert heading_item_unit(left)[0] == ""


def test_chinese_bracketed_heading_unit_reaches_every_row() -> None:
    text = "地表水环境质量标准限值（Ⅲ类，mg/L）：溶解氧 ≥ 5；高锰酸盐指数 ≤ 6；氨氮 ≤ 1.0。"
    assert _read(text) == [("min", 5.0, "mg/L"), ("max", 6.0, "mg/L"), ("max", 1.0, "mg/L")]


def test_english_heading_unit_before_the_colon_leaves_the_row_labels_alone() -> None:
    text = "Hardness classes — Class, Shore A hardness mm: 1, ≤ 0,5; 2, ≤ 1,5; 3, ≤ 3,0."
    assert _read(text) == [("max", 0.5, "mm"), ("max", 1.5, "mm"), ("max", 3.0, "mm")]


def test_a_heading_of_a_chinese_grid_with_labels_keeps_labels_unread() -> None:
    text = "氯化物等级（以Cl⁻计，mg/kg）：1级 ≤ 50；2级 ≤ 200"
    read = extract(text)
    assert [(i.comparator, i.value, i.unit) for i in read.indicators] == [("max", 50.0, "mg/kg"),
                                                                          ("max", 200.0, "mg/kg")]
    assert "1" in read.unread and "2" in read.unread


def test_a_weighting_named_in_the_heading_goes_with_decibels() -> None:
    assert _read("卧室内噪声（A声级，dB）：昼间 ≤ 40，夜间 ≤ 30") == [("max", 40.0, "dB(A)"), ("max", 30.0, "dB(A)")]
    assert _read("Room noise (C-weighted, dB): peak ≤ 90") == [("max", 90.0, "dB(C)")]


def test_an_item_between_dashes_is_its_own_row_only() -> None:
    text = "Water content — mg/kg — max. 200; Oxidation stability — min. 20."
    assert _read(text) == [("max", 200.0, "mg/kg"), ("min", 20.0, "")]


def test_a_unit_written_with_the_value_still_wins() -> None:
    text = "Limits (daily mean, mg/m³): dust ≤ 10; temperature ≤ 180 °C."
    assert _read(text) == [("max", 10.0, "mg/m3"), ("max", 180.0, "°C")]
